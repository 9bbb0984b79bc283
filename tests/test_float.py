"""HPyFloat_FromDouble and HPyFloat_AsDouble (runtime: float.rs)."""

import math

import pytest


@pytest.fixture
def mod(compiler):
    return compiler.make_module("""
        HPyDef_METH(roundtrip, "roundtrip", HPyFunc_O)
        static HPy roundtrip_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            double d = HPyFloat_AsDouble(ctx, arg);
            if (d == -1.0 && HPyErr_Occurred(ctx))
                return HPy_NULL;
            return HPyFloat_FromDouble(ctx, d);
        }

        /* What AsDouble returns on error, and whether an error is set. */
        HPyDef_METH(error_value, "error_value", HPyFunc_O)
        static HPy error_value_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            double d = HPyFloat_AsDouble(ctx, arg);
            if (!HPyErr_Occurred(ctx))
                return HPyFloat_FromDouble(ctx, 12345.0);
            HPyErr_Clear(ctx);
            return HPyFloat_FromDouble(ctx, d);
        }

        HPyDef_METH(constant, "constant", HPyFunc_NOARGS)
        static HPy constant_impl(HPyContext *ctx, HPy self)
        {
            return HPyFloat_FromDouble(ctx, 123.45);
        }
        @EXPORT(roundtrip)
        @EXPORT(error_value)
        @EXPORT(constant)
        @INIT
    """)


def test_from_double(mod):
    x = mod.constant()
    assert type(x) is float
    assert x == 123.45


@pytest.mark.parametrize("value", [0.0, -0.0, 1.5, -2.25, 1e308, 5e-324,
                                   math.inf, -math.inf])
def test_roundtrip(mod, value):
    result = mod.roundtrip(value)
    assert type(result) is float
    assert result == value
    assert math.copysign(1, result) == math.copysign(1, value)


def test_nan(mod):
    assert math.isnan(mod.roundtrip(math.nan))


def test_as_double_converts(mod):
    class WithFloat:
        def __float__(self):
            return 2.5

    class WithIndex:
        def __index__(self):
            return 7

    assert mod.roundtrip(3) == 3.0
    assert mod.roundtrip(True) == 1.0
    assert mod.roundtrip(WithFloat()) == 2.5
    assert mod.roundtrip(WithIndex()) == 7.0


def test_as_double_errors(mod):
    with pytest.raises(TypeError, match="must be real number, not str"):
        mod.roundtrip("1.0")
    with pytest.raises(OverflowError, match="int too large to convert to float"):
        mod.roundtrip(2**1100)

    class Bad:
        def __float__(self):
            raise ZeroDivisionError("from __float__")

    with pytest.raises(ZeroDivisionError, match="from __float__"):
        mod.roundtrip(Bad())
    assert mod.error_value(None) == -1.0
