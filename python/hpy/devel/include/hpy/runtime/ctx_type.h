/* CPython ABI only: runtime entry points for types, used by the CPython-ABI
 * trampolines. */
#ifndef HPY_RUNTIME_CTX_TYPE_H
#define HPY_RUNTIME_CTX_TYPE_H

#include "hpy.h"
#include "hpy/hpytype.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Build the PyMethodDef array for `hpydefs` (methods only) followed by
 * `legacy_methods`; the caller owns the result. */
_HPy_HIDDEN PyMethodDef *
create_method_defs(HPyDef *hpydefs[], PyMethodDef *legacy_methods);

/* Run an HPy tp_traverse on `self`, forwarding each visited HPyField to
 * CPython's `cpy_visit`. */
_HPy_HIDDEN int
call_traverseproc_from_trampoline(HPyFunc_traverseproc tp_traverse,
                                  PyObject *self, cpy_visitproc cpy_visit,
                                  void *cpy_arg);

#ifdef __cplusplus
}
#endif

#endif /* HPY_RUNTIME_CTX_TYPE_H */
