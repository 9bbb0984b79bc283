/* CPython ABI only: runtime functions (from the statically linked HPy
 * runtime) that the hand-written CPython-ABI headers call.
 *
 * The runtime functions behind ordinary API calls are declared next to their
 * wrappers in generated/cpython_api.h; this file lists only the ones the
 * generator leaves to hpy/cpython/misc.h.  A function declared in both places
 * must keep the same prototype. */
#ifndef HPY_RUNTIME_CTX_FUNCS_H
#define HPY_RUNTIME_CTX_FUNCS_H

#include "hpy.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Behind _HPy_New / HPy_New. */
HPyAPI_IMPL HPy ctx_New(HPyContext *ctx, HPy h_type, void **data);

/* Behind HPyCapsule_SetDestructor (also generated for HPyCapsule_Set). */
HPyAPI_IMPL int ctx_Capsule_Set(HPyContext *ctx, HPy capsule,
                                _HPyCapsule_key key, void *value);

#ifdef __cplusplus
}
#endif

#endif /* HPY_RUNTIME_CTX_FUNCS_H */
