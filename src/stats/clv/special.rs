//! Special functions the CLV models need besides 2F1: log-gamma (with and without
//! its sign) and digamma.
//!
//! Log-gamma comes from `libm` (a port of musl's `lgamma_r`, accurate to about one
//! unit in the last place); digamma is computed here because no small, well-kept crate
//! offers it without pulling in a linear-algebra stack.

/// Returns ln Γ(x) for x > 0.
///
/// For x ≤ 0 the result is ln |Γ(x)|; use [`ln_gamma_signed`] when the sign matters.
pub fn ln_gamma(x: f64) -> f64 {
    libm::lgamma_r(x).0
}

/// Returns (ln |Γ(x)|, sign of Γ(x)) for any real x that is not a pole.
///
/// At a pole (x = 0, −1, −2, …) the logarithm is +∞; callers that need 1/Γ(x) there
/// get exactly zero from `sign * exp(-ln)`.
pub fn ln_gamma_signed(x: f64) -> (f64, f64) {
    let (ln, sign) = libm::lgamma_r(x);
    (ln, if sign < 0 { -1.0 } else { 1.0 })
}

/// Returns the digamma function ψ(x) = d/dx ln Γ(x) for x > 0.
///
/// Uses the recurrence ψ(x) = ψ(x + 1) − 1/x until x ≥ 10 and then the asymptotic
/// (Stirling) series through the x⁻¹⁴ term, whose truncation error there is below
/// 1e-17; the result is accurate to a few units in the last place. Returns NaN for
/// x ≤ 0, which the models never need.
pub fn digamma(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return f64::NAN;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    let mut x = x;
    let mut shift = 0.0;
    while x < 10.0 {
        shift -= 1.0 / x;
        x += 1.0;
    }
    let inv2 = 1.0 / (x * x);
    // Bernoulli-number coefficients B_2k / (2k) for k = 1..7.
    let tail = inv2
        * (1.0 / 12.0
            - inv2
                * (1.0 / 120.0
                    - inv2
                        * (1.0 / 252.0
                            - inv2
                                * (1.0 / 240.0
                                    - inv2
                                        * (1.0 / 132.0
                                            - inv2 * (691.0 / 32760.0 - inv2 / 12.0))))));
    shift + x.ln() - 0.5 / x - tail
}

#[cfg(test)]
#[allow(clippy::excessive_precision)] // reference values as printed by their source
mod tests {
    use super::*;

    /// Reference values: mpmath 1.3.0, `mp.dps = 30; mp.digamma(x)`.
    #[test]
    fn digamma_matches_mpmath() {
        let cases = [
            (1e-8, -100000000.57721564845),
            (0.242593, -4.3584892441597365874),
            (1.0, -0.57721566490153286061),
            (2.425752, 0.66608180614879031108),
            (9.99, 2.2507003728312010995),
            (123.456, 4.8118293238289853873),
        ];
        for (x, want) in cases {
            let got = digamma(x);
            assert!(
                (got - want).abs() <= 1e-14 * want.abs().max(1.0),
                "digamma({x}) = {got}, want {want}"
            );
        }
    }

    #[test]
    fn ln_gamma_signed_gives_sign_of_gamma() {
        let (ln, sign) = ln_gamma_signed(-0.5);
        // Γ(−0.5) = −2√π.
        assert_eq!(sign, -1.0);
        assert!((ln - (2.0 * std::f64::consts::PI.sqrt()).ln()).abs() < 1e-15);
        assert!((ln_gamma(5.0) - 24f64.ln()).abs() < 1e-14);
    }
}
