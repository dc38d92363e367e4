//! Evaluation of smooth functions across points where their closed form is numerically
//! singular (a removable 0/0, or two poles that cancel).
//!
//! Near such a point the formula loses digits in proportion to 1/distance. Instead, the
//! function is evaluated at six nodes s₀ ± h, s₀ ± 2h, s₀ ± 3h around the singular point
//! s₀, where the formula is well conditioned, and the degree-5 polynomial through them
//! is evaluated at the wanted argument. The interpolation error is of order h⁶ times the
//! sixth derivative, far below the cancellation it avoids.

/// An interpolated value and an estimate of its interpolation error.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bridged {
    pub value: f64,
    /// |degree-5 − degree-3 interpolant| at the point (the latter through the four
    /// inner nodes): a pessimistic estimate of the degree-5 interpolation error.
    pub error: f64,
}

/// Returns f(`at`) for an `at` within `h` of the `singular` point, interpolated from
/// f at `singular` ± h, ± 2h, ± 3h; `None` if f fails at any node.
pub(crate) fn across_singularity(
    at: f64,
    singular: f64,
    h: f64,
    mut f: impl FnMut(f64) -> Option<f64>,
) -> Option<Bridged> {
    let offsets = [-3.0, -2.0, -1.0, 1.0, 2.0, 3.0].map(|k| k * h);
    let mut values = [0.0; 6];
    for (value, offset) in values.iter_mut().zip(offsets) {
        *value = f(singular + offset)?;
    }
    let x = at - singular;
    let value = lagrange(&offsets, &values, x);
    let inner = lagrange(&offsets[1..5], &values[1..5], x);
    Some(Bridged {
        value,
        error: (value - inner).abs(),
    })
}

/// Evaluates at `x` the polynomial through the points (`nodes`, `values`).
fn lagrange(nodes: &[f64], values: &[f64], x: f64) -> f64 {
    let mut total = 0.0;
    for (i, (&xi, &yi)) in nodes.iter().zip(values).enumerate() {
        let mut weight = 1.0;
        for (j, &xj) in nodes.iter().enumerate() {
            if i != j {
                weight *= (x - xj) / (xi - xj);
            }
        }
        total += weight * yi;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bridges_a_removable_singularity() {
        // (e^s − 1)/s at s = 1e-9, where the formula itself loses half its digits.
        let got = across_singularity(1e-9, 0.0, 1e-3, |s| Some(s.exp_m1() / s)).unwrap();
        let want = 1.0 + 0.5e-9;
        assert!((got.value - want).abs() < 1e-15, "{got:?}");
        assert!(got.error < 1e-12, "{got:?}");
    }

    #[test]
    fn reproduces_polynomials_of_degree_five() {
        let p = |s: f64| 1.0 - 2.0 * s + 3.0 * s.powi(3) - s.powi(5);
        let got = across_singularity(0.37, 0.5, 0.1, |s| Some(p(s))).unwrap();
        assert!((got.value - p(0.37)).abs() < 1e-13);
    }
}
