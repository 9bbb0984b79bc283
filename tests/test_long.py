"""HPyLong_* conversions between Python ints and C integers (runtime:
long.rs), and the C-type helpers of the headers built on them."""

import pytest

INT32 = (-2**31, 2**31 - 1)
UINT32 = (0, 2**32 - 1)
INT64 = (-2**63, 2**63 - 1)
UINT64 = (0, 2**64 - 1)

# (python name, C type, HPyLong_As<X>, HPyLong_From<X>)
CONVERSIONS = [
    ("int32", "int32_t", "Int32_t", "Int32_t"),
    ("uint32", "uint32_t", "UInt32_t", "UInt32_t"),
    ("int64", "int64_t", "Int64_t", "Int64_t"),
    ("uint64", "uint64_t", "UInt64_t", "UInt64_t"),
    ("size", "size_t", "Size_t", "Size_t"),
    ("ssize", "HPy_ssize_t", "Ssize_t", "Ssize_t"),
    ("long", "long", "Long", "Long"),
    ("ulong", "unsigned long", "UnsignedLong", "UnsignedLong"),
    ("longlong", "long long", "LongLong", "LongLong"),
    ("ulonglong", "unsigned long long", "UnsignedLongLong", "UnsignedLongLong"),
]

# HPyLong_As<X> without a From counterpart: the result goes back through
# the widest From of its signedness.
MASKS = [
    ("uint32_mask", "uint32_t", "UInt32_tMask", "UInt64_t"),
    ("uint64_mask", "uint64_t", "UInt64_tMask", "UInt64_t"),
    ("ulong_mask", "unsigned long", "UnsignedLongMask", "UnsignedLong"),
    ("ulonglong_mask", "unsigned long long", "UnsignedLongLongMask", "UnsignedLongLong"),
]


def _roundtrip_function(pyname, ctype, as_name, from_name):
    # An error is told apart from a real all-ones result by HPyErr_Occurred.
    return """
        HPyDef_METH(f_{py}, "{py}", HPyFunc_O)
        static HPy f_{py}_impl(HPyContext *ctx, HPy self, HPy arg)
        {{
            {ct} v = HPyLong_As{a}(ctx, arg);
            if (v == ({ct})-1 && HPyErr_Occurred(ctx))
                return HPy_NULL;
            return HPyLong_From{f}(ctx, v);
        }}
        @EXPORT(f_{py})
    """.format(py=pyname, ct=ctype, a=as_name, f=from_name)


@pytest.fixture
def mod(compiler):
    src = "".join(_roundtrip_function(*c) for c in CONVERSIONS + MASKS)
    src += """
        /* The value As<X> returns when it fails, as a Python int; the
           exception is dropped. */
        HPyDef_METH(error_results, "error_results", HPyFunc_O)
        static HPy error_results_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            int32_t a = HPyLong_AsInt32_t(ctx, arg); HPyErr_Clear(ctx);
            uint32_t b = HPyLong_AsUInt32_t(ctx, arg); HPyErr_Clear(ctx);
            int64_t c = HPyLong_AsInt64_t(ctx, arg); HPyErr_Clear(ctx);
            uint64_t d = HPyLong_AsUInt64_t(ctx, arg); HPyErr_Clear(ctx);
            size_t e = HPyLong_AsSize_t(ctx, arg); HPyErr_Clear(ctx);
            HPy_ssize_t f = HPyLong_AsSsize_t(ctx, arg); HPyErr_Clear(ctx);
            double g = HPyLong_AsDouble(ctx, arg); HPyErr_Clear(ctx);
            int ok = a == -1 && b == (uint32_t)-1 && c == -1 &&
                     d == (uint64_t)-1 && e == (size_t)-1 && f == -1 && g == -1.0;
            return HPyBool_FromBool(ctx, ok);
        }

        HPyDef_METH(as_double, "as_double", HPyFunc_O)
        static HPy as_double_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            double d = HPyLong_AsDouble(ctx, arg);
            if (d == -1.0 && HPyErr_Occurred(ctx))
                return HPy_NULL;
            return HPyFloat_FromDouble(ctx, d);
        }

        /* HPyLong_AsVoidPtr, seen as an address. */
        HPyDef_METH(as_void_ptr, "as_void_ptr", HPyFunc_O)
        static HPy as_void_ptr_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            void *p = HPyLong_AsVoidPtr(ctx, arg);
            if (p == NULL && HPyErr_Occurred(ctx))
                return HPy_NULL;
            return HPyLong_FromSize_t(ctx, (size_t)p);
        }

        HPyDef_METH(limits, "limits", HPyFunc_NOARGS)
        static HPy limits_impl(HPyContext *ctx, HPy self)
        {
            /* The From functions at the edges of their types: sums that are
               zero only if every value converted exactly. */
            HPy parts[] = {
                HPyLong_FromInt32_t(ctx, INT32_MIN),
                HPyLong_FromInt32_t(ctx, INT32_MAX),
                HPyLong_FromUInt32_t(ctx, UINT32_MAX),
                HPyLong_FromInt64_t(ctx, INT64_MIN),
                HPyLong_FromInt64_t(ctx, INT64_MAX),
                HPyLong_FromUInt64_t(ctx, UINT64_MAX),
                HPyLong_FromSize_t(ctx, SIZE_MAX),
                HPyLong_FromSsize_t(ctx, HPY_SSIZE_T_MIN),
                HPyLong_FromSsize_t(ctx, HPY_SSIZE_T_MAX),
            };
            HPy acc = HPyLong_FromLong(ctx, 0);
            for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
                HPy next = HPy_Xor(ctx, acc, parts[i]);
                HPy_Close(ctx, acc);
                HPy_Close(ctx, parts[i]);
                acc = next;
            }
            return acc;
        }
        @EXPORT(error_results)
        @EXPORT(as_double)
        @EXPORT(as_void_ptr)
        @EXPORT(limits)
        @INIT
    """
    return compiler.make_module(src)


RANGES = {
    "int32": INT32, "uint32": UINT32, "int64": INT64, "uint64": UINT64,
    "size": UINT64, "ssize": INT64, "long": INT64, "ulong": UINT64,
    "longlong": INT64, "ulonglong": UINT64,
}


def test_roundtrip_in_range(mod):
    for name, (lo, hi) in RANGES.items():
        f = getattr(mod, name)
        for value in (lo, lo + 1, 0, 1, 42, hi - 1, hi):
            result = f(value)
            assert type(result) is int
            assert result == value, name


def test_overflow(mod):
    for name, (lo, hi) in RANGES.items():
        f = getattr(mod, name)
        for value in (hi + 1, lo - 1, 2**200, -2**200):
            with pytest.raises(OverflowError):
                f(value)
                print("no OverflowError:", name, value)


def test_overflow_message_names_the_c_type(mod):
    for name, ctype, value in [("int32", "int32_t", 2**40),
                               ("int32", "int32_t", -2**40),
                               ("uint32", "uint32_t", 2**40)]:
        with pytest.raises(OverflowError) as e:
            getattr(mod, name)(value)
        assert str(e.value) == "Python int too large to convert to C %s" % ctype


def test_unsigned_rejects_negative(mod):
    for name in ["uint32", "uint64", "size", "ulong", "ulonglong"]:
        # CPython's own messages, which vary with the function used.
        with pytest.raises(OverflowError, match="^can't convert negative (int|value) to"):
            getattr(mod, name)(-1)


def test_type_errors(mod):
    for name in RANGES:
        for bad in ("42", 4.0, None):
            with pytest.raises(TypeError):
                getattr(mod, name)(bad)
                print("no TypeError:", name, bad)


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


def test_index_is_accepted(mod):
    for name in ["int32", "uint32_mask", "int64", "uint64_mask", "long",
                 "longlong", "ulong_mask", "ulonglong_mask"]:
        assert getattr(mod, name)(Index(17)) == 17, name


def test_index_is_refused(mod):
    # Like the CPython functions they map to, these take only real ints.
    for name in ["uint32", "uint64", "size", "ssize", "ulong", "ulonglong"]:
        with pytest.raises(TypeError):
            getattr(mod, name)(Index(17))
            print("no TypeError:", name)


def test_masks_wrap_around(mod):
    assert mod.uint32_mask(-1) == 2**32 - 1
    assert mod.uint32_mask(2**32 + 5) == 5
    assert mod.uint32_mask(2**100 + 7) == 7
    assert mod.uint64_mask(-1) == 2**64 - 1
    assert mod.uint64_mask(2**64 + 3) == 3
    assert mod.ulong_mask(-2) == 2**64 - 2
    assert mod.ulonglong_mask(2**70 + 1) == 1
    with pytest.raises(TypeError):
        mod.uint64_mask("1")


def test_bool_is_an_int(mod):
    assert mod.int64(True) == 1
    assert mod.uint32(False) == 0


def test_error_results(mod):
    assert mod.error_results("not an int") is True
    assert mod.error_results(2**1100) is True


def test_as_double(mod):
    assert mod.as_double(3) == 3.0
    assert mod.as_double(-2**60) == float(-2**60)
    with pytest.raises(OverflowError, match="int too large to convert to float"):
        mod.as_double(2**1100)
    with pytest.raises(TypeError):
        mod.as_double(1.5)


def test_as_void_ptr(mod):
    assert mod.as_void_ptr(0) == 0
    assert mod.as_void_ptr(0xdeadbeef) == 0xdeadbeef
    assert mod.as_void_ptr(2**64 - 1) == 2**64 - 1
    with pytest.raises(OverflowError):
        mod.as_void_ptr(2**64)
    with pytest.raises(TypeError):
        mod.as_void_ptr("0")


def test_from_limits(mod):
    expected = 0
    for v in (-2**31, 2**31 - 1, 2**32 - 1, -2**63, 2**63 - 1, 2**64 - 1,
              2**64 - 1, -2**63, 2**63 - 1):
        expected ^= v
    assert mod.limits() == expected
