//! The cache of parsed customers, `.rapport/cache` (DESIGN.md section 10).
//!
//! It holds the parsed model of every customer file, keyed like git's index
//! by the file's name, size, modification and change times (to the
//! nanosecond) and inode. It is never the source of truth: a bulk read
//! stats every file, takes from the cache only the customers whose key is
//! unchanged, re-reads the others, and then rewrites the cache atomically
//! (a temporary file renamed over it) when anything changed. `--no-cache`
//! reads every file and leaves the cache alone; `rapport check` always
//! reads the files.
//!
//! When an entry can be trusted: the key of a file that is re-read is taken
//! from the open file before and after reading it (a file that changed
//! while being read is not cached). A file modified again within the
//! granularity of its timestamps could keep the same key, so an entry whose
//! modification or change time is not strictly older than the moment the
//! reading began is "racily clean", as git calls it, and is re-read by every
//! later reader instead of trusted. That moment is taken from the file
//! system's own clock, at its own granularity: it is the modification time
//! of the new cache's temporary file, created before the first file is
//! re-read. Writers never touch the cache and readers never take the lock:
//! each writes a whole new cache and renames it into place, so a reader sees
//! one complete cache or another, each entry true of the file it was read
//! from.
//!
//! The listing of customers/ is cached too, as git's untracked cache does:
//! adding, removing or renaming a file changes the folder's own
//! modification time, so while the folder's key is what it was when the
//! cache was written (and was settled then, by the same rule), the names in
//! the cache are the folder's customer files and the folder need not be
//! listed again; every file is still stat-ed. A listing that skipped an
//! entry with a warning (a link, a bad name) is never cached, so the
//! warning is given on every read.
//!
//! A cache that is missing, cut short, damaged (the checksum), from another
//! format or from a build of rapport whose readers differ is ignored and
//! rebuilt silently.
//!
//! The file (little-endian):
//!
//! ```text
//! header   128 bytes: magic "RAPPORTC", format, entries, build, reference
//!          time (s, ns), hash slots, names and data lengths, total length,
//!          the key of customers/ when its listing can be trusted, checksum
//! index    64 bytes per entry: name, size, mtime, ctime, inode, data, flags
//! table    4 bytes per slot: entry + 1 (0 empty), open addressing by name
//! names    the ids
//! data     each customer in the form of [`codec`]
//! ```

pub mod codec;
mod mapped;

use std::fs::File;
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rayon::prelude::*;

use super::Book;

/// The file name, in `.rapport/`.
pub const FILE_NAME: &str = "cache";
/// How the name of a new cache being written in `.rapport/tmp/` begins; its
/// writer holds a lock on it (`File::lock`) while it lives.
pub const TEMP_PREFIX: &str = ".cache-";
/// Raised whenever the layout or the meaning of a cached customer changes.
pub const FORMAT: u32 = 6;
const MAGIC: &[u8; 8] = b"RAPPORTC";
const HEADER: usize = 128;
/// Where the checksum sits in the header (it covers what precedes it and
/// everything after the header).
const CHECKSUM_AT: usize = 112;
/// A header flag: the listing of customers/ can be trusted.
const LISTING: u32 = 1;
const ENTRY: usize = 64;
/// An entry's flag: the file could not be read as a customer.
const BROKEN: u32 = 1;

/// What identifies a version of a file, as `stat` gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub size: u64,
    pub mtime: (i64, u32),
    pub ctime: (i64, u32),
    pub ino: u64,
}

impl Key {
    /// The key of a file's status.
    #[cfg(unix)]
    #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
    pub fn of(st: &rustix::fs::Stat) -> Key {
        Key {
            size: st.st_size as u64,
            mtime: (st.st_mtime as i64, st.st_mtime_nsec as u32),
            ctime: (st.st_ctime as i64, st.st_ctime_nsec as u32),
            ino: st.st_ino as u64,
        }
    }

    /// Returns true when the file was last changed strictly before
    /// `reference`: a later change, even within the same tick of the file
    /// system's clock as the reference, gives it another time. Otherwise it
    /// is racily clean and not trusted.
    pub fn settled_before(&self, reference: (i64, u32)) -> bool {
        self.mtime < reference && self.ctime < reference
    }
}

/// A cache read from disk.
struct Cache {
    bytes: mapped::Bytes,
    count: usize,
    slots: usize,
    reference: (i64, u32),
    /// The key of customers/ when the names in the cache are its listing.
    listing: Option<Key>,
    index: std::ops::Range<usize>,
    table: std::ops::Range<usize>,
    names: std::ops::Range<usize>,
    data: std::ops::Range<usize>,
}

/// One entry of a cache read from disk.
struct Entry<'a> {
    name: &'a [u8],
    key: Key,
    data: &'a [u8],
    broken: bool,
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

impl Cache {
    /// Maps the cache at `path` (one `mmap`); None when there is none or
    /// it cannot be used.
    fn read(path: &Path, build: u64) -> Option<Cache> {
        let file = open_nofollow(path).ok()?;
        let meta = file.metadata().ok()?;
        let len = usize::try_from(meta.len()).ok()?;
        if !meta.is_file() || len < HEADER {
            return None;
        }
        Cache::parse(mapped::map(&file, len).ok()?, build)
    }

    /// Checks the header and the checksum and locates the sections.
    fn parse(bytes: mapped::Bytes, build: u64) -> Option<Cache> {
        let h = &bytes[..HEADER];
        if &h[..8] != MAGIC || u32_at(h, 8) != FORMAT || u64_at(h, 16) != build {
            return None;
        }
        let count = u32_at(h, 12) as usize;
        let reference = (u64_at(h, 24) as i64, u32_at(h, 32));
        let slots = u32_at(h, 36) as usize;
        let names_len = usize::try_from(u64_at(h, 40)).ok()?;
        let data_len = usize::try_from(u64_at(h, 48)).ok()?;
        let total = u64_at(h, 56);
        if total != bytes.len() as u64 || !slots.is_power_of_two() || slots < count {
            return None;
        }
        let index = HEADER..HEADER.checked_add(count.checked_mul(ENTRY)?)?;
        let table = index.end..index.end.checked_add(slots.checked_mul(4)?)?;
        let names = table.end..table.end.checked_add(names_len)?;
        let data = names.end..names.end.checked_add(data_len)?;
        if data.end != bytes.len() {
            return None;
        }
        let blocks: Vec<u64> = bytes[HEADER..].par_chunks(BLOCK).map(block_sum).collect();
        if combined_sum(&h[..CHECKSUM_AT], &blocks) != u64_at(h, CHECKSUM_AT) {
            return None;
        }
        let listing = (u32_at(h, 104) & LISTING != 0).then(|| Key {
            size: u64_at(h, 64),
            mtime: (u64_at(h, 72) as i64, u32_at(h, 96)),
            ctime: (u64_at(h, 80) as i64, u32_at(h, 100)),
            ino: u64_at(h, 88),
        });
        Some(Cache {
            bytes,
            count,
            slots,
            reference,
            listing,
            index,
            table,
            names,
            data,
        })
    }

    /// Returns entry `i`; None when its ranges do not lie in the file.
    fn entry(&self, i: usize) -> Option<Entry<'_>> {
        let at = self.index.start + i * ENTRY;
        let e = self.bytes.get(at..at + ENTRY)?;
        let names = &self.bytes[self.names.clone()];
        let data = &self.bytes[self.data.clone()];
        let name_at = u32_at(e, 0) as usize;
        let name = names.get(name_at..name_at.checked_add(u32_at(e, 4) as usize)?)?;
        let data_at = usize::try_from(u64_at(e, 40)).ok()?;
        let data = data.get(data_at..data_at.checked_add(u32_at(e, 56) as usize)?)?;
        Some(Entry {
            name,
            key: Key {
                size: u64_at(e, 8),
                mtime: (u64_at(e, 16) as i64, u32_at(e, 48)),
                ctime: (u64_at(e, 24) as i64, u32_at(e, 52)),
                ino: u64_at(e, 32),
            },
            data,
            broken: u32_at(e, 60) & BROKEN != 0,
        })
    }

    /// Returns the entry named `name` and its index, trying the entry at
    /// `hint` first: a cache is written in the order the folder lists its
    /// files, so the entry after the previous file's is most often the one.
    fn find(&self, name: &str, hint: Option<u32>) -> Option<(usize, Entry<'_>)> {
        if let Some(i) = hint.map(|i| i as usize).filter(|&i| i < self.count)
            && let Some(e) = self.entry(i)
            && e.name == name.as_bytes()
        {
            return Some((i, e));
        }
        let table = &self.bytes[self.table.clone()];
        let mask = self.slots - 1;
        let mut slot = (hash_name(name.as_bytes()) as usize) & mask;
        for _ in 0..self.slots {
            let i = u32_at(table, slot * 4) as usize;
            if i == 0 || i > self.count {
                return None;
            }
            let e = self.entry(i - 1)?;
            if e.name == name.as_bytes() {
                return Some((i - 1, e));
            }
            slot = (slot + 1) & mask;
        }
        None
    }
}

/// What a bulk read found for one file.
pub enum Lookup<'a> {
    /// The cached customer, to be decoded, and the entry's index.
    Hit(u32, &'a [u8]),
    /// The file must be read; the index of its (stale) entry, if any.
    Miss(Option<u32>),
}

/// What a bulk read keeps of one file for the next cache.
pub enum Slot {
    /// The entry of the old cache, unchanged.
    Hit(u32),
    /// The file as just read.
    Fresh(Box<Fresh>),
}

/// A file as just read: its key, its customer (None when it is not one) and
/// the old entry it replaces.
pub struct Fresh {
    pub name: String,
    pub key: Key,
    pub data: Option<Vec<u8>>,
    pub old: Option<u32>,
}

/// The new cache's temporary file, created before the first file is
/// re-read; its modification time is the reference of the racily-clean
/// rule.
struct Probe {
    file: tempfile::NamedTempFile,
    reference: (i64, u32),
}

/// The cache during one bulk read: the old cache, and what is needed to
/// write the new one.
pub struct Session {
    old: Option<Cache>,
    path: PathBuf,
    scratch: PathBuf,
    build: u64,
    probe: OnceLock<Option<Probe>>,
    /// The file system of customers/: the reference time is only a
    /// measure of its files' times when taken on the same one.
    dev: u64,
}

/// How the files of a bulk read were listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing {
    /// From the cache: the folder's key was the cached one.
    Cached,
    /// From the folder, whose key was taken (after the reference time)
    /// before it was listed; `clean` when no entry was skipped with a
    /// warning.
    Listed { folder: Option<Key>, clean: bool },
}

impl Session {
    /// Starts a bulk read of `book`, whose customers/ is on the file system
    /// `dev`, through its cache; None when the book reads without one
    /// (`--no-cache`, a platform without one, or `.rapport/` on another
    /// file system than customers/: its clock and the granularity of its
    /// times may differ, and the racily-clean rule would not hold).
    pub fn start(book: &Book, dev: Option<u64>) -> Option<Session> {
        if !book.uses_cache() || !cfg!(unix) {
            return None;
        }
        let dev = dev?;
        let state = book.root().join(super::STATE_DIR);
        if std::fs::metadata(&state).is_ok_and(|m| device_of(&m) != Some(dev)) {
            return None;
        }
        let path = state.join(FILE_NAME);
        let build = build_id();
        Some(Session {
            old: Cache::read(&path, build),
            path,
            scratch: state.join("tmp"),
            build,
            probe: OnceLock::new(),
            dev,
        })
    }

    /// Returns the names of the customer files in the cache, in the order
    /// they were listed, when they are the listing of the folder whose key
    /// is `folder`.
    pub fn cached_listing(
        &self,
        folder: &Key,
    ) -> Option<impl Iterator<Item = &[u8]> + Send + use<'_>> {
        let old = self.old.as_ref()?;
        (old.listing.as_ref() == Some(folder))
            .then(|| (0..old.count).filter_map(|i| old.entry(i).map(|e| e.name)))
    }

    /// Called before the folder is stat-ed and listed: takes the reference
    /// time of the new cache first, so that its listing can be judged
    /// settled or not.
    pub fn before_listing(&self) {
        self.probe
            .get_or_init(|| Probe::on(&self.scratch, self.dev));
    }

    /// Returns the number of customers in the old cache (0 without one).
    pub fn cached(&self) -> usize {
        self.old.as_ref().map_or(0, |c| c.count)
    }

    /// Looks up the file `name` whose status is `key`: a hit when the
    /// cache holds it with this very key and the entry is trusted. `hint`
    /// is where to look first (the entry after the previous file's).
    pub fn lookup(&self, name: &str, key: &Key, hint: Option<u32>) -> Lookup<'_> {
        let Some(old) = &self.old else {
            return Lookup::Miss(None);
        };
        let Some((i, e)) = old.find(name, hint) else {
            return Lookup::Miss(None);
        };
        if !e.broken && e.key == *key && e.key.settled_before(old.reference) {
            Lookup::Hit(i as u32, e.data)
        } else {
            Lookup::Miss(Some(i as u32))
        }
    }

    /// Called before a file is re-read: makes sure the reference time of
    /// the new cache is taken before any file in it is read.
    pub fn before_reread(&self) {
        self.probe
            .get_or_init(|| Probe::on(&self.scratch, self.dev));
    }

    /// Ends the bulk read: when anything differs from the old cache (a file
    /// added, removed or changed, or the folder's listing newly trusted),
    /// writes the new cache of `slots` (one per customer file, in listing
    /// order) in its place. Failing to write it is not an error: the cache
    /// is only ever an aid.
    pub fn finish(self, slots: Vec<Slot>, listing: Listing, files: usize) {
        let probe = self.probe.get().and_then(Option::as_ref);
        let trusted = match listing {
            // Only while every file listed is still in the cache: a file
            // that changed while it was read has no entry, and a listing
            // without it would leave it out of every later read.
            Listing::Cached => self
                .old
                .as_ref()
                .and_then(|c| c.listing)
                .filter(|_| slots.len() == files),
            // Every file listed is in the cache, and the folder had settled
            // before the reference time.
            Listing::Listed { folder, clean } => folder.filter(|k| {
                clean
                    && slots.len() == files
                    && probe.is_some_and(|p| k.settled_before(p.reference))
            }),
        };
        let listing_changed =
            trusted.is_some() && trusted != self.old.as_ref().and_then(|c| c.listing);
        if !listing_changed && !self.changed(&slots) {
            return;
        }
        let probe = match self.probe.into_inner() {
            Some(probe) => probe,
            None => Probe::on(&self.scratch, self.dev),
        };
        let Some(probe) = probe else { return };
        let _ = write(
            probe,
            &self.path,
            self.build,
            self.old.as_ref(),
            &slots,
            trusted,
        );
    }

    /// Returns true when `slots` hold anything the old cache does not.
    fn changed(&self, slots: &[Slot]) -> bool {
        let Some(old) = &self.old else {
            return true;
        };
        let reference = self
            .probe
            .get()
            .and_then(Option::as_ref)
            .map(|p| p.reference);
        let mut kept = 0;
        for slot in slots {
            match slot {
                Slot::Hit(_) => kept += 1,
                Slot::Fresh(fresh) => {
                    let Fresh {
                        key, data, old: i, ..
                    } = &**fresh;
                    let Some(i) = i else {
                        return true;
                    };
                    let Some(e) = old.entry(*i as usize) else {
                        return true;
                    };
                    // A racily clean entry that has settled since is
                    // written again, with the new reference, to be trusted.
                    let settled = !e.key.settled_before(old.reference)
                        && reference.is_some_and(|r| key.settled_before(r));
                    let same = e.key == *key
                        && !settled
                        && match data {
                            Some(d) => !e.broken && e.data == d.as_slice(),
                            None => e.broken,
                        };
                    if !same {
                        return true;
                    }
                    kept += 1;
                }
            }
        }
        kept != old.count
    }
}

impl Probe {
    /// Creates the new cache's temporary file in `scratch`; None when it
    /// cannot be created, or is not on the file system `dev` (that of
    /// customers/).
    fn on(scratch: &Path, dev: u64) -> Option<Probe> {
        Probe::create(scratch).filter(|p| {
            p.file
                .as_file()
                .metadata()
                .is_ok_and(|m| device_of(&m) == Some(dev))
        })
    }

    fn create(scratch: &Path) -> Option<Probe> {
        super::inside::refuse_unless_plain_dir(scratch).ok()?;
        std::fs::create_dir_all(scratch).ok()?;
        let mut builder = tempfile::Builder::new();
        builder.prefix(TEMP_PREFIX).suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o644));
        }
        let file = builder.tempfile_in(scratch).ok()?;
        // Held until the file is renamed into place or dropped: `check`
        // removes only the cache files no live reader holds.
        file.as_file().try_lock().ok()?;
        let reference = mtime_of(file.as_file())?;
        Some(Probe { file, reference })
    }
}

/// Returns the file system a file is on.
fn device_of(meta: &std::fs::Metadata) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(meta.dev())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// Returns the modification time of an open file, to the nanosecond.
fn mtime_of(file: &File) -> Option<(i64, u32)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = file.metadata().ok()?;
        Some((m.mtime(), u32::try_from(m.mtime_nsec()).ok()?))
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        None
    }
}

/// An entry as written: its name, key and customer (None when broken).
type Written<'a> = (&'a [u8], Key, Option<&'a [u8]>);

/// Writes the cache of `slots` into the probe's file and renames it over
/// `path`. It is not synced: a cache lost or damaged in a crash is rebuilt.
fn write(
    probe: Probe,
    path: &Path,
    build: u64,
    old: Option<&Cache>,
    slots: &[Slot],
    listing: Option<Key>,
) -> std::io::Result<()> {
    let entries: Vec<Written<'_>> = slots
        .iter()
        .filter_map(|slot| match slot {
            Slot::Hit(i) => {
                let e = old?.entry(*i as usize)?;
                Some((e.name, e.key, Some(e.data)))
            }
            Slot::Fresh(f) => Some((f.name.as_bytes(), f.key, f.data.as_deref())),
        })
        .collect();
    let count = entries.len();
    let slots_len = (count * 2).next_power_of_two().max(16);
    let mut index = Vec::with_capacity(count * ENTRY);
    let mut table = vec![0u8; slots_len * 4];
    let mut names = Vec::new();
    let mut data_len = 0u64;
    for (i, (name, key, data)) in entries.iter().enumerate() {
        let len = data.map_or(0, <[u8]>::len);
        index.extend_from_slice(&(names.len() as u32).to_le_bytes());
        index.extend_from_slice(&(name.len() as u32).to_le_bytes());
        index.extend_from_slice(&key.size.to_le_bytes());
        index.extend_from_slice(&key.mtime.0.to_le_bytes());
        index.extend_from_slice(&key.ctime.0.to_le_bytes());
        index.extend_from_slice(&key.ino.to_le_bytes());
        index.extend_from_slice(&data_len.to_le_bytes());
        index.extend_from_slice(&key.mtime.1.to_le_bytes());
        index.extend_from_slice(&key.ctime.1.to_le_bytes());
        index.extend_from_slice(&(len as u32).to_le_bytes());
        index.extend_from_slice(&(if data.is_none() { BROKEN } else { 0 }).to_le_bytes());
        names.extend_from_slice(name);
        data_len += len as u64;
        let mask = slots_len - 1;
        let mut slot = (hash_name(name) as usize) & mask;
        while u32_at(&table, slot * 4) != 0 {
            slot = (slot + 1) & mask;
        }
        table[slot * 4..slot * 4 + 4].copy_from_slice(&(i as u32 + 1).to_le_bytes());
    }
    let total = (HEADER + index.len() + table.len() + names.len()) as u64 + data_len;
    let mut header = [0u8; HEADER];
    header[..8].copy_from_slice(MAGIC);
    header[8..12].copy_from_slice(&FORMAT.to_le_bytes());
    header[12..16].copy_from_slice(&(count as u32).to_le_bytes());
    header[16..24].copy_from_slice(&build.to_le_bytes());
    header[24..32].copy_from_slice(&probe.reference.0.to_le_bytes());
    header[32..36].copy_from_slice(&probe.reference.1.to_le_bytes());
    header[36..40].copy_from_slice(&(slots_len as u32).to_le_bytes());
    header[40..48].copy_from_slice(&(names.len() as u64).to_le_bytes());
    header[48..56].copy_from_slice(&data_len.to_le_bytes());
    header[56..64].copy_from_slice(&total.to_le_bytes());
    if let Some(k) = listing {
        header[64..72].copy_from_slice(&k.size.to_le_bytes());
        header[72..80].copy_from_slice(&k.mtime.0.to_le_bytes());
        header[80..88].copy_from_slice(&k.ctime.0.to_le_bytes());
        header[88..96].copy_from_slice(&k.ino.to_le_bytes());
        header[96..100].copy_from_slice(&k.mtime.1.to_le_bytes());
        header[100..104].copy_from_slice(&k.ctime.1.to_le_bytes());
        header[104..108].copy_from_slice(&LISTING.to_le_bytes());
    }

    let mut sum = BlockSums::default();
    let mut file = std::io::BufWriter::with_capacity(1 << 20, probe.file.as_file());
    file.write_all(&[0u8; HEADER])?;
    for part in [&index, &table, &names] {
        sum.update(part);
        file.write_all(part)?;
    }
    for (_, _, data) in &entries {
        if let Some(d) = data {
            sum.update(d);
            file.write_all(d)?;
        }
    }
    let checksum = combined_sum(&header[..CHECKSUM_AT], &sum.finish());
    header[CHECKSUM_AT..CHECKSUM_AT + 8].copy_from_slice(&checksum.to_le_bytes());
    let mut file = file.into_inner().map_err(|e| e.into_error())?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(&header)?;
    probe.file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Opens a file for reading, never through a symlink, and without waiting
/// (a FIFO would wait for a writer; it is then refused as not a file).
fn open_nofollow(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use rustix::fs::OFlags;
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags((OFlags::NOFOLLOW | OFlags::NONBLOCK).bits() as i32);
    }
    options.open(path)
}

/// Identifies the code that wrote a cache: rapport's version, the cache
/// format, and a fingerprint of the source of the file readers and of the
/// cache (taken by `build.rs`), so a cache written by a build that might read
/// a file differently is rebuilt, even where [`FORMAT`] was not raised.
fn build_id() -> u64 {
    let mut sum = Checksum::default();
    sum.update(env!("CARGO_PKG_VERSION").as_bytes());
    sum.update(&FORMAT.to_le_bytes());
    sum.update(env!("RAPPORT_READERS_HASH").as_bytes());
    sum.finish()
}

/// FNV-1a, for the hash table of names (stable across runs and builds).
fn hash_name(name: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in name {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The checksum covers the body in blocks of this size, summed in
/// parallel when a cache is read.
const BLOCK: usize = 1 << 20;

/// Returns the checksum of one block of the body.
fn block_sum(block: &[u8]) -> u64 {
    let mut sum = Checksum::default();
    sum.update(block);
    sum.finish()
}

/// Returns the cache's checksum: of the header (up to the checksum) and of
/// the checksums of the body's blocks.
fn combined_sum(header: &[u8], blocks: &[u64]) -> u64 {
    let mut sum = Checksum::default();
    sum.update(header);
    for b in blocks {
        sum.update(&b.to_le_bytes());
    }
    sum.finish()
}

/// The checksums of the body's blocks, taken as the body is written in
/// pieces of any length.
#[derive(Default)]
struct BlockSums {
    done: Vec<u64>,
    current: Checksum,
    filled: usize,
}

impl BlockSums {
    fn update(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            let take = (BLOCK - self.filled).min(bytes.len());
            self.current.update(&bytes[..take]);
            self.filled += take;
            bytes = &bytes[take..];
            if self.filled == BLOCK {
                let full = std::mem::take(&mut self.current);
                self.done.push(full.finish());
                self.filled = 0;
            }
        }
    }

    fn finish(mut self) -> Vec<u64> {
        if self.filled > 0 {
            self.done.push(self.current.finish());
        }
        self.done
    }
}

/// A fast checksum: four lanes of xxHash64's round over 8-byte words, fed
/// in pieces of any length. It catches a damaged or cut file, not an
/// adversary (the cache is local and never trusted as truth).
struct Checksum {
    lanes: [u64; 4],
    carry: [u8; 32],
    carried: usize,
    len: u64,
}

const P1: u64 = 0x9E37_79B1_85EB_CA87;
const P2: u64 = 0xC2B2_AE3D_27D4_EB4F;

impl Default for Checksum {
    fn default() -> Checksum {
        Checksum {
            lanes: [P1.wrapping_add(P2), P2, 0, P1.wrapping_neg()],
            carry: [0; 32],
            carried: 0,
            len: 0,
        }
    }
}

impl Checksum {
    fn round(lane: u64, word: u64) -> u64 {
        lane.wrapping_add(word.wrapping_mul(P2))
            .rotate_left(31)
            .wrapping_mul(P1)
    }

    fn block(&mut self, block: &[u8]) {
        for (lane, word) in self.lanes.iter_mut().zip(block.chunks_exact(8)) {
            *lane = Self::round(*lane, u64::from_le_bytes(word.try_into().expect("8 bytes")));
        }
    }

    fn update(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.carried > 0 {
            let take = (32 - self.carried).min(bytes.len());
            self.carry[self.carried..self.carried + take].copy_from_slice(&bytes[..take]);
            self.carried += take;
            bytes = &bytes[take..];
            if self.carried < 32 {
                return;
            }
            let block = self.carry;
            self.block(&block);
            self.carried = 0;
        }
        let mut blocks = bytes.chunks_exact(32);
        for block in &mut blocks {
            self.block(block);
        }
        let rest = blocks.remainder();
        self.carry[..rest.len()].copy_from_slice(rest);
        self.carried = rest.len();
    }

    fn finish(mut self) -> u64 {
        let mut tail = [0u8; 32];
        tail[..self.carried].copy_from_slice(&self.carry[..self.carried]);
        tail[31] = self.carried as u8 | 0x80;
        self.block(&tail);
        let [a, b, c, d] = self.lanes;
        let mut h = a.rotate_left(1) ^ b.rotate_left(7) ^ c.rotate_left(12) ^ d.rotate_left(18);
        h ^= self.len.wrapping_mul(P1);
        h ^= h >> 33;
        h = h.wrapping_mul(P2);
        h ^= h >> 29;
        h = h.wrapping_mul(P1);
        h ^ (h >> 32)
    }
}

#[cfg(test)]
mod tests;
