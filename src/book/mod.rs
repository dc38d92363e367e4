//! The book: a directory holding rapport.toml and one TOML file per
//! customer. This module finds it, reads its settings, and is the only way to
//! a customer file's path, so no id can lead outside the book.

pub mod atomic;
pub mod cache;
pub mod change;
pub mod diff;
pub mod document;
pub mod erase;
pub mod inside;
pub(crate) mod list;
pub mod load;
pub mod lock;
pub mod merge;
pub mod settings;
pub mod suppressed;
pub mod surveys;
pub mod undo;
pub mod values;

#[cfg(test)]
mod roundtrip_tests;

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Severity};
use crate::error::{Error, IoContext, Result};
use crate::model::Id;
use crate::model::parse::{Parsed, parse_customer};

pub use self::atomic::AtomicWriter;
pub use self::lock::Lock;
pub use self::settings::Settings;

/// The folder of customer files.
pub const CUSTOMERS_DIR: &str = "customers";
/// The local, git-ignored folder for the lock, caches and temporary files.
pub const STATE_DIR: &str = ".rapport";

/// An open book.
#[derive(Debug)]
pub struct Book {
    root: PathBuf,
    pub settings: Settings,
    /// Whether bulk reads go through `.rapport/cache` (`--no-cache` clears it).
    cache: bool,
    /// Where bulk reads tell how far they are.
    progress: Option<Watcher>,
    /// Records the writes made under the lock for `rapport undo`, or plans
    /// them in a dry run.
    recorder: undo::Recorder,
}

/// A [`load::Progress`], shared.
#[derive(Clone)]
struct Watcher(std::sync::Arc<dyn load::Progress>);

impl std::fmt::Debug for Watcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Watcher")
    }
}

/// A customer file read from disk, with its text kept for editing.
pub struct CustomerFile {
    pub id: Id,
    pub path: PathBuf,
    pub text: String,
    pub parsed: Parsed,
}

impl Book {
    /// Finds the book as git finds a repository: `explicit` (`--book`), else
    /// `$RAPPORT_BOOK`, else the nearest ancestor of `cwd` holding rapport.toml.
    pub fn find(explicit: Option<&Path>, env: Option<OsString>, cwd: &Path) -> Result<Book> {
        if let Some(dir) = explicit {
            return Book::open(dir).map_err(|e| with_origin(e, "--book"));
        }
        if let Some(dir) = env.filter(|d| !d.is_empty()) {
            return Book::open(Path::new(&dir)).map_err(|e| with_origin(e, "$RAPPORT_BOOK"));
        }
        for dir in cwd.ancestors() {
            // Anything named rapport.toml marks the book; opening it says
            // what is wrong when it is not a file.
            if fs::symlink_metadata(dir.join(settings::FILE_NAME)).is_ok() {
                return Book::open(dir);
            }
        }
        Err(Error::usage(crate::msg!(
            "book.not-found",
            dir = cwd.display().to_string()
        ))
        .with_hint(crate::msg!("book.not-found-hint")))
    }

    /// Opens the book whose root is `dir`; problems in rapport.toml are an
    /// error.
    pub fn open(dir: &Path) -> Result<Book> {
        let (book, problems) = Book::open_lenient(dir)?;
        if problems.iter().any(|d| d.severity == Severity::Error) {
            return Err(Error::Diagnostics(problems));
        }
        Ok(book)
    }

    /// Opens the book whose root is `dir` even when rapport.toml has
    /// problems (the defaults stand in for broken values), returning them
    /// with the book: `check` reports them with everything else.
    pub fn open_lenient(dir: &Path) -> Result<(Book, Vec<Diagnostic>)> {
        let settings_path = dir.join(settings::FILE_NAME);
        if fs::symlink_metadata(&settings_path).is_err() {
            return Err(Error::usage(crate::msg!(
                "book.not-a-book",
                dir = dir.display().to_string()
            ))
            .with_hint(crate::msg!("book.not-a-book-hint")));
        }
        let root = fs::canonicalize(dir).at(dir)?;
        inside::check_readable(&root, &settings_path, &settings_path)?;
        let bytes = fs::read(&settings_path).at(&settings_path)?;
        let relative = Path::new(settings::FILE_NAME);
        let text = load::decode(&bytes, relative).map_err(|d| Error::Diagnostics(vec![*d]))?;
        // The messages about rapport.toml (an unknown key) are made in the
        // language of the run, which the first message fixes: the book's
        // `language` is settled first. `--lang` (or $RAPPORT_LANG), when
        // given, was set before and stays (the first choice wins), as in
        // `lang::choose`.
        if let Some(lang) = settings::declared_language(&text) {
            crate::lang::init(lang);
        }
        let parsed = settings::parse_settings(&text, relative);
        let book = Book {
            root,
            settings: parsed.settings,
            cache: true,
            progress: None,
            recorder: undo::Recorder::default(),
        };
        book.refuse_links_out()?;
        Ok((book, parsed.diagnostics))
    }

    /// Refuses a customers/ or .rapport/ folder that is a symlink: writes
    /// through it would land outside the book.
    fn refuse_links_out(&self) -> Result<()> {
        for dir in [CUSTOMERS_DIR, STATE_DIR] {
            let path = self.root.join(dir);
            if let Ok(meta) = fs::symlink_metadata(&path)
                && !meta.is_dir()
            {
                return Err(Error::data(format!(
                    "{}: {}",
                    path.display(),
                    crate::msg!("book.dir-plain-folder", dir = dir)
                )));
            }
        }
        Ok(())
    }

    /// Makes bulk reads of this book read every file, neither reading nor
    /// writing the cache (`--no-cache`).
    pub fn without_cache(mut self) -> Book {
        self.cache = false;
        self
    }

    /// Makes bulk reads of this book tell `progress` how far they are.
    pub fn with_progress(mut self, progress: std::sync::Arc<dyn load::Progress>) -> Book {
        self.progress = Some(Watcher(progress));
        self
    }

    /// Returns where bulk reads tell how far they are.
    pub fn progress(&self) -> Option<&dyn load::Progress> {
        self.progress.as_ref().map(|w| &*w.0)
    }

    /// Makes this book record its writes with `recorder`:
    /// [`undo::Recorder::dry_run`] makes every write a plan, which the
    /// caller reads back from `recorder` afterwards.
    pub fn with_recorder(mut self, recorder: undo::Recorder) -> Book {
        self.recorder = recorder;
        self
    }

    /// Returns the recorder of this book's writes.
    pub fn recorder(&self) -> &undo::Recorder {
        &self.recorder
    }

    /// Returns true when writes are planned, not made (`--dry-run`).
    pub fn is_dry_run(&self) -> bool {
        self.recorder.is_dry_run()
    }

    /// Returns true when bulk reads go through the cache.
    pub fn uses_cache(&self) -> bool {
        self.cache
    }

    /// Returns the book's root folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Returns the folder of customer files.
    pub fn customers_dir(&self) -> PathBuf {
        self.root.join(CUSTOMERS_DIR)
    }

    /// Returns the local state folder (`.rapport/`), creating it if needed.
    pub fn state_dir(&self) -> Result<PathBuf> {
        let dir = self.root.join(STATE_DIR);
        inside::refuse_unless_plain_dir(&dir)?;
        fs::create_dir_all(&dir).at(&dir)?;
        Ok(dir)
    }

    /// Returns the path of the customer file for `id`.
    pub fn customer_path(&self, id: &Id) -> PathBuf {
        self.customers_dir().join(format!("{id}.toml"))
    }

    /// Returns `path` relative to the book's root, for messages.
    pub fn relative<'p>(&self, path: &'p Path) -> &'p Path {
        path.strip_prefix(&self.root).unwrap_or(path)
    }

    /// Takes the book's write lock; hold it across read-modify-write. A bulk
    /// write (an import) interrupted during its renames is completed first.
    ///
    /// The writes made through [`Book::writer`] while the lock is held are
    /// one operation of the undo store ([`undo`]), closed when the lock is
    /// released.
    pub fn lock(&self) -> Result<Lock> {
        let lock = self.lock_unrecorded()?;
        let state = self.state_dir()?;
        self.recorder.begin(&self.root, &state);
        Ok(lock.recording(self.recorder.clone()))
    }

    /// Takes the lock as [`Book::lock`] does, without opening an operation
    /// of the undo store: for `undo` itself, whose writes are not one.
    pub fn lock_unrecorded(&self) -> Result<Lock> {
        let state = self.state_dir()?;
        let lock = Lock::acquire(&state.join("lock"))?;
        let recovered = atomic::finish_interrupted(&state)?;
        Ok(lock.with_recovered(recovered))
    }

    /// Returns the atomic writer of this book, which records what it
    /// writes for undo (and only plans it in a dry run).
    pub fn writer(&self) -> Result<AtomicWriter> {
        Ok(AtomicWriter::new(self.state_dir()?.join("tmp")).recording(self.recorder.clone()))
    }

    /// Returns true when a customer (or anything else) holds the file of `id`.
    pub fn is_taken(&self, id: &str) -> bool {
        // Not an id (`../x`, read from a file): no file can hold it.
        Id::parse(id).is_ok()
            && fs::symlink_metadata(self.customers_dir().join(format!("{id}.toml"))).is_ok()
    }

    /// Writes a customer file atomically; the caller holds the lock.
    /// A book whose customers/ folder is missing (a clone of a book that
    /// had none yet) gets it back, so the first `add` works.
    pub fn write_customer(&self, path: &Path, text: &str) -> Result<()> {
        let dir = self.customers_dir();
        if fs::symlink_metadata(&dir).is_err() && !self.is_dry_run() {
            fs::create_dir(&dir).at(&dir)?;
        }
        self.writer()?.write(path, text.as_bytes())
    }

    /// Removes a customer file atomically; the caller holds the lock.
    pub fn remove_customer(&self, path: &Path) -> Result<()> {
        self.writer()?.remove(path)
    }

    /// Parses `text` as an id given on the command line (exit 2 when invalid).
    pub fn parse_id(text: &str) -> Result<Id> {
        Id::parse(text).map_err(|e| Error::usage(e.to_string()))
    }

    /// Reads the customer file of `id`; an unknown id is an error with the
    /// nearest existing ids as a hint.
    pub fn read_customer(&self, id: &Id) -> Result<CustomerFile> {
        let path = self.customer_path(id);
        let meta = match fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut err = Error::data(crate::msg!("book.no-customer", id = id.as_str()));
                if let Some(near) = self.nearest_ids(id.as_str()) {
                    err = err.with_hint(crate::msg!("book.did-you-mean-ids", ids = near));
                }
                return Err(err);
            }
            Err(e) => return Err(Error::io(&path, e)),
        };
        if !meta.is_file() {
            return Err(Error::data(format!(
                "{}: {}",
                self.relative(&path).display(),
                crate::msg!("book.customer-not-regular")
            )));
        }
        let bytes = fs::read(&path).at(&path)?;
        let relative = self.relative(&path).to_path_buf();
        let text = load::decode(&bytes, &relative).map_err(|d| Error::Diagnostics(vec![*d]))?;
        let parsed = parse_customer(&text, &relative, Some(&self.settings.schema));
        Ok(CustomerFile {
            id: id.clone(),
            path,
            text,
            parsed,
        })
    }

    /// Returns up to three existing ids close to `id`, quoted.
    fn nearest_ids(&self, id: &str) -> Option<String> {
        let (files, _) = load::list_files(self).ok()?;
        let mut scored: Vec<(usize, String)> = files
            .into_iter()
            .map(|(other, _)| (strsim::levenshtein(id, other.as_str()), other.to_string()))
            .filter(|(d, other)| *d <= 3 || other.starts_with(id))
            .collect();
        scored.sort();
        let names: Vec<String> = scored
            .into_iter()
            .take(3)
            .map(|(_, s)| format!("`{s}`"))
            .collect();
        (!names.is_empty()).then(|| names.join(&format!(" {} ", crate::msg!("book.or"))))
    }
}

/// Names where a book path came from in its error.
fn with_origin(err: Error, origin: &str) -> Error {
    match err {
        Error::Usage { message, hint } => Error::Usage {
            message: format!("{origin}: {message}"),
            hint,
        },
        other => other,
    }
}
