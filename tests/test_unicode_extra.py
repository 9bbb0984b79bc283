"""The HPyUnicode_* functions beyond the basic conversions
(crates/hpy-runtime/src/unicode.rs): wide chars, file system encoding,
ReadChar, DecodeASCII/Latin1, FromEncodedObject, Substring."""

import os
import string

import pytest

UNICODE_MODULE = """
    /* None -> NULL, str -> its UTF-8, bytes -> its buffer */
    static const char *cstr(HPyContext *ctx, HPy h)
    {
        if (HPy_Is(ctx, h, ctx->h_None))
            return NULL;
        if (HPyBytes_Check(ctx, h))
            return HPyBytes_AsString(ctx, h);
        return HPyUnicode_AsUTF8AndSize(ctx, h, NULL);
    }

    static int ssize_arg(HPyContext *ctx, HPy h, HPy_ssize_t *out)
    {
        *out = HPyLong_AsSsize_t(ctx, h);
        return !(*out == -1 && HPyErr_Occurred(ctx));
    }

    /* from_wide(size, null): "hellò world" as wchar_t[], or NULL */
    HPyDef_METH(from_wide, "from_wide", HPyFunc_VARARGS)
    static HPy from_wide_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        static const wchar_t buf[] = { 'h', 'e', 'l', 'l', 0xf2, ' ',
                                       'w', 'o', 'r', 'l', 'd', 0 };
        HPy_ssize_t n;
        if (!ssize_arg(ctx, args[0], &n))
            return HPy_NULL;
        return HPyUnicode_FromWideChar(ctx, HPy_IsTrue(ctx, args[1]) ? NULL : buf, n);
    }

    HPyDef_METH(decode_fs, "decode_fs", HPyFunc_O)
    static HPy decode_fs_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyUnicode_DecodeFSDefault(ctx, cstr(ctx, arg));
    }

    /* decode(which, buf, size, errors): 0 = FSDefaultAndSize,
       1 = ASCII, 2 = Latin1 */
    HPyDef_METH(decode, "decode", HPyFunc_VARARGS)
    static HPy decode_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPy_ssize_t n;
        if (!ssize_arg(ctx, args[2], &n))
            return HPy_NULL;
        const char *buf = cstr(ctx, args[1]);
        const char *errors = cstr(ctx, args[3]);
        switch (HPyLong_AsLong(ctx, args[0])) {
        case 0: return HPyUnicode_DecodeFSDefaultAndSize(ctx, buf, n);
        case 1: return HPyUnicode_DecodeASCII(ctx, buf, n, errors);
        case 2: return HPyUnicode_DecodeLatin1(ctx, buf, n, errors);
        }
        return HPy_NULL;
    }

    HPyDef_METH(encode_fs, "encode_fs", HPyFunc_O)
    static HPy encode_fs_impl(HPyContext *ctx, HPy self, HPy arg)
    {
        return HPyUnicode_EncodeFSDefault(ctx, arg);
    }

    HPyDef_METH(read_char, "read_char", HPyFunc_VARARGS)
    static HPy read_char_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPy_ssize_t i;
        if (!ssize_arg(ctx, args[1], &i))
            return HPy_NULL;
        HPy_UCS4 c = HPyUnicode_ReadChar(ctx, args[0], i);
        if (c == (HPy_UCS4)-1 && HPyErr_Occurred(ctx))
            return HPy_NULL;
        return HPyLong_FromUInt32_t(ctx, c);
    }

    /* from_encoded(obj, encoding, errors); None -> NULL */
    HPyDef_METH(from_encoded, "from_encoded", HPyFunc_VARARGS)
    static HPy from_encoded_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPy obj = HPy_Is(ctx, args[0], ctx->h_None) ? HPy_NULL : args[0];
        return HPyUnicode_FromEncodedObject(ctx, obj, cstr(ctx, args[1]),
                                            cstr(ctx, args[2]));
    }

    HPyDef_METH(substring, "substring", HPyFunc_VARARGS)
    static HPy substring_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        HPy_ssize_t start, end;
        if (!ssize_arg(ctx, args[1], &start) || !ssize_arg(ctx, args[2], &end))
            return HPy_NULL;
        return HPyUnicode_Substring(ctx, args[0], start, end);
    }

    @EXPORT(from_wide)
    @EXPORT(decode_fs)
    @EXPORT(decode)
    @EXPORT(encode_fs)
    @EXPORT(read_char)
    @EXPORT(from_encoded)
    @EXPORT(substring)
    @INIT
"""

FS, ASCII, LATIN1 = 0, 1, 2


@pytest.fixture
def mod(compiler):
    return compiler.make_module(UNICODE_MODULE)


def test_from_wide_char(mod):
    assert mod.from_wide(-1, False) == "hellò world"
    assert mod.from_wide(11, False) == "hellò world"
    assert mod.from_wide(5, False) == "hellò"
    assert mod.from_wide(0, False) == ""
    assert mod.from_wide(0, True) == ""


def test_from_wide_char_errors(mod):
    with pytest.raises(SystemError, match="negative size"):
        mod.from_wide(-2, False)
    with pytest.raises(SystemError):
        mod.from_wide(3, True)
    with pytest.raises(SystemError):
        mod.from_wide(-1, True)


def test_decode_fs_default(mod):
    assert mod.decode_fs("ABC") == "ABC"
    assert mod.decode_fs("hellò") == "hellò"
    assert mod.decode_fs(os.fsencode("caf\udce9")) == "caf\udce9"
    with pytest.raises(SystemError, match="must not be NULL"):
        mod.decode_fs(None)


def test_decode_fs_default_and_size(mod):
    assert mod.decode(FS, b"ab\0cd", 4, None) == "ab\0c"
    assert mod.decode(FS, b"", 0, None) == ""
    assert mod.decode(FS, None, 0, None) == ""
    with pytest.raises(SystemError, match="negative size"):
        mod.decode(FS, b"abc", -1, None)
    with pytest.raises(SystemError, match="NULL buffer"):
        mod.decode(FS, None, 3, None)


def test_encode_fs_default(mod):
    assert mod.encode_fs("ABC") == b"ABC"
    assert mod.encode_fs("caf\udce9") == os.fsencode("caf\udce9")
    with pytest.raises(TypeError):
        mod.encode_fs(b"ABC")


def test_read_char(mod):
    assert mod.read_char("ABC", 1) == ord("B")
    assert mod.read_char("a\U0001f600", 1) == 0x1F600
    with pytest.raises(IndexError):
        mod.read_char("ABC", 3)
    with pytest.raises(IndexError):
        mod.read_char("ABC", -1)
    with pytest.raises(TypeError):
        mod.read_char(b"ABC", 0)


def test_decode_ascii(mod):
    assert mod.decode(ASCII, b"hello", 5, None) == "hello"
    assert mod.decode(ASCII, b"hello", 2, "strict") == "he"
    with pytest.raises(UnicodeDecodeError):
        mod.decode(ASCII, b"h\xe9llo", 5, None)
    assert mod.decode(ASCII, b"h\xe9llo", 5, "replace") == "h\ufffdllo"
    assert mod.decode(ASCII, b"h\xe9llo", 5, "ignore") == "hllo"


def test_decode_latin1(mod):
    assert mod.decode(LATIN1, b"M\xfcller", 6, "") == "Müller"
    assert mod.decode(LATIN1, b"M\xfcller", 2, None) == "Mü"


@pytest.mark.parametrize("which", [ASCII, LATIN1])
def test_decode_bad_buffers(mod, which):
    with pytest.raises(SystemError, match="negative size"):
        mod.decode(which, b"abc", -1, None)
    with pytest.raises(SystemError, match="NULL buffer"):
        mod.decode(which, None, 1, None)
    assert mod.decode(which, None, 0, None) == ""


def test_from_encoded_object(mod):
    utf8_bytes = b"hell\xc3\xb6"
    utf16_bytes = b"\xff\xfeh\x00e\x00l\x00l\x00\xf6\x00"
    for errors in (None, "strict", "ignore", "replace"):
        assert mod.from_encoded(b"hello", "ascii", errors) == "hello"
        assert mod.from_encoded(utf8_bytes, "utf8", errors) == "hellö"
        assert mod.from_encoded(utf16_bytes, "utf16", errors) == "hellö"
    for encoding in (None, "utf8"):
        assert mod.from_encoded(utf8_bytes, encoding, None) == "hellö"
        with pytest.raises(UnicodeDecodeError):
            mod.from_encoded(utf16_bytes, encoding, None)
        assert mod.from_encoded(utf16_bytes, encoding, "ignore") == "h\0e\0l\0l\0\0"
    assert mod.from_encoded(bytearray(b"abc"), None, None) == "abc"


def test_from_encoded_object_errors(mod):
    with pytest.raises(LookupError):
        mod.from_encoded(b"hello", "qwertyasdf13", None)
    with pytest.raises(SystemError):
        mod.from_encoded(None, None, None)
    with pytest.raises(TypeError):
        mod.from_encoded("hello", None, None)
    with pytest.raises(TypeError):
        mod.from_encoded(123, None, None)


def test_substring(mod):
    assert mod.substring("hello", 0, 0) == ""
    assert mod.substring("hello", 5, 0) == ""
    assert mod.substring("hello", 0, 5) == "hello"
    assert mod.substring("hello", 0, 100) == "hello"
    assert mod.substring("hello", 2, 4) == "ll"
    assert mod.substring("hello", 100, 105) == ""
    assert mod.substring("hello", 2000, 1000) == ""
    assert mod.substring("hellò wörld", 3, 8) == "lò wö"
    s = string.ascii_letters + string.digits
    indices = (0, 1, 3, 41, 1000, len(s) - 1, len(s) - 2, len(s) - 37)
    for start in indices:
        for stop in indices:
            assert mod.substring(s, start, stop) == s[start:stop]


def test_substring_errors(mod):
    with pytest.raises(IndexError):
        mod.substring("hello", -2, 5)
    with pytest.raises(IndexError):
        mod.substring("hello", 2, -1)
    # CPython's PyUnicode_Substring would read a non-str as a str
    with pytest.raises(TypeError, match="expected a str, got 'bytes'"):
        mod.substring(b"hello", 0, 2)
