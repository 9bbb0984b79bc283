//! `HPyUnicode_*`: Python str from and to C strings.

use crate::handles::{hpy, py};
use core::ffi::{c_char, c_int};
use hpy_sys::{wchar_t, HPy, HPyContext, HPy_UCS4, HPy_ssize_t};
use pyo3_ffi as ffi;

unsafe extern "C" fn from_string(_: *mut HPyContext, utf8: *const c_char) -> HPy {
    if utf8.is_null() {
        crate::err::system_error(c"HPyUnicode_FromString: the string must not be NULL");
        return HPy::NULL;
    }
    // SAFETY: GIL held; `utf8` is NUL-terminated (C API contract).
    hpy(unsafe { ffi::PyUnicode_FromString(utf8) })
}

unsafe extern "C" fn check(_: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyUnicode_Check(py(h)) }
}

/// The UTF-8 buffer is cached in the str object, so it stays valid while
/// the handle is open, as HPy requires.
unsafe extern "C" fn as_utf8_and_size(_: *mut HPyContext, h: HPy, size: *mut HPy_ssize_t) -> *const c_char {
    // SAFETY: GIL held, `h` open; `size` may be NULL, which CPython accepts.
    unsafe { ffi::PyUnicode_AsUTF8AndSize(py(h), size) }
}

unsafe extern "C" fn as_utf8_string(_: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: GIL held, `h` open.
    hpy(unsafe { ffi::PyUnicode_AsUTF8String(py(h)) })
}

unsafe extern "C" fn as_ascii_string(_: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: GIL held, `h` open.
    hpy(unsafe { ffi::PyUnicode_AsASCIIString(py(h)) })
}

unsafe extern "C" fn as_latin1_string(_: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: GIL held, `h` open.
    hpy(unsafe { ffi::PyUnicode_AsLatin1String(py(h)) })
}

/// Check a C buffer argument: `size` must not be negative (or -1 when
/// `allow_nul_terminated`), and the buffer may be NULL only when empty.
fn buffer_ok(fname: &core::ffi::CStr, is_null: bool, size: HPy_ssize_t, allow_nul_terminated: bool) -> bool {
    let msg = if size < 0 && !(allow_nul_terminated && size == -1) {
        c"%s: negative size"
    } else if is_null && size != 0 {
        c"%s: NULL buffer"
    } else {
        return true;
    };
    // SAFETY: called from context functions, with the GIL held; the format
    // has one `%s`.
    unsafe { ffi::PyErr_Format(ffi::PyExc_SystemError, msg.as_ptr(), fname.as_ptr()) };
    false
}

/// `size == -1` means `w` is NUL-terminated.
unsafe extern "C" fn from_wide_char(_: *mut HPyContext, w: *const wchar_t, size: HPy_ssize_t) -> HPy {
    if !buffer_ok(c"HPyUnicode_FromWideChar", w.is_null(), size, true) {
        return HPy::NULL;
    }
    // SAFETY: GIL held; `w` holds `size` wide chars or is NUL-terminated.
    // `wchar_t` is the platform's in both hpy-sys and pyo3-ffi.
    hpy(unsafe { ffi::PyUnicode_FromWideChar(w.cast(), size) })
}

unsafe extern "C" fn decode_fs_default(_: *mut HPyContext, v: *const c_char) -> HPy {
    if v.is_null() {
        crate::err::system_error(c"HPyUnicode_DecodeFSDefault: the string must not be NULL");
        return HPy::NULL;
    }
    // SAFETY: GIL held; `v` NUL-terminated.
    hpy(unsafe { ffi::PyUnicode_DecodeFSDefault(v) })
}

unsafe extern "C" fn decode_fs_default_and_size(_: *mut HPyContext, v: *const c_char, size: HPy_ssize_t) -> HPy {
    if !buffer_ok(c"HPyUnicode_DecodeFSDefaultAndSize", v.is_null(), size, false) {
        return HPy::NULL;
    }
    // SAFETY: GIL held; `v` holds `size` bytes.
    hpy(unsafe { ffi::PyUnicode_DecodeFSDefaultAndSize(v, size) })
}

unsafe extern "C" fn encode_fs_default(_: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: GIL held, `h` open; CPython checks the type.
    hpy(unsafe { ffi::PyUnicode_EncodeFSDefault(py(h)) })
}

/// CPython checks the type and the index; errors return `(Py_UCS4)-1`.
unsafe extern "C" fn read_char(_: *mut HPyContext, h: HPy, index: HPy_ssize_t) -> HPy_UCS4 {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyUnicode_ReadChar(py(h), index) }
}

unsafe extern "C" fn decode_ascii(
    _: *mut HPyContext,
    s: *const c_char,
    size: HPy_ssize_t,
    errors: *const c_char,
) -> HPy {
    if !buffer_ok(c"HPyUnicode_DecodeASCII", s.is_null(), size, false) {
        return HPy::NULL;
    }
    // SAFETY: GIL held; `s` holds `size` bytes; `errors` NULL or a string.
    hpy(unsafe { ffi::PyUnicode_DecodeASCII(s, size, errors) })
}

unsafe extern "C" fn decode_latin1(
    _: *mut HPyContext,
    s: *const c_char,
    size: HPy_ssize_t,
    errors: *const c_char,
) -> HPy {
    if !buffer_ok(c"HPyUnicode_DecodeLatin1", s.is_null(), size, false) {
        return HPy::NULL;
    }
    // SAFETY: GIL held; `s` holds `size` bytes; `errors` NULL or a string.
    hpy(unsafe { ffi::PyUnicode_DecodeLatin1(s, size, errors) })
}

/// NULL `encoding` means UTF-8 and NULL `errors` means "strict". CPython
/// rejects a NULL object (`SystemError`) and str or non-buffers (`TypeError`).
unsafe extern "C" fn from_encoded_object(
    _: *mut HPyContext,
    obj: HPy,
    encoding: *const c_char,
    errors: *const c_char,
) -> HPy {
    // SAFETY: GIL held; `obj` open or NULL; strings NULL or NUL-terminated.
    hpy(unsafe { ffi::PyUnicode_FromEncodedObject(py(obj), encoding, errors) })
}

/// CPython's `PyUnicode_Substring` trusts its argument to be a str; we
/// check, so a wrong object raises `TypeError` instead of crashing.
unsafe extern "C" fn substring(_: *mut HPyContext, h: HPy, start: HPy_ssize_t, end: HPy_ssize_t) -> HPy {
    let obj = py(h);
    // SAFETY: GIL held, `h` open; CPython checks the indices.
    unsafe {
        if ffi::PyUnicode_Check(obj) == 0 {
            ffi::PyErr_Format(
                ffi::PyExc_TypeError,
                c"HPyUnicode_Substring: expected a str, got '%.200s'".as_ptr(),
                (*ffi::Py_TYPE(obj)).tp_name,
            );
            return HPy::NULL;
        }
        hpy(ffi::PyUnicode_Substring(obj, start, end))
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Unicode_FromString = from_string;
    ctx.ctx_Unicode_Check = check;
    ctx.ctx_Unicode_AsUTF8AndSize = as_utf8_and_size;
    ctx.ctx_Unicode_AsUTF8String = as_utf8_string;
    ctx.ctx_Unicode_AsASCIIString = as_ascii_string;
    ctx.ctx_Unicode_AsLatin1String = as_latin1_string;
    ctx.ctx_Unicode_FromWideChar = from_wide_char;
    ctx.ctx_Unicode_DecodeFSDefault = decode_fs_default;
    ctx.ctx_Unicode_DecodeFSDefaultAndSize = decode_fs_default_and_size;
    ctx.ctx_Unicode_EncodeFSDefault = encode_fs_default;
    ctx.ctx_Unicode_ReadChar = read_char;
    ctx.ctx_Unicode_DecodeASCII = decode_ascii;
    ctx.ctx_Unicode_DecodeLatin1 = decode_latin1;
    ctx.ctx_Unicode_FromEncodedObject = from_encoded_object;
    ctx.ctx_Unicode_Substring = substring;
}
