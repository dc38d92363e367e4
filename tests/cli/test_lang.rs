//! The language people read: how it is chosen (`--lang`, `$RAPPORT_LANG`,
//! `language` in rapport.toml, the locale, English), that machine output is
//! the same bytes in every language, and that a report in Latvian, Czech or
//! Serbian shows no English label.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::support::{TestBook, rapport_in, stderr_of, stdout_of};
use crate::test_demo_book::demo_book;
use crate::test_report_snapshots::{REPORTS, snapshots};

/// The title of `report summary` in each language.
const SUMMARY: [(&str, &str); 5] = [
    ("en", "Summary"),
    ("lv", "Kopsavilkums"),
    ("cs", "Přehled"),
    ("sr", "Преглед"),
    ("sr-Latn", "Pregled"),
];

/// Returns the language whose summary title starts `out`.
fn language_of(out: &str) -> &'static str {
    let first = out.lines().next().unwrap_or_default();
    SUMMARY
        .iter()
        .find(|(_, title)| first.starts_with(title))
        .map_or("?", |(lang, _)| lang)
}

/// Runs `report summary` in a book whose rapport.toml says `language`
/// (none: no key), with `env` set and `args` before the command.
fn summary_in(language: Option<&str>, env: &[(&str, &str)], args: &[&str]) -> &'static str {
    let settings = match language {
        Some(l) => format!("language = \"{l}\"\n"),
        None => String::new(),
    };
    let book = TestBook::with_settings(&settings);
    let mut cmd = book.rapport();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .args(args)
        .args(["report", "summary", "--format", "table"])
        .assert()
        .success();
    language_of(&stdout_of(&out))
}

#[test]
fn without_any_choice_people_read_english() {
    assert_eq!(summary_in(None, &[], &[]), "en");
    assert_eq!(summary_in(None, &[("LANG", "C.UTF-8")], &[]), "en");
    // A locale of a language rapport does not speak is English too.
    assert_eq!(summary_in(None, &[("LANG", "de_DE.UTF-8")], &[]), "en");
}

#[test]
fn the_locale_chooses_lc_all_before_lc_messages_before_lang() {
    assert_eq!(summary_in(None, &[("LANG", "lv_LV.UTF-8")], &[]), "lv");
    assert_eq!(
        summary_in(
            None,
            &[("LANG", "lv_LV.UTF-8"), ("LC_MESSAGES", "cs_CZ.UTF-8")],
            &[]
        ),
        "cs"
    );
    assert_eq!(
        summary_in(
            None,
            &[
                ("LANG", "lv_LV.UTF-8"),
                ("LC_MESSAGES", "cs_CZ.UTF-8"),
                ("LC_ALL", "sr_RS.UTF-8@latin")
            ],
            &[]
        ),
        "sr-Latn"
    );
    assert_eq!(summary_in(None, &[("LANG", "sr_RS.UTF-8")], &[]), "sr");
}

#[test]
fn the_book_language_goes_before_the_locale() {
    assert_eq!(
        summary_in(Some("sr"), &[("LC_ALL", "lv_LV.UTF-8")], &[]),
        "sr"
    );
    assert_eq!(summary_in(Some("en"), &[("LANG", "cs_CZ")], &[]), "en");
}

#[test]
fn rapport_lang_goes_before_the_book() {
    assert_eq!(summary_in(Some("sr"), &[("RAPPORT_LANG", "cs")], &[]), "cs");
}

#[test]
fn the_flag_goes_before_rapport_lang() {
    assert_eq!(
        summary_in(
            Some("sr"),
            &[("RAPPORT_LANG", "cs"), ("LC_ALL", "sr_RS")],
            &["--lang", "lv"]
        ),
        "lv"
    );
    assert_eq!(summary_in(None, &[], &["--lang", "sr-Latn"]), "sr-Latn");
    assert_eq!(summary_in(None, &[], &["--lang", "SR-latn"]), "sr-Latn");
}

#[test]
fn an_unknown_language_is_a_usage_error_naming_the_choices() {
    let book = TestBook::new();
    let out = book
        .rapport()
        .args(["--lang", "de", "report", "summary"])
        .assert()
        .code(2);
    let err = stderr_of(&out);
    assert!(err.contains("'de'"), "{err}");
    assert!(err.contains("en, lv, cs, sr, sr-Latn"), "{err}");
    let out = book
        .rapport()
        .env("RAPPORT_LANG", "fr")
        .args(["report", "summary"])
        .assert()
        .code(2);
    let err = stderr_of(&out);
    assert!(err.contains("`fr`"), "{err}");
    assert!(err.contains("en, lv, cs, sr or sr-Latn"), "{err}");
    // Empty is unset, as for $RAPPORT_TODAY.
    book.rapport()
        .env("RAPPORT_LANG", "")
        .args(["report", "summary"])
        .assert()
        .success();
}

#[test]
fn an_unknown_language_in_rapport_toml_names_the_file_and_line() {
    let book = TestBook::with_settings("name = \"x\"\nlanguage = \"de\"\n");
    let out = book.rapport().args(["report", "summary"]).assert().code(1);
    let err = stderr_of(&out);
    assert!(err.contains("rapport.toml:2:"), "{err}");
    assert!(err.contains("en, lv, cs, sr or sr-Latn"), "{err}");
}

#[test]
fn the_html_page_names_its_language() {
    let out = rapport_in(&demo_book())
        .args(["--lang", "sr-Latn", "report", "funnel", "--format", "html"])
        .assert()
        .success();
    assert!(stdout_of(&out).contains("<html lang=\"sr-Latn\">"));
    let out = rapport_in(&demo_book())
        .args(["report", "funnel", "--format", "html"])
        .assert()
        .success();
    assert!(stdout_of(&out).contains("<html lang=\"en\">"));
}

const MACHINE: [&str; 5] = ["csv", "tsv", "json", "ndjson", "ids"];
const OTHERS: [&str; 4] = ["lv", "cs", "sr", "sr-Latn"];

/// Returns stdout of `rapport --lang LANG ARGS` on the demo book.
fn demo(lang: &str, args: &[&str]) -> String {
    let out = rapport_in(&demo_book())
        .args(["--lang", lang, "--today", "2026-11-23"])
        .args(args)
        .assert()
        .success();
    stdout_of(&out)
}

#[test]
fn every_report_gives_machines_the_same_bytes_in_every_language() {
    let mut differ = Vec::new();
    for (name, args) in REPORTS {
        for format in MACHINE {
            // The English bytes are the committed snapshot (the contract).
            let path = snapshots().join(format!("{name}.{format}"));
            let want =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for lang in OTHERS {
                let mut all: Vec<&str> = args.to_vec();
                all.extend(["--format", format]);
                if demo(lang, &all) != want {
                    differ.push(format!("{name}.{format} in {lang}"));
                }
            }
        }
    }
    assert!(differ.is_empty(), "machine output changed: {differ:?}");
}

#[test]
fn listings_records_and_exports_give_machines_the_same_bytes_in_every_language() {
    let runs: &[&[&str]] = &[
        &["show", "agnese-abola", "--format", "json"],
        &["show", "agnese-abola", "--format", "csv"],
        &["query", "stage = customer", "--format", "csv"],
        &["query", "stage = customer", "--format", "json"],
        &["query", "stage = customer", "--format", "ids"],
        &["deal", "list", "--format", "tsv"],
        &["case", "list", "--format", "ndjson"],
        &["timeline", "--format", "json"],
        &["export"],
        &["export", "--deals"],
        &["export", "--interactions"],
        &["agenda", "--format", "json"],
    ];
    for args in runs {
        let english = demo("en", args);
        assert!(!english.is_empty(), "{args:?} printed nothing");
        for lang in OTHERS {
            assert!(demo(lang, args) == english, "{args:?} differs in {lang}");
        }
    }
}

/// Returns the messages of the English catalogue as patterns of whole
/// texts: each `{ $name }` stands for any text. A message with no word of
/// three letters or more of its own (`{ $action } — { $name }`,
/// `{ $mean } of { $count }`) would match any text and is left out: the
/// words it could show are the notation SAME_WORDS lets through anyway.
fn english_texts() -> Vec<(String, String)> {
    let source =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/rapport.ftl"))
            .unwrap();
    source
        .lines()
        .filter_map(|line| {
            let (id, value) = line.split_once(" = ")?;
            (!id.starts_with('#')
                && !id.starts_with(' ')
                && !value.contains("->")
                && has_words(value))
            .then(|| (id.to_string(), value.to_string()))
        })
        .collect()
}

/// Returns true when `pattern` has a word of three letters or more outside
/// its `{ $name }`s.
fn has_words(pattern: &str) -> bool {
    pattern
        .split("{ $")
        .enumerate()
        .map(|(i, p)| {
            if i == 0 {
                p
            } else {
                p.split_once(" }").map_or("", |x| x.1)
            }
        })
        .any(|p| {
            p.split(|c: char| !c.is_alphabetic())
                .any(|w| w.chars().count() >= 3)
        })
}

/// Returns true when `text` is `pattern` with text in place of each
/// `{ $name }`.
fn matches(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern
        .split("{ $")
        .enumerate()
        .map(|(i, p)| {
            if i == 0 {
                p
            } else {
                p.split_once(" }").map_or(p, |x| x.1)
            }
        })
        .collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(part) else {
                return false;
            };
            rest = r;
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    true
}

/// Returns each piece of text of a markdown report: headings, fact names
/// and values, table cells, note lines.
fn pieces(markdown: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in markdown.lines() {
        let line = line.trim();
        if line.starts_with('|') {
            for cell in line.trim_matches('|').split(" | ") {
                out.insert(cell.trim().to_string());
            }
        } else if let Some(fact) = line.strip_prefix("- **") {
            if let Some((key, value)) = fact.split_once("**: ") {
                out.insert(key.to_string());
                out.insert(value.to_string());
            }
        } else {
            out.insert(line.trim_start_matches('#').trim().to_string());
        }
    }
    out.remove("");
    out
}

/// Labels that are the same words in the language as in English: names of
/// measures (NPS, CSAT, CES, CAC), the models' notation (x, t_x, T, n, the
/// KANO categories' letters A, O, M, I, R, Q), and words that happen to be
/// spelled alike.
const SAME_WORDS: &[&str] = &[
    "NPS",
    "id",
    "x",
    "k",
    "T",
    "t_x",
    "R",
    "F",
    "M",
    "model",
    "segment",
    "SLA",
    "Agenda",
    "period",
    "CAC (EUR)",
    "CLV (EUR)",
    // Latvian for "segment".
    "segments",
    "CSAT",
    "CSAT (1–5)",
    "CES (1–7)",
    "n",
    "A",
    "O",
    "I",
    "Q",
];

/// Text from the book, shown as it is in every language: the demo book's
/// stages and the fields reports are grouped by (the query language is
/// never translated).
const DATA: &[&str] = &[
    "lead", "prospect", "customer", "churned", "owner", "source", "tags",
    // The kind of interaction a survey answer is (journey's and activity's
    // columns are the book's kinds).
    "survey",
];

#[test]
fn a_report_in_latvian_czech_or_serbian_shows_no_english_label() {
    let english = english_texts();
    let mut found = Vec::new();
    for lang in ["lv", "cs", "sr"] {
        // `report clv --params` is the models' parameters under their
        // names in the literature (r, alpha, a, b …), not labels.
        for (name, args) in REPORTS.iter().filter(|(n, _)| *n != "clv-params") {
            let mut all: Vec<&str> = args.to_vec();
            all.extend(["--format", "markdown"]);
            for piece in pieces(&demo(lang, &all)) {
                if SAME_WORDS.contains(&piece.as_str()) || DATA.contains(&piece.as_str()) {
                    continue;
                }
                if let Some((id, _)) = english.iter().find(|(_, text)| matches(text, &piece)) {
                    found.push(format!("{lang} {name}: {piece:?} ({id})"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "English labels in translated reports:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_leak_check_sees_an_english_label() {
    // The check above would pass on any output if its parts saw nothing.
    let english = english_texts();
    let shown = pieces(&demo("en", &["report", "summary", "--format", "markdown"]));
    for want in ["Key figures", "new customers", "revenue (EUR)"] {
        assert!(shown.contains(want), "{want}: {shown:?}");
        assert!(english.iter().any(|(_, t)| matches(t, want)), "{want}");
    }
}

/// Dates people read follow CLDR's short form with the full year (from
/// ICU4X's compiled CLDR data, whose short year-month-day patterns with
/// the year in full are lv `dd.MM.y.`, cs `dd. MM. y`, sr `d. M. y.`), in
/// the lines above a table and in its cells; English and every machine
/// format keep ISO.
#[test]
fn dates_people_read_are_written_as_each_language_writes_them() {
    let period = |lang: &str| {
        let out = demo(
            lang,
            &[
                "report",
                "pipeline",
                "--since",
                "2026-01-02",
                "--format",
                "table",
            ],
        );
        out.lines().nth(1).unwrap_or_default().to_string()
    };
    assert!(
        period("en").contains("2026-01-02 to 2026-11-23"),
        "{}",
        period("en")
    );
    assert!(
        period("lv").contains("02.01.2026. – 23.11.2026."),
        "{}",
        period("lv")
    );
    assert!(
        period("cs").contains("02. 01. 2026 až 23. 11. 2026"),
        "{}",
        period("cs")
    );
    assert!(
        period("sr").contains("од 2. 1. 2026. до 23. 11. 2026."),
        "{}",
        period("sr")
    );
    assert!(
        period("sr-Latn").contains("od 2. 1. 2026. do 23. 11. 2026."),
        "{}",
        period("sr-Latn")
    );

    // A table's date cells: the agenda's reminders, in Latvian.
    let agenda = demo("lv", &["agenda", "--format", "table"]);
    assert!(agenda.contains("02.11.2026."), "{agenda}");
    assert!(!agenda.contains("2026-11-02"), "{agenda}");
    let tsv = demo("lv", &["agenda", "--format", "tsv"]);
    assert!(
        tsv.contains("2026-11-02") && !tsv.contains("02.11.2026."),
        "{tsv}"
    );
}
