//! `HPyBool_*`.

use crate::handles::new_ref;
use hpy_sys::{HPy, HPyContext};
use pyo3_ffi as ffi;

unsafe extern "C" fn from_bool(_: *mut HPyContext, v: bool) -> HPy {
    // SAFETY: GIL held; True and False are always valid objects.
    unsafe { new_ref(if v { ffi::Py_True() } else { ffi::Py_False() }) }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Bool_FromBool = from_bool;
}
