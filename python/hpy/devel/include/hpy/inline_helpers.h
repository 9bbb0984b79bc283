/* Public API functions implemented entirely in the headers, on top of the
 * context API.  Identical in every ABI; included last by hpy.h. */
#ifndef HPY_INLINE_HELPERS_H
#define HPY_INLINE_HELPERS_H

/* ---- errors ------------------------------------------------------------------- */

/* Raise h_type from errno (see HPyErr_SetFromErrnoWithFilenameObjects).
 * Always returns HPy_NULL. */
HPyAPI_INLINE_HELPER HPy
HPyErr_SetFromErrno(HPyContext *ctx, HPy h_type)
{
    return HPyErr_SetFromErrnoWithFilenameObjects(ctx, h_type, HPy_NULL, HPy_NULL);
}

/* Same, naming one file (`filename` may be HPy_NULL). */
HPyAPI_INLINE_HELPER HPy
HPyErr_SetFromErrnoWithFilenameObject(HPyContext *ctx, HPy h_type, HPy filename)
{
    return HPyErr_SetFromErrnoWithFilenameObjects(ctx, h_type, filename, HPy_NULL);
}

/* ---- tuples ------------------------------------------------------------------- */

/* HPyTuple_Pack(ctx, n, h1, ..., hn): a new tuple of the n HPy arguments,
 * which stay owned by the caller.  HPy_NULL on error. */
HPyAPI_INLINE_HELPER HPy
HPyTuple_Pack(HPyContext *ctx, HPy_ssize_t n, ...)
{
    enum { _hpy_n_small = 16 };
    HPy small[_hpy_n_small];
    HPy *items = small;
    HPy result;
    HPy_ssize_t i;
    va_list vargs;

    if (n <= 0)
        return HPyTuple_FromArray(ctx, NULL, n);
    if (n > _hpy_n_small) {
        items = (HPy *)malloc((size_t)n * sizeof(HPy));
        if (items == NULL)
            return HPyErr_NoMemory(ctx);
    }
    va_start(vargs, n);
    for (i = 0; i < n; i++)
        items[i] = va_arg(vargs, HPy);
    va_end(vargs);
    result = HPyTuple_FromArray(ctx, items, n);
    if (items != small)
        free(items);
    return result;
}

/* ---- attributes --------------------------------------------------------------- */

/* `del obj.<name>`.  0 on success, -1 on error. */
HPyAPI_INLINE_HELPER int
HPy_DelAttr(HPyContext *ctx, HPy obj, HPy name)
{
    return HPy_SetAttr(ctx, obj, name, HPy_NULL);
}

HPyAPI_INLINE_HELPER int
HPy_DelAttr_s(HPyContext *ctx, HPy obj, const char *utf8_name)
{
    return HPy_SetAttr_s(ctx, obj, utf8_name, HPy_NULL);
}

/* ---- C integers <-> Python int ----------------------------------------------------
 * The context only has fixed-width conversions; the C types map onto them by
 * size.  The As* functions return -1 (or (unsigned)-1) on error, with an
 * exception set; HPyErr_Occurred tells that apart from a real -1.  The *Mask
 * variants reduce modulo 2**bits instead of raising OverflowError. */

#if LONG_MAX == INT32_MAX
#  define _HPy_LONG_IS_32 1
#elif LONG_MAX == INT64_MAX
#  define _HPy_LONG_IS_32 0
#else
#  error "HPy supports only 32-bit and 64-bit C long"
#endif

#if LLONG_MAX != INT64_MAX
#  error "HPy supports only 64-bit C long long"
#endif

HPyAPI_INLINE_HELPER HPy
HPyLong_FromLong(HPyContext *ctx, long l)
{
#if _HPy_LONG_IS_32
    return HPyLong_FromInt32_t(ctx, (int32_t)l);
#else
    return HPyLong_FromInt64_t(ctx, (int64_t)l);
#endif
}

HPyAPI_INLINE_HELPER HPy
HPyLong_FromUnsignedLong(HPyContext *ctx, unsigned long l)
{
#if _HPy_LONG_IS_32
    return HPyLong_FromUInt32_t(ctx, (uint32_t)l);
#else
    return HPyLong_FromUInt64_t(ctx, (uint64_t)l);
#endif
}

HPyAPI_INLINE_HELPER HPy
HPyLong_FromLongLong(HPyContext *ctx, long long l)
{
    return HPyLong_FromInt64_t(ctx, (int64_t)l);
}

HPyAPI_INLINE_HELPER HPy
HPyLong_FromUnsignedLongLong(HPyContext *ctx, unsigned long long l)
{
    return HPyLong_FromUInt64_t(ctx, (uint64_t)l);
}

/* Accepts ints and objects with __index__; OverflowError if out of range. */
HPyAPI_INLINE_HELPER long
HPyLong_AsLong(HPyContext *ctx, HPy h)
{
#if _HPy_LONG_IS_32
    return (long)HPyLong_AsInt32_t(ctx, h);
#else
    return (long)HPyLong_AsInt64_t(ctx, h);
#endif
}

/* Accepts ints only (TypeError otherwise); OverflowError if negative or too
 * large. */
HPyAPI_INLINE_HELPER unsigned long
HPyLong_AsUnsignedLong(HPyContext *ctx, HPy h)
{
#if _HPy_LONG_IS_32
    return (unsigned long)HPyLong_AsUInt32_t(ctx, h);
#else
    return (unsigned long)HPyLong_AsUInt64_t(ctx, h);
#endif
}

/* Accepts ints and objects with __index__; never raises OverflowError. */
HPyAPI_INLINE_HELPER unsigned long
HPyLong_AsUnsignedLongMask(HPyContext *ctx, HPy h)
{
#if _HPy_LONG_IS_32
    return (unsigned long)HPyLong_AsUInt32_tMask(ctx, h);
#else
    return (unsigned long)HPyLong_AsUInt64_tMask(ctx, h);
#endif
}

HPyAPI_INLINE_HELPER long long
HPyLong_AsLongLong(HPyContext *ctx, HPy h)
{
    return (long long)HPyLong_AsInt64_t(ctx, h);
}

HPyAPI_INLINE_HELPER unsigned long long
HPyLong_AsUnsignedLongLong(HPyContext *ctx, HPy h)
{
    return (unsigned long long)HPyLong_AsUInt64_t(ctx, h);
}

HPyAPI_INLINE_HELPER unsigned long long
HPyLong_AsUnsignedLongLongMask(HPyContext *ctx, HPy h)
{
    return (unsigned long long)HPyLong_AsUInt64_tMask(ctx, h);
}

#undef _HPy_LONG_IS_32

/* ---- bool --------------------------------------------------------------------- */

/* True if v != 0, else False. */
HPyAPI_INLINE_HELPER HPy
HPyBool_FromLong(HPyContext *ctx, long v)
{
    return HPyBool_FromBool(ctx, v != 0);
}

/* ---- slices ------------------------------------------------------------------- */

/* Clip one slice bound to a sequence of `length` items, the way Python's
 * slicing does: negative values count from the end, and the result lies in
 * [0, length] for a positive step or [-1, length-1] for a negative one. */
HPyAPI_INLINE_HELPER HPy_ssize_t
_HPySlice_ClipIndex(HPy_ssize_t index, HPy_ssize_t length, HPy_ssize_t step)
{
    if (index < 0) {
        index += length;
        if (index < 0)
            index = (step < 0) ? -1 : 0;
    }
    else if (index >= length) {
        index = (step < 0) ? length - 1 : length;
    }
    return index;
}

/* Adjust *start and *stop (e.g. from HPySlice_Unpack) to a sequence of
 * `length` items and return the number of items the slice selects.  `step`
 * must not be 0.  Cannot fail and calls no Python code. */
HPyAPI_INLINE_HELPER HPy_ssize_t
HPySlice_AdjustIndices(HPyContext *_HPy_UNUSED_ARG(ctx), HPy_ssize_t length,
                       HPy_ssize_t *start, HPy_ssize_t *stop, HPy_ssize_t step)
{
    assert(step != 0);
    assert(step >= -HPY_SSIZE_T_MAX);
    *start = _HPySlice_ClipIndex(*start, length, step);
    *stop = _HPySlice_ClipIndex(*stop, length, step);
    if (step > 0 && *start < *stop)
        return (*stop - *start - 1) / step + 1;
    if (step < 0 && *stop < *start)
        return (*start - *stop - 1) / (-step) + 1;
    return 0;
}

/* ---- calls -------------------------------------------------------------------- */

/* receiver.<name>(*args, **kw): `args` is a tuple (may be empty), `kw` a dict
 * or HPy_NULL.  Returns the result, or HPy_NULL on error. */
HPyAPI_INLINE_HELPER HPy
HPy_CallMethodTupleDict(HPyContext *ctx, HPy name, HPy receiver, HPy args, HPy kw)
{
    HPy result;
    HPy method = HPy_GetAttr(ctx, receiver, name);
    if (HPy_IsNull(method))
        return HPy_NULL;
    result = HPy_CallTupleDict(ctx, method, args, kw);
    HPy_Close(ctx, method);
    return result;
}

/* Same, with the method name as a UTF-8 C string. */
HPyAPI_INLINE_HELPER HPy
HPy_CallMethodTupleDict_s(HPyContext *ctx, const char *utf8_name, HPy receiver,
                          HPy args, HPy kw)
{
    HPy result;
    HPy method = HPy_GetAttr_s(ctx, receiver, utf8_name);
    if (HPy_IsNull(method))
        return HPy_NULL;
    result = HPy_CallTupleDict(ctx, method, args, kw);
    HPy_Close(ctx, method);
    return result;
}

#endif /* HPY_INLINE_HELPERS_H */
