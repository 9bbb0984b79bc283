/* HPyHelpers_AddType and HPyHelpers_PackArgsAndKeywords.
 *
 * Compiled into every extension and written against the public HPy API
 * only.
 */
#include "hpy.h"

HPyAPI_HELPER int
HPyHelpers_AddType(HPyContext *ctx, HPy obj, const char *name,
                   HPyType_Spec *hpyspec, HPyType_SpecParam *params)
{
    HPy h_type = HPyType_FromSpec(ctx, hpyspec, params);
    int r;

    if (HPy_IsNull(h_type))
        return 0;
    r = HPy_SetAttr_s(ctx, obj, name, h_type);
    HPy_Close(ctx, h_type);
    return r == 0;
}

/* A new dict of the keyword arguments: kwnames[i] -> values[i]. */
static HPy
pack_keywords(HPyContext *ctx, HPy kwnames, HPy_ssize_t nkw, const HPy *values)
{
    HPy_ssize_t i;
    HPy kwd = HPyDict_New(ctx);

    if (HPy_IsNull(kwd))
        return HPy_NULL;
    for (i = 0; i < nkw; i++) {
        HPy key = HPy_GetItem_i(ctx, kwnames, i);
        int r;
        if (HPy_IsNull(key))
            goto error;
        r = HPy_SetItem(ctx, kwd, key, values[i]);
        HPy_Close(ctx, key);
        if (r < 0)
            goto error;
    }
    return kwd;

error:
    HPy_Close(ctx, kwd);
    return HPy_NULL;
}

/* The outputs are written only on success.  Without positional arguments
 * `*out_pos_args` is HPy_NULL (not an empty tuple), and without keyword
 * arguments `*out_kwd` is HPy_NULL. */
HPyAPI_HELPER int
HPyHelpers_PackArgsAndKeywords(HPyContext *ctx, const HPy *args, size_t nargs,
                               HPy kwnames, HPy *out_pos_args, HPy *out_kwd)
{
    HPy pos_args = HPy_NULL, kwd = HPy_NULL;
    HPy_ssize_t nkw = 0;

    if (out_pos_args == NULL) {
        HPyErr_SetString(ctx, ctx->h_SystemError,
                         "argument 'out_pos_args' must not be NULL");
        return 0;
    }
    if (out_kwd == NULL) {
        HPyErr_SetString(ctx, ctx->h_SystemError,
                         "argument 'out_kwd' must not be NULL");
        return 0;
    }
    /* kwnames first: it tells how far `args` really goes */
    if (!HPy_IsNull(kwnames)) {
        nkw = HPy_Length(ctx, kwnames);
        if (nkw < 0)
            return 0;
    }
    if (nkw > 0) {
        kwd = pack_keywords(ctx, kwnames, nkw, args + nargs);
        if (HPy_IsNull(kwd))
            return 0;
    }
    if (nargs > 0) {
        pos_args = HPyTuple_FromArray(ctx, (HPy *)args, (HPy_ssize_t)nargs);
        if (HPy_IsNull(pos_args)) {
            if (!HPy_IsNull(kwd))
                HPy_Close(ctx, kwd);
            return 0;
        }
    }
    *out_pos_args = pos_args;
    *out_kwd = kwd;
    return 1;
}
