//! `HPy_FromPyObject`/`HPy_AsPyObject`: the bridge hybrid modules use to mix
//! HPy with the CPython C API. Both return new references, as upstream's.

use crate::handles::{new_ref, py};
use hpy_sys::{cpy_PyObject, HPy, HPyContext};
use pyo3_ffi as ffi;

unsafe extern "C" fn from_py_object(_: *mut HPyContext, obj: *mut cpy_PyObject) -> HPy {
    let obj = obj.cast::<ffi::PyObject>();
    if obj.is_null() {
        return HPy::NULL;
    }
    // SAFETY: a non-NULL `obj` is a live object (C API contract); GIL held.
    unsafe { new_ref(obj) }
}

unsafe extern "C" fn as_py_object(_: *mut HPyContext, h: HPy) -> *mut cpy_PyObject {
    let obj = py(h);
    if obj.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: an open handle is a live object; GIL held.
    unsafe { py(new_ref(obj)).cast() }
}


pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_FromPyObject = from_py_object;
    ctx.ctx_AsPyObject = as_py_object;
}
