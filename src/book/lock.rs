//! The book's write lock: one writer at a time, readers never wait.

use std::fs::{File, OpenOptions};
use std::path::Path;

use crate::error::{IoContext, Result};

/// Holds the book's lock (`.rapport/lock`) until dropped.
#[derive(Debug)]
pub struct Lock {
    _file: File,
    /// Files of an interrupted bulk write completed on taking the lock.
    recovered: usize,
    /// The recorder whose operation closes when the lock is released.
    recorder: Option<super::undo::Recorder>,
}

impl Drop for Lock {
    /// Closes the operation of the undo store, before the lock goes.
    fn drop(&mut self) {
        if let Some(r) = self.recorder.take() {
            r.end();
        }
    }
}

impl Lock {
    /// Waits for and takes the exclusive lock file at `path`.
    pub fn acquire(path: &Path) -> Result<Lock> {
        super::inside::refuse_link(path)?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .at(path)?;
        file.lock().at(path)?;
        Ok(Lock {
            _file: file,
            recovered: 0,
            recorder: None,
        })
    }

    /// Returns how many files of an interrupted import were renamed into
    /// place when the lock was taken (see [`super::atomic::finish_interrupted`]).
    pub fn recovered(&self) -> usize {
        self.recovered
    }

    /// Makes releasing this lock close `recorder`'s operation.
    pub(super) fn recording(mut self, recorder: super::undo::Recorder) -> Lock {
        self.recorder = Some(recorder);
        self
    }

    /// Records what taking the lock completed.
    pub(super) fn with_recovered(mut self, recovered: usize) -> Lock {
        self.recovered = recovered;
        self
    }
}
