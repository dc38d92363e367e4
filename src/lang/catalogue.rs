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

use super::{Lang, dates, numbers};
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
    dates: Option<dates::Formatter>,
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
            dates: match lang {
                Lang::En => None,
                other => dates::formatter(other),
            },
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
                    _ => FluentValue::from(self.value(value).into_owned()),
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

    /// Returns `text` in this language's date form when the whole text is
    /// an ISO date (`2026-11-23`), else unchanged. English keeps the ISO
    /// form, the one `--since` takes and the customer files hold.
    pub fn date<'t>(&self, text: &'t str) -> Cow<'t, str> {
        match &self.dates {
            Some(f) => dates::localise(f, text).map_or(Cow::Borrowed(text), Cow::Owned),
            None => Cow::Borrowed(text),
        }
    }

    /// Returns `text` as [`number`](Self::number) or [`date`](Self::date)
    /// writes it: a value named in a report's heading or a message.
    pub fn value<'t>(&self, text: &'t str) -> Cow<'t, str> {
        match self.number(text) {
            Cow::Borrowed(_) => self.date(text),
            owned => owned,
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
    fn write(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
        match value {
            FluentValue::Number(n) => {
                let text = n.as_string();
                Some(Catalogue::of(lang).number(&text).into_owned())
            }
            _ => None,
        }
    }
    match lang {
        Lang::En => |v, _| write(Lang::En, v),
        Lang::Lv => |v, _| write(Lang::Lv, v),
        Lang::Cs => |v, _| write(Lang::Cs, v),
        Lang::Sr => |v, _| write(Lang::Sr, v),
        Lang::SrLatn => |v, _| write(Lang::SrLatn, v),
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

/// The English catalogue holds every label the code writes, with the
/// code's English: a label added without its message fails here (and then
/// the check that every language has every message names the languages
/// that still lack it).
#[cfg(test)]
mod labels_in_the_code {
    use std::collections::BTreeMap;
    use std::path::Path;

    use super::*;

    /// Returns the `(id, English)` of each `Label::new`, `Column::new` and
    /// `money(…)` with two string literals in `text`, outside its tests.
    fn labels(text: &str) -> Vec<(String, String)> {
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut out = Vec::new();
        for call in ["Label::new(", "Column::new(", "money("] {
            for (at, _) in code.match_indices(call) {
                let rest = code[at + call.len()..].trim_start();
                let Some((id, rest)) = literal(rest) else {
                    continue;
                };
                let Some(rest) = rest.trim_start().strip_prefix(',') else {
                    continue;
                };
                if let Some((english, _)) = literal(rest.trim_start()) {
                    out.push((id, english));
                }
            }
        }
        out
    }

    /// Returns the string literal `text` starts with, unescaped, and the
    /// text after it.
    fn literal(text: &str) -> Option<(String, &str)> {
        let body = text.strip_prefix('"')?;
        let mut value = String::new();
        let mut chars = body.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => return Some((value, &body[i + 1..])),
                '\\' => match chars.next()?.1 {
                    'n' => value.push('\n'),
                    other => value.push(other),
                },
                c => value.push(c),
            }
        }
        None
    }

    /// Returns the ids of the messages `text` asks for by `msg!("id", …)`
    /// or `tr("id", …)`, outside its tests.
    fn asked(text: &str) -> Vec<String> {
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut out = Vec::new();
        for call in ["msg!(", "tr("] {
            for (at, _) in code.match_indices(call) {
                let before = code[..at].chars().next_back();
                if call == "tr(" && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                if let Some((id, _)) = literal(code[at + call.len()..].trim_start()) {
                    out.push(id);
                }
            }
        }
        out
    }

    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_label_of_the_code_is_in_the_english_catalogue() {
        let mut files = Vec::new();
        rust_files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let english = Catalogue::of(Lang::En);
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        let mut problems = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("a source file");
            for id in asked(&text) {
                if !english.has(&id) {
                    problems.push(format!(
                        "{}: `{id}` is not in locales/en/rapport.ftl",
                        file.display()
                    ));
                }
            }
            for (id, text) in labels(&text) {
                if id.is_empty() || text.is_empty() {
                    continue;
                }
                if let Some(before) = seen.insert(id.clone(), text.clone())
                    && before != text
                {
                    problems.push(format!("{id}: two English texts, {before:?} and {text:?}"));
                }
                // The catalogue's English, its `{ $name }`s as the code's `{name}`s.
                let names: Vec<&str> = text
                    .split('{')
                    .skip(1)
                    .filter_map(|s| s.split_once('}').map(|(n, _)| n))
                    .collect();
                let args: Vec<(&str, Arg<'_>)> = names
                    .iter()
                    .map(|n| (*n, Arg::from(format!("{{{n}}}"))))
                    .collect();
                match english.message(&id, &args) {
                    None => problems.push(format!(
                        "{}: `{id}` is not in locales/en/rapport.ftl",
                        file.display()
                    )),
                    Some(m) if m != text => problems.push(format!(
                        "`{id}`: the code says {text:?}, locales/en/rapport.ftl {m:?}"
                    )),
                    Some(_) => {}
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert!(
            seen.len() > 150,
            "the scan found only {} labels",
            seen.len()
        );
    }
}

#[cfg(test)]
mod cost {
    use super::*;

    /// Prints what a run pays for its language: building the catalogue
    /// (parsing the embedded file, the ICU data) and formatting the labels
    /// of a summary. Run with `--ignored --nocapture`; the figure is in
    /// docs/languages.md.
    #[test]
    #[ignore = "a measurement, not a check"]
    fn what_a_run_pays_for_its_language() {
        for lang in Lang::ALL {
            let start = std::time::Instant::now();
            let catalogue = Catalogue::build(lang);
            let built = start.elapsed();
            let start = std::time::Instant::now();
            for _ in 0..60 {
                let label = Label::new("revenue", "revenue ({currency})").with("currency", "EUR");
                std::hint::black_box(catalogue.label(&label));
                std::hint::black_box(catalogue.number("685114.76"));
            }
            println!(
                "{lang}: catalogue {built:?}, 60 labels and numbers {:?}",
                start.elapsed()
            );
        }
    }
}
