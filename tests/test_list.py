"""HPyList_* and HPyListBuilder_* (crates/hpy-runtime/src/list.rs)."""

import sys

import pytest

LIST_MODULE = """
    @DEFINE_CALL_INT(check, HPyList_Check, 1)
    @DEFINE_CALL_INT(append, HPyList_Append, 2)

    HPyDef_METH(new, "new", HPyFunc_O)
    static HPy new_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_ssize_t n = HPyLong_AsSsize_t(ctx, arg);
        if (n == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        HPy lst = HPyList_New(ctx, n);
        if (HPy_IsNull(lst))
            return HPy_NULL;
        /* the slots of a new list can be assigned */
        if (n > 0 && HPy_SetItem_i(ctx, lst, n - 1, arg) < 0) {
            HPy_Close(ctx, lst);
            return HPy_NULL;
        }
        return lst;
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
        HPyListBuilder b = HPyListBuilder_New(ctx, size);
        for (HPy_ssize_t i = 0; i < n; i++) {
            HPy item = HPy_GetItem_i(ctx, args[1], i);
            HPy h_index = HPy_GetItem_i(ctx, args[2], i);
            if (HPy_IsNull(item) || HPy_IsNull(h_index)) {
                HPyListBuilder_Cancel(ctx, b);
                return HPy_NULL;
            }
            HPy_ssize_t index = HPyLong_AsSsize_t(ctx, h_index);
            HPy_Close(ctx, h_index);
            HPyListBuilder_Set(ctx, b, index, item);
            HPy_Close(ctx, item);
        }
        if (HPy_IsTrue(ctx, args[3])) {
            HPyListBuilder_Cancel(ctx, b);
            return HPy_Dup(ctx, ctx->h_None);
        }
        return HPyListBuilder_Build(ctx, b);
    }

    @EXPORT(new)
    @EXPORT(build)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(LIST_MODULE)


def test_check(mod):
    class MyList(list):
        pass

    assert mod.check([]) == 1
    assert mod.check(MyList()) == 1
    assert mod.check(()) == 0
    assert mod.check("hello") == 0


def test_new(mod):
    assert mod.new(0) == []
    # unlike PyList_New, the items are None rather than NULL
    assert mod.new(3) == [None, None, 3]


def test_new_negative_size(mod):
    with pytest.raises(SystemError):
        mod.new(-1)


def test_append(mod):
    lst = [1]
    assert mod.append(lst, 42) == 0
    assert mod.append(lst, lst) == 0
    assert lst == [1, 42, lst]


def test_append_to_non_list(mod):
    with pytest.raises(SystemError):
        mod.append((), 42)


def test_builder(mod):
    assert mod.build(3, ("xy", True, -42), (0, 1, 2), False) == ["xy", True, -42]
    assert mod.build(3, "abc", (2, 0, 1), False) == ["b", "c", "a"]
    assert mod.build(0, (), (), False) == []


def test_builder_holds_its_own_references(mod):
    obj = object()
    before = sys.getrefcount(obj)
    lst = mod.build(2, (obj, obj), (0, 1), False)
    assert lst == [obj, obj]
    assert sys.getrefcount(obj) == before + 2
    del lst
    assert sys.getrefcount(obj) == before


def test_builder_cancel_releases_items(mod):
    obj = object()
    before = sys.getrefcount(obj)
    assert mod.build(3, (obj, obj), (0, 2), True) is None
    assert sys.getrefcount(obj) == before


def test_builder_set_twice_replaces(mod):
    obj = object()
    before = sys.getrefcount(obj)
    assert mod.build(1, (obj, 7), (0, 0), False) == [7]
    assert sys.getrefcount(obj) == before


def test_builder_negative_size(mod):
    with pytest.raises(SystemError, match="negative size"):
        mod.build(-1, (1,), (0,), False)
    assert mod.build(-1, (1,), (0,), True) is None


@pytest.mark.parametrize("index", [-1, 2, sys.maxsize])
def test_builder_index_out_of_range(mod, index):
    obj = object()
    before = sys.getrefcount(obj)
    with pytest.raises(SystemError, match="index out of range"):
        mod.build(2, (1, 2, obj), (0, 1, index), False)
    assert sys.getrefcount(obj) == before


def test_builder_unset_item(mod):
    obj = object()
    before = sys.getrefcount(obj)
    with pytest.raises(SystemError, match="item 1 was never set"):
        mod.build(3, (obj, obj), (0, 2), False)
    assert sys.getrefcount(obj) == before


def test_builder_allocation_failure_is_reported_by_build(mod):
    with pytest.raises(MemoryError):
        mod.build(sys.maxsize, (1,), (0,), False)
    assert mod.build(sys.maxsize, (1,), (0,), True) is None
