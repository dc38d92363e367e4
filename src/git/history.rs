//! One customer's history, read from git: every commit that changed the
//! customer's file (`git log --follow`), newest first, with who, when,
//! the message, and what changed in words ([`crate::book::diff`]).
//!
//! The two versions of the file around each commit are fetched in one
//! `git cat-file --batch` run, so a long history costs two git processes.
//! Merge commits are left out: each change is shown at the commit that
//! made it, on whichever branch.

use std::io::{Read, Write};
use std::process::Stdio;

use super::Repo;
use crate::book::Book;
use crate::book::diff;
use crate::error::{Error, Result};
use crate::model::Id;

/// One commit that changed a customer's file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commit {
    /// The abbreviated commit hash.
    pub hash: String,
    /// The author date, `YYYY-MM-DD HH:MM` in the author's time zone.
    pub date: String,
    pub author: String,
    /// The first line of the commit message.
    pub message: String,
    /// What changed, one line each.
    pub changes: Vec<String>,
}

/// Returns the commits that changed the file of `id`, newest first. The
/// customer need not exist any more: the history of a deleted or merged
/// record ends with `deleted`.
pub fn of_customer(book: &Book, id: &Id) -> Result<Vec<Commit>> {
    let Some(repo) = Repo::discover(book.root()) else {
        return Err(Error::usage(crate::msg!(
            "git.history-not-in-git",
            dir = book.root().display().to_string()
        ))
        .with_hint(crate::msg!("git.history-not-in-git-hint")));
    };
    if !repo.succeeds(&["rev-parse", "--verify", "--quiet", "HEAD"]) {
        return Ok(Vec::new());
    }
    let path = repo.relative(&book.customer_path(id));
    let log = repo
        .run(&[
            "-c",
            "log.showSignature=false",
            "log",
            "--follow",
            // Newest first, and never a commit before the ones made on top of
            // it: by default git breaks ties between equal dates (commits made
            // in the same second on two clones) by the order it meets them.
            "--date-order",
            "--no-merges",
            "--name-status",
            "--date=format:%Y-%m-%d %H:%M",
            "--format=%x1e%H%x1f%h%x1f%an%x1f%ad%x1f%s",
            "--",
            &path,
        ])
        .map_err(|e| Error::data(e.to_string()))?;
    let entries = parse_log(&log, &path);
    let mut specs = Vec::with_capacity(entries.len() * 2);
    for e in &entries {
        specs.push(e.before.clone());
        specs.push(e.after.clone());
    }
    let blobs = fetch(&repo, &specs)?;
    Ok(entries
        .into_iter()
        .zip(blobs.chunks(2))
        .map(|(e, pair)| Commit {
            changes: diff::changes(pair[0].as_deref(), pair[1].as_deref()),
            hash: e.hash,
            date: e.date,
            author: e.author,
            message: e.message,
        })
        .collect())
}

struct LogEntry {
    hash: String,
    date: String,
    author: String,
    message: String,
    /// `COMMIT^:PATH` for the version before, None when the file was added.
    before: Option<String>,
    /// `COMMIT:PATH` for the version after, None when it was deleted.
    after: Option<String>,
}

/// Reads `git log --name-status` output in the format above.
fn parse_log(log: &str, path: &str) -> Vec<LogEntry> {
    let mut out = Vec::new();
    for record in log.split('\x1e').filter(|r| !r.trim().is_empty()) {
        let mut lines = record.lines();
        let header: Vec<&str> = lines.next().unwrap_or_default().split('\x1f').collect();
        let [full, hash, author, date, message] = header[..] else {
            continue;
        };
        let status = lines.find(|l| !l.trim().is_empty()).unwrap_or("M");
        let fields: Vec<&str> = status.split('\t').collect();
        let kind = fields[0].chars().next().unwrap_or('M');
        let (old, new) = match fields[..] {
            [_, old, new] => (old, new),
            [_, one] => (one, one),
            _ => (path, path),
        };
        out.push(LogEntry {
            hash: hash.to_string(),
            date: date.to_string(),
            author: author.to_string(),
            message: message.to_string(),
            before: (kind != 'A').then(|| format!("{full}^:{old}")),
            after: (kind != 'D').then(|| format!("{full}:{new}")),
        });
    }
    out
}

/// Returns the contents of each object (`COMMIT:PATH`), None for a missing
/// one or a None spec, from one `git cat-file --batch`.
fn fetch(repo: &Repo, specs: &[Option<String>]) -> Result<Vec<Option<String>>> {
    let wanted: Vec<&String> = specs.iter().flatten().collect();
    if wanted.is_empty() {
        return Ok(vec![None; specs.len()]);
    }
    let mut child = repo
        .command()
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            Error::data(crate::msg!(
                "git.could-not-run",
                command = "git cat-file",
                problem = e.to_string()
            ))
        })?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let input: String = wanted.iter().map(|s| format!("{s}\n")).collect();
    let output = std::thread::scope(|scope| {
        scope.spawn(move || {
            let _ = stdin.write_all(input.as_bytes());
        });
        let mut buf = Vec::new();
        stdout.read_to_end(&mut buf).map(|_| buf)
    })
    .map_err(|e| {
        Error::data(crate::msg!(
            "git.failed",
            command = "cat-file",
            problem = e.to_string()
        ))
    })?;
    let _ = child.wait();

    let mut found = parse_batch(&output, wanted.len()).into_iter();
    Ok(specs
        .iter()
        .map(|s| s.as_ref().and_then(|_| found.next().flatten()))
        .collect())
}

/// Splits `git cat-file --batch` output into `count` objects.
fn parse_batch(mut data: &[u8], count: usize) -> Vec<Option<String>> {
    let mut out = Vec::with_capacity(count);
    while out.len() < count && !data.is_empty() {
        let Some(end) = data.iter().position(|b| *b == b'\n') else {
            break;
        };
        let header = String::from_utf8_lossy(&data[..end]).into_owned();
        data = &data[end + 1..];
        let parts: Vec<&str> = header.split(' ').collect();
        match parts[..] {
            [_, _, size] if !header.ends_with(" missing") => {
                let size: usize = size.parse().unwrap_or(0).min(data.len());
                out.push(String::from_utf8(data[..size].to_vec()).ok());
                data = data.get(size + 1..).unwrap_or_default();
            }
            _ => out.push(None),
        }
    }
    out.resize(count, None);
    out
}
