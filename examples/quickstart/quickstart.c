/* A small HPy extension: module functions of each calling convention,
   numbers, strings and errors. Build it with hpy.devel (see setup.py). */
#include "hpy.h"

HPyDef_METH(say_hello, "say_hello", HPyFunc_NOARGS,
            .doc = "Return a greeting naming the HPy context in use.")
static HPy say_hello_impl(HPyContext *ctx, HPy self)
{
    HPy prefix = HPyUnicode_FromString(ctx, "Hello from ");
    if (HPy_IsNull(prefix))
        return HPy_NULL;
    HPy name = HPyUnicode_FromString(ctx, ctx->name);
    if (HPy_IsNull(name)) {
        HPy_Close(ctx, prefix);
        return HPy_NULL;
    }
    HPy result = HPy_Add(ctx, prefix, name);
    HPy_Close(ctx, prefix);
    HPy_Close(ctx, name);
    return result;
}

/* A deliberate bug, for the demo of debug mode (see run_demo.py): this is
   say_hello() with the HPy_Close(ctx, prefix) forgotten, so every call
   leaks one handle. The object is still freed at exit in universal mode,
   but in debug mode hpy.debug.LeakDetector reports the handle, and where
   it was created: by HPyUnicode_FromString, in leaky_hello_impl. */
HPyDef_METH(leaky_hello, "leaky_hello", HPyFunc_NOARGS,
            .doc = "Like say_hello(), but leaks a handle on purpose (a demo of debug mode).")
static HPy leaky_hello_impl(HPyContext *ctx, HPy self)
{
    HPy prefix = HPyUnicode_FromString(ctx, "Hello from ");
    if (HPy_IsNull(prefix))
        return HPy_NULL;
    HPy name = HPyUnicode_FromString(ctx, ctx->name);
    if (HPy_IsNull(name)) {
        HPy_Close(ctx, prefix);
        return HPy_NULL;
    }
    HPy result = HPy_Add(ctx, prefix, name);
    HPy_Close(ctx, name);
    /* BUG, on purpose: HPy_Close(ctx, prefix) is missing. */
    return result;
}

HPyDef_METH(double_it, "double", HPyFunc_O, .doc = "Return x + x for any x.")
static HPy double_it_impl(HPyContext *ctx, HPy self, HPy x)
{
    return HPy_Add(ctx, x, x);
}

HPyDef_METH(add_ints, "add_ints", HPyFunc_VARARGS,
            .doc = "Add two C longs; raise OverflowError or TypeError on bad input.")
static HPy add_ints_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
{
    if (nargs != 2) {
        HPyErr_SetString(ctx, ctx->h_TypeError, "add_ints() takes exactly 2 arguments");
        return HPy_NULL;
    }
    long a = HPyLong_AsLong(ctx, args[0]);
    if (a == -1 && HPyErr_Occurred(ctx))
        return HPy_NULL;
    long b = HPyLong_AsLong(ctx, args[1]);
    if (b == -1 && HPyErr_Occurred(ctx))
        return HPy_NULL;
    return HPyLong_FromLong(ctx, a + b);
}

HPyDef_METH(call_with, "call_with", HPyFunc_KEYWORDS,
            .doc = "call_with(f, *args, **kwargs): call f from C and return its result.")
static HPy call_with_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs, HPy kwnames)
{
    if (nargs < 1) {
        HPyErr_SetString(ctx, ctx->h_TypeError, "call_with() needs a callable");
        return HPy_NULL;
    }
    return HPy_Call(ctx, args[0], args + 1, nargs - 1, kwnames);
}

static HPyDef *module_defines[] = {
    &say_hello, &leaky_hello, &double_it, &add_ints, &call_with, NULL
};

static HPyModuleDef moduledef = {
    .doc = "The hpy-rs quickstart example",
    .defines = module_defines,
};

HPy_MODINIT(quickstart, moduledef)
