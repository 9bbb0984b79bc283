//! `HPyBytes_*`: Python bytes from and to C buffers.
//!
//! The `GET_SIZE`/`AS_STRING` variants are unchecked macros in CPython; here
//! they fall back to the checked functions when given something that is not
//! bytes, so a wrong type raises `TypeError` instead of reading garbage.

use crate::handles::{hpy, py};
use core::ffi::{c_char, c_int};
use hpy_sys::{HPy, HPyContext, HPy_ssize_t};
use pyo3_ffi as ffi;

fn null_buffer(fname: &core::ffi::CStr) {
    // SAFETY: called from context functions, with the GIL held; the format
    // has one `%s`.
    unsafe { ffi::PyErr_Format(ffi::PyExc_ValueError, c"NULL char * passed to %s".as_ptr(), fname.as_ptr()) };
}

unsafe extern "C" fn check(_: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: GIL held, `h` open (context function contract).
    unsafe { ffi::PyBytes_Check(py(h)) }
}

unsafe extern "C" fn size(_: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: GIL held, `h` open; CPython checks the type.
    unsafe { ffi::PyBytes_Size(py(h)) }
}

unsafe extern "C" fn get_size(_: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    let obj = py(h);
    // SAFETY: GIL held, `h` open; the unchecked size is read only from a
    // bytes object.
    unsafe {
        if ffi::PyBytes_Check(obj) != 0 {
            ffi::Py_SIZE(obj)
        } else {
            ffi::PyBytes_Size(obj)
        }
    }
}

unsafe extern "C" fn as_string(_: *mut HPyContext, h: HPy) -> *const c_char {
    // SAFETY: GIL held, `h` open; CPython checks the type. The buffer lives
    // as long as the object, so as long as the handle.
    unsafe { ffi::PyBytes_AsString(py(h)) }
}

unsafe extern "C" fn as_string_unchecked(_: *mut HPyContext, h: HPy) -> *const c_char {
    let obj = py(h);
    // SAFETY: GIL held, `h` open; the inline buffer is read only from a
    // bytes object.
    unsafe {
        if ffi::PyBytes_Check(obj) != 0 {
            ffi::PyBytes_AS_STRING(obj)
        } else {
            ffi::PyBytes_AsString(obj)
        }
    }
}

unsafe extern "C" fn from_string(_: *mut HPyContext, bytes: *const c_char) -> HPy {
    if bytes.is_null() {
        null_buffer(c"HPyBytes_FromString");
        return HPy::NULL;
    }
    // SAFETY: GIL held; `bytes` is NUL-terminated (C API contract).
    hpy(unsafe { ffi::PyBytes_FromString(bytes) })
}

/// Unlike CPython, a NULL buffer is an error: HPy offers no way to fill
/// the bytes object afterwards. CPython rejects a negative `len` with
/// `SystemError`.
unsafe extern "C" fn from_string_and_size(_: *mut HPyContext, bytes: *const c_char, len: HPy_ssize_t) -> HPy {
    if bytes.is_null() {
        null_buffer(c"HPyBytes_FromStringAndSize");
        return HPy::NULL;
    }
    // SAFETY: GIL held; `bytes` holds `len` readable bytes (C API contract).
    hpy(unsafe { ffi::PyBytes_FromStringAndSize(bytes, len) })
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Bytes_Check = check;
    ctx.ctx_Bytes_Size = size;
    ctx.ctx_Bytes_GET_SIZE = get_size;
    ctx.ctx_Bytes_AsString = as_string;
    ctx.ctx_Bytes_AS_STRING = as_string_unchecked;
    ctx.ctx_Bytes_FromString = from_string;
    ctx.ctx_Bytes_FromStringAndSize = from_string_and_size;
}
