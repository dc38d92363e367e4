//! Maximum-likelihood fit of the Gamma-Gamma spend model to the repeat buyers' mean
//! spend.
//!
//! Customers are aggregated by distinct (x, mean spend); the log-gamma and digamma
//! terms are computed once per distinct x.

use super::fit::{Fit, FitError, Model, maximize};
use super::gamma_gamma::GammaGamma;
use super::optimize::Objective;
use super::special::{digamma, ln_gamma};
use super::summary::Summary;

/// Fewest usable repeat buyers (x > 0 and a positive mean spend) the Gamma-Gamma fit
/// accepts: with fewer, three parameters are not pinned down.
pub const GAMMA_GAMMA_MIN_REPEAT_BUYERS: usize = 10;

/// Fits the Gamma-Gamma model by maximum likelihood to the customers with x > 0 and a
/// positive, finite mean spend; the others say nothing about spend per repeat purchase
/// (x = 0) or fall outside the model (a zero or negative mean, e.g. after refunds) and
/// are left out.
///
/// The search runs over (ln p, ln q, ln γ) from p = 1, q = 2, γ = the mean of the
/// customers' mean spends (so that the population mean pγ/(q−1) starts at the book's),
/// with Nelder–Mead, then Newton to convergence. Deterministic.
///
/// Fails with [`FitError::TooFewRepeatBuyers`] below
/// [`GAMMA_GAMMA_MIN_REPEAT_BUYERS`] usable customers, [`FitError::Unidentified`] when a
/// parameter runs off (e.g. every customer spends the same), and
/// [`FitError::NotConverged`].
pub fn fit_gamma_gamma(data: &[Summary]) -> Result<Fit<GammaGamma>, FitError> {
    let usable: Vec<(f64, f64)> = data
        .iter()
        .filter(|s| s.x > 0.0 && s.mean_spend > 0.0)
        .filter(|s| s.x.is_finite() && s.mean_spend.is_finite())
        .map(|s| (s.x, s.mean_spend))
        .collect();
    if usable.len() < GAMMA_GAMMA_MIN_REPEAT_BUYERS {
        return Err(FitError::TooFewRepeatBuyers {
            model: Model::GammaGamma,
            found: usable.len(),
            needed: GAMMA_GAMMA_MIN_REPEAT_BUYERS,
            which: "clv.which-positive-spend",
        });
    }
    let mean_spend = usable.iter().map(|&(_, m)| m).sum::<f64>() / usable.len() as f64;
    let likelihood = Likelihood::new(&usable);
    let start = [1.0, 2.0, mean_spend];
    let estimate = maximize(Model::GammaGamma, ["p", "q", "gamma"], &likelihood, start)?;
    let gamma_gamma = |[p, q, gamma]: [f64; 3]| GammaGamma { p, q, gamma };
    Ok(Fit {
        params: gamma_gamma(estimate.params),
        std_errors: gamma_gamma(estimate.std_errors),
        log_likelihood: estimate.log_likelihood,
        customers: usable.len(),
        iterations: estimate.iterations,
    })
}

/// One distinct (x, mean spend), with ln m precomputed, and its count.
#[derive(Debug, Clone, Copy)]
struct Row {
    x: usize,
    spend: f64,
    ln_spend: f64,
    count: f64,
}

/// The Gamma-Gamma negative log-likelihood over (ln p, ln q, ln γ), on aggregated data.
#[derive(Debug, Clone)]
struct Likelihood {
    xs: Vec<f64>,
    x_counts: Vec<f64>,
    rows: Vec<Row>,
    customers: f64,
}

impl Likelihood {
    fn new(usable: &[(f64, f64)]) -> Self {
        let mut sorted = usable.to_vec();
        sorted.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let mut xs: Vec<f64> = Vec::new();
        let mut x_counts: Vec<f64> = Vec::new();
        let mut rows: Vec<Row> = Vec::new();
        for (x, spend) in sorted {
            if xs.last() != Some(&x) {
                xs.push(x);
                x_counts.push(0.0);
            }
            *x_counts.last_mut().expect("pushed above") += 1.0;
            let xi = xs.len() - 1;
            match rows.last_mut() {
                Some(row) if row.x == xi && row.spend == spend => row.count += 1.0,
                _ => rows.push(Row {
                    x: xi,
                    spend,
                    ln_spend: spend.ln(),
                    count: 1.0,
                }),
            }
        }
        Self {
            xs,
            x_counts,
            rows,
            customers: usable.len() as f64,
        }
    }

    /// Returns the negative log-likelihood at (ln p, ln q, ln γ) and, if asked, its
    /// gradient with respect to them.
    fn evaluate(&self, log_params: &[f64; 3], with_gradient: bool) -> (f64, [f64; 3]) {
        let [p, q, gamma] = log_params.map(f64::exp);
        let ln_gamma_rate = gamma.ln();
        let mut ll = self.customers * (q * ln_gamma_rate - ln_gamma(q));
        let mut grad = [0.0; 3];
        if with_gradient {
            grad[1] = self.customers * (ln_gamma_rate - digamma(q));
            grad[2] = self.customers * q / gamma;
        }
        // Per distinct x: ln Γ(px+q) − ln Γ(px) + px ln x, and ψ(px+q) − ψ(px).
        let mut digamma_gap = vec![0.0; self.xs.len()];
        for (i, (&x, &n)) in self.xs.iter().zip(&self.x_counts).enumerate() {
            let px = p * x;
            ll += n * (ln_gamma(px + q) - ln_gamma(px) + px * x.ln());
            if with_gradient {
                let dg_pxq = digamma(px + q);
                digamma_gap[i] = dg_pxq - digamma(px);
                grad[0] += n * x * (digamma_gap[i] + x.ln());
                grad[1] += n * dg_pxq;
            }
        }
        for row in &self.rows {
            let x = self.xs[row.x];
            let px = p * x;
            let ln_total = (gamma + x * row.spend).ln();
            ll += row.count * ((px - 1.0) * row.ln_spend - (px + q) * ln_total);
            if with_gradient {
                grad[0] += row.count * x * (row.ln_spend - ln_total);
                grad[1] -= row.count * ln_total;
                grad[2] -= row.count * (px + q) / (gamma + x * row.spend);
            }
        }
        let params = [p, q, gamma];
        let mut neg_grad = [0.0; 3];
        for i in 0..3 {
            neg_grad[i] = -params[i] * grad[i];
        }
        (-ll, neg_grad)
    }
}

impl Objective<3> for Likelihood {
    fn value(&self, point: &[f64; 3]) -> f64 {
        self.evaluate(point, false).0
    }

    fn gradient(&self, point: &[f64; 3]) -> [f64; 3] {
        self.evaluate(point, true).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<(f64, f64)> {
        vec![
            (2.0, 22.35),
            (1.0, 11.77),
            (1.0, 11.77),
            (5.0, 47.3),
            (3.0, 8.5),
            (1.0, 130.0),
            (2.0, 35.0),
        ]
    }

    #[test]
    fn aggregated_likelihood_equals_the_sum_of_individual_ones() {
        let model = GammaGamma {
            p: 6.25,
            q: 3.74,
            gamma: 15.44,
        };
        let direct: f64 = sample()
            .iter()
            .map(|&(x, m)| model.log_likelihood(x, m))
            .sum();
        let point = [model.p, model.q, model.gamma].map(f64::ln);
        let (neg_ll, _) = Likelihood::new(&sample()).evaluate(&point, false);
        assert!(
            (direct + neg_ll).abs() < 1e-12 * direct.abs(),
            "{direct} vs {neg_ll}"
        );
    }

    #[test]
    fn analytic_gradient_matches_finite_differences() {
        let likelihood = Likelihood::new(&sample());
        let point = [3.0f64, 2.5, 20.0].map(f64::ln);
        let grad = likelihood.gradient(&point);
        for i in 0..3 {
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
}
