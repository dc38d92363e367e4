//! The write pass, under the book's lock: every file of the plan written
//! at once, then committed with git when the book asks for it.

use std::path::PathBuf;

use crate::book::Book;
use crate::book::atomic::Staged;
use crate::book::load::Progress;
use crate::csv::mapping::Kind;
use crate::diag::Notes;
use crate::error::Result;

use super::{Counts, noun, plural};

/// Writes `files` and commits them (with `git = "commit"`), the message
/// saying what the import of `name` did; a commit that cannot be made is a
/// warning.
pub(super) fn write(
    book: &Book,
    name: &str,
    kind: Kind,
    files: Vec<(PathBuf, String)>,
    counts: &Counts,
    progress: &dyn Progress,
    notes: &dyn Notes,
) -> Result<()> {
    let paths: Vec<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
    write_all(book, files, progress)?;
    if let Err(e) = crate::git::autocommit(book, &paths, &commit_message(name, kind, counts)) {
        notes.warning(&e.to_string());
    }
    Ok(())
}

/// Returns the commit message of an import (`import contacts.csv: 3
/// created, 1 updated`): the file's name and counts, never its values.
fn commit_message(name: &str, kind: Kind, counts: &Counts) -> String {
    match *counts {
        Counts::Customers {
            created, updated, ..
        } => format!(
            "import {}: {created} created, {updated} updated",
            file_name(name)
        ),
        Counts::Entries {
            appended,
            customers,
            ..
        } => {
            let noun = noun(kind);
            format!(
                "import --{noun}s {}: {appended} {noun}{} on {customers} customer{}",
                file_name(name),
                plural(appended),
                plural(customers)
            )
        }
    }
}

/// Returns the last part of a path, for commit messages.
fn file_name(name: &str) -> &str {
    std::path::Path::new(name)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(name)
}

/// Writes every file at once: all staged in `.rapport/tmp`, one sync, then
/// the renames (see [`crate::book::AtomicWriter::commit_all`]). The caller holds the lock.
pub(crate) fn write_all(
    book: &Book,
    files: Vec<(PathBuf, String)>,
    progress: &dyn Progress,
) -> Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    let writer = book.writer()?;
    writer.scratch()?;
    progress.stage("writing files", Some(files.len() as u64));
    // One thread: creating files in one directory from several threads
    // only makes them wait for each other on the directory's lock (measured
    // slower on ext4); the texts are already rendered in parallel.
    let staged: Vec<Staged> = files
        .iter()
        .map(|(path, text)| {
            let s = writer.stage_for(path, text.as_bytes());
            progress.advance(1);
            s
        })
        .collect::<Result<_>>()?;
    progress.finish();
    writer.commit_all(staged)
}
