//! `_HPy_New` (behind `HPy_New`) and `HPyType_GenericNew`.

use super::{lifecycle, registry};
use crate::handles::{hpy, py};
use core::ffi::c_void;
use hpy_sys::{HPy, HPyContext, HPy_ssize_t};
use pyo3_ffi as ffi;

/// The type behind `h`, or a TypeError naming `what`.
///
/// # Safety
/// GIL held; `h` open.
unsafe fn type_arg(h: HPy, what: &core::ffi::CStr) -> Option<*mut ffi::PyTypeObject> {
    let obj = py(h);
    // SAFETY: the caller's contract.
    unsafe {
        if ffi::PyType_Check(obj) == 0 {
            ffi::PyErr_SetString(ffi::PyExc_TypeError, what.as_ptr());
            return None;
        }
    }
    Some(obj.cast())
}

/// A zeroed instance of `h_type`, with `*data` pointing at its HPy struct
/// (at the object itself for legacy types).
unsafe extern "C" fn new(_: *mut HPyContext, h_type: HPy, data: *mut *mut c_void) -> HPy {
    // SAFETY: GIL held; `h_type` open; `data` is writable (API contract).
    unsafe {
        let Some(tp) = type_arg(h_type, c"HPy_New arg 1 must be a type") else {
            return HPy::NULL;
        };
        // PyType_GenericAlloc zeroes the whole instance and starts GC
        // tracking for GC types.
        let obj = ffi::PyType_GenericAlloc(tp, 0);
        if obj.is_null() {
            return HPy::NULL;
        }
        lifecycle::init_vectorcall(tp, obj);
        *data = obj.cast::<u8>().wrapping_offset(registry::payload_offset(tp)).cast();
        hpy(obj)
    }
}

/// `HPyType_GenericNew`: allocate through `tp_alloc`, ignoring the
/// arguments (they are for `tp_init`).
unsafe extern "C" fn generic_new(_: *mut HPyContext, h_type: HPy, _: *const HPy, _: HPy_ssize_t, _: HPy) -> HPy {
    // SAFETY: GIL held; `h_type` open.
    unsafe {
        let Some(tp) = type_arg(h_type, c"HPy_Type_GenericNew arg 1 must be a type") else {
            return HPy::NULL;
        };
        let alloc = (*tp).tp_alloc.unwrap_or(ffi::PyType_GenericAlloc);
        let obj = alloc(tp, 0);
        if !obj.is_null() {
            lifecycle::init_vectorcall(tp, obj);
        }
        hpy(obj)
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_New = new;
    ctx.ctx_Type_GenericNew = generic_new;
}
