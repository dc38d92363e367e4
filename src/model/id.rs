//! Customer ids: the file stem of a customer file, so the one thing that
//! must never let a path escape the book.

use std::fmt;

use super::translit;

/// The longest id, in bytes (ids are ASCII).
pub const MAX_LEN: usize = 64;

/// Names Windows reserves for devices; a file `con.toml` cannot be checked
/// out there, so no id may be one of them.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A valid customer id: `[a-z0-9][a-z0-9-]*`, at most 64 bytes, not a
/// reserved device name. Holding an `Id` proves it is safe as a file name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(String);

/// Checks that `text` is a valid id.
fn check(text: &str) -> Result<(), IdError> {
    if text.is_empty() {
        return Err(IdError::Empty);
    }
    let bytes = text.as_bytes();
    let valid_first = bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit();
    let valid_rest = bytes
        .iter()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-');
    if !valid_first || !valid_rest {
        return Err(IdError::Invalid(text.to_string()));
    }
    if text.len() > MAX_LEN {
        return Err(IdError::TooLong(text.to_string()));
    }
    if RESERVED.contains(&text) {
        return Err(IdError::Reserved(text.to_string()));
    }
    Ok(())
}

/// Why a text is not a valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("{}", crate::msg!("model.id-empty"))]
    Empty,
    #[error("{}", crate::msg!("model.id-too-long", id = .0.as_str(), max = MAX_LEN))]
    TooLong(String),
    #[error("{}", crate::msg!("model.id-invalid", id = .0.as_str()))]
    Invalid(String),
    #[error("{}", crate::msg!("model.id-reserved", id = .0.as_str()))]
    Reserved(String),
}

impl Id {
    /// Parses `text` as an id, refusing anything that is not a plain slug.
    pub fn parse(text: &str) -> Result<Id, IdError> {
        check(text)?;
        Ok(Id(text.to_string()))
    }

    /// Parses `text` as [`Id::parse`] does, in the buffer of `spare` when
    /// given one: a bulk read parses an id per file without allocating.
    pub fn parse_reusing(text: &str, spare: Option<Id>) -> Result<Id, IdError> {
        check(text)?;
        Ok(match spare {
            Some(Id(mut s)) => {
                s.clear();
                s.push_str(text);
                Id(s)
            }
            None => Id(text.to_string()),
        })
    }

    /// Returns the id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Returns the id made from `name` by transliteration (`Ēriks Ozoliņš` →
    /// `eriks-ozolins`), the first of `stem`, `stem-2`, `stem-3` … for which
    /// `taken` is false.
    pub fn from_name(name: &str, taken: impl Fn(&str) -> bool) -> Id {
        let stem = slug(name);
        let free = |candidate: &str| !taken(candidate) && Id::parse(candidate).is_ok();
        if free(&stem) {
            return Id(stem);
        }
        for n in 2u64.. {
            let suffix = format!("-{n}");
            let mut base = stem.clone();
            base.truncate(MAX_LEN - suffix.len());
            let candidate = format!("{}{suffix}", base.trim_end_matches('-'));
            if free(&candidate) {
                return Id(candidate);
            }
        }
        unreachable!("the ids stem-2, stem-3 … cannot all be taken")
    }
}

/// Returns the slug of `name`: transliterated, lowercased, every run of other
/// characters a single `-`, at most 64 bytes; `customer` when nothing is left.
pub fn slug(name: &str) -> String {
    let s = bare_slug(name);
    if s.is_empty() {
        "customer".to_string()
    } else {
        s
    }
}

/// Returns the slug of `name` as [`slug`] makes it, empty when nothing is
/// left (a title of punctuation only).
pub fn bare_slug(name: &str) -> String {
    let ascii = translit::to_ascii(name);
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(MAX_LEN);
    out.trim_end_matches('-').to_string()
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_ids_from_names_in_any_script() {
        let none = |_: &str| false;
        assert_eq!(
            Id::from_name("Ēriks Ozoliņš", none).as_str(),
            "eriks-ozolins"
        );
        assert_eq!(
            Id::from_name("Јована Петровић", none).as_str(),
            "jovana-petrovic"
        );
        assert_eq!(Id::from_name("Jiří Dvořák", none).as_str(), "jiri-dvorak");
        assert_eq!(
            Id::from_name("  SIA \"Koks\" & Co. ", none).as_str(),
            "sia-koks-co"
        );
        assert_eq!(Id::from_name("!!!", none).as_str(), "customer");
    }

    #[test]
    fn numbers_collisions_and_avoids_reserved_names() {
        let taken = |s: &str| s == "eriks-ozolins" || s == "eriks-ozolins-2";
        assert_eq!(
            Id::from_name("Ēriks Ozoliņš", taken).as_str(),
            "eriks-ozolins-3"
        );
        assert_eq!(Id::from_name("Con", |_| false).as_str(), "con-2");
        let long = "a".repeat(100);
        let stem = "a".repeat(MAX_LEN);
        let id = Id::from_name(&long, |s| s == stem);
        assert_eq!(id.as_str(), format!("{}-2", &stem[..MAX_LEN - 2]));
    }

    #[test]
    fn refuses_ids_that_could_escape_the_book() {
        for bad in [
            "", "../x", "/x", "con", "LPT1", "a/b", "a.b", "-a", "Ab", "a b", "ä",
        ] {
            assert!(Id::parse(bad).is_err(), "{bad:?} must be refused");
        }
        assert!(Id::parse(&"a".repeat(65)).is_err());
        assert!(Id::parse(&"a".repeat(64)).is_ok());
        assert!(Id::parse("7-eleven").is_ok());
    }
}
