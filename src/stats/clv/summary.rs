//! The per-customer summary the CLV models work on — (x, t_x, T, mean spend) — and
//! its construction from a customer's dated purchases.

use chrono::NaiveDate;

/// One customer's purchase history as the BG/NBD and Gamma-Gamma models see it.
///
/// Times are in the fitting unit (weeks or days) and measured from the customer's first
/// purchase day. Purchases on one day count as one transaction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    /// Repeat purchase days: the number of distinct purchase days minus one.
    pub x: f64,
    /// Age at the last purchase day (last − first purchase day); 0 when x = 0.
    pub t_x: f64,
    /// Age at the end of the observation period (today − first purchase day).
    pub t: f64,
    /// Mean amount per repeat purchase day (every purchase day but the first), in
    /// currency units. It is 0.0 — not NaN — when x = 0, so that summaries can be summed
    /// and printed; the models ignore it then (Gamma-Gamma uses the population mean).
    pub mean_spend: f64,
}

/// Summarizes one customer's purchases as of `today`, in units of `unit_days` days
/// (7 for weeks, 1 for days).
///
/// Purchases are `(date, amount in cents)` in any order. Purchases dated after `today`
/// are ignored; purchases on `today` count (the observation period ends with that day,
/// inclusive). Purchases on the same day are merged into one transaction whose amount
/// is their sum. Returns `None` when no purchase is on or before `today`.
pub fn summarize(
    purchases: &[(NaiveDate, i64)],
    today: NaiveDate,
    unit_days: f64,
) -> Option<Summary> {
    let mut days: Vec<(NaiveDate, i64)> = purchases
        .iter()
        .copied()
        .filter(|&(date, _)| date <= today)
        .collect();
    days.sort_unstable_by_key(|&(date, _)| date);
    days.dedup_by(|later, earlier| {
        let same_day = later.0 == earlier.0;
        if same_day {
            earlier.1 += later.1;
        }
        same_day
    });
    let (first, _) = *days.first()?;
    let (last, _) = *days.last()?;
    let repeat_days = days.len() - 1;
    let elapsed = |from: NaiveDate, to: NaiveDate| (to - from).num_days() as f64 / unit_days;
    let mean_spend = if repeat_days == 0 {
        0.0
    } else {
        let cents: i128 = days[1..]
            .iter()
            .map(|&(_, amount)| i128::from(amount))
            .sum();
        cents as f64 / repeat_days as f64 / 100.0
    };
    Some(Summary {
        x: repeat_days as f64,
        t_x: elapsed(first, last),
        t: elapsed(first, today),
        mean_spend,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn merges_same_day_and_ignores_the_future() {
        let purchases = [
            (day("2024-01-15"), 1_000),
            (day("2024-01-01"), 500),
            (day("2024-01-15"), 250),
            (day("2024-01-29"), 2_000),
            (day("2024-02-01"), 99_999), // after today: ignored
        ];
        let s = summarize(&purchases, day("2024-01-29"), 7.0).unwrap();
        assert_eq!(s.x, 2.0);
        assert_eq!(s.t_x, 4.0);
        assert_eq!(s.t, 4.0);
        // Repeat days: 12.50 and 20.00.
        assert_eq!(s.mean_spend, 16.25);
    }

    #[test]
    fn single_day_customer_has_zero_mean_spend() {
        let s = summarize(&[(day("2024-03-01"), 700)], day("2024-03-11"), 1.0).unwrap();
        assert_eq!(
            s,
            Summary {
                x: 0.0,
                t_x: 0.0,
                t: 10.0,
                mean_spend: 0.0
            }
        );
    }

    #[test]
    fn no_purchase_by_today_gives_none() {
        assert_eq!(summarize(&[], day("2024-03-01"), 7.0), None);
        assert_eq!(
            summarize(&[(day("2024-03-02"), 1)], day("2024-03-01"), 7.0),
            None
        );
    }
}
