//! Newton's method with Levenberg–Marquardt damping on an analytic gradient and a
//! central-difference Hessian: converges quadratically from Nelder–Mead's result and
//! leaves the Hessian at the minimum for standard errors.

use super::{Cholesky, Minimum, Objective};

/// Why Newton stopped without converging.
#[derive(Debug, Clone)]
pub(crate) enum Stop<const N: usize> {
    /// A full Newton step would move coordinate `index` out of bounds, to `point`.
    RanOff {
        index: usize,
        point: f64,
        iterations: usize,
    },
    /// No convergence; the search ended at `point`.
    Stuck {
        point: [f64; N],
        reason: String,
        iterations: usize,
    },
}

/// Step of the central differences of the gradient (in log-parameter units); the
/// truncation error is ~1e-8 and the rounding error ~1e-12/1e-4 relative.
const HESSIAN_STEP: f64 = 1e-4;

/// Converged when gᵀH⁻¹g ≤ this × max(1, |f|).
const DECREMENT_TOLERANCE: f64 = 1e-12;

/// Newton iterations before giving up.
const MAX_ITERATIONS: usize = 100;

/// Damping increases before an iteration gives up on finding a descent step.
const MAX_DAMPING_STEPS: usize = 60;

/// Runs damped Newton from `start`; `out_of_bounds` names a coordinate that ran off.
pub(crate) fn minimize<const N: usize>(
    objective: &impl Objective<N>,
    start: [f64; N],
    out_of_bounds: impl Fn(&[f64; N]) -> Option<usize>,
) -> Result<Minimum<N>, Stop<N>> {
    let mut point = start;
    let mut value = objective.value(&point);
    if !value.is_finite() {
        return Err(Stop::Stuck {
            point,
            reason: crate::msg!("clv.not-finite-at-start"),
            iterations: 0,
        });
    }
    let mut damping = 0.0_f64;
    for iteration in 1..=MAX_ITERATIONS {
        let gradient = objective.gradient(&point);
        let hessian = objective
            .hessian(&point)
            .unwrap_or_else(|| hessian(objective, &point));
        let scale = (0..N)
            .map(|i| hessian[i][i].abs())
            .fold(0.0, f64::max)
            .max(1e-300);
        let mut accepted = false;
        for _ in 0..MAX_DAMPING_STEPS {
            let mut damped = hessian;
            for (i, row) in damped.iter_mut().enumerate() {
                row[i] += damping * scale;
            }
            let Some(factor) = Cholesky::new(&damped) else {
                damping = (damping * 10.0).max(1e-8);
                continue;
            };
            let step = factor.solve(&gradient).map(|s| -s);
            let decrement: f64 = -gradient.iter().zip(&step).map(|(g, s)| g * s).sum::<f64>();
            if damping == 0.0 && decrement <= DECREMENT_TOLERANCE * value.abs().max(1.0) {
                // Converged; a last full step only polishes the point if it does not hurt.
                let mut polished = point;
                for (x, s) in polished.iter_mut().zip(&step) {
                    *x += s;
                }
                let polished_value = objective.value(&polished);
                let (point, value) = if polished_value <= value {
                    (polished, polished_value)
                } else {
                    (point, value)
                };
                return Ok(Minimum {
                    point,
                    value,
                    hessian,
                    iterations: iteration,
                });
            }
            let mut candidate = point;
            for (x, s) in candidate.iter_mut().zip(&step) {
                *x += s;
            }
            if let Some(index) = out_of_bounds(&candidate) {
                if damping == 0.0 {
                    return Err(Stop::RanOff {
                        index,
                        point: candidate[index],
                        iterations: iteration,
                    });
                }
                damping *= 10.0;
                continue;
            }
            let candidate_value = objective.value(&candidate);
            if candidate_value.is_finite() && candidate_value < value {
                point = candidate;
                value = candidate_value;
                damping /= 10.0;
                if damping < 1e-8 {
                    damping = 0.0;
                }
                accepted = true;
                break;
            }
            damping = (damping * 10.0).max(1e-8);
        }
        if !accepted {
            return Err(Stop::Stuck {
                point,
                reason: crate::msg!("clv.no-step"),
                iterations: iteration,
            });
        }
    }
    Err(Stop::Stuck {
        point,
        reason: crate::msg!("clv.newton", count = MAX_ITERATIONS),
        iterations: MAX_ITERATIONS,
    })
}

/// Central-difference Hessian of the gradient, symmetrized: the default when the
/// objective offers no Hessian of its own.
#[allow(clippy::needless_range_loop)] // index notation reads as the matrix algebra
fn hessian<const N: usize>(objective: &impl Objective<N>, point: &[f64; N]) -> [[f64; N]; N] {
    let mut h = [[0.0; N]; N];
    for j in 0..N {
        let mut up = *point;
        let mut down = *point;
        up[j] += HESSIAN_STEP;
        down[j] -= HESSIAN_STEP;
        let (g_up, g_down) = (objective.gradient(&up), objective.gradient(&down));
        for i in 0..N {
            h[i][j] = (g_up[i] - g_down[i]) / (2.0 * HESSIAN_STEP);
        }
    }
    for i in 0..N {
        for j in 0..i {
            let mean = 0.5 * (h[i][j] + h[j][i]);
            h[i][j] = mean;
            h[j][i] = mean;
        }
    }
    h
}
