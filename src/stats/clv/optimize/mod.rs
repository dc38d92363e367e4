//! Deterministic minimization of a smooth objective in a few unconstrained
//! dimensions: Nelder–Mead to get close from a rough start, then Newton's method on the
//! analytic gradient (with a finite-difference Hessian) to converge tightly and to
//! provide the Hessian for standard errors.
//!
//! The CLV fits minimize the negative log-likelihood over log-parameters, so the
//! dimensions here are unconstrained and of similar scale.

mod cholesky;
mod nelder_mead;
mod newton;

pub(crate) use cholesky::Cholesky;

/// A function to minimize, with its gradient.
pub(crate) trait Objective<const N: usize> {
    /// Returns the value at `point`; NaN or +∞ where undefined.
    fn value(&self, point: &[f64; N]) -> f64;
    /// Returns the gradient at `point`.
    fn gradient(&self, point: &[f64; N]) -> [f64; N];
    /// Returns the Hessian at `point`, or `None` to have Newton take central
    /// differences of the gradient (2N gradients): an objective whose gradient is
    /// itself numerical computes it more cheaply from values.
    fn hessian(&self, _point: &[f64; N]) -> Option<[[f64; N]; N]> {
        None
    }
}

/// How far (in natural-log units) a coordinate may move from its start before the
/// search is abandoned as running off to 0 or ∞: e²⁵ ≈ 7·10¹⁰.
pub(crate) const MAX_DRIFT: f64 = 25.0;

/// Drift beyond which a stalled search is reported as running off rather than as
/// not converging: e⁷ ≈ 1,100 times (or 1/1,100 of) the starting value, which the
/// fits choose on the data's own scale. Such stalls happen along ridges where the
/// likelihood approaches its supremum only in a limit (e.g. a, b → ∞ with a/b fixed).
const STALLED_DRIFT: f64 = 7.0;

/// The coordinate of `point` furthest from `start`, and how far.
fn farthest<const N: usize>(point: &[f64; N], start: &[f64; N]) -> (usize, f64) {
    (0..N)
        .map(|i| (i, (point[i] - start[i]).abs()))
        .fold(
            (0, 0.0),
            |best, this| if this.1 > best.1 { this } else { best },
        )
}

/// A converged minimum.
#[derive(Debug, Clone)]
pub(crate) struct Minimum<const N: usize> {
    pub point: [f64; N],
    pub value: f64,
    /// Hessian of the objective at `point`, positive definite.
    pub hessian: [[f64; N]; N],
    /// Nelder–Mead iterations plus Newton iterations.
    pub iterations: usize,
}

/// Why a minimization failed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Failure {
    /// Coordinate `index` moved more than [`MAX_DRIFT`] from its start, to `point`.
    RanOff {
        index: usize,
        point: f64,
        iterations: usize,
    },
    /// No convergence; `reason` says what was seen.
    NotConverged { reason: String, iterations: usize },
}

/// Minimizes `objective` from `start`: Nelder–Mead, then Newton until the Newton
/// decrement gᵀH⁻¹g is at most 1e-12 × max(1, |f|) with H positive definite.
pub(crate) fn minimize<const N: usize>(
    objective: &impl Objective<N>,
    start: [f64; N],
) -> Result<Minimum<N>, Failure> {
    let out_of_bounds = |point: &[f64; N]| {
        point
            .iter()
            .zip(&start)
            .position(|(x, x0)| (x - x0).abs() > MAX_DRIFT)
    };
    let bounded = |point: &[f64; N]| match out_of_bounds(point) {
        Some(_) => f64::INFINITY,
        None => objective.value(point),
    };
    let rough = nelder_mead::minimize(bounded, start);
    if let Some(index) = out_of_bounds(&rough.point) {
        return Err(Failure::RanOff {
            index,
            point: rough.point[index],
            iterations: rough.iterations,
        });
    }
    let total = |newton_iterations: usize| newton_iterations + rough.iterations;
    match newton::minimize(objective, rough.point, out_of_bounds) {
        Ok(minimum) => Ok(Minimum {
            iterations: total(minimum.iterations),
            ..minimum
        }),
        Err(newton::Stop::RanOff {
            index,
            point,
            iterations,
        }) => Err(Failure::RanOff {
            index,
            point,
            iterations: total(iterations),
        }),
        Err(newton::Stop::Stuck {
            point,
            reason,
            iterations,
        }) => {
            // A search that stalls far from its start has usually stalled on the way to
            // 0 or ∞; say which coordinate went furthest.
            let (index, drift) = farthest(&point, &start);
            Err(if drift > STALLED_DRIFT {
                Failure::RanOff {
                    index,
                    point: point[index],
                    iterations: total(iterations),
                }
            } else {
                Failure::NotConverged {
                    reason,
                    iterations: total(iterations),
                }
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rosenbrock's banana in two dimensions, minimum 0 at (1, 1).
    struct Rosenbrock;

    impl Objective<2> for Rosenbrock {
        fn value(&self, p: &[f64; 2]) -> f64 {
            (1.0 - p[0]).powi(2) + 100.0 * (p[1] - p[0] * p[0]).powi(2)
        }
        fn gradient(&self, p: &[f64; 2]) -> [f64; 2] {
            [
                -2.0 * (1.0 - p[0]) - 400.0 * p[0] * (p[1] - p[0] * p[0]),
                200.0 * (p[1] - p[0] * p[0]),
            ]
        }
    }

    #[test]
    fn finds_the_rosenbrock_minimum() {
        let m = minimize(&Rosenbrock, [-1.2, 1.0]).unwrap();
        assert!((m.point[0] - 1.0).abs() < 1e-9, "{:?}", m.point);
        assert!((m.point[1] - 1.0).abs() < 1e-9, "{:?}", m.point);
        // Exact Hessian at (1, 1): [[802, −400], [−400, 200]].
        assert!((m.hessian[0][0] - 802.0).abs() < 1e-4);
        assert!((m.hessian[0][1] + 400.0).abs() < 1e-4);
        assert!((m.hessian[1][1] - 200.0).abs() < 1e-4);
    }

    /// exp(−x) + y²: no minimum in x, which runs off to +∞.
    struct Unbounded;

    impl Objective<2> for Unbounded {
        fn value(&self, p: &[f64; 2]) -> f64 {
            (-p[0]).exp() + p[1] * p[1]
        }
        fn gradient(&self, p: &[f64; 2]) -> [f64; 2] {
            [-(-p[0]).exp(), 2.0 * p[1]]
        }
    }

    #[test]
    fn reports_a_coordinate_that_runs_off() {
        match minimize(&Unbounded, [0.0, 1.0]) {
            Err(Failure::RanOff { index: 0, .. }) => {}
            other => panic!("expected RanOff for x, got {other:?}"),
        }
    }
}
