//! The calibration/holdout check of a purchase-count model (`report clv --holdout
//! UNTIL`, DESIGN.md section 16): the model is fitted on the purchases up to `today`
//! (the calibration period) and its predictions for the period after it, up to
//! `until` (the holdout period), are set against the purchases the book holds there —
//! the checks of Fader, Hardie & Lee (2005), figures 2 and 4.
//!
//! Purchases are counted as the models count them: the purchase days of a customer
//! (several purchases on one day are one transaction), and a repeat purchase is any
//! purchase day after the customer's first. The customers checked are those with a
//! purchase on or before `today` (the calibration customers, whom the model was
//! fitted on); customers whose first purchase falls in the holdout are only counted
//! ([`Holdout::new_in_holdout`]).

use chrono::{Days, NaiveDate};

use super::purchase_model::PurchaseModel;
use super::summary::{Summary, summarize};

/// The last frequency bin holds the customers with at least this many calibration
/// repeat purchases (FHL 2005, figure 4: 0, 1, …, 6, 7+).
pub const LAST_FREQUENCY_BIN: u32 = 7;

/// Length of a tracking period, in days.
const WEEK_DAYS: u64 = 7;

/// The outcome of the holdout check.
#[derive(Debug, Clone, PartialEq)]
pub struct Holdout {
    /// The end of the calibration period (inclusive): purchases up to this day are the
    /// ones the model was fitted on.
    pub today: NaiveDate,
    /// The end of the holdout period (inclusive); it starts the day after `today`.
    pub until: NaiveDate,
    /// The holdout's length in the fitting unit: (until − today) in days / unit days.
    pub horizon: f64,
    /// Calibration customers: those with a purchase on or before `today`.
    pub customers: usize,
    /// Customers whose first purchase is in the holdout period; they are in no figure
    /// below (the model's conditional predictions are about calibration customers).
    pub new_in_holdout: usize,
    /// Figure 4 of FHL 2005: the calibration customers by their calibration repeat
    /// purchases x = 0, 1, …, 6 and 7+ (always eight bins, possibly empty).
    pub by_frequency: Vec<FrequencyBin>,
    /// Figure 2 of FHL 2005: cumulative repeat purchases of the calibration customers,
    /// week by week over calibration and holdout. Weeks end on `today` − 7k and
    /// `today` + 7k; the first is the week holding the earliest first purchase, the last
    /// ends on `until` (a shorter week when the holdout is not a whole number of weeks).
    pub weeks: Vec<TrackingWeek>,
    /// The mean absolute percentage error of the expected cumulative repeat purchases
    /// over the holdout weeks: the mean over the weeks with `in_holdout` (and a
    /// non-zero actual cumulative count) of 100 × |expected − actual| / actual, on the
    /// cumulative figures (counted from the first week). `None` when no holdout week
    /// has a non-zero actual count.
    pub tracking_mape_percent: Option<f64>,
    /// Repeat purchases (purchase days) of the calibration customers in the holdout.
    pub actual_total: u64,
    /// The sum over calibration customers of the model's conditional expectation of
    /// their purchases in the holdout, given their calibration history.
    pub predicted_total: f64,
    /// The mean over calibration customers of |actual − predicted| holdout purchases.
    pub mean_absolute_error: f64,
    /// Per input customer, in input order: the check of one calibration customer, or
    /// `None` for a customer without a purchase on or before `today`.
    pub per_customer: Vec<Option<CustomerHoldout>>,
}

/// One bin of customers by calibration repeat purchases.
#[derive(Debug, Clone, PartialEq)]
pub struct FrequencyBin {
    /// The customers' calibration repeat purchases x; the last bin
    /// ([`LAST_FREQUENCY_BIN`]) holds every x at or above it.
    pub x: u32,
    /// Whether this is the open-ended last bin (7+).
    pub and_more: bool,
    /// Calibration customers in the bin.
    pub customers: usize,
    /// Their mean number of purchase days in the holdout; `None` for an empty bin.
    pub actual_mean: Option<f64>,
    /// The mean of the model's conditional expectations of their holdout purchases;
    /// `None` for an empty bin.
    pub predicted_mean: Option<f64>,
}

/// One week of the tracking of cumulative repeat purchases.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackingWeek {
    /// 1 for the first week.
    pub week: u32,
    /// The week's last day (inclusive); weeks are seven days but the last may be
    /// shorter.
    pub end: NaiveDate,
    /// Whether the week lies in the holdout (it ends after `today`).
    pub in_holdout: bool,
    /// Repeat purchases (purchase days after each customer's first) in the week.
    pub actual: u64,
    /// The model's expected repeat purchases in the week: the difference of
    /// `expected_cumulative` from the week before.
    pub expected: f64,
    /// Repeat purchases from the first week up to `end`.
    pub actual_cumulative: u64,
    /// Σ over calibration customers of E[X(end − first purchase day)], the model's
    /// unconditional expectation of a customer's repeat purchases in the time since
    /// their first purchase (each customer from their own first purchase, FHL 2005
    /// figure 2); nothing is conditioned on the calibration data.
    pub expected_cumulative: f64,
}

/// One calibration customer's holdout check.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CustomerHoldout {
    /// The calibration summary (x, t_x, T) the prediction is conditioned on; its
    /// `mean_spend` is 0 (amounts play no part here).
    pub summary: Summary,
    /// Purchase days in the holdout, (today, until].
    pub actual: u32,
    /// The model's conditional expectation of the purchases in the holdout.
    pub predicted: f64,
}

/// Why the holdout check cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoldoutError {
    /// The holdout would be empty.
    #[error("{}", crate::msg!(
        "clv.holdout",
        until = .until.to_string(),
        today = .today.to_string()
    ))]
    UntilNotAfterToday { today: NaiveDate, until: NaiveDate },
}

/// Checks `model`, fitted on the purchases up to `today` in units of `unit_days` days
/// (7 for weeks, 1 for days), against the purchases from the day after `today` up to
/// `until`.
///
/// `histories` holds each customer's purchase dates, in any order, with repeats for
/// several purchases on one day; dates after `until` are ignored. The model should
/// have been fitted on [`summarize`] of the same histories as of `today`: this
/// function rebuilds those summaries to condition its predictions on.
pub fn holdout<H: AsRef<[NaiveDate]>>(
    histories: &[H],
    today: NaiveDate,
    until: NaiveDate,
    unit_days: f64,
    model: &impl PurchaseModel,
) -> Result<Holdout, HoldoutError> {
    if until <= today {
        return Err(HoldoutError::UntilNotAfterToday { today, until });
    }
    let horizon = (until - today).num_days() as f64 / unit_days;
    let grid = WeekGrid::new(histories, today, until);
    let mut per_customer = Vec::with_capacity(histories.len());
    let mut new_in_holdout = 0;
    let mut bins = vec![(0usize, 0u64, 0.0f64); LAST_FREQUENCY_BIN as usize + 1];
    let mut weekly_actual = vec![0u64; grid.ends.len()];
    // Calibration customers by the day offset of their first purchase from grid.start.
    let mut births: Vec<u64> = Vec::new();
    let (mut actual_total, mut predicted_total, mut absolute_error) = (0u64, 0.0, 0.0);
    for history in histories {
        let mut days: Vec<NaiveDate> = history
            .as_ref()
            .iter()
            .copied()
            .filter(|&d| d <= until)
            .collect();
        days.sort_unstable();
        days.dedup();
        let Some(&first) = days.first() else {
            per_customer.push(None);
            continue;
        };
        if first > today {
            new_in_holdout += 1;
            per_customer.push(None);
            continue;
        }
        let calibration: Vec<(NaiveDate, i64)> = days
            .iter()
            .filter(|&&d| d <= today)
            .map(|&d| (d, 0))
            .collect();
        let summary = summarize(&calibration, today, unit_days).expect("a purchase by today");
        let actual = days.len() - calibration.len();
        let predicted = model.expected_purchases(&summary, horizon);
        let x = summary.x as usize;
        let bin = &mut bins[x.min(LAST_FREQUENCY_BIN as usize)];
        bin.0 += 1;
        bin.1 += actual as u64;
        bin.2 += predicted;
        actual_total += actual as u64;
        predicted_total += predicted;
        absolute_error += (actual as f64 - predicted).abs();
        let offset = grid.offset(first);
        if births.len() <= offset {
            births.resize(offset + 1, 0);
        }
        births[offset] += 1;
        for &day in &days[1..] {
            weekly_actual[grid.week_of(day)] += 1;
        }
        per_customer.push(Some(CustomerHoldout {
            summary,
            actual: u32::try_from(actual).unwrap_or(u32::MAX),
            predicted,
        }));
    }
    let customers = per_customer.iter().flatten().count();
    let by_frequency = bins
        .iter()
        .enumerate()
        .map(|(x, &(n, actual, predicted))| {
            let mean = |sum: f64| (n > 0).then(|| sum / n as f64);
            FrequencyBin {
                x: x as u32,
                and_more: x == LAST_FREQUENCY_BIN as usize,
                customers: n,
                actual_mean: mean(actual as f64),
                predicted_mean: mean(predicted),
            }
        })
        .collect();
    let weeks = grid.track(&weekly_actual, &births, today, unit_days, model);
    let errors: Vec<f64> = weeks
        .iter()
        .filter(|w| w.in_holdout && w.actual_cumulative > 0)
        .map(|w| {
            let actual = w.actual_cumulative as f64;
            100.0 * (w.expected_cumulative - actual).abs() / actual
        })
        .collect();
    let tracking_mape_percent =
        (!errors.is_empty()).then(|| errors.iter().sum::<f64>() / errors.len() as f64);
    Ok(Holdout {
        today,
        until,
        horizon,
        customers,
        new_in_holdout,
        by_frequency,
        weeks,
        tracking_mape_percent,
        actual_total,
        predicted_total,
        mean_absolute_error: if customers == 0 {
            0.0
        } else {
            absolute_error / customers as f64
        },
        per_customer,
    })
}

/// The tracking weeks: their last days, from the week holding the earliest first
/// purchase of a calibration customer to `until`.
struct WeekGrid {
    /// The first day of the first week.
    start: NaiveDate,
    ends: Vec<NaiveDate>,
}

impl WeekGrid {
    fn new<H: AsRef<[NaiveDate]>>(histories: &[H], today: NaiveDate, until: NaiveDate) -> Self {
        let earliest = histories
            .iter()
            .flat_map(|h| h.as_ref().iter().copied())
            .filter(|&d| d <= today)
            .min()
            .unwrap_or(today);
        let weeks_before = (today - earliest).num_days().unsigned_abs() / WEEK_DAYS;
        let first_end = today - Days::new(weeks_before * WEEK_DAYS);
        let start = first_end - Days::new(WEEK_DAYS - 1);
        let mut ends = Vec::new();
        let mut end = first_end;
        while end < until {
            ends.push(end);
            end = end + Days::new(WEEK_DAYS);
        }
        ends.push(until);
        Self { start, ends }
    }

    /// Days from the grid's start to `day` (on or after the start).
    fn offset(&self, day: NaiveDate) -> usize {
        (day - self.start).num_days() as usize
    }

    /// The index of the week holding `day` (between the start and `until`).
    fn week_of(&self, day: NaiveDate) -> usize {
        (self.offset(day) / WEEK_DAYS as usize).min(self.ends.len() - 1)
    }

    /// The tracking figures, from the repeat purchases per week and the number of
    /// calibration customers born on each day offset.
    fn track(
        &self,
        weekly_actual: &[u64],
        births: &[u64],
        today: NaiveDate,
        unit_days: f64,
        model: &impl PurchaseModel,
    ) -> Vec<TrackingWeek> {
        // E[X(d days)] for every whole number of days d a customer can have been
        // around at a week's end.
        let longest = self.offset(*self.ends.last().expect("at least one week"));
        let expected_after: Vec<f64> = (0..=longest)
            .map(|d| model.expected_purchases_new(d as f64 / unit_days))
            .collect();
        let mut weeks = Vec::with_capacity(self.ends.len());
        let (mut actual_cumulative, mut previous) = (0u64, 0.0);
        for (i, &end) in self.ends.iter().enumerate() {
            let at = self.offset(end);
            let expected_cumulative: f64 = births
                .iter()
                .enumerate()
                .take(at + 1)
                .filter(|&(_, &n)| n > 0)
                .map(|(born, &n)| n as f64 * expected_after[at - born])
                .sum();
            actual_cumulative += weekly_actual[i];
            weeks.push(TrackingWeek {
                week: i as u32 + 1,
                end,
                in_holdout: end > today,
                actual: weekly_actual[i],
                expected: expected_cumulative - previous,
                actual_cumulative,
                expected_cumulative,
            });
            previous = expected_cumulative;
        }
        weeks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::clv::BgNbd;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A model whose every expectation is a fixed rate times the time: E[X(t)] = t/10
    /// for a new customer and horizon/10 for anyone.
    struct Linear;

    impl PurchaseModel for Linear {
        fn log_likelihood(&self, _: &Summary) -> f64 {
            0.0
        }
        fn p_alive(&self, _: &Summary) -> f64 {
            1.0
        }
        fn expected_purchases(&self, _: &Summary, horizon: f64) -> f64 {
            horizon / 10.0
        }
        fn expected_purchases_new(&self, t: f64) -> f64 {
            t / 10.0
        }
    }

    /// Worked by hand, in days: today 2024-01-14, until 2024-01-24 (10 days, a week
    /// and a 3-day week). Weeks end 2024-01-07, -14, -21, -24; the first starts
    /// 2024-01-01.
    #[test]
    fn hand_worked_example() {
        let histories = vec![
            // ann: first 01-01, repeats 01-05, 01-05 (one day), 01-10; holdout 01-20.
            vec![
                day("2024-01-01"),
                day("2024-01-05"),
                day("2024-01-05"),
                day("2024-01-10"),
                day("2024-01-20"),
            ],
            // bob: first 01-14 (today), holdout 01-15, 01-24; 02-01 after until.
            vec![
                day("2024-01-24"),
                day("2024-01-14"),
                day("2024-01-15"),
                day("2024-02-01"),
            ],
            // cat: first purchase in the holdout.
            vec![day("2024-01-16")],
            // dan: no purchase.
            vec![],
        ];
        let h = holdout(
            &histories,
            day("2024-01-14"),
            day("2024-01-24"),
            1.0,
            &Linear,
        )
        .unwrap();
        assert_eq!(h.horizon, 10.0);
        assert_eq!((h.customers, h.new_in_holdout), (2, 1));
        assert_eq!(h.actual_total, 3);
        assert_eq!(h.predicted_total, 2.0);
        // |1 − 1| and |2 − 1|, over 2.
        assert_eq!(h.mean_absolute_error, 0.5);
        let ann = h.per_customer[0].unwrap();
        assert_eq!(
            (ann.summary.x, ann.summary.t_x, ann.summary.t),
            (2.0, 9.0, 13.0)
        );
        assert_eq!((ann.actual, ann.predicted), (1, 1.0));
        assert_eq!(h.per_customer[1].unwrap().actual, 2);
        assert_eq!((h.per_customer[2], h.per_customer[3]), (None, None));
        // Bins: bob x = 0 (actual 2), ann x = 2 (actual 1).
        let bins: Vec<(u32, usize, Option<f64>, Option<f64>)> = h
            .by_frequency
            .iter()
            .map(|b| (b.x, b.customers, b.actual_mean, b.predicted_mean))
            .collect();
        assert_eq!(bins.len(), 8);
        assert_eq!(bins[0], (0, 1, Some(2.0), Some(1.0)));
        assert_eq!(bins[1], (1, 0, None, None));
        assert_eq!(bins[2], (2, 1, Some(1.0), Some(1.0)));
        assert!(h.by_frequency[7].and_more);
        // Weeks: repeats on 01-05 (w1), 01-10 (w2), 01-15, 01-20 (w3), 01-24 (w4).
        // Expected cumulative: ann born at day 0, bob at day 13; at ends 6, 13, 20, 23:
        // 0.6, 1.3 + 0, 2.0 + 0.7, 2.3 + 1.0.
        let weeks: Vec<(u32, NaiveDate, bool, u64, u64)> = h
            .weeks
            .iter()
            .map(|w| (w.week, w.end, w.in_holdout, w.actual, w.actual_cumulative))
            .collect();
        assert_eq!(
            weeks,
            [
                (1, day("2024-01-07"), false, 1, 1),
                (2, day("2024-01-14"), false, 1, 2),
                (3, day("2024-01-21"), true, 2, 4),
                (4, day("2024-01-24"), true, 1, 5),
            ]
        );
        let expected: Vec<f64> = h.weeks.iter().map(|w| w.expected_cumulative).collect();
        for (got, want) in expected.iter().zip([0.6, 1.3, 2.7, 3.3]) {
            assert!((got - want).abs() < 1e-12, "{expected:?}");
        }
        assert!((h.weeks[2].expected - 1.4).abs() < 1e-12);
        // MAPE over weeks 3 and 4: |2.7 − 4|/4 = 32.5 %, |3.3 − 5|/5 = 34 %.
        assert!((h.tracking_mape_percent.unwrap() - 33.25).abs() < 1e-9);
    }

    #[test]
    fn the_holdout_must_follow_the_calibration() {
        let model = BgNbd {
            r: 0.243,
            alpha: 4.414,
            a: 0.793,
            b: 2.426,
        };
        let histories: Vec<Vec<NaiveDate>> = vec![vec![day("2024-01-01")]];
        let err = holdout(
            &histories,
            day("2024-02-01"),
            day("2024-02-01"),
            7.0,
            &model,
        );
        assert_eq!(
            err.unwrap_err().to_string(),
            "the holdout must end after the calibration period: 2024-02-01 is not after \
             2024-02-01"
        );
    }
}
