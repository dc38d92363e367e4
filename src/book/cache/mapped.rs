//! The cache file's bytes, mapped into memory with one `mmap` (read with one
//! `read` where there is no `mmap`).
//!
//! Mapping instead of reading spares copying tens of megabytes and touching
//! as many fresh pages of memory: the page cache's own pages are mapped.
//! This is the crate's only `unsafe` code.

use std::fs::File;
use std::ops::Deref;

/// A whole file's bytes.
pub enum Bytes {
    #[cfg(unix)]
    Mapped(Map),
    #[cfg_attr(unix, allow(dead_code))]
    Read(Vec<u8>),
}

impl Bytes {
    /// Maps (or reads) all `len` bytes of `file`; `len` is more than 0.
    pub fn of(file: &File, len: usize) -> std::io::Result<Bytes> {
        #[cfg(unix)]
        {
            Map::new(file, len).map(Bytes::Mapped)
        }
        #[cfg(not(unix))]
        {
            use std::io::Read;
            let mut bytes = vec![0u8; len];
            (&*file).read_exact(&mut bytes)?;
            Ok(Bytes::Read(bytes))
        }
    }
}

impl Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            #[cfg(unix)]
            Bytes::Mapped(map) => map.bytes(),
            Bytes::Read(bytes) => bytes,
        }
    }
}

/// A read-only private mapping of a whole file, unmapped when dropped.
#[cfg(unix)]
pub struct Map {
    ptr: *mut std::ffi::c_void,
    len: usize,
}

// SAFETY: the mapping is read-only and owned by this value alone; sharing
// `&[u8]` views of it between threads is as safe as sharing a `Vec<u8>`.
#[cfg(unix)]
unsafe impl Send for Map {}
#[cfg(unix)]
unsafe impl Sync for Map {}

#[cfg(unix)]
impl Map {
    fn new(file: &File, len: usize) -> std::io::Result<Map> {
        use rustix::mm::{MapFlags, ProtFlags, mmap};
        // Not populated up front: the pages are touched first by the
        // checksum, which runs on every core.
        let flags = MapFlags::PRIVATE;
        // SAFETY: a new mapping at an address of the kernel's choosing
        // aliases no Rust object. What it maps must not change while it is
        // mapped: rapport never writes the cache file in place (a new cache
        // is written to a temporary file and renamed over it, leaving the
        // mapped one untouched until it is unmapped), and the bytes are
        // checked (header, length, checksum) before they are trusted. A
        // file shortened in place by someone else while mapped would end
        // the process with SIGBUS, as it would `cp` or `git`.
        let ptr = unsafe { mmap(std::ptr::null_mut(), len, ProtFlags::READ, flags, file, 0) }?;
        Ok(Map { ptr, len })
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: `ptr` is the start of a readable mapping of `len` bytes
        // that lives as long as `self`.
        unsafe { std::slice::from_raw_parts(self.ptr.cast::<u8>(), self.len) }
    }
}

#[cfg(unix)]
impl Drop for Map {
    fn drop(&mut self) {
        // SAFETY: the mapping was made by `Map::new` with this length and
        // no view of it outlives `self`.
        let _ = unsafe { rustix::mm::munmap(self.ptr, self.len) };
    }
}
