//! `HPyTracker_*`: a growable set of handles closed together.
//!
//! After every call the tracker keeps room for one more handle, so `Add`
//! always records its handle before it tries to grow. If growing fails,
//! `Add` returns -1 but the handle is still tracked, and `Close` closes it
//! (upstream's guarantee).
//!
//! Handles are closed through `ctx->ctx_Close`, so a wrapping context
//! (debug mode) can reuse these functions with its own handles.

use core::ffi::c_int;
use hpy_sys::{HPy, HPyContext, HPyTracker, HPy_ssize_t};
use pyo3_ffi as ffi;

/// The capacity `HPyTracker_New(ctx, 0)` asks for.
const DEFAULT_CAPACITY: usize = 5;

struct Tracker {
    handles: Vec<HPy>,
}

type CloseFn = unsafe extern "C" fn(*mut HPyContext, HPy);

fn no_memory() {
    // SAFETY: called from context functions, with the GIL held.
    unsafe { ffi::PyErr_NoMemory() };
}

/// The tracker behind `ht`, or `None` (with `SystemError` set) for a NULL
/// tracker, i.e. one whose `New` failed.
///
/// # Safety
/// `ht` must be NULL or come from `new` and not be closed yet.
unsafe fn tracker<'a>(ht: HPyTracker, fname: &core::ffi::CStr) -> Option<&'a mut Tracker> {
    if ht.is_null() {
        // SAFETY: GIL held; the format has one `%s`.
        unsafe { ffi::PyErr_Format(ffi::PyExc_SystemError, c"%s: NULL tracker".as_ptr(), fname.as_ptr()) };
        return None;
    }
    // SAFETY: the caller guarantees `ht` is a live `Box<Tracker>`.
    Some(unsafe { &mut *(ht._i as *mut Tracker) })
}

unsafe extern "C" fn new(_: *mut HPyContext, size: HPy_ssize_t) -> HPyTracker {
    let Ok(size) = usize::try_from(size) else {
        crate::err::system_error(c"HPyTracker_New: negative size");
        return HPyTracker::NULL;
    };
    let wanted = if size == 0 { DEFAULT_CAPACITY } else { size };
    let mut handles = Vec::new();
    // One spare slot beyond `wanted`: see the module docs.
    if wanted.checked_add(1).is_none_or(|n| handles.try_reserve_exact(n).is_err()) {
        no_memory();
        return HPyTracker::NULL;
    }
    HPyTracker { _i: Box::into_raw(Box::new(Tracker { handles })) as isize }
}

unsafe extern "C" fn add(_: *mut HPyContext, ht: HPyTracker, h: HPy) -> c_int {
    // SAFETY: `ht` is NULL or a live tracker (C API contract).
    let Some(t) = (unsafe { tracker(ht, c"HPyTracker_Add") }) else { return -1 };
    // Never reallocates: there is always a spare slot.
    t.handles.push(h);
    if t.handles.len() == t.handles.capacity() && t.handles.try_reserve(t.handles.len()).is_err() {
        no_memory();
        return -1;
    }
    0
}

unsafe extern "C" fn forget_all(_: *mut HPyContext, ht: HPyTracker) {
    // SAFETY: `ht` is NULL or a live tracker (C API contract).
    if let Some(t) = unsafe { tracker(ht, c"HPyTracker_ForgetAll") } {
        t.handles.clear();
    }
}

/// Close every tracked handle and free the tracker. Closing a NULL
/// tracker does nothing, so error paths may close unconditionally.
unsafe extern "C" fn close(ctx: *mut HPyContext, ht: HPyTracker) {
    if ht.is_null() {
        return;
    }
    // SAFETY: `ht` is a live `Box<Tracker>` (C API contract); taking it back
    // frees it when this function returns.
    let t = unsafe { Box::from_raw(ht._i as *mut Tracker) };
    // SAFETY: `ctx` is the caller's context; its ctx_Close slot is read as a
    // nullable function pointer (same layout), in case a context left it
    // empty, and then we fall back to the universal representation.
    let close_fn: Option<CloseFn> = unsafe {
        if ctx.is_null() {
            None
        } else {
            core::ptr::addr_of!((*ctx).ctx_Close).cast::<Option<CloseFn>>().read()
        }
    };
    for &h in &t.handles {
        match close_fn {
            // SAFETY: every tracked handle is open and owned by the tracker.
            Some(f) => unsafe { f(ctx, h) },
            // SAFETY: as above; in universal mode a handle is a `PyObject *`.
            None => unsafe { ffi::Py_XDECREF(crate::handles::py(h)) },
        }
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Tracker_New = new;
    ctx.ctx_Tracker_Add = add;
    ctx.ctx_Tracker_ForgetAll = forget_all;
    ctx.ctx_Tracker_Close = close;
}
