//! The language rapport speaks to people: which one (`en`, `lv`, `cs`,
//! `sr` in Cyrillic, `sr-Latn`), its messages and its number and date
//! forms.
//!
//! - [`Lang`]: the five languages, read from `--lang`, `$RAPPORT_LANG`,
//!   `language` in rapport.toml or a locale (`lv_LV.UTF-8`, `sr_RS@latin`).
//! - [`choose`]: the order of precedence, as one pure function.
//! - [`Catalogue`]: one language's Fluent messages (`locales/<lang>/rapport.ftl`,
//!   embedded in the binary) and its CLDR number and date forms (ICU4X,
//!   `numbers` and `dates`); text people
//!   read is looked up here by message id: [`Catalogue::message`],
//!   [`Catalogue::label`], and [`tr`] / [`msg!`](crate::msg) for the
//!   language of the run.
//!
//! Machine output (csv, tsv, json, ndjson, ids) never passes through here:
//! a script gets the same bytes in every language.
//!
//! **Why the language of the run is a `OnceLock`.** The language is chosen
//! once, when the command line and the book are read, and never changes.
//! Every printer and every error message needs it, and errors are made deep
//! in the library (the book reader, the query parser), far from any value
//! that could carry it; threading a context through each constructor would
//! touch hundreds of signatures for a value that is constant for the run.
//! So [`init`] sets it once (the commands' context does, after reading
//! rapport.toml) and [`current`] reads it; nothing else writes it. The
//! catalogues themselves are plain values ([`Catalogue::of`]), so a test or
//! a caller can render in any language without touching the global.

mod catalogue;
mod dates;
mod numbers;

use std::fmt;
use std::sync::OnceLock;

pub use catalogue::{Arg, Catalogue, tr};

/// A language rapport speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the default, and the text written in the code).
    #[default]
    En,
    /// Latvian.
    Lv,
    /// Czech.
    Cs,
    /// Serbian in Cyrillic.
    Sr,
    /// Serbian in Latin letters, transliterated from [`Lang::Sr`].
    SrLatn,
}

impl Lang {
    /// Every language, in the order the choices are named.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Lv, Lang::Cs, Lang::Sr, Lang::SrLatn];

    /// The choices as a user writes them, for messages: `en, lv, cs, sr or sr-Latn`.
    pub const CHOICES: &'static str = "en, lv, cs, sr or sr-Latn";

    /// Returns the language's tag (`sr-Latn`), as `--lang` takes it and as
    /// `<html lang>` names it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Lv => "lv",
            Lang::Cs => "cs",
            Lang::Sr => "sr",
            Lang::SrLatn => "sr-Latn",
        }
    }

    /// Reads a language tag as `--lang`, `$RAPPORT_LANG` and rapport.toml
    /// take it: `en`, `lv`, `cs`, `sr` (also `sr-Cyrl`), `sr-Latn`, in any
    /// case, with `_` for `-`. Returns None for anything else.
    pub fn parse(text: &str) -> Option<Lang> {
        let tag = text.trim().replace('_', "-").to_ascii_lowercase();
        Some(match tag.as_str() {
            "en" => Lang::En,
            "lv" => Lang::Lv,
            "cs" => Lang::Cs,
            "sr" | "sr-cyrl" => Lang::Sr,
            "sr-latn" => Lang::SrLatn,
            _ => return None,
        })
    }

    /// Reads a POSIX locale (`lv_LV.UTF-8`, `cs_CZ`, `sr_RS@latin`,
    /// `sr_RS.UTF-8@latin`, `C`): the language before the territory, the
    /// `@latin` modifier for Serbian in Latin letters. Returns None for a
    /// locale of a language rapport does not speak.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let (base, modifier) = match locale.split_once('@') {
            Some((base, modifier)) => (base, Some(modifier)),
            None => (locale, None),
        };
        let base = base.split('.').next().unwrap_or_default();
        let language = base.split(['_', '-']).next().unwrap_or_default();
        let latin = modifier.is_some_and(|m| m.eq_ignore_ascii_case("latin"))
            || base.to_ascii_lowercase().contains("latn");
        match Lang::parse(language)? {
            Lang::Sr if latin => Some(Lang::SrLatn),
            lang => Some(lang),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Returns the language of a run, in the order of precedence: `flag`
/// (`--lang`, which clap also fills from `$RAPPORT_LANG`), else `book`
/// (`language` in rapport.toml), else the first of the locale variables
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty, as `env`
/// returns them (a locale of another language is English), else English.
pub fn choose(
    flag: Option<Lang>,
    book: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> Lang {
    flag.or(book)
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .filter_map(&env)
                .find(|v| !v.is_empty())
                .and_then(|locale| Lang::from_locale(&locale))
        })
        .unwrap_or_default()
}

/// Returns the locale's language from the process environment, as
/// [`choose`] reads it without a flag or a book.
pub fn from_environment() -> Lang {
    choose(None, None, |name| std::env::var(name).ok())
}

static CURRENT: OnceLock<Lang> = OnceLock::new();

/// Sets the language of this run; the first call wins (the language is
/// chosen once). Returns the language in force.
pub fn init(lang: Lang) -> Lang {
    *CURRENT.get_or_init(|| lang)
}

/// Returns the language of this run: as [`init`] set it, else the
/// locale's. The locale's is not stored: a message made before the book is
/// read (a warning about rapport.toml itself) must not decide the language
/// that the book's `language` would have chosen.
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or_else(from_environment)
}

/// Returns the catalogue of the language of this run.
pub fn catalogue() -> &'static Catalogue {
    Catalogue::of(current())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags_and_locales() {
        assert_eq!(Lang::parse("sr-Latn"), Some(Lang::SrLatn));
        assert_eq!(Lang::parse("SR_latn"), Some(Lang::SrLatn));
        assert_eq!(Lang::parse("LV"), Some(Lang::Lv));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::from_locale("lv_LV.UTF-8"), Some(Lang::Lv));
        assert_eq!(Lang::from_locale("cs_CZ"), Some(Lang::Cs));
        assert_eq!(Lang::from_locale("sr_RS.UTF-8"), Some(Lang::Sr));
        assert_eq!(Lang::from_locale("sr_RS@latin"), Some(Lang::SrLatn));
        assert_eq!(Lang::from_locale("sr_RS.UTF-8@latin"), Some(Lang::SrLatn));
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C"), None);
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
    }

    #[test]
    fn the_flag_goes_before_the_book_before_the_locale() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let locale = env(&[("LANG", "cs_CZ.UTF-8")]);
        assert_eq!(choose(Some(Lang::Lv), Some(Lang::Sr), locale), Lang::Lv);
        assert_eq!(choose(None, Some(Lang::Sr), locale), Lang::Sr);
        assert_eq!(choose(None, None, locale), Lang::Cs);
        // LC_ALL before LC_MESSAGES before LANG; an empty one is unset.
        let all = env(&[("LC_ALL", ""), ("LC_MESSAGES", "lv_LV"), ("LANG", "cs_CZ")]);
        assert_eq!(choose(None, None, all), Lang::Lv);
        assert_eq!(choose(None, None, env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(choose(None, None, env(&[])), Lang::En);
    }
}
