//! Predicted customer lifetime value: the purchases a count model (BG/NBD or
//! Pareto/NBD) expects times the Gamma-Gamma spend, discounted month by month exactly
//! as lifetimes 0.11.3's `customer_lifetime_value`.

use super::gamma_gamma::GammaGamma;
use super::purchase_model::PurchaseModel;
use super::summary::Summary;

/// Returns the discounted value of a customer's purchases over the next `months`
/// months, with the purchases `model` expects (a [`BgNbd`](super::BgNbd), a
/// [`ParetoNbd`](super::ParetoNbd) or a [`CountModel`](super::CountModel)).
///
/// `unit_per_month` is the length of a month in the fitting unit (4.345 for weeks, 30
/// for days, as lifetimes uses); `monthly_discount` is the discount rate per month
/// (0.01 for 1 %). Month k = 1..=months contributes
///
/// ```text
/// spend × (E[purchases by kμ] − E[purchases by (k−1)μ]) / (1 + d)^k,   μ = unit_per_month
/// ```
///
/// where spend is the Gamma-Gamma expected spend (the population mean for x = 0). The
/// times kμ are formed as lifetimes forms them (k × μ in floating point), so the result
/// agrees with lifetimes to rounding.
pub fn lifetime_value(
    model: &impl PurchaseModel,
    gg: &GammaGamma,
    s: &Summary,
    months: u32,
    monthly_discount: f64,
    unit_per_month: f64,
) -> f64 {
    let spend = gg.expected_spend(s.x, s.mean_spend);
    let mut value = 0.0;
    let mut previous = 0.0;
    for k in 1..=months {
        let horizon = f64::from(k) * unit_per_month;
        let expected = model.expected_purchases(s, horizon);
        let discount = (1.0 + monthly_discount).powf(horizon / unit_per_month);
        value += spend * (expected - previous) / discount;
        previous = expected;
    }
    value
}
