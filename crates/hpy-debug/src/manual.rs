//! The wrappers that are not generated (`debug.manual` in api/hpy.toml).

#![allow(non_snake_case)]

use crate::generated::wrappers::slot;
use crate::report::{self, Site};
use crate::state::{self, DebugState};
use crate::table::{Lookup, LIVE_HANDLE};
use crate::wrap::{context_of, enter, resume, suspend, unwrap, valid_flag, wrap};
use hpy_sys::{HPy, HPyContext, HPyType_Spec, HPyType_SpecParam};
use pyo3_ffi as ffi;

pub(crate) use crate::trampoline::ctx_CallRealFunctionFromTrampoline;

/// Close debug handle `h` on behalf of `site`: the entry goes to the closed
/// queue, and the universal handle is closed too when the debug handle
/// owned it (arguments of HPy functions are borrowed). Closing a closed,
/// stale or foreign handle, or a context constant, is reported and
/// changes nothing, so a hook can let the program go on safely.
///
/// # Safety
/// GIL held; `st` is the debug state.
#[inline(always)]
pub(crate) unsafe fn close_handle(st: *mut DebugState, h: HPy, site: Site<'_>, closed_by: u16) {
    // SAFETY: forwarded.
    unsafe {
        if !close_if_open(st, h, closed_by) {
            close_unusable(st, h, site)
        }
    }
}

/// [`close_handle`] of an open handle; returns false, having done
/// nothing, for anything else.
///
/// # Safety
/// As for [`close_handle`].
#[inline(always)]
unsafe fn close_if_open(st: *mut DebugState, h: HPy, closed_by: u16) -> bool {
    // SAFETY: GIL held; the entry is read only inside the table.
    unsafe {
        match (*st).table.open_entry(h._i) {
            Some((index, _)) => {
                let (uh, owned) = state::close(st, index, closed_by);
                if owned {
                    // May run `__del__`, which may call back into HPy.
                    ((*(*st).uctx).ctx_Close)((*st).uctx, uh);
                }
                true
            }
            _ => false,
        }
    }
}

/// [`close_handle`] of anything but an open handle: nothing for NULL, a
/// report otherwise.
#[cold]
#[inline(never)]
unsafe fn close_unusable(st: *mut DebugState, h: HPy, site: Site<'_>) {
    if h.is_null() {
        return;
    }
    // SAFETY: GIL held; the entry is read only inside the table.
    unsafe {
        if let Lookup::Entry { index, tag } = (*st).table.lookup(h._i) {
            if (*(*st).table.entry(index)).live == LIVE_HANDLE | tag {
                report::invalid_handle(st, site, h._i, "context constants (ctx->h_None, ...) must never be closed");
                return;
            }
        }
        report::invalid_handle(st, site, h._i, "");
    }
}

pub(crate) unsafe extern "C" fn ctx_Close(ctx: *mut HPyContext, h: HPy) {
    // SAFETY: `ctx` is a debug context; the context is suspended while the
    // inner close may run Python code.
    unsafe {
        let c = enter(ctx, slot::ctx_Close);
        // The common case, with every check made before anything changes,
        // so that everything else can start over in `close_general`, and
        // with nothing but tail calls.
        let st = &mut *c.st;
        // An open handle that owns its object and has no extras, in one
        // comparison (borrowed handles go the general way).
        if let Some((_, e)) = st.table.open_entry_with(h._i, 0) {
            if let Some(uh) = st.table.try_close_no_extras(e, c.slot) {
                // Another reference remains (small ints, shared objects):
                // dropping this one deallocates nothing and runs no Python
                // code, so there is no context to suspend. What the
                // universal `HPy_Close` does: a handle is its object.
                let o = hpy_runtime::handles::py(HPy { _i: uh });
                if ffi::Py_REFCNT(o) > 1 {
                    ffi::Py_DECREF(o);
                    return;
                }
                // May run `__del__`, which may call back into HPy.
                suspend(c);
                // `uctx` read here rather than kept from `enter`, which
                // would hold a register over everything above.
                return close_inner(valid_flag(c), (*c.st).uctx, HPy { _i: uh });
            }
        }
        close_general(context_of(c), h)
    }
}

/// The end of `ctx_Close` for a handle it owned: close the universal
/// handle, then resume the suspended context whose `valid` flag is at
/// `valid`. On its own so that `ctx_Close` calls nothing but this, as a
/// tail call.
///
/// # Safety
/// GIL held; `valid` points into a live `CtxInfo`; `uh` is an open
/// universal handle of `uctx`, which we own.
#[inline(never)]
unsafe extern "C" fn close_inner(valid: *mut bool, uctx: *mut HPyContext, uh: HPy) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        ((*uctx).ctx_Close)(uctx, uh);
        *valid = true;
    }
}

/// `ctx_Close` in general.
///
/// # Safety
/// As for `ctx_Close`.
#[inline(never)]
unsafe extern "C" fn close_general(ctx: *mut HPyContext, h: HPy) {
    // SAFETY: as in `ctx_Close`.
    unsafe {
        let c = enter(ctx, slot::ctx_Close);
        suspend(c);
        if !close_if_open(c.st, h, c.slot) {
            close_unusable(c.st, h, Site::Api { slot: c.slot, arg: 0 });
        }
        resume(c);
    }
}

/// `HPyType_FromSpec`: the params array (ended by a zero `kind`) holds
/// handles, which the inner context gets unwrapped.
pub(crate) unsafe extern "C" fn ctx_Type_FromSpec(
    ctx: *mut HPyContext,
    spec: *mut HPyType_Spec,
    params: *mut HPyType_SpecParam,
) -> HPy {
    // SAFETY: `ctx` is a debug context; `params` is NULL or ends with a
    // zero kind (C API contract).
    unsafe {
        let c = enter(ctx, slot::ctx_Type_FromSpec);
        let mut uparams = Vec::new();
        if !params.is_null() {
            let mut p = params;
            loop {
                let kind = (*p).kind;
                uparams.push(HPyType_SpecParam { kind, object: unwrap(c, (*p).object, 1) });
                if kind.0 == 0 {
                    break;
                }
                p = p.add(1);
            }
        }
        let up = if params.is_null() { core::ptr::null_mut() } else { uparams.as_mut_ptr() };
        suspend(c);
        let r = ((*c.uctx).ctx_Type_FromSpec)(c.uctx, spec, up);
        resume(c);
        wrap(c, r)
    }
}
