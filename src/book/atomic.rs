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

use crate::error::{Error, IoContext, Result};

/// Writes files atomically through a scratch directory of the book.
pub struct AtomicWriter {
    scratch: PathBuf,
}

impl AtomicWriter {
    /// Returns a writer whose temporary files go to `scratch`.
    pub fn new(scratch: PathBuf) -> AtomicWriter {
        AtomicWriter { scratch }
    }

    /// Replaces `target` with `contents` atomically and durably.
    pub fn write(&self, target: &Path, contents: &[u8]) -> Result<()> {
        let temp = self.stage(contents)?;
        temp.as_file().sync_all().at(temp.path())?;
        self.commit(temp, target)?;
        sync_dir(target)
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
/// renamed over its target by [`commit_all`]. Dropped uncommitted, the
/// temporary file is removed.
pub struct Staged {
    temp: TempPath,
    target: PathBuf,
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
    /// [`commit_all`] then syncs once. Call [`AtomicWriter::scratch`] first,
    /// which makes the scratch directory (once, not once per file).
    pub fn stage_for(&self, target: &Path, contents: &[u8]) -> Result<Staged> {
        let temp = self.temp_file(contents)?;
        Ok(Staged {
            temp: temp.into_temp_path(),
            target: target.to_path_buf(),
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
/// file is synced in turn. A failure before the renames leaves every target
/// untouched (the temporary files are removed); a crash during the renames
/// leaves each target either old or new, never half written.
pub fn commit_all(scratch: &Path, staged: Vec<Staged>) -> Result<()> {
    if staged.is_empty() {
        return Ok(());
    }
    sync_staged(scratch, &staged)?;
    let dirs: BTreeSet<PathBuf> = staged
        .iter()
        .filter_map(|s| s.target.parent().map(Path::to_path_buf))
        .collect();
    // Renames from two threads: a rename over an existing file also frees
    // the old file, and that work overlaps (measured several times faster
    // on ext4 than one thread). Each file is whole either way.
    staged.into_par_iter().try_for_each(|s| {
        let target = s.target;
        s.temp
            .persist(&target)
            .map(drop)
            .map_err(|e| Error::io(&target, e.error))
    })?;
    for dir in dirs {
        sync_directory(&dir)?;
    }
    Ok(())
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
pub fn remove(target: &Path) -> Result<()> {
    fs::remove_file(target).at(target)?;
    sync_dir(target)
}
