//! `suppressed.toml`: the people erased with `rapport forget`, kept only as
//! salted SHA-256 hashes of their e-mail address and phone number, so that a
//! later import can skip them instead of bringing them back, without the
//! book saying who they were.
//!
//! ```toml
//! [[suppressed]]
//! date = 2026-11-23
//! salt = "5d0c…"             # random, made on first use, then reused
//! email = "sha256:8f1e…"     # of the address trimmed and lowercased
//! phone = "sha256:03aa…"     # of the digits without the + or 00 prefix
//! ```
//!
//! Each entry carries its salt, so two clones that each created the file
//! merge into a valid one (`rapport init` marks the file `merge=union` in
//! .gitattributes: both sides' entries are kept). Checking a candidate costs
//! one hash per distinct salt, usually one.
//!
//! What the hashes protect: a reader of the file cannot see the addresses;
//! someone who guesses an address (or tries every phone number of a
//! country) can confirm it, since the salt is in the file. That is the
//! purpose of a suppression list: recognise the person when they come
//! back, and nothing else.

use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, value};

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
# Keep this file in git with the book; do not edit the hashes.
";

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
            Some((_, doc)) => Suppressed::load_from(&doc),
            None => Suppressed::default(),
        })
    }

    /// Reads the entries of a parsed file.
    fn load_from(doc: &DocumentMut) -> Suppressed {
        let mut s = Suppressed::default();
        if let Some(entries) = doc.get("suppressed").and_then(Item::as_array_of_tables) {
            for table in entries.iter() {
                s.entries += 1;
                if let Some(salt) = table.get("salt").and_then(Item::as_str)
                    && !s.salts.iter().any(|x| x == salt)
                {
                    s.salts.push(salt.to_string());
                }
                for kind in ["email", "phone"] {
                    if let Some(h) = table.get(kind).and_then(Item::as_str) {
                        s.hashes.insert(h.to_string());
                    }
                }
            }
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

/// Adds a person to the book's suppression list (creating the file and its
/// salt on first use); the caller holds the book's lock. Returns the file's
/// path, or None when there is nothing to add: neither detail is usable, or
/// the person is already suppressed.
pub fn add(
    book: &Book,
    email: Option<&str>,
    phone: Option<&str>,
    today: NaiveDate,
) -> Result<Option<PathBuf>> {
    let email = email.and_then(email_key);
    let phone = phone.and_then(phone_key);
    if email.is_none() && phone.is_none() {
        return Ok(None);
    }
    let (text, mut doc, header) = match read(book)? {
        Some((text, doc)) => (text, doc, ""),
        None => (String::new(), DocumentMut::new(), HEADER),
    };
    let current = Suppressed::load_from(&doc);
    if current.check(email.as_deref(), phone.as_deref()).is_some() {
        return Ok(None);
    }
    let salt = match current.salts.last() {
        Some(s) => s.clone(),
        None => new_salt()?,
    };
    let mut entry = Table::new();
    entry.insert("date", value(When::Date(today).to_toml()));
    entry.insert("salt", value(salt.as_str()));
    if let Some(e) = &email {
        entry.insert("email", value(hash(&salt, "email", e)));
    }
    if let Some(p) = &phone {
        entry.insert("phone", value(hash(&salt, "phone", p)));
    }
    match doc.get_mut("suppressed") {
        Some(Item::ArrayOfTables(entries)) => entries.push(entry),
        _ => {
            let mut entries = ArrayOfTables::new();
            entries.push(entry);
            doc.insert("suppressed", Item::ArrayOfTables(entries));
        }
    }
    let path = book.root().join(FILE_NAME);
    let rendered = format!("{header}{doc}");
    if rendered != text {
        book.writer()?.write(&path, rendered.as_bytes())?;
    }
    Ok(Some(path))
}

/// Reads and parses the file; None when the book has none.
fn read(book: &Book) -> Result<Option<(String, DocumentMut)>> {
    let path = book.root().join(FILE_NAME);
    if fs::symlink_metadata(&path).is_ok() {
        super::inside::check_readable(book.root(), &path, std::path::Path::new(FILE_NAME))?;
    }
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(&path, e)),
    };
    let relative = std::path::Path::new(FILE_NAME);
    let text = super::load::decode(&bytes, relative).map_err(|d| Error::Diagnostics(vec![*d]))?;
    let doc = text.parse::<DocumentMut>().map_err(|e| {
        Error::Diagnostics(vec![Diagnostic::at(
            Severity::Error,
            relative,
            &text,
            e.span().unwrap_or(0..0),
            format!("invalid TOML: {}", e.message().trim()),
        )])
    })?;
    if let Some(item) = doc.get("suppressed")
        && !item.is_array_of_tables()
    {
        return Err(Error::data(format!(
            "{FILE_NAME}: `suppressed` must be a list of [[suppressed]] entries"
        )));
    }
    Ok(Some((text, doc)))
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
        .map_err(|e| Error::data(format!("could not get random bytes for the salt: {e}")))?;
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
        let s = Suppressed::load_from(&text.parse().unwrap());
        assert_eq!(s.len(), 1);
        assert_eq!(s.check(Some(" Eriks@Example.LV"), None), Some(Match::Email));
        assert_eq!(s.check(None, Some("0037126123456")), Some(Match::Phone));
        assert_eq!(
            s.check(Some("other@example.lv"), Some("+371 2000 0000")),
            None
        );
    }
}
