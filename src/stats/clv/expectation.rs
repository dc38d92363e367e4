//! The BG/NBD expected number of purchases of a customer known to be alive — the
//! numerator of FHL 2005 eq. 10 — evaluated without loss of precision.
//!
//! As written, (c/(a−1)) · [1 − (1−z)^k ₂F₁(k, b+x; c; z)] with k = r+x and
//! c = a+b+x−1 is 0/0 at a = 1, and when c is large (large b or x) the bracket is about
//! E·(a−1)/c, so it subtracts two nearly equal numbers. Euler's transformation turns the
//! bracket into 1 − (1−z)^(a−1) ₂F₁(c−k, a−1; c; z); expanding (1−z)^(1−a) and that ₂F₁
//! in powers of z and subtracting term by term gives
//!
//! ```text
//! E_alive = (1−z)^(a−1) Σₙ≥₁ (a)ₙ₋₁/n! · zⁿ · σₙ,   σₙ = c(1 − (c−k)ₙ/(c)ₙ),
//! ```
//!
//! where σₙ is carried by the recurrence σ₁ = k, σₙ₊₁ = σₙ + πₙ k/(c+n),
//! π₁ = c−k, πₙ₊₁ = πₙ (c−k+n)/(c+n). No term cancels (all are positive when
//! c ≥ k) and a = 1 is an ordinary point.
//!
//! The series' terms shrink like zⁿ, so it takes about 40/(1−z) terms. For z ≤ 0.9 it
//! is always used. Above, the closed form with ₂F₁ (whose connection formula is fast
//! near z = 1) is used when its bracket loses at most one digit to cancellation, and
//! the series (up to [`MAX_TERMS_NEAR_ONE`] terms) otherwise; should the series not
//! converge within that cap (1−z below about 4e-6 with large b), the closed form is
//! returned as it stands.

use super::bgnbd::BgNbd;
use super::hyp2f1::hyp2f1;

/// Up to this z the series is used.
const SERIES_UP_TO: f64 = 0.9;

/// The closed form is accepted when |(1−z)^(a−1) ₂F₁| ≤ this × |bracket|.
const MAX_BRACKET_CANCELLATION: f64 = 10.0;

/// Relative size of the neglected tail at which the series stops.
const TAIL_TOLERANCE: f64 = 1e-16;

/// Term cap for z ≤ 0.9 (a few hundred are needed unless a is in the hundreds).
const MAX_TERMS: usize = 1_000_000;

/// Term cap for z > 0.9, where the series needs about 40/(1−z) terms.
const MAX_TERMS_NEAR_ONE: usize = 10_000_000;

/// Returns E[purchases in (T, T + horizon] | alive at T, x] for horizon > 0.
pub(crate) fn alive_expectation(model: &BgNbd, x: f64, age: f64, horizon: f64) -> f64 {
    let &BgNbd { r, alpha, a, b } = model;
    let k = r + x;
    let c = a + b + x - 1.0;
    let z = horizon / (alpha + age + horizon);
    // ln(1−z) without the cancellation of 1 − z.
    let ln_one_minus_z = ((alpha + age) / (alpha + age + horizon)).ln();
    let scale = ((a - 1.0) * ln_one_minus_z).exp();
    if z <= SERIES_UP_TO {
        return series(a, k, c, z, MAX_TERMS).map_or(f64::NAN, |sum| scale * sum);
    }
    let product = scale * hyp2f1(c - k, a - 1.0, c, z);
    let bracket = 1.0 - product;
    let closed = c / (a - 1.0) * bracket;
    if closed.is_finite() && product.abs() <= MAX_BRACKET_CANCELLATION * bracket.abs() {
        return closed;
    }
    // The series, or, if it cannot converge within its cap, the closed form as it is
    // (a = 1 exactly makes it NaN).
    series(a, k, c, z, MAX_TERMS_NEAR_ONE).map_or(closed, |sum| scale * sum)
}

/// Sums Σₙ≥₁ (a)ₙ₋₁/n! zⁿ σₙ (see the module docs); `None` when it has not converged
/// within `max_terms` terms.
///
/// Stops after the first term such that the zⁿ-part is shrinking, every later ratio of
/// that part is bounded by q = max(its current ratio, z) < 1, and the tail bound
/// τₙ·q/(1−q)·max(|σₙ|, |c|) (σ tends to c) is at most 1e-16 × the sum.
fn series(a: f64, k: f64, c: f64, z: f64, max_terms: usize) -> Option<f64> {
    let mut tau = z; // (a)ₙ₋₁/n! zⁿ at n = 1
    let mut sigma = k;
    let mut pi = c - k;
    let mut sum = tau * sigma;
    for n in 1..max_terms {
        let nf = n as f64;
        let ratio = (a + nf - 1.0) / (nf + 1.0) * z;
        let next_tau = tau * ratio;
        sigma += pi * k / (c + nf);
        pi *= (c - k + nf) / (c + nf);
        let term = next_tau * sigma;
        if !term.is_finite() {
            return None;
        }
        sum += term;
        let q = ((a + nf) / (nf + 2.0) * z).max(z);
        let past_oscillation = nf > k - c;
        if q < 1.0
            && next_tau <= tau
            && past_oscillation
            && next_tau * q / (1.0 - q) * sigma.abs().max(c.abs()) <= TAIL_TOLERANCE * sum.abs()
        {
            return Some(sum);
        }
        tau = next_tau;
    }
    None
}

#[cfg(test)]
#[allow(clippy::excessive_precision)] // reference values as printed by their source
mod tests {
    use super::*;

    /// The closed form with ₂F₁, where it is well conditioned (CDNOW parameters).
    fn closed_form(model: &BgNbd, x: f64, age: f64, horizon: f64) -> f64 {
        let &BgNbd { r, alpha, a, b } = model;
        let (k, c) = (r + x, a + b + x - 1.0);
        let z = horizon / (alpha + age + horizon);
        let product = (1.0 - z).powf(a - 1.0) * hyp2f1(c - k, a - 1.0, c, z);
        c / (a - 1.0) * (1.0 - product)
    }

    #[test]
    fn series_agrees_with_the_closed_form() {
        let model = BgNbd {
            r: 0.243,
            alpha: 4.414,
            a: 0.793,
            b: 2.426,
        };
        for (x, age, horizon) in [(0.0, 38.86, 39.0), (2.0, 38.86, 39.0), (29.0, 38.0, 300.0)] {
            let z = horizon / (model.alpha + age + horizon);
            let scale = (1.0 - z).powf(model.a - 1.0);
            let k = model.r + x;
            let c = model.a + model.b + x - 1.0;
            let via_series = scale * series(model.a, k, c, z, MAX_TERMS).unwrap();
            let closed = closed_form(&model, x, age, horizon);
            assert!(
                (via_series - closed).abs() < 1e-13 * closed,
                "x = {x}: {via_series} vs {closed}"
            );
        }
    }

    /// mpmath 1.3.0 (40 digits), FHL eq. 10 numerator with `mp.hyp2f1`, for parameters
    /// where the closed form in f64 loses digits: large b (the bracket is ~1e-3) with z
    /// both below and above 0.9, and a = 1 exactly.
    #[rustfmt::skip]
    #[test]
    fn matches_mpmath_where_the_closed_form_cancels() {
        let cases = [
            // r, alpha, a, b, x, T, t, E_alive
            (0.031841083075791664, 0.4431110079671897, 2.3546471432928926, 815.5729538810205, 0.0, 0.0, 29.816199635903878, 1.9602687227608110427),
            (0.615903349481211, 0.12387608389917193, 2.735988365452473, 223.03006177066027, 0.0, 0.0, 3.3171062228458834, 13.301562639989491238),
            (0.2818570705776327, 18.55996577006984, 1.0554942945170935, 120.26032862747613, 2.0, 0.0, 272.38369185590426, 28.248498722324132949),
            // a = 1 (mpmath at a = 1 + 1e-40, 80 digits), z = 0.58 and z = 0.9978.
            (0.243, 4.414, 1.0, 2.426, 3.0, 38.0, 52.0, 2.9293817661802597397),
            (0.243, 4.414, 1.0, 500.0, 0.0, 0.0, 2000.0, 79.096789165902424626),
            // Regression: c−a−b = 1.999 and c = 0.068 at z = 0.9995, where the
            // interpolated connection formula was off by 1e-8 (mpmath, 40 digits).
            (1.112120205593203, 0.06132431805840599, 0.11317795803783817, 0.9552266124766244, 0.0, 0.0, 124.32399356854258, 957.05342031396124285),
        ];
        for (r, alpha, a, b, x, age, horizon, want) in cases {
            let model = BgNbd { r, alpha, a, b };
            let got = alive_expectation(&model, x, age, horizon);
            assert!((got - want).abs() < 1e-12 * want, "{got} vs {want}");
        }
    }
}
