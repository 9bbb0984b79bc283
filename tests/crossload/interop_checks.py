"""Checks that run against MODULE_SOURCE built with one implementation's
headers and loaded by the other's hpy.universal. Plain asserts: this file
also runs in the upstream venv, which has no pytest."""

MODULE_SOURCE = r"""
    HPyDef_METH(ctx_name, "ctx_name", HPyFunc_NOARGS, .doc = "the context's name")
    static HPy ctx_name_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromString(ctx, ctx->name);
    }

    HPyDef_METH(twice, "twice", HPyFunc_O)
    static HPy twice_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPy_Add(ctx, arg, arg);
    }

    /* add(a, b) with C longs, so overflow errors come from the runtime */
    HPyDef_METH(add, "add", HPyFunc_VARARGS)
    static HPy add_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        if (nargs != 2) {
            HPyErr_SetString(ctx, ctx->h_TypeError, "add() takes 2 arguments");
            return HPy_NULL;
        }
        int32_t a = HPyLong_AsInt32_t(ctx, args[0]);
        if (a == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        int64_t b = HPyLong_AsInt64_t(ctx, args[1]);
        if (b == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        return HPyLong_FromInt64_t(ctx, a + b);
    }

    /* call(f, *args, **kwargs): forwards everything through HPy_Call */
    HPyDef_METH(call, "call", HPyFunc_KEYWORDS)
    static HPy call_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs,
                         HPy kwnames)
    {
        if (nargs < 1) {
            HPyErr_SetString(ctx, ctx->h_TypeError, "call() needs a callable");
            return HPy_NULL;
        }
        return HPy_Call(ctx, args[0], args + 1, nargs - 1, kwnames);
    }

    /* call_tuple_dict(f, args, kw) */
    HPyDef_METH(call_tuple_dict, "call_tuple_dict", HPyFunc_VARARGS)
    static HPy call_tuple_dict_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        return HPy_CallTupleDict(ctx, args[0], args[1], args[2]);
    }

    /* shout(s): s.upper() + "!" through the C string API */
    HPyDef_METH(shout, "shout", HPyFunc_O)
    static HPy shout_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_ssize_t size;
        const char *s = HPyUnicode_AsUTF8AndSize(ctx, arg, &size);
        if (s == NULL)
            return HPy_NULL;
        char buf[64];
        if (size > 62) {
            HPyErr_SetString(ctx, ctx->h_ValueError, "too long");
            return HPy_NULL;
        }
        for (HPy_ssize_t i = 0; i < size; i++)
            buf[i] = (s[i] >= 'a' && s[i] <= 'z') ? s[i] - 32 : s[i];
        buf[size] = '!';
        buf[size + 1] = '\0';
        return HPyUnicode_FromString(ctx, buf);
    }

    HPyDef_METH(half, "half", HPyFunc_O)
    static HPy half_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        double d = HPyFloat_AsDouble(ctx, arg);
        if (d == -1.0 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        return HPyFloat_FromDouble(ctx, d / 2);
    }

    HPyDef_METH(fail, "fail", HPyFunc_O)
    static HPy fail_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPyErr_SetObject(ctx, ctx->h_KeyError, arg);
        return HPy_NULL;
    }

    HPyDef_METH(attrs, "attrs", HPyFunc_O)
    static HPy attrs_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy v = HPy_GetAttr_s(ctx, arg, "value");
        if (HPy_IsNull(v))
            return HPy_NULL;
        int r = HPy_SetAttr_s(ctx, arg, "seen", v);
        HPy_Close(ctx, v);
        if (r < 0)
            return HPy_NULL;
        return HPyBool_FromBool(ctx, HPy_HasAttr_s(ctx, arg, "seen"));
    }

    static HPyGlobal counter;

    HPyDef_SLOT(exec, HPy_mod_exec)
    static int exec_impl(HPyContext *ctx, HPy mod)
    {
        HPy zero = HPyLong_FromLong(ctx, 0);
        if (HPy_IsNull(zero))
            return -1;
        HPyGlobal_Store(ctx, &counter, zero);
        int r = HPy_SetAttr_s(ctx, mod, "initialized", ctx->h_True);
        HPy_Close(ctx, zero);
        return r;
    }

    HPyDef_METH(bump, "bump", HPyFunc_NOARGS)
    static HPy bump_impl(HPyContext *ctx, HPy self)
    {
        HPy old = HPyGlobal_Load(ctx, counter);
        HPy one = HPyLong_FromLong(ctx, 1);
        HPy new_value = HPy_Add(ctx, old, one);
        HPy_Close(ctx, old);
        HPy_Close(ctx, one);
        if (HPy_IsNull(new_value))
            return HPy_NULL;
        HPyGlobal_Store(ctx, &counter, new_value);
        return new_value;
    }

    @EXPORT(ctx_name)
    @EXPORT(twice)
    @EXPORT(add)
    @EXPORT(call)
    @EXPORT(call_tuple_dict)
    @EXPORT(shout)
    @EXPORT(half)
    @EXPORT(fail)
    @EXPORT(attrs)
    @EXPORT(exec)
    @EXPORT(bump)
    @EXPORT_GLOBAL(counter)
    @INIT
"""


def expect_error(exc_type, message, f, *args):
    try:
        f(*args)
    except exc_type as e:
        assert str(e) == message, (str(e), message)
    else:
        raise AssertionError("%s did not raise %s" % (f.__name__, exc_type.__name__))


def check(mod):
    """Everything MODULE_SOURCE promises, whichever side built or loads it."""
    assert mod.ctx_name().startswith("HPy Universal ABI")
    assert mod.ctx_name.__doc__ == "the context's name"
    assert mod.initialized is True

    assert mod.twice(21) == 42
    assert mod.twice("ab") == "abab"
    assert mod.add(2, 40) == 42
    assert mod.add(-2**31, -2**62) == -2**31 - 2**62
    expect_error(OverflowError, "Python int too large to convert to C int32_t",
                 mod.add, 2**40, 0)
    expect_error(TypeError, "add() takes 2 arguments", mod.add, 1)

    assert mod.half(5) == 2.5
    assert mod.half(1.0) == 0.5
    try:
        mod.half("x")
    except TypeError:
        pass
    else:
        raise AssertionError("half('x') did not raise")

    assert mod.shout("hello \u00e9") == "HELLO \u00e9!"
    expect_error(KeyError, "'some key'", mod.fail, "some key")

    def collect(*args, **kwargs):
        return args, kwargs

    assert mod.call(collect) == ((), {})
    assert mod.call(collect, 1, 2, x=3) == ((1, 2), {"x": 3})
    assert mod.call_tuple_dict(collect, (1,), {"k": "v"}) == ((1,), {"k": "v"})
    expect_error(TypeError, "HPy_CallTupleDict requires args to be a tuple or null handle",
                 mod.call_tuple_dict, collect, [1], {})

    class Obj:
        value = "v"

    o = Obj()
    assert mod.attrs(o) is True and o.seen == "v"

    assert [mod.bump() for _ in range(3)] == [1, 2, 3]
