//! The trace clock: raw ticks on the hot path, nanoseconds only when read.
//!
//! Every traced call reads [`Clock::now`] twice and adds the difference, in
//! ticks, to its slot. What a tick is depends on the clock chosen once, when
//! the trace context is created ([`Clock::detect`]):
//!
//! - **TSC** (x86_64 whose CPU reports an invariant TSC: CPUID leaf
//!   `0x8000_0007`, EDX bit 8, after checking with leaf `0x8000_0000` that
//!   the leaf exists). A tick is one TSC cycle, read with `rdtsc` (no
//!   fences: a call's start and end may drift by a few cycles, which is far
//!   below what a profile can use).
//! - **Monotonic** (everywhere else): `clock_gettime(CLOCK_MONOTONIC)`, a
//!   tick is one nanosecond.
//!
//! Converting ticks to nanoseconds ([`Ratio`]) happens when durations are
//! read. When the trace context is created it records an [`Anchor`], a
//! `(ticks, Instant)` pair. The first read takes a second pair and divides
//! the `Instant` nanoseconds elapsed between the two by the ticks elapsed
//! between them; if less than [`CALIBRATION_WINDOW`] has elapsed since the
//! anchor, it first sleeps until it has, so that the error of reading the
//! two clocks at slightly different moments (tens of nanoseconds) is at most
//! a few parts per million of the window. Each pair is the tightest of a few
//! `ticks, Instant, ticks` reads, its ticks the midpoint, so a thread
//! preempted in the middle of one read does not skew the ratio. The ratio is
//! then kept for the life of the process: a total that did not grow
//! converts to the same number of nanoseconds at every read (upstream's
//! conformance test checks exactly that), and totals never decrease.
//!
//! The difference of two reads is taken with `wrapping_sub`; a "negative"
//! one (top bit set: the thread moved between cores whose TSCs disagree)
//! counts as zero.

use std::time::{Duration, Instant};

/// How long the first read of the durations waits, at least, after the
/// anchor before measuring the ticks-per-nanosecond ratio.
pub(crate) const CALIBRATION_WINDOW: Duration = Duration::from_millis(10);

/// The counter [`Clock::now`] reads. A copy lives in the trace state, next
/// to the fields every wrapper already reads, so choosing costs a
/// well-predicted branch on a cached byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Clock {
    tsc: bool,
}

impl Clock {
    /// `clock_gettime(CLOCK_MONOTONIC)` in nanoseconds, on any CPU.
    pub(crate) const MONOTONIC: Clock = Clock { tsc: false };

    /// The TSC if this CPU has an invariant one, else [`Clock::MONOTONIC`].
    pub(crate) fn detect() -> Clock {
        if invariant_tsc() {
            Clock { tsc: true }
        } else {
            Clock::MONOTONIC
        }
    }

    /// Whether ticks are TSC cycles (else nanoseconds).
    pub(crate) fn is_tsc(self) -> bool {
        self.tsc
    }

    /// The current time in ticks.
    #[inline(always)]
    pub(crate) fn now(self) -> u64 {
        #[cfg(target_arch = "x86_64")]
        if self.tsc {
            // SAFETY: `rdtsc` reads a register and has no preconditions;
            // `tsc` is only set when CPUID reported an invariant TSC.
            return unsafe { core::arch::x86_64::_rdtsc() };
        }
        monotonic_ns()
    }
}

#[cfg(target_arch = "x86_64")]
fn invariant_tsc() -> bool {
    use core::arch::x86_64::__cpuid;
    // `__cpuid` is a safe function since Rust 1.87; our MSRV is 1.85.
    #[allow(unused_unsafe)]
    // SAFETY: every x86_64 CPU has CPUID, and the extended range's first
    // leaf (0x8000_0000, the highest extended leaf) always exists.
    let max_extended = unsafe { __cpuid(0x8000_0000) }.eax;
    if max_extended < 0x8000_0007 {
        return false;
    }
    #[allow(unused_unsafe)]
    // SAFETY: as above; leaf 0x8000_0007 exists, checked just before.
    let edx = unsafe { __cpuid(0x8000_0007) }.edx;
    edx & (1 << 8) != 0
}

#[cfg(not(target_arch = "x86_64"))]
fn invariant_tsc() -> bool {
    false
}

/// `clock_gettime(CLOCK_MONOTONIC)` as nanoseconds, without `Duration`.
#[cfg(unix)]
#[inline(never)]
fn monotonic_ns() -> u64 {
    // SAFETY: `timespec` is plain integers, for which all-zero is valid.
    let mut ts: libc::timespec = unsafe { core::mem::zeroed() };
    // SAFETY: `ts` is a valid, writable `timespec`. CLOCK_MONOTONIC cannot
    // fail on the systems std supports; if it did, `ts` would stay zero.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u64).wrapping_mul(1_000_000_000).wrapping_add(ts.tv_nsec as u64)
}

/// `Instant` as nanoseconds since the first call (no `clock_gettime` here).
#[cfg(not(unix))]
#[inline(never)]
fn monotonic_ns() -> u64 {
    static BASE: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    BASE.get_or_init(Instant::now).elapsed().as_nanos() as u64
}

/// The ticks between two reads; a "negative" difference (top bit set) is 0.
#[inline(always)]
pub(crate) fn elapsed(start: u64, end: u64) -> u64 {
    let d = end.wrapping_sub(start);
    if d > i64::MAX as u64 {
        0
    } else {
        d
    }
}

/// A `(ticks, Instant)` pair read at (nearly) the same moment.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Anchor {
    ticks: u64,
    at: Instant,
}

impl Anchor {
    /// Reads `ticks, Instant, ticks` a few times and keeps the tightest
    /// bracket, with the midpoint of its ticks.
    pub(crate) fn take(clock: Clock) -> Anchor {
        let mut best: Option<(u64, Anchor)> = None;
        for _ in 0..8 {
            let t1 = clock.now();
            let at = Instant::now();
            let t2 = clock.now();
            let width = elapsed(t1, t2);
            let anchor = Anchor { ticks: t1.wrapping_add(width / 2), at };
            if best.is_none_or(|(w, _)| width < w) {
                best = Some((width, anchor));
            }
            // A few thousand ticks is a microsecond or two: good enough.
            if width < 4096 {
                break;
            }
        }
        match best {
            Some((_, anchor)) => anchor,
            None => Anchor { ticks: clock.now(), at: Instant::now() },
        }
    }
}

/// Ticks to nanoseconds: `ns = ticks * ns_per / ticks_per`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ratio {
    ns: u64,
    ticks: u64,
}

impl Ratio {
    /// Ticks that are already nanoseconds.
    pub(crate) const IDENTITY: Ratio = Ratio { ns: 1, ticks: 1 };

    /// The ratio measured between two anchors, if both clocks advanced.
    pub(crate) fn between(from: Anchor, to: Anchor) -> Option<Ratio> {
        let ticks = to.ticks.checked_sub(from.ticks).filter(|&t| t > 0 && t <= i64::MAX as u64)?;
        let ns = u64::try_from(to.at.saturating_duration_since(from.at).as_nanos()).ok().filter(|&n| n > 0)?;
        Some(Ratio { ns, ticks })
    }

    /// `ticks` in nanoseconds, rounded down; saturates at `u64::MAX`.
    pub(crate) fn to_ns(self, ticks: u64) -> u64 {
        let ns = u128::from(ticks) * u128::from(self.ns) / u128::from(self.ticks);
        u64::try_from(ns).unwrap_or(u64::MAX)
    }
}

/// The ratio for `clock`, measured from `anchor` to now. Sleeps first if
/// less than [`CALIBRATION_WINDOW`] has elapsed since `anchor`.
pub(crate) fn calibrate(clock: Clock, anchor: Anchor) -> Ratio {
    if !clock.is_tsc() {
        return Ratio::IDENTITY;
    }
    let mut from = anchor;
    // The TSC goes backwards only across unsynchronized cores; then measure
    // afresh from a new anchor. After a few failures report raw ticks
    // rather than loop forever.
    for _ in 0..4 {
        let waited = from.at.elapsed();
        if waited < CALIBRATION_WINDOW {
            std::thread::sleep(CALIBRATION_WINDOW - waited);
        }
        let to = Anchor::take(clock);
        if let Some(ratio) = Ratio::between(from, to) {
            return ratio;
        }
        from = to;
    }
    Ratio::IDENTITY
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor_pair(ticks: u64, ns: u64) -> (Anchor, Anchor) {
        let at = Instant::now();
        (Anchor { ticks: 1000, at }, Anchor { ticks: 1000 + ticks, at: at + Duration::from_nanos(ns) })
    }

    #[test]
    fn conversion_arithmetic() {
        // 2.5 ticks per nanosecond (a 2.5 GHz TSC).
        let (a, b) = anchor_pair(25_000_000, 10_000_000);
        let r = Ratio::between(a, b).unwrap();
        assert_eq!(r.to_ns(0), 0);
        assert_eq!(r.to_ns(5), 2);
        assert_eq!(r.to_ns(2_500_000_000), 1_000_000_000);
        // No overflow in the product: u64::MAX ticks is 2/5 of it in ns.
        assert_eq!(r.to_ns(u64::MAX), (u128::from(u64::MAX) * 2 / 5) as u64);
        // Slower than 1 tick/ns: saturates instead of wrapping.
        let (a, b) = anchor_pair(1, 3);
        let r = Ratio::between(a, b).unwrap();
        assert_eq!(r.to_ns(7), 21);
        assert_eq!(r.to_ns(u64::MAX), u64::MAX);
        assert_eq!(Ratio::IDENTITY.to_ns(123_456_789), 123_456_789);
    }

    #[test]
    fn conversion_is_monotonic() {
        let (a, b) = anchor_pair(26_000_117, 10_000_003);
        let r = Ratio::between(a, b).unwrap();
        let mut last = 0;
        for t in (0..10_000_000u64).step_by(997) {
            let ns = r.to_ns(t);
            assert!(ns >= last);
            last = ns;
        }
    }

    #[test]
    fn no_ratio_from_clocks_that_did_not_advance() {
        let (a, b) = anchor_pair(0, 10);
        assert_eq!(Ratio::between(a, b), None);
        let (a, b) = anchor_pair(10, 0);
        assert_eq!(Ratio::between(a, b), None);
        // Ticks that went backwards.
        assert_eq!(Ratio::between(b, a), None);
    }

    #[test]
    fn negative_differences_count_as_zero() {
        assert_eq!(elapsed(10, 15), 5);
        assert_eq!(elapsed(15, 10), 0);
        assert_eq!(elapsed(u64::MAX - 1, 3), 5); // the counter wrapped
        assert_eq!(elapsed(0, i64::MAX as u64), i64::MAX as u64);
        assert_eq!(elapsed(0, i64::MAX as u64 + 1), 0);
    }

    #[test]
    fn monotonic_clock_is_nanoseconds() {
        let c = Clock::MONOTONIC;
        let (t0, i0) = (c.now(), Instant::now());
        std::thread::sleep(Duration::from_millis(20));
        let (t1, d) = (c.now(), i0.elapsed());
        let ticks = elapsed(t0, t1);
        assert!(ticks >= 20_000_000, "{ticks}");
        assert!(ticks.abs_diff(d.as_nanos() as u64) < 5_000_000, "{ticks} vs {d:?}");
        assert_eq!(calibrate(c, Anchor::take(c)), Ratio::IDENTITY);
    }

    #[test]
    fn calibrated_clock_agrees_with_instant() {
        let clock = Clock::detect();
        let anchor = Anchor::take(clock);
        let started = Instant::now();
        let ratio = calibrate(clock, anchor);
        assert!(started.elapsed() >= CALIBRATION_WINDOW - Duration::from_millis(1));
        let (t0, i0) = (clock.now(), Instant::now());
        std::thread::sleep(Duration::from_millis(30));
        let (t1, real) = (clock.now(), i0.elapsed().as_nanos() as u64);
        let measured = ratio.to_ns(elapsed(t0, t1));
        // Never a tight timing assertion: within 20% (typically ppm).
        assert!(measured.abs_diff(real) < real / 5, "measured {measured} ns, real {real} ns");
    }
}
