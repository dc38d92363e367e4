//! Numbers as each language writes them, from CLDR data (ICU4X's compiled
//! data): `1,234.56` in English, `1 234,56` in Latvian and Czech,
//! `1.234,56` in Serbian. No hand tables: the separators and the grouping
//! come from `icu_decimal`.

use icu_decimal::input::Decimal;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_locale_core::Locale;

use super::Lang;

/// Returns the CLDR number formatter of `lang`.
pub(super) fn formatter(lang: Lang) -> Option<DecimalFormatter> {
    let locale: Locale = lang.code().parse().ok()?;
    DecimalFormatter::try_new(
        DecimalFormatterPreferences::from(&locale),
        Default::default(),
    )
    .ok()
}

/// Returns `text` in the language's number form when the whole text is a
/// number as rapport writes it (`-1234.5`, `12`, `25.0 %`); None for any
/// other text (a date, a word, a number inside a sentence), which stays as
/// it is. The digits after the point are kept as written, so a column of
/// amounts still has two decimals each.
pub(super) fn localise(formatter: &DecimalFormatter, text: &str) -> Option<String> {
    let (number, suffix) = match text.strip_suffix('%') {
        Some(rest) => match rest.strip_suffix(' ') {
            Some(n) => (n, " %"),
            None => (rest, "%"),
        },
        None => (text, ""),
    };
    let digits = number.strip_prefix('-').unwrap_or(number);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !plain(whole) || !plain(fraction) || digits.ends_with('.') {
        return None;
    }
    let decimal = Decimal::try_from_str(number).ok()?;
    let mut out = formatter.format_to_string(&decimal);
    out.push_str(suffix);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(lang: Lang, text: &str) -> Option<String> {
        localise(&formatter(lang).expect("compiled data"), text)
    }

    #[test]
    fn each_language_writes_numbers_as_cldr_says() {
        assert_eq!(shown(Lang::En, "1234.56").as_deref(), Some("1,234.56"));
        // CLDR's Latvian groups from five digits on (minimum grouping digits 2).
        assert_eq!(shown(Lang::Lv, "1234.56").as_deref(), Some("1234,56"));
        assert_eq!(
            shown(Lang::Lv, "12345.67").as_deref(),
            Some("12\u{a0}345,67")
        );
        assert_eq!(shown(Lang::Cs, "1234.56").as_deref(), Some("1\u{a0}234,56"));
        assert_eq!(shown(Lang::Sr, "1234.56").as_deref(), Some("1.234,56"));
        assert_eq!(shown(Lang::SrLatn, "1234.56").as_deref(), Some("1.234,56"));
        assert_eq!(
            shown(Lang::Lv, "-807413.20").as_deref(),
            Some("-807\u{a0}413,20")
        );
        assert_eq!(shown(Lang::Cs, "25.0 %").as_deref(), Some("25,0 %"));
        assert_eq!(shown(Lang::Sr, "12").as_deref(), Some("12"));
    }

    #[test]
    fn text_that_is_not_one_number_stays_as_it_is() {
        for text in [
            "2026-01-31",
            "lead",
            "3 of 4",
            "",
            "-",
            "1.",
            ".5",
            "1e5",
            "–",
        ] {
            assert_eq!(shown(Lang::Lv, text), None, "{text}");
        }
    }
}
