//! `HPyType_GetName` and `HPyType_IsSubtype`.

use crate::handles::py;
use core::ffi::{c_char, c_int, CStr};
use hpy_sys::{HPy, HPyContext};
use pyo3_ffi as ffi;

/// Whether `h` is a type; if not, a TypeError with `msg`.
///
/// # Safety
/// GIL held; `h` open.
unsafe fn check_type(h: HPy, msg: &CStr) -> bool {
    // SAFETY: the caller's contract.
    unsafe {
        if ffi::PyType_Check(py(h)) != 0 {
            return true;
        }
        ffi::PyErr_SetString(ffi::PyExc_TypeError, msg.as_ptr());
    }
    false
}

/// The type's `__name__` as UTF-8, valid while the type lives.
unsafe extern "C" fn get_name(_: *mut HPyContext, h_type: HPy) -> *const c_char {
    // SAFETY: GIL held; `h_type` open.
    unsafe {
        if !check_type(h_type, c"HPyType_GetName arg must be a type") {
            return core::ptr::null();
        }
        let tp = py(h_type).cast::<ffi::PyTypeObject>();
        if ffi::PyType_HasFeature(tp, ffi::Py_TPFLAGS_HEAPTYPE) != 0 {
            // A heap type owns its name object, so the UTF-8 buffer cached
            // in it lives as long as the type.
            return ffi::PyUnicode_AsUTF8((*tp.cast::<ffi::PyHeapTypeObject>()).ht_name);
        }
        // A static type's name is a C string "module.Name"; `__name__` is the
        // part after the last dot.
        let full = (*tp).tp_name;
        let bytes = CStr::from_ptr(full).to_bytes();
        match bytes.iter().rposition(|&b| b == b'.') {
            Some(dot) => full.add(dot + 1),
            None => full,
        }
    }
}

/// `HPyType_IsSubtype`: `type.__subclasscheck__` is not consulted, like
/// `PyType_IsSubtype`.
unsafe extern "C" fn is_subtype(_: *mut HPyContext, sub: HPy, type_: HPy) -> c_int {
    // SAFETY: GIL held; handles open; both are types once checked.
    unsafe {
        if !check_type(sub, c"HPyType_IsSubtype arg 1 must be a type")
            || !check_type(type_, c"HPyType_IsSubtype arg 2 must be a type")
        {
            return 0;
        }
        ffi::PyType_IsSubtype(py(sub).cast(), py(type_).cast())
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Type_GetName = get_name;
    ctx.ctx_Type_IsSubtype = is_subtype;
}
