//! Dates as rapport reads and writes them: native TOML dates and local
//! date-times in files, and the relative forms (`today`, `-30d`, `+2w`) that
//! the command line and the query language accept.

use std::fmt;

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use super::duration::Duration;

/// When something happened: a day, or a local date-time on that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum When {
    Date(NaiveDate),
    DateTime(NaiveDateTime),
}

impl When {
    /// Returns the day.
    pub fn date(self) -> NaiveDate {
        match self {
            When::Date(d) => d,
            When::DateTime(dt) => dt.date(),
        }
    }

    /// Returns the moment, a plain date counting as its midnight.
    pub fn moment(self) -> NaiveDateTime {
        match self {
            When::Date(d) => d.and_time(NaiveTime::MIN),
            When::DateTime(dt) => dt,
        }
    }

    /// Converts a TOML datetime; an offset date-time keeps its wall-clock
    /// time, a bare time is refused.
    pub fn from_toml(dt: &toml_datetime::Datetime) -> Option<When> {
        let date = dt.date?;
        let day =
            NaiveDate::from_ymd_opt(i32::from(date.year), date.month.into(), date.day.into())?;
        match dt.time {
            None => Some(When::Date(day)),
            Some(t) => {
                let time = NaiveTime::from_hms_nano_opt(
                    t.hour.into(),
                    t.minute.into(),
                    t.second.unwrap_or(0).into(),
                    t.nanosecond.unwrap_or(0),
                )?;
                Some(When::DateTime(day.and_time(time)))
            }
        }
    }

    /// Returns the TOML datetime that writes this value natively
    /// (`2024-03-01` or `2024-03-01T10:30:00`).
    pub fn to_toml(self) -> toml_datetime::Datetime {
        match self {
            When::Date(d) => toml_datetime::Datetime {
                date: Some(toml_date(d)),
                time: None,
                offset: None,
            },
            When::DateTime(dt) => toml_datetime::Datetime {
                date: Some(toml_date(dt.date())),
                time: Some(toml_datetime::Time {
                    hour: dt.hour() as u8,
                    minute: dt.minute() as u8,
                    second: Some(dt.second() as u8),
                    nanosecond: None,
                }),
                offset: None,
            },
        }
    }
}

/// Returns the TOML date of a chrono date.
pub fn toml_date(d: NaiveDate) -> toml_datetime::Date {
    toml_datetime::Date {
        year: d.year() as u16,
        month: d.month() as u8,
        day: d.day() as u8,
    }
}

impl When {
    /// Writes `2024-03-01` or `2024-03-01T10:30:00`.
    fn write_plain(&self, out: &mut impl fmt::Write) -> fmt::Result {
        let day = self.date();
        let year = day.year();
        if !(0..=9999).contains(&year) {
            return match self {
                When::Date(d) => write!(out, "{}", d.format("%Y-%m-%d")),
                When::DateTime(dt) => write!(out, "{}", dt.format("%Y-%m-%dT%H:%M:%S")),
            };
        }
        write!(out, "{year:04}-{:02}-{:02}", day.month(), day.day())?;
        if let When::DateTime(dt) = self {
            write!(
                out,
                "T{:02}:{:02}:{:02}",
                dt.hour(),
                dt.minute(),
                dt.second()
            )?;
        }
        Ok(())
    }
}

impl fmt::Display for When {
    /// Formats as `2024-03-01` or `2024-03-01T10:30:00`; without a width,
    /// straight to the output (listings print thousands of dates).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_none() {
            return self.write_plain(f);
        }
        let mut text = String::with_capacity(19);
        self.write_plain(&mut text)?;
        f.pad(&text)
    }
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::msg!("model.not-a-date", text = .0.as_str()))]
pub struct DateError(pub String);

/// Parses a day as the command line and the query language write it:
/// `2024-03-01`, `1.3.2024` (day first), `today`, `yesterday`, `tomorrow`,
/// or an offset from `today` such as `-30d`, `+7d`, `-2w`, `-6m`, `-1y`.
pub fn parse_day(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let t = text.trim();
    match t {
        "today" => return Ok(today),
        "yesterday" => return Ok(today - chrono::Days::new(1)),
        "tomorrow" => return Ok(today + chrono::Days::new(1)),
        _ => {}
    }
    if let Some(rest) = t.strip_prefix('-') {
        let span = Duration::parse(rest).map_err(|_| DateError(text.to_string()))?;
        return span
            .before(today)
            .ok_or_else(|| DateError(text.to_string()));
    }
    if let Some(rest) = t.strip_prefix('+') {
        let span = Duration::parse(rest).map_err(|_| DateError(text.to_string()))?;
        return span.after(today).ok_or_else(|| DateError(text.to_string()));
    }
    if let Ok(day) = NaiveDate::parse_from_str(t, "%Y-%m-%d")
        && t.len() == 10
    {
        return Ok(day);
    }
    dotted_day(t).ok_or_else(|| DateError(text.to_string()))
}

/// Reads `3.12.2026`, `03.12.2026` or `3. 12. 2026`: day first, as every
/// country that writes dates with dots does, so it is never ambiguous
/// (unlike `03/04/2026`, which is refused).
fn dotted_day(t: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = t.split('.').map(str::trim).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let year = i32::try_from(number(y, 4..=4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(m, 1..=2)?, number(d, 1..=2)?)
}

/// Parses a day or a local date-time (`2024-03-01T10:30`, `2024-03-01
/// 10:30:00`), accepting every form of [`parse_day`] for the day.
pub fn parse_when(text: &str, today: NaiveDate) -> Result<When, DateError> {
    let t = text.trim();
    for format in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(t, format) {
            return Ok(When::DateTime(dt));
        }
    }
    parse_day(t, today).map(When::Date)
}

/// Returns `date` moved by `months` calendar months (negative: back), the
/// day clamped to the month's end as people count "six months ago".
pub fn add_months(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let m = Months::new(u32::try_from(months.unsigned_abs()).ok()?);
    if months >= 0 {
        date.checked_add_months(m)
    } else {
        date.checked_sub_months(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn parses_relative_days() {
        let today = d("2026-03-31");
        assert_eq!(parse_day("today", today).unwrap(), today);
        assert_eq!(parse_day("yesterday", today).unwrap(), d("2026-03-30"));
        assert_eq!(parse_day("-30d", today).unwrap(), d("2026-03-01"));
        assert_eq!(parse_day("+7d", today).unwrap(), d("2026-04-07"));
        assert_eq!(parse_day("-2w", today).unwrap(), d("2026-03-17"));
        assert_eq!(parse_day("-1m", today).unwrap(), d("2026-02-28"));
        assert_eq!(parse_day("-1y", today).unwrap(), d("2025-03-31"));
        assert_eq!(parse_day("2024-02-29", today).unwrap(), d("2024-02-29"));
        // Day first with dots, as people in Rīga, Prague and Belgrade write.
        assert_eq!(parse_day("01.03.2024", today).unwrap(), d("2024-03-01"));
        assert_eq!(parse_day("1.3.2024", today).unwrap(), d("2024-03-01"));
        assert_eq!(parse_day("1. 3. 2024", today).unwrap(), d("2024-03-01"));
        for bad in [
            "2024-13-45",
            "2024-2-3",
            "31.02.2024",
            "1.3.24",
            "03/04/2024",
            "soon",
            "-",
            "-3x",
        ] {
            assert!(parse_day(bad, today).is_err(), "{bad}");
        }
    }

    #[test]
    fn displays_with_and_without_a_width() {
        let w = When::DateTime(d("2024-03-01").and_hms_opt(9, 5, 7).unwrap());
        assert_eq!(w.to_string(), "2024-03-01T09:05:07");
        assert_eq!(
            format!("{:>12}|", When::Date(d("2024-03-01"))),
            "  2024-03-01|"
        );
    }

    #[test]
    fn parses_date_times_and_writes_them_natively() {
        let w = parse_when("2024-03-01T10:30", d("2026-01-01")).unwrap();
        assert_eq!(w.to_string(), "2024-03-01T10:30:00");
        assert_eq!(w.to_toml().to_string(), "2024-03-01T10:30:00");
        assert_eq!(
            When::Date(d("2024-03-01")).to_toml().to_string(),
            "2024-03-01"
        );
    }
}
