"""Randomized tests of the format-string helpers: HPyArg_Parse and its
keyword variants, HPy_BuildValue and HPyUnicode_FromFormat get random and
malformed format strings and random Python values.

Each target runs in a subprocess for HPY_FUZZ_SECONDS (default 1.5), so a
crash fails the test with the case that caused it instead of killing
pytest.  HPY_FUZZ_SEED makes a run reproducible (the seed of every run is
in the failure message).

Besides "no crash", the runs check:
- HPyArg_Parse*: a malformed format (or keyword list) raises SystemError,
  and only then; the other errors are the expected kinds;
- HPy_BuildValue: the result equals that of a small Python model of the
  format language (`ref_build`), errors included;
- HPyUnicode_FromFormat: the result is a str or an expected error.

The C side passes values of mixed C types through one list of word-sized
arguments, which relies on the x86-64 and AArch64 calling conventions of
Linux: the test is skipped elsewhere.
"""

import ctypes
import os
import platform
import random
import sys
import tempfile
import time

import pytest

FUZZ_SECONDS = float(os.environ.get("HPY_FUZZ_SECONDS", "1.5"))
NSLOTS = 48     # word-sized variadic arguments the C side passes
NDOUBLES = 8    # double arguments (all in registers on both ABIs)

pytestmark = pytest.mark.skipif(
    not (sys.platform.startswith("linux")
         and platform.machine() in ("x86_64", "aarch64")),
    reason="the fuzz module's variadic calls assume Linux x86-64/AArch64")


def _c_list(fmt, n):
    return ", ".join(fmt % i for i in range(n))


FUZZ_MODULE = """
    #include <stdint.h>

    #define NSLOTS %(nslots)d
    #define NDOUBLES %(ndoubles)d
    #define OUTS %(outs)s
    #define SLOTS %(slots)s
    #define DOUBLES %(doubles)s

    /* Big and aligned enough for any output of HPyArg_Parse. */
    typedef union {
        long long L;
        double d;
        void *p;
        HPy o;
    } Out;

    static const char *utf8(HPyContext *ctx, HPy h)
    {
        return HPyUnicode_AsUTF8AndSize(ctx, h, NULL);
    }

    /* Handles taken from a sequence, closed together. */
    typedef struct {
        HPy h[64];
        HPy_ssize_t n;
    } Items;

    static int items_from(HPyContext *ctx, HPy seq, Items *it)
    {
        HPy_ssize_t n = HPy_Length(ctx, seq);
        it->n = 0;
        if (n < 0)
            return 0;
        if (n > 64) {
            HPyErr_SetString(ctx, ctx->h_ValueError, "too many items");
            return 0;
        }
        for (; it->n < n; it->n++) {
            it->h[it->n] = HPy_GetItem_i(ctx, seq, it->n);
            if (HPy_IsNull(it->h[it->n]))
                return 0;
        }
        return 1;
    }

    static void items_close(HPyContext *ctx, Items *it)
    {
        while (it->n > 0)
            HPy_Close(ctx, it->h[--it->n]);
    }

    /* keywords from a tuple of str, NULL-terminated */
    static const char **kwlist_from(HPyContext *ctx, Items *names)
    {
        static const char *kwlist[65];
        HPy_ssize_t i;
        for (i = 0; i < names->n; i++) {
            kwlist[i] = utf8(ctx, names->h[i]);
            if (kwlist[i] == NULL)
                return NULL;
        }
        kwlist[i] = NULL;
        return kwlist;
    }

    static HPy finish(HPyContext *ctx, int ok, HPyTracker *ht)
    {
        if (!ok)
            return HPy_NULL;
        HPyTracker_Close(ctx, *ht);
        return HPy_Dup(ctx, ctx->h_None);
    }

    /* parse(fmt, args) */
    HPyDef_METH(parse, "parse", HPyFunc_VARARGS)
    static HPy parse_impl(HPyContext *ctx, HPy self, const HPy *args,
                          size_t nargs)
    {
        Out out[NSLOTS];
        Items pos = { .n = 0 };
        HPyTracker ht;
        const char *fmt = utf8(ctx, args[0]);
        int ok = fmt != NULL && items_from(ctx, args[1], &pos);
        if (ok)
            ok = HPyArg_Parse(ctx, &ht, pos.h, (size_t)pos.n, fmt, OUTS);
        items_close(ctx, &pos);
        return finish(ctx, ok, &ht);
    }

    /* parse_kw(fmt, kwlist, *args, **kwargs) */
    HPyDef_METH(parse_kw, "parse_kw", HPyFunc_KEYWORDS)
    static HPy parse_kw_impl(HPyContext *ctx, HPy self, const HPy *args,
                             size_t nargs, HPy kwnames)
    {
        Out out[NSLOTS];
        Items names = { .n = 0 };
        HPyTracker ht;
        const char **kwlist = NULL;
        const char *fmt = utf8(ctx, args[0]);
        int ok = fmt != NULL && items_from(ctx, args[1], &names);
        if (ok)
            ok = (kwlist = kwlist_from(ctx, &names)) != NULL;
        if (ok)
            ok = HPyArg_ParseKeywords(ctx, &ht, args + 2, nargs - 2, kwnames,
                                      fmt, kwlist, OUTS);
        items_close(ctx, &names);
        return finish(ctx, ok, &ht);
    }

    /* parse_dict(fmt, kwlist, args, kwargs_or_None) */
    HPyDef_METH(parse_dict, "parse_dict", HPyFunc_VARARGS)
    static HPy parse_dict_impl(HPyContext *ctx, HPy self, const HPy *args,
                               size_t nargs)
    {
        Out out[NSLOTS];
        Items names = { .n = 0 }, pos = { .n = 0 };
        HPyTracker ht;
        const char **kwlist = NULL;
        const char *fmt = utf8(ctx, args[0]);
        HPy kw = HPy_Is(ctx, args[3], ctx->h_None) ? HPy_NULL : args[3];
        int ok;
        ok = fmt != NULL && items_from(ctx, args[1], &names);
        if (ok)
            ok = (kwlist = kwlist_from(ctx, &names)) != NULL;
        if (ok)
            ok = items_from(ctx, args[2], &pos);
        if (ok)
            ok = HPyArg_ParseKeywordsDict(ctx, &ht, pos.h, pos.n, kw, fmt,
                                          kwlist, OUTS);
        items_close(ctx, &names);
        items_close(ctx, &pos);
        return finish(ctx, ok, &ht);
    }

    /* Turn (kinds, values) into word-sized slots and doubles:
     *   i: an int (its low 64 bits)   D: a double
     *   s: a str or bytes as char *   z: a NULL char *
     *   h: the value as a handle      0: HPy_NULL */
    static int fill(HPyContext *ctx, HPy h_kinds, Items *vals,
                    intptr_t *slots, double *dbl)
    {
        const char *kinds = utf8(ctx, h_kinds);
        int ns = 0, nd = 0;
        HPy_ssize_t j;
        if (kinds == NULL)
            return 0;
        for (j = 0; kinds[j] && j < vals->n; j++) {
            HPy v = vals->h[j];
            const char *s;
            switch (kinds[j]) {
            case 'i':
                slots[ns++] = (intptr_t)HPyLong_AsUnsignedLongLongMask(ctx, v);
                break;
            case 'D':
                dbl[nd++] = HPyFloat_AsDouble(ctx, v);
                break;
            case 's':
                s = HPyBytes_Check(ctx, v) ? HPyBytes_AsString(ctx, v)
                                           : utf8(ctx, v);
                slots[ns++] = (intptr_t)s;
                break;
            case 'h':
                slots[ns++] = (intptr_t)HPy_AsVoidP(v);
                break;
            default:    /* z and 0 */
                slots[ns++] = 0;
                break;
            }
            if (HPyErr_Occurred(ctx))
                return 0;
            if (ns > NSLOTS || nd > NDOUBLES) {
                HPyErr_SetString(ctx, ctx->h_ValueError, "too many values");
                return 0;
            }
        }
        return 1;
    }

    /* build(fmt, kinds, values) */
    HPyDef_METH(build, "build", HPyFunc_VARARGS)
    static HPy build_impl(HPyContext *ctx, HPy self, const HPy *args,
                          size_t nargs)
    {
        intptr_t slots[NSLOTS] = {0};
        double dbl[NDOUBLES] = {0};
        Items vals = { .n = 0 };
        HPy result = HPy_NULL;
        const char *fmt = utf8(ctx, args[0]);
        if (fmt != NULL && items_from(ctx, args[2], &vals)) {
            if (fill(ctx, args[1], &vals, slots, dbl))
                result = HPy_BuildValue(ctx, fmt, DOUBLES, SLOTS);
        }
        items_close(ctx, &vals);
        return result;
    }

    /* format(fmt, kinds, values) */
    HPyDef_METH(format, "format", HPyFunc_VARARGS)
    static HPy format_impl(HPyContext *ctx, HPy self, const HPy *args,
                           size_t nargs)
    {
        intptr_t slots[NSLOTS] = {0};
        double dbl[NDOUBLES] = {0};
        Items vals = { .n = 0 };
        HPy result = HPy_NULL;
        const char *fmt = utf8(ctx, args[0]);
        if (fmt != NULL && items_from(ctx, args[2], &vals)) {
            if (fill(ctx, args[1], &vals, slots, dbl))
                result = HPyUnicode_FromFormat(ctx, fmt, SLOTS);
        }
        items_close(ctx, &vals);
        return result;
    }

    @EXPORT(parse)
    @EXPORT(parse_kw)
    @EXPORT(parse_dict)
    @EXPORT(build)
    @EXPORT(format)
    @INIT
""" % {
    "nslots": NSLOTS, "ndoubles": NDOUBLES,
    "outs": _c_list("&out[%d]", NSLOTS),
    "slots": _c_list("slots[%d]", NSLOTS),
    "doubles": _c_list("dbl[%d]", NDOUBLES),
}


# ---- random values --------------------------------------------------------

class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bool")


class BadIndex:
    def __index__(self):
        raise ZeroDivisionError("index")

    def __float__(self):
        raise ZeroDivisionError("float")


class BadStr:
    def __str__(self):
        raise ZeroDivisionError("str")

    def __repr__(self):
        raise KeyError("repr")


class Weird:
    def __repr__(self):
        return "Weird\u20ac\U0001f600"


INT_EDGES = [0, 1, -1, 127, 128, 255, 256, 2**15, 2**16, 2**31 - 1, 2**31,
             2**32, 2**63 - 1, 2**63, 2**64, -2**63, -2**63 - 1, 2**100]


def random_int(rnd):
    if rnd.random() < 0.5:
        return rnd.choice(INT_EDGES) * rnd.choice([1, -1])
    return rnd.getrandbits(rnd.choice([4, 8, 16, 32, 64, 70])) * rnd.choice([1, -1])


def random_object(rnd):
    return rnd.choice([
        lambda: random_int(rnd), lambda: rnd.uniform(-1e10, 1e10),
        lambda: float("inf"), lambda: "", lambda: "abc", lambda: "a\0b",
        lambda: "\ud800", lambda: "\u20ac\xe9", lambda: b"bytes", lambda: None,
        lambda: True, lambda: [], lambda: [0], lambda: (1, 2), lambda: {},
        lambda: object(), BadBool, BadIndex, BadStr, Weird,
    ])()


def random_c_string(rnd):
    """A value for a char * argument: str, bytes (maybe invalid UTF-8)."""
    return rnd.choice([
        "", "abc", "\u20ac\u00e9\U0001f600", "x" * rnd.randrange(300),
        b"\xff\xfe", b"a\xe2\x82", b"\xed\xa0\x80", bytes(rnd.randrange(1, 256)
                                                          for _ in range(5)),
    ])


# ---- HPyArg_Parse* --------------------------------------------------------

PARSE_UNITS = "bBhHiIlkLKnfdOps"
PARSE_NOISE = "|$:;Z#&()* \x01\u00e9N"
KW_NAMES = ["a", "b", "c", "d", "e", ""]


def random_parse_format(rnd):
    n = rnd.randrange(0, 10)
    chars = [rnd.choice(PARSE_UNITS) if rnd.random() < 0.8 else
             rnd.choice(PARSE_NOISE) for _ in range(n)]
    return "".join(chars)


def units_part(fmt):
    for i, c in enumerate(fmt):
        if c in ":;":
            return fmt[:i]
    return fmt


def count_units(fmt):
    return sum(c in PARSE_UNITS for c in units_part(fmt))


def parse_format_is_malformed(fmt, keywords):
    allowed = PARSE_UNITS + ("|$" if keywords else "|")
    return any(c not in allowed for c in units_part(fmt))


def kwlist_is_malformed(kwlist):
    seen_name = False
    for name in kwlist:
        if name:
            seen_name = True
        elif seen_name:
            return True
    return False


PARSE_ERRORS = (TypeError, ValueError, OverflowError, SystemError,
                UnicodeEncodeError, ZeroDivisionError)


def check_parse_outcome(call, malformed):
    try:
        call()
    except SystemError:
        assert malformed, "SystemError for a well-formed format"
        return
    except PARSE_ERRORS:
        pass
    assert not malformed, "no SystemError for a malformed format"


def fuzz_parse(mod, rnd, record):
    fmt = random_parse_format(rnd)
    args = [random_object(rnd) for _ in range(rnd.randrange(0, 8))]
    record(("parse", fmt, args))
    check_parse_outcome(lambda: mod.parse(fmt, args),
                        parse_format_is_malformed(fmt, False))


def random_kw_call(rnd):
    fmt = random_parse_format(rnd)
    n = count_units(fmt) + rnd.choice([0, 0, 0, -1, 1])
    kwlist = [rnd.choice(KW_NAMES) for _ in range(max(n, 0))]
    if rnd.random() < 0.7:
        kwlist.sort(key=bool)   # positional-only ones first
    args = [random_object(rnd) for _ in range(rnd.randrange(0, 5))]
    kwargs = {rnd.choice(KW_NAMES[:-1] + ["zz"]): random_object(rnd)
              for _ in range(rnd.randrange(0, 4))}
    return fmt, kwlist, args, kwargs


def fuzz_parse_kw(mod, rnd, record):
    fmt, kwlist, args, kwargs = random_kw_call(rnd)
    record(("parse_kw", fmt, kwlist, args, kwargs))
    malformed = (parse_format_is_malformed(fmt, True) or
                 kwlist_is_malformed(kwlist))
    check_parse_outcome(lambda: mod.parse_kw(fmt, kwlist, *args, **kwargs),
                        malformed)


def fuzz_parse_dict(mod, rnd, record):
    fmt, kwlist, args, kwargs = random_kw_call(rnd)
    if rnd.random() < 0.1:
        kwargs[rnd.choice([1, None, ("a",)])] = 0
    kw = kwargs if kwargs or rnd.random() < 0.5 else None
    record(("parse_dict", fmt, kwlist, args, kw))
    malformed = (parse_format_is_malformed(fmt, True) or
                 kwlist_is_malformed(kwlist))
    check_parse_outcome(lambda: mod.parse_dict(fmt, kwlist, args, kw),
                        malformed)


# ---- HPy_BuildValue -------------------------------------------------------

BUILD_UNITS = "iIkKlLnfdsOS"
C_TYPES = {"i": ctypes.c_int, "I": ctypes.c_uint, "k": ctypes.c_ulong,
           "l": ctypes.c_long, "L": ctypes.c_longlong,
           "K": ctypes.c_ulonglong, "n": ctypes.c_ssize_t}
NULL_HANDLE = object()      # stands for HPy_NULL among the values
BAD_UTF8 = object()         # stands for a char * that is not UTF-8


def random_build_item(rnd, depth):
    r = rnd.random()
    if depth < 4 and r < 0.15:
        return "(" + random_build_seq(rnd, depth + 1) + ")"
    if depth < 4 and r < 0.25:
        return "[" + random_build_seq(rnd, depth + 1) + "]"
    if depth < 4 and r < 0.35:
        pairs = [random_build_item(rnd, depth + 1) + rnd.choice([":", " : "]) +
                 random_build_item(rnd, depth + 1)
                 for _ in range(rnd.randrange(0, 3))]
        return "{" + rnd.choice([",", ", "]).join(pairs) + "}"
    return rnd.choice(BUILD_UNITS)


def random_build_seq(rnd, depth):
    return rnd.choice(["", ",", " "]).join(
        random_build_item(rnd, depth) for _ in range(rnd.randrange(0, 4)))


def mutate(rnd, fmt, noise):
    chars = list(fmt)
    for _ in range(rnd.randrange(1, 3)):
        pos = rnd.randrange(len(chars) + 1)
        op = rnd.randrange(3)
        if op == 0 or not chars:
            chars.insert(pos, rnd.choice(noise))
        elif op == 1:
            del chars[min(pos, len(chars) - 1)]
        else:
            chars[min(pos, len(chars) - 1)] = rnd.choice(noise)
    return "".join(chars)


def random_build_format(rnd):
    fmt = random_build_seq(rnd, 0)
    if rnd.random() < 0.4:
        fmt = mutate(rnd, fmt, BUILD_UNITS + "()[]{}:, \tNqz#\x01\u00e9")
    if rnd.random() < 0.02:
        fmt = "(" * rnd.randrange(190, 210) + "i" + ")" * rnd.randrange(190, 210)
    # at most NDOUBLES doubles and NSLOTS words
    out, nd, nw = [], 0, 0
    for c in fmt:
        if c in "fd":
            nd += 1
            if nd > NDOUBLES:
                c = "i"
        if c in BUILD_UNITS and c not in "fd":
            nw += 1
            if nw > NSLOTS:
                break
        out.append(c)
    return "".join(out)


def random_build_values(rnd, fmt):
    """(kinds, C-side values, Python-side values) for the units of fmt."""
    kinds, values, expected = [], [], []
    for c in fmt:
        if c in C_TYPES:
            v = random_int(rnd)
            kinds.append("i")
            values.append(v)
            expected.append(C_TYPES[c](v & (2**64 - 1)).value)
        elif c in "fd":
            v = rnd.choice([0.0, -1.5, 1e300, float("inf"), rnd.random()])
            kinds.append("D")
            values.append(v)
            expected.append(v)
        elif c == "s":
            if rnd.random() < 0.1:
                kinds.append("z")
                values.append(None)
                expected.append(None)
            else:
                v = random_c_string(rnd)
                kinds.append("s")
                values.append(v)
                if isinstance(v, bytes):
                    try:
                        v = v.decode("utf-8")
                    except UnicodeDecodeError:
                        v = BAD_UTF8
                expected.append(v)
        elif c in "OS":
            if rnd.random() < 0.05:
                kinds.append("0")
                values.append(None)
                expected.append(NULL_HANDLE)
            else:
                v = random_object(rnd)
                kinds.append("h")
                values.append(v)
                expected.append(v)
    return "".join(kinds), values, expected


class RefError(Exception):
    def __init__(self, exc):
        self.exc = exc


def _at(f, i):
    return f[i] if i < len(f) else "\0"


def _skip(f, i, chars):
    while _at(f, i) in chars and _at(f, i) != "\0":
        i += 1
    return i


def _check_seq(f, i, close, depth):
    while True:
        i = _skip(f, i, " \t,")
        c = _at(f, i)
        if c == close:
            return i + (close != "\0")
        if c == "\0" or c in ")]}":
            raise RefError(SystemError)
        i = _check_item(f, i, depth)


def _check_item(f, i, depth):
    c = _at(f, i)
    if c in "([{" and c != "\0":
        if depth >= 200:
            raise RefError(SystemError)
        if c == "{":
            return _check_dict(f, i + 1, depth + 1)
        return _check_seq(f, i + 1, ")" if c == "(" else "]", depth + 1)
    if c in BUILD_UNITS and c != "\0":
        return i + 1
    raise RefError(SystemError)


def _check_dict_part(f, i, depth):
    i = _skip(f, i, " \t")
    if _at(f, i) in "\0)]},:":
        raise RefError(SystemError)
    return _check_item(f, i, depth)


def _check_dict(f, i, depth):
    need_comma = False
    while True:
        i = _skip(f, i, " \t")
        c = _at(f, i)
        if c == "}":
            return i + 1
        if c in "\0)]":
            raise RefError(SystemError)
        if c == ",":
            if not need_comma:
                raise RefError(SystemError)
            i += 1
            need_comma = False
            continue
        if need_comma:
            raise RefError(SystemError)
        i = _check_dict_part(f, i, depth)
        i = _skip(f, i, " \t")
        if _at(f, i) != ":":
            raise RefError(SystemError)
        i = _check_dict_part(f, i + 1, depth)
        need_comma = True


def _build_value(value):
    if value is NULL_HANDLE:
        raise RefError(SystemError)
    if value is BAD_UTF8:
        raise RefError(UnicodeDecodeError)
    return value


def _build_seq(f, i, close, values):
    items = []
    while True:
        i = _skip(f, i, " \t,")
        if _at(f, i) == close:
            return items, i + 1
        item, i = _build_item(f, i, values)
        items.append(item)


def _build_item(f, i, values):
    c = f[i]
    if c == "(":
        items, i = _build_seq(f, i + 1, ")", values)
        return tuple(items), i
    if c == "[":
        return _build_seq(f, i + 1, "]", values)
    if c == "{":
        d = {}
        i += 1
        while True:
            i = _skip(f, i, " \t,")
            if f[i] == "}":
                return d, i + 1
            key, i = _build_item(f, i, values)
            i = _skip(f, i, " \t") + 1
            value, i = _build_item(f, _skip(f, i, " \t"), values)
            try:
                d[key] = value
            except TypeError:
                raise RefError(TypeError)
    return _build_value(next(values)), i + 1


def ref_build(fmt, expected_values):
    """What HPy_BuildValue(fmt, ...) gives: ("ok", value) or ("err", type)."""
    f = fmt.encode("utf-8").decode("latin-1")   # the C side sees bytes
    try:
        _check_seq(f, 0, "\0", 0)
        items, _ = _build_seq(f, 0, "\0", iter(expected_values))
    except RefError as e:
        return "err", e.exc
    if not items:
        return "ok", None
    return "ok", items[0] if len(items) == 1 else tuple(items)


def same(a, b):
    """Structural equality that never calls __eq__ or __repr__ of the
    random objects (some raise): containers by item, the rest by identity
    or, for ints, floats and strs, by value."""
    if type(a) is not type(b):
        return False
    if type(a) in (tuple, list):
        return len(a) == len(b) and all(map(same, a, b))
    if type(a) is dict:
        return len(a) == len(b) and all(
            same(ka, kb) and same(va, vb)
            for (ka, va), (kb, vb) in zip(a.items(), b.items()))
    if type(a) in (int, float, str, bool):
        return a == b
    return a is b


def fuzz_build(mod, rnd, record):
    fmt = random_build_format(rnd)
    kinds, values, expected = random_build_values(rnd, fmt)
    record(("build", fmt, kinds, values))
    want = ref_build(fmt, expected)
    try:
        got = "ok", mod.build(fmt, kinds, values)
    except (SystemError, TypeError, UnicodeDecodeError) as e:
        got = "err", type(e)
    if want[0] == "ok" and got[0] == "ok":
        assert same(got[1], want[1]), "results differ"
    else:
        assert got == want, (got, want)


# ---- HPyUnicode_FromFormat ------------------------------------------------

FORMAT_CONVS = "cdiuxpsUVSRA"


def random_spec(rnd):
    spec = "%"
    if rnd.random() < 0.2:
        spec += "0"
    if rnd.random() < 0.3:
        spec += str(rnd.choice([0, 1, 3, 12, 2**62, 2**63 + 5]))
    if rnd.random() < 0.3:
        spec += "." + rnd.choice(["", "0", "2", "7", str(2**62), str(2**64)])
    spec += rnd.choice(["", "", "", "l", "ll", "z", "q"])
    spec += rnd.choice(FORMAT_CONVS + "%") if rnd.random() < 0.9 else \
        rnd.choice("y?-#l\u00e9 ")
    return spec


def random_format_format(rnd):
    parts = [random_spec(rnd) if rnd.random() < 0.6 else
             rnd.choice(["abc", " ", "%%", "x" * 300, "\u00e9"])
             for _ in range(rnd.randrange(0, 6))]
    fmt = "".join(parts)
    if rnd.random() < 0.2:
        fmt = mutate(rnd, fmt, "%0123456789.lzcdiuxpsUVSRAy")
    return fmt


def format_kinds(fmt):
    """The conversions of fmt in the order the C side reads their
    arguments, up to the first invalid one (which stops it)."""
    f = fmt.encode("utf-8").decode("latin-1")
    convs, i = [], 0
    digits = "0123456789"
    while i < len(f):
        if f[i] != "%":
            i += 1
            continue
        if _at(f, i + 1) == "%":
            i += 2
            continue
        i += 1
        if _at(f, i) == "0":
            i += 1
        while _at(f, i) in digits and _at(f, i) != "\0":
            i += 1
        if _at(f, i) == ".":
            i += 1
            while _at(f, i) in digits and _at(f, i) != "\0":
                i += 1
        if _at(f, i) == "l" and _at(f, i + 1) in "diu" and _at(f, i + 1) != "\0":
            i += 1
        elif (_at(f, i) == "l" and _at(f, i + 1) == "l" and
              _at(f, i + 2) in "diu" and _at(f, i + 2) != "\0"):
            i += 2
        elif _at(f, i) == "z" and _at(f, i + 1) in "diu" and _at(f, i + 1) != "\0":
            i += 1
        c = _at(f, i)
        if c == "\0" or c not in FORMAT_CONVS:
            break
        convs.append(c)
        i += 1
    return convs


def random_format_values(rnd, convs):
    kinds, values = [], []

    def add(kind, value):
        kinds.append(kind)
        values.append(value)

    def handle(make):
        if rnd.random() < 0.05:
            add("0", None)
        else:
            add("h", make())

    def c_string():
        if rnd.random() < 0.05:
            add("z", None)
        else:
            add("s", random_c_string(rnd))

    for c in convs:
        if c == "c":
            add("i", rnd.choice([0, 65, 0xe9, 0x20ac, 0xd800, 0x1f600,
                                 0x10ffff, 0x110000, -1, rnd.randrange(0x110000)]))
        elif c in "diuxp":
            add("i", random_int(rnd))
        elif c == "s":
            c_string()
        elif c == "U":
            handle(lambda: rnd.choice(["", "abc", "\u20ac\U0001f600", "\ud800",
                                       42]))
        elif c == "V":
            handle(lambda: rnd.choice(["abc", "\u20ac", 42]))
            c_string()
        else:
            handle(lambda: random_object(rnd))
    return "".join(kinds), values


FORMAT_ERRORS = (SystemError, ValueError, OverflowError, MemoryError,
                 UnicodeEncodeError, ZeroDivisionError, KeyError)


def fuzz_format(mod, rnd, record):
    fmt = random_format_format(rnd)
    convs = format_kinds(fmt)
    kinds, values = random_format_values(rnd, convs)
    if len(kinds) > NSLOTS:
        return
    record(("format", fmt, kinds, values))
    try:
        result = mod.format(fmt, kinds, values)
    except FORMAT_ERRORS:
        return
    assert type(result) is str
    if "%" not in fmt and all(ord(ch) < 128 for ch in fmt):
        assert result == fmt


TARGETS = {
    "parse": fuzz_parse,
    "parse_kw": fuzz_parse_kw,
    "parse_dict": fuzz_parse_dict,
    "build": fuzz_build,
    "format": fuzz_format,
}


# ---- the subprocess side ------------------------------------------------------

def describe(x):
    """repr() that survives objects whose __repr__ raises."""
    if type(x) in (tuple, list):
        inner = ", ".join(map(describe, x))
        return "(%s,)" % inner if type(x) is tuple else "[%s]" % inner
    if type(x) is dict:
        return "{%s}" % ", ".join("%s: %s" % (describe(k), describe(v))
                                  for k, v in x.items())
    try:
        return repr(x)
    except Exception:
        return "<%s>" % type(x).__name__


# A format like "%4611686018S" legitimately asks for gigabytes of padding.
# Capping the child's data segment turns that into the MemoryError path the
# helpers must handle, instead of the kernel killing the process.
CHILD_DATA_LIMIT = 2 << 30


def run_fuzz(mod, target, seed, seconds, case_file, check_leaks=False):
    """Run `target` until `seconds` have passed; the case about to run is
    kept in `case_file`, so that the parent can report it after a crash.
    With `check_leaks` (debug mode), a handle left open fails the run."""
    import resource
    resource.setrlimit(resource.RLIMIT_DATA, (CHILD_DATA_LIMIT, CHILD_DATA_LIMIT))
    if check_leaks:
        from hpy.debug import LeakDetector
        with LeakDetector():
            _run_fuzz(mod, target, seed, seconds, case_file)
    else:
        _run_fuzz(mod, target, seed, seconds, case_file)


def _run_fuzz(mod, target, seed, seconds, case_file):
    rnd = random.Random(seed)
    fd = os.open(case_file, os.O_WRONLY)

    def record(case):
        data = describe(case).encode("utf-8", "backslashreplace")
        os.pwrite(fd, data, 0)
        os.ftruncate(fd, len(data))

    fuzz = TARGETS[target]
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        for _ in range(50):
            try:
                fuzz(mod, rnd, record)
            except AssertionError:
                with open(case_file) as f:
                    print("failing case:", f.read())
                raise
            n += 1
    print("ran %d cases" % n)


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_fuzz(compiler, target):
    built = compiler.compile_module(FUZZ_MODULE)
    seed = os.environ.get("HPY_FUZZ_SEED") or str(random.randrange(2**32))
    with tempfile.NamedTemporaryFile("w", suffix=".case") as case:
        code = """
            sys.path.insert(0, %r)
            import test_format_fuzz
            test_format_fuzz.run_fuzz(mod, %r, %r, %r, %r, %r)
        """ % (os.path.dirname(os.path.abspath(__file__)), target, seed,
               FUZZ_SECONDS, case.name, compiler.abi.load_mode == "debug")
        proc = compiler.run_with_module(built, code, timeout=FUZZ_SECONDS + 120)
        with open(case.name) as f:
            last_case = f.read()
    if proc.returncode != 0:
        pytest.fail("fuzzing %s failed (exit code %d, HPY_FUZZ_SEED=%s)\n"
                    "last case: %s\n--- stdout:\n%s\n--- stderr:\n%s"
                    % (target, proc.returncode, seed, last_case,
                       proc.stdout[-3000:], proc.stderr[-3000:]))
    assert "ran" in proc.stdout
