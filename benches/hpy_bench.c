/* The HPy side of the microbenchmarks. One source for every ABI: built as
 * universal (also loaded in debug and trace mode), hybrid and CPython ABI,
 * with our hpy.devel and with upstream's. cpy_bench.c is its twin written
 * against the plain C API; the two must keep doing the same work.
 *
 * Types are made on demand by make_types() rather than at import time, so
 * that a runtime without working types can still run the other benchmarks
 * and the import benchmark measures module loading alone.
 */
#include "hpy.h"

#define CHURN_HANDLES 100

/* ---- module functions: one per calling convention ---------------------- */

HPyDef_METH(noargs, "noargs", HPyFunc_NOARGS)
static HPy noargs_impl(HPyContext *ctx, HPy self)
{
    return HPy_Dup(ctx, ctx->h_None);
}

HPyDef_METH(onearg, "onearg", HPyFunc_O)
static HPy onearg_impl(HPyContext *ctx, HPy self, HPy arg)
{
    return HPy_Dup(ctx, arg);
}

HPyDef_METH(varargs, "varargs", HPyFunc_VARARGS)
static HPy varargs_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
{
    return HPy_Dup(ctx, ctx->h_None);
}

HPyDef_METH(keywords, "keywords", HPyFunc_KEYWORDS)
static HPy keywords_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs,
                         HPy kwnames)
{
    return HPy_Dup(ctx, ctx->h_None);
}

/* parse_kw(a, b=0) -> a + b */
HPyDef_METH(parse_kw, "parse_kw", HPyFunc_KEYWORDS)
static HPy parse_kw_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs,
                         HPy kwnames)
{
    static const char *kwlist[] = {"a", "b", NULL};
    long a, b = 0;
    if (!HPyArg_ParseKeywords(ctx, NULL, args, nargs, kwnames, "l|l:parse_kw", kwlist,
                              &a, &b))
        return HPy_NULL;
    return HPyLong_FromLong(ctx, a + b);
}

/* ---- calls from C into Python ------------------------------------------ */

static int expect_nargs(HPyContext *ctx, size_t nargs, size_t expected)
{
    if (nargs == expected)
        return 1;
    HPyErr_SetString(ctx, ctx->h_TypeError, "wrong number of arguments");
    return 0;
}

/* call_tuple_dict(f, args, kwargs) -> f(*args, **kwargs) */
HPyDef_METH(call_tuple_dict, "call_tuple_dict", HPyFunc_VARARGS)
static HPy call_tuple_dict_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
{
    if (!expect_nargs(ctx, nargs, 3))
        return HPy_NULL;
    return HPy_CallTupleDict(ctx, args[0], args[1], args[2]);
}

/* call_vector(f, a, b) -> f(a, b), as a vectorcall from C */
HPyDef_METH(call_vector, "call_vector", HPyFunc_VARARGS)
static HPy call_vector_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
{
    if (!expect_nargs(ctx, nargs, 3))
        return HPy_NULL;
    return HPy_Call(ctx, args[0], args + 1, 2, HPy_NULL);
}

/* ---- allocation ---------------------------------------------------------- */

HPyDef_METH(alloc_int, "alloc_int", HPyFunc_NOARGS)
static HPy alloc_int_impl(HPyContext *ctx, HPy self)
{
    return HPyLong_FromLong(ctx, 1000000);   /* not a cached small int */
}

HPyDef_METH(alloc_tuple, "alloc_tuple", HPyFunc_NOARGS)
static HPy alloc_tuple_impl(HPyContext *ctx, HPy self)
{
    return HPyTuple_Pack(ctx, 2, ctx->h_None, ctx->h_None);
}

/* Opens CHURN_HANDLES handles, then closes them all. */
HPyDef_METH(churn, "churn", HPyFunc_NOARGS)
static HPy churn_impl(HPyContext *ctx, HPy self)
{
    HPy handles[CHURN_HANDLES];
    for (int i = 0; i < CHURN_HANDLES; i++)
        handles[i] = HPyLong_FromLong(ctx, i);
    for (int i = 0; i < CHURN_HANDLES; i++)
        HPy_Close(ctx, handles[i]);
    return HPy_Dup(ctx, ctx->h_None);
}

/* ---- types ----------------------------------------------------------------- */

#ifndef BENCH_WITHOUT_TYPES

typedef struct {
    long x;
} PureObject;
HPyType_HELPERS(PureObject)

HPyDef_METH(Pure_noargs, "noargs", HPyFunc_NOARGS)
static HPy Pure_noargs_impl(HPyContext *ctx, HPy self)
{
    PureObject *data = PureObject_AsStruct(ctx, self);
    data->x++;
    return HPy_Dup(ctx, ctx->h_None);
}

HPyDef_SLOT(Pure_len, HPy_sq_length)
static HPy_ssize_t Pure_len_impl(HPyContext *ctx, HPy self)
{
    return 3;
}

HPyDef_SLOT(Pure_getitem, HPy_sq_item)
static HPy Pure_getitem_impl(HPyContext *ctx, HPy self, HPy_ssize_t i)
{
    return HPyLong_FromSsize_t(ctx, i);
}

static HPyDef *Pure_defines[] = {&Pure_noargs, &Pure_len, &Pure_getitem, NULL};

static HPyType_Spec Pure_spec = {
    .name = "hpy_bench.Pure",
    .basicsize = sizeof(PureObject),
    .flags = HPy_TPFLAGS_DEFAULT,
    .builtin_shape = SHAPE(PureObject),
    .defines = Pure_defines,
};

#ifndef HPY_ABI_UNIVERSAL
/* A legacy-shaped type needs PyObject_HEAD, so only hybrid and CPython-ABI
 * builds have it. Its method is an HPy method all the same. */
typedef struct {
    PyObject_HEAD
    long x;
} LegacyObject;
HPyType_LEGACY_HELPERS(LegacyObject)

HPyDef_METH(Legacy_noargs, "noargs", HPyFunc_NOARGS)
static HPy Legacy_noargs_impl(HPyContext *ctx, HPy self)
{
    LegacyObject *data = LegacyObject_AsStruct(ctx, self);
    data->x++;
    return HPy_Dup(ctx, ctx->h_None);
}

static HPyDef *Legacy_defines[] = {&Legacy_noargs, NULL};

static HPyType_Spec Legacy_spec = {
    .name = "hpy_bench.Legacy",
    .basicsize = sizeof(LegacyObject),
    .flags = HPy_TPFLAGS_DEFAULT,
    .builtin_shape = SHAPE(LegacyObject),
    .defines = Legacy_defines,
};
#endif

static HPyGlobal g_Pure;

/* make_types() -> (Pure, Legacy or None); remembers Pure for new_obj(). */
HPyDef_METH(make_types, "make_types", HPyFunc_NOARGS)
static HPy make_types_impl(HPyContext *ctx, HPy self)
{
    HPy pure = HPyType_FromSpec(ctx, &Pure_spec, NULL);
    if (HPy_IsNull(pure))
        return HPy_NULL;
#ifndef HPY_ABI_UNIVERSAL
    HPy legacy = HPyType_FromSpec(ctx, &Legacy_spec, NULL);
    if (HPy_IsNull(legacy)) {
        HPy_Close(ctx, pure);
        return HPy_NULL;
    }
#else
    HPy legacy = HPy_Dup(ctx, ctx->h_None);
#endif
    HPyGlobal_Store(ctx, &g_Pure, pure);
    HPy result = HPyTuple_Pack(ctx, 2, pure, legacy);
    HPy_Close(ctx, pure);
    HPy_Close(ctx, legacy);
    return result;
}

/* A new type from the same spec on every call: type-creation time. */
HPyDef_METH(make_type, "make_type", HPyFunc_NOARGS)
static HPy make_type_impl(HPyContext *ctx, HPy self)
{
    return HPyType_FromSpec(ctx, &Pure_spec, NULL);
}

HPyDef_METH(new_obj, "new_obj", HPyFunc_NOARGS)
static HPy new_obj_impl(HPyContext *ctx, HPy self)
{
    HPy cls = HPyGlobal_Load(ctx, g_Pure);
    PureObject *data;
    HPy obj = HPy_New(ctx, cls, &data);
    HPy_Close(ctx, cls);
    if (!HPy_IsNull(obj))
        data->x = 1;
    return obj;
}

#else
/* The runner rebuilds with -DBENCH_WITHOUT_TYPES when a runtime cannot link
 * the type functions yet; the type benchmarks then report this error. */
static HPy types_left_out(HPyContext *ctx)
{
    HPyErr_SetString(ctx, ctx->h_NotImplementedError, "types left out of this build");
    return HPy_NULL;
}

HPyDef_METH(make_types, "make_types", HPyFunc_NOARGS)
static HPy make_types_impl(HPyContext *ctx, HPy self) { return types_left_out(ctx); }
HPyDef_METH(make_type, "make_type", HPyFunc_NOARGS)
static HPy make_type_impl(HPyContext *ctx, HPy self) { return types_left_out(ctx); }
HPyDef_METH(new_obj, "new_obj", HPyFunc_NOARGS)
static HPy new_obj_impl(HPyContext *ctx, HPy self) { return types_left_out(ctx); }
#endif /* BENCH_WITHOUT_TYPES */

static HPyDef *module_defines[] = {
    &noargs, &onearg, &varargs, &keywords, &parse_kw,
    &call_tuple_dict, &call_vector,
    &alloc_int, &alloc_tuple, &churn,
    &make_types, &make_type, &new_obj,
    NULL
};

#ifndef BENCH_WITHOUT_TYPES
static HPyGlobal *module_globals[] = {&g_Pure, NULL};
#else
static HPyGlobal *module_globals[] = {NULL};
#endif

static HPyModuleDef moduledef = {
    .doc = "hpy-rs microbenchmarks (HPy side)",
    .defines = module_defines,
    .globals = module_globals,
};

HPy_MODINIT(hpy_bench, moduledef)
