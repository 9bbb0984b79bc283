"""HPyUnicode_FromString, _Check, _AsUTF8AndSize and the encoders to bytes
(runtime: unicode.rs)."""

import pytest

from harness import CONTEXT_ABIS


@pytest.fixture
def mod(compiler):
    return compiler.make_module(r"""
        HPyDef_METH(from_string, "from_string", HPyFunc_NOARGS)
        static HPy from_string_impl(HPyContext *ctx, HPy self)
        {
            return HPyUnicode_FromString(ctx, "h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x90\x8d");
        }

        HPyDef_METH(from_null, "from_null", HPyFunc_NOARGS)
        static HPy from_null_impl(HPyContext *ctx, HPy self)
        {
            return HPyUnicode_FromString(ctx, NULL);
        }

        HPyDef_METH(from_invalid_utf8, "from_invalid_utf8", HPyFunc_NOARGS)
        static HPy from_invalid_utf8_impl(HPyContext *ctx, HPy self)
        {
            return HPyUnicode_FromString(ctx, "abc\xff");
        }

        /* Round trip through a C string (stops at the first NUL). */
        HPyDef_METH(through_c, "through_c", HPyFunc_O)
        static HPy through_c_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            const char *s = HPyUnicode_AsUTF8AndSize(ctx, arg, NULL);
            if (s == NULL)
                return HPy_NULL;
            return HPyUnicode_FromString(ctx, s);
        }

        @DEFINE_CALL_INT(check, HPyUnicode_Check, 1)
        @DEFINE_CALL(as_utf8_string, HPyUnicode_AsUTF8String, 1)
        @DEFINE_CALL(as_ascii_string, HPyUnicode_AsASCIIString, 1)
        @DEFINE_CALL(as_latin1_string, HPyUnicode_AsLatin1String, 1)

        /* The UTF-8 size, checking that the buffer is NUL-terminated. */
        HPyDef_METH(utf8_size, "utf8_size", HPyFunc_O)
        static HPy utf8_size_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            HPy_ssize_t size = -7;
            const char *s = HPyUnicode_AsUTF8AndSize(ctx, arg, &size);
            if (s == NULL) {
                if (size != -7 && !HPyErr_Occurred(ctx))
                    HPyErr_SetString(ctx, ctx->h_AssertionError, "NULL without error");
                return HPy_NULL;
            }
            if (s[size] != '\0') {
                HPyErr_SetString(ctx, ctx->h_AssertionError, "not NUL-terminated");
                return HPy_NULL;
            }
            return HPyLong_FromSsize_t(ctx, size);
        }

        /* Byte i of the UTF-8 buffer. */
        HPyDef_METH(utf8_byte, "utf8_byte", HPyFunc_VARARGS)
        static HPy utf8_byte_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            HPy_ssize_t size;
            const char *s = HPyUnicode_AsUTF8AndSize(ctx, args[0], &size);
            if (s == NULL)
                return HPy_NULL;
            HPy_ssize_t i = HPyLong_AsSsize_t(ctx, args[1]);
            if (i < 0 || i >= size) {
                HPyErr_SetString(ctx, ctx->h_IndexError, "out of range");
                return HPy_NULL;
            }
            return HPyLong_FromLong(ctx, (unsigned char)s[i]);
        }

        /* The buffer stays the same while the str lives. */
        HPyDef_METH(buffer_is_stable, "buffer_is_stable", HPyFunc_O)
        static HPy buffer_is_stable_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            const char *a = HPyUnicode_AsUTF8AndSize(ctx, arg, NULL);
            const char *b = HPyUnicode_AsUTF8AndSize(ctx, arg, NULL);
            if (a == NULL || b == NULL)
                return HPy_NULL;
            return HPyBool_FromBool(ctx, a == b);
        }

        @EXPORT(from_string)
        @EXPORT(from_null)
        @EXPORT(from_invalid_utf8)
        @EXPORT(through_c)
        @EXPORT(utf8_size)
        @EXPORT(utf8_byte)
        @EXPORT(buffer_is_stable)
        @INIT
    """)


def test_from_string(mod):
    s = mod.from_string()
    assert type(s) is str
    assert s == "h\u00e9llo \u20ac \U0001f40d"


@pytest.mark.hpy_abis(*CONTEXT_ABIS)
def test_from_string_null(mod):
    with pytest.raises(SystemError) as e:
        mod.from_null()
    assert str(e.value) == "HPyUnicode_FromString: the string must not be NULL"


def test_from_string_invalid_utf8(mod):
    with pytest.raises(UnicodeDecodeError):
        mod.from_invalid_utf8()


def test_check(mod):
    class Sub(str):
        pass

    assert mod.check("abc") == 1
    assert mod.check(Sub("x")) == 1
    assert mod.check(b"abc") == 0
    assert mod.check(None) == 0


def test_as_utf8_and_size(mod):
    for s in ["", "abc", "h\u00e9llo", "\u20ac\U0001f40d", "a\0b"]:
        data = s.encode("utf-8")
        assert mod.utf8_size(s) == len(data)
        assert [mod.utf8_byte(s, i) for i in range(len(data))] == list(data)


def test_as_utf8_and_size_null_size(mod):
    assert mod.through_c("h\u00e9llo") == "h\u00e9llo"
    assert mod.through_c("stop\0here") == "stop"


def test_as_utf8_and_size_buffer_is_stable(mod):
    assert mod.buffer_is_stable("some \u20ac text") is True


def test_as_utf8_and_size_errors(mod):
    with pytest.raises(TypeError, match="bad argument type for built-in operation"):
        mod.utf8_size(b"bytes")
    with pytest.raises(TypeError):
        mod.through_c(42)
    with pytest.raises(UnicodeEncodeError, match="surrogates not allowed"):
        mod.utf8_size("\ud800")


def test_encoders(mod):
    s = "h\u00e9llo"
    assert mod.as_utf8_string(s) == s.encode("utf-8")
    assert mod.as_latin1_string(s) == b"h\xe9llo"
    assert mod.as_ascii_string("plain") == b"plain"
    assert type(mod.as_utf8_string("")) is bytes


def test_encoder_errors(mod):
    with pytest.raises(UnicodeEncodeError, match="'ascii' codec can't encode"):
        mod.as_ascii_string("h\u00e9llo")
    with pytest.raises(UnicodeEncodeError, match="'latin-1' codec can't encode"):
        mod.as_latin1_string("\u20ac")
    with pytest.raises(UnicodeEncodeError, match="surrogates not allowed"):
        mod.as_utf8_string("\udc80")
    for f in (mod.as_utf8_string, mod.as_ascii_string, mod.as_latin1_string):
        with pytest.raises(TypeError, match="bad argument type for built-in operation"):
            f(b"bytes")
