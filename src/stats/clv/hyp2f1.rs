//! The Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z ≤ 1.
//!
//! BG/NBD's conditional expectation (Fader, Hardie & Lee 2005, eq. 10) needs
//! ₂F₁(r+x, b+x; a+b+x−1; z) with z = t/(α+T+t), which approaches 1 for young
//! customers and long horizons, and whose parameters grow with the purchase count x.
//! No small, well-kept crate computes it for those arguments, so it is implemented here
//! and checked against mpmath in the tests.
//!
//! Pareto/NBD's likelihood needs ₂F₁(r+s+x, b; r+s+x+1; z) with z = |α−β|/(max(α,β)+t)
//! in [0, 1) and b = s+1 or r+x. Called as written, that overflows or fails (NaN) near
//! z = 1 once b is large, since it grows like (1−z)^(1−b); `pareto_nbd::ln_a0_term`
//! therefore calls it in Euler's form ₂F₁(1, a+1−b; a+1; z), whose parameters are
//! positive and whose c−a−b = b−1 > −1, where the rules below converge (checked there
//! against mpmath up to z = 1 − 10⁻⁷ and x = 150).
//!
//! # Method
//! - z = 0 gives 1; z = 1 gives Gauss's sum Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)) when c−a−b > 0.
//! - z < 0 is mapped into (0, 1) by Pfaff's transformation
//!   ₂F₁(a, b; c; z) = (1−z)^(−a) ₂F₁(a, c−b; c; z/(z−1)), or the same with a and b
//!   swapped when the first cancels too much.
//! - 0 < z ≤ 0.9: the Gauss series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ.
//! - 0.9 < z < 1: the connection formula to 1−z (Abramowitz & Stegun 15.3.6), whose two
//!   series in 1−z < 0.1 converge in a few dozen terms. Where c−a−b lies within h = 2e-3
//!   of an integer k the two halves have poles that cancel; there the value is
//!   interpolated (degree-5 Lagrange) from the six points c−a−b = k ± h, k ± 2h, k ± 3h,
//!   moving c only, which keeps about 1e-11 relative accuracy for 1−z ≥ 1e-6 (the
//!   function's c-derivatives grow like ln(1−z)ⁿ there; the interpolation error is
//!   estimated as the gap to the degree-3 interpolant and counted). The formula's error is
//!   estimated from the size of each half and the rounding of its log-gamma terms
//!   (ε × their magnitude, which grows with the parameters). When that estimate exceeds
//!   [`ERROR_TARGET`] relative to the result (large parameters), the Gauss series is
//!   summed instead, up to [`MAX_TERMS_NEAR_ONE`] terms; if that does not converge
//!   either, the connection value is still returned when its estimated error is below
//!   [`FALLBACK_ERROR`].
//!
//! # Convergence rule
//! A series stops after the first term tₙ with n past every sign change of a+n, b+n
//! and c+n (where the term ratio may still jump), such that the terms are shrinking,
//! every later term ratio is bounded by q = max(|tₙ₊₁/tₙ|, |z|) < 1 (true once n is past
//! the turning points of the ratio, which tends to |z|), and the geometric bound on the
//! tail, |tₙ|·q/(1−q), is at most 1e-16 × |sum|. A terminating series (a or b a
//! non-positive integer) stops at its last term. A series that has not stopped after its
//! term cap is abandoned; if no method succeeds the result is NaN.

use super::bridge::across_singularity;
use super::special::ln_gamma_signed;

/// Relative size of the neglected tail at which a series stops.
const TAIL_TOLERANCE: f64 = 1e-16;

/// Above this z the connection formula to 1−z is used.
const CONNECTION_FROM: f64 = 0.9;

/// Distance of c−a−b from an integer below which the connection formula is
/// interpolated, and the spacing of the interpolation nodes.
const NEAR_INTEGER: f64 = 2e-3;

/// Largest estimated relative error at which the connection formula is used.
const ERROR_TARGET: f64 = 1e-12;

/// Largest estimated relative error at which the connection formula is still used
/// when the Gauss series does not converge within its cap either.
const FALLBACK_ERROR: f64 = 1e-8;

/// Term cap of each series in 1−z inside the connection formula.
const MAX_TERMS_CONNECTION: usize = 20_000;

/// Term cap of the Gauss series for z ≤ 0.9 (it needs a few hundred terms at most
/// unless the parameters are in the thousands).
const MAX_TERMS_DIRECT: usize = 1_000_000;

/// Term cap of the Gauss series used as the fallback for 0.9 < z < 1 (about 40/(1−z)
/// terms are needed; 1e7 terms take some tens of milliseconds).
const MAX_TERMS_NEAR_ONE: usize = 10_000_000;

/// Returns ₂F₁(a, b; c; z) for real a, b, c and real z ≤ 1.
///
/// Accurate to about 1e-12 relative for z ∈ [0, 1) (checked against mpmath on 2,000
/// random arguments with parameters up to 500 during development; the tests pin the
/// hard ones). For z < 0 the Pfaff-transformed series may cancel
/// when the parameters are large; its accuracy is then about ε × (sum of the terms'
/// magnitudes) / |result|.
///
/// Returns NaN where the function is undefined (c a non-positive integer with a
/// non-terminating series, z > 1, z = 1 with c−a−b ≤ 0), and where it cannot be
/// computed to about 1e-8 (a series that does not converge within its term cap, or
/// cancels beyond that; see the module docs).
pub fn hyp2f1(a: f64, b: f64, c: f64, z: f64) -> f64 {
    if [a, b, c, z].iter().any(|v| !v.is_finite()) || z > 1.0 {
        return f64::NAN;
    }
    if z == 0.0 || a == 0.0 || b == 0.0 {
        return 1.0;
    }
    if is_pole(a) || is_pole(b) {
        // Terminating polynomial: summed in full, exact up to rounding.
        return terminating_sum(a, b, c, z);
    }
    if is_pole(c) {
        return f64::NAN;
    }
    if z == 1.0 {
        return gauss_sum_at_one(a, b, c);
    }
    if z < 0.0 {
        // Pfaff: ₂F₁(a, b; c; z) = (1−z)^(−a) ₂F₁(a, c−b; c; z/(z−1)).
        // Either parameter may be taken; the second is tried when the first cancels.
        let w = z / (z - 1.0);
        let first = (1.0 - z).powf(-a) * hyp2f1(a, c - b, c, w);
        if !first.is_nan() {
            return first;
        }
        return (1.0 - z).powf(-b) * hyp2f1(b, c - a, c, w);
    }
    if z <= CONNECTION_FROM {
        return gauss_series(a, b, c, z, MAX_TERMS_DIRECT)
            .and_then(SeriesSum::trusted)
            .unwrap_or(f64::NAN);
    }
    let connection = connection_near_one(a, b, c, z);
    if let Some(estimate) = connection.filter(|e| e.error <= ERROR_TARGET * e.value.abs()) {
        return estimate.value;
    }
    gauss_series(a, b, c, z, MAX_TERMS_NEAR_ONE)
        .and_then(SeriesSum::trusted)
        .or_else(|| {
            connection
                .filter(|e| e.error <= FALLBACK_ERROR * e.value.abs())
                .map(|e| e.value)
        })
        .unwrap_or(f64::NAN)
}

/// A value and an estimate of its absolute rounding error.
#[derive(Debug, Clone, Copy)]
struct Estimate {
    value: f64,
    error: f64,
}

/// Whether x is 0, −1, −2, …, a pole of Γ.
fn is_pole(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

/// A summed series and the sum of the magnitudes of its terms (for cancellation checks).
#[derive(Debug, Clone, Copy)]
struct SeriesSum {
    sum: f64,
    abs_sum: f64,
}

impl SeriesSum {
    /// The sum, unless its terms cancel so much that its estimated relative rounding
    /// error, ε × Σ|tₙ| / |Σ tₙ|, exceeds [`FALLBACK_ERROR`].
    fn trusted(self) -> Option<f64> {
        (f64::EPSILON * self.abs_sum <= FALLBACK_ERROR * self.sum.abs()).then_some(self.sum)
    }
}

/// Sums the Gauss series by the module's convergence rule; `None` when it has not
/// converged within `max_terms` terms or a term overflows.
fn gauss_series(a: f64, b: f64, c: f64, z: f64, max_terms: usize) -> Option<SeriesSum> {
    let ratio = |n: f64| (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
    let mut term = 1.0_f64;
    let mut sum = 1.0_f64;
    let mut abs_sum = 1.0_f64;
    // Before this index a, b or c + n may still change sign, and the ratio may still
    // pass through a pole of (c)ₙ: no tail bound holds yet.
    let settled = (-a).max(-b).max(-c).max(0.0);
    for n in 0..max_terms {
        let nf = n as f64;
        let next = term * ratio(nf);
        if !next.is_finite() {
            return None;
        }
        if next == 0.0 {
            return Some(SeriesSum { sum, abs_sum });
        }
        sum += next;
        abs_sum += next.abs();
        let q = ratio(nf + 1.0).abs().max(z.abs());
        if q < 1.0
            && nf + 1.0 > settled
            && next.abs() <= term.abs()
            && next.abs() * q / (1.0 - q) <= TAIL_TOLERANCE * sum.abs()
        {
            return Some(SeriesSum { sum, abs_sum });
        }
        term = next;
    }
    None
}

/// Sums a terminating series (a or b a non-positive integer) to its last term.
fn terminating_sum(a: f64, b: f64, c: f64, z: f64) -> f64 {
    let last = [a, b]
        .into_iter()
        .filter(|&v| is_pole(v))
        .map(|v| -v)
        .fold(f64::INFINITY, f64::min);
    let mut term = 1.0_f64;
    let mut sum = 1.0_f64;
    let mut n = 0.0;
    while n < last {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
        sum += term;
        n += 1.0;
    }
    sum
}

/// Gauss's summation theorem, ₂F₁(a, b; c; 1) = Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)), valid
/// for c−a−b > 0.
fn gauss_sum_at_one(a: f64, b: f64, c: f64) -> f64 {
    let m = c - a - b;
    if m <= 0.0 {
        return f64::NAN;
    }
    gamma_ratio(&[c, m], &[c - a, c - b], 0.0)
}

/// Returns exp(extra_ln) × Π Γ(num) / Π Γ(den), computed in logarithms with signs.
/// A pole in `den` makes the ratio exactly zero.
fn gamma_ratio(num: &[f64], den: &[f64], extra_ln: f64) -> f64 {
    signed_gamma_ratio(num, den, extra_ln).0
}

/// [`gamma_ratio`], with the sum of the magnitudes of the logarithms it adds: the
/// rounding error of the result is about ε times that sum, relative.
fn signed_gamma_ratio(num: &[f64], den: &[f64], extra_ln: f64) -> (f64, f64) {
    if den.iter().any(|&d| is_pole(d)) {
        return (0.0, 0.0);
    }
    let mut ln = extra_ln;
    let mut magnitude = extra_ln.abs();
    let mut sign = 1.0;
    for (&v, dir) in num
        .iter()
        .map(|v| (v, 1.0))
        .chain(den.iter().map(|v| (v, -1.0)))
    {
        let (l, s) = ln_gamma_signed(v);
        ln += dir * l;
        magnitude += l.abs();
        sign *= s;
    }
    (sign * ln.exp(), magnitude)
}

/// The 1−z connection formula, interpolated across integer c−a−b; `None` when a
/// series does not converge or the result is not finite.
fn connection_near_one(a: f64, b: f64, c: f64, z: f64) -> Option<Estimate> {
    let m = c - a - b;
    let k = m.round();
    if (m - k).abs() >= NEAR_INTEGER {
        return connection_formula(a, b, c, z);
    }
    // Moves c only, so that c−a−b runs over the interpolation nodes around k. The
    // interpolation weights at |offset| < h sum to at most 3 in magnitude.
    let mut worst_error = 0.0_f64;
    let bridged = across_singularity(m, k, NEAR_INTEGER, |node| {
        let estimate = connection_formula(a, b, c - m + node, z)?;
        worst_error = worst_error.max(estimate.error);
        Some(estimate.value)
    })?;
    Some(Estimate {
        value: bridged.value,
        error: 3.0 * worst_error + bridged.error,
    })
}

/// Abramowitz & Stegun 15.3.6, for m = c−a−b not an integer:
///
/// ```text
/// ₂F₁(a,b;c;z) = Γ(c)Γ(m)/(Γ(c−a)Γ(c−b)) ₂F₁(a, b; 1−m; 1−z)
///              + (1−z)^m Γ(c)Γ(−m)/(Γ(a)Γ(b)) ₂F₁(c−a, c−b; 1+m; 1−z)
/// ```
///
/// with an estimate of its rounding error; `None` when a series does not converge or
/// the value is not finite.
fn connection_formula(a: f64, b: f64, c: f64, z: f64) -> Option<Estimate> {
    let m = c - a - b;
    let w = 1.0 - z;
    let first = gauss_series(a, b, 1.0 - m, w, MAX_TERMS_CONNECTION)?;
    let second = gauss_series(c - a, c - b, 1.0 + m, w, MAX_TERMS_CONNECTION)?;
    let (k1, log_size1) = signed_gamma_ratio(&[c, m], &[c - a, c - b], 0.0);
    let (k2, log_size2) = signed_gamma_ratio(&[c, -m], &[a, b], m * w.ln());
    let value = k1 * first.sum + k2 * second.sum;
    // Each half is off by about ε × (its log-gamma magnitudes + a few roundings).
    let error = f64::EPSILON
        * (k1.abs() * first.abs_sum * (log_size1 + 8.0)
            + k2.abs() * second.abs_sum * (log_size2 + 8.0));
    value.is_finite().then_some(Estimate { value, error })
}

#[cfg(test)]
#[allow(clippy::excessive_precision)] // reference values as printed by their source
mod tests {
    use super::*;

    fn assert_close(got: f64, want: f64, rel: f64, what: &str) {
        assert!(
            (got - want).abs() <= rel * want.abs(),
            "{what}: got {got:e}, want {want:e}, rel err {:e}",
            ((got - want) / want).abs()
        );
    }

    #[test]
    fn elementary_closed_forms() {
        // ₂F₁(1, 1; 2; z) = −ln(1−z)/z.
        for z in [-3.0, -0.5, 0.3, 0.89, 0.95, 0.999] {
            let want = -(1.0_f64 - z).ln() / z;
            assert_close(hyp2f1(1.0, 1.0, 2.0, z), want, 1e-11, &format!("z={z}"));
        }
        // ₂F₁(a, b; b; z) = (1−z)^(−a).
        assert_close(
            hyp2f1(0.7, 2.5, 2.5, 0.97),
            0.03f64.powf(-0.7),
            1e-12,
            "(1-z)^-a",
        );
        // Terminating: ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1)).
        let (b, c, z) = (1.5, 3.0, 0.4);
        let want = 1.0 - 2.0 * b * z / c + b * (b + 1.0) * z * z / (c * (c + 1.0));
        assert_close(hyp2f1(-2.0, b, c, z), want, 1e-15, "terminating");
    }

    #[test]
    fn undefined_arguments_give_nan() {
        assert!(hyp2f1(1.0, 1.0, -2.0, 0.5).is_nan());
        assert!(hyp2f1(1.0, 1.0, 2.0, 1.5).is_nan());
        assert!(hyp2f1(1.0, 1.0, 2.0, 1.0).is_nan());
        assert_close(
            hyp2f1(0.5, 0.25, 2.0, 1.0),
            1.1128357888987642,
            1e-14,
            "z=1",
        );
    }
    /// Reference values: mpmath 1.3.0, `mp.dps = 40; mp.hyp2f1(a, b, c, z)` with the
    /// arguments as the f64 values below. "Euler form" is the transformed call
    /// ₂F₁(a+b−1−r, a−1; a+b+x−1; z) that the BG/NBD expectation uses; the published
    /// CDNOW parameters are r = 0.243, α = 4.414, a = 0.793, b = 2.426.
    #[test]
    fn matches_mpmath() {
        let cases: [(f64, f64, f64, f64, f64); 12] = [
            // BG/NBD x=2 published params, z=39/(4.414+38.86+39)
            (2.243, 4.426, 4.219, 0.4740258161752194, 4.5753158976436893),
            // Euler form of the same
            (
                1.9760000000000004,
                -0.20699999999999996,
                4.219,
                0.4740258161752194,
                0.94794673341713451,
            ),
            // Euler form x=0, z=0.999
            (
                1.9760000000000004,
                -0.20699999999999996,
                2.2190000000000003,
                0.999,
                0.49566263959863668,
            ),
            // Euler form x=0, z=1-1e-5
            (
                1.9760000000000004,
                -0.20699999999999996,
                2.2190000000000003,
                0.99999,
                0.46814548391182034,
            ),
            // large parameters x=150, z=0.3
            (150.243, 152.426, 152.219, 0.3, 2.0167349461960946e+23),
            // Euler form x=500, z=0.995
            (
                1.9760000000000004,
                -0.20699999999999996,
                502.219,
                0.995,
                0.99918772311720531,
            ),
            // Euler form b=1000, a=0.5, r=0.3, x=3, z=0.99
            (999.2, -0.5, 1002.5, 0.99, 0.11489841386629613),
            // c-a-b = 1 + 1e-5, z=0.95
            (1.5, 2.0, 4.50001, 0.95, 3.2972062361231888),
            // c-a-b = 2 exactly, z=0.97
            (0.5, 1.5, 4.0, 0.97, 1.3315135104722929),
            // negative z
            (0.8, 2.5, 3.2, -5.0, 0.29272626780988645),
            // negative c, z=0.95
            (0.3, 0.7, -0.4, 0.95, -50.728778586241949),
            // Euler form x=40, z=0.9999
            (
                1.9760000000000004,
                -0.20699999999999996,
                42.219,
                0.9999,
                0.99003274277196019,
            ),
        ];
        for (a, b, c, z, want) in cases {
            let got = hyp2f1(a, b, c, z);
            assert_close(got, want, 1e-12, &format!("2F1({a}, {b}; {c}; {z})"));
        }
    }

    /// Regression: with c−a−b ≈ 104, the connection formula's first series has
    /// 1−(c−a−b) ≈ −103 as its c, so its terms shrink at first and blow up near n = 103;
    /// the series used to stop early and return 5338.7. mpmath 1.3.0 (50 digits).
    #[test]
    fn series_does_not_stop_before_a_pole_of_its_ratio() {
        let got = hyp2f1(
            303.14365389037306,
            -0.8520332354888651,
            406.34212622476593,
            0.9115988791561752,
        );
        assert_close(got, 0.37859484736847554, 1e-12, "2F1");
    }
}
