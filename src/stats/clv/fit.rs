//! What a maximum-likelihood fit returns and how it fails, and the glue that runs the
//! optimizer on log-parameters and turns its Hessian into standard errors.

use std::fmt;

use super::optimize::{self, Cholesky, Failure, Objective};

/// Which model a fit or an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Model {
    /// The BG/NBD purchase-count model.
    BgNbd,
    /// The Gamma-Gamma spend model.
    GammaGamma,
    /// The Pareto/NBD purchase-count model.
    ParetoNbd,
}

impl fmt::Display for Model {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Model::BgNbd => "BG/NBD",
            Model::GammaGamma => "Gamma-Gamma",
            Model::ParetoNbd => "Pareto/NBD",
        })
    }
}

/// A maximum-likelihood fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit<P> {
    /// The estimates.
    pub params: P,
    /// Their standard errors, from the inverse Hessian of the negative log-likelihood
    /// at the optimum, in the natural (not log) scale, one per parameter.
    pub std_errors: P,
    /// The maximized log-likelihood, every constant included, summed over the
    /// customers used.
    pub log_likelihood: f64,
    /// How many customers the fit used (all for BG/NBD; the repeat buyers with a
    /// positive mean spend for Gamma-Gamma).
    pub customers: usize,
    /// Optimizer iterations: Nelder–Mead plus Newton.
    pub iterations: usize,
}

/// Why a model could not be fitted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FitError {
    /// Too few customers carry information about the parameters.
    #[error("{}", crate::msg!(
        "clv.too-few",
        model = .model.to_string(),
        needed = *.needed,
        which = crate::msg!(*.which),
        found = *.found
    ))]
    TooFewRepeatBuyers {
        /// The model being fitted.
        model: Model,
        /// Usable repeat buyers in the data.
        found: usize,
        /// The minimum the fit requires.
        needed: usize,
        /// Which customers count: the id of the message that says it in
        /// words.
        which: &'static str,
    },
    /// A summary holds values no purchase history can produce.
    #[error("{}", crate::msg!(
        "clv.invalid-summary",
        index = .index.to_string(),
        reason = .reason.as_str()
    ))]
    InvalidSummary {
        /// Position of the summary in the input slice.
        index: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// The likelihood does not have an interior maximum the data pin down.
    #[error("{}", crate::msg!(
        "clv.unidentified",
        model = .model.to_string(),
        parameter = *.parameter,
        detail = .detail.as_str()
    ))]
    Unidentified {
        /// The model being fitted.
        model: Model,
        /// The parameter's name (r, alpha, a, b, p, q, gamma).
        parameter: &'static str,
        /// What the search saw, in words.
        detail: String,
    },
    /// The optimizer stopped without meeting its convergence test.
    #[error("{}", crate::msg!(
        "clv.not-converged",
        model = .model.to_string(),
        iterations = *.iterations,
        reason = .reason.as_str()
    ))]
    NotConverged {
        /// The model being fitted.
        model: Model,
        /// Optimizer iterations spent.
        iterations: usize,
        /// What stopped the search, in words.
        reason: String,
    },
}

/// A log-parameter whose standard error exceeds this (a factor e¹⁰ ≈ 22,000 either
/// way at one standard error) is reported as not pinned down by the data.
const MAX_LOG_STD_ERROR: f64 = 10.0;

/// The outcome of [`maximize`], in the natural parameter scale.
pub(crate) struct Estimate<const N: usize> {
    pub params: [f64; N],
    pub std_errors: [f64; N],
    pub log_likelihood: f64,
    pub iterations: usize,
}

/// Maximizes a log-likelihood over the logarithms of N positive parameters.
///
/// `negative_ll` is the negative log-likelihood as a function of the log-parameters;
/// `start` is in the natural scale. Standard errors come from the inverse Hessian H⁻¹
/// in log scale by the delta method, se(θᵢ) = θᵢ √(H⁻¹)ᵢᵢ, which equals the
/// natural-scale inverse Hessian at the optimum because the gradient vanishes there.
pub(crate) fn maximize<const N: usize>(
    model: Model,
    names: [&'static str; N],
    negative_ll: &impl Objective<N>,
    start: [f64; N],
) -> Result<Estimate<N>, FitError> {
    let minimum =
        optimize::minimize(negative_ll, start.map(f64::ln)).map_err(|failure| match failure {
            Failure::RanOff { index, point, .. } => FitError::Unidentified {
                model,
                parameter: names[index],
                detail: crate::msg!(
                    if point > start[index].ln() {
                        "clv.rising-to-infinity"
                    } else {
                        "clv.rising-to-zero"
                    },
                    reached = format!("{:.3e}", point.exp())
                ),
            },
            Failure::NotConverged { reason, iterations } => FitError::NotConverged {
                model,
                iterations,
                reason,
            },
        })?;
    let params = minimum.point.map(f64::exp);
    let covariance = Cholesky::new(&minimum.hessian)
        .ok_or_else(|| FitError::NotConverged {
            model,
            iterations: minimum.iterations,
            reason: crate::msg!("clv.hessian"),
        })?
        .inverse();
    let mut std_errors = [0.0; N];
    for i in 0..N {
        let log_se = covariance[i][i].sqrt();
        if log_se.is_nan() || log_se > MAX_LOG_STD_ERROR {
            return Err(FitError::Unidentified {
                model,
                parameter: names[i],
                detail: crate::msg!(
                    "clv.uncertain",
                    estimate = format!("{:.4e}", params[i]),
                    factor = format!("{log_se:.1}")
                ),
            });
        }
        std_errors[i] = params[i] * log_se;
    }
    Ok(Estimate {
        params,
        std_errors,
        log_likelihood: -minimum.value,
        iterations: minimum.iterations,
    })
}
