//! `suppressed.toml`: the people erased with `rapport forget`, kept only as
//! salted SHA-256 hashes of their e-mail address and phone number, so that a
//! later import can skip them instead of bringing them back, without the
//! book saying who they were.
//!
//! ```toml
//! suppressed = [
//!     { date = 2026-11-23, salt = "5d0c…", email = "sha256:8f1e…", phone = "sha256:03aa…" },
//! ]
//! ```
//!
//! One person is one line. `rapport init` marks the file `merge=union` in
//! .gitattributes, so git merges two clones' erasures by keeping the lines
//! of both sides: with one line per entry that is always a valid file
//! (the list takes a trailing comma). The salt is random, made on first
//! use, then reused; each entry carries it, so files of two clones that
//! each made their own merge too. Checking a candidate costs one hash per
//! distinct salt, usually one.
//!
//! Earlier versions wrote one `[[suppressed]]` table per person, which a
//! union merge can turn into one table with two `email` keys. Such a file
//! is still read, entry by entry (every hash with the salt above it), with
//! a warning, and the next erasure rewrites it in the one-line form.
//!
//! What the hashes protect: a reader of the file cannot see the addresses;
//! someone who guesses an address (or tries every phone number of a
//! country) can confirm it, since the salt is in the file. That is the
//! purpose of a suppression list: recognise the person when they come
//! back, and nothing else.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use toml_edit::{DocumentMut, InlineTable, Item, Value};

use super::Book;
use crate::diag::{Diagnostic, Severity};
use crate::error::{Error, Result};
use crate::model::When;
use crate::model::contact::{email_key, phone_key};

/// The file's name, at the book's root.
pub const FILE_NAME: &str = "suppressed.toml";

const HEADER: &str = "\
# People erased with `rapport forget` (GDPR art. 17, right to erasure).
# Only salted SHA-256 hashes of their e-mail address and phone number are
# kept, so that `rapport import` skips them instead of bringing them back.
# Keep this file in git with the book; do not edit the hashes. One person
# is one line, so git can merge two clones' erasures (merge=union).
";

/// The line that opens the list, and the one that closes it.
const OPEN: &str = "suppressed = [";
const CLOSE: &str = "]";

/// Which of a candidate's details matched a suppressed person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    Email,
    Phone,
}

impl Match {
    /// Returns the word messages use (`e-mail`, `phone`).
    pub fn as_str(self) -> &'static str {
        match self {
            Match::Email => "e-mail",
            Match::Phone => "phone",
        }
    }
}

/// One erased person: the salt and the hashes made with it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entry {
    date: Option<toml_edit::Datetime>,
    salt: String,
    email: Option<String>,
    phone: Option<String>,
}

impl Entry {
    /// Returns the entry as its one line of the list, with the comma.
    fn line(&self) -> String {
        let mut t = InlineTable::new();
        if let Some(d) = self.date {
            t.insert("date", Value::from(d));
        }
        t.insert("salt", Value::from(self.salt.as_str()));
        if let Some(e) = &self.email {
            t.insert("email", Value::from(e.as_str()));
        }
        if let Some(p) = &self.phone {
            t.insert("phone", Value::from(p.as_str()));
        }
        t.fmt();
        format!("    {t},")
    }

    /// Reads an entry from a table of either form.
    fn from_table<'a>(get: impl Fn(&str) -> Option<&'a Value>) -> Option<Entry> {
        let text = |key: &str| get(key).and_then(Value::as_str).map(str::to_string);
        Some(Entry {
            date: get("date").and_then(Value::as_datetime).copied(),
            salt: text("salt")?,
            email: text("email"),
            phone: text("phone"),
        })
    }
}

/// What was read of the file.
struct File {
    /// The text as it is on disk.
    text: String,
    entries: Vec<Entry>,
    /// Whether the text is in the one-line form, so a new entry can be
    /// inserted before its closing line, keeping everything else.
    one_line_form: bool,
    /// A file read line by line after a union merge of the older form.
    repaired: Option<Diagnostic>,
}

/// The suppression list of a book, loaded once for many checks.
#[derive(Debug, Default)]
pub struct Suppressed {
    salts: Vec<String>,
    hashes: HashSet<String>,
    entries: usize,
}

impl Suppressed {
    /// Reads the book's suppressed.toml; a book without one suppresses
    /// nobody. A file that cannot be read is an error naming its line.
    pub fn load(book: &Book) -> Result<Suppressed> {
        Ok(match read(book)? {
            Some(file) => Suppressed::from_entries(&file.entries),
            None => Suppressed::default(),
        })
    }

    fn from_entries(entries: &[Entry]) -> Suppressed {
        let mut s = Suppressed::default();
        for entry in entries {
            s.entries += 1;
            if !s.salts.contains(&entry.salt) {
                s.salts.push(entry.salt.clone());
            }
            s.hashes
                .extend(entry.email.iter().chain(&entry.phone).cloned());
        }
        s
    }

    /// Returns the number of people suppressed.
    pub fn len(&self) -> usize {
        self.entries
    }

    /// Returns true when nobody is suppressed.
    pub fn is_empty(&self) -> bool {
        self.entries == 0
    }

    /// Returns which detail of a candidate (an imported row, a new
    /// customer) matches a suppressed person, if any. E-mail addresses are
    /// compared without case, phone numbers by their digits without the
    /// `+`/`00` prefix.
    pub fn check(&self, email: Option<&str>, phone: Option<&str>) -> Option<Match> {
        let email = email.and_then(email_key);
        let phone = phone.and_then(phone_key);
        for salt in &self.salts {
            if let Some(e) = &email
                && self.hashes.contains(&hash(salt, "email", e))
            {
                return Some(Match::Email);
            }
            if let Some(p) = &phone
                && self.hashes.contains(&hash(salt, "phone", p))
            {
                return Some(Match::Phone);
            }
        }
        None
    }
}

/// Returns true when the e-mail address or the phone number belongs to a
/// person erased from `book`. For one check; to check many rows, load
/// [`Suppressed`] once and call [`Suppressed::check`].
pub fn is_suppressed(book: &Book, email: Option<&str>, phone: Option<&str>) -> Result<bool> {
    Ok(Suppressed::load(book)?.check(email, phone).is_some())
}

/// Refuses an e-mail address or phone number of a person erased from
/// `book`: `set` and `add` must not bring back what `forget` erased, as an
/// import cannot.
pub fn refuse_erased(book: &Book, email: Option<&str>, phone: Option<&str>) -> Result<()> {
    if email.is_none() && phone.is_none() {
        return Ok(());
    }
    match Suppressed::load(book)?.check(email, phone) {
        None => Ok(()),
        Some(m) => Err(Error::data(crate::msg!(match m {
            Match::Email => "suppressed.erased-email",
            Match::Phone => "suppressed.erased-phone",
        }))
        .with_hint(crate::msg!("suppressed.erased-hint", file = FILE_NAME))),
    }
}

/// Returns the problems of the book's suppressed.toml for `rapport check`:
/// an error that stops imports, or the warning that a merged file of the
/// older form was read entry by entry.
pub fn problems(book: &Book) -> Vec<Diagnostic> {
    match read(book) {
        Ok(Some(File {
            repaired: Some(d), ..
        })) => vec![d],
        Ok(_) => Vec::new(),
        Err(Error::Diagnostics(d)) => d,
        Err(e) => {
            let message = e.to_string();
            let message = message
                .strip_prefix(&format!("{FILE_NAME}: "))
                .unwrap_or(&message);
            vec![Diagnostic::file(
                Severity::Error,
                Path::new(FILE_NAME),
                message,
            )]
        }
    }
}

/// The new text of suppressed.toml with a person added, for a caller that
/// writes it (with the other files of an erasure, all or nothing); the
/// caller holds the book's lock. None when there is nothing to add: neither
/// detail is usable, or the person is already suppressed.
pub fn with_added(
    book: &Book,
    email: Option<&str>,
    phone: Option<&str>,
    today: NaiveDate,
) -> Result<Option<(PathBuf, String)>> {
    let email = email.and_then(email_key);
    let phone = phone.and_then(phone_key);
    if email.is_none() && phone.is_none() {
        return Ok(None);
    }
    let file = read(book)?;
    let entries = file.as_ref().map_or(&[][..], |f| &f.entries[..]);
    let current = Suppressed::from_entries(entries);
    if current.check(email.as_deref(), phone.as_deref()).is_some() {
        return Ok(None);
    }
    let salt = match current.salts.last() {
        Some(s) => s.clone(),
        None => new_salt()?,
    };
    let date = When::Date(today).to_toml();
    let entry = Entry {
        date: Some(date),
        email: email.map(|e| hash(&salt, "email", &e)),
        phone: phone.map(|p| hash(&salt, "phone", &p)),
        salt,
    };
    let text = match &file {
        Some(f) if f.one_line_form => insert_line(&f.text, &entry.line()),
        _ => render(entries.iter().chain([&entry])),
    };
    Ok(Some((book.root().join(FILE_NAME), text)))
}

/// Returns the whole file in the one-line form.
fn render<'a>(entries: impl Iterator<Item = &'a Entry>) -> String {
    let mut text = format!("{HEADER}{OPEN}\n");
    for e in entries {
        text.push_str(&e.line());
        text.push('\n');
    }
    text.push_str(CLOSE);
    text.push('\n');
    text
}

/// Inserts `line` before the list's closing line (the last line that is
/// only `]`), keeping every other byte; `text` is in the one-line form.
fn insert_line(text: &str, line: &str) -> String {
    let mut at = text.len();
    let mut offset = 0;
    for l in text.split_inclusive('\n') {
        if l.trim() == CLOSE {
            at = offset;
        }
        offset += l.len();
    }
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    format!("{}{line}{newline}{}", &text[..at], &text[at..])
}

/// Reads and parses the file; None when the book has none.
fn read(book: &Book) -> Result<Option<File>> {
    let path = book.root().join(FILE_NAME);
    if fs::symlink_metadata(&path).is_ok() {
        super::inside::check_readable(book.root(), &path, Path::new(FILE_NAME))?;
    }
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(&path, e)),
    };
    let relative = Path::new(FILE_NAME);
    let text = super::load::decode(&bytes, relative).map_err(|d| Error::Diagnostics(vec![*d]))?;
    parse(text).map(Some)
}

/// Parses the text of suppressed.toml, of either form.
fn parse(text: String) -> Result<File> {
    let relative = Path::new(FILE_NAME);
    let doc = match text.parse::<DocumentMut>() {
        Ok(doc) => doc,
        Err(e) => {
            if let Some(file) = read_merged(&text) {
                return Ok(file);
            }
            let (span, message) = match crate::model::conflict::first_marker(&text) {
                Some(span) => (span, crate::model::conflict::message()),
                None => (
                    e.span().unwrap_or(0..0),
                    crate::msg!("model.invalid-toml", message = e.message().trim()),
                ),
            };
            return Err(Error::Diagnostics(vec![Diagnostic::at(
                Severity::Error,
                relative,
                &text,
                span,
                message,
            )]));
        }
    };
    let shape = || Error::data(format!("{FILE_NAME}: {}", crate::msg!("suppressed.shape")));
    let (entries, one_line_form) = match doc.get("suppressed") {
        None => (Vec::new(), false),
        Some(Item::ArrayOfTables(tables)) => (
            tables
                .iter()
                .map(|t| Entry::from_table(|k| t.get(k).and_then(Item::as_value)))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(shape)?,
            false,
        ),
        Some(Item::Value(Value::Array(list))) => (
            list.iter()
                .map(|v| {
                    let t = v.as_inline_table()?;
                    Entry::from_table(|k| t.get(k))
                })
                .collect::<Option<Vec<_>>>()
                .ok_or_else(shape)?,
            text.lines().any(|l| l.trim() == CLOSE),
        ),
        Some(_) => return Err(shape()),
    };
    Ok(File {
        text,
        entries,
        one_line_form,
        repaired: None,
    })
}

/// Reads a file of the older `[[suppressed]]` form that a union merge made
/// invalid (two `email` keys in one table): line by line, each hash with
/// the salt written above it. None unless every line is one such a file
/// holds.
fn read_merged(text: &str) -> Option<File> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut salt: Option<String> = None;
    let mut date = None;
    // The first key written twice in one table: where the merge shows.
    let mut first_problem = None;
    let mut seen: HashSet<String> = HashSet::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "[[suppressed]]" {
            salt = None;
            date = None;
            seen.clear();
            continue;
        }
        let doc = line.parse::<DocumentMut>().ok()?;
        let (key, item) = doc.iter().next()?;
        let value = item.as_value()?;
        if !seen.insert(key.to_string()) {
            first_problem.get_or_insert(number);
        }
        match key {
            "date" => date = value.as_datetime().copied(),
            "salt" => salt = Some(value.as_str()?.to_string()),
            "email" | "phone" => {
                let hash = value.as_str()?.to_string();
                let salt = salt.clone()?;
                let mut entry = Entry {
                    date,
                    salt,
                    ..Entry::default()
                };
                if key == "email" {
                    entry.email = Some(hash);
                } else {
                    entry.phone = Some(hash);
                }
                entries.push(entry);
            }
            _ => return None,
        }
    }
    let at = first_problem?;
    let offset: usize = text.lines().take(at).map(|l| l.len() + 1).sum();
    let repaired = Diagnostic::at(
        Severity::Warning,
        Path::new(FILE_NAME),
        text,
        offset..offset,
        crate::msg!("suppressed.merged"),
    )
    .with_hint(crate::msg!("suppressed.merged-hint"));
    Some(File {
        text: text.to_string(),
        entries,
        one_line_form: false,
        repaired: Some(repaired),
    })
}

/// Returns `sha256:` and the hex digest of the salted detail.
fn hash(salt: &str, kind: &str, key: &str) -> String {
    let digest = Sha256::digest(format!("{salt}:{kind}:{key}").as_bytes());
    format!("sha256:{}", hex(&digest))
}

/// Returns 16 random bytes in hex, from the operating system.
fn new_salt() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::data(crate::msg!("suppressed.random", problem = e.to_string())))?;
    Ok(hex(&bytes))
}

/// Returns bytes as lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_salted_and_kind_specific() {
        let a = hash("s1", "email", "a@x.lv");
        assert_eq!(a.len(), "sha256:".len() + 64);
        assert_ne!(a, hash("s2", "email", "a@x.lv"));
        assert_ne!(a, hash("s1", "phone", "a@x.lv"));
        // sha256("s1:email:a@x.lv"), computed with `printf %s s1:email:a@x.lv | sha256sum`.
        assert_eq!(
            a,
            "sha256:be52abc03edbe7689175266208b5c44ada5f5fef3b5b3fa329d4110ddc7d4ffc"
        );
    }

    #[test]
    fn a_loaded_list_matches_other_spellings_of_the_same_details() {
        let salt = "abc";
        let text = format!(
            "[[suppressed]]\nsalt = \"{salt}\"\nemail = \"{}\"\nphone = \"{}\"\n",
            hash(salt, "email", "eriks@example.lv"),
            hash(salt, "phone", "37126123456")
        );
        let s = Suppressed::from_entries(&parse(text).unwrap().entries);
        assert_eq!(s.len(), 1);
        assert_eq!(s.check(Some(" Eriks@Example.LV"), None), Some(Match::Email));
        assert_eq!(s.check(None, Some("0037126123456")), Some(Match::Phone));
        assert_eq!(
            s.check(Some("other@example.lv"), Some("+371 2000 0000")),
            None
        );
    }
}
