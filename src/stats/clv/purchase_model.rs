//! The purchase-count models behind one interface, so that every CLV output (P(alive),
//! expected purchases, the discounted lifetime value, the holdout check) works with
//! either: BG/NBD (the default) or Pareto/NBD (`--model pareto-nbd`).

use std::fmt;

use super::bgnbd::BgNbd;
use super::fit::{Fit, FitError};
use super::gamma_gamma::GammaGamma;
use super::pareto_nbd::ParetoNbd;
use super::summary::Summary;
use super::{fit_bgnbd, fit_pareto_nbd};

/// What a purchase-count model predicts about a customer from their (x, t_x, T).
/// Times are in the unit the model was fitted in.
pub trait PurchaseModel {
    /// The log-likelihood of the customer's history, every constant included.
    fn log_likelihood(&self, s: &Summary) -> f64;
    /// The probability that the customer is still alive at T.
    fn p_alive(&self, s: &Summary) -> f64;
    /// The expected number of purchases in the `horizon` after T, given the history.
    fn expected_purchases(&self, s: &Summary, horizon: f64) -> f64;
    /// The expected number of repeat purchases of a customer in the first `t` after
    /// their first purchase, knowing nothing else (the unconditional E[X(t)]).
    fn expected_purchases_new(&self, t: f64) -> f64;
}

impl PurchaseModel for BgNbd {
    fn log_likelihood(&self, s: &Summary) -> f64 {
        BgNbd::log_likelihood(self, s)
    }
    fn p_alive(&self, s: &Summary) -> f64 {
        BgNbd::p_alive(self, s)
    }
    fn expected_purchases(&self, s: &Summary, horizon: f64) -> f64 {
        BgNbd::expected_purchases(self, s, horizon)
    }
    /// FHL 2005 eq. 9, which is eq. 10 for a customer with x = t_x = T = 0 (alive
    /// with certainty): (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
    fn expected_purchases_new(&self, t: f64) -> f64 {
        let new = Summary {
            x: 0.0,
            t_x: 0.0,
            t: 0.0,
            mean_spend: 0.0,
        };
        BgNbd::expected_purchases(self, &new, t)
    }
}

impl PurchaseModel for ParetoNbd {
    fn log_likelihood(&self, s: &Summary) -> f64 {
        ParetoNbd::log_likelihood(self, s)
    }
    fn p_alive(&self, s: &Summary) -> f64 {
        ParetoNbd::p_alive(self, s)
    }
    fn expected_purchases(&self, s: &Summary, horizon: f64) -> f64 {
        ParetoNbd::expected_purchases(self, s, horizon)
    }
    fn expected_purchases_new(&self, t: f64) -> f64 {
        ParetoNbd::expected_purchases_new(self, t)
    }
}

/// Which purchase-count model to fit (`--model bg-nbd|pareto-nbd`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CountModelKind {
    /// BG/NBD (Fader, Hardie & Lee 2005), the default.
    #[default]
    BgNbd,
    /// Pareto/NBD (Schmittlein, Morrison & Colombo 1987).
    ParetoNbd,
}

impl CountModelKind {
    /// The name on the command line: `bg-nbd` or `pareto-nbd`.
    pub fn name(self) -> &'static str {
        match self {
            CountModelKind::BgNbd => "bg-nbd",
            CountModelKind::ParetoNbd => "pareto-nbd",
        }
    }

    /// Fits the model by maximum likelihood (see [`fit_bgnbd`], [`fit_pareto_nbd`]).
    pub fn fit(self, data: &[Summary]) -> Result<Fit<CountModel>, FitError> {
        match self {
            CountModelKind::BgNbd => fit_bgnbd(data).map(|f| f.map(CountModel::BgNbd)),
            CountModelKind::ParetoNbd => fit_pareto_nbd(data).map(|f| f.map(CountModel::ParetoNbd)),
        }
    }
}

impl fmt::Display for CountModelKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A fitted purchase-count model of either kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CountModel {
    BgNbd(BgNbd),
    ParetoNbd(ParetoNbd),
}

impl CountModel {
    /// Which model this is.
    pub fn kind(&self) -> CountModelKind {
        match self {
            CountModel::BgNbd(_) => CountModelKind::BgNbd,
            CountModel::ParetoNbd(_) => CountModelKind::ParetoNbd,
        }
    }
}

impl PurchaseModel for CountModel {
    fn log_likelihood(&self, s: &Summary) -> f64 {
        match self {
            CountModel::BgNbd(m) => m.log_likelihood(s),
            CountModel::ParetoNbd(m) => m.log_likelihood(s),
        }
    }
    fn p_alive(&self, s: &Summary) -> f64 {
        match self {
            CountModel::BgNbd(m) => m.p_alive(s),
            CountModel::ParetoNbd(m) => m.p_alive(s),
        }
    }
    fn expected_purchases(&self, s: &Summary, horizon: f64) -> f64 {
        match self {
            CountModel::BgNbd(m) => m.expected_purchases(s, horizon),
            CountModel::ParetoNbd(m) => m.expected_purchases(s, horizon),
        }
    }
    fn expected_purchases_new(&self, t: f64) -> f64 {
        match self {
            CountModel::BgNbd(m) => PurchaseModel::expected_purchases_new(m, t),
            CountModel::ParetoNbd(m) => m.expected_purchases_new(t),
        }
    }
}

/// A model's parameters by name, in their conventional order; the names are the
/// json keys of `report clv --params` (r, alpha, a, b; r, alpha, s, beta; p, q, gamma).
pub trait Parameters {
    fn named(&self) -> Vec<(&'static str, f64)>;
}

impl Parameters for BgNbd {
    fn named(&self) -> Vec<(&'static str, f64)> {
        vec![
            ("r", self.r),
            ("alpha", self.alpha),
            ("a", self.a),
            ("b", self.b),
        ]
    }
}

impl Parameters for ParetoNbd {
    fn named(&self) -> Vec<(&'static str, f64)> {
        vec![
            ("r", self.r),
            ("alpha", self.alpha),
            ("s", self.s),
            ("beta", self.beta),
        ]
    }
}

impl Parameters for GammaGamma {
    fn named(&self) -> Vec<(&'static str, f64)> {
        vec![("p", self.p), ("q", self.q), ("gamma", self.gamma)]
    }
}

impl Parameters for CountModel {
    fn named(&self) -> Vec<(&'static str, f64)> {
        match self {
            CountModel::BgNbd(m) => m.named(),
            CountModel::ParetoNbd(m) => m.named(),
        }
    }
}

/// A parameter whose standard error exceeds its value: the data hardly pin it down
/// (its 95 % interval reaches below zero), and predictions that depend on it are
/// uncertain.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ImpreciseParameter {
    pub name: &'static str,
    pub value: f64,
    pub std_error: f64,
}

impl<P> Fit<P> {
    /// Applies `f` to the estimates and to the standard errors alike.
    pub fn map<Q>(self, f: impl Fn(P) -> Q) -> Fit<Q> {
        Fit {
            params: f(self.params),
            std_errors: f(self.std_errors),
            log_likelihood: self.log_likelihood,
            customers: self.customers,
            iterations: self.iterations,
        }
    }
}

impl<P: Parameters> Fit<P> {
    /// The parameters whose standard error exceeds their value, in parameter order.
    pub fn imprecise(&self) -> Vec<ImpreciseParameter> {
        self.params
            .named()
            .into_iter()
            .zip(self.std_errors.named())
            .filter(|((_, value), (_, se))| se > value)
            .map(|((name, value), (_, std_error))| ImpreciseParameter {
                name,
                value,
                std_error,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_parameters_whose_standard_error_exceeds_them() {
        let fit = Fit {
            params: GammaGamma {
                p: 6.25,
                q: 3.74,
                gamma: 15.44,
            },
            std_errors: GammaGamma {
                p: 1.19,
                q: 3.75,
                gamma: 4.16,
            },
            log_likelihood: -4055.9,
            customers: 946,
            iterations: 30,
        };
        assert_eq!(
            fit.imprecise(),
            [ImpreciseParameter {
                name: "q",
                value: 3.74,
                std_error: 3.75
            }]
        );
    }
}
