"""HPyBool_FromBool and the HPyBool_FromLong helper (runtime: bool_.rs)."""


def test_from_bool(compiler):
    mod = compiler.make_module("""
        HPyDef_METH(from_bool, "from_bool", HPyFunc_O)
        static HPy from_bool_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            int v = HPy_IsTrue(ctx, arg);
            if (v < 0)
                return HPy_NULL;
            return HPyBool_FromBool(ctx, v ? true : false);
        }

        HPyDef_METH(from_long, "from_long", HPyFunc_O)
        static HPy from_long_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            long v = HPyLong_AsLong(ctx, arg);
            if (v == -1 && HPyErr_Occurred(ctx))
                return HPy_NULL;
            return HPyBool_FromLong(ctx, v);
        }

        /* h_True and h_False are the objects HPyBool_FromBool returns. */
        HPyDef_METH(constants, "constants", HPyFunc_NOARGS)
        static HPy constants_impl(HPyContext *ctx, HPy self)
        {
            HPy t = HPyBool_FromBool(ctx, true);
            HPy f = HPyBool_FromBool(ctx, false);
            int ok = HPy_Is(ctx, t, ctx->h_True) && HPy_Is(ctx, f, ctx->h_False);
            HPy_Close(ctx, t);
            HPy_Close(ctx, f);
            return HPyBool_FromBool(ctx, ok);
        }

        @EXPORT(from_bool)
        @EXPORT(from_long)
        @EXPORT(constants)
        @INIT
    """)
    assert mod.from_bool(1) is True
    assert mod.from_bool(0) is False
    assert mod.from_bool([1]) is True
    assert mod.from_bool("") is False
    assert mod.from_long(-7) is True
    assert mod.from_long(0) is False
    assert mod.from_long(2**40) is True
    assert mod.constants() is True
