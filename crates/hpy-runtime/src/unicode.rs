//! `HPyUnicode_*`: Python str from and to C strings.

use crate::handles::{hpy, py};
use core::ffi::{c_char, c_int};
use hpy_sys::{HPy, HPyContext, HPy_ssize_t};
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

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Unicode_FromString = from_string;
    ctx.ctx_Unicode_Check = check;
    ctx.ctx_Unicode_AsUTF8AndSize = as_utf8_and_size;
    ctx.ctx_Unicode_AsUTF8String = as_utf8_string;
    ctx.ctx_Unicode_AsASCIIString = as_ascii_string;
    ctx.ctx_Unicode_AsLatin1String = as_latin1_string;
}
