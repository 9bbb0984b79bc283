//! The runtime's own slots for HPy types: `tp_dealloc` (finalize, release
//! the `HPyField`s, run every `HPy_tp_destroy` of the hierarchy, free),
//! `tp_clear`, the `tp_traverse` adapter, and the `tp_new` that gives new
//! instances their default call function.

use super::registry::{self, TypeInfo};
use super::{asstruct, TraverseProc};
use crate::field;
use core::ffi::{c_int, c_void};
use hpy_sys::{cpy_PyObject, cpy_visitproc, HPyField};
use pyo3_ffi as ffi;

/// Call `f` with the registry data of `tp` and of each registered type
/// above it, most derived first. No lock is held while `f` runs.
///
/// # Safety
/// `tp` is a live type; GIL held.
unsafe fn for_each_hpy_type(mut tp: *mut ffi::PyTypeObject, mut f: impl FnMut(TypeInfo)) {
    while !tp.is_null() {
        // SAFETY: GIL held (caller).
        if let Some(info) = unsafe { registry::get(tp) } {
            f(info);
        }
        // SAFETY: a live type's tp_base is NULL or live.
        tp = unsafe { (*tp).tp_base };
    }
}

/// The `HPyFunc_visitproc` that empties a field: clearing runs every
/// traverse implementation with it.
unsafe extern "C" fn clear_visit(f: *mut HPyField, _: *mut c_void) -> c_int {
    // SAFETY: traverse implementations pass fields of the object being
    // cleared; GIL held.
    unsafe { field::store(f, core::ptr::null_mut()) };
    0
}

/// Release every `HPyField` of `obj` that a traverse implementation of its
/// type hierarchy reports.
///
/// # Safety
/// `obj` is an instance being cleared or deallocated; GIL held.
unsafe fn clear_fields(obj: *mut ffi::PyObject) {
    // SAFETY: the caller's contract.
    unsafe {
        let data = asstruct::payload_of(obj);
        for_each_hpy_type(ffi::Py_TYPE(obj), |info| {
            if let Some(traverse) = info.traverse {
                traverse(data, clear_visit, core::ptr::null_mut());
            }
        });
    }
}

/// `tp_clear` of HPy types with `HPy_tp_traverse`.
pub(crate) unsafe extern "C" fn clear(obj: *mut ffi::PyObject) -> c_int {
    // SAFETY: CPython calls tp_clear on a live instance with the GIL held.
    unsafe { clear_fields(obj) };
    0
}

/// `tp_dealloc` of HPy types with `HPy_tp_destroy` or `HPy_tp_traverse`.
pub(crate) unsafe extern "C" fn dealloc(obj: *mut ffi::PyObject) {
    // SAFETY: CPython calls tp_dealloc once, on an unreferenced instance,
    // with the GIL held. The instance owns a reference to its (heap) type,
    // released last.
    unsafe {
        let tp = ffi::Py_TYPE(obj);
        if (*tp).tp_finalize.is_some() && ffi::PyObject_CallFinalizerFromDealloc(obj) < 0 {
            return; // resurrected
        }
        if ffi::PyType_IS_GC(tp) != 0 {
            ffi::PyObject_GC_UnTrack(obj.cast());
        }
        clear_fields(obj);
        let data = asstruct::payload_of(obj);
        for_each_hpy_type(tp, |info| {
            if let Some(destroy) = info.destroy {
                destroy(data);
            }
        });
        if let Some(free) = (*tp).tp_free {
            free(obj.cast());
        }
        ffi::Py_DECREF(tp.cast());
    }
}

/// What an HPy traverse implementation's visits are forwarded to.
struct Forward {
    visit: unsafe extern "C" fn(*mut cpy_PyObject, *mut c_void) -> c_int,
    arg: *mut c_void,
}

unsafe extern "C" fn forward_visit(f: *mut HPyField, forward: *mut c_void) -> c_int {
    // SAFETY: `forward` is the `Forward` built by `traverse` below, alive
    // for the whole traversal; `f` is a field of the traversed object.
    unsafe {
        let forward = &*forward.cast::<Forward>();
        let obj = field::object(*f);
        if obj.is_null() {
            return 0;
        }
        (forward.visit)(obj.cast(), forward.arg)
    }
}

/// Run the HPy traverse implementation `f` on `obj`, forwarding each
/// visited field to CPython's `visit`.
///
/// # Safety
/// `obj` is a live instance of a type whose traverse implementation is
/// `f`; GIL held (CPython's GC).
pub(crate) unsafe fn traverse(f: TraverseProc, obj: *mut ffi::PyObject, visit: cpy_visitproc, arg: *mut c_void) -> c_int {
    let Some(visit) = visit else { return 0 };
    let mut forward = Forward { visit, arg };
    // SAFETY: the caller's contract.
    unsafe { f(asstruct::payload_of(obj), forward_visit, (&mut forward as *mut Forward).cast()) }
}

/// Store the default call function of `tp` (if it has `HPy_tp_call`) into
/// a new instance.
///
/// # Safety
/// `obj` is a freshly allocated instance of `tp`; GIL held.
pub(crate) unsafe fn init_vectorcall(tp: *mut ffi::PyTypeObject, obj: *mut ffi::PyObject) {
    // SAFETY: the caller's contract; the offset was set by PyType_FromSpec
    // from our `__vectorcalloffset__` member and lies inside the instance.
    unsafe {
        let offset = (*tp).tp_vectorcall_offset;
        if offset <= 0 {
            return;
        }
        if let Some(func) = registry::find_map(tp, |i| i.vectorcall).flatten() {
            obj.cast::<u8>().offset(offset).cast::<Option<ffi::vectorcallfunc>>().write_unaligned(Some(func));
        }
    }
}

/// `tp_new` of HPy types with `HPy_tp_call` but no `HPy_tp_new`: the
/// inherited `tp_new`, then the default call function.
pub(crate) unsafe extern "C" fn new_with_vectorcall(
    tp: *mut ffi::PyTypeObject,
    args: *mut ffi::PyObject,
    kw: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython calls tp_new with a live type and the GIL held.
    unsafe {
        // Call the tp_new this function replaced: the one above the HPy
        // type(s) that use this function. `tp` may be a Python subclass
        // whose own __new__ led here through super().__new__.
        let ours = |t: *mut ffi::PyTypeObject| {
            (*t).tp_new.map(|f| f as *const () as usize) == Some(new_with_vectorcall as *const () as usize)
        };
        let mut base = tp;
        while !base.is_null() && !ours(base) {
            base = (*base).tp_base;
        }
        while !base.is_null() && ours(base) {
            base = (*base).tp_base;
        }
        let Some(new) = base.as_ref().and_then(|b| b.tp_new) else {
            ffi::PyErr_Format(ffi::PyExc_TypeError, c"cannot create '%s' instances".as_ptr(), (*tp).tp_name);
            return core::ptr::null_mut();
        };
        let obj = new(tp, args, kw);
        if !obj.is_null() {
            init_vectorcall(tp, obj);
        }
        obj
    }
}
