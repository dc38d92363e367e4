//! Keeping reads and writes inside the book. A book cloned from someone
//! else's repository can carry symbolic links anywhere, even in its
//! git-ignored `.rapport/` (a committed file is committed whatever
//! .gitignore says), so rapport never writes through a link, and reads a
//! link only when it stays inside the book.

use std::fs;
use std::path::Path;

use crate::diag::shown_path;
use crate::error::{Error, Result};

/// Refuses `path` when it is a symbolic link (dangling or not): writing to
/// it would write wherever it points. A missing path is fine.
pub fn refuse_link(path: &Path) -> Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(Error::data(format!(
            "{}: a symbolic link; rapport does not write through links",
            shown_path(path)
        ))
        .with_hint("remove the link (rapport recreates what it needs)")),
        _ => Ok(()),
    }
}

/// Refuses `dir` when it exists as anything but a plain folder (a link to
/// a folder elsewhere, or a file).
pub fn refuse_unless_plain_dir(dir: &Path) -> Result<()> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if !meta.is_dir() => Err(Error::data(format!(
            "{}: must be a plain folder inside the book, not a link or a file",
            shown_path(dir)
        ))
        .with_hint("remove it (rapport recreates what it needs)")),
        _ => Ok(()),
    }
}

/// Checks a file rapport reads from the book's root (rapport.toml,
/// suppressed.toml): a regular file, or a link to one inside `root` (the
/// canonical root). `relative` names it in messages.
pub fn check_readable(root: &Path, path: &Path, relative: &Path) -> Result<()> {
    let meta = fs::symlink_metadata(path).map_err(|e| Error::io(relative, e))?;
    if meta.file_type().is_symlink() {
        let target = fs::canonicalize(path).map_err(|_| {
            Error::data(format!(
                "{}: a symbolic link to nothing (`{}`)",
                shown_path(relative),
                shown_path(&fs::read_link(path).unwrap_or_default())
            ))
        })?;
        if !target.starts_with(root) {
            return Err(Error::data(format!(
                "{}: a symbolic link leading out of the book (to {}); rapport does not follow it",
                shown_path(relative),
                shown_path(&target)
            ))
            .with_hint("copy the file into the book instead of linking to it"));
        }
        return check_readable(root, &target, relative);
    }
    if meta.is_dir() {
        return Err(Error::data(format!(
            "{}: a folder, not a file",
            shown_path(relative)
        )));
    }
    if !meta.is_file() {
        return Err(Error::data(format!(
            "{}: not a regular file",
            shown_path(relative)
        )));
    }
    Ok(())
}
