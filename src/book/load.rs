//! Reading every customer of a book, in parallel, skipping what cannot be
//! read with one warning per file.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use super::{Book, cache};
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
    for chunk in folder.entries(&failure) {
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
    classify_reusing(folder, name, kind, None)
}

/// [`classify`], making the id in the buffer of `spare` when given one.
fn classify_reusing(
    folder: &Folder,
    name: &str,
    kind: EntryKind,
    spare: Option<Id>,
) -> Option<Result<Id, Diagnostic>> {
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
        EntryKind::NotUtf8 => Err(skip(&crate::msg!("book.name-not-utf8"))),
        EntryKind::Symlink => Err(skip(&crate::msg!("book.skip-link"))),
        EntryKind::File => Id::parse_reusing(stem, spare)
            .map_err(|e| skip(&crate::msg!("book.name-not-an-id", problem = e.to_string()))),
        _ => Err(skip(&crate::msg!("book.not-regular"))),
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
                    crate::msg!("book.not-utf8"),
                )
                .with_hint(crate::msg!("book.not-utf8-hint")),
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
/// to the folder, and nothing but what `visit` keeps stays in memory. Files
/// beyond the fast reader's subset are read by the full reader, which also
/// names the problem in a broken file. Customers whose file is unchanged
/// since the last read come from the cache ([`super::cache`]) unless the
/// book reads without it.
pub fn scan_parts<T, F>(book: &Book, parts: Parts, visit: F) -> Result<Scanned<T>>
where
    T: Send,
    F: Fn(&Customer) -> Option<T> + Sync,
{
    let batches = scan_batches(book, parts, Vec::new, |kept: &mut Vec<(Id, T)>, c| {
        if let Some(item) = visit(c)
            && let Some(id) = c.id.take()
        {
            kept.push((id, item));
        }
    })?;
    let mut kept = Vec::new();
    for items in batches.out {
        kept.extend(items);
    }
    kept.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Ok(Scanned {
        items: kept.into_iter().map(|(_, item)| item).collect(),
        warnings: batches.warnings,
        files: batches.files,
    })
}

/// What [`fold_parts`] made of the book: the accumulated value, and one
/// warning per file that could not be read.
#[derive(Debug)]
pub struct Folded<A> {
    pub value: A,
    pub warnings: Vec<Diagnostic>,
    /// How many customer files were found (read or not).
    pub files: usize,
}

/// Reads the book as [`scan_parts`] does, folding each customer into an
/// accumulator instead of keeping anything per customer: each reading
/// thread folds its customers into accumulators made by `init` with `fold`,
/// and `merge` combines them (in no particular order). Reports that add up
/// figures read 100,000 customers this way in little memory.
pub fn fold_parts<A, I, F, M>(
    book: &Book,
    parts: Parts,
    init: I,
    fold: F,
    merge: M,
) -> Result<Folded<A>>
where
    A: Send,
    I: Fn() -> A + Sync,
    F: Fn(&mut A, &Customer) + Sync,
    M: Fn(A, A) -> A,
{
    let batches = scan_batches(book, parts, &init, |acc: &mut A, c| fold(acc, c))?;
    let value = batches.out.into_iter().reduce(merge).unwrap_or_else(init);
    Ok(Folded {
        value,
        warnings: batches.warnings,
        files: batches.files,
    })
}

/// Told how long work advances (a bulk read, the passes of an import), to
/// show its progress; the library never draws it: the command layer
/// implements this with a progress bar, and `()` ignores it.
pub trait Progress: Send + Sync {
    /// About `expected` customer files (None when not known) are to be read.
    fn start(&self, expected: Option<u64>);
    /// A named stage of work (`reading rows`) of about `expected` steps
    /// begins; by default the same as [`Progress::start`], for a bar that
    /// shows one label for all its work.
    fn stage(&self, what: &'static str, expected: Option<u64>) {
        let _ = what;
        self.start(expected);
    }
    /// `n` more steps (files read, rows checked) are done.
    fn advance(&self, n: u64);
    /// The work (or its stage) is done.
    fn finish(&self);
}

/// No progress shown: for callers (and tests) that have nowhere to draw it.
impl Progress for () {
    fn start(&self, _expected: Option<u64>) {}
    fn advance(&self, _n: u64) {}
    fn finish(&self) {}
}

/// What [`scan_batches`] gives: one value per chunk of the listing, in
/// listing order, the warnings (sorted by file) and the number of customer
/// files.
struct Batches<B> {
    out: Vec<B>,
    warnings: Vec<Diagnostic>,
    files: usize,
}

/// Reads every customer file, a chunk of the listing at a time, handing
/// each customer (its id set) to `visit` with the chunk's value made by
/// `new`.
fn scan_batches<B, N, V>(book: &Book, parts: Parts, new: N, visit: V) -> Result<Batches<B>>
where
    B: Send,
    N: Fn() -> B + Sync,
    V: Fn(&mut B, &mut Customer) + Sync,
{
    let dir = book.customers_dir();
    let Some(folder) = Folder::open(&dir)? else {
        return Ok(Batches {
            out: Vec::new(),
            warnings: Vec::new(),
            files: 0,
        });
    };
    let session = cache::Session::start(book, folder.device());
    // The folder's listing comes from the cache while the folder is as it
    // was; else the reference time is taken, then the folder's key, then it
    // is listed.
    let mut folder_key = folder.key();
    let listed_from_cache = match (&session, &folder_key) {
        (Some(s), Some(key)) => s.cached_listing(key).is_some(),
        _ => false,
    };
    if let (Some(s), false) = (&session, listed_from_cache) {
        s.before_listing();
        folder_key = folder.key();
    }
    let progress = book.progress();
    if let Some(p) = progress {
        let expected = session.as_ref().map(|s| s.cached() as u64);
        p.start(expected.filter(|&n| n > 0));
    }
    let failure: Mutex<Option<crate::error::Error>> = Mutex::new(None);
    let work = |worker: &mut Worker, chunk: Chunk| {
        let mut batch = Batch {
            seq: chunk.seq,
            out: new(),
            warnings: Vec::new(),
            files: 0,
            skipped: 0,
            slots: Vec::new(),
        };
        worker.last = None;
        let handle = worker.handle.take().unwrap_or_else(|| folder.handle());
        for (name, kind) in chunk.iter() {
            match classify_reusing(&folder, name, kind, worker.spare_id.take()) {
                None => {}
                Some(Err(w)) => {
                    batch.skipped += 1;
                    batch.warnings.push(w);
                }
                Some(Ok(id)) => {
                    let file = File {
                        folder: &folder,
                        handle: &handle,
                        name,
                        id,
                    };
                    let out = &mut batch.out;
                    let read = worker.visit(file, parts, session.as_ref(), &mut batch.slots, |c| {
                        visit(out, c)
                    });
                    batch.files += 1;
                    if let Err(d) = read {
                        batch.warnings.push(*d);
                    }
                }
            }
        }
        worker.handle = Some(handle);
        if let Some(p) = progress {
            p.advance(chunk.entries.len() as u64);
        }
        batch
    };
    let cached = match (&session, &folder_key, listed_from_cache) {
        (Some(s), Some(key), true) => s.cached_listing(key),
        _ => None,
    };
    let mut batches: Vec<Batch<B>> = cached
        .map_or_else(
            || Listing::Folder(folder.entries(&failure)),
            |names| Listing::Cached(CachedChunks { names, seq: 0 }),
        )
        .par_bridge()
        .map_init(Worker::default, work)
        .collect();
    if let Some(e) = failure.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    // In listing order: the next cache is written in the order the next
    // read will most likely list the files.
    batches.sort_unstable_by_key(|b| b.seq);
    let mut out = Vec::with_capacity(batches.len());
    let mut warnings = Vec::new();
    let mut files = 0;
    let mut skipped = 0;
    let mut slots = Vec::new();
    for batch in batches {
        out.push(batch.out);
        warnings.extend(batch.warnings);
        files += batch.files;
        skipped += batch.skipped;
        slots.extend(batch.slots);
    }
    if let Some(session) = session {
        let listing = if listed_from_cache {
            cache::Listing::Cached
        } else {
            cache::Listing::Listed {
                folder: folder_key,
                clean: skipped == 0,
            }
        };
        session.finish(slots, listing, files);
    }
    if let Some(p) = progress {
        p.finish();
    }
    warnings.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Batches {
        out,
        warnings,
        files,
    })
}

/// What the reading of one chunk of the listing gave.
struct Batch<B> {
    seq: usize,
    out: B,
    warnings: Vec<Diagnostic>,
    files: usize,
    /// Entries skipped with a warning (not customer files).
    skipped: usize,
    slots: Vec<cache::Slot>,
}

/// Where the chunks of entries come from: the folder, or the cache's copy
/// of its listing.
enum Listing<'a, N> {
    Folder(Entries<'a>),
    Cached(CachedChunks<N>),
}

impl<'a, 'n, N: Iterator<Item = &'n [u8]>> Iterator for Listing<'a, N> {
    type Item = Chunk;

    fn next(&mut self) -> Option<Chunk> {
        match self {
            Listing::Folder(entries) => entries.next(),
            Listing::Cached(cached) => cached.next(),
        }
    }
}

/// The cached listing in chunks: ids, given back as file names.
struct CachedChunks<N> {
    names: N,
    seq: usize,
}

impl<'n, N: Iterator<Item = &'n [u8]>> Iterator for CachedChunks<N> {
    type Item = Chunk;

    fn next(&mut self) -> Option<Chunk> {
        self.seq += 1;
        let mut chunk = Chunk {
            seq: self.seq,
            ..Chunk::default()
        };
        for name in self.names.by_ref() {
            // Only names that were valid ids are cached.
            if let Ok(id) = std::str::from_utf8(name) {
                let start = chunk.names.len();
                chunk.names.push_str(id);
                chunk.names.push_str(".toml");
                chunk
                    .entries
                    .push((start, chunk.names.len(), EntryKind::File));
            }
            if chunk.entries.len() == CHUNK {
                break;
            }
        }
        (!chunk.entries.is_empty()).then_some(chunk)
    }
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
    /// The chunk's place in the listing.
    seq: usize,
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

/// The entries of customers/, a chunk at a time; a listing error is kept
/// in `failure` and ends the listing. Names that are not UTF-8 cannot be
/// ids: a `.toml` one is passed on as [`EntryKind::NotUtf8`] for a warning.
struct Entries<'a> {
    entries: Option<fs::ReadDir>,
    dir: &'a Path,
    failure: &'a Mutex<Option<crate::error::Error>>,
    /// How many chunks were listed.
    chunks: usize,
}

impl Entries<'_> {
    /// Returns a new chunk numbered in listing order.
    fn chunk(&mut self) -> Chunk {
        self.chunks += 1;
        Chunk {
            seq: self.chunks,
            ..Chunk::default()
        }
    }

    fn fail(&self, e: std::io::Error) {
        let mut failure = self.failure.lock().unwrap_or_else(|p| p.into_inner());
        failure.get_or_insert(crate::error::Error::io(self.dir, e));
    }
}

impl Iterator for Entries<'_> {
    type Item = Chunk;

    fn next(&mut self) -> Option<Chunk> {
        let mut chunk = self.chunk();
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

/// The customers/ folder, opened once: files are opened relative to this
/// handle (no walk of the whole path for each of 100,000 files).
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

    /// Lists the folder, a chunk of entries at a time.
    ///
    /// With `std::fs::read_dir`: a listing through the folder's handle
    /// with rustix's `getdents64` into one 64 KB buffer was 1.05× as fast on
    /// the 100,000 files of the generated book (median of 10 criterion
    /// rounds, 0.64–1.66× between them, `cargo bench --bench listing`,
    /// 2026-12-03), within the noise, and was replaced by this simple path.
    fn entries<'a>(&'a self, failure: &'a Mutex<Option<crate::error::Error>>) -> Entries<'a> {
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
            chunks: 0,
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

    /// Returns the cache key of the folder itself (None where there is no
    /// cache).
    fn key(&self) -> Option<cache::Key> {
        #[cfg(unix)]
        {
            rustix::fs::fstat(&self.fd)
                .ok()
                .map(|st| cache::Key::of(&st))
        }
        #[cfg(not(unix))]
        {
            None
        }
    }

    /// Returns the file system the folder is on (None where there is no
    /// cache).
    fn device(&self) -> Option<u64> {
        #[cfg(unix)]
        {
            #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
            rustix::fs::fstat(&self.fd).ok().map(|st| st.st_dev as u64)
        }
        #[cfg(not(unix))]
        {
            None
        }
    }

    /// Returns a handle of the folder for one reading thread: threads that
    /// share one open folder contend for it in every `openat` and `statat`
    /// (its reference count bounces between the cores); each thread's own
    /// handle spares that. The shared one stands in if another cannot be
    /// opened.
    fn handle(&self) -> Handle {
        #[cfg(unix)]
        {
            use rustix::fs::{Mode, OFlags};
            let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
            Handle(rustix::fs::openat(&self.fd, ".", flags, Mode::empty()).ok())
        }
        #[cfg(not(unix))]
        {
            Handle(None)
        }
    }

    /// Returns the cache key of the regular file `name` (None for anything
    /// else, or when it cannot be stat-ed: it is then read, which says why).
    fn key_of(&self, handle: &Handle, name: &str) -> Option<cache::Key> {
        #[cfg(unix)]
        {
            use rustix::fs::{AtFlags, FileType};
            let dir = handle.0.as_ref().unwrap_or(&self.fd);
            let st = rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW).ok()?;
            (FileType::from_raw_mode(st.st_mode) == FileType::RegularFile)
                .then(|| cache::Key::of(&st))
        }
        #[cfg(not(unix))]
        {
            let _ = (handle, name);
            None
        }
    }

    /// Opens the file `name` in the folder, never following a symlink.
    fn file(&self, handle: &Handle, name: &str) -> std::io::Result<fs::File> {
        #[cfg(unix)]
        {
            use rustix::fs::{Mode, OFlags};
            let dir = handle.0.as_ref().unwrap_or(&self.fd);
            // NONBLOCK changes nothing for a regular file; an entry turned
            // into a FIFO since the listing then reads as empty instead of
            // waiting for a writer for ever.
            let fd = rustix::fs::openat(
                dir,
                name,
                OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NOFOLLOW | OFlags::NONBLOCK,
                Mode::empty(),
            )?;
            Ok(fs::File::from(fd))
        }
        #[cfg(not(unix))]
        {
            let _ = handle;
            fs::File::open(self.path.join(name))
        }
    }
}

/// A reading thread's own handle of the folder (see [`Folder::handle`]).
struct Handle(
    #[cfg(unix)] Option<std::os::fd::OwnedFd>,
    #[cfg(not(unix))] Option<()>,
);

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
fn read_file(mut file: &fs::File, buffer: &mut Vec<u8>) -> std::io::Result<usize> {
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

/// A customer file of the folder being read, and the reading thread's
/// handle of the folder.
struct File<'a> {
    folder: &'a Folder,
    handle: &'a Handle,
    name: &'a str,
    id: Id,
}

/// What one reading thread keeps from file to file: the read buffer, the
/// reused record and the buffer a customer is encoded into for the cache.
#[derive(Default)]
struct Worker {
    buffer: Vec<u8>,
    record: fast::Reusable,
    /// The cache entry of the previous file of the chunk.
    last: Option<u32>,
    /// The thread's own handle of the folder.
    handle: Option<Handle>,
    /// An id the visitor did not keep, to be made into the next.
    spare_id: Option<Id>,
}

impl Worker {
    /// Hands the customer of `file` to `visit`, which returns what it keeps
    /// and the id back: from the cache when it holds the file unchanged,
    /// else read from the file (and kept in `slots` for the next cache).
    fn visit(
        &mut self,
        file: File<'_>,
        parts: Parts,
        session: Option<&cache::Session>,
        slots: &mut Vec<cache::Slot>,
        visit: impl FnOnce(&mut Customer),
    ) -> Result<(), Box<Diagnostic>> {
        let Some(session) = session else {
            return self.read(file, parts, false, visit).0;
        };
        let mut old = None;
        if let Some(key) = file.folder.key_of(file.handle, file.name) {
            let hint = self.last.map(|i| i + 1);
            match session.lookup(file.id.as_str(), &key, hint) {
                cache::Lookup::Hit(i, data) => {
                    self.last = Some(i);
                    if let Some(customer) = cache::codec::decode(data, parts, &mut self.record) {
                        slots.push(cache::Slot::Hit(i));
                        customer.id = Some(file.id);
                        visit(customer);
                        self.spare_id = customer.id.take();
                        return Ok(());
                    }
                    old = Some(i);
                }
                cache::Lookup::Miss(i) => {
                    self.last = i;
                    old = i;
                }
            }
        }
        session.before_reread();
        let name = file.id.to_string();
        let (outcome, fresh) = self.read(file, parts, true, visit);
        if let Some((key, data)) = fresh {
            slots.push(cache::Slot::Fresh(Box::new(cache::Fresh {
                name,
                key,
                data,
                old,
            })));
        }
        outcome
    }

    /// Reads `file` and hands its customer to `visit`. When `caching`,
    /// also returns, if the file did not change while it was read, its key
    /// and its customer encoded for the cache (None when it is not a
    /// customer).
    #[allow(clippy::type_complexity)]
    fn read(
        &mut self,
        file: File<'_>,
        parts: Parts,
        caching: bool,
        visit: impl FnOnce(&mut Customer),
    ) -> (
        Result<(), Box<Diagnostic>>,
        Option<(cache::Key, Option<Vec<u8>>)>,
    ) {
        let name = file.name;
        let relative = || Path::new(super::CUSTOMERS_DIR).join(name);
        let opened = match file.folder.file(file.handle, file.name) {
            Ok(f) => f,
            Err(e) => return (broken_file(&relative(), &e), None),
        };
        let before = if caching { key_of_open(&opened) } else { None };
        let len = match read_file(&opened, &mut self.buffer) {
            Ok(len) => len,
            Err(e) => return (broken_file(&relative(), &e), None),
        };
        // The key of what was read: the file's status before and after
        // reading, when they agree.
        let key = before.filter(|k| key_of_open(&opened).as_ref() == Some(k));
        let bytes = &self.buffer[..len];
        let Ok(text) = std::str::from_utf8(bytes) else {
            let d = decode(bytes, &relative()).unwrap_err();
            return (Err(d), key.map(|k| (k, None)));
        };
        // To be cached, a customer is read whole; the visitor is then given
        // the parts it asked for, decoded from the cached form, exactly as
        // the next read will give them.
        let read_parts = if caching { Parts::ALL } else { parts };
        let mut fallback;
        let customer = match self.record.read(text, read_parts) {
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
                        let d = parsed.first_error().cloned().unwrap_or_else(|| {
                            Diagnostic::file(Severity::Error, &relative, "unreadable")
                        });
                        return (Err(Box::new(d)), key.map(|k| (k, None)));
                    }
                }
            }
        };
        if !caching {
            customer.id = Some(file.id);
            visit(customer);
            return (Ok(()), None);
        }
        let mut data = Vec::with_capacity(len / 2);
        cache::codec::encode(customer, &mut data);
        let customer = if parts == Parts::ALL {
            customer
        } else {
            match cache::codec::decode(&data, parts, &mut self.record) {
                Some(c) => c,
                None => unreachable!("the cache codec decodes what it encodes"),
            }
        };
        customer.id = Some(file.id);
        visit(customer);
        (Ok(()), key.map(|k| (k, Some(data))))
    }
}

/// The warning for a file that cannot be opened or read.
fn broken_file(relative: &Path, e: &std::io::Error) -> Result<(), Box<Diagnostic>> {
    Err(Box::new(Diagnostic::file(
        Severity::Warning,
        relative,
        format!("skipped: {e}"),
    )))
}

/// Returns the cache key of an open file.
fn key_of_open(file: &fs::File) -> Option<cache::Key> {
    #[cfg(unix)]
    {
        rustix::fs::fstat(file).ok().map(|st| cache::Key::of(&st))
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        None
    }
}
