//! The undo store (`.rapport/undo/`, git-ignored): every write rapport makes
//! to the book is recorded as one operation, so `rapport undo` can put each
//! file it created, changed or removed back as it was.
//!
//! Recording happens here, at the book layer, not in the commands: taking
//! the book's lock ([`super::Book::lock`]) opens an operation, every write
//! through the book's [`super::AtomicWriter`] (`write`, `commit_all`,
//! `commit_all_and_remove`, `remove`) adds the files it touched, and
//! releasing the lock closes it. A command that writes through the book gets
//! undo, and `--dry-run` (the same writes, planned instead of made: see
//! [`Recorder::dry_run`]), without code of its own.
//!
//! One operation is one file, `NNNNNNNN.undo`: a header (`rapport undo 1`,
//! the time, the command line, whether it can be undone), then one entry
//! per file written, appended as each write lands: a line `file PATH
//! BEFORE AFTER` (BEFORE: the length of the previous bytes that follow the
//! line, or `-` when the file did not exist; AFTER: the SHA-256 of what
//! rapport wrote, or `-` when it removed the file) and the previous bytes.
//! A write costs one append to an open file and no sync (the record is a
//! convenience, the customer file is what must be durable); the store is
//! pruned when an operation starts, by listing its few names
//! ([`KEEP`] operations are kept).

use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use sha2::{Digest, Sha256};

use crate::error::{Error, IoContext, Result};

/// The folder of the undo store, in the state directory (`.rapport/`).
pub const DIR: &str = "undo";

/// How many operations the store keeps; older ones are pruned.
pub const KEEP: u64 = 20;

/// The first line of an operation's file.
const HEADER: &str = "rapport undo 1";

/// The ending of an operation's file name.
const SUFFIX: &str = ".undo";

/// Records the writes of the book's operations; shared by the book, its
/// writers and its lock.
#[derive(Clone, Default)]
pub struct Recorder(Arc<Mutex<State>>);

impl std::fmt::Debug for Recorder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Recorder")
    }
}

#[derive(Default)]
struct State {
    /// Writes are planned, not made (`--dry-run`).
    dry_run: bool,
    /// The writes planned so far, in a dry run.
    planned: Vec<Planned>,
    /// The operation to come cannot be undone (`forget`): its record holds
    /// no bytes and names no file.
    irreversible: bool,
    /// The operation open while the lock is held.
    session: Option<Session>,
}

/// The operation being recorded.
struct Session {
    /// The book's root, to make paths relative.
    root: PathBuf,
    /// The undo store.
    store: PathBuf,
    /// The operation's file, once the first write opened it.
    file: Option<File>,
    /// The files this operation has recorded the previous bytes of.
    seen: HashSet<PathBuf>,
}

/// A write planned by a dry run: a file's bytes before and after (None:
/// absent).
#[derive(Clone, Debug)]
pub struct Planned {
    pub path: PathBuf,
    pub before: Option<Vec<u8>>,
    pub after: Option<Vec<u8>>,
}

/// The previous bytes of files about to be written, captured before the
/// write ([`Recorder::prepare`]) and recorded once it landed.
#[must_use]
pub struct Prepared {
    entries: Vec<(PathBuf, Option<Vec<u8>>, Option<String>)>,
}

impl Recorder {
    /// Returns a recorder that plans writes instead of making them.
    pub fn dry_run() -> Recorder {
        let r = Recorder::default();
        r.state().dry_run = true;
        r
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Returns true when writes are planned and not made.
    pub fn is_dry_run(&self) -> bool {
        self.state().dry_run
    }

    /// Returns the writes a dry run planned, one per file, in order.
    pub fn planned(&self) -> Vec<Planned> {
        self.state().planned.clone()
    }

    /// Marks the next operation as one that cannot be undone (`forget`).
    pub fn mark_irreversible(&self) {
        self.state().irreversible = true;
    }

    /// Opens an operation: the writes until [`Recorder::end`] are one.
    pub(super) fn begin(&self, root: &Path, state_dir: &Path) {
        self.state().session = Some(Session {
            root: root.to_path_buf(),
            store: state_dir.join(DIR),
            file: None,
            seen: HashSet::new(),
        });
    }

    /// Closes the operation.
    pub(super) fn end(&self) {
        let mut state = self.state();
        state.session = None;
        state.irreversible = false;
    }

    /// Plans writing `after` (None: removing) to `path`, in a dry run.
    pub(super) fn plan(&self, path: &Path, after: Option<&[u8]>) -> Result<()> {
        let mut state = self.state();
        let after = after.map(<[u8]>::to_vec);
        if let Some(p) = state.planned.iter_mut().find(|p| p.path == path) {
            p.after = after;
            return Ok(());
        }
        let before = read_if_there(path)?;
        state.planned.push(Planned {
            path: path.to_path_buf(),
            before,
            after,
        });
        Ok(())
    }

    /// Reads the previous bytes of each target not yet recorded in this
    /// operation. `targets` pairs a file with the hash of what will be
    /// written (None: the file is removed).
    pub(super) fn prepare(&self, targets: &[(&Path, Option<String>)]) -> Result<Prepared> {
        let state = self.state();
        let mut entries = Vec::new();
        let Some(session) = &state.session else {
            return Ok(Prepared { entries });
        };
        for (path, after) in targets {
            let before = if state.irreversible || session.seen.contains(*path) {
                None
            } else {
                read_if_there(path)?
            };
            entries.push((path.to_path_buf(), before, after.clone()));
        }
        Ok(Prepared { entries })
    }

    /// Appends the files of `prepared`, now written, to the operation's
    /// record (opening it on the first write).
    pub(super) fn record(&self, prepared: Prepared) -> Result<()> {
        let mut guard = self.state();
        let state = &mut *guard;
        let irreversible = state.irreversible;
        let Some(session) = &mut state.session else {
            return Ok(());
        };
        if session.file.is_none() {
            session.file = Some(open_operation(&session.store, irreversible)?);
        }
        if irreversible {
            return Ok(());
        }
        let mut out = Vec::new();
        for (path, before, after) in prepared.entries {
            let relative = path.strip_prefix(&session.root).unwrap_or(&path);
            let Some(relative) = relative.to_str() else {
                continue;
            };
            let first = session.seen.insert(path.clone());
            let before_field = match (&before, first) {
                (Some(b), true) => b.len().to_string(),
                (None, true) => "-".to_string(),
                // Recorded already: only the new hash counts.
                (_, false) => "=".to_string(),
            };
            let after = after.as_deref().unwrap_or("-");
            out.extend_from_slice(
                format!("file\t{relative}\t{before_field}\t{after}\n").as_bytes(),
            );
            if first && let Some(b) = &before {
                out.extend_from_slice(b);
            }
        }
        let store = session.store.clone();
        if let Some(file) = &mut session.file {
            file.write_all(&out).at(&store)?;
        }
        Ok(())
    }
}

/// Reads `path`, None when it does not exist.
fn read_if_there(path: &Path) -> Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Returns the SHA-256 of `bytes`, in hex.
pub fn hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The numbers of the operations in `store`, oldest first.
fn numbers(store: &Path) -> Result<Vec<u64>> {
    let entries = match fs::read_dir(store) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(store, e)),
    };
    let mut out: Vec<u64> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name();
            let name = name.to_str()?;
            name.strip_suffix(SUFFIX)?.parse().ok()
        })
        .collect();
    out.sort_unstable();
    Ok(out)
}

/// Returns the path of operation `n`.
fn op_path(store: &Path, n: u64) -> PathBuf {
    store.join(format!("{n:08}{SUFFIX}"))
}

/// Creates the file of a new operation, after the newest, and prunes the
/// store to [`KEEP`] operations.
fn open_operation(store: &Path, irreversible: bool) -> Result<File> {
    super::inside::refuse_unless_plain_dir(store)?;
    fs::create_dir_all(store).at(store)?;
    let existing = numbers(store)?;
    let n = existing.last().map_or(1, |last| last + 1);
    for old in existing.iter().filter(|&&o| o + KEEP <= n) {
        let path = op_path(store, *old);
        fs::remove_file(&path).at(&path)?;
    }
    let path = op_path(store, n);
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .at(&path)?;
    let time = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
    let command = if irreversible {
        // The command line of an erasure names the person.
        "rapport forget (erasure request)".to_string()
    } else {
        command_line()
    };
    let undoable = if irreversible { "no" } else { "yes" };
    file.write_all(
        format!("{HEADER}\ntime\t{time}\ncommand\t{command}\nundoable\t{undoable}\n").as_bytes(),
    )
    .at(&path)?;
    Ok(file)
}

/// The command line of this process, quoted as a shell would need it, on
/// one line.
fn command_line() -> String {
    let mut words = vec!["rapport".to_string()];
    for arg in std::env::args_os().skip(1) {
        let arg = arg.to_string_lossy();
        let plain = !arg.is_empty()
            && arg
                .chars()
                .all(|c| c.is_alphanumeric() || "-_=+./:,@%".contains(c));
        let word = if plain {
            arg.into_owned()
        } else {
            format!("'{}'", arg.replace('\'', "'\\''"))
        };
        words.push(word.replace(|c: char| c.is_control(), " "));
    }
    words.join(" ")
}

/// One recorded operation, as read back.
#[derive(Clone, Debug)]
pub struct Operation {
    /// Its number in the store.
    pub number: u64,
    /// When it was made (local time, `YYYY-MM-DD HH:MM:SS`).
    pub time: String,
    /// The command line that made it.
    pub command: String,
    /// False for `forget`.
    pub undoable: bool,
    /// The files it wrote, relative to the book's root, in order.
    pub files: Vec<FileChange>,
}

/// A file an operation wrote.
#[derive(Clone, Debug)]
pub struct FileChange {
    /// Relative to the book's root.
    pub path: String,
    /// Its bytes before (None: it did not exist); only read by
    /// [`read`] with blobs.
    pub before: Option<Vec<u8>>,
    /// The SHA-256 of what rapport wrote (None: it removed the file).
    pub after: Option<String>,
}

/// Reads operation `n` of `store`; with `blobs` false the previous bytes
/// are skipped, not read.
fn read(store: &Path, n: u64, blobs: bool) -> Result<Operation> {
    let path = op_path(store, n);
    let shown = Path::new(super::STATE_DIR)
        .join(DIR)
        .join(path.file_name().unwrap_or_default());
    // `why` is the id of the message that says what is wrong.
    let bad = |line: usize, why: &str| {
        Error::data(format!(
            "{}:{line}: {}",
            shown.display(),
            crate::msg!("undo.not-recorded", why = crate::msg!(why))
        ))
        .with_hint(crate::msg!("undo.not-recorded-hint"))
    };
    super::inside::refuse_link(&path)?;
    let file = File::open(&path).at(&path)?;
    let mut reader = BufReader::new(file);
    let mut line = String::new();
    let mut number = 0;
    let next_line = |reader: &mut BufReader<File>, line: &mut String, number: &mut usize| {
        line.clear();
        *number += 1;
        let n = reader.read_line(line).at(&path)?;
        if line.ends_with('\n') {
            line.pop();
        }
        Ok::<bool, Error>(n > 0)
    };
    let mut fields = BTreeMap::new();
    next_line(&mut reader, &mut line, &mut number)?;
    if line != HEADER {
        return Err(bad(1, "undo.first-line"));
    }
    for _ in 0..3 {
        next_line(&mut reader, &mut line, &mut number)?;
        let Some((k, v)) = line.split_once('\t') else {
            return Err(bad(number, "undo.header-line"));
        };
        fields.insert(k.to_string(), v.to_string());
    }
    let mut files: Vec<FileChange> = Vec::new();
    while next_line(&mut reader, &mut line, &mut number)? {
        let parts: Vec<&str> = line.split('\t').collect();
        let [kind, file, before, after] = parts[..] else {
            return Err(bad(number, "undo.entry"));
        };
        if kind != "file" {
            return Err(bad(number, "undo.entry"));
        }
        let after = (after != "-").then(|| after.to_string());
        if before == "=" {
            if let Some(f) = files.iter_mut().find(|f| f.path == file) {
                f.after = after;
                continue;
            }
            return Err(bad(number, "undo.later-entry"));
        }
        let before = if before == "-" {
            None
        } else {
            let len: u64 = before
                .parse()
                .map_err(|_| bad(number, "undo.length-not-number"))?;
            if blobs {
                let mut bytes = vec![0; len as usize];
                reader
                    .read_exact(&mut bytes)
                    .map_err(|_| bad(number, "undo.cut-short"))?;
                Some(bytes)
            } else {
                let len = i64::try_from(len).map_err(|_| bad(number, "undo.length-too-large"))?;
                reader.seek(SeekFrom::Current(len)).at(&path)?;
                Some(Vec::new())
            }
        };
        files.push(FileChange {
            path: file.to_string(),
            before,
            after,
        });
    }
    Ok(Operation {
        number: n,
        time: fields.remove("time").unwrap_or_default(),
        command: fields.remove("command").unwrap_or_default(),
        undoable: fields.get("undoable").is_some_and(|v| v == "yes"),
        files,
    })
}

/// Returns the operations of the store, newest first (previous bytes not
/// read).
pub fn list(state_dir: &Path) -> Result<Vec<Operation>> {
    let store = state_dir.join(DIR);
    let mut out = Vec::new();
    for n in numbers(&store)?.into_iter().rev() {
        out.push(read(&store, n, false)?);
    }
    Ok(out)
}

/// Returns the newest operation with its previous bytes, if any.
pub fn last(state_dir: &Path) -> Result<Option<Operation>> {
    let store = state_dir.join(DIR);
    match numbers(&store)?.last() {
        Some(&n) => read(&store, n, true).map(Some),
        None => Ok(None),
    }
}

/// Removes operation `n` from the store (once undone).
pub fn drop_operation(state_dir: &Path, n: u64) -> Result<()> {
    let path = op_path(&state_dir.join(DIR), n);
    fs::remove_file(&path).at(&path)
}

/// Removes from the store every operation that wrote `relative` (a file
/// being erased) or whose record holds any of `needles` (the person's
/// e-mail, phone, name): the undo store never keeps an erased customer's
/// data. Returns how many operations were removed.
pub fn purge(state_dir: &Path, relative: &str, needles: &[&str]) -> Result<usize> {
    let store = state_dir.join(DIR);
    let needles: Vec<&[u8]> = needles
        .iter()
        .filter(|n| !n.trim().is_empty())
        .map(|n| n.as_bytes())
        .collect();
    let entry = format!("\t{relative}\t");
    let mut removed = 0;
    for n in numbers(&store)? {
        let path = op_path(&store, n);
        let bytes = fs::read(&path).at(&path)?;
        let holds = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        if holds(entry.as_bytes()) || needles.iter().any(|n| holds(n)) {
            fs::remove_file(&path).at(&path)?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Reverts the newest operation of the store: every file it created,
/// changed or removed gets its previous bytes back, all or nothing (through
/// the journal of [`super::atomic`]), after checking that none changed
/// since (else nothing is written and the error names the file). The
/// operation then leaves the store, so the next undo goes one further back.
/// Returns the operation undone, None when the store is empty.
pub fn undo(book: &super::Book) -> Result<Option<Operation>> {
    let _lock = book.lock_unrecorded()?;
    let state = book.state_dir()?;
    let Some(op) = last(&state)? else {
        return Ok(None);
    };
    if !op.undoable {
        return Err(Error::data(crate::msg!(
            "undo.erasure",
            command = op.command.as_str(),
            time = op.time.to_string()
        ))
        .with_hint(crate::msg!("undo.erasure-hint")));
    }
    let root = book.root();
    // Not the book's recording writer: an undo is not an operation itself.
    let writer = super::AtomicWriter::new(state.join("tmp"));
    writer.scratch()?;
    let mut staged = Vec::new();
    let mut removals = Vec::new();
    for f in &op.files {
        let relative = Path::new(&f.path);
        if !is_book_file(&f.path) {
            return Err(Error::data(format!(
                "{}: {}",
                Path::new(super::STATE_DIR).join(DIR).display(),
                crate::msg!(
                    "undo.not-a-customer-file",
                    number = op.number.to_string(),
                    path = f.path.as_str()
                )
            )));
        }
        let path = root.join(relative);
        super::inside::refuse_link(&path)?;
        let now = read_if_there(&path)?;
        if now.as_deref().map(hash) != f.after {
            let what = match (&now, &f.after) {
                (None, _) => "undo.removed-since",
                (Some(_), None) => "undo.created-since",
                (Some(_), Some(_)) => "undo.changed-since",
            };
            return Err(Error::data(crate::msg!(
                what,
                path = f.path.as_str(),
                command = op.command.as_str(),
                time = op.time.to_string()
            ))
            .with_hint(crate::msg!("undo.changed-since-hint")));
        }
        match &f.before {
            Some(before) if now.as_deref() != Some(before.as_slice()) => {
                staged.push(writer.stage_for(&path, before)?);
            }
            Some(_) => {}
            None => removals.push(path),
        }
    }
    writer.commit_all_and_remove(staged, removals)?;
    drop_operation(&state, op.number)?;
    Ok(Some(op))
}

/// Returns true for the files rapport writes: customer files and the
/// suppression list.
fn is_book_file(relative: &str) -> bool {
    let id = relative
        .strip_prefix(super::CUSTOMERS_DIR)
        .and_then(|t| t.strip_prefix('/'))
        .and_then(|t| t.strip_suffix(".toml"));
    id.is_some_and(|id| crate::model::Id::parse(id).is_ok())
        || relative == super::suppressed::FILE_NAME
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_operation_reads_back_with_first_before_and_last_after() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let state = root.join(".rapport");
        fs::create_dir_all(root.join("customers")).unwrap();
        let a = root.join("customers/a.toml");
        fs::write(&a, "old").unwrap();
        let r = Recorder::default();
        r.begin(root, &state);
        let p = r.prepare(&[(&a, Some(hash(b"mid")))]).unwrap();
        fs::write(&a, "mid").unwrap();
        r.record(p).unwrap();
        let b = root.join("customers/b.toml");
        let p = r
            .prepare(&[(&a, Some(hash(b"new"))), (&b, Some(hash(b"b")))])
            .unwrap();
        r.record(p).unwrap();
        r.end();
        let op = last(&state).unwrap().unwrap();
        assert!(op.undoable);
        assert_eq!(op.files.len(), 2);
        assert_eq!(op.files[0].path, "customers/a.toml");
        assert_eq!(op.files[0].before.as_deref(), Some(&b"old"[..]));
        assert_eq!(op.files[0].after, Some(hash(b"new")));
        assert_eq!(op.files[1].before, None);
    }

    #[test]
    fn the_store_keeps_the_last_operations_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let state = root.join(".rapport");
        let a = root.join("a.toml");
        for _ in 0..(KEEP + 5) {
            let r = Recorder::default();
            r.begin(root, &state);
            let p = r.prepare(&[(&a, Some(hash(b"x")))]).unwrap();
            r.record(p).unwrap();
            r.end();
        }
        let ops = list(&state).unwrap();
        assert_eq!(ops.len() as u64, KEEP);
        assert_eq!(ops[0].number, KEEP + 5);
    }
}
