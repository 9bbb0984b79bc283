//! Trace mode: a context that wraps another one (normally the universal
//! context) and, around every API call, counts it, times it in raw clock
//! ticks (the TSC where it is invariant, else the monotonic clock; see
//! [`clock`]), and calls the optional Python hooks `on_enter(name)` and
//! `on_exit(name)`. Ticks become nanoseconds only when durations are read.
//!
//! The wrappers are generated from `api/hpy.toml` (`generated/wrappers.rs`);
//! they pass the trace context on to the inner functions, so an HPy function
//! called back through a trampoline still sees the trace context. Handles
//! are the inner context's handles: trace mode does not change them.
//! `_HPy_CallRealFunctionFromTrampoline` is not counted: it is the
//! extension's own code being called, not an API call.

mod clock;
mod state;

#[allow(clippy::undocumented_unsafe_blocks)]
mod generated {
    pub mod wrappers;
}

pub use state::{call_counts, durations_ns, set_hooks, Hook};

use hpy_sys::HPyContext;
use std::sync::OnceLock;

/// The name of the trace context. Upstream's tests check the prefix.
pub const TRACE_NAME: &core::ffi::CStr = c"HPy Trace Mode ABI (hpy-rs)";

struct ContextPtr(*mut HPyContext);
// SAFETY: contexts are only used with the GIL held, which serializes access.
unsafe impl Send for ContextPtr {}
// SAFETY: as above.
unsafe impl Sync for ContextPtr {}

static TRACE: OnceLock<ContextPtr> = OnceLock::new();

/// The process-wide trace context wrapping `inner`, created on first use
/// and never freed.
///
/// # Safety
/// `inner` must be a context that lives for the rest of the process, and
/// the GIL must be held.
pub unsafe fn context(inner: *mut HPyContext) -> *mut HPyContext {
    TRACE
        .get_or_init(|| {
            // SAFETY: `inner` lives for the rest of the process (caller's contract).
            let mut ctx = unsafe { *inner };
            ctx.name = TRACE_NAME.as_ptr();
            ctx._private = state::TraceState::new_raw(inner).cast();
            generated::wrappers::install(&mut ctx);
            ContextPtr(Box::into_raw(Box::new(ctx)))
        })
        .0
}

/// The trace context, if one was created.
pub fn existing() -> Option<*mut HPyContext> {
    TRACE.get().map(|c| c.0)
}
