//! `HPyField_Load`/`HPyField_Store`: references stored inside objects.
//!
//! In universal mode a field's `_i` is the `PyObject *` it refers to (or 0)
//! and owns one strong reference, released by the owning type's dealloc
//! (see `type_::lifecycle`). This module is the one place that knows it.

use crate::handles::{hpy, py};
use hpy_sys::{HPy, HPyContext, HPyField};
use pyo3_ffi as ffi;

/// The object a field refers to (borrowed), or NULL.
#[inline(always)]
pub(crate) fn object(f: HPyField) -> *mut ffi::PyObject {
    f._i as *mut ffi::PyObject
}

/// Make `*field` refer to `obj` (may be NULL), releasing what it held.
///
/// # Safety
/// `field` points to a valid field; `obj` is NULL or live; GIL held.
#[inline]
pub(crate) unsafe fn store(field: *mut HPyField, obj: *mut ffi::PyObject) {
    // SAFETY: the caller's contract. The new value is stored before the old
    // one is released, so code run by that release (a finalizer) never sees
    // a reference that is gone.
    unsafe {
        let old = object(*field);
        ffi::Py_XINCREF(obj);
        (*field)._i = obj as isize;
        ffi::Py_XDECREF(old);
    }
}

unsafe extern "C" fn field_store(_: *mut HPyContext, _target: HPy, target_field: *mut HPyField, h: HPy) {
    // SAFETY: `target_field` lies inside the open object `_target`; `h` is
    // open or HPy_NULL.
    unsafe { store(target_field, py(h)) }
}

/// Loading a NULL field gives HPy_NULL without an exception, like our
/// CPython-ABI headers; HPy code tests `HPyField_IsNull` first.
unsafe extern "C" fn field_load(_: *mut HPyContext, _source: HPy, source_field: HPyField) -> HPy {
    let obj = object(source_field);
    // SAFETY: a non-NULL field owns a reference, so `obj` is live.
    unsafe { ffi::Py_XINCREF(obj) };
    hpy(obj)
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Field_Store = field_store;
    ctx.ctx_Field_Load = field_load;
}
