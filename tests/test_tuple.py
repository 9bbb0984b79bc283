"""HPyTuple_* and HPyTupleBuilder_* (crates/hpy-runtime/src/tuple.rs)."""

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

    /* build(size, items, indices, cancel): a builder of `size` slots;
       items[i] is stored at indices[i]; then Build, or Cancel (-> None). */
    HPyDef_METH(build, "build", HPyFunc_VARARGS)
    static HPy build_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        if (nargs != 4) {
            HPyErr_SetString(ctx, ctx->h_TypeError, "expected 4 arguments");
            return HPy_NULL;
        }
        HPy_ssize_t size = HPyLong_AsSsize_t(ctx, args[0]);
        if (size == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        HPy_ssize_t n = HPy_Length(ctx, args[1]);
        if (n < 0)
            return HPy_NULL;
        HPyTupleBuilder b = HPyTupleBuilder_New(ctx, size);
        for (HPy_ssize_t i = 0; i < n; i++) {
            HPy item = HPy_GetItem_i(ctx, args[1], i);
            HPy h_index = HPy_GetItem_i(ctx, args[2], i);
            if (HPy_IsNull(item) || HPy_IsNull(h_index)) {
                HPyTupleBuilder_Cancel(ctx, b);
                return HPy_NULL;
            }
            HPy_ssize_t index = HPyLong_AsSsize_t(ctx, h_index);
            HPy_Close(ctx, h_index);
            HPyTupleBuilder_Set(ctx, b, index, item);
            HPy_Close(ctx, item);
        }
        if (HPy_IsTrue(ctx, args[3])) {
            HPyTupleBuilder_Cancel(ctx, b);
            return HPy_Dup(ctx, ctx->h_None);
        }
        return HPyTupleBuilder_Build(ctx, b);
    }

    @EXPORT(from_array)
    @EXPORT(pack)
    @EXPORT(build)
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


def test_builder(mod):
    assert mod.build(3, ("xy", True, -42), (0, 1, 2), False) == ("xy", True, -42)
    assert mod.build(3, "abc", (2, 0, 1), False) == ("b", "c", "a")
    assert mod.build(0, (), (), False) == ()


def test_builder_holds_its_own_references(mod):
    obj = object()
    before = sys.getrefcount(obj)
    t = mod.build(2, (obj, obj), (0, 1), False)
    assert t == (obj, obj)
    assert sys.getrefcount(obj) == before + 2
    del t
    assert sys.getrefcount(obj) == before


def test_builder_cancel_releases_items(mod):
    obj = object()
    before = sys.getrefcount(obj)
    assert mod.build(3, (obj, obj), (0, 2), True) is None
    assert sys.getrefcount(obj) == before


def test_builder_set_twice_replaces(mod):
    obj = object()
    before = sys.getrefcount(obj)
    assert mod.build(1, (obj, 7), (0, 0), False) == (7,)
    assert sys.getrefcount(obj) == before


def test_builder_negative_size(mod):
    with pytest.raises(SystemError, match="HPyTupleBuilder_New: negative size"):
        mod.build(-1, (1,), (0,), False)
    assert mod.build(-1, (1,), (0,), True) is None


@pytest.mark.parametrize("index", [-1, 2, sys.maxsize])
def test_builder_index_out_of_range(mod, index):
    obj = object()
    before = sys.getrefcount(obj)
    with pytest.raises(SystemError, match="HPyTupleBuilder_Set: index out of range"):
        mod.build(2, (1, 2, obj), (0, 1, index), False)
    assert sys.getrefcount(obj) == before


def test_builder_unset_item(mod):
    with pytest.raises(SystemError, match="item 1 was never set"):
        mod.build(3, (1, 2), (0, 2), False)


def test_builder_allocation_failure_is_reported_by_build(mod):
    with pytest.raises(MemoryError):
        mod.build(sys.maxsize, (1,), (0,), False)
    assert mod.build(sys.maxsize, (1,), (0,), True) is None
