//! Per-context counters, durations and hooks.

use crate::clock::{self, Anchor, Clock, Ratio};
use crate::sample::{Sampler, EXACT_CALLS};
use hpy_sys::{HPyContext, CONTEXT_SLOTS, MEMBER_NAMES};
use pyo3_ffi as ffi;

/// A Python callable used as a hook, or none.
pub type Hook = *mut ffi::PyObject;

/// What one context function has cost so far (16-byte aligned, so never
/// split across cache lines).
#[derive(Clone, Copy)]
#[repr(C, align(16))]
struct SlotStats {
    calls: u64,
    /// Total time in [`Clock`] ticks; converted only when read.
    ticks: u64,
}

/// `repr(C)` keeps the fields every wrapper reads (`inner`, the hooks, the
/// clock, the sampling countdown) together in the first cache line; a
/// slot's count and ticks share a line too (see [`SlotStats`]).
#[repr(C)]
pub(crate) struct TraceState {
    inner: *mut HPyContext,
    on_enter: Hook,
    on_exit: Hook,
    clock: Clock,
    /// Which calls of sample-eligible functions are timed (see [`crate::sample`]).
    sampler: Sampler,
    /// Ticks to nanoseconds, measured at the first read and then kept.
    ratio: Option<Ratio>,
    anchor: Anchor,
    slots: [SlotStats; CONTEXT_SLOTS],
    /// Interned member names, created the first time a hook needs them.
    names: [*mut ffi::PyObject; CONTEXT_SLOTS],
}

impl TraceState {
    pub(crate) fn new_raw(inner: *mut HPyContext, period: u32) -> *mut TraceState {
        let clock = Clock::detect();
        Box::into_raw(Box::new(TraceState {
            inner,
            on_enter: core::ptr::null_mut(),
            on_exit: core::ptr::null_mut(),
            clock,
            sampler: Sampler::new(period),
            ratio: None,
            anchor: Anchor::take(clock),
            slots: [SlotStats { calls: 0, ticks: 0 }; CONTEXT_SLOTS],
            names: [core::ptr::null_mut(); CONTEXT_SLOTS],
        }))
    }
}

/// # Safety
/// `ctx` must be the trace context (its `_private` is a `TraceState`), and
/// the GIL must be held, which serializes every access.
#[inline(always)]
unsafe fn state<'a>(ctx: *mut HPyContext) -> &'a mut TraceState {
    // SAFETY: guaranteed by the caller.
    unsafe { &mut *(*ctx)._private.cast::<TraceState>() }
}

/// The wrapped context.
///
/// # Safety
/// As for [`state`].
#[inline(always)]
pub(crate) unsafe fn inner(ctx: *mut HPyContext) -> *mut HPyContext {
    // SAFETY: forwarded.
    unsafe { state(ctx).inner }
}

/// Call `hook(name)` without disturbing the exception the API call may be
/// setting or reporting. A hook that raises is reported as unraisable and
/// the traced program goes on.
unsafe fn call_hook(st: &mut TraceState, hook: Hook, slot: usize) {
    // SAFETY: GIL held (context function contract); `hook` is a strong
    // reference kept by the state; the name is created once and kept.
    unsafe {
        let mut name = st.names[slot];
        let (mut t, mut v, mut tb) = (core::ptr::null_mut(), core::ptr::null_mut(), core::ptr::null_mut());
        ffi::PyErr_Fetch(&mut t, &mut v, &mut tb);
        if name.is_null() {
            let n = MEMBER_NAMES[slot];
            name = ffi::PyUnicode_FromStringAndSize(n.as_ptr().cast(), n.len() as ffi::Py_ssize_t);
            st.names[slot] = name;
        }
        let r = if name.is_null() { core::ptr::null_mut() } else { ffi::PyObject_CallOneArg(hook, name) };
        if r.is_null() {
            ffi::PyErr_WriteUnraisable(hook);
        } else {
            ffi::Py_DECREF(r);
        }
        ffi::PyErr_Restore(t, v, tb);
    }
}

/// Count a call and run `on_enter`; returns the function's call count,
/// this call included.
///
/// # Safety
/// As for [`state`].
#[inline(always)]
pub(crate) unsafe fn count(ctx: *mut HPyContext, slot: usize) -> u64 {
    // SAFETY: forwarded.
    let st = unsafe { state(ctx) };
    let s = &mut st.slots[slot];
    s.calls += 1;
    let calls = s.calls;
    if !st.on_enter.is_null() {
        let hook = st.on_enter;
        // SAFETY: GIL held.
        unsafe { call_hook(st, hook, slot) };
    }
    calls
}

/// Whether this call of a sample-eligible function, its function's call
/// number `calls`, is timed: in the exact phase, or picked by the sampler.
/// Moves the countdown on; when it reaches zero, [`timed_sampled`] redraws
/// it. One branch for the caller, taken about once in `P` calls.
///
/// # Safety
/// As for [`state`].
#[inline(always)]
pub(crate) unsafe fn sampled(ctx: *mut HPyContext, calls: u64) -> bool {
    // SAFETY: forwarded.
    let st = unsafe { state(ctx) };
    // `|`, not `||`: both are cheap, and one branch predicts better than two.
    st.sampler.tick() | (calls <= EXACT_CALLS)
}

/// Time `f`, a call of the function at `slot` that [`sampled`] picked,
/// and add its ticks times the call's scale (1 in the exact phase, else
/// the sample period). Out of line: the hot path is the untimed call.
///
/// # Safety
/// As for [`state`]; `f` is the inner call.
#[inline(never)]
pub(crate) unsafe fn timed_sampled<R>(ctx: *mut HPyContext, slot: usize, calls: u64, f: impl FnOnce() -> R) -> R {
    // SAFETY: forwarded.
    let st = unsafe { state(ctx) };
    if st.sampler.countdown == 0 {
        st.sampler.resample();
    }
    let scale = st.sampler.scale(calls);
    // SAFETY: forwarded.
    unsafe { timed(ctx, slot, scale, f) }
}

/// Time `f`, a call of the function at `slot`, and add its ticks times
/// `scale`.
///
/// # Safety
/// As for [`state`]; `f` is the inner call.
#[inline(always)]
pub(crate) unsafe fn timed<R>(ctx: *mut HPyContext, slot: usize, scale: u64, f: impl FnOnce() -> R) -> R {
    // SAFETY: forwarded.
    let start = unsafe { state(ctx) }.clock.now();
    let r = f();
    // SAFETY: forwarded; the state is borrowed afresh after the inner call.
    let st = unsafe { state(ctx) };
    let elapsed = clock::elapsed(start, st.clock.now());
    let s = &mut st.slots[slot];
    s.ticks = s.ticks.wrapping_add(Sampler::scaled(elapsed, scale));
    r
}

/// Run `on_exit` after a call.
///
/// # Safety
/// As for [`state`].
#[inline(always)]
pub(crate) unsafe fn exit_hook(ctx: *mut HPyContext, slot: usize) {
    // SAFETY: forwarded.
    let st = unsafe { state(ctx) };
    if !st.on_exit.is_null() {
        let hook = st.on_exit;
        // SAFETY: GIL held.
        unsafe { call_hook(st, hook, slot) };
    }
}

/// The sample period `P` (see [`crate::sample`]).
///
/// # Safety
/// `ctx` is the trace context; GIL held.
pub unsafe fn sample_period(ctx: *mut HPyContext) -> u32 {
    // SAFETY: forwarded.
    unsafe { state(ctx) }.sampler.period()
}

/// Set the sample period (clamped to `1..=MAX_PERIOD`); it applies from
/// the next call. Totals so far are kept.
///
/// # Safety
/// `ctx` is the trace context; GIL held.
pub unsafe fn set_sample_period(ctx: *mut HPyContext, period: u32) {
    // SAFETY: forwarded.
    unsafe { state(ctx) }.sampler.set_period(period);
}

/// `(member name, count)` for every context function.
///
/// # Safety
/// `ctx` is the trace context; GIL held.
pub unsafe fn call_counts(ctx: *mut HPyContext) -> Vec<(&'static str, u64)> {
    // SAFETY: forwarded.
    let st = unsafe { state(ctx) };
    functions().map(|i| (MEMBER_NAMES[i], st.slots[i].calls)).collect()
}

/// `(member name, total nanoseconds)` for every context function.
///
/// Ticks become nanoseconds here (see [`crate::clock`]). The first call
/// measures the ratio and may sleep, with the GIL held, until 10 ms have
/// passed since the trace context was created; later calls reuse it.
///
/// # Safety
/// `ctx` is the trace context; GIL held.
pub unsafe fn durations_ns(ctx: *mut HPyContext) -> Vec<(&'static str, u64)> {
    // SAFETY: forwarded.
    let st = unsafe { state(ctx) };
    let ratio = *st.ratio.get_or_insert_with(|| clock::calibrate(st.clock, st.anchor));
    functions().map(|i| (MEMBER_NAMES[i], ratio.to_ns(st.slots[i].ticks))).collect()
}

fn functions() -> impl Iterator<Item = usize> {
    (0..CONTEXT_SLOTS).filter(|&i| MEMBER_NAMES[i].starts_with("ctx_") && MEMBER_NAMES[i] != "ctx_CallRealFunctionFromTrampoline")
}

/// Replace the hooks: `None` leaves a hook unchanged, `Some(null)` clears
/// it, `Some(f)` sets it (taking a new reference).
///
/// # Safety
/// `ctx` is the trace context; GIL held; hooks are valid objects or null.
pub unsafe fn set_hooks(ctx: *mut HPyContext, on_enter: Option<Hook>, on_exit: Option<Hook>) {
    // SAFETY: forwarded.
    let st = unsafe { state(ctx) };
    for (slot, new) in [(&mut st.on_enter, on_enter), (&mut st.on_exit, on_exit)] {
        if let Some(new) = new {
            // SAFETY: GIL held; we own the old reference and take a new one.
            unsafe {
                ffi::Py_XINCREF(new);
                ffi::Py_XDECREF(*slot);
            }
            *slot = new;
        }
    }
}
