//! Trace mode: a context that wraps the universal context and, around
//! every API call, counts it, times it in raw clock ticks (the TSC where it
//! is invariant, else the monotonic clock; see [`clock`]), and calls the
//! optional Python hooks `on_enter(name)` and `on_exit(name)`. Ticks become
//! nanoseconds only when durations are read.
//!
//! Functions that can run Python code are timed on every call. Those that
//! cannot (`no_python_code` in `api/hpy.toml`, and `HPy_Close` when it
//! cannot deallocate anything: see [`manual`]) are timed on every call for
//! their first [`EXACT_CALLS`] calls, then sampled (see [`sample`]).
//!
//! The wrappers are generated from `api/hpy.toml` (`generated/wrappers.rs`);
//! they pass the trace context on to the inner functions, so an HPy function
//! called back through a trampoline still sees the trace context. Handles
//! are the inner context's handles: trace mode does not change them.
//! `_HPy_CallRealFunctionFromTrampoline` is not counted: it is the
//! extension's own code being called, not an API call.

mod clock;
mod manual;
mod sample;
mod state;

#[allow(clippy::undocumented_unsafe_blocks)]
mod generated {
    pub mod wrappers;
}

pub use sample::{DEFAULT_PERIOD, EXACT_CALLS, MAX_PERIOD};
pub use state::{call_counts, durations_ns, sample_period, set_hooks, set_sample_period, Hook};

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
/// (with sample period `period`, see [`sample`]) and never freed. Once it
/// exists, `period` is ignored: use [`set_sample_period`].
///
/// # Safety
/// `inner` must be the universal context (trace mode's `HPy_Close` reads
/// handles as object pointers), and the GIL must be held.
pub unsafe fn context(inner: *mut HPyContext, period: u32) -> *mut HPyContext {
    TRACE
        .get_or_init(|| {
            // SAFETY: `inner` lives for the rest of the process (caller's contract).
            let mut ctx = unsafe { *inner };
            ctx.name = TRACE_NAME.as_ptr();
            ctx._private = state::TraceState::new_raw(inner, period).cast();
            generated::wrappers::install(&mut ctx);
            ContextPtr(Box::into_raw(Box::new(ctx)))
        })
        .0
}

/// The environment variable that sets the initial sample period.
pub const SAMPLE_PERIOD_VAR: &str = "HPY_TRACE_SAMPLE_PERIOD";

/// Parse a sample period (the value of [`SAMPLE_PERIOD_VAR`]): a decimal
/// integer from 1 to [`MAX_PERIOD`], surrounding spaces allowed.
pub fn parse_sample_period(value: &str) -> Result<u32, String> {
    match value.trim().parse::<u64>() {
        Ok(n) if (1..=u64::from(MAX_PERIOD)).contains(&n) => Ok(n as u32),
        _ => Err(format!(
            "{SAMPLE_PERIOD_VAR} must be an integer from 1 to {MAX_PERIOD} (2**20), not {value:?}"
        )),
    }
}

/// The trace context, if one was created.
pub fn existing() -> Option<*mut HPyContext> {
    TRACE.get().map(|c| c.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_periods_parse() {
        assert_eq!(parse_sample_period("1"), Ok(1));
        assert_eq!(parse_sample_period(" 16 "), Ok(16));
        assert_eq!(parse_sample_period("1048576"), Ok(MAX_PERIOD));
        for bad in ["", "0", "-1", "1048577", "16.0", "x", "99999999999999999999999"] {
            let e = parse_sample_period(bad).unwrap_err();
            assert!(e.contains("HPY_TRACE_SAMPLE_PERIOD must be an integer from 1 to 1048576"), "{e}");
        }
    }
}
