//! Lengths of time as rapport.toml and the query language write them:
//! `180d`, `2w`, `6m`, `1y`, and `36h` for service levels.

use std::fmt;

use chrono::{Days, NaiveDate, NaiveDateTime};

use super::date::add_months;

/// A length of time in the unit it was written in; months and years are
/// calendar months, so `-6m` from 31 August is the last day of February.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Duration {
    Hours(i64),
    Days(i64),
    Weeks(i64),
    Months(i64),
    Years(i64),
}

/// Why a text is not a duration.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::msg!("model.not-a-duration", text = .0.as_str()))]
pub struct DurationError(pub String);

impl Duration {
    /// Parses `180d`, `2w`, `6m`, `1y` or `36h`.
    pub fn parse(text: &str) -> Result<Duration, DurationError> {
        let err = || DurationError(text.to_string());
        let t = text.trim();
        let unit = t.chars().last().ok_or_else(err)?;
        let digits = &t[..t.len() - unit.len_utf8()];
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 6 {
            return Err(err());
        }
        let n: i64 = digits.parse().map_err(|_| err())?;
        Ok(match unit {
            'h' => Duration::Hours(n),
            'd' => Duration::Days(n),
            'w' => Duration::Weeks(n),
            'm' => Duration::Months(n),
            'y' => Duration::Years(n),
            _ => return Err(err()),
        })
    }

    /// Returns the day this long before `day` (hours round down to days).
    pub fn before(self, day: NaiveDate) -> Option<NaiveDate> {
        match self {
            Duration::Hours(h) => day.checked_sub_days(Days::new((h / 24) as u64)),
            Duration::Days(n) => day.checked_sub_days(Days::new(n as u64)),
            Duration::Weeks(n) => day.checked_sub_days(Days::new(7 * n as u64)),
            Duration::Months(n) => add_months(day, -n),
            Duration::Years(n) => add_months(day, -12 * n),
        }
    }

    /// Returns the day this long after `day` (hours round down to days).
    pub fn after(self, day: NaiveDate) -> Option<NaiveDate> {
        match self {
            Duration::Hours(h) => day.checked_add_days(Days::new((h / 24) as u64)),
            Duration::Days(n) => day.checked_add_days(Days::new(n as u64)),
            Duration::Weeks(n) => day.checked_add_days(Days::new(7 * n as u64)),
            Duration::Months(n) => add_months(day, n),
            Duration::Years(n) => add_months(day, 12 * n),
        }
    }

    /// Returns the moment this long after `start`, exact to the hour.
    pub fn after_moment(self, start: NaiveDateTime) -> Option<NaiveDateTime> {
        match self {
            Duration::Hours(h) => start.checked_add_signed(chrono::TimeDelta::try_hours(h)?),
            other => Some(other.after(start.date())?.and_time(start.time())),
        }
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Duration::Hours(n) => format!("{n}h"),
            Duration::Days(n) => format!("{n}d"),
            Duration::Weeks(n) => format!("{n}w"),
            Duration::Months(n) => format!("{n}m"),
            Duration::Years(n) => format!("{n}y"),
        };
        f.pad(&text)
    }
}

/// The priorities of a support case, lowest first; a case without one is
/// `normal`.
pub const PRIORITIES: [&str; 3] = ["low", "normal", "high"];

/// The service level of a book (`sla` in rapport.toml): how soon a support
/// case should be resolved, one duration for all (`sla = "2d"`) or one per
/// priority (`sla = { high = "4h", normal = "2d", low = "5d" }`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sla {
    /// For `normal` cases, and for a priority without its own.
    pub normal: Duration,
    pub low: Option<Duration>,
    pub high: Option<Duration>,
}

impl Sla {
    /// Returns one service level for every priority.
    pub fn flat(d: Duration) -> Sla {
        Sla {
            normal: d,
            low: None,
            high: None,
        }
    }

    /// Returns the service level of a case of `priority` (None: normal).
    pub fn of(&self, priority: Option<&str>) -> Duration {
        match priority {
            Some("low") => self.low.unwrap_or(self.normal),
            Some("high") => self.high.unwrap_or(self.normal),
            _ => self.normal,
        }
    }
}

impl fmt::Display for Sla {
    /// `2d`, or `high 4h, normal 2d, low 5d`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.low.is_none() && self.high.is_none() {
            return write!(f, "{}", self.normal);
        }
        let mut parts = Vec::new();
        if let Some(h) = self.high {
            parts.push(format!("high {h}"));
        }
        parts.push(format!("normal {}", self.normal));
        if let Some(l) = self.low {
            parts.push(format!("low {l}"));
        }
        f.write_str(&parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_applies_units() {
        let day = NaiveDate::from_ymd_opt(2026, 8, 31).unwrap();
        assert_eq!(
            Duration::parse("6m").unwrap().before(day).unwrap(),
            NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
        );
        assert_eq!(Duration::parse("180d").unwrap(), Duration::Days(180));
        assert_eq!(Duration::parse("36h").unwrap(), Duration::Hours(36));
        for bad in ["", "d", "3", "3x", "-3d", "3.5d", "9999999d"] {
            assert!(Duration::parse(bad).is_err(), "{bad}");
        }
    }
}
