//! Dates and date-times as spreadsheets and CRMs export them.
//!
//! Read without asking: ISO `2024-03-01`, `2024-03-01T10:30:00`,
//! `2024-03-01 10:30` (an offset or `Z` is dropped and the wall-clock time
//! kept, fractions of a second too), `2024/03/01`, and the dotted European
//! `01.03.2024`, `1.3.2024`, `1. 3. 2024` (always day first). Dates with
//! slashes, `03/04/2024`, are day-first in some countries and month-first in
//! others: a column decides by itself when one of its values has a number
//! above 12 in either place, and is refused otherwise, asking for
//! `--date-format` (never guessed). `--date-format` takes a chrono/strftime
//! pattern such as `%d/%m/%Y` or `%m/%d/%Y %I:%M %p`.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::model::When;

/// Which number comes first in a date written with slashes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlashOrder {
    DayFirst,
    MonthFirst,
}

/// Reads the dates of one column.
#[derive(Clone, Debug, Default)]
pub struct DateReader {
    /// The user's `--date-format`, tried first.
    pub format: Option<String>,
    /// How this column writes slashed dates, when it could tell.
    pub slash: Option<SlashOrder>,
    /// A year of two digits is taken (`2/5/24`): only for an export whose
    /// header says which program wrote it, and how (see
    /// [`crate::csv::dialects`]).
    pub two_digit_years: bool,
}

/// What a column's slashed dates say about their order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SlashEvidence {
    /// The first value (and its line) with a day above 12 in first place.
    pub day_first: Option<(u64, String)>,
    /// The first value (and its line) with a day above 12 in second place.
    pub month_first: Option<(u64, String)>,
    /// The first slashed value that reads two different ways.
    pub ambiguous: Option<(u64, String)>,
}

impl SlashEvidence {
    /// Takes one value of the column into account.
    pub fn add(&mut self, line: u64, value: &str) {
        let Some((a, b)) = slashed_day_month(value) else {
            return;
        };
        if a > 12 && b <= 12 && self.day_first.is_none() {
            self.day_first = Some((line, value.to_string()));
        } else if b > 12 && a <= 12 && self.month_first.is_none() {
            self.month_first = Some((line, value.to_string()));
        } else if a <= 12 && b <= 12 && a != b && self.ambiguous.is_none() {
            self.ambiguous = Some((line, value.to_string()));
        }
    }

    /// Returns the column's order; Err with the reason when the column
    /// cannot be read without `--date-format`.
    pub fn order(&self) -> Result<Option<SlashOrder>, String> {
        match (&self.day_first, &self.month_first) {
            (Some((l1, v1)), Some((l2, v2))) => Err(crate::msg!(
                "dates.mixed",
                line1 = l1.to_string(),
                value1 = v1.as_str(),
                line2 = l2.to_string(),
                value2 = v2.as_str()
            )),
            (Some(_), None) => Ok(Some(SlashOrder::DayFirst)),
            (None, Some(_)) => Ok(Some(SlashOrder::MonthFirst)),
            (None, None) => match &self.ambiguous {
                Some((line, v)) => Err(crate::msg!(
                    "dates.undecided",
                    value = v.as_str(),
                    line = line.to_string()
                )),
                None => Ok(None),
            },
        }
    }
}

/// Returns the two leading numbers of `A/B/YYYY` (the date part of a value).
fn slashed_day_month(value: &str) -> Option<(u32, u32)> {
    let (date, _) = split_time(value.trim());
    let mut parts = date.split('/');
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let _: u32 = y.parse().ok()?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

impl DateReader {
    /// Parses a date or date-time.
    pub fn read(&self, text: &str) -> Result<When, String> {
        let t = text.trim();
        if let Some(format) = &self.format {
            if let Ok(dt) = NaiveDateTime::parse_from_str(t, format) {
                return Ok(When::DateTime(dt));
            }
            if let Ok(d) = NaiveDate::parse_from_str(t, format) {
                return Ok(When::Date(d));
            }
        }
        let (date_part, time_part) = split_time(t);
        let date = self.read_day(text, date_part)?;
        match time_part {
            None => Ok(When::Date(date)),
            Some(time) => {
                let time = read_time(time).ok_or_else(|| not_a_date(text))?;
                Ok(When::DateTime(date.and_time(time)))
            }
        }
    }

    /// Parses a day; a date-time gives its day.
    pub fn read_day(&self, original: &str, date: &str) -> Result<NaiveDate, String> {
        let compact: String = date.chars().filter(|c| !c.is_whitespace()).collect();
        let compact = compact.trim_end_matches('.');
        let (sep, order) = if compact.contains('-') {
            ('-', Order::Ymd)
        } else if compact.contains('.') {
            ('.', Order::Dmy)
        } else if compact.contains('/') {
            let order = match self.slash {
                Some(SlashOrder::DayFirst) => Order::Dmy,
                Some(SlashOrder::MonthFirst) => Order::Mdy,
                None => Order::SlashUnknown,
            };
            ('/', order)
        } else {
            return Err(not_a_date(original));
        };
        let parts: Vec<&str> = compact.split(sep).collect();
        if parts.len() != 3
            || parts
                .iter()
                .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(not_a_date(original));
        }
        let order = if parts[0].len() == 4 {
            Order::Ymd
        } else {
            order
        };
        let (y, m, d) = match order {
            Order::Ymd => (parts[0], parts[1], parts[2]),
            Order::Dmy => (parts[2], parts[1], parts[0]),
            Order::Mdy => (parts[2], parts[0], parts[1]),
            Order::SlashUnknown => {
                // Reached only when the column's order is unknown and this
                // value reads one way only (or both numbers are equal).
                let (a, b): (u32, u32) =
                    (parts[0].parse().unwrap_or(0), parts[1].parse().unwrap_or(0));
                if a > 12 || a == b {
                    (parts[2], parts[1], parts[0])
                } else if b > 12 {
                    (parts[2], parts[0], parts[1])
                } else {
                    return Err(crate::msg!("dates.either-order", text = original.trim()));
                }
            }
        };
        let two_digits = self.two_digit_years && y.len() == 2;
        if y.len() != 4 && !two_digits {
            return Err(crate::msg!("dates.four-digit-year", text = original.trim()));
        }
        let (y, m, d): (i32, u32, u32) = (
            y.parse()
                .map(|y| {
                    if two_digits {
                        crate::csv::dialects::full_year(y)
                    } else {
                        y
                    }
                })
                .map_err(|_| not_a_date(original))?,
            m.parse().map_err(|_| not_a_date(original))?,
            d.parse().map_err(|_| not_a_date(original))?,
        );
        NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
            if !(1..=12).contains(&m) {
                crate::msg!(
                    "dates.no-month",
                    text = original.trim(),
                    month = m.to_string()
                )
            } else {
                crate::msg!("dates.no-day", text = original.trim(), day = d.to_string())
            }
        })
    }
}

#[derive(Clone, Copy)]
enum Order {
    Ymd,
    Dmy,
    Mdy,
    SlashUnknown,
}

fn not_a_date(text: &str) -> String {
    crate::msg!("dates.not-a-date", text = text.trim())
}

/// Splits `2024-03-01T10:30`, `2024-03-01 10:30`, `1. 3. 2024 10:30 PM`
/// into the date and the time (the part from the first word with a `:`).
fn split_time(t: &str) -> (&str, Option<&str>) {
    if t.len() > 10 && t.is_char_boundary(10) && t.as_bytes()[10] == b'T' {
        return (&t[..10], Some(&t[11..]));
    }
    if !t.contains(':') {
        return (t, None);
    }
    let mut start = None;
    let mut offset = 0;
    for word in t.split(' ') {
        if word.contains(':') {
            start = Some(offset);
            break;
        }
        offset += word.len() + 1;
    }
    match start {
        Some(s) if s > 0 => (t[..s].trim_end(), Some(&t[s..])),
        _ => (t, None),
    }
}

/// Reads `10:30`, `10:30:15`, `10:30:15.250`, with an optional `AM`/`PM`
/// and an optional offset (`Z`, `+02:00`, `+0200`), which is dropped.
fn read_time(text: &str) -> Option<NaiveTime> {
    let mut t = text.trim();
    let mut meridiem = None;
    let upper = t.to_ascii_uppercase();
    if upper.ends_with("AM") || upper.ends_with("PM") {
        meridiem = Some(upper.ends_with("PM"));
        t = t[..t.len() - 2].trim_end();
    }
    let t = t.strip_suffix('Z').unwrap_or(t);
    let t = match t.rfind(['+', '-']) {
        Some(i) if i >= 5 => &t[..i],
        _ => t,
    };
    let mut parts = t.split(':');
    let hour: u32 = parts.next()?.trim().parse().ok()?;
    let minute: u32 = parts.next()?.parse().ok()?;
    let second: u32 = match parts.next() {
        Some(s) => s.split('.').next()?.parse().ok()?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    let hour = match meridiem {
        None => hour,
        Some(_) if hour == 0 || hour > 12 => return None,
        Some(false) => hour % 12,
        Some(true) => hour % 12 + 12,
    };
    NaiveTime::from_hms_opt(hour, minute, second)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> When {
        When::Date(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    fn moment(s: &str) -> When {
        When::DateTime(NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap())
    }

    #[test]
    fn reads_iso_and_european_dates() {
        let r = DateReader::default();
        assert_eq!(r.read("2024-03-01").unwrap(), day("2024-03-01"));
        assert_eq!(r.read("01.03.2024").unwrap(), day("2024-03-01"));
        assert_eq!(r.read("1.3.2024").unwrap(), day("2024-03-01"));
        assert_eq!(r.read("1. 3. 2024").unwrap(), day("2024-03-01"));
        assert_eq!(r.read("2024/03/01").unwrap(), day("2024-03-01"));
        assert_eq!(r.read(" 2024-03-01 ").unwrap(), day("2024-03-01"));
    }

    #[test]
    fn reads_date_times_keeping_the_wall_clock() {
        let r = DateReader::default();
        let at = moment("2024-03-01T10:30:00");
        assert_eq!(r.read("2024-03-01T10:30:00").unwrap(), at);
        assert_eq!(r.read("2024-03-01 10:30").unwrap(), at);
        assert_eq!(r.read("2024-03-01T10:30:00.000Z").unwrap(), at);
        assert_eq!(r.read("2024-03-01T10:30:00+02:00").unwrap(), at);
        assert_eq!(r.read("01.03.2024 10:30").unwrap(), at);
        assert_eq!(r.read("1. 3. 2024 10:30:00").unwrap(), at);
        let slash = DateReader {
            slash: Some(SlashOrder::MonthFirst),
            ..DateReader::default()
        };
        assert_eq!(slash.read("3/1/2024 10:30 AM").unwrap(), at);
        assert_eq!(
            slash.read("3/1/2024 12:05 PM").unwrap(),
            moment("2024-03-01T12:05:00")
        );
    }

    #[test]
    fn refuses_impossible_dates_with_a_reason() {
        let r = DateReader::default();
        assert_eq!(
            r.read("2024-13-45").unwrap_err(),
            "`2024-13-45` is not a date: there is no month 13"
        );
        assert!(r.read("31.04.2024").unwrap_err().contains("no day 31"));
        assert!(r.read("1.3.24").unwrap_err().contains("four digits"));
        assert!(r.read("2/25/24").unwrap_err().contains("four digits"));
        let us = DateReader {
            slash: Some(SlashOrder::MonthFirst),
            two_digit_years: true,
            ..DateReader::default()
        };
        assert_eq!(
            us.read("2/5/24 1:51").unwrap(),
            moment("2024-02-05T01:51:00")
        );
        assert_eq!(us.read("12/31/99").unwrap(), day("1999-12-31"));
        assert!(r.read("soon").is_err());
        assert!(r.read("2024-03-01T25:00").is_err());
    }

    #[test]
    fn a_column_decides_the_order_of_slashed_dates_or_is_refused() {
        let mut e = SlashEvidence::default();
        e.add(2, "03/04/2024");
        e.add(3, "25/04/2024");
        assert_eq!(e.order(), Ok(Some(SlashOrder::DayFirst)));

        let mut e = SlashEvidence::default();
        e.add(2, "03/04/2024");
        e.add(3, "04/25/2024 10:00");
        assert_eq!(e.order(), Ok(Some(SlashOrder::MonthFirst)));

        let mut e = SlashEvidence::default();
        e.add(2, "03/04/2024");
        e.add(3, "05/05/2024");
        let why = e.order().unwrap_err();
        assert!(why.contains("`03/04/2024` (line 2)"), "{why}");

        let mut e = SlashEvidence::default();
        e.add(2, "13/04/2024");
        e.add(7, "04/13/2024");
        assert!(e.order().unwrap_err().starts_with("mixes"));

        let mut e = SlashEvidence::default();
        e.add(2, "2024-03-04");
        assert_eq!(e.order(), Ok(None));
    }

    #[test]
    fn a_date_format_is_tried_first() {
        let r = DateReader {
            format: Some("%d/%m/%Y".into()),
            ..DateReader::default()
        };
        assert_eq!(r.read("03/04/2024").unwrap(), day("2024-04-03"));
        assert_eq!(r.read("2024-04-03").unwrap(), day("2024-04-03"));
        let r = DateReader {
            format: Some("%m/%d/%Y %I:%M %p".into()),
            ..DateReader::default()
        };
        assert_eq!(
            r.read("03/04/2024 02:30 PM").unwrap(),
            moment("2024-03-04T14:30:00")
        );
    }
}
