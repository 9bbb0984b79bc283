"""HPy_BuildValue (C helper: python/hpy/devel/src/runtime/buildvalue.c)."""

import pytest

# module with f(i) that runs case number i; each case is a C statement
# that returns (the test below adds them with `make_cases`).
CASES_TEMPLATE = """
    #include <limits.h>

    HPyDef_METH(f, "f", HPyFunc_O)
    static HPy f_impl(HPyContext *ctx, HPy self, HPy arg)
    {{
        switch (HPyLong_AsLong(ctx, arg)) {{
        {cases}
        }}
        HPyErr_SetString(ctx, ctx->h_ValueError, "no such case");
        return HPy_NULL;
    }}

    @EXPORT(f)
    @INIT
"""


def make_cases(compiler, codes):
    cases = "\n".join("case %d: %s" % (i, code) for i, code in enumerate(codes))
    return compiler.make_module(CASES_TEMPLATE.format(cases=cases))


VALID = [
    ('return HPy_BuildValue(ctx, "");', None),
    ('return HPy_BuildValue(ctx, "   ");', None),
    ('return HPy_BuildValue(ctx, "i", 42);', 42),
    ('return HPy_BuildValue(ctx, "i", -1);', -1),
    ('return HPy_BuildValue(ctx, "I", 33u);', 33),
    ('return HPy_BuildValue(ctx, "k", 1ul);', 1),
    ('return HPy_BuildValue(ctx, "K", 6543ull);', 6543),
    ('return HPy_BuildValue(ctx, "n", (HPy_ssize_t)9876);', 9876),
    ('return HPy_BuildValue(ctx, "l", -876L);', -876),
    ('return HPy_BuildValue(ctx, "L", -344LL);', -344),
    ('return HPy_BuildValue(ctx, "f", 0.25f);', 0.25),
    ('return HPy_BuildValue(ctx, "d", 0.25);', 0.25),
    ('return HPy_BuildValue(ctx, "s", "test string");', "test string"),
    ('return HPy_BuildValue(ctx, "s", "\\xe2\\x82\\xac");', "€"),
    ('return HPy_BuildValue(ctx, "s", (const char *)NULL);', None),
    ('return HPy_BuildValue(ctx, "ii", -1, 1);', (-1, 1)),
    ('return HPy_BuildValue(ctx, "i, i", -1, 1);', (-1, 1)),
    ('return HPy_BuildValue(ctx, " i ,\\t i ", -1, 1);', (-1, 1)),
    ('return HPy_BuildValue(ctx, "()");', ()),
    ('return HPy_BuildValue(ctx, "(i)", -1);', (-1,)),
    ('return HPy_BuildValue(ctx, "(i,i)", -1, 1);', (-1, 1)),
    ('return HPy_BuildValue(ctx, "(i, i)", -1, 1);', (-1, 1)),
    ('return HPy_BuildValue(ctx, "(i,,i,)", -1, 1);', (-1, 1)),
    ('return HPy_BuildValue(ctx, "[]");', []),
    ('return HPy_BuildValue(ctx, "[ii]", 4, 2);', [4, 2]),
    ('return HPy_BuildValue(ctx, "[i, s]", 4, "2");', [4, "2"]),
    ('return HPy_BuildValue(ctx, "{}");', {}),
    ('return HPy_BuildValue(ctx, "{s:i, s:f}", "A", 4, "B", 0.25);',
     {"A": 4, "B": 0.25}),
    ('return HPy_BuildValue(ctx, "{ s : i , }", "A", 4);', {"A": 4}),
    ('return HPy_BuildValue(ctx, "{(ii):[i]}", 1, 2, 3);', {(1, 2): [3]}),
    ('return HPy_BuildValue(ctx, "[(is)((f)[kk])i]", 4, "str", 0.25, 4ul, '
     '2ul, 14267);', [(4, "str"), ((0.25,), [4, 2]), 14267]),
    ('return HPy_BuildValue(ctx, "[{s:(i,i), s:f},i]", "A", 4, 4, "B", '
     '0.25, 42);', [{"A": (4, 4), "B": 0.25}, 42]),
    ('return HPy_BuildValue(ctx, "({s:(i,i), s:f},[i])", "A", 4, 4, "B", '
     '0.25, 42);', ({"A": (4, 4), "B": 0.25}, [42])),
    ('return HPy_BuildValue(ctx, "((((((((i))))))))", 7);',
     ((((((((7,),),),),),),),)),
    ('return HPy_BuildValue(ctx, "(ii)", INT_MIN, INT_MAX);',
     (-2**31, 2**31 - 1)),
    ('return HPy_BuildValue(ctx, "(II)", 0u, UINT_MAX);', (0, 2**32 - 1)),
    ('return HPy_BuildValue(ctx, "(LL)", LLONG_MIN, LLONG_MAX);',
     (-2**63, 2**63 - 1)),
    ('return HPy_BuildValue(ctx, "(K)", ULLONG_MAX);', (2**64 - 1,)),
    ('return HPy_BuildValue(ctx, "(nn)", HPY_SSIZE_T_MIN, HPY_SSIZE_T_MAX);',
     (-2**63, 2**63 - 1)),
]


def test_valid_formats(compiler):
    mod = make_cases(compiler, [code for code, _ in VALID])
    for i, (code, expected) in enumerate(VALID):
        actual = mod.f(i)
        assert actual == expected, code
        assert type(actual) is type(expected), code


def test_limits(compiler):
    mod = make_cases(compiler, [
        'return HPy_BuildValue(ctx, "(ll)", LONG_MIN, LONG_MAX);',
        'return HPy_BuildValue(ctx, "(kk)", 0ul, ULONG_MAX);',
    ])
    import struct
    bits = 8 * struct.calcsize("l")
    assert mod.f(0) == (-2**(bits - 1), 2**(bits - 1) - 1)
    assert mod.f(1) == (0, 2**bits - 1)


N_MESSAGE = "HPy_BuildValue does not support the 'N' formatting unit."
SUFFIX = " in the format string passed to HPy_BuildValue"

BAD = [
    ('"(q)", 42', "bad format char 'q'" + SUFFIX),
    ('"(i", 42', "unmatched '('" + SUFFIX),
    ('"[i", 42', "unmatched '['" + SUFFIX),
    ('"([(i)k", 42', "unmatched '('" + SUFFIX),
    ('"(i]", 42', "unmatched '('" + SUFFIX),
    ('"[i)", 42', "unmatched '['" + SUFFIX),
    ('"[(i]]", 42', "unmatched '('" + SUFFIX),
    ('"i)", 42', "unmatched ')'" + SUFFIX),
    ('"}", 42', "unmatched '}'" + SUFFIX),
    ('"N", 42', N_MESSAGE),
    ('"(iN)", 42', N_MESSAGE),
    ('"{i:i", "foo", 42', "unmatched '{'" + SUFFIX),
    ('"{i:i]", "foo", 42', "unmatched '{'" + SUFFIX),
    ('"{i:i,,}", "foo", 42', "unexpected ','" + SUFFIX),
    ('"{,i:i}", "foo", 42', "unexpected ','" + SUFFIX),
    ('"{i:ii,}", "foo", 42, 42', "missing ','" + SUFFIX),
    ('"{i}", 42', "missing ':'" + SUFFIX),
    ('"{i i}", 42', "missing ':'" + SUFFIX),
    ('"{:i}", 42', "missing dict key before ':'" + SUFFIX),
    ('"{i:}", 42', "missing dict value after ':'" + SUFFIX),
    ('"{i::i}", 42', "missing dict value after ':'" + SUFFIX),
    ('"i:i", 42', "bad format char ':'" + SUFFIX),
    ('"z", 42', "bad format char 'z'" + SUFFIX),
    ('"s#", "x", 1', "bad format char '#'" + SUFFIX),
    ('"i\\x01", 42', "bad format char '\\x01'" + SUFFIX),
    ('"\\xc3\\xa9", 42', "bad format char '\\xc3'" + SUFFIX),
    # errors come from a check of the whole format, before any value
    ('"iiiq", 1, 2, 3', "bad format char 'q'" + SUFFIX),
]


def test_bad_formats(compiler):
    mod = make_cases(compiler, ["return HPy_BuildValue(ctx, %s);" % args
                                for args, _ in BAD])
    for i, (args, message) in enumerate(BAD):
        with pytest.raises(SystemError) as info:
            mod.f(i)
        assert str(info.value).startswith(message), args


RUNTIME_FORMAT = """
    /* the format must be malformed: no value is passed at all */
    HPyDef_METH(no_values, "no_values", HPyFunc_O)
    static HPy no_values_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        const char *fmt = HPyUnicode_AsUTF8AndSize(ctx, arg, NULL);
        if (fmt == NULL)
            return HPy_NULL;
        return HPy_BuildValue(ctx, fmt);
    }
    @EXPORT(no_values)
    @INIT
"""


def test_malformed_formats_read_no_value(compiler):
    mod = compiler.make_module(RUNTIME_FORMAT)
    for fmt in ["(i", "i)", "(O]", "[[[s", "{s:i", "{O}", "ON", "iiiiiiiiiiq",
                "(" * 150 + ")" * 149, "{" * 1000, "O\x7f"]:
        with pytest.raises(SystemError):
            mod.no_values(fmt)
    assert mod.no_values("") is None
    assert mod.no_values("()") == ()
    assert mod.no_values("[{}, ()]") == [{}, ()]


def test_too_deep_nesting(compiler):
    mod = compiler.make_module(RUNTIME_FORMAT)
    depth = 200
    assert mod.no_values("(" * depth + ")" * depth) is not None
    with pytest.raises(SystemError) as info:
        mod.no_values("(" * (depth + 1) + ")" * (depth + 1))
    assert str(info.value) == "too deep nesting" + SUFFIX


HANDLES_MODULE = """
    HPyDef_METH(fo, "fo", HPyFunc_O)
    static HPy fo_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPy_BuildValue(ctx, "O", arg);
    }

    HPyDef_METH(fs, "fs", HPyFunc_O)
    static HPy fs_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPy_BuildValue(ctx, "S", arg);
    }

    /* The handles passed to HPy_BuildValue stay the caller's. */
    HPyDef_METH(new_objects, "new_objects", HPyFunc_O)
    static HPy new_objects_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy o1 = HPyLong_FromLong(ctx, 1);
        HPy o2 = HPyLong_FromLong(ctx, 2);
        HPy result;
        switch (HPyLong_AsLong(ctx, arg)) {
        case 0: result = HPy_BuildValue(ctx, "O", o1); break;
        case 1: result = HPy_BuildValue(ctx, "(dO)", 0.25, o1); break;
        case 2: result = HPy_BuildValue(ctx, "[OO]", o1, o2); break;
        default: result = HPy_BuildValue(ctx, "{O:O}", o1, o2); break;
        }
        HPy_Close(ctx, o1);
        HPy_Close(ctx, o2);
        return result;
    }

    HPyDef_METH(null_obj, "null_obj", HPyFunc_O)
    static HPy null_obj_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        long mode = HPyLong_AsLong(ctx, arg);
        if (mode >= 10) {
            HPyErr_SetString(ctx, ctx->h_ValueError, "error of the caller");
            mode -= 10;
        }
        switch (mode) {
        case 0: return HPy_BuildValue(ctx, "O", HPy_NULL);
        case 1: return HPy_BuildValue(ctx, "(iO)", 42, HPy_NULL);
        case 2: return HPy_BuildValue(ctx, "[iS]", 42, HPy_NULL);
        default: return HPy_BuildValue(ctx, "{s:O}", "k", HPy_NULL);
        }
    }

    @EXPORT(fo)
    @EXPORT(fs)
    @EXPORT(new_objects)
    @EXPORT(null_obj)
    @INIT
"""


def test_handles(compiler):
    mod = compiler.make_module(HANDLES_MODULE)
    obj = object()
    assert mod.fo(obj) is obj
    assert mod.fs(obj) is obj
    assert mod.new_objects(0) == 1
    assert mod.new_objects(1) == (0.25, 1)
    assert mod.new_objects(2) == [1, 2]
    assert mod.new_objects(3) == {1: 2}


def test_null_handle(compiler):
    mod = compiler.make_module(HANDLES_MODULE)
    for mode in range(4):
        with pytest.raises(SystemError) as info:
            mod.null_obj(mode)
        assert str(info.value) == "HPy_NULL object passed to HPy_BuildValue"
        # an error that is already set is the one reported
        with pytest.raises(ValueError) as info:
            mod.null_obj(10 + mode)
        assert str(info.value) == "error of the caller"


def test_errors_while_building(compiler):
    mod = make_cases(compiler, [
        # unhashable key
        'return HPy_BuildValue(ctx, "{[i]:i}", 1, 2);',
        # invalid UTF-8
        'return HPy_BuildValue(ctx, "(is)", 1, "\\xff");',
    ])
    with pytest.raises(TypeError):
        mod.f(0)
    with pytest.raises(UnicodeDecodeError):
        mod.f(1)
