//! Atomic writes: a crash leaves the old file or the new one, never half.
//!
//! The new contents go to a temporary file under `.rapport/tmp/` (inside the
//! book, on the same file system, and git-ignored, so a crash never leaves
//! debris among the customer files), are synced, then renamed over the
//! target; the directory is synced so the rename itself survives a crash.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use tempfile::TempPath;

use super::undo::{self, Recorder};
use crate::error::{Error, IoContext, Result};

/// Writes files atomically through a scratch directory of the book.
///
/// The book's writer ([`super::Book::writer`]) records every file it
/// writes or removes in the undo store ([`super::undo`]), and in a dry run
/// plans the writes instead of making them: write the book's files through
/// it, never around it.
pub struct AtomicWriter {
    scratch: PathBuf,
    recorder: Option<Recorder>,
}

impl AtomicWriter {
    /// Returns a writer whose temporary files go to `scratch`, recording
    /// nothing.
    pub fn new(scratch: PathBuf) -> AtomicWriter {
        AtomicWriter {
            scratch,
            recorder: None,
        }
    }

    /// Returns this writer recording its writes with `recorder`.
    pub(super) fn recording(mut self, recorder: Recorder) -> AtomicWriter {
        self.recorder = Some(recorder);
        self
    }

    /// Returns true when this writer plans writes instead of making them.
    pub fn is_dry_run(&self) -> bool {
        self.recorder.as_ref().is_some_and(Recorder::is_dry_run)
    }

    /// Replaces `target` with `contents` atomically and durably.
    pub fn write(&self, target: &Path, contents: &[u8]) -> Result<()> {
        if let Some(r) = &self.recorder
            && r.is_dry_run()
        {
            return r.plan(target, Some(contents));
        }
        let prepared = self.prepare(&[(target, Some(undo::hash(contents)))])?;
        let temp = self.stage(contents)?;
        temp.as_file().sync_all().at(temp.path())?;
        self.commit(temp, target)?;
        sync_dir(target)?;
        self.record(prepared)
    }

    /// Removes the book's file `target` (recorded for undo).
    pub fn remove(&self, target: &Path) -> Result<()> {
        if let Some(r) = &self.recorder
            && r.is_dry_run()
        {
            return r.plan(target, None);
        }
        let prepared = self.prepare(&[(target, None)])?;
        remove(target)?;
        self.record(prepared)
    }

    /// Puts staged files in place all at once, all or nothing (see
    /// [`commit_all_and_remove`]), recorded for undo (planned in a dry run).
    pub fn commit_all(&self, staged: Vec<Staged>) -> Result<()> {
        self.commit_all_and_remove(staged, Vec::new())
    }

    /// As [`commit_all_and_remove`], recorded for undo (planned in a dry
    /// run).
    pub fn commit_all_and_remove(&self, staged: Vec<Staged>, removals: Vec<PathBuf>) -> Result<()> {
        if let Some(r) = &self.recorder
            && r.is_dry_run()
        {
            for s in &staged {
                let path: &Path = &s.temp;
                r.plan(&s.target, Some(&fs::read(path).at(path)?))?;
            }
            for target in &removals {
                r.plan(target, None)?;
            }
            return Ok(());
        }
        let mut targets: Vec<(&Path, Option<String>)> = staged
            .iter()
            .map(|s| (s.target.as_path(), Some(s.hash.clone())))
            .collect();
        targets.extend(removals.iter().map(|r| (r.as_path(), None)));
        let prepared = self.prepare(&targets)?;
        commit_all_and_remove(&self.scratch, staged, removals)?;
        self.record(prepared)
    }

    fn prepare(&self, targets: &[(&Path, Option<String>)]) -> Result<Option<undo::Prepared>> {
        self.recorder
            .as_ref()
            .map(|r| r.prepare(targets))
            .transpose()
    }

    fn record(&self, prepared: Option<undo::Prepared>) -> Result<()> {
        match (&self.recorder, prepared) {
            (Some(r), Some(p)) => r.record(p),
            _ => Ok(()),
        }
    }

    /// Writes `contents` to a temporary file for `target` without syncing,
    /// for bulk writes that sync once for all files.
    pub fn stage(&self, contents: &[u8]) -> Result<tempfile::NamedTempFile> {
        super::inside::refuse_unless_plain_dir(&self.scratch)?;
        fs::create_dir_all(&self.scratch).at(&self.scratch)?;
        self.temp_file(contents)
    }

    /// Writes `contents` to a new file in the scratch directory.
    fn temp_file(&self, contents: &[u8]) -> Result<tempfile::NamedTempFile> {
        let mut builder = tempfile::Builder::new();
        builder.prefix(".tmp-").suffix(".toml");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o644));
        }
        let mut temp = builder.tempfile_in(&self.scratch).at(&self.scratch)?;
        temp.write_all(contents).at(temp.path())?;
        Ok(temp)
    }

    /// Renames a staged file over `target`.
    pub fn commit(&self, temp: tempfile::NamedTempFile, target: &Path) -> Result<()> {
        temp.persist(target)
            .map_err(|e| Error::io(target, e.error))?;
        Ok(())
    }
}

/// A file written to the scratch directory and closed, waiting to be
/// renamed over its target by [`AtomicWriter::commit_all`]. Dropped uncommitted, the
/// temporary file is removed.
pub struct Staged {
    temp: TempPath,
    target: PathBuf,
    /// The SHA-256 of the contents, for the undo record.
    hash: String,
}

impl Staged {
    /// Returns the file this one will replace.
    pub fn target(&self) -> &Path {
        &self.target
    }
}

impl AtomicWriter {
    /// Writes `contents` for `target` to a temporary file and closes it,
    /// without syncing: for bulk writes of thousands of files, which
    /// [`AtomicWriter::commit_all`] then syncs once. Call [`AtomicWriter::scratch`] first,
    /// which makes the scratch directory (once, not once per file).
    pub fn stage_for(&self, target: &Path, contents: &[u8]) -> Result<Staged> {
        let temp = self.temp_file(contents)?;
        Ok(Staged {
            temp: temp.into_temp_path(),
            target: target.to_path_buf(),
            hash: undo::hash(contents),
        })
    }

    /// Returns the scratch directory, created if needed.
    pub fn scratch(&self) -> Result<&Path> {
        fs::create_dir_all(&self.scratch).at(&self.scratch)?;
        Ok(&self.scratch)
    }
}

/// Puts staged files in place all at once: one sync makes every temporary
/// file durable, then each is renamed over its target, then each target
/// directory is synced so the renames are durable too.
///
/// On Linux the one sync is `syncfs(2)` on the scratch directory's file
/// system, which holds the book (the scratch directory is inside it): one
/// journal commit for all files instead of one per file. Elsewhere each
/// file is synced in turn.
///
/// All or nothing, even across a crash: before the first rename, the list
/// of renames is written to the journal (`.rapport/journal`, next to the
/// scratch directory) and synced. A failure before that leaves every target
/// untouched (the temporary files are removed). Once the journal is there
/// the write is decided: if the process dies during the renames, the next
/// writer of the book ([`finish_interrupted`], run when the lock is taken)
/// or `rapport check` renames the files still waiting, so either none of
/// the files change or all of them do — each one whole, old or new, at
/// every moment in between.
#[cfg(test)]
fn commit_all(scratch: &Path, staged: Vec<Staged>) -> Result<()> {
    commit_all_and_remove(scratch, staged, Vec::new())
}

/// As [`commit_all`], and removes the files `removals` (customer files) in
/// the same decision: an erasure that writes its suppression entry, an
/// anonymous record and other customers' files, and removes the person's
/// file, happens whole or not at all, even across a crash.
pub(super) fn commit_all_and_remove(
    scratch: &Path,
    staged: Vec<Staged>,
    removals: Vec<PathBuf>,
) -> Result<()> {
    if staged.is_empty() && removals.is_empty() {
        return Ok(());
    }
    // An earlier write interrupted in its renames is completed first (the
    // lock does this already; a journal is never overwritten).
    finish_interrupted(state_dir(scratch)?)?;
    let renames = prepare(scratch, staged, &removals)?;
    rename_all(&renames)
        .and_then(|()| remove_all(&removals))
        .map_err(|e| {
            Error::data(crate::msg!(
                "atomic.recorded",
                problem = e.to_string(),
                journal = shown_journal().display().to_string()
            ))
            .with_hint(crate::msg!("atomic.recorded-hint"))
        })?;
    finish(scratch)
}

/// The journal's path as messages show it.
fn shown_journal() -> PathBuf {
    Path::new(super::STATE_DIR).join(JOURNAL)
}

/// The file listing the renames of a bulk write in progress, in the state
/// directory (`.rapport/`).
pub const JOURNAL: &str = "journal";

/// The first line of a journal.
const JOURNAL_HEADER: &str = "rapport journal 1";

/// Makes the staged files durable and writes the journal of their renames:
/// from this point the write is decided. Returns (temporary file, target)
/// pairs; the temporary files are kept until renamed, whatever happens.
fn prepare(
    scratch: &Path,
    staged: Vec<Staged>,
    removals: &[PathBuf],
) -> Result<Vec<(PathBuf, PathBuf)>> {
    // A rename into a folder that is not there would fail after the
    // decision, and fail again on every retry: refuse it while nothing is
    // decided.
    let dirs: BTreeSet<&Path> = staged.iter().filter_map(|s| s.target.parent()).collect();
    for dir in dirs {
        if !dir.is_dir() {
            return Err(Error::data(format!(
                "{}: {}",
                dir.display(),
                crate::msg!("atomic.no-folder")
            ))
            .with_hint(crate::msg!("atomic.no-folder-hint")));
        }
    }
    sync_staged(scratch, &staged)?;
    let state = state_dir(scratch)?;
    let root = state.parent().unwrap_or(Path::new("."));
    let mut text = format!("{JOURNAL_HEADER}\n");
    for s in &staged {
        let name = s.temp.file_name().and_then(|n| n.to_str());
        let target = s.target.strip_prefix(root).ok().and_then(Path::to_str);
        let (Some(name), Some(target)) = (name, target) else {
            return Err(Error::data(format!(
                "{}: {}",
                s.target.display(),
                crate::msg!("atomic.not-of-the-book")
            )));
        };
        text.push_str(&format!("{name}\t{target}\n"));
    }
    for removal in removals {
        let Some(target) = removal.strip_prefix(root).ok().and_then(Path::to_str) else {
            return Err(Error::data(format!(
                "{}: {}",
                removal.display(),
                crate::msg!("atomic.not-of-the-book")
            )));
        };
        text.push_str(&format!("{REMOVE}\t{target}\n"));
    }
    // Written whole under another name, then renamed: a journal is either
    // complete or absent.
    let journal = state.join(JOURNAL);
    let partial = state.join(format!("{JOURNAL}.new"));
    super::inside::refuse_link(&journal)?;
    {
        // A new file, never one that is there (not through a link).
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&partial)
            .at(&partial)?;
        file.write_all(text.as_bytes()).at(&partial)?;
        file.sync_all().at(&partial)?;
    }
    fs::rename(&partial, &journal).at(&journal)?;
    sync_directory(state)?;
    Ok(staged
        .into_iter()
        .map(|s| {
            let target = s.target;
            // Kept: after a failure the next writer still renames it.
            let temp = match s.temp.keep() {
                Ok(path) => path,
                Err(e) => {
                    let path = e.path.to_path_buf();
                    std::mem::forget(e);
                    path
                }
            };
            (temp, target)
        })
        .collect())
}

/// Renames each temporary file over its target and syncs the targets'
/// directories.
fn rename_all(renames: &[(PathBuf, PathBuf)]) -> Result<()> {
    // Renames from two threads: a rename over an existing file also frees
    // the old file, and that work overlaps (measured several times faster
    // on ext4 than one thread). Each file is whole either way.
    renames
        .par_iter()
        .try_for_each(|(temp, target)| fs::rename(temp, target).at(target))?;
    let dirs: BTreeSet<&Path> = renames.iter().filter_map(|(_, t)| t.parent()).collect();
    for dir in dirs {
        sync_directory(dir)?;
    }
    Ok(())
}

/// Removes each file of `removals` that is still there, and syncs their
/// directories: done again after a crash, it removes what is left.
fn remove_all(removals: &[PathBuf]) -> Result<()> {
    for target in removals {
        match fs::remove_file(target) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(target, e)),
        }
    }
    let dirs: BTreeSet<&Path> = removals.iter().filter_map(|t| t.parent()).collect();
    for dir in dirs {
        sync_directory(dir)?;
    }
    Ok(())
}

/// The journal's first column for a file to remove instead of rename.
const REMOVE: &str = "-";

/// Removes the journal of a write whose renames are all done.
fn finish(scratch: &Path) -> Result<()> {
    let state = state_dir(scratch)?;
    let journal = state.join(JOURNAL);
    fs::remove_file(&journal).at(&journal)?;
    sync_directory(state)
}

/// Returns the state directory holding `scratch`.
fn state_dir(scratch: &Path) -> Result<&Path> {
    scratch.parent().ok_or_else(|| {
        Error::data(format!(
            "{}: {}",
            scratch.display(),
            crate::msg!("atomic.no-state-dir")
        ))
    })
}

/// Completes a bulk write interrupted during its renames: renames every
/// temporary file its journal lists that is still waiting, then removes the
/// journal. Returns how many files it renamed. `state` is the book's state
/// directory (`.rapport/`); the caller holds the lock. A journal left half
/// written (`journal.new`) belongs to a write that never started its
/// renames, and is removed.
///
/// The journal is checked before anything is renamed: each line names a
/// temporary file of `.rapport/tmp/` and a customer file, nothing else
/// (`.rapport/` is not in git, but a book copied from someone else could
/// carry one).
pub fn finish_interrupted(state: &Path) -> Result<usize> {
    let partial = state.join(format!("{JOURNAL}.new"));
    if fs::symlink_metadata(&partial).is_ok() {
        fs::remove_file(&partial).at(&partial)?;
    }
    let journal = state.join(JOURNAL);
    super::inside::refuse_link(&journal)?;
    let text = match fs::read_to_string(&journal) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(Error::io(&journal, e)),
    };
    let root = state.parent().unwrap_or(Path::new("."));
    let scratch = state.join("tmp");
    let shown = shown_journal();
    // `why` is the id of the message that says what is wrong.
    let bad = |line: usize, why: &str| {
        Error::data(format!(
            "{}:{line}: {}",
            shown.display(),
            crate::msg!("atomic.not-a-journal", why = crate::msg!(why))
        ))
        .with_hint(crate::msg!("atomic.not-a-journal-hint"))
    };
    let mut lines = text.lines();
    if lines.next() != Some(JOURNAL_HEADER) {
        return Err(bad(1, "atomic.no-header"));
    }
    let mut renames = Vec::new();
    let mut removals = Vec::new();
    for (k, line) in lines.enumerate() {
        let number = k + 2;
        let Some((name, target)) = line.split_once('\t') else {
            return Err(bad(number, "atomic.bad-line"));
        };
        let plain_name =
            name.starts_with(".tmp-") && !name.contains(['/', '\\']) && name != "." && name != "..";
        let id = target
            .strip_prefix(super::CUSTOMERS_DIR)
            .and_then(|t| t.strip_prefix('/'))
            .and_then(|t| t.strip_suffix(".toml"));
        let customer_file = id.is_some_and(|id| crate::model::Id::parse(id).is_ok());
        let suppressed = target == super::suppressed::FILE_NAME;
        match (name == REMOVE, plain_name) {
            (true, _) if customer_file => removals.push(root.join(target)),
            (false, true) if customer_file || suppressed => {
                renames.push((scratch.join(name), root.join(target)));
            }
            _ => {
                return Err(bad(number, "atomic.outside"));
            }
        }
    }
    super::inside::refuse_unless_plain_dir(&scratch)?;
    super::inside::refuse_unless_plain_dir(&root.join(super::CUSTOMERS_DIR))?;
    // A temporary file still there was not renamed yet; one gone was.
    let waiting: Vec<(PathBuf, PathBuf)> = renames
        .into_iter()
        .filter(|(temp, _)| fs::symlink_metadata(temp).is_ok_and(|m| m.is_file()))
        .collect();
    for (_, target) in &waiting {
        super::inside::refuse_link(target)?;
    }
    for target in &removals {
        super::inside::refuse_link(target)?;
    }
    rename_all(&waiting)
        .and_then(|()| remove_all(&removals))
        .map_err(|e| {
            Error::data(format!(
                "{}: {}",
                shown.display(),
                crate::msg!("atomic.completing", problem = e.to_string())
            ))
            .with_hint(crate::msg!("atomic.completing-hint"))
        })?;
    fs::remove_file(&journal).at(&journal)?;
    sync_directory(state)?;
    Ok(waiting.len())
}

#[cfg(target_os = "linux")]
fn sync_staged(scratch: &Path, _staged: &[Staged]) -> Result<()> {
    let dir = File::open(scratch).at(scratch)?;
    rustix::fs::syncfs(&dir).map_err(|e| Error::io(scratch, e.into()))
}

#[cfg(not(target_os = "linux"))]
fn sync_staged(_scratch: &Path, staged: &[Staged]) -> Result<()> {
    for s in staged {
        let path: &Path = &s.temp;
        File::open(path).and_then(|f| f.sync_all()).at(path)?;
    }
    Ok(())
}

/// Syncs the directory holding `path`, so a rename into it is durable.
pub fn sync_dir(path: &Path) -> Result<()> {
    sync_directory(path.parent().unwrap_or(Path::new(".")))
}

/// Syncs the directory `dir` itself.
fn sync_directory(dir: &Path) -> Result<()> {
    // Directories can be opened and synced on Unix; elsewhere a rename is
    // as durable as the platform makes it.
    if cfg!(unix) {
        File::open(dir).and_then(|d| d.sync_all()).at(dir)?;
    }
    Ok(())
}

/// Removes `target` and syncs its directory.
fn remove(target: &Path) -> Result<()> {
    fs::remove_file(target).at(target)?;
    sync_dir(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A book's folders: (root, state, scratch, customers).
    fn folders() -> (tempfile::TempDir, PathBuf, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join(".rapport");
        let scratch = state.join("tmp");
        let customers = dir.path().join("customers");
        fs::create_dir_all(&scratch).unwrap();
        fs::create_dir_all(&customers).unwrap();
        (dir, state, scratch, customers)
    }

    /// Stages `name = "new"` for a.toml, b.toml and c.toml, where a and b
    /// hold "old".
    fn stage_three(scratch: &Path, customers: &Path) -> Vec<Staged> {
        fs::write(customers.join("a.toml"), "old a").unwrap();
        fs::write(customers.join("b.toml"), "old b").unwrap();
        let writer = AtomicWriter::new(scratch.to_path_buf());
        ["a", "b", "c"]
            .iter()
            .map(|n| {
                writer
                    .stage_for(
                        &customers.join(format!("{n}.toml")),
                        format!("new {n}").as_bytes(),
                    )
                    .unwrap()
            })
            .collect()
    }

    fn contents(customers: &Path) -> Vec<String> {
        ["a", "b", "c"]
            .iter()
            .map(|n| fs::read_to_string(customers.join(format!("{n}.toml"))).unwrap_or_default())
            .collect()
    }

    fn count(dir: &Path) -> usize {
        fs::read_dir(dir).unwrap().count()
    }

    #[test]
    fn commit_all_renames_every_file_and_leaves_no_journal() {
        let (_dir, state, scratch, customers) = folders();
        commit_all(&scratch, stage_three(&scratch, &customers)).unwrap();
        assert_eq!(contents(&customers), ["new a", "new b", "new c"]);
        assert_eq!(count(&scratch), 0);
        assert!(!state.join(JOURNAL).exists());
        assert_eq!(finish_interrupted(&state).unwrap(), 0);
    }

    #[test]
    fn a_write_killed_during_its_renames_is_completed_by_the_next_writer() {
        let (_dir, state, scratch, customers) = folders();
        let renames = prepare(&scratch, stage_three(&scratch, &customers), &[]).unwrap();
        let journal = fs::read_to_string(state.join(JOURNAL)).unwrap();
        assert!(journal.starts_with("rapport journal 1\n"));
        assert!(journal.contains("\tcustomers/c.toml\n"), "{journal}");
        // The process dies after its first rename.
        let (temp, target) = &renames[0];
        fs::rename(temp, target).unwrap();
        let mut now = contents(&customers);
        now.sort();
        assert_eq!(now, ["", "new a", "old b"]);
        assert_eq!(finish_interrupted(&state).unwrap(), 2);
        assert_eq!(contents(&customers), ["new a", "new b", "new c"]);
        assert_eq!(count(&scratch), 0);
        assert!(!state.join(JOURNAL).exists());
        // Done once: a second look changes nothing.
        assert_eq!(finish_interrupted(&state).unwrap(), 0);
    }

    #[test]
    fn removals_and_the_suppression_list_are_part_of_the_decision() {
        let (_dir, state, scratch, customers) = folders();
        let root = state.parent().unwrap();
        fs::write(customers.join("gone.toml"), "the person").unwrap();
        let writer = AtomicWriter::new(scratch.clone());
        let mut staged = stage_three(&scratch, &customers);
        let list = root.join(super::super::suppressed::FILE_NAME);
        staged.push(writer.stage_for(&list, b"suppressed = []\n").unwrap());
        let gone = customers.join("gone.toml");
        let renames = prepare(&scratch, staged, std::slice::from_ref(&gone)).unwrap();
        let journal = fs::read_to_string(state.join(JOURNAL)).unwrap();
        assert!(
            journal.ends_with("\tsuppressed.toml\n-\tcustomers/gone.toml\n"),
            "{journal}"
        );
        // The process dies before any rename: the next writer does it all.
        drop(renames);
        assert!(gone.exists());
        assert_eq!(finish_interrupted(&state).unwrap(), 4);
        assert!(!gone.exists());
        assert_eq!(fs::read_to_string(&list).unwrap(), "suppressed = []\n");
        assert_eq!(contents(&customers), ["new a", "new b", "new c"]);
    }

    #[test]
    fn a_journal_may_remove_only_customer_files() {
        let (_dir, state, _scratch, _customers) = folders();
        fs::write(state.join(JOURNAL), "rapport journal 1\n-\trapport.toml\n").unwrap();
        let err = finish_interrupted(&state).unwrap_err().to_string();
        assert!(err.contains("outside the book's folders"), "{err}");
        fs::write(
            state.join(JOURNAL),
            "rapport journal 1\n.tmp-x\t../outside.toml\n",
        )
        .unwrap();
        assert!(finish_interrupted(&state).is_err());
    }

    #[test]
    fn a_failed_write_is_completed_before_the_next_one() {
        let (_dir, state, scratch, customers) = folders();
        prepare(&scratch, stage_three(&scratch, &customers), &[]).unwrap();
        // Nothing renamed yet; the next bulk write finishes this one first.
        let writer = AtomicWriter::new(scratch.clone());
        let d = writer
            .stage_for(&customers.join("d.toml"), b"new d")
            .unwrap();
        commit_all(&scratch, vec![d]).unwrap();
        assert_eq!(contents(&customers), ["new a", "new b", "new c"]);
        assert_eq!(
            fs::read_to_string(customers.join("d.toml")).unwrap(),
            "new d"
        );
        assert!(!state.join(JOURNAL).exists());
    }

    #[test]
    fn a_target_folder_that_is_missing_is_refused_before_the_journal() {
        let (dir, state, scratch, _customers) = folders();
        let writer = AtomicWriter::new(scratch.clone());
        let missing = dir.path().join("elsewhere/a.toml");
        let staged = vec![writer.stage_for(&missing, b"new a").unwrap()];
        assert!(commit_all(&scratch, staged).is_err());
        assert!(!state.join(JOURNAL).exists());
        assert_eq!(count(&scratch), 0, "the temporary file is removed");
    }

    #[test]
    fn a_rename_that_fails_while_completing_names_the_journal() {
        let (_dir, state, scratch, customers) = folders();
        prepare(&scratch, stage_three(&scratch, &customers), &[]).unwrap();
        fs::remove_dir_all(&customers).unwrap();
        let e = finish_interrupted(&state).unwrap_err().to_string();
        assert!(
            e.starts_with(".rapport/journal: completing an import"),
            "{e}"
        );
        // Still there to retry once the folder is back.
        fs::create_dir(&customers).unwrap();
        assert_eq!(finish_interrupted(&state).unwrap(), 3);
        assert_eq!(contents(&customers), ["new a", "new b", "new c"]);
    }

    #[test]
    fn a_journal_left_half_written_renames_nothing() {
        let (_dir, state, scratch, customers) = folders();
        let staged = stage_three(&scratch, &customers);
        // The process died while writing the journal: only journal.new is
        // there, and the temporary files are debris for `check`.
        fs::write(state.join("journal.new"), "rapport journal 1\n.tmp-x").unwrap();
        let paths: Vec<PathBuf> = staged.into_iter().map(|s| s.temp.keep().unwrap()).collect();
        assert_eq!(finish_interrupted(&state).unwrap(), 0);
        assert!(!state.join("journal.new").exists());
        assert_eq!(contents(&customers), ["old a", "old b", ""]);
        assert!(paths.iter().all(|p| p.exists()));
    }

    #[test]
    fn a_journal_naming_files_outside_the_book_is_refused() {
        let (dir, state, scratch, _customers) = folders();
        fs::write(scratch.join(".tmp-x.toml"), "evil").unwrap();
        fs::write(dir.path().join("rapport.toml"), "keep").unwrap();
        for line in [
            ".tmp-x.toml\t../outside.toml",
            ".tmp-x.toml\trapport.toml",
            ".tmp-x.toml\tcustomers/../rapport.toml",
            ".tmp-x.toml\tcustomers/con.toml",
            "../../rapport.toml\tcustomers/a.toml",
            ".tmp-x.toml customers/a.toml",
        ] {
            fs::write(state.join(JOURNAL), format!("rapport journal 1\n{line}\n")).unwrap();
            let e = finish_interrupted(&state).unwrap_err().to_string();
            assert!(e.contains("journal:2:"), "{line}: {e}");
            assert_eq!(
                fs::read_to_string(dir.path().join("rapport.toml")).unwrap(),
                "keep"
            );
            assert!(scratch.join(".tmp-x.toml").exists());
        }
        fs::write(state.join(JOURNAL), "not a journal\n").unwrap();
        assert!(
            finish_interrupted(&state)
                .unwrap_err()
                .to_string()
                .contains("journal:1:")
        );
    }
}
