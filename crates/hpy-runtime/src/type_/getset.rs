//! `HPyDef_GET`/`HPyDef_SET`/`HPyDef_GETSET` → `PyGetSetDef`: CPython calls
//! the extension's getter/setter trampolines directly.

use hpy_sys::{cpy_PyCFunction, HPyGetSet};
use pyo3_ffi as ffi;

/// A trampoline pointer as the CPython function type it was compiled with.
///
/// # Safety
/// `f` must really have the C signature of `T` (a function pointer type).
unsafe fn trampoline_as<T: Copy>(f: cpy_PyCFunction) -> Option<T> {
    // SAFETY: both are nullable function pointers of the same size; the
    // caller guarantees the signature.
    f.map(|f| unsafe { core::mem::transmute_copy::<unsafe extern "C" fn() -> *mut core::ffi::c_void, T>(&f) })
}

/// The `PyGetSetDef` of one HPy getset.
pub(crate) fn getset_def(g: &HPyGetSet) -> ffi::PyGetSetDef {
    // SAFETY: HPyDef_GET/SET emit trampolines with CPython's getter/setter
    // signatures.
    unsafe {
        ffi::PyGetSetDef {
            name: g.name,
            get: trampoline_as::<ffi::getter>(g.getter_cpy_trampoline),
            set: trampoline_as::<ffi::setter>(g.setter_cpy_trampoline),
            doc: g.doc,
            closure: g.closure,
        }
    }
}
