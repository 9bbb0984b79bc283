//! Types: `HPyType_FromSpec` and everything that hangs on it.
//!
//! - [`spec`]: `HPyType_FromSpec` (params, bases, metaclass, creation);
//! - [`slots`], [`methods`], [`members`], [`getset`]: the CPython tables
//!   built from an `HPyType_Spec`;
//! - [`registry`]: per-type HPy data, kept outside the type object;
//! - [`asstruct`]: where an object's C struct starts (`_HPy_AsStruct_*`);
//! - [`lifecycle`]: the runtime's `tp_dealloc`/`tp_clear`/`tp_traverse`
//!   adapter and `tp_new` wrapper;
//! - [`new`], [`names`], [`call`]: `HPy_New`, `HPyType_GetName`,
//!   `HPy_SetCallFunction` and friends.
//!
//! `docs/types.md` explains the design.

use core::ffi::{c_int, c_void, CStr};
use hpy_sys::{HPyContext, HPyField};
use pyo3_ffi as ffi;

/// A value shared through the GIL: every access happens with the GIL held,
/// which serializes them; no reference into it outlives one access.
pub(crate) struct GilCell<T>(core::cell::UnsafeCell<T>);

// SAFETY: see the type's documentation: the GIL serializes every access.
unsafe impl<T> Sync for GilCell<T> {}

impl<T> GilCell<T> {
    pub(crate) const fn new(value: T) -> Self {
        GilCell(core::cell::UnsafeCell::new(value))
    }

    pub(crate) fn get(&self) -> *mut T {
        self.0.get()
    }
}

mod asstruct;
mod call;
mod getset;
pub(crate) mod lifecycle;
mod members;
mod methods;
mod names;
mod new;
mod registry;
pub(crate) use registry::shape_of;
mod slots;
mod spec;

/// `HPyFunc_visitproc`: what a traverse implementation calls per field.
pub(crate) type VisitProc = unsafe extern "C" fn(field: *mut HPyField, arg: *mut c_void) -> c_int;
/// `HPyFunc_traverseproc`: an `HPy_tp_traverse` implementation.
pub(crate) type TraverseProc = unsafe extern "C" fn(object: *mut c_void, visit: VisitProc, arg: *mut c_void) -> c_int;
/// `HPyFunc_destroyfunc`: an `HPy_tp_destroy` implementation.
pub(crate) type DestroyFunc = unsafe extern "C" fn(object: *mut c_void);

fn type_error(msg: &CStr) {
    // SAFETY: called from context functions, with the GIL held.
    unsafe { ffi::PyErr_SetString(ffi::PyExc_TypeError, msg.as_ptr()) }
}

fn value_error(msg: &CStr) {
    // SAFETY: as above.
    unsafe { ffi::PyErr_SetString(ffi::PyExc_ValueError, msg.as_ptr()) }
}

/// The elements of a C array before the first one that `is_end` accepts
/// (empty for NULL).
///
/// # Safety
/// `p` is NULL or points to an array that contains such an element.
unsafe fn terminated<'a, T>(p: *const T, is_end: impl Fn(&T) -> bool) -> &'a [T] {
    if p.is_null() {
        return &[];
    }
    let mut n = 0;
    // SAFETY: the array is terminated (caller's contract), so every element
    // up to the terminator is readable.
    unsafe {
        while !is_end(&*p.add(n)) {
            n += 1;
        }
        core::slice::from_raw_parts(p, n)
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    spec::install(ctx);
    asstruct::install(ctx);
    new::install(ctx);
    names::install(ctx);
    call::install(ctx);
}
