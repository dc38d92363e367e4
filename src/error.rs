//! Errors and the exit codes they map to: 1 for a problem in data or input
//! (the message names the file and line), 2 for a usage error.

use std::io;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// Anything that stops a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line asks for something impossible (exit 2).
    #[error("{message}")]
    Usage {
        message: String,
        hint: Option<String>,
    },
    /// The data or input is wrong (exit 1).
    #[error("{message}")]
    Data {
        message: String,
        hint: Option<String>,
    },
    /// Problems located in files (exit 1); each is printed in full.
    #[error("{}", crate::msg!("error.problems-found", count = .0.len()))]
    Diagnostics(Vec<Diagnostic>),
    /// Reading or writing a file failed (exit 1).
    #[error("{}: {source}", crate::diag::shown_path(path))]
    Io { path: PathBuf, source: io::Error },
    /// Work done as far as it can go, with something left for the user to
    /// settle (a merge conflict): exit 1, printed as information, not as an
    /// error, because nothing went wrong.
    #[error("{message}")]
    Unsettled {
        message: String,
        hint: Option<String>,
    },
    /// Writing to stdout failed (a closed pipe ends quietly).
    #[error("{}", crate::msg!("error.output", reason = .0.to_string()))]
    Output(#[source] io::Error),
}

/// The result of anything that can fail in rapport.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Returns a usage error (exit 2).
    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage {
            message: message.into(),
            hint: None,
        }
    }

    /// Returns a data error (exit 1).
    pub fn data(message: impl Into<String>) -> Error {
        Error::Data {
            message: message.into(),
            hint: None,
        }
    }

    /// Returns an I/O error on `path`.
    pub fn io(path: &Path, source: io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// Adds a hint: what the user can do about it.
    pub fn with_hint(mut self, text: impl Into<String>) -> Error {
        match &mut self {
            Error::Usage { hint, .. }
            | Error::Data { hint, .. }
            | Error::Unsettled { hint, .. } => *hint = Some(text.into()),
            _ => {}
        }
        self
    }

    /// Returns the process exit status for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage { .. } => 2,
            Error::Output(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
            _ => 1,
        }
    }

    /// Returns the hint, if any.
    pub fn hint(&self) -> Option<&str> {
        match self {
            Error::Usage { hint, .. }
            | Error::Data { hint, .. }
            | Error::Unsettled { hint, .. } => hint.as_deref(),
            _ => None,
        }
    }
}

/// Adds the path to an I/O result.
pub trait IoContext<T> {
    /// Names `path` in the error.
    fn at(self, path: &Path) -> Result<T>;
}

impl<T> IoContext<T> for io::Result<T> {
    fn at(self, path: &Path) -> Result<T> {
        self.map_err(|e| Error::io(path, e))
    }
}
