/* CPython ABI only: runtime entry points for modules, used by HPy_MODINIT
 * and the module trampolines. */
#ifndef HPY_RUNTIME_CTX_MODULE_H
#define HPY_RUNTIME_CTX_MODULE_H

#include "hpy.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Build the PyModuleDef (multi-phase) equivalent of `hpydef`. */
_HPy_HIDDEN PyModuleDef *
_HPyModuleDef_CreatePyModuleDef(HPyModuleDef *hpydef);

/* What PyInit_<name> returns: PyModuleDef_Init() of the converted def. */
_HPy_HIDDEN PyObject *
_HPyModuleDef_AsPyInit(HPyModuleDef *hpydef);

/* Check the object an HPy_mod_create slot returned (HPy's extra rules);
 * on failure replace *result with NULL and set an exception. */
_HPy_HIDDEN void
_HPyModule_CheckCreateSlotResult(cpy_PyObject **result);

#ifdef __cplusplus
}
#endif

#endif /* HPY_RUNTIME_CTX_MODULE_H */
