//! Reading every customer of a book, in parallel, skipping what cannot be
//! read with one warning per file.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use super::Book;
use crate::diag::{Diagnostic, Severity};
use crate::error::{IoContext, Result};
use crate::model::fast::{self, Parts};
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
        match classify(book, &entry, &entry.file_name())? {
            Some(Ok(id)) => files.push((id, entry.path())),
            Some(Err(w)) => warnings.push(w),
            None => {}
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok((files, warnings))
}

/// Decides what an entry of customers/ is: a customer file (its id), an
/// entry skipped with a warning, or None for what is not a `.toml` file.
fn classify(
    book: &Book,
    entry: &fs::DirEntry,
    name: &std::ffi::OsStr,
) -> Result<Option<Result<Id, Diagnostic>>> {
    let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(".toml")) else {
        return Ok(None);
    };
    let file_type = entry.file_type().at(&entry.path())?;
    let skip = |why: &str| {
        let path = entry.path();
        Diagnostic::file(
            Severity::Warning,
            book.relative(&path),
            format!("skipped: {why}"),
        )
    };
    if file_type.is_symlink() {
        return Ok(Some(Err(skip(
            "a symbolic link; rapport never follows links out of the book",
        ))));
    }
    if !file_type.is_file() {
        return Ok(Some(Err(skip("not a regular file"))));
    }
    Ok(Some(match Id::parse(stem) {
        Ok(id) => Ok(id),
        Err(e) => Err(skip(&format!("the file name is not a valid id: {e}"))),
    }))
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
    let scanned = scan(book, |c| Some(c.clone()))?;
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
pub fn scan<T, F>(book: &Book, visit: F) -> Result<Scanned<T>>
where
    T: Send,
    F: Fn(&Customer) -> Option<T> + Sync,
{
    scan_parts(book, Parts::ALL, visit)
}

/// How many directory entries a reading thread takes at a time.
const CHUNK: usize = 128;

/// [`scan`], building only `parts` of each customer (every file is still
/// checked whole; see [`crate::model::fast`]).
///
/// This is the bulk read path of listings and reports, built for 100,000
/// files: the folder is listed while files are read (the listing is shared
/// by the reading threads, a chunk of entries at a time), each thread reuses
/// one buffer and one record (its strings and lists refilled file after
/// file, so reading allocates almost nothing), files are opened relative
/// to the folder, and nothing but what `visit` keeps stays in memory. Files beyond the fast reader's
/// subset are read by the full reader, which also names the problem in a
/// broken file.
pub fn scan_parts<T, F>(book: &Book, parts: Parts, visit: F) -> Result<Scanned<T>>
where
    T: Send,
    F: Fn(&Customer) -> Option<T> + Sync,
{
    let dir = book.customers_dir();
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Scanned {
                items: Vec::new(),
                warnings: Vec::new(),
                files: 0,
            });
        }
        Err(e) => return Err(crate::error::Error::io(&dir, e)),
    };
    let folder = Folder::open(&dir)?;
    let failure: Mutex<Option<crate::error::Error>> = Mutex::new(None);
    let chunks = Chunks {
        entries,
        dir: &dir,
        failure: &failure,
    };
    let work = |worker: &mut Worker, chunk: Vec<fs::DirEntry>| {
        let mut out = Vec::with_capacity(chunk.len());
        for entry in chunk {
            let name = entry.file_name();
            match classify(book, &entry, &name) {
                Ok(None) => {}
                Ok(Some(Err(w))) => out.push(Outcome::Skipped(w)),
                Ok(Some(Ok(id))) => {
                    let outcome = worker.read(&folder, &name, parts, id, |c| {
                        let kept = visit(c);
                        (kept, c.id.take())
                    });
                    out.push(outcome);
                }
                Err(e) => {
                    failure
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .get_or_insert(e);
                }
            }
        }
        out
    };
    let outcomes: Vec<Vec<Outcome<T>>> = chunks
        .par_bridge()
        .map_init(Worker::default, work)
        .collect();
    if let Some(e) = failure.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    let mut kept = Vec::new();
    let mut warnings = Vec::new();
    let mut files = 0;
    for outcome in outcomes.into_iter().flatten() {
        match outcome {
            Outcome::Kept(id, item) => {
                files += 1;
                kept.push((id, item));
            }
            Outcome::Read => files += 1,
            Outcome::Broken(d) => {
                files += 1;
                warnings.push(d);
            }
            Outcome::Skipped(d) => warnings.push(d),
        }
    }
    kept.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    warnings.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Scanned {
        items: kept.into_iter().map(|(_, item)| item).collect(),
        warnings,
        files,
    })
}

/// What became of one entry of customers/.
enum Outcome<T> {
    Kept(Id, T),
    Read,
    Broken(Diagnostic),
    Skipped(Diagnostic),
}

/// The entries of customers/, a chunk at a time; a listing error is kept
/// in `failure` and ends the listing.
struct Chunks<'a> {
    entries: fs::ReadDir,
    dir: &'a Path,
    failure: &'a Mutex<Option<crate::error::Error>>,
}

impl Iterator for Chunks<'_> {
    type Item = Vec<fs::DirEntry>;

    fn next(&mut self) -> Option<Vec<fs::DirEntry>> {
        let mut chunk = Vec::with_capacity(CHUNK);
        for entry in self.entries.by_ref() {
            match entry {
                Ok(e) => {
                    chunk.push(e);
                    if chunk.len() == CHUNK {
                        break;
                    }
                }
                Err(e) => {
                    let mut failure = self.failure.lock().unwrap_or_else(|p| p.into_inner());
                    failure.get_or_insert(crate::error::Error::io(self.dir, e));
                    break;
                }
            }
        }
        (!chunk.is_empty()).then_some(chunk)
    }
}

/// The customers/ folder, opened once so files are opened relative to it
/// (no walk of the whole path for each of 100,000 files).
struct Folder {
    #[cfg(unix)]
    fd: std::os::fd::OwnedFd,
    #[cfg(not(unix))]
    path: std::path::PathBuf,
}

impl Folder {
    fn open(dir: &Path) -> Result<Folder> {
        #[cfg(unix)]
        {
            use rustix::fs::{Mode, OFlags};
            let fd = rustix::fs::open(
                dir,
                OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
                Mode::empty(),
            )
            .map_err(|e| crate::error::Error::io(dir, e.into()))?;
            Ok(Folder { fd })
        }
        #[cfg(not(unix))]
        {
            Ok(Folder {
                path: dir.to_path_buf(),
            })
        }
    }

    /// Opens the file `name` in the folder, never following a symlink.
    fn file(&self, name: &std::ffi::OsStr) -> std::io::Result<fs::File> {
        #[cfg(unix)]
        {
            use rustix::fs::{Mode, OFlags};
            let fd = rustix::fs::openat(
                &self.fd,
                name,
                OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NOFOLLOW,
                Mode::empty(),
            )?;
            Ok(fs::File::from(fd))
        }
        #[cfg(not(unix))]
        {
            fs::File::open(self.path.join(name))
        }
    }
}

/// Reads the whole of `file` into `buffer` (grown as needed, never
/// shrunk) and returns its length.
///
/// A read of a regular file returns fewer bytes than asked for only at the
/// end of the file (the kernel fills the request from the page cache), so
/// a short read ends the file without a further read returning 0: one
/// system call saved per file, a tenth of the time of a 100,000-file
/// listing. Customer files are regular files (links and others are
/// skipped) and are replaced whole by rename, never written in place.
fn read_file(mut file: fs::File, buffer: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut filled = 0;
    loop {
        if filled == buffer.len() {
            buffer.resize((buffer.len() * 2).max(16 * 1024), 0);
        }
        let asked = buffer.len() - filled;
        match file.read(&mut buffer[filled..]) {
            Ok(0) => return Ok(filled),
            Ok(n) if n < asked => return Ok(filled + n),
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// What one reading thread keeps from file to file: the read buffer and
/// the reused record.
#[derive(Default)]
struct Worker {
    buffer: Vec<u8>,
    record: fast::Reusable,
}

impl Worker {
    /// Reads the file `name` as the customer `id` and hands it to `visit`,
    /// which returns what it keeps and the id back.
    fn read<T>(
        &mut self,
        folder: &Folder,
        name: &std::ffi::OsStr,
        parts: Parts,
        id: Id,
        visit: impl FnOnce(&mut Customer) -> (Option<T>, Option<Id>),
    ) -> Outcome<T> {
        let relative = || Path::new(super::CUSTOMERS_DIR).join(name);
        let len = match folder
            .file(name)
            .and_then(|f| read_file(f, &mut self.buffer))
        {
            Ok(len) => len,
            Err(e) => {
                return Outcome::Broken(Diagnostic::file(
                    Severity::Warning,
                    &relative(),
                    format!("skipped: {e}"),
                ));
            }
        };
        let bytes = &self.buffer[..len];
        let Ok(text) = std::str::from_utf8(bytes) else {
            let d = decode(bytes, &relative()).unwrap_err();
            return Outcome::Broken(*d);
        };
        let mut fallback;
        let customer = match self.record.read(text, parts) {
            Some(c) => c,
            None => {
                let relative = relative();
                let parsed = parse_customer(text, &relative, None);
                match parsed.customer {
                    Some(c) => {
                        fallback = c;
                        &mut fallback
                    }
                    None => {
                        return Outcome::Broken(parsed.first_error().cloned().unwrap_or_else(
                            || Diagnostic::file(Severity::Error, &relative, "unreadable"),
                        ));
                    }
                }
            }
        };
        customer.id = Some(id);
        match visit(customer) {
            (Some(item), Some(id)) => Outcome::Kept(id, item),
            _ => Outcome::Read,
        }
    }
}
