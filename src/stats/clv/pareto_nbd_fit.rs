//! Maximum-likelihood fit of the Pareto/NBD model to a book's customer summaries.
//!
//! The log-likelihood is summed over the distinct (x, t_x, T) rows with their
//! counts, and A₀'s two ₂F₁ values are computed once per distinct (x, t_x) and
//! (x, T), in parallel. Its gradient and Hessian are taken by central differences of
//! the values (the ₂F₁ has no cheap parameter derivatives); see [`GRADIENT_STEP`] and
//! [`HESSIAN_STEP`] for the accuracy this leaves.

use rayon::prelude::*;

use super::bgnbd_fit::validate;
use super::fit::{Fit, FitError, Model, maximize};
use super::optimize::Objective;
use super::pareto_nbd::ParetoNbd;
use super::special::ln_gamma;
use super::summary::Summary;

/// Fewest repeat buyers (customers with x > 0) the Pareto/NBD fit accepts, as for
/// BG/NBD: with fewer, four parameters are not pinned down.
pub const PARETO_NBD_MIN_REPEAT_BUYERS: usize = 10;

/// Step of the central differences of the log-likelihood that give its gradient, in
/// log-parameter units: truncation h²/6 · f‴ and rounding δ/h, with δ ≈ 1e-12 · (number
/// of customers / 1000) the noise of the summed log-likelihood, are each about 1e-7 to
/// 1e-6. The gradient only steers Newton and decides convergence: it places the
/// optimum to about 1e-8 in log-parameters (|H⁻¹g| along the flat directions). The standard errors come from
/// [`HESSIAN_STEP`]'s second differences of the values, not from this gradient.
const GRADIENT_STEP: f64 = 1e-5;

/// Step of the second differences of the log-likelihood that give the Hessian, in
/// log-parameter units: truncation h²/12 · f⁗ ≈ 1e-7 · f⁗, rounding about 4δ/h² ≈
/// 4e-6 with δ ≈ 1e-12 the noise of the log-likelihood (1e-11 for tens of thousands
/// of customers); the Hessian's entries are in the hundreds and more, so it is good to
/// about 1e-7 relative.
const HESSIAN_STEP: f64 = 1e-3;

/// Fits the Pareto/NBD model by maximum likelihood to every customer's (x, t_x, T).
///
/// The search runs over (ln r, ln α, ln s, ln β) from r = 1, α = ΣT/Σx (so that the
/// mean purchase rate r/α matches the book's), s = 1, β = the mean T: Nelder–Mead,
/// then Newton to convergence (see `optimize`). Deterministic.
///
/// Fails as [`fit_bgnbd`](super::fit_bgnbd) does: [`FitError::InvalidSummary`],
/// [`FitError::TooFewRepeatBuyers`] below [`PARETO_NBD_MIN_REPEAT_BUYERS`],
/// [`FitError::Unidentified`], [`FitError::NotConverged`].
pub fn fit_pareto_nbd(data: &[Summary]) -> Result<Fit<ParetoNbd>, FitError> {
    for (index, s) in data.iter().enumerate() {
        validate(s).map_err(|reason| FitError::InvalidSummary { index, reason })?;
    }
    let repeat_buyers = data.iter().filter(|s| s.x > 0.0).count();
    if repeat_buyers < PARETO_NBD_MIN_REPEAT_BUYERS {
        return Err(FitError::TooFewRepeatBuyers {
            model: Model::ParetoNbd,
            found: repeat_buyers,
            needed: PARETO_NBD_MIN_REPEAT_BUYERS,
            which: "clv.which-repeat",
        });
    }
    let likelihood = Likelihood::new(data);
    let total_age: f64 = data.iter().map(|s| s.t).sum();
    let total_repeats: f64 = data.iter().map(|s| s.x).sum();
    let mean_age = (total_age / data.len() as f64).max(1e-6);
    let start = [1.0, (total_age / total_repeats).max(1e-6), 1.0, mean_age];
    let estimate = maximize(
        Model::ParetoNbd,
        ["r", "alpha", "s", "beta"],
        &likelihood,
        start,
    )?;
    let model = |[r, alpha, s, beta]: [f64; 4]| ParetoNbd { r, alpha, s, beta };
    Ok(Fit {
        params: model(estimate.params),
        std_errors: model(estimate.std_errors),
        log_likelihood: estimate.log_likelihood,
        customers: data.len(),
        iterations: estimate.iterations,
    })
}

/// One distinct (x, t_x, T) and how many customers share it, as indexes into the
/// distinct-value tables of [`Likelihood`].
#[derive(Debug, Clone, Copy)]
struct Row {
    x: usize,
    /// Index of (x, t_x) in `Likelihood::points`.
    last: usize,
    /// Index of (x, T) in `Likelihood::points`.
    end: usize,
    /// Index of T in `Likelihood::ages`.
    age: usize,
    count: f64,
}

/// The Pareto/NBD negative log-likelihood over log-parameters, on aggregated data.
#[derive(Debug, Clone)]
struct Likelihood {
    /// Distinct x values and how many customers have each.
    xs: Vec<f64>,
    x_counts: Vec<f64>,
    /// Distinct (x index, time) pairs at which A₀'s terms are evaluated.
    points: Vec<(usize, f64)>,
    /// Distinct T values.
    ages: Vec<f64>,
    rows: Vec<Row>,
}

impl Likelihood {
    fn new(data: &[Summary]) -> Self {
        let mut xs: Vec<f64> = data.iter().map(|s| s.x).collect();
        xs.sort_by(f64::total_cmp);
        xs.dedup();
        let x_index = |x: f64| {
            xs.binary_search_by(|probe| probe.total_cmp(&x))
                .expect("x is in its table")
        };
        let mut x_counts = vec![0.0; xs.len()];
        let mut keys: Vec<(usize, f64, f64)> = data
            .iter()
            .map(|s| {
                let xi = x_index(s.x);
                x_counts[xi] += 1.0;
                (xi, s.t_x, s.t)
            })
            .collect();
        keys.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(a.1.total_cmp(&b.1))
                .then(a.2.total_cmp(&b.2))
        });
        let mut points: Vec<(usize, f64)> = keys
            .iter()
            .flat_map(|&(x, t_x, t)| [(x, t_x), (x, t)])
            .collect();
        points.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        points.dedup();
        let point_index = |p: (usize, f64)| {
            points
                .binary_search_by(|probe| probe.0.cmp(&p.0).then(probe.1.total_cmp(&p.1)))
                .expect("point is in its table")
        };
        let mut ages: Vec<f64> = keys.iter().map(|k| k.2).collect();
        ages.sort_by(f64::total_cmp);
        ages.dedup();
        let mut rows: Vec<Row> = Vec::new();
        for (x, t_x, t) in keys {
            let (last, end) = (point_index((x, t_x)), point_index((x, t)));
            match rows.last_mut() {
                Some(row) if (row.x, row.last, row.end) == (x, last, end) => row.count += 1.0,
                _ => rows.push(Row {
                    x,
                    last,
                    end,
                    age: ages
                        .binary_search_by(|probe| probe.total_cmp(&t))
                        .expect("T is in its table"),
                    count: 1.0,
                }),
            }
        }
        Self {
            xs,
            x_counts,
            points,
            ages,
            rows,
        }
    }

    /// Returns the negative log-likelihood at (ln r, ln α, ln s, ln β).
    fn negative_ll(&self, log_params: &[f64; 4]) -> f64 {
        let [r, alpha, s, beta] = log_params.map(f64::exp);
        let (ln_alpha, ln_beta, lg_r) = (alpha.ln(), beta.ln(), ln_gamma(r));
        let mut ll = 0.0;
        for (&x, &n) in self.xs.iter().zip(&self.x_counts) {
            ll += n * (ln_gamma(r + x) - lg_r + r * ln_alpha + s * ln_beta);
        }
        // ln(Fᵢ/qᵢ^(r+s+x)) at every (x, t) point: the terms of A₀.
        let model = ParetoNbd { r, alpha, s, beta };
        let terms: Vec<f64> = self
            .points
            .par_iter()
            .map(|&(xi, t)| model.ln_a0_term(self.xs[xi], t))
            .collect();
        // Per T: ln(α+T), ln(β+T); per x: ln(s/(r+s+x)).
        let ln_alpha_age: Vec<f64> = self.ages.iter().map(|t| (alpha + t).ln()).collect();
        let ln_beta_age: Vec<f64> = self.ages.iter().map(|t| (beta + t).ln()).collect();
        let ln_s = s.ln();
        let ln_share: Vec<f64> = self.xs.iter().map(|x| ln_s - (r + s + x).ln()).collect();
        for row in &self.rows {
            let x = self.xs[row.x];
            let alive = -(r + x) * ln_alpha_age[row.age] - s * ln_beta_age[row.age];
            let (first, second) = (terms[row.last], terms[row.end]);
            // ln(e^alive + s/(r+s+x) · (e^first − e^second)), scaled by its larger part.
            let lse = if first > second {
                let dropout = ln_share[row.x] + first;
                let top = alive.max(dropout);
                let gone = (dropout - top).exp() * -(second - first).exp_m1();
                top + ((alive - top).exp() + gone).ln()
            } else {
                alive
            };
            ll += row.count * lse;
        }
        -ll
    }
}

impl Objective<4> for Likelihood {
    fn value(&self, point: &[f64; 4]) -> f64 {
        self.negative_ll(point)
    }

    fn gradient(&self, point: &[f64; 4]) -> [f64; 4] {
        let mut gradient = [0.0; 4];
        for (i, g) in gradient.iter_mut().enumerate() {
            let at = |steps: f64| {
                let mut p = *point;
                p[i] += steps * GRADIENT_STEP;
                self.negative_ll(&p)
            };
            *g = (at(1.0) - at(-1.0)) / (2.0 * GRADIENT_STEP);
        }
        gradient
    }

    /// Second central differences of the values: 1 + 2N + 2N(N−1) = 33 evaluations,
    /// where differences of the numerical gradient would take 2N × 4N = 128.
    #[allow(clippy::needless_range_loop)] // index notation reads as the matrix algebra
    fn hessian(&self, point: &[f64; 4]) -> Option<[[f64; 4]; 4]> {
        let h = HESSIAN_STEP;
        let at = |steps: &[(usize, f64)]| {
            let mut p = *point;
            for &(i, k) in steps {
                p[i] += k * h;
            }
            self.negative_ll(&p)
        };
        let center = at(&[]);
        let mut hessian = [[0.0; 4]; 4];
        for i in 0..4 {
            hessian[i][i] = (at(&[(i, 1.0)]) - 2.0 * center + at(&[(i, -1.0)])) / (h * h);
            for j in 0..i {
                let value = (at(&[(i, 1.0), (j, 1.0)])
                    - at(&[(i, 1.0), (j, -1.0)])
                    - at(&[(i, -1.0), (j, 1.0)])
                    + at(&[(i, -1.0), (j, -1.0)]))
                    / (4.0 * h * h);
                hessian[i][j] = value;
                hessian[j][i] = value;
            }
        }
        Some(hessian)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Summary> {
        [
            (2.0, 30.43, 38.86),
            (1.0, 1.71, 38.86),
            (0.0, 0.0, 38.86),
            (0.0, 0.0, 38.86),
            (7.0, 29.43, 38.86),
            (1.0, 5.0, 38.86),
            (0.0, 0.0, 38.71),
            (2.0, 35.71, 38.71),
            (5.0, 38.71, 38.71),
        ]
        .iter()
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
        // Both branches of A₀: α > β and α < β.
        for (alpha, beta) in [(10.578, 3.2), (4.0, 11.669)] {
            let model = ParetoNbd {
                r: 0.553,
                alpha,
                s: 0.606,
                beta,
            };
            let direct: f64 = data.iter().map(|s| model.log_likelihood(s)).sum();
            let log_params = [model.r, model.alpha, model.s, model.beta].map(f64::ln);
            let neg_ll = Likelihood::new(&data).negative_ll(&log_params);
            assert!(
                (direct + neg_ll).abs() < 1e-12 * direct.abs(),
                "{direct} vs {neg_ll}"
            );
        }
    }
}
