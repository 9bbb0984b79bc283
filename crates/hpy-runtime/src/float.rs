//! `HPyFloat_*`.

use crate::handles::{hpy, py};
use hpy_sys::{HPy, HPyContext};
use pyo3_ffi as ffi;

unsafe extern "C" fn from_double(_: *mut HPyContext, v: f64) -> HPy {
    // SAFETY: GIL held (context function contract).
    hpy(unsafe { ffi::PyFloat_FromDouble(v) })
}

unsafe extern "C" fn as_double(_: *mut HPyContext, h: HPy) -> f64 {
    // SAFETY: GIL held, `h` open.
    unsafe { ffi::PyFloat_AsDouble(py(h)) }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Float_FromDouble = from_double;
    ctx.ctx_Float_AsDouble = as_double;
}
