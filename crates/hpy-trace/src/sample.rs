//! Which short API calls are timed.
//!
//! Timing a call costs two clock reads (about 20 ns with `rdtsc` on the
//! benchmark VM), more than many API calls themselves. So calls of the
//! functions that cannot run Python code ("sample-eligible": `no_python_code`
//! in `api/hpy.toml`, and `HPy_Close` when it cannot deallocate anything
//! that runs Python code) are timed like this:
//!
//! - while the function's call count is at most [`EXACT_CALLS`], every call
//!   is timed, exactly (scale 1);
//! - after that, each eligible call is timed with probability `1/P` (the
//!   sample period, [`DEFAULT_PERIOD`] unless set) and its ticks are
//!   multiplied by `P` when added.
//!
//! Which calls are timed is a Bernoulli process over all eligible calls: one
//! countdown, decremented by every eligible call, and redrawn from a
//! geometric distribution with mean `P` whenever it reaches zero. The gaps
//! of a Bernoulli process are memoryless, so every eligible call, whatever
//! function it is and whatever pattern the program calls in, is timed with
//! probability exactly `1/P`, independently of the others; the scaled total
//! is therefore an unbiased estimate of the true total for every function.
//! For `n` sampled-phase calls of similar length its relative standard
//! error is about `sqrt((P - 1) / n)`.
//!
//! The random numbers come from xorshift64* with a fixed seed, so a run
//! that makes the same calls times the same ones.

/// Every call of a function is timed while its call count is at most this.
pub const EXACT_CALLS: u64 = 256;

/// The sample period unless `set_sample_period` or
/// `HPY_TRACE_SAMPLE_PERIOD` says otherwise.
pub const DEFAULT_PERIOD: u32 = 16;

/// The largest sample period accepted.
pub const MAX_PERIOD: u32 = 1 << 20;

const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// The sampling state: the countdown (on the hot path) and what redraws it.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub(crate) struct Sampler {
    /// Eligible calls left until the next sampled one (the call that takes
    /// it to zero is timed). Never zero between calls.
    pub(crate) countdown: u64,
    rng: u64,
    /// `1 / ln(1 - 1/P)` (negative), or 0 for `P = 1`.
    inv_log_q: f64,
    period: u32,
}

impl Sampler {
    /// A sampler with period `period` (clamped to `1..=MAX_PERIOD`).
    pub(crate) fn new(period: u32) -> Sampler {
        let mut s = Sampler { countdown: 1, rng: SEED, inv_log_q: 0.0, period: 1 };
        s.set_period(period);
        s
    }

    pub(crate) fn period(&self) -> u32 {
        self.period
    }

    /// Change the period and redraw the countdown, so the new period
    /// applies from the next eligible call.
    pub(crate) fn set_period(&mut self, period: u32) {
        let period = period.clamp(1, MAX_PERIOD);
        self.period = period;
        self.inv_log_q = if period == 1 { 0.0 } else { 1.0 / (1.0 - 1.0 / f64::from(period)).ln() };
        self.countdown = self.draw();
    }

    /// Count one eligible call. True if it is a sampled one (the countdown
    /// reached zero); the caller then calls [`Sampler::resample`].
    #[inline(always)]
    pub(crate) fn tick(&mut self) -> bool {
        // Wrapping, so that no build has a panic path here (the countdown
        // is never 0 before a call: the sampled call redraws it).
        self.countdown = self.countdown.wrapping_sub(1);
        self.countdown == 0
    }

    /// After a sampled call: draw the gap to the next one.
    pub(crate) fn resample(&mut self) {
        self.countdown = self.draw();
    }

    /// The factor a timed call's ticks are multiplied by: 1 while the
    /// function is in its exact phase, else the period.
    #[inline(always)]
    pub(crate) fn scale(&self, calls: u64) -> u64 {
        if calls <= EXACT_CALLS {
            1
        } else {
            u64::from(self.period)
        }
    }

    /// `elapsed` ticks of a timed call with scale `scale`, as added to the
    /// function's total (saturating: a scaled call never wraps the total
    /// by itself).
    #[inline(always)]
    pub(crate) fn scaled(elapsed: u64, scale: u64) -> u64 {
        elapsed.saturating_mul(scale)
    }

    /// xorshift64* (Vigna); never returns 0 since the state never is 0.
    fn next_u64(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A geometric draw on `1, 2, ...` with success probability `1/P`
    /// (mean `P`): `floor(ln U / ln(1 - 1/P)) + 1`, `U` uniform in (0, 1].
    fn draw(&mut self) -> u64 {
        if self.period == 1 {
            return 1;
        }
        // 53 random bits, shifted to (0, 1].
        let u = ((self.next_u64() >> 11) + 1) as f64 * (1.0 / (1u64 << 53) as f64);
        // ln u <= 0 and inv_log_q < 0, so the product is >= 0; at most about
        // 37 P for the smallest u. `as` saturates, and the +1 cannot
        // overflow from there.
        (u.ln() * self.inv_log_q) as u64 + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Simulate `n` eligible calls; returns how many were timed.
    fn timed_calls(s: &mut Sampler, n: u64) -> u64 {
        let mut timed = 0;
        for _ in 0..n {
            if s.tick() {
                s.resample();
                timed += 1;
            }
        }
        timed
    }

    #[test]
    fn period_16_times_one_call_in_16() {
        let mut s = Sampler::new(16);
        let timed = timed_calls(&mut s, 1_600_000);
        // Expected 100,000, standard deviation about 306: within 2%.
        assert!(timed.abs_diff(100_000) < 2_000, "{timed}");
    }

    #[test]
    fn period_1_times_every_call() {
        let mut s = Sampler::new(1);
        assert_eq!(timed_calls(&mut s, 10_000), 10_000);
        // Also after switching from another period.
        let mut s = Sampler::new(16);
        timed_calls(&mut s, 7);
        s.set_period(1);
        assert_eq!(timed_calls(&mut s, 10_000), 10_000);
    }

    #[test]
    fn geometric_draws_have_mean_p() {
        for p in [2u32, 16, 100, 1000] {
            let mut s = Sampler::new(p);
            let n = 200_000;
            let draws: Vec<u64> = (0..n).map(|_| s.draw()).collect();
            assert!(draws.iter().all(|&d| d >= 1));
            let mean = draws.iter().sum::<u64>() as f64 / f64::from(n);
            // The standard error of the mean is about P / sqrt(n) (0.2% of
            // P here): within 2%.
            assert!((mean / f64::from(p) - 1.0).abs() < 0.02, "P={p}: mean {mean}");
            // Geometric: P(gap = 1) = 1/P.
            let ones = draws.iter().filter(|&&d| d == 1).count() as f64 / f64::from(n);
            assert!((ones * f64::from(p) - 1.0).abs() < 0.1, "P={p}: P(1) = {ones}");
        }
    }

    #[test]
    fn sampling_is_not_aliased_with_periodic_calls() {
        // Two functions called alternately, with P even: a fixed-stride
        // sampler would time only one of them. Both get about half the
        // samples.
        let mut s = Sampler::new(16);
        let mut per = [0u64; 2];
        for i in 0..1_600_000u64 {
            if s.tick() {
                s.resample();
                per[(i % 2) as usize] += 1;
            }
        }
        for t in per {
            assert!(t.abs_diff(50_000) < 1_500, "{per:?}");
        }
    }

    #[test]
    fn scale_is_1_in_the_exact_phase_then_the_period() {
        let s = Sampler::new(16);
        assert_eq!(s.scale(1), 1);
        assert_eq!(s.scale(EXACT_CALLS), 1);
        assert_eq!(s.scale(EXACT_CALLS + 1), 16);
        let s = Sampler::new(1);
        assert_eq!(s.scale(EXACT_CALLS + 1), 1);
        assert_eq!(Sampler::scaled(37, 16), 592);
        assert_eq!(Sampler::scaled(37, 1), 37);
        assert_eq!(Sampler::scaled(u64::MAX / 2, 16), u64::MAX);
    }

    #[test]
    fn scaled_estimate_is_close_to_the_truth() {
        // Calls of 100 ticks each, sampled with P = 16: the scaled total is
        // within a few percent of 100 ticks * calls.
        let mut s = Sampler::new(16);
        let n = 1_600_000u64;
        let mut total = 0u64;
        for _ in 0..n {
            if s.tick() {
                s.resample();
                total += Sampler::scaled(100, s.scale(EXACT_CALLS + 1));
            }
        }
        let truth = 100 * n;
        assert!(total.abs_diff(truth) < truth / 50, "{total} vs {truth}");
    }

    #[test]
    fn periods_are_clamped_and_reproducible() {
        assert_eq!(Sampler::new(0).period(), 1);
        assert_eq!(Sampler::new(u32::MAX).period(), MAX_PERIOD);
        let (mut a, mut b) = (Sampler::new(16), Sampler::new(16));
        assert_eq!(timed_calls(&mut a, 100_000), timed_calls(&mut b, 100_000));
        assert_eq!(a.countdown, b.countdown);
        // The largest period still draws positive, finite gaps.
        let mut s = Sampler::new(MAX_PERIOD);
        for _ in 0..1000 {
            let d = s.draw();
            assert!((1..60 * u64::from(MAX_PERIOD)).contains(&d), "{d}");
        }
    }
}
