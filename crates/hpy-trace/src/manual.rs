//! Hand-written trace wrappers (`trace = { manual = ... }` in `api/hpy.toml`).

#![allow(non_snake_case)]

use crate::generated::wrappers::slot;
use crate::state::{count, exit_hook, inner, sampled, timed, timed_sampled};
use hpy_sys::{HPy, HPyContext};
use pyo3_ffi as ffi;

/// Whether closing the universal handle `h` cannot run Python code, so
/// that its timing may be sampled: closing `HPy_NULL` does nothing; an
/// object with other references is not deallocated; and the deallocators
/// of exact `int` and `float` objects run no Python code.
///
/// # Safety
/// GIL held; `h` is HPy_NULL or an open universal handle, which is a
/// strong reference to its object (`hpy_runtime::handles::py`).
#[inline(always)]
unsafe fn close_is_short(h: HPy) -> bool {
    let o = hpy_runtime::handles::py(h);
    if o.is_null() {
        return true;
    }
    // SAFETY: `o` is a live object (an open handle owns a reference).
    unsafe {
        if ffi::Py_REFCNT(o) > 1 {
            return true;
        }
        let t = ffi::Py_TYPE(o);
        t == core::ptr::addr_of_mut!(ffi::PyLong_Type) || t == core::ptr::addr_of_mut!(ffi::PyFloat_Type)
    }
}

/// `HPy_Close`: counted like every call; timed on every call when the close
/// may deallocate an object whose deallocation can run Python code
/// (`__del__`, weakref callbacks, finalizers of what it owns), and sampled
/// like the `no_python_code` functions otherwise ([`close_is_short`]).
pub(crate) unsafe extern "C" fn ctx_Close(ctx: *mut HPyContext, h: HPy) {
    const SLOT: usize = slot::ctx_Close;
    // SAFETY: `ctx` is a trace context and the GIL is held; `h` is an open
    // handle of the inner (universal) context or HPy_NULL, as the inner
    // `ctx_Close` requires. The check is made after `on_enter`, which may
    // run Python code, and just before the close.
    unsafe {
        let n = count(ctx, SLOT);
        let close = || ((*inner(ctx)).ctx_Close)(ctx, h);
        if !close_is_short(h) {
            timed(ctx, SLOT, 1, close);
        } else if sampled(ctx, n) {
            timed_sampled(ctx, SLOT, n, close);
        } else {
            close();
        }
        exit_hook(ctx, SLOT);
    }
}
