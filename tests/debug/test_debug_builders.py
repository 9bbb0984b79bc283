"""Tuple and list builders used after Build or Cancel (crates/hpy-debug:
wrap.rs `unwrap_builder`, `close_builder`)."""

import re

import pytest

BUILDERS = """
    HPyDef_METH(ok, "ok", HPyFunc_VARARGS)
    static HPy ok_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPyTupleBuilder tb = HPyTupleBuilder_New(ctx, nargs);
        HPyListBuilder lb = HPyListBuilder_New(ctx, nargs);
        for (size_t i = 0; i < nargs; i++) {
            HPyTupleBuilder_Set(ctx, tb, i, args[i]);
            HPyListBuilder_Set(ctx, lb, i, args[i]);
        }
        HPy t = HPyTupleBuilder_Build(ctx, tb);
        HPy l = HPyListBuilder_Build(ctx, lb);
        HPy r = HPyTuple_Pack(ctx, 2, t, l);
        HPy_Close(ctx, t);
        HPy_Close(ctx, l);
        HPyTupleBuilder_Cancel(ctx, HPyTupleBuilder_New(ctx, 3));
        return r;
    }

    HPyDef_METH(build_twice, "build_twice", HPyFunc_O)
    static HPy build_twice_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPyTupleBuilder b = HPyTupleBuilder_New(ctx, 1);
        HPyTupleBuilder_Set(ctx, b, 0, arg);
        HPy t = HPyTupleBuilder_Build(ctx, b);
        HPy_Close(ctx, t);
        return HPyTupleBuilder_Build(ctx, b);
    }

    HPyDef_METH(set_after_cancel, "set_after_cancel", HPyFunc_O)
    static HPy set_after_cancel_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPyListBuilder b = HPyListBuilder_New(ctx, 1);
        HPyListBuilder_Cancel(ctx, b);
        HPyListBuilder_Set(ctx, b, 0, arg);
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(handle_as_builder, "handle_as_builder", HPyFunc_O)
    static HPy handle_as_builder_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPyListBuilder b = { arg._i };
        return HPyListBuilder_Build(ctx, b);
    }

    @EXPORT(ok)
    @EXPORT(build_twice)
    @EXPORT(set_after_cancel)
    @EXPORT(handle_as_builder)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(BUILDERS)


def test_correct_use(mod, capture):
    from hpy.debug import LeakDetector
    with LeakDetector():
        assert mod.ok("a", 1, None) == (("a", 1, None), ["a", 1, None])
    assert capture.invalid_builders == 0


def test_with_hook_the_call_fails_with_memory_error(mod, capture, capfd):
    with pytest.raises(MemoryError):
        mod.build_twice("x")
    assert capture.invalid_builders == 1
    assert mod.set_after_cancel("x") is None
    assert capture.invalid_builders == 2
    err = re.sub(r"0x[0-9a-f]+", "0x?", capfd.readouterr().err)
    assert ("HPy debug mode: Invalid usage of already closed builder\n"
            "    in HPyTupleBuilder_Build(), argument 'builder' (1 of 1)\n"
            "    builder 0x? was already consumed by HPyTupleBuilder_Build\n"
            "    created by HPyTupleBuilder_New\n") in err
    assert ("    in HPyListBuilder_Set(), argument 'builder' (1 of 3)\n"
            "    builder 0x? was already consumed by HPyListBuilder_Cancel\n"
            "    created by HPyListBuilder_New\n") in err


def test_handle_is_not_a_builder(mod, capture):
    with pytest.raises(MemoryError):
        mod.handle_as_builder("x")
    assert capture.invalid_builders == 1


def test_without_hook_it_aborts(compiler, run):
    built = compiler.compile_module(BUILDERS)
    r = run(built, "mod.build_twice('x')")
    assert r.returncode == -6
    assert "Fatal Python error: Invalid usage of already closed builder" in r.stderr
