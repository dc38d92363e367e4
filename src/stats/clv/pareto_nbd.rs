//! The Pareto/NBD model of purchase counts (Schmittlein, Morrison & Colombo 1987,
//! "Counting your customers: who are they and what will they do next?"): its
//! individual likelihood, the probability that a customer is still alive, and the
//! expected number of purchases in a future period.
//!
//! While alive, a customer buys at a Poisson rate λ ~ Gamma(r, α); their lifetime is
//! exponential with rate μ ~ Gamma(s, β), independent of λ. The formulas are those of
//! Fader & Hardie's note "A note on deriving the Pareto/NBD model and related
//! expressions" (2005), in the form lifetimes 0.11.3 evaluates them
//! (`ParetoNBDFitter._log_A_0`), which CLVTools and BTYD use too.

use super::bgnbd::log_add_exp;
use super::hyp2f1::hyp2f1;
use super::special::ln_gamma;
use super::summary::Summary;

/// Fitted Pareto/NBD parameters: λ ~ Gamma(shape r, rate α), μ ~ Gamma(shape s,
/// rate β). α and β are in the fitting unit of time (weeks or days).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParetoNbd {
    /// Shape of the purchase-rate distribution.
    pub r: f64,
    /// Rate (inverse scale) of the purchase-rate distribution, in the time unit.
    pub alpha: f64,
    /// Shape of the dropout-rate distribution.
    pub s: f64,
    /// Rate (inverse scale) of the dropout-rate distribution, in the time unit.
    pub beta: f64,
}

impl ParetoNbd {
    /// Returns ln A₀ of Fader & Hardie's note (eq. 19), for t_x < T:
    ///
    /// ```text
    /// α ≥ β:  A₀ = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+t_x)) / (α+t_x)^(r+s+x)
    ///            − ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+T))   / (α+T)^(r+s+x)
    /// α < β:  the same with α ↔ β and s+1 → r+x
    /// ```
    ///
    /// Each term is [`ln_a0_term`]; both are positive and the first is the larger, so
    /// their difference is formed in logarithms as lifetimes does. Returns −∞ when
    /// t_x = T (A₀ = 0).
    pub(crate) fn ln_a0(&self, x: f64, t_x: f64, t: f64) -> f64 {
        ln_difference(self.ln_a0_term(x, t_x), self.ln_a0_term(x, t))
    }

    /// ln(₂F₁(r+s+x, b; r+s+x+1; z) / (max(α,β)+t)^(r+s+x)) with b and z of the branch
    /// of A₀ that `self` falls in: one term of A₀ at time t.
    pub(crate) fn ln_a0_term(&self, x: f64, t: f64) -> f64 {
        let &Self { r, alpha, s, beta } = self;
        let (low, high, b) = if alpha < beta {
            (alpha, beta, r + x)
        } else {
            (beta, alpha, s + 1.0)
        };
        ln_a0_term(r + s + x, b, low, high, t)
    }
    /// Returns the log-likelihood of one customer's (x, t_x, T), every constant
    /// included (Fader & Hardie's note, eq. 22):
    ///
    /// ```text
    /// L = Γ(r+x) α^r β^s / Γ(r) · [ 1/((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A₀ ]
    /// ```
    pub fn log_likelihood(&self, s: &Summary) -> f64 {
        let a1 = self.ln_constant(s.x);
        a1 + log_add_exp(self.ln_alive_term(s), self.ln_dropout_term(s))
    }

    /// ln Γ(r+x) − ln Γ(r) + r ln α + s ln β.
    fn ln_constant(&self, x: f64) -> f64 {
        ln_gamma(self.r + x) - ln_gamma(self.r) + self.r * self.alpha.ln() + self.s * self.beta.ln()
    }

    /// −(r+x) ln(α+T) − s ln(β+T): the part of the likelihood from a customer alive at T.
    fn ln_alive_term(&self, s: &Summary) -> f64 {
        -(self.r + s.x) * (self.alpha + s.t).ln() - self.s * (self.beta + s.t).ln()
    }

    /// ln(s/(r+s+x) · A₀): the part from a customer who dropped out in (t_x, T].
    fn ln_dropout_term(&self, s: &Summary) -> f64 {
        self.s.ln() - (self.r + self.s + s.x).ln() + self.ln_a0(s.x, s.t_x, s.t)
    }

    /// Returns the probability that the customer is alive at T (Fader & Hardie's
    /// note, eq. 23; lifetimes' `conditional_probability_alive`):
    ///
    /// ```text
    /// P = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A₀)
    /// ```
    pub fn p_alive(&self, s: &Summary) -> f64 {
        let ln_odds = self.ln_dropout_term(s) - self.ln_alive_term(s);
        1.0 / (1.0 + ln_odds.exp())
    }

    /// Returns the expected number of purchases in the `horizon` time units after T,
    /// given the customer's history (Fader & Hardie's note, eq. 27; lifetimes'
    /// `conditional_expected_number_of_purchases_up_to_time`):
    ///
    /// ```text
    /// E = P(alive) · (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)]
    /// ```
    ///
    /// The bracket over s−1 is evaluated as −ln(y)·(e^u − 1)/u with y = (β+T)/(β+T+t),
    /// u = (s−1) ln y, which has no 0/0 at s = 1 (its limit there is −ln y). Returns 0
    /// for a horizon ≤ 0.
    pub fn expected_purchases(&self, s: &Summary, horizon: f64) -> f64 {
        if horizon <= 0.0 {
            return 0.0;
        }
        self.p_alive(s) * self.alive_expectation(s.x, s.t, horizon)
    }

    /// The expected purchases in `horizon` after `age` of a customer known to be alive
    /// with x repeat purchases: (r+x)/(α+age) · (β+age) · [1 − y^(s−1)]/(s−1).
    fn alive_expectation(&self, x: f64, age: f64, horizon: f64) -> f64 {
        let &Self { r, alpha, s, beta } = self;
        let ln_y = -(horizon / (beta + age)).ln_1p();
        (r + x) / (alpha + age) * (beta + age) * -ln_y * exprel((s - 1.0) * ln_y)
    }

    /// Returns the expected number of repeat purchases of a new customer in its first
    /// `t` time units (Fader & Hardie's note, eq. 17): rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)].
    pub fn expected_purchases_new(&self, t: f64) -> f64 {
        if t <= 0.0 {
            return 0.0;
        }
        self.alive_expectation(0.0, 0.0, t)
    }
}

/// Returns ln(₂F₁(a, b; a+1; z) / (high+t)^a) with z = (high−low)/(high+t) in [0, 1),
/// for a, b > 0 and 0 < low ≤ high.
///
/// The ₂F₁ is taken in Euler's form ₂F₁(a, b; a+1; z) = (1−z)^(1−b) ₂F₁(1, a+1−b;
/// a+1; z), with 1−z = (low+t)/(high+t) formed without cancellation. As written,
/// ₂F₁(a, b; a+1; z) grows like (1−z)^(1−b) near z = 1, which overflows or defeats
/// [`hyp2f1`]'s connection formula once b (= r+x in one branch) is large: over the
/// grid r, s ∈ {0.05, 0.55, 3}, x ∈ {0, 1, 5, 30, 150}, z up to 1 − 10⁻⁷, both branches
/// (540 cases), the direct call gave NaN in 57. In Euler's form every parameter is
/// positive, c−a−b = b−1 > −1, so the Gauss series (z ≤ 0.9) sums positive terms and
/// the connection formula near z = 1 meets at most a (1−z)^(b−1) singularity with
/// b − 1 > −1; hyp2f1's convergence rule (module `hyp2f1`) then holds as stated there.
/// Over the same grid the logarithm agrees with mpmath to 1e-12 relative where
/// 1−z ≥ 1e-5, and to about 1e-16/(1−z) beyond (the rounding of z itself, which the
/// function amplifies there); the tests below check the hardest cases.
///
/// For z ≤ 0.9 the series Σ (a+1−b)ₙ/(a+1)ₙ zⁿ is summed here directly (the fits call
/// this for every distinct (x, t) at every step, and the general [`hyp2f1`] costs
/// twice as much): its term ratio z(a+1−b+n)/(a+1+n) is below z for every n (b > 0),
/// so after a term tₙ the tail is below tₙ z/(1−z), and the sum stops once that is at
/// most 1e-16 of the sum (at most 350 terms at z = 0.9).
pub(crate) fn ln_a0_term(a: f64, b: f64, low: f64, high: f64, t: f64) -> f64 {
    let q = high + t;
    let ln_one_minus_z = ((low + t) / q).ln();
    let z = (high - low) / q;
    let g = if z <= 0.9 {
        euler_series(a + 1.0 - b, a + 1.0, z)
    } else {
        hyp2f1(1.0, a + 1.0 - b, a + 1.0, z)
    };
    (1.0 - b) * ln_one_minus_z + g.ln() - a * q.ln()
}

/// ₂F₁(1, b; c; z) = Σₙ (b)ₙ/(c)ₙ zⁿ for 0 < b < c and 0 ≤ z ≤ 0.9, by the rule of
/// [`ln_a0_term`].
fn euler_series(b: f64, c: f64, z: f64) -> f64 {
    let (mut term, mut sum, mut n) = (1.0_f64, 1.0_f64, 0.0);
    let tail = z / (1.0 - z);
    loop {
        term *= (b + n) / (c + n) * z;
        sum += term;
        n += 1.0;
        if term * tail <= 1e-16 * sum {
            return sum;
        }
    }
}

/// Returns ln(eᵃ − eᵇ) for a ≥ b, −∞ when a ≤ b (rounding may make them cross).
pub(crate) fn ln_difference(a: f64, b: f64) -> f64 {
    let ratio = (b - a).exp();
    if ratio >= 1.0 {
        return f64::NEG_INFINITY;
    }
    a + (-ratio).ln_1p()
}

/// Returns (eᵘ − 1)/u, 1 at u = 0, without cancellation.
fn exprel(u: f64) -> f64 {
    if u.abs() < 1e-8 {
        1.0 + u / 2.0
    } else {
        u.exp_m1() / u
    }
}

#[cfg(test)]
#[allow(clippy::excessive_precision)] // reference values as printed by their source
mod tests {
    use super::*;

    /// mpmath 1.3.0 (50 digits): ln(mp.hyp2f1(a, b, a+1, z)) − a ln(high+t) with
    /// z = (high−low)/(high+t) from the f64 arguments as given. The first three and the
    /// last have z ≥ 0.999, where the direct ₂F₁ call returns NaN or overflows. The
    /// third has 1−z = 1e-6: the rounding of z (1e-16) moves the value by 7e-11 there,
    /// which bounds the tolerance.
    #[rustfmt::skip]
    #[test]
    fn a0_terms_match_mpmath() {
        let cases = [
            (151.15, 1.6, 0.01, 10.0, 0.0, -338.88620572709148072),
            (151.15, 150.55, 0.001, 10.0, 0.0, 1029.3813066820606147),
            (0.8999999999999999, 0.3, 1e-05, 10.0, 0.0, -1.73790901000004946),
            (3.159, 1.6059999999999999, 10.578, 11.669, 30.43, -11.782756478195258962),
            (3.159, 2.553, 10.578, 11.669, 30.43, -11.763869852088979277),
            (37.0, 5.0, 0.5, 20.0, 500.0, -231.20566892517313676),
            (5.1, 5.05, 1e-07, 3.0, 0.001, 27.052520018245133164),
        ];
        for (a, b, low, high, t, want) in cases {
            let got = ln_a0_term(a, b, low, high, t);
            assert!(
                (got - want).abs() <= 1e-10 * want.abs().max(1.0),
                "a = {a}, b = {b}, low = {low}: {got} vs {want}"
            );
        }
    }

    #[test]
    fn the_euler_series_agrees_with_hyp2f1() {
        for (b, c, z) in [
            (0.553, 3.159, 0.0934),
            (1.6, 151.15, 0.5),
            (30.5, 31.1, 0.9),
        ] {
            let (got, want) = (euler_series(b, c, z), hyp2f1(1.0, b, c, z));
            assert!(
                (got - want).abs() < 1e-14 * want,
                "{b} {c} {z}: {got} vs {want}"
            );
        }
        assert_eq!(euler_series(2.0, 3.0, 0.0), 1.0);
    }

    #[test]
    fn exprel_is_smooth_at_zero() {
        assert_eq!(exprel(0.0), 1.0);
        assert!((exprel(1e-9) - (1.0 + 0.5e-9)).abs() < 1e-16);
        assert!((exprel(1.0) - (std::f64::consts::E - 1.0)).abs() < 1e-15);
    }

    #[test]
    fn a_new_customer_is_alive_and_its_expectation_is_the_unconditional_one() {
        let model = ParetoNbd {
            r: 0.553,
            alpha: 10.578,
            s: 0.606,
            beta: 11.669,
        };
        let new = Summary {
            x: 0.0,
            t_x: 0.0,
            t: 0.0,
            mean_spend: 0.0,
        };
        assert_eq!(model.p_alive(&new), 1.0);
        let (r, alpha, s, beta) = (model.r, model.alpha, model.s, model.beta);
        let t = 39.0;
        let closed = r * beta / (alpha * (s - 1.0)) * (1.0 - (beta / (beta + t)).powf(s - 1.0));
        assert!((model.expected_purchases(&new, t) - closed).abs() < 1e-14 * closed);
        assert!((model.expected_purchases_new(t) - closed).abs() < 1e-14 * closed);
    }
}
