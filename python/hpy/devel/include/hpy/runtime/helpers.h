/* Convenience helpers compiled into each extension (not part of the ABI). */
#ifndef HPY_RUNTIME_HELPERS_H
#define HPY_RUNTIME_HELPERS_H

#include "hpy.h"
#include "hpy/hpytype.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Create a type from `hpyspec`/`params` and store it as attribute `name` of
 * `obj`.  Returns 1 on success, 0 with an exception set on failure. */
HPyAPI_HELPER int
HPyHelpers_AddType(HPyContext *ctx, HPy obj, const char *name,
                   HPyType_Spec *hpyspec, HPyType_SpecParam *params);

/* Turn vectorcall-style arguments into a new args tuple (HPy_NULL when
 * nargs == 0) and a new kwargs dict (HPy_NULL when there are no keywords).
 * Returns 1 on success, 0 on failure. */
HPyAPI_HELPER int
HPyHelpers_PackArgsAndKeywords(HPyContext *ctx, const HPy *args, size_t nargs,
                               HPy kwnames, HPy *out_args_tuple, HPy *out_kwd);

#ifdef __cplusplus
}
#endif

#endif /* HPY_RUNTIME_HELPERS_H */
