//! The read pass of `import --mail`: the messages of a mailbox, each with
//! the place it came from (`inbox.mbox:120`, message 3, or the file of a
//! Maildir), as raw bytes.
//!
//! A path is read as what it holds, not what it is called: a folder with
//! `cur/` and `new/` is a Maildir (both read; `tmp/` holds deliveries in
//! progress and is left alone), another folder is a folder of `.eml`
//! files, a file starting `From ` is an mbox, and any other file is one
//! message. Files are read in name order, so messages, notes and the
//! `--dry-run` listing come in the same order on every run.
//!
//! mbox is split here rather than with `mail_parser::mailbox::mbox`, whose
//! iterator knows no line numbers and silently drops what comes before the
//! first `From ` line: here a message starts at a `From ` line that follows
//! a blank line (or starts the file), `>From ` lines of the body lose one
//! `>` (mboxrd), and a file that ends inside a line is refused as cut off.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diag::shown_path;
use crate::error::{Error, IoContext, Result};

/// Where a message is: its file and, in an mbox, its number and the line of
/// its `From ` separator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The file, as messages name it.
    pub file: String,
    /// In an mbox: the message's number (1 for the first) and the line of
    /// its `From ` separator.
    pub mbox: Option<(usize, u64)>,
}

impl fmt::Display for Location {
    /// `inbox.mbox:120 (message 3)` or `Maildir/cur/1700000000.M1.host:2,S`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.mbox {
            Some((number, line)) => write!(f, "{}:{line} (message {number})", self.file),
            None => f.write_str(&self.file),
        }
    }
}

/// One message as read: where it is, its bytes, and whether it ends the
/// input (the only one a cut-off file can have lost the end of).
#[derive(Debug)]
pub struct Raw {
    pub location: Location,
    pub bytes: Vec<u8>,
    /// The line of the message's first header (in an mbox), for messages
    /// that point into the message.
    pub first_line: u64,
    /// The last message of its file, whose end is checked.
    pub last: bool,
}

/// The mailbox read: its name for messages and its messages.
#[derive(Debug)]
pub struct Mailbox {
    pub name: String,
    pub messages: Vec<Raw>,
}

/// Reads the mailbox at `path` (`-`: standard input, an mbox or one
/// message).
pub fn read(path: &Path) -> Result<Mailbox> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .at(&PathBuf::from("<stdin>"))?;
        let name = "<stdin>".to_string();
        let messages = file_messages(&name, bytes)?;
        return Ok(Mailbox { name, messages });
    }
    let name = shown_path(path).into_owned();
    let meta = std::fs::metadata(path).at(path)?;
    if !meta.is_dir() {
        let bytes = std::fs::read(path).at(path)?;
        let messages = file_messages(&name, bytes)?;
        return Ok(Mailbox { name, messages });
    }
    let maildir = path.join("cur").is_dir() && path.join("new").is_dir();
    let files = if maildir {
        let mut files = listing(&path.join("cur"), |_| true)?;
        files.extend(listing(&path.join("new"), |_| true)?);
        files
    } else {
        listing(path, |n| {
            n.rsplit_once('.')
                .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("eml"))
        })?
    };
    if files.is_empty() && !maildir {
        return Err(
            Error::data(crate::msg!("mail.folder-empty", name = name.as_str()))
                .with_hint(crate::msg!("mail.give-a-mailbox")),
        );
    }
    let mut messages = Vec::with_capacity(files.len());
    for file in files {
        let bytes = std::fs::read(&file).at(&file)?;
        let shown = shown_path(&file).into_owned();
        messages.push(one_message(&shown, bytes)?);
    }
    Ok(Mailbox { name, messages })
}

/// Returns the plain files of `dir` whose names `keep` accepts (hidden
/// ones left out), sorted by name.
fn listing(dir: &Path, keep: impl Fn(&str) -> bool) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).at(dir)? {
        let entry = entry.at(dir)?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') || !keep(name) {
            continue;
        }
        if entry.file_type().at(&entry.path())?.is_file() {
            files.push(entry.path());
        }
    }
    files.sort();
    Ok(files)
}

/// The messages of one file: an mbox when it starts with `From `, else one
/// message.
fn file_messages(name: &str, bytes: Vec<u8>) -> Result<Vec<Raw>> {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    if bytes[start..].starts_with(b"From ") {
        split_mbox(name, &bytes)
    } else if bytes[start..].is_empty() {
        Ok(Vec::new())
    } else {
        Ok(vec![one_message(name, bytes)?])
    }
}

/// One message file (`.eml`, a Maildir file): refused unless it starts with
/// a header.
fn one_message(name: &str, bytes: Vec<u8>) -> Result<Raw> {
    if !starts_with_header(&bytes) {
        return Err(
            Error::data(crate::msg!("mail.not-a-message", at = format!("{name}:1")))
                .with_hint(crate::msg!("mail.give-a-mailbox")),
        );
    }
    Ok(Raw {
        location: Location {
            file: name.to_string(),
            mbox: None,
        },
        bytes,
        first_line: 1,
        last: true,
    })
}

/// Returns true when `bytes` start with a header field: a name of printable
/// ASCII without spaces, then `:`.
pub fn starts_with_header(bytes: &[u8]) -> bool {
    let name_len = bytes
        .iter()
        .take_while(|&&b| b.is_ascii_graphic() && b != b':')
        .count();
    name_len > 0 && bytes.get(name_len) == Some(&b':')
}

/// Splits an mbox into its messages (see the module's notes).
fn split_mbox(name: &str, bytes: &[u8]) -> Result<Vec<Raw>> {
    let mut messages: Vec<Raw> = Vec::new();
    let mut current: Option<Raw> = None;
    let mut previous_blank = true;
    let mut line_no: u64 = 0;
    let mut rest = bytes;
    while !rest.is_empty() {
        line_no += 1;
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        let line = &rest[..end];
        rest = &rest[end..];
        if !line.ends_with(b"\n") {
            return Err(Error::data(crate::msg!(
                "mail.mbox-cut-line",
                at = format!("{name}:{line_no}"),
                number = (messages.len() + 1).to_string()
            ))
            .with_hint(crate::msg!("mail.copy-again")));
        }
        let blank = line == b"\n" || line == b"\r\n";
        if previous_blank && line.starts_with(b"From ") {
            if let Some(mut m) = current.take() {
                // The blank line before the separator belongs to the mbox.
                trim_separator_blank(&mut m.bytes);
                messages.push(m);
            }
            current = Some(Raw {
                location: Location {
                    file: name.to_string(),
                    mbox: Some((messages.len() + 1, line_no)),
                },
                bytes: Vec::new(),
                first_line: line_no + 1,
                last: false,
            });
            previous_blank = false;
            continue;
        }
        previous_blank = blank;
        let Some(m) = current.as_mut() else {
            // Blank lines before the first `From `.
            continue;
        };
        let quotes = line.iter().take_while(|&&b| b == b'>').count();
        if quotes > 0 && line[quotes..].starts_with(b"From ") {
            m.bytes.extend_from_slice(&line[1..]);
        } else {
            m.bytes.extend_from_slice(line);
        }
    }
    if let Some(mut m) = current.take() {
        m.last = true;
        messages.push(m);
    }
    for m in &messages {
        if !starts_with_header(&m.bytes) {
            let (number, _) = m.location.mbox.unwrap_or((0, 0));
            return Err(Error::data(crate::msg!(
                "mail.no-header-start",
                at = format!("{name}:{}", m.first_line),
                number = number.to_string()
            ))
            .with_hint(crate::msg!("mail.no-header-start-hint")));
        }
    }
    if let Some(m) = messages.last_mut() {
        // Every message of an mbox ends with a blank line; the last one
        // without one (its headers never end) was cut off.
        if !has_blank_line(&m.bytes) {
            let (number, line) = m.location.mbox.unwrap_or((0, 0));
            return Err(Error::data(crate::msg!(
                "mail.headers-never-end",
                at = format!("{name}:{line}"),
                number = number.to_string()
            ))
            .with_hint(crate::msg!("mail.copy-again")));
        }
        trim_separator_blank(&mut m.bytes);
    }
    Ok(messages)
}

/// Returns true when `bytes` hold a blank line (the end of a message's
/// headers), or start with one.
fn has_blank_line(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\n")
        || bytes.starts_with(b"\r\n")
        || bytes.windows(2).any(|w| w == b"\n\n")
        || bytes.windows(3).any(|w| w == b"\n\r\n")
}

/// Removes the one blank line that separates a message from the next
/// `From ` line.
fn trim_separator_blank(bytes: &mut Vec<u8>) {
    if bytes.ends_with(b"\r\n\r\n") {
        bytes.truncate(bytes.len() - 2);
    } else if bytes.ends_with(b"\n\n") {
        bytes.truncate(bytes.len() - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<(Option<(usize, u64)>, String)> {
        split_mbox("in.mbox", text.as_bytes())
            .unwrap()
            .into_iter()
            .map(|m| (m.location.mbox, String::from_utf8(m.bytes).unwrap()))
            .collect()
    }

    #[test]
    fn an_mbox_splits_at_from_lines_after_a_blank_line_and_unquotes_from() {
        let got = split(
            "From a@x Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n>From here\n>>From there\nFrom the top, not a separator\n\nFrom b@x Mon Jan  1 00:00:00 2024\nSubject: two\n\nbody two\n\n",
        );
        assert_eq!(
            got,
            vec![
                (
                    Some((1, 1)),
                    "Subject: one\n\nbody\nFrom here\n>From there\nFrom the top, not a separator\n"
                        .to_string()
                ),
                (Some((2, 9)), "Subject: two\n\nbody two\n".to_string()),
            ]
        );
    }

    #[test]
    fn an_mbox_cut_inside_a_line_is_refused_with_its_line() {
        let e = split_mbox(
            "in.mbox",
            b"From a@x Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n\nFrom b@x Mon Jan  1 00:00:00 2024\nSubject: tw",
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("in.mbox:7: the mbox ends inside a line"),
            "{e}"
        );
    }

    #[test]
    fn an_mbox_cut_inside_the_headers_of_its_last_message_is_refused() {
        let e = split_mbox(
            "in.mbox",
            b"From a@x Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n\nFrom b@x Mon Jan  1 00:00:00 2024\nSubject: two\nFrom: b@x\n",
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("in.mbox:6: message 2 is cut off: its headers never end"),
            "{e}"
        );
    }

    #[test]
    fn a_message_of_an_mbox_that_starts_with_no_header_is_refused() {
        let e = split_mbox(
            "in.mbox",
            b"From a@x Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n\nFrom me, hello\nnot a header\n",
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("in.mbox:7: message 2 does not start with a header"),
            "{e}"
        );
    }

    #[test]
    fn a_file_that_is_no_message_is_refused() {
        let e = file_messages("x.csv", b"name,email\nAnna,anna@x.lv\n".to_vec()).unwrap_err();
        assert!(
            e.to_string().starts_with("x.csv:1: not an e-mail message"),
            "{e}"
        );
        assert_eq!(file_messages("e.mbox", Vec::new()).unwrap().len(), 0);
    }
}
