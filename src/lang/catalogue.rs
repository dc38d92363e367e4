//! One language's messages (Fluent) and number forms (CLDR via ICU4X).
//!
//! The messages are in `locales/<lang>/rapport.ftl`, embedded in the binary.
//! A message id in the code is dotted (`pipeline.open`); Fluent ids allow no
//! dot, so the file writes it with `-` (`pipeline-open`). `sr-Latn` has no
//! file: its messages are those of `sr`, transliterated when the catalogue
//! is built.
//!
//! Cost: a catalogue is built once per run, on first use (parsing one file
//! of a few hundred messages: well under a millisecond); a report looks up
//! each label once, never per cell.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_decimal::DecimalFormatter;
use unic_langid::LanguageIdentifier;

use super::{Lang, numbers};
use crate::table::Label;

/// The Fluent source of a language: the labels of the reports and pages
/// (`rapport.ftl`), then the messages on stderr, in two files so that the
/// layers below the commands and the commands keep theirs apart.
macro_rules! source {
    ($lang:literal) => {
        concat!(
            include_str!(concat!("../../locales/", $lang, "/rapport.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/messages-core.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/messages-commands.ftl")),
        )
    };
}

/// The Fluent source of each language with files of its own.
pub(crate) const SOURCES: [(Lang, &str); 4] = [
    (Lang::En, source!("en")),
    (Lang::Lv, source!("lv")),
    (Lang::Cs, source!("cs")),
    (Lang::Sr, source!("sr")),
];

/// A value named in a message (`{ $count }`): text or a number. Numbers
/// select plural forms by the language's CLDR rules and are written in its
/// number form.
pub type Arg<'a> = FluentValue<'a>;

/// One language's messages and number forms.
pub struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    numbers: Option<DecimalFormatter>,
}

impl Catalogue {
    /// Returns the catalogue of `lang`, built on first use and kept for the
    /// run.
    pub fn of(lang: Lang) -> &'static Catalogue {
        static BUILT: [OnceLock<Catalogue>; 5] = [const { OnceLock::new() }; 5];
        let slot = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        BUILT[slot].get_or_init(|| Catalogue::build(lang))
    }

    fn build(lang: Lang) -> Catalogue {
        let source: Cow<'static, str> = match lang {
            Lang::SrLatn => Cow::Owned(crate::model::translit::serbian_latin_text(source_of(
                Lang::Sr,
            ))),
            other => Cow::Borrowed(source_of(other)),
        };
        let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Bidi isolation marks around every value would end up in tables
        // and pipes; every text here runs left to right.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(number_of(lang)));
        // The files are checked by the tests; a broken entry is left out
        // rather than stopping a report.
        let resource = match FluentResource::try_new(source.into_owned()) {
            Ok(r) | Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
        Catalogue {
            lang,
            bundle,
            numbers: numbers::formatter(lang),
        }
    }

    /// Returns the language of this catalogue.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Returns the message `id` (dotted or not) with `args` filled in, or
    /// None when this language has no such message.
    pub fn message(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let key = fluent_id(id);
        let message = self.bundle.get_message(&key)?;
        let pattern = message.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }

    /// Returns true when this language has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(&fluent_id(id))
    }

    /// Returns the text people read for `label`: text from the data as it
    /// is; in English, the English the code wrote; else the translation,
    /// each value that is a plain number written in this language's form,
    /// or the English when this language lacks the message (a test makes
    /// sure none does).
    pub fn label(&self, label: &Label) -> String {
        if label.id.is_empty() || label.english.is_empty() || self.lang == Lang::En {
            return label.text();
        }
        let args: Vec<(&str, Arg<'_>)> = label
            .args
            .iter()
            .map(|(name, value)| {
                // A number selects plural forms and is written by the
                // bundle's formatter in this language's form.
                let arg = match FluentValue::try_number(value.as_str()) {
                    FluentValue::Number(n) => FluentValue::Number(n),
                    _ => FluentValue::from(self.number(value).into_owned()),
                };
                (*name, arg)
            })
            .collect();
        self.message(&label.id, &args)
            .unwrap_or_else(|| label.text())
    }

    /// Returns `text` in this language's number form when the whole text is
    /// a number as rapport writes it (`1234.56`, `25.0 %`), else unchanged.
    /// English keeps the plain form (`1234.56`) people and scripts have
    /// always read from rapport.
    pub fn number<'t>(&self, text: &'t str) -> Cow<'t, str> {
        match &self.numbers {
            Some(f) if self.lang != Lang::En => {
                numbers::localise(f, text).map_or(Cow::Borrowed(text), Cow::Owned)
            }
            _ => Cow::Borrowed(text),
        }
    }
}

/// Returns the message `id` in the language of the run, with `args` filled
/// in; the English when that language lacks it; the id itself when no
/// language has it. This is the one call for any text people read outside a
/// report's labels (notes, warnings, errors):
///
/// ```
/// use rapport::lang::tr;
/// let text = tr("lang.customers", &[("count", 3.into())]);
/// assert!(text.contains('3'));
/// ```
///
/// [`msg!`](crate::msg) writes the same with named values.
pub fn tr(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    super::catalogue()
        .message(id, args)
        .or_else(|| Catalogue::of(Lang::En).message(id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Returns a message of the language of the run: `msg!("id")` or
/// `msg!("id", name = value, …)`, each value text or a number (anything
/// `FluentValue::from` takes: `&str`, `String`, integers, floats).
///
/// ```
/// let text = rapport::msg!("lang.customers", count = 1);
/// assert!(text.contains('1'));
/// ```
#[macro_export]
macro_rules! msg {
    ($id:expr $(,)?) => {
        $crate::lang::tr($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::tr(
            $id,
            &[$((stringify!($name), $crate::lang::Arg::from($value))),+],
        )
    };
}

/// Returns the Fluent id of a dotted message id.
fn fluent_id(id: &str) -> Cow<'_, str> {
    if id.contains('.') {
        Cow::Owned(id.replace('.', "-"))
    } else {
        Cow::Borrowed(id)
    }
}

/// Returns the Fluent source of a language with a file of its own.
fn source_of(lang: Lang) -> &'static str {
    SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("", |(_, s)| s)
}

type Formatter<M> = fn(&FluentValue<'_>, &M) -> Option<String>;

/// Returns the function that writes a number named in a message in
/// `lang`'s form (`{ $count }` of 1234 is `1 234` in Latvian).
fn number_of<M>(lang: Lang) -> Formatter<M> {
    fn write<M>(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
        match value {
            FluentValue::Number(n) => {
                let text = n.as_string();
                Some(Catalogue::of(lang).number(&text).into_owned())
            }
            _ => None,
        }
    }
    match lang {
        Lang::En => |v, _| write::<M>(Lang::En, v),
        Lang::Lv => |v, _| write::<M>(Lang::Lv, v),
        Lang::Cs => |v, _| write::<M>(Lang::Cs, v),
        Lang::Sr => |v, _| write::<M>(Lang::Sr, v),
        Lang::SrLatn => |v, _| write::<M>(Lang::SrLatn, v),
    }
}

/// Returns the ids of the messages of a Fluent source.
#[cfg(test)]
pub(crate) fn ids(source: &str) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("the catalogue does not parse: {errors:?}"),
    };
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn every_language_has_every_message() {
        let english: BTreeSet<String> = ids(SOURCES[0].1).into_iter().collect();
        for (lang, source) in &SOURCES[1..] {
            let these: BTreeSet<String> = ids(source).into_iter().collect();
            let missing: Vec<_> = english.difference(&these).collect();
            let extra: Vec<_> = these.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{lang}/rapport.ftl lacks {missing:?} and has {extra:?}, which en lacks"
            );
        }
    }

    #[test]
    fn each_file_parses_and_names_each_message_once() {
        for (lang, source) in SOURCES {
            let ids = ids(source);
            let unique: BTreeSet<&String> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "{lang}: a message id twice");
        }
    }

    #[test]
    fn plural_forms_follow_cldr() {
        let count = |lang: Lang, n: i64| {
            Catalogue::of(lang)
                .message("lang.customers", &[("count", n.into())])
                .expect("the message exists")
        };
        assert_eq!(count(Lang::En, 1), "1 customer");
        assert_eq!(count(Lang::En, 2), "2 customers");
        assert_eq!(count(Lang::Lv, 0), "0 klientu");
        assert_eq!(count(Lang::Lv, 1), "1 klients");
        assert_eq!(count(Lang::Lv, 21), "21 klients");
        assert_eq!(count(Lang::Lv, 5), "5 klienti");
        assert_eq!(count(Lang::Cs, 1), "1 zákazník");
        assert_eq!(count(Lang::Cs, 3), "3 zákazníci");
        assert_eq!(count(Lang::Cs, 5), "5 zákazníků");
        assert_eq!(count(Lang::Sr, 1), "1 купац");
        assert_eq!(count(Lang::Sr, 3), "3 купца");
        assert_eq!(count(Lang::Sr, 5), "5 купаца");
        assert_eq!(count(Lang::SrLatn, 5), "5 kupaca");
        assert_eq!(count(Lang::Lv, 12345), "12\u{a0}345 klienti");
    }

    #[test]
    fn a_label_is_translated_with_its_values() {
        let label = Label::new("lang.test", "value ({currency})").with("currency", "EUR");
        assert_eq!(Catalogue::of(Lang::En).label(&label), "value (EUR)");
        assert_eq!(Catalogue::of(Lang::Lv).label(&label), "vērtība (EUR)");
        assert_eq!(Catalogue::of(Lang::SrLatn).label(&label), "vrednost (EUR)");
        // Text from the data is never translated.
        assert_eq!(
            Catalogue::of(Lang::Lv).label(&Label::verbatim("value")),
            "value"
        );
    }
}
