//! The Gamma-Gamma model of spend per transaction (Fader & Hardie 2013, "The
//! Gamma-Gamma model of monetary value"): its likelihood and the expected spend.
//!
//! A customer's transaction amounts are Gamma(p, ν) with ν ~ Gamma(q, γ) across
//! customers; the mean of x transactions is then Gamma(px, νx).

use super::special::ln_gamma;

/// Fitted Gamma-Gamma parameters, γ in currency units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GammaGamma {
    /// Shape of each transaction's amount.
    pub p: f64,
    /// Shape of the across-customer distribution of ν.
    pub q: f64,
    /// Rate of the across-customer distribution of ν, in currency units.
    pub gamma: f64,
}

impl GammaGamma {
    /// Returns the log-likelihood of a customer's mean spend over x > 0 transactions,
    /// every constant included (Fader & Hardie 2013):
    ///
    /// ```text
    /// f(m | x) = Γ(px+q)/(Γ(px)Γ(q)) · γ^q m^(px−1) x^(px) / (γ + x m)^(px+q)
    /// ```
    ///
    /// NaN when x ≤ 0 or mean_spend ≤ 0, where the model says nothing.
    pub fn log_likelihood(&self, x: f64, mean_spend: f64) -> f64 {
        if x <= 0.0 || mean_spend <= 0.0 {
            return f64::NAN;
        }
        let &Self { p, q, gamma } = self;
        let px = p * x;
        ln_gamma(px + q) - ln_gamma(px) - ln_gamma(q)
            + q * gamma.ln()
            + (px - 1.0) * mean_spend.ln()
            + px * x.ln()
            - (px + q) * (gamma + x * mean_spend).ln()
    }

    /// Returns the expected spend per transaction of a customer with x repeat
    /// transactions of mean `mean_spend`: p(γ + x m)/(px + q − 1), a weighted average of
    /// the customer's own mean and the population mean.
    ///
    /// For x = 0 it is the population mean, whatever `mean_spend` holds. It is +∞ when
    /// px + q ≤ 1 (the posterior has no mean).
    pub fn expected_spend(&self, x: f64, mean_spend: f64) -> f64 {
        if x <= 0.0 {
            return self.population_mean();
        }
        let denominator = self.p * x + self.q - 1.0;
        if denominator <= 0.0 {
            return f64::INFINITY;
        }
        self.p * (self.gamma + x * mean_spend) / denominator
    }

    /// Returns the mean spend per transaction across all customers, pγ/(q − 1); +∞
    /// when q ≤ 1 (the distribution has no mean).
    pub fn population_mean(&self) -> f64 {
        if self.q <= 1.0 {
            return f64::INFINITY;
        }
        self.p * self.gamma / (self.q - 1.0)
    }
}
