//! `HPyDict_*`. CPython checks every argument here (NULL or a non-dict
//! raises `SystemError`), so each function is the CPython call.

use crate::handles::{hpy, py};
use core::ffi::c_int;
use hpy_sys::{HPy, HPyContext};
use pyo3_ffi as ffi;

unsafe extern "C" fn check(_: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: GIL held, `h` open (context function contract).
    unsafe { ffi::PyDict_Check(py(h)) }
}

unsafe extern "C" fn new(_: *mut HPyContext) -> HPy {
    // SAFETY: GIL held.
    hpy(unsafe { ffi::PyDict_New() })
}

unsafe extern "C" fn keys(_: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: GIL held; CPython rejects NULL and non-dicts.
    hpy(unsafe { ffi::PyDict_Keys(py(h)) })
}

unsafe extern "C" fn copy(_: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: GIL held; CPython rejects NULL and non-dicts.
    hpy(unsafe { ffi::PyDict_Copy(py(h)) })
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Dict_Check = check;
    ctx.ctx_Dict_New = new;
    ctx.ctx_Dict_Keys = keys;
    ctx.ctx_Dict_Copy = copy;
}
