//! Unit tests of the cache file: its checksum and its racily-clean rule.

use super::*;

#[test]
fn the_checksum_does_not_depend_on_how_the_bytes_are_cut() {
    let bytes: Vec<u8> = (0..1000u32).map(|i| (i * 7 + i / 13) as u8).collect();
    let mut whole = Checksum::default();
    whole.update(&bytes);
    let whole = whole.finish();
    for cut in [0, 1, 7, 31, 32, 33, 500, 999, 1000] {
        let mut pieces = Checksum::default();
        pieces.update(&bytes[..cut]);
        pieces.update(&[]);
        pieces.update(&bytes[cut..]);
        assert_eq!(pieces.finish(), whole, "cut at {cut}");
    }
}

#[test]
fn block_sums_do_not_depend_on_how_the_bytes_are_cut() {
    let bytes: Vec<u8> = (0..(3 * BLOCK + 77)).map(|i| (i % 251) as u8).collect();
    let whole: Vec<u64> = bytes.chunks(BLOCK).map(block_sum).collect();
    for cut in [1, 1000, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK + 5] {
        let mut sums = BlockSums::default();
        sums.update(&bytes[..cut]);
        sums.update(&bytes[cut..]);
        assert_eq!(sums.finish(), whole, "cut at {cut}");
    }
    let mut empty = BlockSums::default();
    empty.update(&[]);
    assert!(empty.finish().is_empty());
}

#[test]
fn the_checksum_sees_every_changed_byte_and_length() {
    let bytes: Vec<u8> = (0..200u8).collect();
    let sum = |b: &[u8]| {
        let mut s = Checksum::default();
        s.update(b);
        s.finish()
    };
    let base = sum(&bytes);
    for at in 0..bytes.len() {
        let mut changed = bytes.clone();
        changed[at] ^= 1;
        assert_ne!(sum(&changed), base, "byte {at}");
    }
    for len in 0..bytes.len() {
        assert_ne!(sum(&bytes[..len]), base, "cut to {len}");
    }
    let mut zeros = bytes.clone();
    zeros.push(0);
    assert_ne!(sum(&zeros), base, "a trailing zero");
}

#[test]
fn a_file_changed_in_the_tick_of_the_reference_is_not_trusted() {
    let key = |m: (i64, u32), c: (i64, u32)| Key {
        size: 10,
        mtime: m,
        ctime: c,
        ino: 1,
    };
    let reference = (1_700_000_000, 500);
    assert!(key((1_700_000_000, 499), (1_700_000_000, 499)).settled_before(reference));
    // The same tick (on a file system with whole seconds, the same second).
    assert!(!key((1_700_000_000, 500), (1_699_999_999, 0)).settled_before(reference));
    assert!(!key((1_699_999_999, 0), (1_700_000_000, 500)).settled_before(reference));
    // Later than the reference (a clock that moved, a file from the future).
    assert!(!key((1_800_000_000, 0), (1_700_000_000, 0)).settled_before(reference));
}

#[test]
fn a_damaged_cache_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let scratch = dir.path().join("tmp");
    let path = dir.path().join("cache");
    let probe = Probe::create(&scratch).unwrap();
    let reference = probe.reference;
    let slots = vec![Slot::Fresh(Box::new(Fresh {
        name: "anna".into(),
        key: Key {
            size: 3,
            mtime: (1, 2),
            ctime: (3, 4),
            ino: 5,
        },
        data: Some(vec![1, 2, 3]),
        old: None,
    }))];
    write(probe, &path, 42, None, &slots, None).unwrap();
    let cache = Cache::read(&path, 42).expect("the cache just written");
    assert_eq!(cache.reference, reference);
    let (_, anna) = cache.find("anna", None).unwrap();
    assert_eq!(anna.data, [1, 2, 3]);
    assert!(cache.find("anna", Some(0)).is_some());
    assert!(cache.find("anna", Some(5)).is_some());
    assert!(cache.find("bob", None).is_none());
    assert!(cache.find("bob", Some(0)).is_none());
    assert!(Cache::read(&path, 43).is_none(), "another build");

    let bytes = std::fs::read(&path).unwrap();
    for at in [0, 8, 12, 40, 70, 104, CHECKSUM_AT, HEADER, bytes.len() - 1] {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x10;
        std::fs::write(&path, &damaged).unwrap();
        assert!(Cache::read(&path, 42).is_none(), "byte {at} changed");
    }
    std::fs::write(&path, &bytes[..bytes.len() - 1]).unwrap();
    assert!(Cache::read(&path, 42).is_none(), "cut short");
    std::fs::write(&path, b"").unwrap();
    assert!(Cache::read(&path, 42).is_none(), "empty");
}

/// A session over a cache holding one entry for `name` with `key`, written
/// with `reference`.
fn session_with(dir: &Path, name: &str, key: Key, reference: (i64, u32)) -> Session {
    let path = dir.join("cache");
    let mut probe = Probe::create(&dir.join("tmp")).unwrap();
    probe.reference = reference;
    let slots = vec![Slot::Fresh(Box::new(Fresh {
        name: name.into(),
        key,
        data: Some(vec![0]),
        old: None,
    }))];
    write(probe, &path, 7, None, &slots, None).unwrap();
    Session {
        old: Cache::read(&path, 7),
        path,
        scratch: dir.join("tmp"),
        build: 7,
        probe: OnceLock::new(),
        dev: device_of(&std::fs::metadata(dir).unwrap()).unwrap(),
    }
}

#[test]
fn an_entry_is_trusted_only_when_its_key_is_unchanged_and_settled() {
    let dir = tempfile::tempdir().unwrap();
    let key = Key {
        size: 100,
        mtime: (1_700_000_000, 250),
        ctime: (1_700_000_000, 250),
        ino: 9,
    };
    let hit = |s: &Session, k: &Key| matches!(s.lookup("anna", k, None), Lookup::Hit(..));
    let settled = session_with(dir.path(), "anna", key, (1_700_000_000, 251));
    assert!(hit(&settled, &key));
    for other in [
        Key { size: 101, ..key },
        Key {
            mtime: (1_700_000_000, 251),
            ..key
        },
        Key {
            ctime: (1_700_000_001, 250),
            ..key
        },
        Key { ino: 10, ..key },
    ] {
        assert!(!hit(&settled, &other), "{other:?}");
    }
    assert!(matches!(
        settled.lookup("bob", &key, None),
        Lookup::Miss(None)
    ));
    // Written in the very tick the file was last changed: racily clean, so
    // read again even though its key is unchanged.
    let racy = session_with(dir.path(), "anna", key, (1_700_000_000, 250));
    assert!(matches!(
        racy.lookup("anna", &key, Some(0)),
        Lookup::Miss(Some(0))
    ));
}

#[test]
fn a_racily_clean_entry_read_again_unchanged_is_written_settled() {
    let dir = tempfile::tempdir().unwrap();
    let key = Key {
        size: 100,
        mtime: (1_700_000_000, 250),
        ctime: (1_700_000_000, 250),
        ino: 9,
    };
    // Written in the tick the file was last changed: read again, it is
    // the same, and the new cache (its reference now) can trust it.
    let racy = session_with(dir.path(), "anna", key, (1_700_000_000, 250));
    racy.before_reread();
    let fresh = Slot::Fresh(Box::new(Fresh {
        name: "anna".into(),
        key,
        data: Some(vec![0]),
        old: Some(0),
    }));
    racy.finish(vec![fresh], Listing::Cached, 1);
    let after = Session {
        old: Cache::read(&dir.path().join("cache"), 7),
        ..session_with(tempfile::tempdir().unwrap().path(), "bob", key, (0, 0))
    };
    assert!(
        matches!(after.lookup("anna", &key, None), Lookup::Hit(..)),
        "settled, so trusted from now on"
    );
}
