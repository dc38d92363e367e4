//! Dates as each language writes them, from CLDR data (ICU4X's compiled
//! data): `03.11.2026.` in Latvian, `03. 11. 2026` in Czech, `3. 11. 2026.`
//! in Serbian. CLDR's short numeric form with the year in full: a table of
//! dates stays narrow, and no year reads as a day. English keeps the ISO
//! form (`2026-11-03`) that `--since` takes and the customer files hold.

use chrono::{Datelike, NaiveDate};
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_datetime::options::YearStyle;
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu_locale_core::Locale;

use super::Lang;

/// The CLDR date formatter of one language.
pub(super) type Formatter = DateTimeFormatter<YMD>;

/// Returns the CLDR date formatter of `lang`.
pub(super) fn formatter(lang: Lang) -> Option<Formatter> {
    let locale: Locale = lang.code().parse().ok()?;
    let fields = YMD::short().with_year_style(YearStyle::Full);
    DateTimeFormatter::try_new(DateTimeFormatterPreferences::from(&locale), fields).ok()
}

/// Returns `text` in the language's date form when the whole text is one
/// ISO date (`2026-11-23`); None for any other text (a month `2026-11`, a
/// time, a word), which stays as it is.
pub(super) fn localise(formatter: &Formatter, text: &str) -> Option<String> {
    let b = text.as_bytes();
    let iso_shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !iso_shape {
        return None;
    }
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    let date = Date::try_new_iso(day.year(), day.month() as u8, day.day() as u8).ok()?;
    Some(formatter.format(&date).to_string())
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

    #[test]
    fn text_that_is_not_one_date_stays_as_it_is() {
        for text in [
            "2026-11",
            "2026-11-23T10:00",
            "2026-13-01",
            "12345.67",
            "lead",
            "",
        ] {
            assert_eq!(shown(Lang::Lv, text), None, "{text}");
        }
    }
}
