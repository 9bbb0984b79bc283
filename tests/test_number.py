"""The number protocol: HPy_Add and friends, and HPyNumber_Check
(runtime: number.rs)."""

import operator

import pytest

UNARY = {
    "Negative": operator.neg,
    "Positive": operator.pos,
    "Absolute": abs,
    "Invert": operator.invert,
    "Index": operator.index,
    "Long": int,
    "Float": float,
}

BINARY = {
    "Add": operator.add,
    "Subtract": operator.sub,
    "Multiply": operator.mul,
    "FloorDivide": operator.floordiv,
    "TrueDivide": operator.truediv,
    "Remainder": operator.mod,
    "Divmod": divmod,
    "Lshift": operator.lshift,
    "Rshift": operator.rshift,
    "And": operator.and_,
    "Xor": operator.xor,
    "Or": operator.or_,
    "MatrixMultiply": operator.matmul,
}

INPLACE = {
    "InPlaceAdd": operator.iadd,
    "InPlaceSubtract": operator.isub,
    "InPlaceMultiply": operator.imul,
    "InPlaceFloorDivide": operator.ifloordiv,
    "InPlaceTrueDivide": operator.itruediv,
    "InPlaceRemainder": operator.imod,
    "InPlaceLshift": operator.ilshift,
    "InPlaceRshift": operator.irshift,
    "InPlaceAnd": operator.iand,
    "InPlaceXor": operator.ixor,
    "InPlaceOr": operator.ior,
    "InPlaceMatrixMultiply": operator.imatmul,
}

# The Python-level symbol of each operator, as in CPython's error messages.
SYMBOLS = {
    "Add": "+", "Subtract": "-", "Multiply": "*", "FloorDivide": "//",
    "TrueDivide": "/", "Remainder": "%", "Divmod": "divmod()", "Lshift": "<<",
    "Rshift": ">>", "And": "&", "Xor": "^", "Or": "|", "MatrixMultiply": "@",
}


@pytest.fixture
def mod(compiler):
    lines = []
    for name in UNARY:
        lines.append("@DEFINE_CALL(%s, HPy_%s, 1)" % (name, name))
    for name in list(BINARY) + list(INPLACE):
        lines.append("@DEFINE_CALL(%s, HPy_%s, 2)" % (name, name))
    lines.append("@DEFINE_CALL(Power, HPy_Power, 3)")
    lines.append("@DEFINE_CALL(InPlacePower, HPy_InPlacePower, 3)")
    lines.append("@DEFINE_CALL_INT(Check, HPyNumber_Check, 1)")
    lines.append("@INIT")
    return compiler.make_module("\n".join(lines))


class Matrix:
    """Implements @ and @= (no builtin type does)."""

    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return Matrix(self.v * other.v)

    def __imatmul__(self, other):
        self.v *= other.v
        return self

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.v == other.v


def binary_operands(name):
    if "MatrixMultiply" in name:
        return [(Matrix(3), Matrix(4))]
    if "TrueDivide" in name:
        return [(7, 2), (7.5, 2), (-9, 3)]
    return [(7, 2), (-9, 4), (12345678901234567890, 3), (6, 1)]


def test_unary(mod):
    for name, op in UNARY.items():
        for value in (5, -3, 0, True, 2**70):
            assert getattr(mod, name)(value) == op(value), name
    assert mod.Negative(1.5) == -1.5
    assert mod.Absolute(-2.5) == 2.5
    assert mod.Long(3.9) == 3
    assert mod.Long("12") == 12
    assert mod.Float("1.5") == 1.5
    assert type(mod.Index(True)) is int


def test_unary_errors(mod):
    with pytest.raises(TypeError, match="bad operand type for unary -: 'str'"):
        mod.Negative("x")
    with pytest.raises(TypeError, match="bad operand type for unary \\+: 'list'"):
        mod.Positive([])
    with pytest.raises(TypeError, match="bad operand type for abs\\(\\): 'str'"):
        mod.Absolute("x")
    with pytest.raises(TypeError, match="bad operand type for unary ~: 'float'"):
        mod.Invert(1.5)
    with pytest.raises(TypeError, match="'float' object cannot be interpreted as an integer"):
        mod.Index(1.5)
    with pytest.raises(ValueError, match="invalid literal for int"):
        mod.Long("x")
    with pytest.raises(ValueError, match="could not convert string to float"):
        mod.Float("x")
    with pytest.raises(TypeError):
        mod.Long(None)


def test_binary(mod):
    for name, op in BINARY.items():
        for a, b in binary_operands(name):
            assert getattr(mod, name)(a, b) == op(a, b), name


def test_binary_sequences(mod):
    assert mod.Add([1], [2]) == [1, 2]
    assert mod.Multiply("ab", 3) == "ababab"
    assert mod.Remainder("%d-%s", (1, "x")) == "1-x"
    assert mod.Or({1}, {2}) == {1, 2}


def test_binary_type_errors(mod):
    for name in BINARY:
        expected = "unsupported operand type(s) for %s: 'NoneType' and 'dict'" % SYMBOLS[name]
        with pytest.raises(TypeError) as e:
            getattr(mod, name)(None, {})
        assert str(e.value) == expected


def test_division_by_zero(mod):
    for name in ("FloorDivide", "TrueDivide", "Remainder", "Divmod"):
        with pytest.raises(ZeroDivisionError):
            getattr(mod, name)(1, 0)
    with pytest.raises(ValueError, match="negative shift count"):
        mod.Lshift(1, -1)


def test_inplace_on_immutables(mod):
    # Immutable operands: the result is a new object, as with a = a op b.
    for name, op in INPLACE.items():
        for a, b in binary_operands(name):
            if isinstance(a, Matrix):
                continue
            assert getattr(mod, name)(a, b) == op(a, b), name


def test_inplace_mutates(mod):
    lst = [1]
    assert mod.InPlaceAdd(lst, [2]) is lst
    assert lst == [1, 2]
    assert mod.InPlaceMultiply(lst, 2) is lst
    assert lst == [1, 2, 1, 2]
    s = {1, 2, 3}
    assert mod.InPlaceAnd(s, {2, 3, 4}) is s
    assert s == {2, 3}
    m = Matrix(3)
    assert mod.InPlaceMatrixMultiply(m, Matrix(5)) is m
    assert m.v == 15


def test_inplace_type_errors(mod):
    with pytest.raises(TypeError, match="unsupported operand type\\(s\\) for \\+=: 'int' and 'str'"):
        mod.InPlaceAdd(1, "a")
    with pytest.raises(TypeError, match="unsupported operand type\\(s\\) for \\*\\*=: 'str' and 'int'"):
        mod.InPlacePower("a", 2, None)


def test_power(mod):
    assert mod.Power(2, 10, None) == 1024
    assert mod.Power(2, 10, 1000) == 24
    assert mod.Power(2.0, 0.5, None) == 2 ** 0.5
    assert mod.Power(2, -1, None) == 0.5
    assert mod.InPlacePower(3, 3, None) == 27
    assert mod.InPlacePower(3, 3, 5) == 2


def test_power_errors(mod):
    with pytest.raises(TypeError, match="unsupported operand type\\(s\\) for \\*\\* or pow\\(\\): 'str' and 'int'"):
        mod.Power("a", 2, None)
    with pytest.raises(TypeError, match="pow\\(\\) 3rd argument not allowed unless all arguments are integers"):
        mod.Power(2.0, 2, 3)
    with pytest.raises(ValueError, match="pow\\(\\) 3rd argument cannot be 0"):
        mod.Power(2, 2, 0)
    with pytest.raises(ZeroDivisionError):
        mod.Power(0, -1, None)


def test_number_check(mod):
    class WithIndex:
        def __index__(self):
            return 1

    for yes in (1, 1.5, 1j, True, WithIndex()):
        assert mod.Check(yes) == 1
    for no in ("1", [], None, b"1"):
        assert mod.Check(no) == 0
