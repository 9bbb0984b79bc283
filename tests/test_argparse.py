"""HPyArg_Parse, HPyArg_ParseKeywords, HPyArg_ParseKeywordsDict
(C helper: python/hpy/devel/src/runtime/argparse.c)."""

import struct

import pytest

LONG_BITS = 8 * struct.calcsize("l")

# One VARARGS function per format unit: parse a single argument with
# HPyArg_Parse and hand the C value back as a Python object.
UNITS_MODULE = """
    static HPy char_to_bytes(HPyContext *ctx, char c)
    {
        return HPyBytes_FromStringAndSize(ctx, &c, 1);
    }

    #define PARSE_ONE(NAME, FMT, CTYPE, TO_PY)                              \\
        HPyDef_METH(NAME, #NAME, HPyFunc_VARARGS)                           \\
        static HPy NAME##_impl(HPyContext *ctx, HPy self,                   \\
                               const HPy *args, size_t nargs)               \\
        {                                                                   \\
            CTYPE a;                                                        \\
            if (!HPyArg_Parse(ctx, NULL, args, nargs, FMT, &a))             \\
                return HPy_NULL;                                            \\
            return TO_PY(ctx, a);                                           \\
        }

    PARSE_ONE(b, "b", char, char_to_bytes)
    PARSE_ONE(B, "B", char, char_to_bytes)
    PARSE_ONE(h, "h", short, HPyLong_FromLong)
    PARSE_ONE(H_signed, "H", short, HPyLong_FromLong)
    PARSE_ONE(H, "H", unsigned short, HPyLong_FromUnsignedLong)
    PARSE_ONE(i, "i", int, HPyLong_FromLong)
    PARSE_ONE(I_signed, "I", int, HPyLong_FromLong)
    PARSE_ONE(I, "I", unsigned int, HPyLong_FromUnsignedLong)
    PARSE_ONE(l, "l", long, HPyLong_FromLong)
    PARSE_ONE(k_signed, "k", long, HPyLong_FromLong)
    PARSE_ONE(k, "k", unsigned long, HPyLong_FromUnsignedLong)
    PARSE_ONE(L, "L", long long, HPyLong_FromLongLong)
    PARSE_ONE(K_signed, "K", long long, HPyLong_FromLongLong)
    PARSE_ONE(K, "K", unsigned long long, HPyLong_FromUnsignedLongLong)
    PARSE_ONE(n, "n", HPy_ssize_t, HPyLong_FromSsize_t)
    PARSE_ONE(f, "f", float, HPyFloat_FromDouble)
    PARSE_ONE(d, "d", double, HPyFloat_FromDouble)
    PARSE_ONE(O, "O", HPy, HPy_Dup)
    PARSE_ONE(p, "p", int, HPyLong_FromLong)
    PARSE_ONE(s, "s", const char *, HPyUnicode_FromString)

    @EXPORT(b)
    @EXPORT(B)
    @EXPORT(h)
    @EXPORT(H_signed)
    @EXPORT(H)
    @EXPORT(i)
    @EXPORT(I_signed)
    @EXPORT(I)
    @EXPORT(l)
    @EXPORT(k_signed)
    @EXPORT(k)
    @EXPORT(L)
    @EXPORT(K_signed)
    @EXPORT(K)
    @EXPORT(n)
    @EXPORT(f)
    @EXPORT(d)
    @EXPORT(O)
    @EXPORT(p)
    @EXPORT(s)
    @INIT
"""


@pytest.fixture
def units(compiler):
    return compiler.make_module(UNITS_MODULE)


def raises(exc, func, *args, **kwargs):
    """Call func and return the message of the `exc` it must raise."""
    with pytest.raises(exc) as info:
        func(*args, **kwargs)
    return str(info.value)


def test_unsigned_byte(units):
    assert units.b(0) == b"\x00"
    assert units.b(255) == b"\xff"
    assert raises(OverflowError, units.b, 256) == \
        "function unsigned byte integer is greater than maximum"
    assert raises(OverflowError, units.b, -1) == \
        "function unsigned byte integer is less than minimum"
    # the bitfield version truncates instead
    assert units.B(2**8) == b"\x00"
    assert units.B(-1) == b"\xff"
    assert units.B(2**8 + 7) == b"\x07"


def test_short(units):
    assert units.h(-2**15) == -2**15
    assert units.h(2**15 - 1) == 2**15 - 1
    assert raises(OverflowError, units.h, 2**15) == \
        "function signed short integer is greater than maximum"
    assert raises(OverflowError, units.h, -2**15 - 1) == \
        "function signed short integer is less than minimum"
    assert units.H(-1) == 2**16 - 1
    assert units.H(2**16 + 1) == 1
    assert units.H_signed(2**16 - 1) == -1


def test_int(units):
    assert units.i(2**31 - 1) == 2**31 - 1
    assert units.i(-2**31) == -2**31
    assert raises(OverflowError, units.i, 2**31) == \
        "function signed integer is greater than maximum"
    assert raises(OverflowError, units.i, -2**31 - 1) == \
        "function signed integer is less than minimum"
    assert units.I(-1) == 2**32 - 1
    assert units.I(2**32) == 0
    assert units.I_signed(2**32 - 1) == -1


def test_long(units):
    top = 2**(LONG_BITS - 1)
    assert units.l(top - 1) == top - 1
    assert units.l(-top) == -top
    with pytest.raises(OverflowError):
        units.l(top)
    with pytest.raises(OverflowError):
        units.l(-top - 1)
    assert units.k(-1) == 2**LONG_BITS - 1
    assert units.k(2**LONG_BITS) == 0
    assert units.k_signed(2**LONG_BITS - 1) == -1


def test_long_long_and_ssize_t(units):
    assert units.L(2**63 - 1) == 2**63 - 1
    assert units.L(-2**63) == -2**63
    with pytest.raises(OverflowError):
        units.L(2**63)
    assert units.K(-1) == 2**64 - 1
    assert units.K(2**64 + 5) == 5
    assert units.K_signed(2**64 - 1) == -1
    assert units.n(-2**63) == -2**63
    with pytest.raises(OverflowError):
        units.n(2**63)


def test_integer_units_reject_non_integers(units):
    for name in "bBhHiIlkLKn":
        with pytest.raises(TypeError):
            getattr(units, name)("3")
        with pytest.raises(TypeError):
            getattr(units, name)(3.5)


def test_float_units(units):
    assert units.d(0.25) == 0.25
    assert units.d(-2) == -2.0
    assert units.f(0.1) == struct.unpack("f", struct.pack("f", 0.1))[0]
    for func in (units.f, units.d):
        with pytest.raises(TypeError):
            func("x")


def test_object_and_predicate(units):
    obj = object()
    assert units.O(obj) is obj
    for value, expected in [(0, 0), (-1, 1), ([], 0), ([0], 1), ("", 0),
                            ("0", 1), (None, 0)]:
        assert units.p(value) == expected

    class Bad:
        def __bool__(self):
            raise ZeroDivisionError("no truth")

    with pytest.raises(ZeroDivisionError):
        units.p(Bad())


def test_string(units):
    assert units.s("hello HPy") == "hello HPy"
    assert units.s("€uro ü") == "€uro ü"
    assert raises(ValueError, units.s, "hello\0HPy") == \
        "function embedded null character"
    assert raises(TypeError, units.s, b"hello") == \
        "function a str is required"
    # a string that has no UTF-8 form: the encoder's own error
    with pytest.raises(UnicodeEncodeError):
        units.s("\ud800")


def test_arity(units):
    assert raises(TypeError, units.i) == \
        "function required positional argument missing"
    assert raises(TypeError, units.i, 1, 2) == \
        "function mismatched args (too many arguments for fmt)"


# ---- several units, modifiers and messages -------------------------------

PARSE_MODULE = """
    /* Parse with the format given as first argument into three longs that
     * start at -1, and return them (optional units leave them alone). */
    HPyDef_METH(lll, "lll", HPyFunc_VARARGS)
    static HPy lll_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        long a = -1, b = -1, c = -1;
        const char *fmt = HPyUnicode_AsUTF8AndSize(ctx, args[0], NULL);
        if (fmt == NULL)
            return HPy_NULL;
        if (!HPyArg_Parse(ctx, NULL, args + 1, nargs - 1, fmt, &a, &b, &c))
            return HPy_NULL;
        return HPy_BuildValue(ctx, "lll", a, b, c);
    }

    /* The format must be malformed: no output pointer is passed at all, so
     * reading one would be a bug. */
    HPyDef_METH(no_outputs, "no_outputs", HPyFunc_VARARGS)
    static HPy no_outputs_impl(HPyContext *ctx, HPy self,
                               const HPy *args, size_t nargs)
    {
        const char *fmt = HPyUnicode_AsUTF8AndSize(ctx, args[0], NULL);
        if (fmt == NULL)
            return HPy_NULL;
        if (!HPyArg_Parse(ctx, NULL, args + 1, nargs - 1, fmt))
            return HPy_NULL;
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_METH(add, "add", HPyFunc_VARARGS)
    static HPy add_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPy a, b, result;
        HPyTracker ht;
        if (!HPyArg_Parse(ctx, &ht, args, nargs, "OO", &a, &b))
            return HPy_NULL;
        result = HPy_Add(ctx, a, b);
        HPyTracker_Close(ctx, ht);
        return result;
    }

    HPyDef_METH(mixed, "mixed", HPyFunc_VARARGS)
    static HPy mixed_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        int i = 0;
        double d = 0.0;
        const char *s = "default";
        HPy o = ctx->h_None;
        int p = -1;
        if (!HPyArg_Parse(ctx, NULL, args, nargs, "id|sOp:mixed",
                          &i, &d, &s, &o, &p))
            return HPy_NULL;
        return HPy_BuildValue(ctx, "(idsOi)", i, d, s, o, p);
    }

    @EXPORT(lll)
    @EXPORT(no_outputs)
    @EXPORT(add)
    @EXPORT(mixed)
    @INIT
"""


@pytest.fixture
def parse(compiler):
    return compiler.make_module(PARSE_MODULE)


def test_many_units(parse):
    assert parse.lll("lll", 4, 5, 6) == (4, 5, 6)
    assert parse.mixed(1, 2.5) == (1, 2.5, "default", None, -1)
    assert parse.mixed(1, 2.5, "x", [1], []) == (1, 2.5, "x", [1], 0)


def test_optional_units_keep_their_defaults(parse):
    assert parse.lll("l|ll", 1) == (1, -1, -1)
    assert parse.lll("l|ll", 1, 2) == (1, 2, -1)
    assert parse.lll("|lll") == (-1, -1, -1)
    # '|' twice is accepted, as upstream does
    assert parse.lll("l|l|l", 1, 2) == (1, 2, -1)


def test_tracker_and_borrowed_handles(parse):
    assert parse.add("a", "b") == "ab"
    assert parse.add(1, 2) == 3


def test_error_prefixes(parse):
    assert raises(TypeError, parse.lll, "lll", 1, 2) == \
        "function required positional argument missing"
    assert raises(TypeError, parse.lll, "lll:my_func", 1, 2) == \
        "my_func() required positional argument missing"
    assert raises(TypeError, parse.lll, "lll;my-error-message", 1, 2) == \
        "my-error-message"
    assert raises(TypeError, parse.lll, "l:f", 1, 2) == \
        "f() mismatched args (too many arguments for fmt)"
    # the conversion errors get the same prefixes
    assert raises(TypeError, parse.mixed, 1, 2.0, 3) == \
        "mixed() a str is required"
    assert raises(TypeError, parse.lll, "l;custom", 1, 2) == "custom"
    # errors raised by the runtime's own conversions are left as they are
    assert "integer" in raises(TypeError, parse.lll, "l;custom", "x")


def test_malformed_formats_raise_system_error(parse):
    assert raises(SystemError, parse.no_outputs, "ZZ:two_add", "a") == \
        "two_add() unknown arg format code"
    # '$' is only for the keyword variants
    assert raises(SystemError, parse.no_outputs, "O$O:two_add", 1, 2) == \
        "two_add() unknown arg format code"
    # checked before the arguments are counted or converted
    for fmt in ["lZ", "l l", "Z", "(l)", "l#", "s*", "y", "N", "l\x80",
                "ll$", "w*:f"]:
        assert "unknown arg format code" in \
            raises(SystemError, parse.no_outputs, fmt, 1)
        assert "unknown arg format code" in \
            raises(SystemError, parse.no_outputs, fmt)


def test_units_after_suffix_are_ignored(parse):
    # everything after ':' or ';' is the name or the message
    assert parse.lll("l:f;ZZZ", 7) == (7, -1, -1)
    assert parse.lll("l;ZZ:Z", 7) == (7, -1, -1)
    assert parse.no_outputs(":only a name") is None
    assert parse.no_outputs("") is None


# ---- HPyArg_ParseKeywords / HPyArg_ParseKeywordsDict ---------------------

KEYWORDS_MODULE = """
    /* f(fmt, kwlist, *args, **kwargs): parse into up to three handles. */
    static const char **kwlist_from(HPyContext *ctx, HPy tup, HPy *names)
    {
        static const char *kwlist[8];
        HPy_ssize_t i, n = HPy_Length(ctx, tup);
        for (i = 0; i < n && i < 7; i++) {
            names[i] = HPy_GetItem_i(ctx, tup, i);
            kwlist[i] = HPyUnicode_AsUTF8AndSize(ctx, names[i], NULL);
        }
        kwlist[i] = NULL;
        names[i] = HPy_NULL;
        return kwlist;
    }

    static void close_all(HPyContext *ctx, HPy *names)
    {
        for (; !HPy_IsNull(*names); names++)
            HPy_Close(ctx, *names);
    }

    static HPy triple(HPyContext *ctx, HPy a, HPy b, HPy c)
    {
        HPy items[3] = { a, b, c };
        int i;
        for (i = 0; i < 3; i++)
            if (HPy_IsNull(items[i]))
                items[i] = ctx->h_Ellipsis;
        return HPyTuple_FromArray(ctx, items, 3);
    }

    HPyDef_METH(kw, "kw", HPyFunc_KEYWORDS)
    static HPy kw_impl(HPyContext *ctx, HPy self, const HPy *args,
                       size_t nargs, HPy kwnames)
    {
        HPy names[8];
        HPy a = HPy_NULL, b = HPy_NULL, c = HPy_NULL, result;
        HPyTracker ht;
        const char *fmt = HPyUnicode_AsUTF8AndSize(ctx, args[0], NULL);
        const char **kwlist = kwlist_from(ctx, args[1], names);
        int ok = HPyArg_ParseKeywords(ctx, &ht, args + 2, nargs - 2, kwnames,
                                      fmt, kwlist, &a, &b, &c);
        close_all(ctx, names);
        if (!ok)
            return HPy_NULL;
        result = triple(ctx, a, b, c);
        HPyTracker_Close(ctx, ht);
        return result;
    }

    /* kwdict(fmt, kwlist, args_tuple, kwargs_dict) */
    HPyDef_METH(kwdict, "kwdict", HPyFunc_VARARGS)
    static HPy kwdict_impl(HPyContext *ctx, HPy self, const HPy *args,
                           size_t nargs)
    {
        HPy names[8], pos[8];
        HPy a = HPy_NULL, b = HPy_NULL, c = HPy_NULL, result;
        HPyTracker ht;
        HPy_ssize_t i, n = HPy_Length(ctx, args[2]);
        const char *fmt = HPyUnicode_AsUTF8AndSize(ctx, args[0], NULL);
        const char **kwlist = kwlist_from(ctx, args[1], names);
        HPy kw = HPy_Is(ctx, args[3], ctx->h_None) ? HPy_NULL : args[3];
        int ok;
        for (i = 0; i < n && i < 8; i++)
            pos[i] = HPy_GetItem_i(ctx, args[2], i);
        ok = HPyArg_ParseKeywordsDict(ctx, &ht, pos, i, kw, fmt, kwlist,
                                      &a, &b, &c);
        close_all(ctx, names);
        while (i > 0)
            HPy_Close(ctx, pos[--i]);
        if (!ok)
            return HPy_NULL;
        result = triple(ctx, a, b, c);
        HPyTracker_Close(ctx, ht);
        return result;
    }

    /* Numbers need no tracker; 'O' does. */
    HPyDef_METH(no_tracker, "no_tracker", HPyFunc_KEYWORDS)
    static HPy no_tracker_impl(HPyContext *ctx, HPy self, const HPy *args,
                               size_t nargs, HPy kwnames)
    {
        static const char *kwlist[] = { "a", "b", NULL };
        long a = 0, b = 0;
        HPy h;
        if (nargs > 0 && HPy_Is(ctx, args[0], ctx->h_None)) {
            if (!HPyArg_ParseKeywords(ctx, NULL, args + 1, nargs - 1, kwnames,
                                      "lO", kwlist, &a, &h))
                return HPy_NULL;
            return HPy_Dup(ctx, ctx->h_None);
        }
        if (!HPyArg_ParseKeywords(ctx, NULL, args, nargs, kwnames, "l|l",
                                  kwlist, &a, &b))
            return HPy_NULL;
        return HPyLong_FromLong(ctx, 10 * a + b);
    }

    /* 's' read from a dict stays valid while the tracker is open. */
    HPyDef_METH(dict_str, "dict_str", HPyFunc_O)
    static HPy dict_str_impl(HPyContext *ctx, HPy self, HPy kw)
    {
        static const char *kwlist[] = { "s", NULL };
        const char *s;
        HPyTracker ht;
        HPy result;
        if (!HPyArg_ParseKeywordsDict(ctx, &ht, NULL, 0, kw, "s", kwlist, &s))
            return HPy_NULL;
        result = HPyUnicode_FromString(ctx, s);
        HPyTracker_Close(ctx, ht);
        return result;
    }

    /* the format must be malformed: there are no output pointers */
    HPyDef_METH(kw_no_outputs, "kw_no_outputs", HPyFunc_KEYWORDS)
    static HPy kw_no_outputs_impl(HPyContext *ctx, HPy self, const HPy *args,
                                  size_t nargs, HPy kwnames)
    {
        HPy names[8];
        HPyTracker ht;
        const char *fmt = HPyUnicode_AsUTF8AndSize(ctx, args[0], NULL);
        const char **kwlist = kwlist_from(ctx, args[1], names);
        int ok = HPyArg_ParseKeywords(ctx, &ht, args + 2, nargs - 2, kwnames,
                                      fmt, kwlist);
        close_all(ctx, names);
        if (!ok)
            return HPy_NULL;
        HPyTracker_Close(ctx, ht);
        return HPy_Dup(ctx, ctx->h_None);
    }

    @EXPORT(kw)
    @EXPORT(kwdict)
    @EXPORT(no_tracker)
    @EXPORT(dict_str)
    @EXPORT(kw_no_outputs)
    @INIT
"""

E = Ellipsis    # what an optional handle that was not given comes back as


@pytest.fixture
def kwmod(compiler):
    return compiler.make_module(KEYWORDS_MODULE)


def both(kwmod, fmt, kwlist, *args, **kwargs):
    """Parse with the kwnames variant and the dict variant; they must
    agree (on the result or on the exception and its message)."""
    outcomes = []
    for call in (lambda: kwmod.kw(fmt, kwlist, *args, **kwargs),
                 lambda: kwmod.kwdict(fmt, kwlist, args, kwargs)):
        try:
            outcomes.append(("ok", call()))
        except Exception as e:
            outcomes.append((type(e), str(e)))
    assert outcomes[0] == outcomes[1], outcomes
    kind, value = outcomes[0]
    if kind != "ok":
        raise kind(value)
    return value


def test_keywords_positional_and_by_name(kwmod):
    ab = ("a", "b")
    assert both(kwmod, "OO", ab, "x", b="y") == ("x", "y", E)
    assert both(kwmod, "OO", ab, b="y", a="x") == ("x", "y", E)
    assert both(kwmod, "OO", ab, "x", "y") == ("x", "y", E)
    assert both(kwmod, "O|O", ab, 3) == (3, E, E)
    assert both(kwmod, "O|O", ab, a=3) == (3, E, E)
    assert both(kwmod, "O|OO", ("a", "b", "c"), 1, c=3) == (1, E, 3)


def test_keywords_messages(kwmod):
    ab = ("a", "b")
    assert raises(SystemError, both, kwmod, "ZZ:two_add", ab, "a") == \
        "two_add() unknown arg format code"
    assert raises(TypeError, both, kwmod, "OO:add_two", ab, 1) == \
        "add_two() no value for required argument"
    assert raises(TypeError, both, kwmod, "OOO:add_two", ab, 1, 2) == \
        "add_two() mismatched args (too few keywords for fmt)"
    assert raises(TypeError, both, kwmod, "O:add_two", ab, 1, 2) == \
        "add_two() mismatched args (too many keywords for fmt)"
    assert raises(TypeError, both, kwmod, "OOO", ab, 1, 2) == \
        "function mismatched args (too few keywords for fmt)"
    assert raises(TypeError, both, kwmod, "OOO;my-error-message", ab, 1, 2) \
        == "my-error-message"
    assert raises(SystemError, both, kwmod, "OOO", ("", "b", ""), 1) == \
        "function empty keyword parameter name"


def test_positional_only(kwmod):
    kwlist = ("", "b")
    assert both(kwmod, "O|O", kwlist, 1, b=2) == (1, 2, E)
    assert both(kwmod, "O|O", kwlist, 1, 2) == (1, 2, E)
    assert both(kwmod, "O|O", kwlist, 1) == (1, E, E)
    assert raises(TypeError, both, kwmod, "O|O", kwlist, a=1, b=2) == \
        "function no value for required argument"


def test_keyword_only(kwmod):
    ab = ("a", "b")
    assert both(kwmod, "O$O", ab, 1, b=2) == (1, 2, E)
    assert both(kwmod, "O$O", ab, a=1, b=2) == (1, 2, E)
    # as upstream: '$' makes the rest optional as well
    assert both(kwmod, "O$O", ab, 1) == (1, E, E)
    assert both(kwmod, "O|$O", ab, 1) == (1, E, E)
    assert raises(TypeError, both, kwmod, "O$O", ab, 1, 2) == \
        "function keyword only argument passed as positional argument"


def test_unexpected_and_duplicate_keywords(kwmod):
    ab = ("a", "b")
    assert raises(TypeError, both, kwmod, "O|O:f", ab, 1, c=3) == \
        "f() got an unexpected keyword argument 'c'"
    assert raises(TypeError, both, kwmod, "O|O:f", ab, 1, a=3) == \
        "f() got multiple values for argument 'a'"
    assert raises(TypeError, both, kwmod, "O|O", ("", "b"), 1, a=3) == \
        "function got an unexpected keyword argument 'a'"
    assert raises(TypeError, both, kwmod, "O|O:f", ab, 1, 2, 3) == \
        "f() mismatched args (too many arguments for fmt)"
    # a missing required argument is reported first
    assert raises(TypeError, both, kwmod, "OO:f", ab, 1, c=3) == \
        "f() no value for required argument"


def test_keyword_names_are_compared_by_code_point(kwmod):
    # kwnames are matched without borrowing their UTF-8: by length, first
    # code point, then the rest one code point at a time
    kwlist = ("ab", "a\u00e9", "abc")
    assert both(kwmod, "|OOO", kwlist, **{"a\u00e9": 1, "ab": 2}) == (2, 1, E)
    assert both(kwmod, "|OOO", kwlist, abc=3) == (E, E, 3)

    class S(str):
        pass
    assert both(kwmod, "|OOO", kwlist, **{S("abc"): 4}) == (E, E, 4)

    class Lying(str):
        def __len__(self):
            return 0
    # lengths come from HPy_Length: a name whose __len__ lies is not
    # matched, and the call fails cleanly
    assert raises(TypeError, kwmod.kw, "|OOO", kwlist, **{Lying("abc"): 4}) == \
        "function mismatched keyword arguments"
    wide = ("b\u20acx", "\u65e5\u672c")
    assert both(kwmod, "|OO", wide, **{"\u65e5\u672c": 5, "b\u20acx": 6}) == (6, 5, E)
    for kwlist, name in [(kwlist, "abcd"), (kwlist, "a"), (kwlist, "ac"),
                         (wide, "b\u20acy"), (wide, "\u65e5")]:
        fmt = "|" + "O" * len(kwlist) + ":f"
        assert raises(TypeError, both, kwmod, fmt, kwlist, **{name: 0}) == \
            "f() got an unexpected keyword argument '%s'" % name


def test_dict_variant_specifics(kwmod):
    ab = ("a", "b")
    assert kwmod.kwdict("O|O", ab, (1,), None) == (1, E, E)
    assert kwmod.kwdict("O|O", ab, (), {"a": 1, "b": 2}) == (1, 2, E)
    assert raises(TypeError, kwmod.kwdict, "O|O", ab, (1,), {5: 1}) == \
        "function keywords must be strings"
    # a lookup error other than KeyError is not swallowed
    assert raises(TypeError, kwmod.kwdict, "O|O", ab, (), [1]) != ""
    assert kwmod.dict_str({"s": "hello €"}) == "hello €"
    assert raises(TypeError, kwmod.dict_str, {"s": 1}) == \
        "function a str is required"


def test_keywords_without_tracker(kwmod):
    assert kwmod.no_tracker(1) == 10
    assert kwmod.no_tracker(1, b=2) == 12
    assert kwmod.no_tracker(b=2, a=3) == 32
    assert raises(SystemError, kwmod.no_tracker, None, 1, 2) == (
        "function HPyArg_ParseKeywords cannot use the format character 'O' "
        "unless an HPyTracker is provided. Please supply an HPyTracker.")


def test_keywords_malformed_formats(kwmod):
    for fmt, kwlist in [("Z", ("a",)), ("OZ", ("a", "b")), ("O#", ("a",)),
                        ("O&", ("a", "b")), ("O(", ("a",))]:
        assert "unknown arg format code" in \
            raises(SystemError, kwmod.kw_no_outputs, fmt, kwlist, 1)
    assert raises(SystemError, kwmod.kw_no_outputs, "Z", ("", "a", ""), 1) \
        == "function empty keyword parameter name"
