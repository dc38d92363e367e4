//! Atomic writes: a crash leaves the old file or the new one, never half.
//!
//! The new contents go to a temporary file under `.rapport/tmp/` (inside the
//! book, on the same file system, and git-ignored, so a crash never leaves
//! debris among the customer files), are synced, then renamed over the
//! target; the directory is synced so the rename itself survives a crash.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

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

/// Syncs the directory holding `path`, so a rename into it is durable.
pub fn sync_dir(path: &Path) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
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
