"""HPyContextVar_* (crates/hpy-runtime/src/contextvar.rs)."""

import contextvars

import pytest

CONTEXTVAR_MODULE = """
    /* new(name, default): None name passes NULL; default None -> HPy_NULL */
    HPyDef_METH(new, "new", HPyFunc_VARARGS)
    static HPy new_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        const char *name = NULL;
        if (!HPy_Is(ctx, args[0], ctx->h_None)) {
            name = HPyUnicode_AsUTF8AndSize(ctx, args[0], NULL);
            if (name == NULL)
                return HPy_NULL;
        }
        HPy def = HPy_Is(ctx, args[1], ctx->h_None) ? HPy_NULL : args[1];
        return HPyContextVar_New(ctx, name, def);
    }

    HPyDef_METH(set, "set", HPyFunc_VARARGS)
    static HPy set_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        return HPyContextVar_Set(ctx, args[0], args[1]);
    }

    /* get(var[, default]) -> (status, value); a NULL value becomes the
       string "<NULL>" */
    HPyDef_METH(get, "get", HPyFunc_VARARGS)
    static HPy get_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPy def = nargs > 1 ? args[1] : HPy_NULL;
        HPy value = ctx->h_NotImplemented;   /* must be overwritten */
        int32_t r = HPyContextVar_Get(ctx, args[0], def, &value);
        if (r < 0) {
            if (!HPy_IsNull(value)) {
                HPyErr_SetString(ctx, ctx->h_AssertionError, "result not NULL on error");
            }
            return HPy_NULL;
        }
        HPy h_r = HPyLong_FromLong(ctx, r);
        HPy h_v = HPy_IsNull(value) ? HPyUnicode_FromString(ctx, "<NULL>") : value;
        HPy res = HPyTuple_Pack(ctx, 2, h_r, h_v);
        HPy_Close(ctx, h_r);
        HPy_Close(ctx, h_v);
        return res;
    }

    @EXPORT(new)
    @EXPORT(set)
    @EXPORT(get)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(CONTEXTVAR_MODULE)


def test_basics(mod):
    var = mod.new("test_contextvar", None)
    assert isinstance(var, contextvars.ContextVar)
    assert var.name == "test_contextvar"
    tok = mod.set(var, 4)
    assert tok.var is var
    assert mod.get(var) == (0, 4)
    assert var.get() == 4


def test_get_unset(mod):
    var = mod.new("unset", None)
    assert mod.get(var) == (0, "<NULL>")
    assert mod.get(var, "dflt") == (0, "dflt")


def test_var_default(mod):
    var = mod.new("with_default", 42)
    assert var.get() == 42
    assert mod.get(var) == (0, 42)
    # the argument default wins over the variable's own
    assert mod.get(var, 7) == (0, 7)


def test_values_are_per_context(mod):
    var = mod.new("per_context", None)
    ctx = contextvars.copy_context()
    ctx.run(mod.set, var, "inner")
    assert mod.get(var) == (0, "<NULL>")
    assert ctx.run(mod.get, var) == (0, "inner")


def test_not_a_contextvar(mod):
    with pytest.raises(TypeError):
        mod.get("hello")
    with pytest.raises(TypeError):
        mod.set("hello", 1)


def test_null_name(mod):
    with pytest.raises(SystemError, match="must not be NULL"):
        mod.new(None, None)
