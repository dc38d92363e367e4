//! The cache file's bytes, mapped into memory with one `mmap` (memmap2).
//!
//! Mapping instead of reading spares copying tens of megabytes and touching
//! as many fresh pages of memory: the page cache's own pages are mapped.
//! This is the crate's only `unsafe` code.

use std::fs::File;

/// A whole file's bytes, read-only; `Deref`s to `[u8]`.
pub type Bytes = memmap2::Mmap;

/// Maps the first `len` bytes of `file`; `len` is more than 0. Not
/// populated up front: the pages are touched first by the checksum, which
/// runs on every core.
#[allow(unsafe_code)] // the one exception to the crate-wide `deny(unsafe_code)`
pub fn map(file: &File, len: usize) -> std::io::Result<Bytes> {
    // SAFETY: what is mapped must not change while it is mapped. rapport
    // never writes the cache file in place (a new cache is written to a
    // temporary file and renamed over it, leaving the mapped one untouched
    // until it is unmapped), and the bytes are checked (header, length,
    // checksum) before they are trusted. A file shortened in place by
    // someone else while mapped would end the process with SIGBUS, as it
    // would `cp` or `git`.
    unsafe { memmap2::MmapOptions::new().len(len).map(file) }
}
