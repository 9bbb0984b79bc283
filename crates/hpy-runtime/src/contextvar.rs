//! `HPyContextVar_*`. CPython type-checks the variable (`TypeError`).

use crate::handles::{hpy, py};
use core::ffi::c_char;
use hpy_sys::{HPy, HPyContext};
use pyo3_ffi as ffi;

unsafe extern "C" fn new(_: *mut HPyContext, name: *const c_char, default_value: HPy) -> HPy {
    if name.is_null() {
        crate::err::system_error(c"HPyContextVar_New: the name must not be NULL");
        return HPy::NULL;
    }
    // SAFETY: GIL held; `name` NUL-terminated; a NULL default means none.
    hpy(unsafe { ffi::PyContextVar_New(name, py(default_value)) })
}

/// Returns 0 and stores a new handle (or HPy_NULL when the variable has no
/// value and no default) into `*result`; returns -1 on error with
/// `*result` set to HPy_NULL.
unsafe extern "C" fn get(_: *mut HPyContext, context_var: HPy, default_value: HPy, result: *mut HPy) -> i32 {
    if result.is_null() {
        crate::err::system_error(c"HPyContextVar_Get: result must not be NULL");
        return -1;
    }
    // CPython leaves its out-parameter untouched on some errors.
    let mut value: *mut ffi::PyObject = core::ptr::null_mut();
    // SAFETY: GIL held, handles open or NULL (default); `result` writable.
    unsafe {
        let rc = ffi::PyContextVar_Get(py(context_var), py(default_value), &mut value);
        *result = hpy(if rc < 0 { core::ptr::null_mut() } else { value });
        rc
    }
}

unsafe extern "C" fn set(_: *mut HPyContext, context_var: HPy, value: HPy) -> HPy {
    // SAFETY: GIL held, handles open.
    hpy(unsafe { ffi::PyContextVar_Set(py(context_var), py(value)) })
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_ContextVar_New = new;
    ctx.ctx_ContextVar_Get = get;
    ctx.ctx_ContextVar_Set = set;
}
