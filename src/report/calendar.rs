//! Calendar periods for reports over time: ISO weeks, months, quarters.

use chrono::{Datelike, Days, NaiveDate};

use super::scope::Period;

/// The length of the periods of a report over time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Calendar {
    /// ISO weeks, Monday to Sunday (labelled 2026-W03).
    Week,
    /// Calendar months (labelled 2026-01).
    Month,
    /// Calendar quarters (labelled 2026-Q1).
    Quarter,
}

impl Calendar {
    /// Returns the first day of the period holding `day`.
    pub fn start(self, day: NaiveDate) -> NaiveDate {
        match self {
            Calendar::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
            Calendar::Month => day.with_day(1).unwrap_or(day),
            Calendar::Quarter => {
                let month = (day.month0() / 3) * 3 + 1;
                NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
            }
        }
    }

    /// Returns the first day of the period after the one starting `start`.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Calendar::Week => start + Days::new(7),
            Calendar::Month => start + chrono::Months::new(1),
            Calendar::Quarter => start + chrono::Months::new(3),
        }
    }

    /// Returns the label of the period starting `start`.
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            Calendar::Week => {
                let w = start.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Calendar::Month => start.format("%Y-%m").to_string(),
            Calendar::Quarter => format!("{}-Q{}", start.year(), start.month0() / 3 + 1),
        }
    }

    /// Returns how many periods `day` lies after the period starting `start`
    /// (0 in that period itself, negative before it).
    pub fn index(self, start: NaiveDate, day: NaiveDate) -> i64 {
        let months = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
        match self {
            Calendar::Week => (self.start(day) - start).num_days().div_euclid(7),
            Calendar::Month => months(day) - months(start),
            Calendar::Quarter => (months(day) - months(start)).div_euclid(3),
        }
    }

    /// Returns the periods overlapping `period`, each clipped to it.
    pub fn spans(self, period: Period) -> Vec<Period> {
        let mut out = Vec::new();
        let mut start = self.start(period.since);
        while start <= period.until {
            let next = self.next(start);
            let end = next.pred_opt().unwrap_or(next);
            out.push(Period {
                since: start.max(period.since),
                until: end.min(period.until),
            });
            start = next;
        }
        out
    }
}

/// Returns `2026-03` as `Mar 26`, for chart axes.
pub fn short_month(label: &str) -> String {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match (
        label.get(2..4),
        label.get(5..7).and_then(|m| m.parse::<usize>().ok()),
    ) {
        (Some(year), Some(month)) if (1..=12).contains(&month) => {
            format!("{} {year}", NAMES[month - 1])
        }
        _ => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn labels_and_counts_periods() {
        // 2026-01-01 is a Thursday; its ISO week 1 starts on Monday 2025-12-29.
        assert_eq!(Calendar::Week.start(d("2026-01-01")), d("2025-12-29"));
        assert_eq!(Calendar::Week.label(d("2025-12-29")), "2026-W01");
        assert_eq!(Calendar::Quarter.start(d("2026-08-15")), d("2026-07-01"));
        assert_eq!(Calendar::Quarter.label(d("2026-07-01")), "2026-Q3");
        assert_eq!(Calendar::Month.index(d("2025-11-01"), d("2026-02-28")), 3);
        assert_eq!(Calendar::Quarter.index(d("2025-10-01"), d("2026-04-01")), 2);
        assert_eq!(Calendar::Week.index(d("2025-12-29"), d("2026-01-12")), 2);
        assert_eq!(short_month("2026-03"), "Mar 26");
    }

    #[test]
    fn spans_are_clipped_to_the_period() {
        let p = Period {
            since: d("2026-01-15"),
            until: d("2026-03-10"),
        };
        let spans: Vec<(NaiveDate, NaiveDate)> = Calendar::Month
            .spans(p)
            .iter()
            .map(|s| (s.since, s.until))
            .collect();
        assert_eq!(
            spans,
            [
                (d("2026-01-15"), d("2026-01-31")),
                (d("2026-02-01"), d("2026-02-28")),
                (d("2026-03-01"), d("2026-03-10")),
            ]
        );
    }
}
