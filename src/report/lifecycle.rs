//! Where a customer stood on a given day, read from their history: the
//! stage (from the `stage` interactions), when they became a customer, and
//! whether they were active. Every report uses these, so they agree.

use chrono::NaiveDate;

use crate::model::customer::Interaction;
use crate::model::schema::STAGE_KIND;
use crate::model::{Customer, Duration, Money, Schema};

/// The stage a customer counts as active in, and becomes "a customer" by.
pub const CUSTOMER: &str = "customer";

/// Returns true when the customer existed at the end of `day`: created by
/// then, or with no `created` date.
pub fn exists_at(c: &Customer, day: NaiveDate) -> bool {
    c.created.is_none_or(|d| d <= day)
}

/// Returns the customer's stage moves (`stage` interactions) in time order;
/// moves at the same moment keep their order in the file.
pub fn stage_moves(c: &Customer) -> Vec<&Interaction> {
    let mut moves: Vec<&Interaction> = c
        .interactions
        .iter()
        .filter(|i| i.kind == STAGE_KIND)
        .collect();
    moves.sort_by_key(|i| i.date.moment());
    moves
}

/// Returns the stage the customer was in at the end of `day`: the stage
/// entered by the last move up to that day; before their first move, the
/// stage that move left; without moves, the stored stage. A customer with
/// no stage is in the book's first stage; one created after `day` in none.
pub fn stage_at<'c>(c: &'c Customer, day: NaiveDate, schema: &'c Schema) -> Option<&'c str> {
    if !exists_at(c, day) {
        return None;
    }
    // As if the moves were sorted by `stage_moves`, without sorting (every
    // report asks this of every customer, often twice): the last move up
    // to the day (of moves at one moment, the last in the file), and the
    // first move (of moves at one moment, the first in the file).
    let mut last: Option<&Interaction> = None;
    let mut first: Option<&Interaction> = None;
    for m in c.interactions.iter().filter(|i| i.kind == STAGE_KIND) {
        let moment = m.date.moment();
        if m.date.date() <= day && last.is_none_or(|l| moment >= l.date.moment()) {
            last = Some(m);
        }
        if first.is_none_or(|f| moment < f.date.moment()) {
            first = Some(m);
        }
    }
    let stage = match (last, first) {
        (Some(m), _) => m.to.as_deref(),
        (None, Some(first)) => first.from.as_deref(),
        (None, None) => c.stage.as_deref(),
    };
    stage.or_else(|| schema.default_stage())
}

/// Returns the day the customer became a customer, if by `day`: the
/// earliest of their first move into stage `customer` and their first
/// purchase. Without either, a customer whose stage at `day` is `customer`
/// or a later stage of the lifecycle other than its last (churned) became
/// one when created: a lead that never bought and churned never converted.
pub fn customer_since(c: &Customer, day: NaiveDate, schema: &Schema) -> Option<NaiveDate> {
    let moved = c
        .interactions
        .iter()
        .filter(|i| i.kind == STAGE_KIND && i.to.as_deref() == Some(CUSTOMER))
        .map(|i| i.date.date())
        .filter(|d| *d <= day)
        .min();
    let bought = purchases(c, day).map(|(d, _)| d).min();
    match (moved, bought) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (Some(a), None) | (None, Some(a)) => Some(a),
        // No move to `customer` and no purchase: a customer only if the
        // stage says so now. The lifecycle's last stage after `customer`
        // (churned) is where leads drop out too, so it alone does not make a
        // lead that never bought a converted customer.
        (None, None) => {
            let stage = stage_at(c, day, schema)?;
            let rank = |s: &str| schema.stages.iter().position(|x| x == s);
            let exit = schema.stages.last().filter(|s| *s != CUSTOMER);
            let reached = rank(stage)? >= rank(CUSTOMER)? && exit.is_none_or(|e| e != stage);
            if reached { c.created } else { None }
        }
    }
}

/// Returns the customer's orders up to `day`: (date, amount) of every
/// purchase with a non-negative amount (a refund is not an order).
pub fn purchases(c: &Customer, day: NaiveDate) -> impl Iterator<Item = (NaiveDate, Money)> + '_ {
    c.interactions.iter().filter_map(move |i| {
        let date = i.date.date();
        let amount = i.amount.unwrap_or(Money::ZERO);
        (i.is_purchase() && date <= day && !amount.is_negative()).then_some((date, amount))
    })
}

/// Returns the day of the customer's last order up to `day`.
pub fn last_purchase(c: &Customer, day: NaiveDate) -> Option<NaiveDate> {
    purchases(c, day).map(|(d, _)| d).max()
}

/// Returns true when the customer was active at the end of `day`: in stage
/// `customer` then, with an order within `churn_after` before it (the day
/// `churn_after` back included).
pub fn is_active(c: &Customer, day: NaiveDate, churn_after: Duration, schema: &Schema) -> bool {
    if stage_at(c, day, schema) != Some(CUSTOMER) {
        return false;
    }
    let Some(horizon) = churn_after.before(day) else {
        return false;
    };
    last_purchase(c, day).is_some_and(|last| last >= horizon)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse_customer;
    use std::path::Path;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn customer(text: &str) -> Customer {
        parse_customer(text, Path::new("x.toml"), None)
            .customer
            .expect("a customer")
    }

    const MOVER: &str = r#"
name = "A"
stage = "churned"
created = 2025-01-10
[[interactions]]
date = 2025-02-01
kind = "stage"
from = "lead"
to = "customer"
[[interactions]]
date = 2025-03-05
kind = "purchase"
amount = 100.00
[[interactions]]
date = 2025-12-01
kind = "stage"
from = "customer"
to = "churned"
"#;

    #[test]
    fn reads_the_stage_on_a_day_from_the_moves() {
        let c = customer(MOVER);
        let schema = Schema::default();
        assert_eq!(
            stage_at(&c, d("2025-01-09"), &schema),
            None,
            "not created yet"
        );
        assert_eq!(stage_at(&c, d("2025-01-20"), &schema), Some("lead"));
        assert_eq!(stage_at(&c, d("2025-02-01"), &schema), Some("customer"));
        assert_eq!(stage_at(&c, d("2026-01-01"), &schema), Some("churned"));
    }

    /// The stage as the sorted moves give it: the reference `stage_at` is
    /// written to agree with without sorting.
    fn stage_by_sorting<'c>(
        c: &'c Customer,
        day: NaiveDate,
        schema: &'c Schema,
    ) -> Option<&'c str> {
        if !exists_at(c, day) {
            return None;
        }
        let moves = stage_moves(c);
        let stage = match moves.iter().rposition(|m| m.date.date() <= day) {
            Some(i) => moves[i].to.as_deref(),
            None => moves
                .first()
                .map_or(c.stage.as_deref(), |m| m.from.as_deref()),
        };
        stage.or_else(|| schema.default_stage())
    }

    #[test]
    fn moves_out_of_order_and_at_one_moment_are_read_as_sorted() {
        // Written out of order; two moves on one day and two at one
        // moment, where the file's order decides.
        let c = customer(
            r#"
name = "A"
stage = "prospect"
[[interactions]]
date = 2025-03-01
kind = "stage"
from = "customer"
to = "churned"
[[interactions]]
date = 2025-01-01
kind = "stage"
from = "lead"
to = "prospect"
[[interactions]]
date = 2025-01-01
kind = "stage"
from = "x"
to = "lead"
[[interactions]]
date = 2025-02-01T10:00:00
kind = "stage"
from = "prospect"
to = "customer"
[[interactions]]
date = 2025-02-01T10:00:00
kind = "stage"
from = "customer"
to = "vip"
"#,
        );
        let schema = Schema::default();
        for day in [
            "2024-12-31",
            "2025-01-01",
            "2025-01-31",
            "2025-02-01",
            "2025-03-01",
        ] {
            let day = d(day);
            assert_eq!(
                stage_at(&c, day, &schema),
                stage_by_sorting(&c, day, &schema),
                "{day}"
            );
        }
        assert_eq!(stage_at(&c, d("2024-12-31"), &schema), Some("lead"));
        assert_eq!(stage_at(&c, d("2025-01-01"), &schema), Some("lead"));
        assert_eq!(stage_at(&c, d("2025-02-01"), &schema), Some("vip"));
        assert_eq!(stage_at(&c, d("2025-03-01"), &schema), Some("churned"));
    }

    #[test]
    fn became_a_customer_at_the_first_move_or_order() {
        let c = customer(MOVER);
        let schema = Schema::default();
        assert_eq!(customer_since(&c, d("2025-01-31"), &schema), None);
        assert_eq!(
            customer_since(&c, d("2026-01-01"), &schema),
            Some(d("2025-02-01"))
        );
        let imported = customer("name = \"B\"\nstage = \"customer\"\ncreated = 2023-10-05\n");
        assert_eq!(
            customer_since(&imported, d("2026-01-01"), &schema),
            Some(d("2023-10-05")),
            "a customer without history became one when created"
        );
        let lead = customer("name = \"C\"\nstage = \"lead\"\ncreated = 2023-10-05\n");
        assert_eq!(customer_since(&lead, d("2026-01-01"), &schema), None);
    }

    #[test]
    fn active_means_stage_customer_and_an_order_within_churn_after() {
        let c = customer(MOVER);
        let schema = Schema::default();
        let window = Duration::Days(180);
        // Last order 2025-03-05; 180 days later is 2025-09-01.
        assert!(is_active(&c, d("2025-09-01"), window, &schema));
        assert!(!is_active(&c, d("2025-09-02"), window, &schema));
        assert!(
            !is_active(&c, d("2025-03-04"), window, &schema),
            "no order yet"
        );
    }
}
