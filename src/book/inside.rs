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
            "{}: {}",
            shown_path(path),
            crate::msg!("book.link")
        ))
        .with_hint(crate::msg!("book.link-hint"))),
        _ => Ok(()),
    }
}

/// Refuses `dir` when it exists as anything but a plain folder (a link to
/// a folder elsewhere, or a file).
pub fn refuse_unless_plain_dir(dir: &Path) -> Result<()> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if !meta.is_dir() => Err(Error::data(format!(
            "{}: {}",
            shown_path(dir),
            crate::msg!("book.plain-folder")
        ))
        .with_hint(crate::msg!("book.plain-folder-hint"))),
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
                "{}: {}",
                shown_path(relative),
                crate::msg!(
                    "book.dangling-link",
                    target = shown_path(&fs::read_link(path).unwrap_or_default())
                )
            ))
        })?;
        if !target.starts_with(root) {
            return Err(Error::data(format!(
                "{}: {}",
                shown_path(relative),
                crate::msg!("book.link-out", target = shown_path(&target))
            ))
            .with_hint(crate::msg!("book.link-out-hint")));
        }
        return check_readable(root, &target, relative);
    }
    if meta.is_dir() {
        return Err(Error::data(format!(
            "{}: {}",
            shown_path(relative),
            crate::msg!("book.a-folder")
        )));
    }
    if !meta.is_file() {
        return Err(Error::data(format!(
            "{}: {}",
            shown_path(relative),
            crate::msg!("book.not-regular")
        )));
    }
    Ok(())
}
