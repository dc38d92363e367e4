//! What the library tells on the way, shown on stderr: its notes
//! ([`Notes`]) and the progress of long work ([`Progress`]), and the
//! warning of a commit that could not be made.

use std::path::PathBuf;
use std::sync::RwLock;

use indicatif::ProgressBar;

use crate::book::Book;
use crate::book::load::Progress;
use crate::diag::Notes;
use crate::output::{progress, stderr};

/// Notes printed on stderr as they come.
pub struct Stderr;

impl Notes for Stderr {
    fn note(&self, message: &str) {
        stderr::note(message);
    }

    fn warning(&self, message: &str) {
        stderr::warning(message);
    }

    fn located(&self, location: &str, message: &str) {
        stderr::located(location, message);
    }
}

/// One progress bar per stage of work (`rapport: reading rows [===> ]
/// 120/400`), drawn only when stderr is a terminal.
#[derive(Default)]
pub struct Bars(RwLock<Option<ProgressBar>>);

impl Progress for Bars {
    fn start(&self, expected: Option<u64>) {
        self.stage("working", expected);
    }

    fn stage(&self, what: &'static str, expected: Option<u64>) {
        let bar = progress::bar(expected.unwrap_or(0), &progress_word(what));
        let old = self
            .0
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .replace(bar);
        if let Some(old) = old {
            old.finish_and_clear();
        }
    }

    fn advance(&self, n: u64) {
        if let Some(bar) = &*self.0.read().unwrap_or_else(|p| p.into_inner()) {
            bar.inc(n);
        }
    }

    fn finish(&self) {
        if let Some(bar) = self.0.write().unwrap_or_else(|p| p.into_inner()).take() {
            bar.finish_and_clear();
        }
    }
}

/// Returns the words of a stage of work (as the library names it, in
/// English) in the language of the run.
fn progress_word(what: &'static str) -> std::borrow::Cow<'static, str> {
    let id = match what {
        "working" => "progress.working",
        "reading rows" => "progress.reading-rows",
        "checking rows" => "progress.checking-rows",
        "building files" => "progress.building-files",
        "writing files" => "progress.writing-files",
        "reading messages" => "progress.reading-messages",
        "checking customers" => "progress.checking-customers",
        other => return other.into(),
    };
    crate::msg!(id).into()
}

impl Drop for Bars {
    /// Clears a bar left when the work ended early (an error).
    fn drop(&mut self) {
        self.finish();
    }
}

/// Commits `paths` with git when the book asks for it (see
/// [`crate::git::autocommit`]); a commit that cannot be made is a warning.
/// Returns the new commit's short hash.
pub fn autocommit(book: &Book, paths: &[PathBuf], what: &str) -> Option<String> {
    if book.is_dry_run() {
        return None;
    }
    crate::git::autocommit(book, paths, what).unwrap_or_else(|e| {
        stderr::warning(&e.to_string());
        None
    })
}
