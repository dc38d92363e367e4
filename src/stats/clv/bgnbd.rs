//! The BG/NBD model of purchase counts (Fader, Hardie & Lee 2005, "Counting your
//! customers the easy way"): its individual likelihood, the probability that a customer
//! is still alive, and the expected number of purchases in a future period.
//!
//! While alive, a customer buys at a Poisson rate λ ~ Gamma(r, α); after every purchase
//! they drop out with probability p ~ Beta(a, b). In the formulas below δ(x>0) is 1
//! for a customer with repeat purchases and 0 otherwise.

use super::expectation;
use super::special::ln_gamma;
use super::summary::Summary;

/// Fitted BG/NBD parameters: λ ~ Gamma(shape r, rate α), p ~ Beta(a, b). α is in the
/// fitting unit of time (weeks or days).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BgNbd {
    /// Shape of the purchase-rate distribution.
    pub r: f64,
    /// Rate (inverse scale) of the purchase-rate distribution, in the time unit.
    pub alpha: f64,
    /// First shape of the dropout-probability distribution.
    pub a: f64,
    /// Second shape of the dropout-probability distribution.
    pub b: f64,
}

impl BgNbd {
    /// Returns the log-likelihood of one customer's (x, t_x, T), FHL 2005 eq. 6 with
    /// every constant included:
    ///
    /// ```text
    /// L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
    ///   + δ(x>0) B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x))
    /// ```
    pub fn log_likelihood(&self, s: &Summary) -> f64 {
        let &Self { r, alpha, a, b } = self;
        let x = s.x;
        let a1 = ln_gamma(r + x) - ln_gamma(r) + r * alpha.ln();
        let a2 = ln_gamma(a + b) + ln_gamma(b + x) - ln_gamma(b) - ln_gamma(a + b + x);
        let a3 = -(r + x) * (alpha + s.t).ln();
        if x > 0.0 {
            let a4 = a.ln() - (b + x - 1.0).ln() - (r + x) * (alpha + s.t_x).ln();
            a1 + a2 + log_add_exp(a3, a4)
        } else {
            a1 + a2 + a3
        }
    }

    /// Returns the probability that the customer has not dropped out by T
    /// (Hardie's note "Computing P(alive) using the BG/NBD model"):
    ///
    /// ```text
    /// P = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))
    /// ```
    ///
    /// A customer without repeat purchases (x = 0) cannot have dropped out: P = 1.
    pub fn p_alive(&self, s: &Summary) -> f64 {
        1.0 / (1.0 + self.dropout_odds(s))
    }

    /// The odds that the customer has dropped out, δ(x>0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x).
    fn dropout_odds(&self, s: &Summary) -> f64 {
        if s.x <= 0.0 {
            return 0.0;
        }
        let &Self { r, alpha, a, b } = self;
        let ln_odds =
            a.ln() - (b + s.x - 1.0).ln() + (r + s.x) * ((alpha + s.t).ln() - (alpha + s.t_x).ln());
        ln_odds.exp()
    }

    /// Returns the expected number of purchases in the `horizon` time units after T,
    /// given the customer's history (FHL 2005 eq. 10, lifetimes'
    /// `conditional_expected_number_of_purchases_up_to_time`):
    ///
    /// ```text
    /// E = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)]
    ///     / (1 + δ(x>0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x)),      z = t/(α+T+t)
    /// ```
    ///
    /// The numerator (the expectation for a customer known to be alive) is evaluated
    /// without the cancellation and the 0/0 at a = 1 that the formula has as written
    /// (module `expectation`). Returns 0 for a horizon ≤ 0.
    pub fn expected_purchases(&self, s: &Summary, horizon: f64) -> f64 {
        if horizon <= 0.0 {
            return 0.0;
        }
        let alive = expectation::alive_expectation(self, s.x, s.t, horizon);
        alive / (1.0 + self.dropout_odds(s))
    }
}

/// Returns ln(eˣ + eʸ) without overflow.
pub(crate) fn log_add_exp(x: f64, y: f64) -> f64 {
    let (hi, lo) = if x >= y { (x, y) } else { (y, x) };
    hi + (lo - hi).exp().ln_1p()
}
