//! Reading vCard files: a `.vcf` file (or standard input), or a folder of
//! them (a vdir, as vdirsyncer and khard keep one), into [`Card`]s.
//!
//! The file is split into cards here, line by line, so that a card that
//! never ends, text outside any card and bytes that are no text are each
//! told with their line; each card's content lines are then read by
//! `calcard` (unfolding, parameters, QUOTED-PRINTABLE, CHARSET, vCard 2.1,
//! 3.0 and 4.0), and the properties rapport keeps are taken from them.

use std::io::Read;
use std::path::{Path, PathBuf};

use calcard::vcard::{
    VCard, VCardEntry, VCardKind, VCardParameterName, VCardParameterValue, VCardProperty,
    VCardValue,
};
use calcard::{Entry, Parser};

use super::Card;
use crate::csv::source;
use crate::diag::Notes;
use crate::error::{Error, IoContext, Result};
use crate::model::Kind;

/// One file of cards: its name as messages give it, and its text.
#[derive(Clone, Debug)]
pub struct Source {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The cards of a file or folder, each with the file it came from.
#[derive(Debug, Default)]
pub struct Cards {
    /// The files read, in order (one for a file).
    pub files: Vec<String>,
    /// Each card and the index of its file in `files`.
    pub cards: Vec<(usize, Card)>,
}

/// Reads `path`: standard input for `-`, every `.vcf` file of a folder and
/// its subfolders (in name order; hidden ones left out), or one file.
pub fn sources(path: &Path) -> Result<Vec<Source>> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .at(&PathBuf::from("<stdin>"))?;
        return Ok(vec![Source {
            name: "<stdin>".into(),
            bytes,
        }]);
    }
    if path.is_dir() {
        let mut files = Vec::new();
        collect_vcf(path, &mut files)?;
        files.sort();
        if files.is_empty() {
            return Err(Error::data(crate::msg!(
                "vcard.folder-empty",
                path = crate::diag::shown_path(path).to_string()
            )));
        }
        return files
            .into_iter()
            .map(|f| {
                let bytes = std::fs::read(&f).at(&f)?;
                Ok(Source {
                    name: crate::diag::shown_path(&f).into_owned(),
                    bytes,
                })
            })
            .collect();
    }
    let bytes = std::fs::read(path).at(path)?;
    Ok(vec![Source {
        name: crate::diag::shown_path(path).into_owned(),
        bytes,
    }])
}

/// Adds the `.vcf` files under `dir` to `out`.
fn collect_vcf(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).at(dir)? {
        let entry = entry.at(dir)?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect_vcf(&path, out)?;
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("vcf") || e.eq_ignore_ascii_case("vcard"))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads the cards of every source, decoded from `encoding` (a label such
/// as `windows-1257`; else UTF-8). Every problem of every file is told to
/// `notes` as `FILE:LINE: reason`, and then the whole read is refused:
/// nothing is imported from a folder with one bad card.
pub fn cards(sources: Vec<Source>, encoding: Option<&str>, notes: &dyn Notes) -> Result<Cards> {
    let encoding = encoding.map(source::encoding_for_label).transpose()?;
    let mut out = Cards::default();
    let mut problems: Vec<(String, String)> = Vec::new();
    for (index, Source { name, bytes }) in sources.into_iter().enumerate() {
        // Bytes that are not text in the encoding: the error names the
        // file and line, and nothing is read further.
        let text = source::decode(&name, &bytes, encoding)?;
        for (line, why) in split(&text, |start, card_text| {
            read_card(start, card_text).map(|card| out.cards.push((index, card)))
        }) {
            problems.push((format!("{name}:{line}"), why));
        }
        out.files.push(name);
    }
    if !problems.is_empty() {
        for (at, why) in &problems {
            notes.located(at, why);
        }
        let what = match out.files.as_slice() {
            [one] => one.clone(),
            _ => crate::msg!("vcard.files", count = out.files.len()),
        };
        return Err(Error::data(crate::msg!(
            "vcard.problems",
            count = problems.len(),
            what = what
        ))
        .with_hint(crate::msg!("vcard.problems-hint")));
    }
    if out.cards.is_empty() {
        return Err(Error::data(crate::msg!(
            "vcard.none",
            files = out.files.join(", ")
        )));
    }
    Ok(out)
}

/// Splits `text` into cards, giving each (its first line and its text)
/// to `card`; returns the problems found, by line: bytes that are no
/// text, text outside a card, a card without END:VCARD, and those `card`
/// returns.
fn split(
    text: &str,
    mut card: impl FnMut(u64, &str) -> std::result::Result<(), String>,
) -> Vec<(u64, String)> {
    let mut problems = Vec::new();
    if let Some((line, c)) = binary(text) {
        problems.push((
            line,
            crate::msg!("vcard.binary", char = format!("U+{:04X}", c as u32)),
        ));
        return problems;
    }
    let mut open: Option<(u64, String)> = None;
    let mut last = 0;
    let mut outside = false;
    for (i, raw) in text.split('\n').enumerate() {
        let number = i as u64 + 1;
        let l = raw.trim_end_matches('\r');
        let word = l.trim().trim_start_matches('\u{feff}');
        last = number;
        if word.eq_ignore_ascii_case("BEGIN:VCARD") {
            if let Some((start, _)) = open.take() {
                problems.push((
                    start,
                    crate::msg!("vcard.no-end-next", line = number.to_string()),
                ));
            }
            open = Some((number, format!("{word}\r\n")));
            outside = false;
            continue;
        }
        match &mut open {
            Some((start, body)) => {
                body.push_str(l);
                body.push_str("\r\n");
                if word.eq_ignore_ascii_case("END:VCARD") {
                    let start = *start;
                    let (_, body) = open.take().unwrap_or_default();
                    if let Err(why) = card(start, &body) {
                        problems.push((start, why));
                    }
                }
            }
            None if word.is_empty() => {}
            None if word.eq_ignore_ascii_case("END:VCARD") => {
                problems.push((number, crate::msg!("vcard.end-without-begin")));
            }
            None => {
                // The first such line of a run says it.
                if !outside {
                    problems.push((number, crate::msg!("vcard.outside")));
                }
                outside = true;
            }
        }
    }
    // The last line is the one before a final line break.
    if text.ends_with('\n') {
        last = last.saturating_sub(1).max(1);
    }
    if let Some((start, _)) = open {
        problems.push((
            start,
            crate::msg!("vcard.no-end-eof", line = last.to_string()),
        ));
    }
    problems
}

/// Returns the line and the character of the first control character
/// other than tab, CR and LF: a file with one is binary, not a vCard.
fn binary(text: &str) -> Option<(u64, char)> {
    let at = text.find(|c: char| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))?;
    let line = text[..at].matches('\n').count() as u64 + 1;
    text[at..].chars().next().map(|c| (line, c))
}

/// Reads one card's text (from `BEGIN:VCARD` to `END:VCARD`) that starts
/// on line `start`; Err says why it cannot be imported.
fn read_card(start: u64, text: &str) -> std::result::Result<Card, String> {
    let vcard = match Parser::new(text).entry() {
        Entry::VCard(v) => v,
        other => return Err(crate::msg!("vcard.unreadable", why = format!("{other:?}"))),
    };
    let mut card = of_vcard(&vcard);
    card.line = start;
    if card.name.is_empty() {
        return Err(crate::msg!("vcard.no-name"));
    }
    Ok(card)
}

/// Returns what rapport keeps of a parsed card.
fn of_vcard(v: &VCard) -> Card {
    let mut card = Card::default();
    let all = |p: VCardProperty| {
        let mut entries: Vec<&VCardEntry> = v.entries.iter().filter(|e| e.name == p).collect();
        entries.sort_by_key(|e| preference(e));
        entries
    };
    let first = |p: VCardProperty| all(p).first().map(|e| joined(e)).filter(|s| !s.is_empty());
    card.name = first(VCardProperty::Fn).unwrap_or_default();
    if let Some(n) = all(VCardProperty::N).first() {
        let parts = parts(n);
        let part = |i: usize| parts.get(i).cloned().unwrap_or_default();
        let n = [part(0), part(1), part(2), part(3), part(4)];
        if card.name.is_empty() {
            // Prefixes, given, additional, family, suffixes.
            card.name = [&n[3], &n[1], &n[2], &n[0], &n[4]]
                .iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
        card.n = Some(n);
    }
    card.uid = first(VCardProperty::Uid);
    card.kind = all(VCardProperty::Kind).first().and_then(|e| {
        e.values.iter().find_map(|v| match v {
            VCardValue::Kind(VCardKind::Individual) => Some(Kind::Person),
            VCardValue::Kind(VCardKind::Org) => Some(Kind::Company),
            VCardValue::Text(t) if t.eq_ignore_ascii_case("individual") => Some(Kind::Person),
            VCardValue::Text(t) if t.eq_ignore_ascii_case("org") => Some(Kind::Company),
            _ => None,
        })
    });
    card.emails = all(VCardProperty::Email)
        .iter()
        .map(|e| joined(e))
        .map(|s| strip_scheme(&s, "mailto:"))
        .filter(|s| !s.is_empty())
        .collect();
    card.phones = all(VCardProperty::Tel)
        .iter()
        .map(|e| joined(e))
        .map(|s| strip_scheme(&s, "tel:"))
        .filter(|s| !s.is_empty())
        .collect();
    card.url = first(VCardProperty::Url);
    card.org = all(VCardProperty::Org)
        .first()
        .and_then(|e| parts(e).into_iter().next())
        .filter(|s| !s.is_empty());
    card.title = first(VCardProperty::Title);
    card.note = first(VCardProperty::Note);
    if let Some(adr) = all(VCardProperty::Adr).first() {
        let p = parts(adr);
        let part = |i: usize| {
            p.get(i)
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        // Post office box; extended address; street; locality; region;
        // postal code; country.
        let street: Vec<String> = [part(2), part(1), part(0)].into_iter().flatten().collect();
        card.address.street = (!street.is_empty()).then(|| street.join(", "));
        card.address.city = part(3);
        card.address.postcode = part(5);
        card.address.country = part(6);
    }
    for e in all(VCardProperty::Categories) {
        for value in &e.values {
            let words: Vec<String> = match value {
                VCardValue::Text(t) => vec![t.clone()],
                VCardValue::Component(c) => c.clone(),
                _ => vec![],
            };
            for w in words {
                let w = w.trim();
                if !w.is_empty() && !card.categories.iter().any(|c| c == w) {
                    card.categories.push(w.to_string());
                }
            }
        }
    }
    card
}

/// Returns an entry's rank among its kind: a PREF parameter's value (1 is
/// most preferred), `TYPE=pref` (3.0) as 1, none as 101 (after any PREF).
fn preference(e: &VCardEntry) -> u32 {
    for p in &e.params {
        match (&p.name, &p.value) {
            (VCardParameterName::Pref, VCardParameterValue::Integer(n)) => return *n,
            (VCardParameterName::Pref, _) => return 1,
            (VCardParameterName::Type, VCardParameterValue::Text(t))
                if t.eq_ignore_ascii_case("pref") =>
            {
                return 1;
            }
            _ => {}
        }
    }
    101
}

/// Returns the parts of a structured value (N, ADR, ORG), in order; a
/// part that is a list is joined with `,`.
fn parts(e: &VCardEntry) -> Vec<String> {
    e.values.iter().map(value_text).collect()
}

/// Returns an entry's value as one text: its parts joined with `,` (a
/// 3.0 file's unescaped comma splits a value the parser reads as a list).
fn joined(e: &VCardEntry) -> String {
    e.values
        .iter()
        .map(value_text)
        .collect::<Vec<_>>()
        .join(",")
        .trim()
        .to_string()
}

fn value_text(v: &VCardValue) -> String {
    match v {
        VCardValue::Text(t) => t.clone(),
        VCardValue::Component(c) => c.join(","),
        VCardValue::Integer(i) => i.to_string(),
        VCardValue::Float(f) => f.to_string(),
        VCardValue::Boolean(b) => b.to_string(),
        _ => String::new(),
    }
}

/// Returns `text` without its URI scheme (`tel:`, `mailto:`), compared
/// without regard to case.
fn strip_scheme(text: &str, scheme: &str) -> String {
    match text.get(..scheme.len()) {
        Some(s) if s.eq_ignore_ascii_case(scheme) => text[scheme.len()..].trim().to_string(),
        _ => text.trim().to_string(),
    }
}

#[cfg(test)]
mod tests;
