//! The git merge driver for customer files (`merge=rapport` in
//! .gitattributes): git calls `rapport merge-driver %O %A %B %P` with the
//! common ancestor, our version (where the result goes) and their version
//! of one customer file, and treats a non-zero exit as a conflict.
//!
//! The merge itself is [`crate::book::merge`]. A file it cannot merge field
//! by field (not valid TOML, not UTF-8, a shape beyond a customer file) is
//! handed to git's own line-by-line merge, `git merge-file`, so the driver
//! is never worse than no driver.

use std::fs;
use std::path::Path;
use std::process::Stdio;

use super::{Repo, git_command};
use crate::book::merge::{self, OnConflict};
use crate::error::{Error, IoContext, Result};

/// The driver's name in git's config (`merge.rapport.*`).
pub const NAME: &str = "rapport";
/// The command git runs; `rapport` must be on the PATH of whoever merges.
pub const COMMAND: &str = "rapport merge-driver %O %A %B %P";
/// The description git shows.
pub const DESCRIPTION: &str = "rapport: field-by-field merge of customer files";

/// How a merge went.
#[derive(Debug)]
pub struct Outcome {
    /// Where conflict markers were written; empty for a clean merge.
    pub conflicts: Vec<String>,
    /// Why the field-by-field merge was not possible, when git's textual
    /// merge did the work.
    pub fell_back: Option<String>,
}

/// Merges `theirs` into `ours` (written in place) from their common
/// ancestor `base`.
pub fn run(base: &Path, ours: &Path, theirs: &Path) -> Result<Outcome> {
    let read = |p: &Path| fs::read(p).at(p);
    let (b, o, t) = (read(base)?, read(ours)?, read(theirs)?);
    let texts = (
        String::from_utf8(b),
        String::from_utf8(o),
        String::from_utf8(t),
    );
    let why = match texts {
        (Ok(b), Ok(o), Ok(t)) => match merge::merge(&b, &o, &t, OnConflict::Markers) {
            Ok(merged) => {
                fs::write(ours, merged.text).at(ours)?;
                return Ok(Outcome {
                    conflicts: merged.conflicts,
                    fell_back: None,
                });
            }
            Err(e) => e.0,
        },
        _ => crate::msg!("git.not-utf8-version"),
    };
    let conflicts = merge_file(base, ours, theirs)?;
    Ok(Outcome {
        conflicts: (0..conflicts).map(|n| format!("hunk {}", n + 1)).collect(),
        fell_back: Some(why),
    })
}

/// Runs git's line-by-line merge into `ours`; returns the number of
/// conflicting hunks.
fn merge_file(base: &Path, ours: &Path, theirs: &Path) -> Result<usize> {
    let status = git_command()
        .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
        .arg(ours)
        .arg(base)
        .arg(theirs)
        .stdin(Stdio::null())
        .status()
        .map_err(|e| {
            Error::data(crate::msg!(
                "git.could-not-run",
                command = "git merge-file",
                problem = e.to_string()
            ))
        })?;
    match status.code() {
        Some(n) if (0..=127).contains(&n) => Ok(n as usize),
        _ => Err(Error::data(crate::msg!(
            "git.merge-file-failed",
            status = status.to_string()
        ))),
    }
}

/// Where the merge driver was registered.
#[derive(Debug)]
pub enum Registration {
    /// In the config of the repository at this top folder.
    Registered(std::path::PathBuf),
    /// Not in a repository: the command that registers it later.
    NotInRepo(String),
}

/// Registers the driver in the config of the repository holding `dir`
/// (the config is per clone: each clone runs this once, `rapport init`
/// does it), or returns the command to run once the book is in git.
pub fn register(dir: &Path) -> Result<Registration> {
    let Some(repo) = Repo::discover(dir) else {
        return Ok(Registration::NotInRepo(format!(
            "git config merge.{NAME}.driver '{COMMAND}'"
        )));
    };
    let set = |key: &str, value: &str| {
        repo.run(&["config", &format!("merge.{NAME}.{key}"), value])
            .map_err(|e| Error::data(e.to_string()))
    };
    set("name", DESCRIPTION)?;
    set("driver", COMMAND)?;
    Ok(Registration::Registered(repo.top().to_path_buf()))
}
