/* Universal/hybrid ABI: the API functions that generated/universal_api.h
 * leaves out because they need more than a plain forwarding call. */
#ifndef HPY_UNIVERSAL_MANUAL_H
#define HPY_UNIVERSAL_MANUAL_H

/* The runtime writes into a local rather than into the caller's variable:
 * that keeps the caller's pointer variable from escaping, so after inlining
 * the compiler can keep it in a register (it matters on hot paths). */
HPyAPI_FUNC HPy _HPy_New(HPyContext *ctx, HPy h_type, void **data)
{
    void *result_data;
    HPy h = ctx->ctx_New(ctx, h_type, &result_data);
    *data = result_data;
    return h;
}

/* ctx_FatalError never returns.  Once this function is inlined the
 * compiler no longer knows that, so abort() states it again. */
HPyAPI_FUNC _HPy_NO_RETURN void HPy_FatalError(HPyContext *ctx, const char *message)
{
    ctx->ctx_FatalError(ctx, message);
    abort();
}

/* Capsule accessors: one context member each for get and set, keyed by
 * _HPyCapsule_key. */
HPyAPI_FUNC void *HPyCapsule_GetPointer(HPyContext *ctx, HPy capsule,
                                        const char *utf8_name)
{
    return HPyCapsule_Get(ctx, capsule, HPyCapsule_key_Pointer, utf8_name);
}

HPyAPI_FUNC const char *HPyCapsule_GetName(HPyContext *ctx, HPy capsule)
{
    return (const char *)HPyCapsule_Get(ctx, capsule, HPyCapsule_key_Name, NULL);
}

HPyAPI_FUNC void *HPyCapsule_GetContext(HPyContext *ctx, HPy capsule)
{
    return HPyCapsule_Get(ctx, capsule, HPyCapsule_key_Context, NULL);
}

HPyAPI_FUNC int HPyCapsule_SetPointer(HPyContext *ctx, HPy capsule, void *pointer)
{
    return HPyCapsule_Set(ctx, capsule, HPyCapsule_key_Pointer, pointer);
}

HPyAPI_FUNC int HPyCapsule_SetName(HPyContext *ctx, HPy capsule,
                                   const char *utf8_name)
{
    return HPyCapsule_Set(ctx, capsule, HPyCapsule_key_Name,
                          (void *)(uintptr_t)utf8_name);
}

HPyAPI_FUNC int HPyCapsule_SetContext(HPyContext *ctx, HPy capsule, void *context)
{
    return HPyCapsule_Set(ctx, capsule, HPyCapsule_key_Context, context);
}

HPyAPI_FUNC int HPyCapsule_SetDestructor(HPyContext *ctx, HPy capsule,
                                         HPyCapsule_Destructor *dtor)
{
    return HPyCapsule_Set(ctx, capsule, HPyCapsule_key_Destructor,
                          (void *)dtor);
}

#endif /* HPY_UNIVERSAL_MANUAL_H */
