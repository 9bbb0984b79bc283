"""HPyHelpers_AddType, HPyHelpers_PackArgsAndKeywords and the struct
sequences (C helpers: python/hpy/devel/src/runtime/helpers.c and
structseq.c)."""

import pytest


def runtime_lacks(*names):
    """Skip marker for tests that need context functions the runtime does
    not implement yet (hpy.universal._unimplemented lists them)."""
    try:
        import hpy.universal
        missing = set(hpy.universal._unimplemented())
    except (ImportError, AttributeError):
        missing = set()
    lacking = sorted(missing.intersection(names))
    return pytest.mark.skipif(bool(lacking), reason="runtime lacks %s"
                              % ", ".join(lacking))


@runtime_lacks("HPyType_FromSpec")
def test_add_type(compiler):
    mod = compiler.make_module("""
        static HPyType_Spec dummy_spec = {
            .name = "mytest.Dummy",
        };

        HPyDef_METH(f, "f", HPyFunc_O)
        static HPy f_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            HPyType_SpecParam param[] = {
                { HPyType_SpecParam_Base, ctx->h_LongType },
                { (HPyType_SpecParam_Kind)0 }
            };
            int with_base = HPy_IsTrue(ctx, arg);
            if (!HPyHelpers_AddType(ctx, self, with_base ? "IntDummy" : "Dummy",
                                    &dummy_spec, with_base ? param : NULL))
                return HPy_NULL;
            return HPy_Dup(ctx, ctx->h_None);
        }

        /* a failing setattr is reported (and the type is not leaked) */
        HPyDef_METH(g, "g", HPyFunc_NOARGS)
        static HPy g_impl(HPyContext *ctx, HPy self)
        {
            if (!HPyHelpers_AddType(ctx, ctx->h_None, "Dummy", &dummy_spec, NULL))
                return HPy_NULL;
            return HPy_Dup(ctx, ctx->h_None);
        }

        @EXPORT(f)
        @EXPORT(g)
        @INIT
    """)
    assert not hasattr(mod, "Dummy")
    assert mod.f(False) is None
    assert isinstance(mod.Dummy, type)
    assert mod.Dummy.__name__ == "Dummy"
    assert isinstance(mod.Dummy(), mod.Dummy)
    mod.f(True)
    assert mod.IntDummy.__name__ == "Dummy"
    assert isinstance(mod.IntDummy(), int)
    assert mod.IntDummy(3) == 3
    with pytest.raises(AttributeError):
        mod.g()


PACK_MODULE = """
    HPyDef_METH(pack, "pack", HPyFunc_KEYWORDS)
    static HPy pack_impl(HPyContext *ctx, HPy self, const HPy *args,
                         size_t nargs, HPy kwnames)
    {
        HPy out[] = { HPy_NULL, HPy_NULL };
        HPy result;
        int i;
        if (!HPyHelpers_PackArgsAndKeywords(ctx, args, nargs, kwnames,
                                            &out[0], &out[1]))
            return HPy_NULL;
        for (i = 0; i < 2; i++) {
            if (HPy_IsNull(out[i]))
                out[i] = HPy_Dup(ctx, ctx->h_None);
        }
        result = HPyTuple_FromArray(ctx, out, 2);
        for (i = 0; i < 2; i++)
            HPy_Close(ctx, out[i]);
        return result;
    }

    HPyDef_METH(pack_error, "pack_error", HPyFunc_O)
    static HPy pack_error_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy t = ctx->h_Ellipsis, d = ctx->h_Ellipsis;
        const HPy args[] = { ctx->h_None, ctx->h_True, ctx->h_False };
        /* too big on purpose: the kwnames check must come first */
        size_t nargs = 1000;
        int ok;
        switch (HPyLong_AsLong(ctx, arg)) {
        case 0:
            ok = HPyHelpers_PackArgsAndKeywords(ctx, args, nargs, HPy_NULL,
                                                NULL, &d);
            break;
        case 1:
            ok = HPyHelpers_PackArgsAndKeywords(ctx, args, nargs, HPy_NULL,
                                                &t, NULL);
            break;
        case 2:
            ok = HPyHelpers_PackArgsAndKeywords(ctx, args, nargs, HPy_NULL,
                                                NULL, NULL);
            break;
        default:
            ok = HPyHelpers_PackArgsAndKeywords(ctx, args, nargs, ctx->h_None,
                                                &t, &d);
            break;
        }
        if (ok)
            return HPy_Dup(ctx, ctx->h_True);
        /* on failure the outputs are left alone */
        if (!HPy_Is(ctx, t, ctx->h_Ellipsis) || !HPy_Is(ctx, d, ctx->h_Ellipsis))
            HPyErr_SetString(ctx, ctx->h_AssertionError, "outputs written");
        return HPy_NULL;
    }

    @EXPORT(pack)
    @EXPORT(pack_error)
    @INIT
"""


def test_pack_args_and_keywords(compiler):
    mod = compiler.make_module(PACK_MODULE)
    assert mod.pack() == (None, None)
    assert mod.pack(1, "2", b"3") == ((1, "2", b"3"), None)
    assert mod.pack(1, "2", b"3", a="b", c="d") == \
        ((1, "2", b"3"), dict(a="b", c="d"))
    assert mod.pack(a="b", c="d") == (None, dict(a="b", c="d"))
    assert mod.pack(*range(100)) == (tuple(range(100)), None)
    for mode in range(3):
        with pytest.raises(SystemError, match="must not be NULL"):
            mod.pack_error(mode)
    with pytest.raises(TypeError):
        mod.pack_error(3)


STRUCTSEQ_MODULE = """
    static HPyStructSequence_Field fields[] = {
        { "field0", "doc0" },
        { "field1", NULL },
        { NULL, "doc of the unnamed one" },
        { NULL, NULL },
    };

    static HPyStructSequence_Field no_fields[] = {
        { NULL, NULL },
    };

    static HPyStructSequence_Desc withfields_desc = {
        .name = "mytest.sub.WithFields",
        .doc = "some doc",
        .fields = fields,
    };

    static HPyStructSequence_Desc nofields_desc = {
        .name = "NoFields",
        .fields = no_fields,
    };

    static HPyStructSequence_Desc noname_desc = {
        .fields = no_fields,
    };

    HPyDef_METH(build, "build", HPyFunc_VARARGS)
    static HPy build_impl(HPyContext *ctx, HPy self, const HPy *args,
                          size_t nargs)
    {
        return HPyStructSequence_New(ctx, args[0], (HPy_ssize_t)nargs - 1,
                                     (HPy *)args + 1);
    }

    HPyDef_METH(bad_desc, "bad_desc", HPyFunc_NOARGS)
    static HPy bad_desc_impl(HPyContext *ctx, HPy self)
    {
        return HPyStructSequence_NewType(ctx, &noname_desc);
    }

    static int add(HPyContext *ctx, HPy module, const char *name,
                   HPyStructSequence_Desc *desc)
    {
        HPy t = HPyStructSequence_NewType(ctx, desc);
        int r;
        if (HPy_IsNull(t))
            return -1;
        r = HPy_SetAttr_s(ctx, module, name, t);
        HPy_Close(ctx, t);
        return r;
    }

    HPyDef_SLOT(exec, HPy_mod_exec)
    static int exec_impl(HPyContext *ctx, HPy module)
    {
        /* not a constant expression, so not in the initializer */
        fields[2].name = HPyStructSequence_UnnamedField;
        if (add(ctx, module, "WithFields", &withfields_desc) < 0)
            return -1;
        return add(ctx, module, "NoFields", &nofields_desc);
    }

    @EXPORT(build)
    @EXPORT(bad_desc)
    @EXPORT(exec)
    @INIT
"""


@runtime_lacks("HPyImport_ImportModule", "HPyTuple_FromArray")
def test_structseq_type(compiler):
    mod = compiler.make_module(STRUCTSEQ_MODULE)
    T = mod.WithFields
    assert T.__name__ == "WithFields"
    assert T.__qualname__ == "WithFields"
    assert T.__module__ == "mytest.sub"
    assert T.__doc__ == "some doc"
    assert issubclass(T, tuple)
    assert (T.n_fields, T.n_sequence_fields, T.n_unnamed_fields) == (3, 3, 1)
    assert T.field0.__doc__ == "doc0"
    assert T._fields[2] == "_2"
    assert T._2.__doc__ == "doc of the unnamed one"

    N = mod.NoFields
    assert N.__name__ == "NoFields"
    assert N.__module__ == "builtins"
    assert N.__doc__ is None
    assert (N.n_fields, N.n_unnamed_fields) == (0, 0)

    with pytest.raises(SystemError, match="does not define the name field"):
        mod.bad_desc()


@runtime_lacks("HPyImport_ImportModule", "HPyTuple_FromArray")
def test_structseq_new(compiler):
    mod = compiler.make_module(STRUCTSEQ_MODULE)
    s = mod.build(mod.WithFields, 1, 2.0, "3")
    assert type(s) is mod.WithFields
    assert (s.field0, s.field1, s[2]) == (1, 2.0, "3")
    assert s == (1, 2.0, "3")
    assert repr(s) == "WithFields(field0=1, field1=2.0, _2='3')"
    assert mod.build(mod.NoFields) == ()
    with pytest.raises(TypeError, match="^expected exactly 3 arguments but got 2$"):
        mod.build(mod.WithFields, 1, 2)
    with pytest.raises(TypeError, match="^expected exactly 0 arguments but got 1$"):
        mod.build(mod.NoFields, 1)
    with pytest.raises(TypeError, match="does not look like a struct sequence type"):
        mod.build(str)
    with pytest.raises(TypeError, match="does not look like a struct sequence type"):
        mod.build(None)
