//! The wrappers that are not generated (`debug.manual` in api/hpy.toml).

#![allow(non_snake_case)]

use crate::generated::wrappers::slot;
use crate::report::{self, Site};
use crate::state::{self, DebugState};
use crate::table::{Kind, Lookup, LIVE_HANDLE};
use crate::wrap::{enter, resume, suspend, unwrap, wrap};
use hpy_sys::{HPy, HPyContext, HPyType_Spec, HPyType_SpecParam};

pub(crate) use crate::trampoline::ctx_CallRealFunctionFromTrampoline;

/// Close debug handle `h` on behalf of `site`: the entry goes to the closed
/// queue, and the universal handle is closed too when the debug handle
/// owned it (arguments of HPy functions are borrowed). Closing a closed,
/// stale or foreign handle, or a context constant, is reported and
/// changes nothing, so a hook can let the program go on safely.
///
/// # Safety
/// GIL held; `st` is the debug state.
pub(crate) unsafe fn close_handle(st: *mut DebugState, h: HPy, site: Site<'_>, closed_by: u16) {
    if h.is_null() {
        return;
    }
    // SAFETY: GIL held; the entry is read only inside the table.
    unsafe {
        if let Lookup::Entry { index, tag } = (*st).table.lookup(h._i) {
            let e = (*st).table.entry(index);
            if (*e).live == LIVE_HANDLE | tag {
                if (*e).kind == Kind::Open {
                    let (uh, owned) = state::close(st, index, closed_by);
                    if owned {
                        // May run `__del__`, which may call back into HPy.
                        ((*(*st).uctx).ctx_Close)((*st).uctx, uh);
                    }
                    return;
                }
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
        suspend(c);
        close_handle(c.st, h, Site::Api { slot: c.slot, arg: 0 }, c.slot);
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
