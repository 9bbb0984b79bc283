"""HPyUnicode_FromFormat(V) and HPyErr_Format
(C helper: python/hpy/devel/src/runtime/format.c)."""

import re
import sys

import pytest

# Each case: (format, C arguments, expected str or (exception, regex)).
# In the arguments, `unicode` is a handle to the str "None".
INTEGERS = [
    ("%d", "123", "123"), ("%d", "-123", "-123"), ("%i", "-7", "-7"),
    ("%u", "123u", "123"), ("%u", "4294967295u", "4294967295"),
    ("%ld", "-123L", "-123"), ("%li", "123L", "123"),
    ("%lu", "123UL", "123"), ("%lld", "-123LL", "-123"),
    ("%lli", "123LL", "123"), ("%llu", "18446744073709551615ULL",
                                "18446744073709551615"),
    ("%zd", "(HPy_ssize_t)-123", "-123"), ("%zi", "(HPy_ssize_t)123", "123"),
    ("%zu", "(size_t)123", "123"), ("%x", "123", "7b"),
    ("%x", "-123", "ffffff85"),
    ("%lld", "LLONG_MIN", str(-2**63)), ("%d", "INT_MIN", str(-2**31)),
    ("%zd", "HPY_SSIZE_T_MIN", str(-2**63)),
    # width
    ("%1d", "123", "123"), ("%5d", "123", "  123"), ("%5d", "-123", " -123"),
    ("%9x", "-123", " ffffff85"), ("%5zu", "(size_t)123", "  123"),
    # zero padding
    ("%05d", "123", "00123"), ("%05d", "-123", "-0123"),
    ("%05lu", "123UL", "00123"), ("%09x", "-123", "0ffffff85"),
    ("%00d", "5", "5"), ("%003d", "5", "005"),
    # precision: minimum number of digits
    ("%.1d", "123", "123"), ("%.5d", "123", "00123"),
    ("%.5d", "-123", "-00123"), ("%.5x", "123", "0007b"),
    ("%.0d", "0", "0"), ("%.0x", "0", "0"), ("%.d", "5", "5"),
    # both
    ("%7.5d", "123", "  00123"), ("%7.5d", "-123", " -00123"),
    ("%07.5d", "123", "0000123"), ("%07.5d", "-123", "-000123"),
    ("%5.7d", "-123", "-0000123"), ("%05.7d", "123", "0000123"),
    ("%10.9x", "-123", " 0ffffff85"), ("%010.9x", "-123", "00ffffff85"),
]

STRINGS = [
    ("%s", '"None"', "None"), ("%U", "unicode", "None"),
    ("%A", "ctx->h_None", "None"), ("%S", "ctx->h_None", "None"),
    ("%R", "ctx->h_None", "None"), ("%V", 'unicode, "ignored"', "None"),
    ("%V", 'HPy_NULL, "None"', "None"),
    ("%1s", '"None"', "None"), ("%5s", '"None"', " None"),
    ("%5U", "unicode", " None"), ("%5S", "ctx->h_None", " None"),
    ("%5V", 'HPy_NULL, "None"', " None"),
    ("%.1s", '"None"', "N"), ("%.1U", "unicode", "N"),
    ("%.1R", "ctx->h_None", "N"), ("%.1V", 'HPy_NULL, "None"', "N"),
    ("%.5A", "ctx->h_None", "None"), ("%5.1s", '"None"', "    N"),
    ("%5.1S", "ctx->h_None", "    N"), ("%1.5V", 'unicode, "ignored"', "None"),
    ("%.0s", '"None"', ""),
    # precision for %s counts bytes: a cut character becomes U+FFFD
    ("%.1s", '"\\xe2\\x82\\xac"', "\ufffd"), ("%.3s", '"\\xe2\\x82\\xacx"', "€"),
    # ... and invalid UTF-8 is replaced, as CPython's %s does
    ("%s", '"a\\377b"', "a\ufffdb"), ("%s", '"\\xe2\\x82"', "\ufffd"),
    ("%s", '"\\xed\\xa0\\x80"', "\ufffd" * 3),
    # width counts characters
    ("%3s", '"\\xe2\\x82\\xac"', "  €"), ("%3.1s", '"\\xe2\\x82\\xac"', "  \ufffd"),
    # %s precision does not read past the bytes it needs
    ("%.2s", "unterminated", "ab"),
]

OTHERS = [
    ("%%", "0", "%"), ("%%%c", "'w'", "%w"), ("a%%b%%", "0", "a%b%"),
    ("%c", "'c'", "c"), ("%c", "0xe9", "é"), ("%c", "0x20ac", "€"),
    ("%c", "0x1f600", "\U0001f600"), ("%c", "0", "\0"),
    ("%c", "0xdc80", "\udc80"), ("a%cb", "0", "a\0b"),
    ("%p", "(void *)0", "0x0"), ("%p", "(void *)0xbeef", "0xbeef"),
    ("plain", "0", "plain"), ("", "0", ""),
    ("check if %5d %s %6.3d is %5S or %6.3S",
     '42, "==", -42, ctx->h_True, ctx->h_False',
     "check if    42 ==   -042 is  True or    Fal"),
]

ERRORS = [
    ("%y%d", "'w', 42", (SystemError, "^invalid format string$")),
    ("%04.2y%d", "'w', 42", (SystemError, "^invalid format string$")),
    ("%u %? %u", "1, 2", (SystemError, "^invalid format string$")),
    ("%0%", "0", (SystemError, "^invalid format string$")),
    ("%2%", "0", (SystemError, "^invalid format string$")),
    ("%.0%", "0", (SystemError, "^invalid format string$")),
    ("%", "0", (SystemError, "^invalid format string$")),
    ("abc%", "0", (SystemError, "^invalid format string$")),
    ("%5", "0", (SystemError, "^invalid format string$")),
    ("%.", "0", (SystemError, "^invalid format string$")),
    ("%l", "0", (SystemError, "^invalid format string$")),
    ("%lx", "0L", (SystemError, "^invalid format string$")),
    ("%lls", "0", (SystemError, "^invalid format string$")),
    ("%zx", "0", (SystemError, "^invalid format string$")),
    ("%c", "0x10ffff + 2", (OverflowError,
                            re.escape("character argument not in range(0x110000)"))),
    ("%c", "-1", (OverflowError, "not in range")),
    ("%s", "NULL", (SystemError, re.escape(
        "null c string passed as value for formatting unit '%s'"))),
    ("%4p", "0", (SystemError, re.escape(
        "formatting unit '%p' does not support width nor precision"))),
    ("%.4p", "0", (SystemError, "does not support width nor precision")),
    ("%4c", "0", (SystemError, re.escape(
        "formatting unit '%c' does not support width nor precision"))),
    ("%8.4c", "0", (SystemError, "does not support width nor precision")),
    ("%04p", "0", (SystemError, re.escape(
        "formatting unit '%p' does not support 0-padding"))),
    ("%08.4c", "0", (SystemError, re.escape(
        "formatting unit '%c' does not support 0-padding"))),
    ("%0s", "0", (SystemError, re.escape(
        "formatting unit '%s' does not support 0-padding"))),
    ("%0U", "0", (SystemError, "'%U' does not support 0-padding")),
    ("%0V", "0", (SystemError, "'%V' does not support 0-padding")),
    ("%0S", "0", (SystemError, "'%S' does not support 0-padding")),
    ("%0R", "0", (SystemError, "'%R' does not support 0-padding")),
    ("%0A", "0", (SystemError, "'%A' does not support 0-padding")),
    ("%U", "HPy_NULL", (SystemError, re.escape(
        "HPy_NULL passed as value for formatting unit '%U'"))),
    ("%S", "HPy_NULL", (SystemError, re.escape(
        "HPy_NULL passed as value for formatting unit '%S'"))),
    ("%R", "HPy_NULL", (SystemError, ".*HPy_NULL passed.*")),
    ("%A", "HPy_NULL", (SystemError, ".*HPy_NULL passed.*")),
    ("%V", "HPy_NULL, NULL", (SystemError, "HPy_NULL and null c string")),
    ("%U", "ctx->h_None", (SystemError, re.escape(
        "formatting unit '%U' requires a str object"))),
    ("%V", 'ctx->h_None, "x"', (SystemError, "requires a str object")),
    ("%9223372036854775808d", "42", (ValueError, "^width too big$")),
    ("%.9223372036854775808d", "42", (ValueError, "^precision too big$")),
    ("%9223372036854775807d", "42", (MemoryError, None)),
    ("%.9223372036854775806d", "42", (MemoryError, None)),
    ("%9223372036854775807s", '"x"', (MemoryError, None)),
    # '-' (left alignment) is not one of the flags
    ("%-3d", "1", (SystemError, "^invalid format string$")),
]

CASES = INTEGERS + STRINGS + OTHERS + ERRORS


def make_case_module(compiler, cases):
    lines = ["#include <limits.h>",
             'static const char unterminated[2] = { 0x61, 0x62 };']
    for i, (fmt, args, _) in enumerate(cases):
        fmt_c = fmt.replace("\\", "\\\\").replace('"', '\\"')
        lines.append("""
            HPyDef_METH(f%(i)d, "f%(i)d", HPyFunc_NOARGS)
            static HPy f%(i)d_impl(HPyContext *ctx, HPy self)
            {
                HPy unicode = HPyUnicode_FromString(ctx, "None");
                HPy result;
                if (HPy_IsNull(unicode))
                    return HPy_NULL;
                result = HPyUnicode_FromFormat(ctx, "%(fmt)s", %(args)s);
                HPy_Close(ctx, unicode);
                return result;
            }
            @EXPORT(f%(i)d)
        """ % {"i": i, "fmt": fmt_c, "args": args})
    lines.append("@INIT")
    # the snippets are indented differently: dedent each line
    return compiler.make_module("\n".join(
        line.strip() for block in lines for line in block.splitlines()))


def test_conversions(compiler):
    mod = make_case_module(compiler, CASES)
    for i, (fmt, args, expected) in enumerate(CASES):
        func = getattr(mod, "f%d" % i)
        if isinstance(expected, tuple):
            exc, regex = expected
            with pytest.raises(exc, match=regex):
                func()
        else:
            assert func() == expected, (fmt, args)


OBJECTS_MODULE = """
    HPyDef_METH(S, "S", HPyFunc_O)
    static HPy S_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyUnicode_FromFormat(ctx, "prefix-%S-suffix", arg);
    }

    HPyDef_METH(R, "R", HPyFunc_O)
    static HPy R_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyUnicode_FromFormat(ctx, "prefix-%R-suffix", arg);
    }

    HPyDef_METH(A, "A", HPyFunc_O)
    static HPy A_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyUnicode_FromFormat(ctx, "prefix-%A-suffix", arg);
    }

    HPyDef_METH(width_prec, "width_prec", HPyFunc_O)
    static HPy width_prec_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyUnicode_FromFormat(ctx, "%10.5S|%3U", arg, arg);
    }

    HPyDef_METH(fmt_from_str, "fmt_from_str", HPyFunc_O)
    static HPy fmt_from_str_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        const char *fmt = HPyUnicode_AsUTF8AndSize(ctx, arg, NULL);
        if (fmt == NULL)
            return HPy_NULL;
        return HPyUnicode_FromFormat(ctx, fmt);
    }

    HPyDef_METH(pointer, "pointer", HPyFunc_NOARGS)
    static HPy pointer_impl(HPyContext *ctx, HPy self)
    {
        return HPyUnicode_FromFormat(ctx, "prefix-%p-suffix", (void *)0xbeef);
    }

    HPyDef_METH(long_format, "long_format", HPyFunc_O)
    static HPy long_format_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        /* arg: a str of 1000 'a's; makes the result outgrow any buffer */
        const char *a = HPyUnicode_AsUTF8AndSize(ctx, arg, NULL);
        if (a == NULL)
            return HPy_NULL;
        return HPyUnicode_FromFormat(ctx, "%s%d%s%d%s%d%U", a, 1, a, 2, a, 3,
                                     arg);
    }

    @EXPORT(S)
    @EXPORT(R)
    @EXPORT(A)
    @EXPORT(width_prec)
    @EXPORT(fmt_from_str)
    @EXPORT(pointer)
    @EXPORT(long_format)
    @INIT
"""


def test_objects(compiler):
    mod = compiler.make_module(OBJECTS_MODULE)

    class MyObj:
        def __str__(self):
            return "MyObj.__str__"

        def __repr__(self):
            return "MyObj.__repr__ü"

    assert mod.S("ABC") == "prefix-ABC-suffix"
    assert mod.S(42) == "prefix-42-suffix"
    assert mod.S(MyObj()) == "prefix-MyObj.__str__-suffix"
    assert mod.R("ABC") == "prefix-'ABC'-suffix"
    assert mod.R(MyObj()) == "prefix-MyObj.__repr__ü-suffix"
    assert mod.A(MyObj()) == "prefix-MyObj.__repr__\\xfc-suffix"
    assert mod.width_prec("€urΘpe") == "     €urΘp|€urΘpe"
    assert mod.width_prec("ab") == "        ab| ab"
    assert re.match(r"prefix-0x0*beef-suffix$", mod.pointer())
    a = "a" * 1000
    assert mod.long_format(a) == a + "1" + a + "2" + a + "3" + a


def test_errors_from_objects_propagate(compiler):
    mod = compiler.make_module(OBJECTS_MODULE)

    class Bad:
        def __str__(self):
            raise ZeroDivisionError("str failed")

        def __repr__(self):
            raise KeyError("repr failed")

    with pytest.raises(ZeroDivisionError):
        mod.S(Bad())
    with pytest.raises(KeyError):
        mod.R(Bad())
    with pytest.raises(KeyError):
        mod.A(Bad())
    # a str that has no UTF-8 form
    with pytest.raises(UnicodeEncodeError):
        mod.S("\ud800")


def test_non_ascii_format(compiler):
    mod = compiler.make_module(OBJECTS_MODULE)
    with pytest.raises(ValueError, match="^expected an ASCII-encoded format "
                       "string, got a non-ASCII byte: 0xc3$"):
        mod.fmt_from_str("format ü")
    assert mod.fmt_from_str("x" * 10000) == "x" * 10000


ERR_FORMAT_MODULE = """
    HPyDef_METH(raise_fmt, "raise_fmt", HPyFunc_VARARGS)
    static HPy raise_fmt_impl(HPyContext *ctx, HPy self,
                              const HPy *args, size_t nargs)
    {
        HPy r = HPyErr_Format(ctx, args[0], "%s: %d %R", "boom", 42, args[1]);
        if (!HPy_IsNull(r))
            return HPy_Dup(ctx, ctx->h_True);   /* must not happen */
        return HPy_NULL;
    }

    /* a formatting error wins over the exception that was asked for */
    HPyDef_METH(bad_raise_fmt, "bad_raise_fmt", HPyFunc_NOARGS)
    static HPy bad_raise_fmt_impl(HPyContext *ctx, HPy self)
    {
        return HPyErr_Format(ctx, ctx->h_KeyError, "%q");
    }

    @EXPORT(raise_fmt)
    @EXPORT(bad_raise_fmt)
    @INIT
"""


def test_err_format(compiler):
    mod = compiler.make_module(ERR_FORMAT_MODULE)
    with pytest.raises(ValueError) as info:
        mod.raise_fmt(ValueError, [1, "x"])
    assert str(info.value) == "boom: 42 [1, 'x']"
    with pytest.raises(KeyError) as info:
        mod.raise_fmt(KeyError, None)
    assert info.value.args == ("boom: 42 None",)

    class MyError(Exception):
        pass

    with pytest.raises(MyError, match="^boom: 42 3$"):
        mod.raise_fmt(MyError, 3)
    with pytest.raises(SystemError, match="^invalid format string$"):
        mod.bad_raise_fmt()


@pytest.mark.skipif(sys.maxsize != 2**63 - 1, reason="needs a 64-bit build")
def test_width_overflow_checks(compiler):
    mod = compiler.make_module(OBJECTS_MODULE)
    with pytest.raises(ValueError, match="^width too big$"):
        mod.fmt_from_str("%99999999999999999999d")
    with pytest.raises(ValueError, match="^precision too big$"):
        mod.fmt_from_str("%.99999999999999999999d")
