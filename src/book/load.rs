//! Reading every customer of a book, in parallel, skipping what cannot be
//! read with one warning per file.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::Book;
use crate::diag::{Diagnostic, Severity};
use crate::error::{IoContext, Result};
use crate::model::parse::parse_customer;
use crate::model::{Customer, Id};

/// Every customer that could be read, and a warning for each file that
/// could not.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Sorted by id.
    pub customers: Vec<Customer>,
    pub warnings: Vec<Diagnostic>,
}

/// A customer file found in customers/: its id and its path.
pub type CustomerPath = (Id, PathBuf);

/// Lists the customer files of `book` as (id, path), sorted by id, with a
/// warning for each entry of customers/ that is skipped: a symlink (it
/// could lead out of the book), a folder, or a name that is not a valid id.
pub fn list_files(book: &Book) -> Result<(Vec<CustomerPath>, Vec<Diagnostic>)> {
    let dir = book.customers_dir();
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((files, warnings)),
        Err(e) => return Err(crate::error::Error::io(&dir, e)),
    };
    for entry in entries {
        let entry = entry.at(&dir)?;
        let path = entry.path();
        let name = entry.file_name();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let relative = book.relative(&path).to_path_buf();
        let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(".toml")) else {
            warnings.push(Diagnostic::file(
                Severity::Warning,
                &relative,
                "skipped: the file name is not valid UTF-8, so it cannot be an id",
            ));
            continue;
        };
        let file_type = entry.file_type().at(&path)?;
        let skip =
            |why: &str| Diagnostic::file(Severity::Warning, &relative, format!("skipped: {why}"));
        if file_type.is_symlink() {
            warnings.push(skip(
                "a symbolic link; rapport never follows links out of the book",
            ));
            continue;
        }
        if !file_type.is_file() {
            warnings.push(skip("not a regular file"));
            continue;
        }
        match Id::parse(stem) {
            Ok(id) => files.push((id, path)),
            Err(e) => warnings.push(skip(&format!("the file name is not a valid id: {e}"))),
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok((files, warnings))
}

/// Decodes a customer file's bytes; invalid UTF-8 is located by line and
/// column.
pub fn decode(bytes: &[u8], path: &Path) -> Result<String, Box<Diagnostic>> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let text = String::from_utf8_lossy(bytes);
            let offset = String::from_utf8_lossy(valid).len();
            Err(Box::new(
                Diagnostic::at(
                    Severity::Error,
                    path,
                    &text,
                    offset..offset + 1,
                    "the file is not valid UTF-8",
                )
                .with_hint("save the file as UTF-8"),
            ))
        }
    }
}

/// Reads and parses every customer file of `book` in parallel.
pub fn load_all(book: &Book) -> Result<Loaded> {
    let (files, mut warnings) = list_files(book)?;
    let results: Vec<Result<Customer, Box<Diagnostic>>> = files
        .par_iter()
        .map(|(id, path)| read_one(book, id, path))
        .collect();
    let mut customers = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(c) => customers.push(c),
            Err(d) => warnings.push(*d),
        }
    }
    Ok(Loaded {
        customers,
        warnings,
    })
}

/// Reads one file for a listing; the error is the one-line reason it is
/// skipped.
fn read_one(book: &Book, id: &Id, path: &Path) -> Result<Customer, Box<Diagnostic>> {
    let relative = book.relative(path);
    let bytes = fs::read(path)
        .map_err(|e| Diagnostic::file(Severity::Warning, relative, format!("skipped: {e}")))
        .map_err(Box::new)?;
    let text = decode(&bytes, relative)?;
    let parsed = parse_customer(&text, relative, None);
    match parsed.customer {
        Some(mut c) => {
            c.id = Some(id.clone());
            Ok(c)
        }
        None => Err(Box::new(parsed.first_error().cloned().unwrap_or_else(
            || Diagnostic::file(Severity::Error, relative, "unreadable"),
        ))),
    }
}
