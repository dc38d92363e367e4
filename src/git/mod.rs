//! rapport and git: the book lives in a git repository, and git is how
//! it travels between people and machines (DESIGN.md sections 9 and 11).
//!
//! - [`driver`]: the merge driver that merges two edits of one customer
//!   field by field, and its registration in a repository's config.
//! - [`autocommit`]: with `git = "commit"`, each writing command commits
//!   exactly the files it changed, so the history is the audit log.
//! - [`history`]: one customer's changes, read back from that log.
//! - [`suppressed`]: the erasure list that `forget` writes and imports
//!   consult (it lives in [`crate::book::suppressed`]; re-exported here).
//!
//! rapport runs the `git` program rather than a library: the user's own
//! configuration, hooks and signing then apply to every commit.

pub mod autocommit;
pub mod driver;
pub mod history;

pub use autocommit::autocommit;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A git work tree, found from a folder inside it.
#[derive(Clone, Debug)]
pub struct Repo {
    top: PathBuf,
}

/// A git command that failed: what was run and what git said.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::msg!("git.failed", command = .command.as_str(), problem = .message.as_str()))]
pub struct GitError {
    pub command: String,
    pub message: String,
}

impl Repo {
    /// Returns the work tree holding `dir`; None when `dir` is not inside
    /// one, or git is not installed.
    pub fn discover(dir: &Path) -> Option<Repo> {
        let out = git_command()
            .arg("-C")
            .arg(dir)
            .args(["rev-parse", "--show-toplevel"])
            .stderr(Stdio::null())
            .output()
            .ok()?;
        if !out.status.success() {
            return None;
        }
        let top = String::from_utf8(out.stdout).ok()?;
        let top = PathBuf::from(top.trim_end_matches(['\n', '\r']));
        Some(Repo {
            top: std::fs::canonicalize(&top).unwrap_or(top),
        })
    }

    /// Returns the top folder of the work tree.
    pub fn top(&self) -> &Path {
        &self.top
    }

    /// Returns `path` relative to the top of the work tree, as git names
    /// it (`/`-separated).
    pub fn relative(&self, path: &Path) -> String {
        let canonical = match (path.parent(), path.file_name()) {
            (Some(dir), Some(name)) => std::fs::canonicalize(dir)
                .map(|d| d.join(name))
                .unwrap_or_else(|_| path.to_path_buf()),
            _ => path.to_path_buf(),
        };
        let rel = canonical.strip_prefix(&self.top).unwrap_or(&canonical);
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Returns a git command run at the top of the work tree, with
    /// pathspecs taken literally.
    pub fn command(&self) -> Command {
        let mut cmd = git_command();
        cmd.arg("-C").arg(&self.top).arg("--literal-pathspecs");
        cmd
    }

    /// Runs git with `args` and returns its stdout; a failure carries git's
    /// message.
    pub fn run<S: AsRef<OsStr>>(&self, args: &[S]) -> Result<String, GitError> {
        let out = self
            .command()
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| GitError {
                command: describe(args),
                message: e.to_string(),
            })?;
        checked(args, out)
    }

    /// Runs git with `args` and returns whether it exited 0 (for `git
    /// diff --quiet` and the like).
    pub fn succeeds<S: AsRef<OsStr>>(&self, args: &[S]) -> bool {
        self.command()
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }
}

/// Returns a `git` command with the variables a surrounding git process
/// (a hook, a merge) may have set cleared, so it acts on the repository of
/// its `-C` folder.
pub fn git_command() -> Command {
    let mut cmd = Command::new("git");
    for var in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX"] {
        cmd.env_remove(var);
    }
    cmd
}

fn describe<S: AsRef<OsStr>>(args: &[S]) -> String {
    args.iter()
        .map(|a| a.as_ref().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

fn checked<S: AsRef<OsStr>>(args: &[S], out: Output) -> Result<String, GitError> {
    if out.status.success() {
        return String::from_utf8(out.stdout).map_err(|_| GitError {
            command: describe(args),
            message: crate::msg!("git.output-not-utf8"),
        });
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let message = [stderr.trim(), stdout.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    Err(GitError {
        command: describe(args),
        message: if message.is_empty() {
            crate::msg!("git.exit-status", status = out.status.to_string())
        } else {
            message
        },
    })
}
