"""HPyBytes_* (crates/hpy-runtime/src/bytes.rs)."""

import pytest

BYTES_MODULE = """
    @DEFINE_CALL_INT(check, HPyBytes_Check, 1)

    HPyDef_METH(sizes, "sizes", HPyFunc_O)
    static HPy sizes_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        HPy_ssize_t a = HPyBytes_Size(ctx, arg);
        if (a == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        HPy_ssize_t b = HPyBytes_GET_SIZE(ctx, arg);
        if (b == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        HPy ha = HPyLong_FromSsize_t(ctx, a);
        HPy hb = HPyLong_FromSsize_t(ctx, b);
        HPy res = HPyTuple_Pack(ctx, 2, ha, hb);
        HPy_Close(ctx, ha);
        HPy_Close(ctx, hb);
        return res;
    }

    /* Copy arg through HPyBytes_AsString (which=0) or _AS_STRING (1). */
    static HPy roundtrip(HPyContext *ctx, HPy arg, int which)
    {
        const char *buf = which ? HPyBytes_AS_STRING(ctx, arg)
                                : HPyBytes_AsString(ctx, arg);
        if (buf == NULL)
            return HPy_NULL;
        return HPyBytes_FromStringAndSize(ctx, buf, HPyBytes_Size(ctx, arg));
    }

    HPyDef_METH(as_string, "as_string", HPyFunc_O)
    static HPy as_string_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return roundtrip(ctx, arg, 0);
    }

    HPyDef_METH(as_string_macro, "as_string_macro", HPyFunc_O)
    static HPy as_string_macro_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return roundtrip(ctx, arg, 1);
    }

    HPyDef_METH(from_string, "from_string", HPyFunc_O)
    static HPy from_string_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        if (HPy_Is(ctx, arg, ctx->h_None))
            return HPyBytes_FromString(ctx, NULL);
        const char *buf = HPyBytes_AsString(ctx, arg);
        if (buf == NULL)
            return HPy_NULL;
        return HPyBytes_FromString(ctx, buf);
    }

    HPyDef_METH(from_string_and_size, "from_string_and_size", HPyFunc_VARARGS)
    static HPy from_string_and_size_impl(HPyContext *ctx, HPy self,
                                         const HPy *args, size_t nargs)
    {
        if (nargs != 2) {
            HPyErr_SetString(ctx, ctx->h_TypeError, "expected 2 arguments");
            return HPy_NULL;
        }
        HPy src = args[0];
        HPy_ssize_t len = HPyLong_AsSsize_t(ctx, args[1]);
        if (len == -1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        const char *buf = NULL;
        if (!HPy_Is(ctx, src, ctx->h_None)) {
            buf = HPyBytes_AsString(ctx, src);
            if (buf == NULL)
                return HPy_NULL;
        }
        return HPyBytes_FromStringAndSize(ctx, buf, len);
    }

    @EXPORT(sizes)
    @EXPORT(as_string)
    @EXPORT(as_string_macro)
    @EXPORT(from_string)
    @EXPORT(from_string_and_size)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(BYTES_MODULE)


def test_check(mod):
    class MyBytes(bytes):
        pass

    assert mod.check(b"abc") == 1
    assert mod.check(MyBytes(b"abc")) == 1
    assert mod.check("abc") == 0
    assert mod.check(bytearray(b"abc")) == 0


def test_sizes(mod):
    assert mod.sizes(b"hello") == (5, 5)
    assert mod.sizes(b"") == (0, 0)
    assert mod.sizes(b"a\0b") == (3, 3)


def test_sizes_of_non_bytes_raise(mod):
    # HPyBytes_GET_SIZE is unchecked in CPython; ours must not crash
    with pytest.raises(TypeError):
        mod.sizes("hello")
    with pytest.raises(TypeError):
        mod.sizes(42)


def test_as_string(mod):
    assert mod.as_string(b"ABC") == b"ABC"
    assert mod.as_string(b"a\0b") == b"a\0b"
    assert mod.as_string_macro(b"ABC") == b"ABC"
    assert mod.as_string_macro(b"") == b""


def test_as_string_of_non_bytes_raises(mod):
    with pytest.raises(TypeError):
        mod.as_string("abc")
    with pytest.raises(TypeError):
        mod.as_string_macro("abc")


def test_from_string(mod):
    assert mod.from_string(b"aaa") == b"aaa"
    assert mod.from_string(b"") == b""
    # stops at the first NUL
    assert mod.from_string(b"ab\0cd") == b"ab"


def test_from_string_null(mod):
    with pytest.raises(ValueError) as exc:
        mod.from_string(None)
    assert str(exc.value) == "NULL char * passed to HPyBytes_FromString"


def test_from_string_and_size(mod):
    assert mod.from_string_and_size(b"aaa", 3) == b"aaa"
    assert mod.from_string_and_size(b"abc", 2) == b"ab"
    assert mod.from_string_and_size(b"", 0) == b""
    assert mod.from_string_and_size(b"a\0c", 3) == b"a\0c"


def test_from_string_and_size_negative(mod):
    with pytest.raises(SystemError):
        mod.from_string_and_size(b"abc", -1)


@pytest.mark.parametrize("size", [-1, 0, 1])
def test_from_string_and_size_null(mod, size):
    # upstream's message and type, checked before the size
    with pytest.raises(ValueError) as exc:
        mod.from_string_and_size(None, size)
    assert str(exc.value) == "NULL char * passed to HPyBytes_FromStringAndSize"
