//! `HPySlice_Unpack`.

use crate::handles::py;
use core::ffi::c_int;
use hpy_sys::{HPy, HPyContext, HPy_ssize_t};
use pyo3_ffi as ffi;

/// CPython's `PySlice_Unpack` trusts its argument to be a slice; we check,
/// so a wrong object from Python raises `TypeError` instead of crashing.
unsafe extern "C" fn unpack(
    _: *mut HPyContext,
    slice: HPy,
    start: *mut HPy_ssize_t,
    stop: *mut HPy_ssize_t,
    step: *mut HPy_ssize_t,
) -> c_int {
    if start.is_null() || stop.is_null() || step.is_null() {
        crate::err::system_error(c"HPySlice_Unpack: start, stop and step must not be NULL");
        return -1;
    }
    let obj = py(slice);
    // SAFETY: GIL held, `slice` open (context function contract); the
    // output pointers are non-NULL and writable.
    unsafe {
        if ffi::PySlice_Check(obj) == 0 {
            ffi::PyErr_Format(
                ffi::PyExc_TypeError,
                c"HPySlice_Unpack: expected a slice, got '%.200s'".as_ptr(),
                (*ffi::Py_TYPE(obj)).tp_name,
            );
            return -1;
        }
        ffi::PySlice_Unpack(obj, start, stop, step)
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Slice_Unpack = unpack;
}
