//! `HPyLong_*`: Python ints from and to C integers.
//!
//! Narrowing conversions raise `OverflowError` with the C type's name, like
//! upstream; the `Mask` variants wrap around instead.

use crate::handles::{hpy, py};
use core::ffi::{c_char, c_long, c_void, CStr};
use hpy_sys::{HPy, HPyContext, HPy_ssize_t};
use pyo3_ffi as ffi;

fn overflow(c_type: &CStr) {
    // SAFETY: called from context functions, with the GIL held.
    unsafe {
        ffi::PyErr_Format(
            ffi::PyExc_OverflowError,
            c"Python int too large to convert to C %s".as_ptr(),
            c_type.as_ptr() as *const c_char,
        );
    }
}

unsafe extern "C" fn from_i32(_: *mut HPyContext, v: i32) -> HPy {
    // SAFETY: GIL held (context function contract).
    hpy(unsafe { ffi::PyLong_FromLong(v as c_long) })
}
unsafe extern "C" fn from_u32(_: *mut HPyContext, v: u32) -> HPy {
    // SAFETY: GIL held.
    hpy(unsafe { ffi::PyLong_FromUnsignedLong(v.into()) })
}
unsafe extern "C" fn from_i64(_: *mut HPyContext, v: i64) -> HPy {
    // SAFETY: GIL held.
    hpy(unsafe { ffi::PyLong_FromLongLong(v) })
}
unsafe extern "C" fn from_u64(_: *mut HPyContext, v: u64) -> HPy {
    // SAFETY: GIL held.
    hpy(unsafe { ffi::PyLong_FromUnsignedLongLong(v) })
}
unsafe extern "C" fn from_size_t(_: *mut HPyContext, v: usize) -> HPy {
    // SAFETY: GIL held.
    hpy(unsafe { ffi::PyLong_FromSize_t(v) })
}
unsafe extern "C" fn from_ssize_t(_: *mut HPyContext, v: HPy_ssize_t) -> HPy {
    // SAFETY: GIL held.
    hpy(unsafe { ffi::PyLong_FromSsize_t(v) })
}

unsafe extern "C" fn as_i32(_: *mut HPyContext, h: HPy) -> i32 {
    // SAFETY: GIL held, `h` open.
    let v = unsafe { ffi::PyLong_AsLong(py(h)) };
    match i32::try_from(v) {
        Ok(v) => v,
        Err(_) => {
            overflow(c"int32_t");
            -1
        }
    }
}
unsafe extern "C" fn as_u32(_: *mut HPyContext, h: HPy) -> u32 {
    // SAFETY: GIL held, `h` open.
    let v = unsafe { ffi::PyLong_AsUnsignedLong(py(h)) };
    if v == core::ffi::c_ulong::MAX {
        // SAFETY: GIL held.
        if unsafe { !ffi::PyErr_Occurred().is_null() } {
            return u32::MAX;
        }
    }
    match u32::try_from(v) {
        Ok(v) => v,
        Err(_) => {
            overflow(c"uint32_t");
            u32::MAX
        }
    }
}
unsafe extern "C" fn as_u32_mask(_: *mut HPyContext, h: HPy) -> u32 {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyLong_AsUnsignedLongLongMask(py(h)) as u32 }
}
unsafe extern "C" fn as_i64(_: *mut HPyContext, h: HPy) -> i64 {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyLong_AsLongLong(py(h)) }
}
unsafe extern "C" fn as_u64(_: *mut HPyContext, h: HPy) -> u64 {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyLong_AsUnsignedLongLong(py(h)) }
}
unsafe extern "C" fn as_u64_mask(_: *mut HPyContext, h: HPy) -> u64 {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyLong_AsUnsignedLongLongMask(py(h)) }
}
unsafe extern "C" fn as_size_t(_: *mut HPyContext, h: HPy) -> usize {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyLong_AsSize_t(py(h)) }
}
unsafe extern "C" fn as_ssize_t(_: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyLong_AsSsize_t(py(h)) }
}
unsafe extern "C" fn as_void_ptr(_: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyLong_AsVoidPtr(py(h)) }
}
unsafe extern "C" fn as_double(_: *mut HPyContext, h: HPy) -> f64 {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyLong_AsDouble(py(h)) }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Long_FromInt32_t = from_i32;
    ctx.ctx_Long_FromUInt32_t = from_u32;
    ctx.ctx_Long_FromInt64_t = from_i64;
    ctx.ctx_Long_FromUInt64_t = from_u64;
    ctx.ctx_Long_FromSize_t = from_size_t;
    ctx.ctx_Long_FromSsize_t = from_ssize_t;
    ctx.ctx_Long_AsInt32_t = as_i32;
    ctx.ctx_Long_AsUInt32_t = as_u32;
    ctx.ctx_Long_AsUInt32_tMask = as_u32_mask;
    ctx.ctx_Long_AsInt64_t = as_i64;
    ctx.ctx_Long_AsUInt64_t = as_u64;
    ctx.ctx_Long_AsUInt64_tMask = as_u64_mask;
    ctx.ctx_Long_AsSize_t = as_size_t;
    ctx.ctx_Long_AsSsize_t = as_ssize_t;
    ctx.ctx_Long_AsVoidPtr = as_void_ptr;
    ctx.ctx_Long_AsDouble = as_double;
}
