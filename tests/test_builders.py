"""HPyListBuilder_* and HPyTupleBuilder_* (crates/hpy-runtime/src/list.rs,
tuple.rs).

The two builders have the same API, so every test runs once per kind: the C
source below is a template where `$Builder` stands for HPyListBuilder or
HPyTupleBuilder, and the expected results are converted with `list`/`tuple`.
"""

import sys

import pytest

BUILDER_MODULE = """
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
        $Builder b = $Builder_New(ctx, size);
        for (HPy_ssize_t i = 0; i < n; i++) {
            HPy item = HPy_GetItem_i(ctx, args[1], i);
            HPy h_index = HPy_GetItem_i(ctx, args[2], i);
            if (HPy_IsNull(item) || HPy_IsNull(h_index)) {
                $Builder_Cancel(ctx, b);
                return HPy_NULL;
            }
            HPy_ssize_t index = HPyLong_AsSsize_t(ctx, h_index);
            HPy_Close(ctx, h_index);
            $Builder_Set(ctx, b, index, item);
            HPy_Close(ctx, item);
        }
        if (HPy_IsTrue(ctx, args[3])) {
            $Builder_Cancel(ctx, b);
            return HPy_Dup(ctx, ctx->h_None);
        }
        return $Builder_Build(ctx, b);
    }

    @EXPORT(build)
    @INIT
"""

# kind -> (the C builder type, the Python type it builds)
KINDS = {
    "list": ("HPyListBuilder", list),
    "tuple": ("HPyTupleBuilder", tuple),
}


@pytest.fixture(params=sorted(KINDS))
def kind(request):
    return request.param


@pytest.fixture
def builder(kind):
    """The C name of the builder type: HPyListBuilder or HPyTupleBuilder."""
    return KINDS[kind][0]


@pytest.fixture
def seq(kind):
    """Converts an expected result to the kind's type: list or tuple."""
    return KINDS[kind][1]


@pytest.fixture
def mod(compiler, builder):
    return compiler.make_module(BUILDER_MODULE.replace("$Builder", builder))


def test_builder(mod, seq):
    assert mod.build(3, ("xy", True, -42), (0, 1, 2), False) == seq(["xy", True, -42])
    assert mod.build(3, "abc", (2, 0, 1), False) == seq(["b", "c", "a"])
    assert mod.build(0, (), (), False) == seq([])


def test_builder_holds_its_own_references(mod, seq):
    obj = object()
    before = sys.getrefcount(obj)
    res = mod.build(2, (obj, obj), (0, 1), False)
    assert res == seq([obj, obj])
    assert sys.getrefcount(obj) == before + 2
    del res
    assert sys.getrefcount(obj) == before


def test_builder_cancel_releases_items(mod):
    obj = object()
    before = sys.getrefcount(obj)
    assert mod.build(3, (obj, obj), (0, 2), True) is None
    assert sys.getrefcount(obj) == before


def test_builder_set_twice_replaces(mod, seq):
    obj = object()
    before = sys.getrefcount(obj)
    assert mod.build(1, (obj, 7), (0, 0), False) == seq([7])
    assert sys.getrefcount(obj) == before


def test_builder_negative_size(mod, builder):
    with pytest.raises(SystemError, match=builder + "_New: negative size"):
        mod.build(-1, (1,), (0,), False)
    assert mod.build(-1, (1,), (0,), True) is None


@pytest.mark.parametrize("index", [-1, 2, sys.maxsize])
def test_builder_index_out_of_range(mod, builder, index):
    obj = object()
    before = sys.getrefcount(obj)
    with pytest.raises(SystemError, match=builder + "_Set: index out of range"):
        mod.build(2, (1, 2, obj), (0, 1, index), False)
    assert sys.getrefcount(obj) == before


def test_builder_unset_item(mod, builder):
    with pytest.raises(SystemError, match=builder + "_Build: item 1 was never set"):
        mod.build(3, (1, 2), (0, 2), False)
    # the items that were set are released
    obj = object()
    before = sys.getrefcount(obj)
    with pytest.raises(SystemError, match="item 1 was never set"):
        mod.build(3, (obj, obj), (0, 2), False)
    assert sys.getrefcount(obj) == before


def test_builder_allocation_failure_is_reported_by_build(mod):
    with pytest.raises(MemoryError):
        mod.build(sys.maxsize, (1,), (0,), False)
    assert mod.build(sys.maxsize, (1,), (0,), True) is None
