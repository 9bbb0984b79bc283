//! The one place that converts between `HPy` handles and `PyObject *`.
//!
//! In universal mode a handle's `_i` is the object's address, so both
//! conversions are free, and `HPy_Dup`/`HPy_Close` are `Py_INCREF`/`Py_DECREF`.
//! Debug mode wraps this representation in its own table.

use hpy_sys::{HPy, HPyContext};
use pyo3_ffi as ffi;

/// The object a handle refers to (borrowed).
#[inline(always)]
pub fn py(h: HPy) -> *mut ffi::PyObject {
    h._i as *mut ffi::PyObject
}

/// A handle that owns `obj` (a new reference, or NULL for an error).
#[inline(always)]
pub fn hpy(obj: *mut ffi::PyObject) -> HPy {
    HPy { _i: obj as isize }
}

/// A new handle to `obj`, taking a new strong reference.
///
/// # Safety
/// `obj` must be a valid object and the GIL held.
#[inline(always)]
pub unsafe fn new_ref(obj: *mut ffi::PyObject) -> HPy {
    // SAFETY: the caller guarantees `obj` is valid and the GIL is held.
    unsafe { ffi::Py_INCREF(obj) };
    hpy(obj)
}

/// `PyObject *` pointers of an array of handles, without copying.
#[inline(always)]
pub fn py_array(args: *const HPy) -> *const *mut ffi::PyObject {
    args.cast()
}

unsafe extern "C" fn dup(_ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `h` is an open handle, so it is a valid object.
    unsafe { new_ref(py(h)) }
}

unsafe extern "C" fn close(_ctx: *mut HPyContext, h: HPy) {
    // SAFETY: closing an open handle releases the reference it owns;
    // closing HPy_NULL is allowed and does nothing.
    unsafe { ffi::Py_XDECREF(py(h)) }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Dup = dup;
    ctx.ctx_Close = close;
}
