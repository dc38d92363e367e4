//! Derived figures of one customer as of a day: revenue, orders, last
//! contact and the rest. They are never stored; every command computes them
//! here, so `show`, queries and reports agree.
//!
//! Everything dated after the day is ignored, so figures for a past day are
//! what they were then.

use chrono::NaiveDate;

use super::{Customer, Money, schema::is_move};

/// The derived figures of one customer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    /// Sum of purchase amounts (refunds are negative purchases).
    pub revenue: Money,
    /// Number of purchases with a non-negative amount (a refund is not an order).
    pub orders: u32,
    /// Revenue per order, to the cent; None without orders.
    pub aov: Option<Money>,
    pub first_purchase: Option<NaiveDate>,
    pub last_purchase: Option<NaiveDate>,
    /// The latest interaction other than a stage change (rapport's own
    /// bookkeeping, not contact with the customer).
    pub last_contact: Option<NaiveDate>,
    /// Number of interactions of every kind.
    pub interactions: u32,
    /// The latest survey score.
    pub nps: Option<u8>,
    pub open_deals: u32,
    /// Value of the open deals.
    pub pipeline: Money,
    /// Value of the deals won.
    pub won: Money,
}

impl Figures {
    /// Returns the figures of `customer` as of the end of `today`.
    pub fn of(customer: &Customer, today: NaiveDate) -> Figures {
        let mut f = Figures::default();
        let mut latest_nps: Option<(chrono::NaiveDateTime, u8)> = None;
        for i in &customer.interactions {
            let day = i.date.date();
            if day > today {
                continue;
            }
            f.interactions += 1;
            if !is_move(&i.kind) {
                f.last_contact = f.last_contact.max(Some(day));
            }
            if i.is_purchase() {
                let amount = i.amount.unwrap_or(Money::ZERO);
                f.revenue += amount;
                if !amount.is_negative() {
                    f.orders += 1;
                    f.first_purchase = Some(f.first_purchase.map_or(day, |d| d.min(day)));
                    f.last_purchase = f.last_purchase.max(Some(day));
                }
            }
            if let Some(score) = i.nps
                && latest_nps.is_none_or(|(when, _)| i.date.moment() >= when)
            {
                latest_nps = Some((i.date.moment(), score));
            }
        }
        f.nps = latest_nps.map(|(_, score)| score);
        if f.orders > 0 {
            f.aov = Some(f.revenue.div_round(i128::from(f.orders)));
        }
        for deal in &customer.deals {
            if deal.opened.is_some_and(|d| d > today) {
                continue;
            }
            let closed_by_today = deal.closed.is_none_or(|d| d <= today);
            let value = deal.value.unwrap_or(Money::ZERO);
            if deal.is_open() || !closed_by_today {
                f.open_deals += 1;
                f.pipeline += value;
            } else if deal.stage == "won" {
                f.won += value;
            }
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse_customer;
    use std::path::Path;

    #[test]
    fn derives_figures_as_of_a_day() {
        let text = r#"
name = "A"
[[deals]]
title = "Won"
value = 100.00
stage = "won"
opened = 2024-01-01
closed = 2024-02-01
[[deals]]
title = "Open"
value = 50.10
stage = "proposal"
opened = 2024-01-15
[[interactions]]
date = 2024-01-10
kind = "purchase"
amount = 0.10
[[interactions]]
date = 2024-01-20
kind = "purchase"
amount = 0.20
[[interactions]]
date = 2024-01-25
kind = "purchase"
amount = -0.05
[[interactions]]
date = 2024-02-01
kind = "survey"
nps = 6
[[interactions]]
date = 2024-02-05
kind = "stage"
from = "lead"
to = "customer"
[[interactions]]
date = 2024-03-01
kind = "purchase"
amount = 99.00
"#;
        let c = parse_customer(text, Path::new("x.toml"), None)
            .customer
            .unwrap();
        let day = NaiveDate::from_ymd_opt(2024, 2, 10).unwrap();
        let f = Figures::of(&c, day);
        assert_eq!(f.revenue.to_string(), "0.25");
        assert_eq!(f.orders, 2);
        assert_eq!(f.aov.unwrap().to_string(), "0.13");
        assert_eq!(f.first_purchase, NaiveDate::from_ymd_opt(2024, 1, 10));
        assert_eq!(f.last_purchase, NaiveDate::from_ymd_opt(2024, 1, 20));
        assert_eq!(f.last_contact, NaiveDate::from_ymd_opt(2024, 2, 1));
        assert_eq!(f.interactions, 5);
        assert_eq!(f.nps, Some(6));
        assert_eq!(
            (f.open_deals, f.pipeline.to_string(), f.won.to_string()),
            (1, "50.10".into(), "100.00".into())
        );

        let before_close = Figures::of(&c, NaiveDate::from_ymd_opt(2024, 1, 20).unwrap());
        assert_eq!(
            before_close.open_deals, 2,
            "a deal closed later was open then"
        );
        assert_eq!(before_close.won, Money::ZERO);
    }
}
