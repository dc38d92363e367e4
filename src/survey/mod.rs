//! Research surveys (DESIGN.md section 15): a survey declared in
//! rapport.toml (`[surveys.NAME]`, `method = "kano"` or `"servqual"`), its
//! answers as stored on `kind = "survey"` interactions (`survey = NAME` and
//! an `[interactions.answers]` table) or, for anonymous respondents, in
//! `surveys/NAME.toml`, and the evaluations of both methods. Pure: no I/O
//! but reading the anonymous file's text given to it.
//!
//! An answer is stored under its column's key: `"F:mobile_app" = "like"`
//! (KANO, the canonical English word), `E1 = 6`, `P1 = 5`,
//! `"W:tangibles" = 20` (SERVQUAL, numbers).

pub mod kano;
pub mod servqual;

use std::collections::BTreeMap;

use crate::model::{Customer, Interaction, Value, When};

/// The key of an interaction that names its survey.
pub const SURVEY_KEY: &str = "survey";
/// The key of an interaction's table of answers.
pub const ANSWERS_KEY: &str = "answers";
/// The folder of the book that holds anonymous answers, one file a survey.
pub const DIR: &str = "surveys";

/// How a survey is evaluated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Kano,
    Servqual,
}

impl Method {
    /// Returns the method's name as rapport.toml writes it.
    pub fn name(self) -> &'static str {
        match self {
            Method::Kano => "kano",
            Method::Servqual => "servqual",
        }
    }
}

/// A survey as rapport.toml declares it.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyDef {
    pub method: Method,
    /// A form's column header → the key it holds (`F:mobile_app`, `E1`,
    /// `email` …), for forms whose headers are long questions.
    pub columns: BTreeMap<String, String>,
    /// SERVQUAL: each dimension's items, in order; None for the default
    /// 22-item map.
    pub dimensions: Option<Vec<(String, Vec<u32>)>>,
}

/// One respondent's answers to a survey.
#[derive(Clone, Debug, PartialEq)]
pub struct Response<'c> {
    pub date: When,
    /// The customer who answered; None for an anonymous answer.
    pub customer: Option<&'c Customer>,
    pub answers: &'c BTreeMap<String, Value>,
}

/// Returns the survey an interaction answers, if it is a survey response.
pub fn survey_of(i: &Interaction) -> Option<&str> {
    match i.extra.get(SURVEY_KEY) {
        Some(Value::String(s)) => Some(s),
        _ => None,
    }
}

/// Returns the answers an interaction holds.
pub fn answers_of(i: &Interaction) -> Option<&BTreeMap<String, Value>> {
    match i.extra.get(ANSWERS_KEY) {
        Some(Value::Table(t)) => Some(t),
        _ => None,
    }
}

/// Returns the responses to survey `name`: those of `customers`, then the
/// anonymous ones (interactions read from `surveys/NAME.toml`), each kept
/// when `keep` says so of its date.
pub fn responses<'c>(
    name: &str,
    customers: &[&'c Customer],
    anonymous: &'c [Interaction],
    keep: impl Fn(When) -> bool,
) -> Vec<Response<'c>> {
    let mut out = Vec::new();
    for c in customers {
        for i in &c.interactions {
            if survey_of(i) == Some(name)
                && keep(i.date)
                && let Some(answers) = answers_of(i)
            {
                out.push(Response {
                    date: i.date,
                    customer: Some(c),
                    answers,
                });
            }
        }
    }
    for i in anonymous {
        if keep(i.date)
            && let Some(answers) = answers_of(i)
        {
            out.push(Response {
                date: i.date,
                customer: None,
                answers,
            });
        }
    }
    out
}

/// The five KANO answers, in the order of the questionnaire (and of the
/// numbers 1–5).
pub const KANO_ANSWERS: [&str; 5] = ["like", "expect", "neutral", "tolerate", "dislike"];

/// The words each KANO answer may be written as (after lowercasing and
/// trimming): English, Latvian, Czech, Serbian (Cyrillic and Latin).
const KANO_WORDS: [&[&str]; 5] = [
    &[
        "like",
        "i like it",
        "like it",
        "i like it that way",
        "patīk",
        "man patīk",
        "man tas patīk",
        "líbí se mi",
        "líbí se mi to",
        "líbí",
        "свиђа ми се",
        "sviđa mi se",
        "svidja mi se",
    ],
    &[
        "expect",
        "must-be",
        "must be",
        "i expect it",
        "expect it",
        "it must be that way",
        "sagaidu",
        "es to sagaidu",
        "tā tam jābūt",
        "očekávám",
        "očekávám to",
        "очекујем",
        "очекујем то",
        "očekujem",
        "očekujem to",
        "ocekujem",
    ],
    &[
        "neutral",
        "i am neutral",
        "i'm neutral",
        "indifferent",
        "i don't care",
        "neitrāli",
        "man ir vienalga",
        "vienalga",
        "je mi to jedno",
        "neutrální",
        "неутрално",
        "неутралан сам",
        "свеједно ми је",
        "neutralno",
        "neutralan sam",
        "svejedno mi je",
    ],
    &[
        "tolerate",
        "live with",
        "live-with",
        "i can live with it",
        "can live with it",
        "i can tolerate it",
        "varu samierināties",
        "es varu ar to samierināties",
        "varu ar to samierināties",
        "snesu to",
        "dokážu to snést",
        "могу да прихватим",
        "могу то да прихватим",
        "могу да трпим",
        "mogu da prihvatim",
        "mogu to da prihvatim",
        "mogu da trpim",
    ],
    &[
        "dislike",
        "i dislike it",
        "dislike it",
        "i dislike it that way",
        "nepatīk",
        "man nepatīk",
        "man tas nepatīk",
        "vadí mi to",
        "nelíbí se mi",
        "nelíbí",
        "не свиђа ми се",
        "ne sviđa mi se",
        "ne svidja mi se",
    ],
];

/// Reads a KANO answer: a word of [`KANO_WORDS`] or 1–5; returns the
/// canonical English word.
pub fn kano_answer(text: &str) -> Option<&'static str> {
    let t: String = text
        .trim()
        .trim_end_matches(['.', '!'])
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if let Ok(n) = t.parse::<usize>() {
        return (1..=5).contains(&n).then(|| KANO_ANSWERS[n - 1]);
    }
    KANO_WORDS
        .iter()
        .position(|words| words.contains(&t.as_str()))
        .map(|i| KANO_ANSWERS[i])
}

/// What a column of a survey's form holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// KANO: the functional (`F:`) or dysfunctional (`D:`) question of a
    /// feature.
    Functional(String),
    Dysfunctional(String),
    /// SERVQUAL: the expectation or perception of item n, and a
    /// dimension's weight.
    Expectation(u32),
    Perception(u32),
    Weight(String),
}

impl Target {
    /// Reads a key (`F:mobile_app`, `E1`, `W:tangibles`).
    pub fn parse(key: &str) -> Option<Target> {
        let key = key.trim();
        let name = |rest: &str| {
            let rest = rest.trim();
            (!rest.is_empty()).then(|| rest.to_string())
        };
        let item = |rest: &str| rest.trim().parse::<u32>().ok().filter(|n| *n >= 1);
        if let Some(rest) = key.strip_prefix("F:") {
            return name(rest).map(Target::Functional);
        }
        if let Some(rest) = key.strip_prefix("D:") {
            return name(rest).map(Target::Dysfunctional);
        }
        if let Some(rest) = key.strip_prefix("W:") {
            return name(rest).map(Target::Weight);
        }
        if let Some(rest) = key.strip_prefix('E') {
            return item(rest).map(Target::Expectation);
        }
        if let Some(rest) = key.strip_prefix('P') {
            return item(rest).map(Target::Perception);
        }
        None
    }

    /// Returns the key the answer is stored under.
    pub fn key(&self) -> String {
        match self {
            Target::Functional(f) => format!("F:{f}"),
            Target::Dysfunctional(f) => format!("D:{f}"),
            Target::Expectation(n) => format!("E{n}"),
            Target::Perception(n) => format!("P{n}"),
            Target::Weight(d) => format!("W:{d}"),
        }
    }

    /// Returns true when a survey of `method` takes this column.
    pub fn fits(&self, method: Method) -> bool {
        match self {
            Target::Functional(_) | Target::Dysfunctional(_) => method == Method::Kano,
            _ => method == Method::Servqual,
        }
    }
}

/// Returns the whole number an answer holds (a form may write `7` or
/// `7 - strongly agree`).
pub fn leading_number(text: &str) -> Option<i64> {
    let t = text.trim();
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    let rest = t[digits.len()..].trim_start();
    if !(rest.is_empty() || rest.starts_with(['-', '–', ' ', '(', '=', ':', '.'])) {
        return None;
    }
    digits.parse().ok()
}

/// Returns the survey a command names (or, when it names none, the only
/// survey of `method`) and its declaration.
pub fn choose<'s>(
    surveys: &'s BTreeMap<String, SurveyDef>,
    asked: Option<&str>,
    method: Option<Method>,
) -> crate::error::Result<(&'s str, &'s SurveyDef)> {
    use crate::error::Error;
    let fits = |d: &SurveyDef| method.is_none_or(|m| d.method == m);
    let what = method.map_or("", Method::name);
    match asked {
        Some(name) => match surveys.get_key_value(name) {
            Some((n, d)) if fits(d) => Ok((n, d)),
            Some((n, d)) => Err(Error::usage(crate::msg!(
                "survey.wrong-method",
                name = n.as_str(),
                method = d.method.name(),
                wanted = what
            ))),
            None => {
                let names: Vec<&str> = surveys.keys().map(String::as_str).collect();
                let err = Error::usage(crate::msg!("survey.not-declared", name = name));
                Err(
                    match crate::model::parse::nearest(name, names.iter().copied()) {
                        Some(near) => err.with_hint(crate::msg!("model.did-you-mean", near = near)),
                        None => err.with_hint(crate::msg!("survey.declare-it")),
                    },
                )
            }
        },
        None => {
            let mut matching = surveys.iter().filter(|(_, d)| fits(d));
            match (matching.next(), matching.next()) {
                (Some((n, d)), None) => Ok((n, d)),
                (None, _) => Err(Error::usage(crate::msg!("survey.none", method = what))
                    .with_hint(crate::msg!(
                        "survey.declare-one",
                        method = method.map_or("kano", Method::name)
                    ))),
                (Some(_), Some(_)) => {
                    let names: Vec<&str> = surveys
                        .iter()
                        .filter(|(_, d)| fits(d))
                        .map(|(n, _)| n.as_str())
                        .collect();
                    Err(Error::usage(crate::msg!(
                        "survey.several",
                        method = what,
                        names = names.join(", ")
                    )))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kano_answers_in_words_numbers_and_four_languages() {
        for (text, want) in [
            ("Like", "like"),
            ("I like it that way.", "like"),
            ("1", "like"),
            ("5", "dislike"),
            ("patīk", "like"),
            ("Sagaidu", "expect"),
            ("neitrāli", "neutral"),
            ("varu samierināties", "tolerate"),
            ("nepatīk", "dislike"),
            ("líbí se mi", "like"),
            ("očekávám", "expect"),
            ("je mi to jedno", "neutral"),
            ("snesu to", "tolerate"),
            ("vadí mi to", "dislike"),
            ("свиђа ми се", "like"),
            ("очекујем", "expect"),
            ("неутрално", "neutral"),
            ("могу да прихватим", "tolerate"),
            ("не свиђа ми се", "dislike"),
            ("sviđa mi se", "like"),
            ("očekujem", "expect"),
            ("neutralno", "neutral"),
            ("mogu da prihvatim", "tolerate"),
            ("ne sviđa mi se", "dislike"),
            ("I can live with it", "tolerate"),
        ] {
            assert_eq!(kano_answer(text), Some(want), "{text}");
        }
        for bad in ["0", "6", "maybe", ""] {
            assert_eq!(kano_answer(bad), None, "{bad}");
        }
    }

    #[test]
    fn targets_and_numbers() {
        assert_eq!(
            Target::parse("F:mobile_app"),
            Some(Target::Functional("mobile_app".into()))
        );
        assert_eq!(Target::parse("E12"), Some(Target::Expectation(12)));
        assert_eq!(Target::parse("W:tangibles").unwrap().key(), "W:tangibles");
        assert_eq!(Target::parse("E0"), None);
        assert_eq!(Target::parse("Email"), None);
        assert_eq!(Target::parse("F:"), None);
        assert_eq!(leading_number("7 - strongly agree"), Some(7));
        assert_eq!(leading_number(" 3 "), Some(3));
        assert_eq!(leading_number("3x"), None);
        assert_eq!(leading_number("strongly"), None);
    }
}
