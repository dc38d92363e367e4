//! Reading every customer of a book, in parallel, skipping what cannot be
//! read with one warning per file.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use super::Book;
use crate::diag::{Diagnostic, Severity};
use crate::error::Result;
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
    let Some(folder) = Folder::open(&dir)? else {
        return Ok((files, warnings));
    };
    let failure = Mutex::new(None);
    let mut buffer = listing_buffer();
    for chunk in folder.entries(&mut buffer, &failure) {
        for (name, kind) in chunk.iter() {
            match classify(&folder, name, kind) {
                Some(Ok(id)) => files.push((id, dir.join(name))),
                Some(Err(w)) => warnings.push(w),
                None => {}
            }
        }
    }
    if let Some(e) = failure.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok((files, warnings))
}

/// Decides what an entry of customers/ is: a customer file (its id), an
/// entry skipped with a warning, or None for what is not a `.toml` file.
fn classify(folder: &Folder, name: &str, kind: EntryKind) -> Option<Result<Id, Diagnostic>> {
    let stem = name.strip_suffix(".toml")?;
    let skip = |why: &str| {
        Diagnostic::file(
            Severity::Warning,
            &Path::new(super::CUSTOMERS_DIR).join(name),
            format!("skipped: {why}"),
        )
    };
    let kind = match kind {
        EntryKind::Unknown => match folder.kind_of(name) {
            Ok(kind) => kind,
            Err(e) => return Some(Err(skip(&e.to_string()))),
        },
        known => known,
    };
    Some(match kind {
        EntryKind::NotUtf8 => Err(skip(
            "the file name is not valid UTF-8, so it cannot be an id",
        )),
        EntryKind::Symlink => Err(skip(
            "a symbolic link; rapport never follows links out of the book",
        )),
        EntryKind::File => {
            Id::parse(stem).map_err(|e| skip(&format!("the file name is not a valid id: {e}")))
        }
        _ => Err(skip("not a regular file")),
    })
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
    let Some(folder) = Folder::open(&dir)? else {
        return Ok(Scanned {
            items: Vec::new(),
            warnings: Vec::new(),
            files: 0,
        });
    };
    let failure: Mutex<Option<crate::error::Error>> = Mutex::new(None);
    let mut buffer = listing_buffer();
    let work = |worker: &mut Worker, chunk: Chunk| {
        let mut out = Vec::with_capacity(chunk.entries.len());
        for (name, kind) in chunk.iter() {
            match classify(&folder, name, kind) {
                None => {}
                Some(Err(w)) => out.push(Outcome::Skipped(w)),
                Some(Ok(id)) => {
                    let outcome = worker.read(&folder, name, parts, id, |c| {
                        let kept = visit(c);
                        (kept, c.id.take())
                    });
                    out.push(outcome);
                }
            }
        }
        out
    };
    let outcomes: Vec<Vec<Outcome<T>>> = folder
        .entries(&mut buffer, &failure)
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

/// What the folder's listing says an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EntryKind {
    File,
    Symlink,
    Other,
    /// The file system does not say; ask it (`fstatat`).
    Unknown,
    /// A `.toml` name that is not UTF-8 (shown lossily): it cannot be an id.
    NotUtf8,
}

/// A chunk of the folder's entries, their names in one string (no
/// allocation per entry).
#[derive(Default)]
struct Chunk {
    names: String,
    entries: Vec<(usize, usize, EntryKind)>,
}

impl Chunk {
    fn push(&mut self, name: &str, kind: EntryKind) {
        let start = self.names.len();
        self.names.push_str(name);
        self.entries.push((start, self.names.len(), kind));
    }

    fn iter(&self) -> impl Iterator<Item = (&str, EntryKind)> {
        self.entries
            .iter()
            .map(|&(start, end, kind)| (&self.names[start..end], kind))
    }
}

/// Returns the buffer the folder is listed into.
fn listing_buffer() -> Vec<std::mem::MaybeUninit<u8>> {
    vec![std::mem::MaybeUninit::uninit(); 64 * 1024]
}

/// The entries of customers/, a chunk at a time; a listing error is kept
/// in `failure` and ends the listing. Names that are not UTF-8 cannot be
/// ids: a `.toml` one is passed on as [`EntryKind::NotUtf8`] for a warning.
struct Entries<'a> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    raw: rustix::fs::RawDir<'a, std::os::fd::BorrowedFd<'a>>,
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    entries: Option<fs::ReadDir>,
    dir: &'a Path,
    failure: &'a Mutex<Option<crate::error::Error>>,
}

impl Entries<'_> {
    fn fail(&self, e: std::io::Error) {
        let mut failure = self.failure.lock().unwrap_or_else(|p| p.into_inner());
        failure.get_or_insert(crate::error::Error::io(self.dir, e));
    }
}

impl Iterator for Entries<'_> {
    type Item = Chunk;

    #[cfg(any(target_os = "linux", target_os = "android"))]
    fn next(&mut self) -> Option<Chunk> {
        use rustix::fs::FileType;
        let mut chunk = Chunk::default();
        while chunk.entries.len() < CHUNK {
            let Some(entry) = self.raw.next() else { break };
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    self.fail(e.into());
                    break;
                }
            };
            let Ok(name) = entry.file_name().to_str() else {
                let bytes = entry.file_name().to_bytes();
                if bytes.ends_with(b".toml") {
                    chunk.push(&String::from_utf8_lossy(bytes), EntryKind::NotUtf8);
                }
                continue;
            };
            let kind = match entry.file_type() {
                FileType::RegularFile => EntryKind::File,
                FileType::Symlink => EntryKind::Symlink,
                FileType::Unknown => EntryKind::Unknown,
                _ => EntryKind::Other,
            };
            chunk.push(name, kind);
        }
        (!chunk.entries.is_empty()).then_some(chunk)
    }

    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    fn next(&mut self) -> Option<Chunk> {
        let mut chunk = Chunk::default();
        while chunk.entries.len() < CHUNK {
            let Some(entry) = self.entries.as_mut().and_then(Iterator::next) else {
                break;
            };
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    self.fail(e);
                    break;
                }
            };
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                let lossy = name.to_string_lossy();
                if lossy.ends_with(".toml") {
                    chunk.push(&lossy, EntryKind::NotUtf8);
                }
                continue;
            };
            let kind = match entry.file_type() {
                Ok(t) if t.is_file() => EntryKind::File,
                Ok(t) if t.is_symlink() => EntryKind::Symlink,
                Ok(_) => EntryKind::Other,
                Err(_) => EntryKind::Unknown,
            };
            chunk.push(name, kind);
        }
        (!chunk.entries.is_empty()).then_some(chunk)
    }
}

/// The customers/ folder, opened once: it is listed through this handle
/// and files are opened relative to it (no walk of the whole path for each
/// of 100,000 files).
struct Folder {
    #[cfg(unix)]
    fd: std::os::fd::OwnedFd,
    path: std::path::PathBuf,
}

impl Folder {
    /// Opens the folder; None when it does not exist (a book with no
    /// customers yet).
    fn open(dir: &Path) -> Result<Option<Folder>> {
        #[cfg(unix)]
        {
            use rustix::fs::{Mode, OFlags};
            let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
            match rustix::fs::open(dir, flags, Mode::empty()) {
                Ok(fd) => Ok(Some(Folder {
                    fd,
                    path: dir.to_path_buf(),
                })),
                Err(rustix::io::Errno::NOENT) => Ok(None),
                Err(e) => Err(crate::error::Error::io(dir, e.into())),
            }
        }
        #[cfg(not(unix))]
        {
            if !dir.exists() {
                return Ok(None);
            }
            Ok(Some(Folder {
                path: dir.to_path_buf(),
            }))
        }
    }

    /// Lists the folder, a chunk of entries at a time, into `buffer`.
    fn entries<'a>(
        &'a self,
        buffer: &'a mut [std::mem::MaybeUninit<u8>],
        failure: &'a Mutex<Option<crate::error::Error>>,
    ) -> Entries<'a> {
        #[cfg(any(target_os = "linux", target_os = "android"))]
        {
            use std::os::fd::AsFd;
            Entries {
                raw: rustix::fs::RawDir::new(self.fd.as_fd(), buffer),
                dir: &self.path,
                failure,
            }
        }
        #[cfg(not(any(target_os = "linux", target_os = "android")))]
        {
            let _ = buffer;
            let entries = match fs::read_dir(&self.path) {
                Ok(entries) => Some(entries),
                Err(e) => {
                    let mut f = failure.lock().unwrap_or_else(|p| p.into_inner());
                    f.get_or_insert(crate::error::Error::io(&self.path, e));
                    None
                }
            };
            Entries {
                entries,
                dir: &self.path,
                failure,
            }
        }
    }

    /// Returns what `name` is, not following a symlink.
    fn kind_of(&self, name: &str) -> std::io::Result<EntryKind> {
        #[cfg(unix)]
        let file_type = {
            use rustix::fs::{AtFlags, FileType};
            let stat = rustix::fs::statat(&self.fd, name, AtFlags::SYMLINK_NOFOLLOW)?;
            match FileType::from_raw_mode(stat.st_mode) {
                FileType::RegularFile => EntryKind::File,
                FileType::Symlink => EntryKind::Symlink,
                _ => EntryKind::Other,
            }
        };
        #[cfg(not(unix))]
        let file_type = {
            let meta = fs::symlink_metadata(self.path.join(name))?;
            if meta.is_symlink() {
                EntryKind::Symlink
            } else if meta.is_file() {
                EntryKind::File
            } else {
                EntryKind::Other
            }
        };
        Ok(file_type)
    }

    /// Opens the file `name` in the folder, never following a symlink.
    fn file(&self, name: &str) -> std::io::Result<fs::File> {
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
/// A read of a regular file returns fewer bytes than asked for at the end
/// of the file (the kernel fills the request from the page cache), so a
/// short read that ends inside a page ends the file without a further read
/// returning 0: one system call saved per file, a tenth of the time of a
/// 100,000-file listing. A short read ending exactly at a page boundary is
/// not trusted (a kernel may stop there) and the file is read on. Customer files are regular files (links and others are
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
            // A short read that stops inside a page is the end of the file;
            // one that stops at a page boundary might be the kernel's choice,
            // so ask again (1 file in 4096).
            Ok(n) if n < asked && (filled + n) % 4096 != 0 => return Ok(filled + n),
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
        name: &str,
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
