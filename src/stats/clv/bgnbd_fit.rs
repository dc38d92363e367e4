//! Maximum-likelihood fit of the BG/NBD model to a book's customer summaries.
//!
//! The negative log-likelihood and its analytic gradient are evaluated over the
//! distinct (x, t_x, T) rows with their counts; everything that depends on x alone
//! (log-gamma and digamma terms) is computed once per distinct x, and ln(α+T),
//! ln(α+t_x) once per distinct age, so a row costs one `exp` and one `ln_1p`.

use super::bgnbd::BgNbd;
use super::fit::{Fit, FitError, Model, maximize};
use super::optimize::Objective;
use super::special::{digamma, ln_gamma};
use super::summary::Summary;

/// Fewest repeat buyers (customers with x > 0) the BG/NBD fit accepts: with fewer, four
/// parameters are not pinned down and the estimates would be noise.
pub const BGNBD_MIN_REPEAT_BUYERS: usize = 10;

/// Fits the BG/NBD model by maximum likelihood to every customer's (x, t_x, T).
///
/// The search runs over (ln r, ln α, ln a, ln b) from r = 1, α = ΣT/Σx (so that the
/// mean purchase rate r/α matches the book's), a = 1, b = 1: Nelder–Mead, then Newton
/// to convergence (see `optimize`). Deterministic: the same data give the same fit.
///
/// Fails with [`FitError::InvalidSummary`] when a summary is not finite or breaks
/// 0 ≤ t_x ≤ T or x ≥ 0; [`FitError::TooFewRepeatBuyers`] below
/// [`BGNBD_MIN_REPEAT_BUYERS`]; [`FitError::Unidentified`] when a parameter runs off to
/// 0 or ∞; [`FitError::NotConverged`] when the optimizer does not converge.
pub fn fit_bgnbd(data: &[Summary]) -> Result<Fit<BgNbd>, FitError> {
    for (index, s) in data.iter().enumerate() {
        validate(s).map_err(|reason| FitError::InvalidSummary { index, reason })?;
    }
    let repeat_buyers = data.iter().filter(|s| s.x > 0.0).count();
    if repeat_buyers < BGNBD_MIN_REPEAT_BUYERS {
        return Err(FitError::TooFewRepeatBuyers {
            model: Model::BgNbd,
            found: repeat_buyers,
            needed: BGNBD_MIN_REPEAT_BUYERS,
            which: "clv.which-repeat",
        });
    }
    let likelihood = Likelihood::new(data);
    let total_age: f64 = data.iter().map(|s| s.t).sum();
    let total_repeats: f64 = data.iter().map(|s| s.x).sum();
    let start = [1.0, (total_age / total_repeats).max(1e-6), 1.0, 1.0];
    let estimate = maximize(Model::BgNbd, ["r", "alpha", "a", "b"], &likelihood, start)?;
    let bgnbd = |[r, alpha, a, b]: [f64; 4]| BgNbd { r, alpha, a, b };
    Ok(Fit {
        params: bgnbd(estimate.params),
        std_errors: bgnbd(estimate.std_errors),
        log_likelihood: estimate.log_likelihood,
        customers: data.len(),
        iterations: estimate.iterations,
    })
}

/// Checks that a summary could come from a purchase history.
pub(crate) fn validate(s: &Summary) -> Result<(), String> {
    if !(s.x.is_finite() && s.t_x.is_finite() && s.t.is_finite()) {
        return Err(crate::msg!(
            "clv.not-finite",
            x = s.x.to_string(),
            t_x = s.t_x.to_string(),
            t = s.t.to_string()
        ));
    }
    if s.x < 0.0 {
        return Err(crate::msg!("clv.negative", x = s.x.to_string()));
    }
    if !(0.0 <= s.t_x && s.t_x <= s.t) {
        return Err(crate::msg!(
            "clv.t-x-range",
            t_x = s.t_x.to_string(),
            t = s.t.to_string()
        ));
    }
    Ok(())
}

/// One distinct (x, t_x, T) and how many customers share it, as indexes into the
/// distinct-value tables of [`Likelihood`].
#[derive(Debug, Clone, Copy)]
struct Row {
    x: u32,
    age: u32,
    last_age: u32,
    count: f64,
}

/// The BG/NBD negative log-likelihood over log-parameters, on aggregated data.
#[derive(Debug, Clone)]
struct Likelihood {
    /// Distinct x values and how many customers have each.
    xs: Vec<f64>,
    x_counts: Vec<f64>,
    /// Distinct T values.
    ages: Vec<f64>,
    /// Distinct t_x values.
    last_ages: Vec<f64>,
    rows: Vec<Row>,
    customers: f64,
}

/// Sorted distinct values of an iterator of non-NaN floats.
fn distinct(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    v.dedup();
    v
}

/// Position of `value` in the sorted distinct table `table`.
fn index_of(table: &[f64], value: f64) -> u32 {
    let i = table
        .binary_search_by(|probe| probe.total_cmp(&value))
        .expect("value is in its table");
    u32::try_from(i).expect("fewer than 2³² distinct values")
}

impl Likelihood {
    fn new(data: &[Summary]) -> Self {
        let xs = distinct(data.iter().map(|s| s.x));
        let ages = distinct(data.iter().map(|s| s.t));
        let last_ages = distinct(data.iter().map(|s| s.t_x));
        let mut keys: Vec<(u32, u32, u32)> = data
            .iter()
            .map(|s| {
                (
                    index_of(&xs, s.x),
                    index_of(&ages, s.t),
                    index_of(&last_ages, s.t_x),
                )
            })
            .collect();
        keys.sort_unstable();
        let mut rows: Vec<Row> = Vec::new();
        let mut x_counts = vec![0.0; xs.len()];
        for (x, age, last_age) in keys {
            x_counts[x as usize] += 1.0;
            match rows.last_mut() {
                Some(row) if (row.x, row.age, row.last_age) == (x, age, last_age) => {
                    row.count += 1.0;
                }
                _ => rows.push(Row {
                    x,
                    age,
                    last_age,
                    count: 1.0,
                }),
            }
        }
        Self {
            xs,
            x_counts,
            ages,
            last_ages,
            rows,
            customers: data.len() as f64,
        }
    }

    /// Returns the negative log-likelihood at `log_params` = (ln r, ln α, ln a, ln b)
    /// and, if asked, its gradient with respect to them.
    fn evaluate(&self, log_params: &[f64; 4], with_gradient: bool) -> (f64, [f64; 4]) {
        let [r, alpha, a, b] = log_params.map(f64::exp);
        let ln_alpha = alpha.ln();
        let (lg_r, lg_b, lg_ab) = (ln_gamma(r), ln_gamma(b), ln_gamma(a + b));
        let (dg_r, dg_b, dg_ab) = if with_gradient {
            (digamma(r), digamma(b), digamma(a + b))
        } else {
            (0.0, 0.0, 0.0)
        };

        // Terms of x alone: A1 − r ln α and A2 of FHL eq. 6, ln(a/(b+x−1)) of A4, and
        // their derivatives.
        let mut ll = self.customers * r * ln_alpha;
        let mut grad = [
            self.customers * ln_alpha,
            self.customers * r / alpha,
            0.0,
            0.0,
        ];
        let mut ln_odds = vec![0.0; self.xs.len()];
        for (i, (&x, &n)) in self.xs.iter().zip(&self.x_counts).enumerate() {
            ll +=
                n * (ln_gamma(r + x) - lg_r + lg_ab + ln_gamma(b + x) - lg_b - ln_gamma(a + b + x));
            if x > 0.0 {
                ln_odds[i] = a.ln() - (b + x - 1.0).ln();
            }
            if with_gradient {
                let dg_abx = digamma(a + b + x);
                grad[0] += n * (digamma(r + x) - dg_r);
                grad[2] += n * (dg_ab - dg_abx);
                grad[3] += n * (dg_ab + digamma(b + x) - dg_b - dg_abx);
            }
        }
        let ln_age: Vec<f64> = self.ages.iter().map(|t| (alpha + t).ln()).collect();
        let ln_last: Vec<f64> = self.last_ages.iter().map(|t| (alpha + t).ln()).collect();
        let inv_age: Vec<f64> = self.ages.iter().map(|t| 1.0 / (alpha + t)).collect();
        let inv_last: Vec<f64> = self.last_ages.iter().map(|t| 1.0 / (alpha + t)).collect();

        // Σ over rows with x > 0 of count × P(row dropped out | data), per x.
        let mut dropout_weight = vec![0.0; self.xs.len()];
        for row in &self.rows {
            let (xi, ti, li) = (row.x as usize, row.age as usize, row.last_age as usize);
            let x = self.xs[xi];
            let rx = r + x;
            let a3 = -rx * ln_age[ti];
            if x <= 0.0 {
                ll += row.count * a3;
                if with_gradient {
                    grad[0] -= row.count * ln_age[ti];
                    grad[1] -= row.count * rx * inv_age[ti];
                }
                continue;
            }
            let a4 = ln_odds[xi] - rx * ln_last[li];
            // ln(e^a3 + e^a4) and the weights w3, w4 = e^(a3, a4) / (e^a3 + e^a4).
            let (lse, w4) = if a3 >= a4 {
                let e = (a4 - a3).exp();
                (a3 + e.ln_1p(), e / (1.0 + e))
            } else {
                let e = (a3 - a4).exp();
                (a4 + e.ln_1p(), 1.0 / (1.0 + e))
            };
            ll += row.count * lse;
            if with_gradient {
                let w3 = 1.0 - w4;
                grad[0] -= row.count * (w3 * ln_age[ti] + w4 * ln_last[li]);
                grad[1] -= row.count * rx * (w3 * inv_age[ti] + w4 * inv_last[li]);
                dropout_weight[xi] += row.count * w4;
            }
        }
        if with_gradient {
            for (&x, &w) in self.xs.iter().zip(&dropout_weight) {
                if x > 0.0 {
                    grad[2] += w / a;
                    grad[3] -= w / (b + x - 1.0);
                }
            }
        }
        // Negative log-likelihood; chain rule to log-parameters: ∂/∂ln θ = θ ∂/∂θ.
        let params = [r, alpha, a, b];
        let mut neg_grad = [0.0; 4];
        for i in 0..4 {
            neg_grad[i] = -params[i] * grad[i];
        }
        (-ll, neg_grad)
    }
}

impl Objective<4> for Likelihood {
    fn value(&self, point: &[f64; 4]) -> f64 {
        self.evaluate(point, false).0
    }

    fn gradient(&self, point: &[f64; 4]) -> [f64; 4] {
        self.evaluate(point, true).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Summary> {
        let rows = [
            (2.0, 30.43, 38.86),
            (1.0, 1.71, 38.86),
            (0.0, 0.0, 38.86),
            (0.0, 0.0, 38.86),
            (0.0, 0.0, 38.86),
            (7.0, 29.43, 38.86),
            (1.0, 5.0, 38.86),
            (0.0, 0.0, 38.71),
            (2.0, 35.71, 38.71),
            (5.0, 24.43, 38.71),
        ];
        rows.iter()
            .map(|&(x, t_x, t)| Summary {
                x,
                t_x,
                t,
                mean_spend: 0.0,
            })
            .collect()
    }

    #[test]
    fn aggregated_likelihood_equals_the_sum_of_individual_ones() {
        let data = sample();
        let model = BgNbd {
            r: 0.243,
            alpha: 4.414,
            a: 0.793,
            b: 2.426,
        };
        let direct: f64 = data.iter().map(|s| model.log_likelihood(s)).sum();
        let log_params = [model.r, model.alpha, model.a, model.b].map(f64::ln);
        let (neg_ll, _) = Likelihood::new(&data).evaluate(&log_params, true);
        assert!(
            (direct + neg_ll).abs() < 1e-12 * direct.abs(),
            "{direct} vs {neg_ll}"
        );
    }

    #[test]
    fn analytic_gradient_matches_finite_differences() {
        let likelihood = Likelihood::new(&sample());
        let point = [0.3f64, 4.0, 0.9, 2.0].map(f64::ln);
        let grad = likelihood.gradient(&point);
        for i in 0..4 {
            let h = 1e-6;
            let (mut up, mut down) = (point, point);
            up[i] += h;
            down[i] -= h;
            let numeric = (likelihood.value(&up) - likelihood.value(&down)) / (2.0 * h);
            assert!(
                (numeric - grad[i]).abs() < 1e-6 * numeric.abs().max(1.0),
                "∂/∂θ{i}: analytic {} numeric {numeric}",
                grad[i]
            );
        }
    }

    #[test]
    fn rejects_impossible_summaries() {
        let mut data = sample();
        data[3].t_x = 50.0;
        match fit_bgnbd(&data) {
            Err(FitError::InvalidSummary { index: 3, .. }) => {}
            other => panic!("{other:?}"),
        }
    }
}
