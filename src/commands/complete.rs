//! Completion candidates read from the book: customer ids, saved segment
//! names, interaction kinds and lifecycle stages, for the arguments of
//! `src/cli.rs` that take one (`#[arg(add = ArgValueCompleter::new(…))]`).
//!
//! These run inside the shell's completion (`COMPLETE=bash rapport -- rapport
//! show jo`, see [`clap_complete::CompleteEnv`]), so each one writes nothing,
//! prints nothing and offers nothing when it cannot read the book. The book is
//! found as every command finds it: `--book DIR` among the words typed, else
//! `$RAPPORT_BOOK`, else the nearest parent of the current folder holding
//! rapport.toml. Customer ids come from the names in `customers/`; no customer
//! file is read.

use std::ffi::{OsStr, OsString};
use std::fs;
use std::path::{Path, PathBuf};

use clap_complete::engine::CompletionCandidate;

use crate::book::settings::{FILE_NAME, Settings};
use crate::book::{Book, CUSTOMERS_DIR};
use crate::model::fields::{self, COMPANY, CUSTOM_PREFIX, KIND, Rule, STAGE, Slot};

/// Customer ids starting with the word typed, less those already on the
/// line (`rapport rm ana j<Tab>` offers no `ana`).
pub fn customer_id(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str() else {
        return Vec::new();
    };
    let Some(root) = book_root() else {
        return Vec::new();
    };
    let typed = typed_words();
    ids(&root, prefix)
        .into_iter()
        .filter(|id| id == prefix || !typed.iter().any(|w| w == id.as_str()))
        .map(CompletionCandidate::new)
        .collect()
}

/// Saved segment names (rapport.toml `[segments]`), each with its
/// expression as help.
pub fn segment_name(current: &OsStr) -> Vec<CompletionCandidate> {
    let (Some(prefix), Some(settings)) = (current.to_str(), settings()) else {
        return Vec::new();
    };
    settings
        .segments
        .iter()
        .filter(|(name, _)| name.starts_with(prefix))
        .map(|(name, segment)| {
            CompletionCandidate::new(name).help(Some(segment.expression.clone().into()))
        })
        .collect()
}

/// The interaction kinds a user may log: the book's `interaction_kinds`, or
/// the built-in ones when rapport.toml does not name them.
pub fn interaction_kind(current: &OsStr) -> Vec<CompletionCandidate> {
    words(current, |s| s.schema.interaction_kinds.clone())
}

/// The lifecycle stages, in the book's order.
pub fn stage(current: &OsStr) -> Vec<CompletionCandidate> {
    words(current, |s| s.schema.stages.clone())
}

/// What a customer is: `person` or `company`.
pub fn customer_kind(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str() else {
        return Vec::new();
    };
    KINDS
        .iter()
        .filter(|k| k.starts_with(prefix))
        .map(|k| CompletionCandidate::new(*k))
        .collect()
}

/// The values `customer_kind` offers.
const KINDS: [&str; 2] = ["person", "company"];

/// An argument of `rapport set`: an id, a `KEY=` to assign, or after
/// `stage=`, `company=` and `kind=` their values.
pub fn id_or_assignment(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(typed) = current.to_str() else {
        return Vec::new();
    };
    let Some(root) = book_root() else {
        return Vec::new();
    };
    // bash breaks words at `=`: `stage=cu` arrives as `stage`, `=`, `cu`,
    // and the value is completed alone.
    if let Some(key) = key_before_bash_equals(typed) {
        return values_of(&root, &key, typed)
            .into_iter()
            .map(CompletionCandidate::new)
            .collect();
    }
    if let Some((left, value)) = typed.split_once('=') {
        let key = left.trim_end_matches(['+', '-']);
        return values_of(&root, key, value)
            .into_iter()
            .map(|v| CompletionCandidate::new(format!("{left}={v}")))
            .collect();
    }
    let mut out: Vec<CompletionCandidate> = ids(&root, typed)
        .into_iter()
        .map(CompletionCandidate::new)
        .collect();
    let settings = read_settings(&root);
    let custom = settings.iter().flat_map(|s| {
        s.schema
            .fields
            .keys()
            .map(|name| format!("{CUSTOM_PREFIX}{name}"))
    });
    out.extend(
        fields::paths()
            .map(|k| k.to_string())
            .chain(custom)
            .filter(|k| k.starts_with(typed))
            .map(|k| CompletionCandidate::new(format!("{k}=")).help(Some("assign".into()))),
    );
    out
}

/// The values offered after `KEY=` in `rapport set`.
fn values_of(root: &Path, key: &str, prefix: &str) -> Vec<String> {
    let matching = |all: Vec<String>| -> Vec<String> {
        all.into_iter().filter(|v| v.starts_with(prefix)).collect()
    };
    let Some(field) = fields::by_path(key) else {
        return Vec::new();
    };
    match (field.slot, field.rule) {
        (Slot::Text(..), Rule::Stage) => read_settings(root)
            .map(|s| matching(s.schema.stages))
            .unwrap_or_default(),
        (Slot::Text(..), Rule::Company) => ids(root, prefix),
        (Slot::Kind, _) => matching(KINDS.iter().map(|k| k.to_string()).collect()),
        _ => Vec::new(),
    }
}

/// Words from the book's settings that start with the word typed.
fn words(current: &OsStr, pick: impl Fn(&Settings) -> Vec<String>) -> Vec<CompletionCandidate> {
    let (Some(prefix), Some(settings)) = (current.to_str(), settings()) else {
        return Vec::new();
    };
    pick(&settings)
        .into_iter()
        .filter(|w| w.starts_with(prefix))
        .map(CompletionCandidate::new)
        .collect()
}

/// The ids of the customer files whose names start with `prefix`, sorted:
/// the listing of `customers/`, no file read.
fn ids(root: &Path, prefix: &str) -> Vec<String> {
    let Ok(entries) = fs::read_dir(root.join(CUSTOMERS_DIR)) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(|entry| {
            let name = entry.ok()?.file_name();
            let id = name.to_str()?.strip_suffix(".toml")?;
            (id.starts_with(prefix) && !id.is_empty() && !id.starts_with('.'))
                .then(|| id.to_string())
        })
        .collect();
    out.sort();
    out
}

/// The book's settings, or None when there is no readable book.
fn settings() -> Option<Settings> {
    read_settings(&book_root()?)
}

/// Reads rapport.toml leniently (defaults stand in for broken values).
fn read_settings(root: &Path) -> Option<Settings> {
    Book::open_lenient(root).ok().map(|(book, _)| book.settings)
}

/// The words typed on the command line being completed: what follows the
/// first `--` of `COMPLETE=SHELL rapport -- rapport …`.
fn typed_words() -> Vec<OsString> {
    std::env::args_os()
        .skip_while(|a| a != "--")
        .skip(1)
        .collect()
}

/// The book's root folder, found as `Context::book` finds it, without
/// opening it.
fn book_root() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    if let Some(dir) = book_flag(&typed_words()) {
        return Some(cwd.join(dir));
    }
    if let Some(dir) = std::env::var_os("RAPPORT_BOOK").filter(|d| !d.is_empty()) {
        return Some(cwd.join(dir));
    }
    cwd.ancestors()
        .find(|dir| fs::symlink_metadata(dir.join(FILE_NAME)).is_ok())
        .map(Path::to_path_buf)
}

/// The value of the last `--book DIR` or `--book=DIR` among `words`, with a
/// leading `~/` (not expanded by the shell while completing) made $HOME.
fn book_flag(words: &[OsString]) -> Option<PathBuf> {
    let mut found = None;
    let mut iter = words.iter();
    while let Some(word) = iter.next() {
        let text = word.to_string_lossy();
        if text == "--" {
            break;
        }
        if text == "--book" {
            found = iter.next().cloned();
        } else if let Some(dir) = text.strip_prefix("--book=") {
            found = Some(OsString::from(dir));
        }
    }
    let dir = PathBuf::from(found?);
    match (dir.strip_prefix("~"), std::env::var_os("HOME")) {
        (Ok(rest), Some(home)) => Some(PathBuf::from(home).join(rest)),
        _ => Some(dir),
    }
}

/// With bash, which splits `stage=cu` into `stage`, `=`, `cu`: the key
/// before the `=` that precedes the word being completed. Right after the
/// `=` (`stage=<Tab>`), bash passes `stage` and an empty word instead.
fn key_before_bash_equals(typed: &str) -> Option<String> {
    let index: usize = std::env::var("_CLAP_COMPLETE_INDEX").ok()?.parse().ok()?;
    let words = typed_words();
    let before = words.get(index.checked_sub(1)?)?.to_str()?;
    if before == "=" {
        let key = words.get(index.checked_sub(2)?)?.to_str()?;
        return Some(key.trim_end_matches(['+', '-']).to_string());
    }
    // Only bash's script passes the completion type.
    let bash = std::env::var_os("_CLAP_COMPLETE_COMP_TYPE").is_some();
    let key = before.trim_end_matches(['+', '-']);
    (bash && typed.is_empty() && VALUE_KEYS.contains(&key)).then(|| key.to_string())
}

/// The keys of `rapport set` whose values are completed.
const VALUE_KEYS: [&str; 3] = [STAGE.path, COMPANY.path, KIND.path];

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn book_flag_takes_either_spelling_and_the_last() {
        assert_eq!(book_flag(&words(&["rapport", "show", "jo"])), None);
        assert_eq!(
            book_flag(&words(&[
                "rapport", "--book", "a", "show", "--book=b", "jo"
            ])),
            Some(PathBuf::from("b"))
        );
        assert_eq!(
            book_flag(&words(&["rapport", "--book", "crm", "show"])),
            Some(PathBuf::from("crm"))
        );
        assert_eq!(
            book_flag(&words(&["rapport", "--", "--book", "x"])),
            None,
            "after `--` a word is a value"
        );
    }

    #[test]
    fn ids_are_the_file_names_that_match() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join(CUSTOMERS_DIR)).unwrap();
        for name in [
            "jovan.toml",
            "jovana.toml",
            "ana.toml",
            ".hidden.toml",
            "x.txt",
        ] {
            fs::write(dir.path().join(CUSTOMERS_DIR).join(name), "").unwrap();
        }
        assert_eq!(ids(dir.path(), "jov"), ["jovan", "jovana"]);
        assert_eq!(ids(dir.path(), ""), ["ana", "jovan", "jovana"]);
        assert!(ids(&dir.path().join("nowhere"), "").is_empty());
    }
}
