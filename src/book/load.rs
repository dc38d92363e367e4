//! Reading every customer of a book, in parallel, skipping what cannot be
//! read with one warning per file.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::Book;
use crate::diag::{Diagnostic, Severity};
use crate::error::{IoContext, Result};
use crate::model::fast;
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
        let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(".toml")) else {
            continue;
        };
        let relative = book.relative(&path).to_path_buf();
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
    let scanned = scan(book, Some)?;
    Ok(Loaded {
        customers: scanned.items,
        warnings: scanned.warnings,
    })
}

/// What [`scan`] kept: one item per customer the visitor kept, in id
/// order, and one warning per file that could not be read.
#[derive(Debug)]
pub struct Scanned<T> {
    pub items: Vec<T>,
    pub warnings: Vec<Diagnostic>,
    /// How many customer files were found (read or not).
    pub files: usize,
}

/// Reads every customer file of `book` in parallel over all cores and
/// hands each customer (its id set) to `visit`, keeping what it returns.
///
/// This is the bulk read path of listings and reports: nothing but what
/// `visit` keeps stays in memory, each thread reuses one read buffer, and
/// files are read by the fast path of [`crate::model::fast`], falling back
/// to the full reader (which locates the problem) only for files beyond it.
pub fn scan<T, F>(book: &Book, visit: F) -> Result<Scanned<T>>
where
    T: Send,
    F: Fn(Customer) -> Option<T> + Sync,
{
    let (files, mut warnings) = list_files(book)?;
    let results: Vec<Result<Option<T>, Box<Diagnostic>>> = files
        .par_iter()
        .map_init(Vec::new, |buffer, (id, path)| {
            read_one(book, id, path, buffer).map(&visit)
        })
        .collect();
    let mut items = Vec::new();
    for r in results {
        match r {
            Ok(Some(item)) => items.push(item),
            Ok(None) => {}
            Err(d) => warnings.push(*d),
        }
    }
    Ok(Scanned {
        items,
        warnings,
        files: files.len(),
    })
}

/// Reads the whole file at `path` into `buffer` (grown as needed, never
/// shrunk) and returns its length.
fn read_file(path: &Path, buffer: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut file = fs::File::open(path)?;
    let mut filled = 0;
    loop {
        if filled == buffer.len() {
            buffer.resize((buffer.len() * 2).max(16 * 1024), 0);
        }
        match file.read(&mut buffer[filled..]) {
            Ok(0) => return Ok(filled),
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// Reads one file for a listing; the error is the one-line reason it is
/// skipped.
fn read_one(
    book: &Book,
    id: &Id,
    path: &Path,
    buffer: &mut Vec<u8>,
) -> Result<Customer, Box<Diagnostic>> {
    let len = read_file(path, buffer).map_err(|e| {
        Box::new(Diagnostic::file(
            Severity::Warning,
            book.relative(path),
            format!("skipped: {e}"),
        ))
    })?;
    let bytes = &buffer[..len];
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => return Err(decode(bytes, book.relative(path)).unwrap_err()),
    };
    let customer = match fast::read_customer(text) {
        Some(c) => c,
        None => {
            let relative = book.relative(path);
            let parsed = parse_customer(text, relative, None);
            match parsed.customer {
                Some(c) => c,
                None => {
                    return Err(Box::new(parsed.first_error().cloned().unwrap_or_else(
                        || Diagnostic::file(Severity::Error, relative, "unreadable"),
                    )));
                }
            }
        }
    };
    Ok(Customer {
        id: Some(id.clone()),
        ..customer
    })
}
