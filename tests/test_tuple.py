"""HPyTuple_* (crates/hpy-runtime/src/tuple.rs); HPyTupleBuilder_* is in
test_builders.py."""

import sys

import pytest

TUPLE_MODULE = """
    @DEFINE_CALL_INT(check, HPyTuple_Check, 1)

    /* from_array(seq, n): HPyTuple_FromArray of seq's items, with count n;
       seq=None passes a NULL array. */
    HPyDef_METH(from_array, "from_array", HPyFunc_VARARGS)
    static HPy from_array_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPy items[8];
        if (nargs != 2) {
            HPyErr_SetString(ctx, ctx->h_TypeError, "expected 2 arguments");
            return HPy_NULL;
        }
        HPy_ssize_t n = HPyLong_AsSsize_t(ctx, args[1]);
        if (n == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        if (HPy_Is(ctx, args[0], ctx->h_None))
            return HPyTuple_FromArray(ctx, NULL, n);
        HPy_ssize_t len = HPy_Length(ctx, args[0]);
        if (len < 0 || len > 8) {
            HPyErr_SetString(ctx, ctx->h_ValueError, "at most 8 items");
            return HPy_NULL;
        }
        for (HPy_ssize_t i = 0; i < len; i++)
            items[i] = HPy_GetItem_i(ctx, args[0], i);
        HPy res = HPyTuple_FromArray(ctx, items, n);
        for (HPy_ssize_t i = 0; i < len; i++)
            HPy_Close(ctx, items[i]);
        return res;
    }

    HPyDef_METH(pack, "pack", HPyFunc_VARARGS)
    static HPy pack_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        return HPyTuple_Pack(ctx, 3, self, args[0], args[1]);
    }

    @EXPORT(from_array)
    @EXPORT(pack)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(TUPLE_MODULE)


def test_check(mod):
    class MyTuple(tuple):
        pass

    assert mod.check(()) == 1
    assert mod.check(MyTuple()) == 1
    assert mod.check([]) == 0


def test_from_array(mod):
    assert mod.from_array(("hello", 42, None), 3) == ("hello", 42, None)
    assert mod.from_array(("hello", 42, None), 2) == ("hello", 42)
    assert mod.from_array((), 0) == ()
    assert mod.from_array(None, 0) == ()


def test_from_array_references(mod):
    obj = object()
    before = sys.getrefcount(obj)
    t = mod.from_array((obj, obj), 2)
    assert sys.getrefcount(obj) == before + 2
    del t
    assert sys.getrefcount(obj) == before


def test_from_array_errors(mod):
    with pytest.raises(SystemError):
        mod.from_array((), -1)
    with pytest.raises(SystemError, match="items must not be NULL"):
        mod.from_array(None, 2)


def test_pack(mod):
    assert mod.pack("hello", 42) == (mod, "hello", 42)
