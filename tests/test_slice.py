"""HPySlice_Unpack (crates/hpy-runtime/src/slice.rs)."""

import sys

import pytest

SLICE_MODULE = """
    HPyDef_METH(unpack, "unpack", HPyFunc_O)
    static HPy unpack_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_ssize_t start, stop, step;
        if (HPySlice_Unpack(ctx, arg, &start, &stop, &step))
            return HPy_NULL;
        HPy h[3] = {
            HPyLong_FromSsize_t(ctx, start),
            HPyLong_FromSsize_t(ctx, stop),
            HPyLong_FromSsize_t(ctx, step),
        };
        HPy result = HPyTuple_FromArray(ctx, h, 3);
        for (int i = 0; i < 3; i++)
            HPy_Close(ctx, h[i]);
        return result;
    }

    HPyDef_METH(unpack_null, "unpack_null", HPyFunc_O)
    static HPy unpack_null_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_ssize_t start, stop;
        if (HPySlice_Unpack(ctx, arg, &start, &stop, NULL))
            return HPy_NULL;
        return HPy_Dup(ctx, ctx->h_None);
    }

    @EXPORT(unpack)
    @EXPORT(unpack_null)
    @INIT
"""

MAX = sys.maxsize
MIN = -sys.maxsize - 1


@pytest.fixture
def mod(compiler):
    return compiler.make_module(SLICE_MODULE)


@pytest.mark.parametrize("s, expected", [
    (slice(2, 20, 2), (2, 20, 2)),
    (slice(4, 20), (4, 20, 1)),
    (slice(5, 1 << 129), (5, MAX, 1)),
    (slice(13, -27, -1), (13, -27, -1)),
    (slice(MIN - 1000, MAX + 1000, 1), (MIN, MAX, 1)),
    (slice(MAX, 0, -MAX - 1000), (MAX, 0, -MAX)),
    (slice(None, 10, -1), (MAX, 10, -1)),
    (slice(None, None, -1), (MAX, MIN, -1)),
    (slice(None, None, None), (0, MAX, 1)),
    (slice(13, None, -1), (13, MIN, -1)),
])
def test_unpack(mod, s, expected):
    assert mod.unpack(s) == expected


def test_unpack_errors(mod):
    with pytest.raises(ValueError):
        mod.unpack(slice(1, 10, 0))
    with pytest.raises(TypeError):
        mod.unpack(slice(1, 10, "1"))
    with pytest.raises(TypeError):
        mod.unpack(slice("0", 10, 1))


def test_unpack_non_slice(mod):
    # CPython's PySlice_Unpack would read a non-slice as a slice
    with pytest.raises(TypeError, match="expected a slice, got 'range'"):
        mod.unpack(range(3))


def test_unpack_null_output(mod):
    with pytest.raises(SystemError, match="must not be NULL"):
        mod.unpack_null(slice(1, 2))
