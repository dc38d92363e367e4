//! Dates as each language writes them, from CLDR data (ICU4X's compiled
//! data): `03.11.2026.` in Latvian, `03. 11. 2026` in Czech, `3. 11. 2026.`
//! in Serbian. CLDR's short numeric form with the year in full: a table of
//! dates stays narrow, and no year reads as a day. English keeps the ISO
//! form (`2026-11-03`) that `--since` takes and the customer files hold.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::options::{TimePrecision, YearStyle};
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu_locale_core::Locale;

use super::Lang;

/// The CLDR formatters of one language: of a day, and of a day with its
/// time to the minute.
pub(super) struct Formatter {
    day: DateTimeFormatter<YMD>,
    moment: DateTimeFormatter<YMDT>,
}

/// Returns the CLDR date formatters of `lang`.
pub(super) fn formatter(lang: Lang) -> Option<Formatter> {
    let locale: Locale = lang.code().parse().ok()?;
    let prefs = DateTimeFormatterPreferences::from(&locale);
    let day = YMD::short().with_year_style(YearStyle::Full);
    let moment = YMDT::short()
        .with_year_style(YearStyle::Full)
        .with_time_precision(TimePrecision::Minute);
    Some(Formatter {
        day: DateTimeFormatter::try_new(prefs, day).ok()?,
        moment: DateTimeFormatter::try_new(prefs, moment).ok()?,
    })
}

/// Returns `text` in the language's date form when the whole text is one
/// ISO date (`2026-11-23`) or date-time (`2026-11-23T13:20:00`, shown to
/// the minute); None for any other text (a month `2026-11`, a word), which
/// stays as it is.
pub(super) fn localise(formatter: &Formatter, text: &str) -> Option<String> {
    let b = text.as_bytes();
    let iso_day = |b: &[u8]| {
        b.len() == 10
            && b.iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    if iso_day(b) {
        let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
        let date = Date::try_new_iso(day.year(), day.month() as u8, day.day() as u8).ok()?;
        return Some(formatter.day.format(&date).to_string());
    }
    if b.len() > 10 && b[10] == b'T' && iso_day(&b[..10]) {
        let t = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S")
            .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
            .ok()?;
        let moment = DateTime {
            date: Date::try_new_iso(t.year(), t.month() as u8, t.day() as u8).ok()?,
            time: Time::try_new(t.hour() as u8, t.minute() as u8, t.second() as u8, 0).ok()?,
        };
        return Some(formatter.moment.format(&moment).to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(lang: Lang, text: &str) -> Option<String> {
        localise(&formatter(lang).expect("compiled data"), text)
    }

    /// The forms are CLDR's short year-month-day patterns with the year in
    /// full, as ICU4X's compiled data (CLDR 47) has them: lv `dd.MM.y.`,
    /// cs `dd. MM. y`, sr `d. M. y.`.
    #[test]
    fn each_language_writes_dates_as_cldr_says() {
        assert_eq!(
            shown(Lang::Lv, "2026-11-03").as_deref(),
            Some("03.11.2026.")
        );
        assert_eq!(
            shown(Lang::Cs, "2026-11-03").as_deref(),
            Some("03. 11. 2026")
        );
        assert_eq!(
            shown(Lang::Sr, "2026-11-03").as_deref(),
            Some("3. 11. 2026.")
        );
        assert_eq!(
            shown(Lang::SrLatn, "2026-01-31").as_deref(),
            Some("31. 1. 2026.")
        );
    }

    /// A date-time is CLDR's short date and time joined as the language
    /// joins them, to the minute.
    #[test]
    fn a_moment_is_its_day_and_its_time_to_the_minute() {
        for (lang, want) in [
            (Lang::Lv, "16.06.2024. 13:20"),
            (Lang::Cs, "16. 06. 2024 13:20"),
            (Lang::Sr, "16. 6. 2024. 13:20"),
        ] {
            assert_eq!(shown(lang, "2024-06-16T13:20:00").as_deref(), Some(want));
        }
    }

    #[test]
    fn text_that_is_not_one_date_stays_as_it_is() {
        for text in [
            "2026-11",
            "2026-11-23 10:00",
            "2026-11-23T25:00",
            "2026-13-01",
            "12345.67",
            "lead",
            "",
        ] {
            assert_eq!(shown(Lang::Lv, text), None, "{text}");
        }
    }
}
