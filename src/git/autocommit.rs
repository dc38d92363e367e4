//! Commit as audit log: with `git = "commit"` in rapport.toml, every
//! writing command commits exactly the files it changed, with a message
//! saying what it did (`rapport: log call eriks-ozolins`).
//!
//! Only the command's own paths are committed, from the work tree
//! (`git add -A -- PATHS`, then `git commit --only -- PATHS`): whatever else
//! the user has staged stays staged and out of the commit. Messages name
//! the command, the keys and the ids, never the values written, so no
//! e-mail address or phone number ends up in a commit message (erasure can
//! then purge a person from the history by their file and id alone).
//!
//! A commit that cannot be made never undoes the change: the file is
//! written, and [`NotCommitted`] says why it was not committed and how to
//! commit it (no repository, git missing, a hook refusing, a merge in
//! progress), for the command to show as a warning.

use std::path::{Path, PathBuf};

use super::Repo;
use crate::book::Book;
use crate::book::settings::GitMode;

/// A change written but not committed: why, and how to commit it, as the
/// warning the command shows.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct NotCommitted(pub String);

/// Commits `paths` (files of `book` that a command wrote or removed) with
/// the message `rapport: {what}`, when the book's settings ask for it.
/// Returns the new commit's short hash; None when the book does not
/// commit or nothing changed; [`NotCommitted`] when the commit failed. The
/// caller still holds the book's lock, so two rapport commands never race
/// for git's index.
pub fn autocommit(
    book: &Book,
    paths: &[PathBuf],
    what: &str,
) -> Result<Option<String>, NotCommitted> {
    if book.settings.git != GitMode::Commit || paths.is_empty() {
        return Ok(None);
    }
    let message = format!("rapport: {what}");
    let Some(repo) = Repo::discover(book.root()) else {
        return Err(NotCommitted(crate::msg!(
            "git.not-in-repo",
            dir = book.root().display().to_string()
        )));
    };
    commit(&repo, paths, &message).map_err(|e| {
        let names: Vec<String> = paths.iter().map(|p| repo.relative(p)).collect();
        NotCommitted(crate::msg!(
            "git.not-committed",
            problem = e.to_string(),
            command = format!(
                "git add -A -- {0} && git commit -m '{message}' -- {0}",
                names.join(" ")
            )
        ))
    })
}

/// Names customers in a commit message: their ids, up to three, else
/// their number (`rm anna, eriks-ozolins`, `set stage on 40 customers`).
pub fn ids_phrase(ids: &[crate::model::Id]) -> String {
    match ids.len() {
        1..=3 => ids
            .iter()
            .map(|i| i.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        n => format!("{n} customers"),
    }
}

/// Stages and commits `paths` only; Ok(None) when they hold no change.
fn commit(
    repo: &Repo,
    paths: &[PathBuf],
    message: &str,
) -> Result<Option<String>, super::GitError> {
    let names = committable(repo, paths)?;
    if names.is_empty() {
        return Ok(None);
    }
    if names.len() > MANY_PATHS {
        return commit_many(repo, &names, message);
    }
    let mut add = vec!["add".to_string(), "-A".into(), "--".into()];
    add.extend(names.iter().cloned());
    repo.run(&add)?;
    let has_head = repo.succeeds(&["rev-parse", "--verify", "--quiet", "HEAD"]);
    if has_head {
        let mut diff = vec![
            "diff".to_string(),
            "--cached".into(),
            "--quiet".into(),
            "HEAD".into(),
            "--".into(),
        ];
        diff.extend(names.iter().cloned());
        if repo.succeeds(&diff) {
            return Ok(None);
        }
    }
    let mut commit = vec![
        "commit".to_string(),
        "--quiet".into(),
        "--only".into(),
        "-m".into(),
        message.to_string(),
        "--".into(),
    ];
    commit.extend(names.iter().cloned());
    repo.run(&commit)?;
    let hash = repo.run(&["rev-parse", "--short", "HEAD"])?;
    Ok(Some(hash.trim().to_string()))
}

/// More paths than this go to git in a file, not on its command line
/// (which has a length limit): an import writes thousands of files.
const MANY_PATHS: usize = 500;

/// Commits many paths, handing them to git in a file
/// (`--pathspec-from-file`), so no command line grows with their number.
fn commit_many(
    repo: &Repo,
    names: &[String],
    message: &str,
) -> Result<Option<String>, super::GitError> {
    let fail = |e: std::io::Error| super::GitError {
        command: "commit".into(),
        message: crate::msg!("git.path-list", problem = e.to_string()),
    };
    let mut list = tempfile::NamedTempFile::new().map_err(fail)?;
    for n in names {
        std::io::Write::write_all(&mut list, n.as_bytes()).map_err(fail)?;
        std::io::Write::write_all(&mut list, b"\0").map_err(fail)?;
    }
    let from = format!("--pathspec-from-file={}", list.path().display());
    repo.run(&["add", "-A", &from, "--pathspec-file-nul"])?;
    repo.run(&[
        "commit",
        "--quiet",
        "--only",
        "-m",
        message,
        &from,
        "--pathspec-file-nul",
    ])?;
    let hash = repo.run(&["rev-parse", "--short", "HEAD"])?;
    Ok(Some(hash.trim().to_string()))
}

/// Returns the paths git can commit, relative to the work tree: those that
/// exist, and those git tracks (a removal). A file that was never
/// committed and is gone again is left out.
fn committable(repo: &Repo, paths: &[PathBuf]) -> Result<Vec<String>, super::GitError> {
    let names: Vec<String> = paths.iter().map(|p| repo.relative(p)).collect();
    // Only a missing path needs git to say whether it tracks it.
    let missing: Vec<String> = paths
        .iter()
        .zip(&names)
        .filter(|(path, _)| !exists(path))
        .map(|(_, name)| name.clone())
        .collect();
    if missing.is_empty() {
        return Ok(names);
    }
    let mut ls = vec![
        "ls-files".to_string(),
        "--cached".into(),
        "-z".into(),
        "--".into(),
    ];
    ls.extend(missing);
    let tracked = repo.run(&ls)?;
    let tracked: Vec<&str> = tracked.split('\0').filter(|s| !s.is_empty()).collect();
    Ok(paths
        .iter()
        .zip(names)
        .filter(|(path, name)| exists(path) || tracked.contains(&name.as_str()))
        .map(|(_, name)| name)
        .collect())
}

fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commit_not_made_is_returned_for_the_command_to_show() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("rapport.toml"), "git = \"commit\"\n").unwrap();
        let book = Book::open(dir.path()).unwrap();
        let path = book.customers_dir().join("anna.toml");
        let err = autocommit(&book, std::slice::from_ref(&path), "add anna").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("rapport.toml says git = \"commit\", but "),
            "{err}"
        );
        assert!(
            err.0
                .ends_with("run `git init` there, or set git = \"off\"")
        );

        // A book that does not commit has nothing to say.
        std::fs::write(dir.path().join("rapport.toml"), "").unwrap();
        let book = Book::open(dir.path()).unwrap();
        assert_eq!(autocommit(&book, &[path], "add anna"), Ok(None));
    }
}
