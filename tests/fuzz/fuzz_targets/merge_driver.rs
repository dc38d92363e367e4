//! Three customer files at once, as the git merge driver gets them: the
//! input is `BASE \0 OURS \0 THEIRS` (a missing part is empty), and goes
//! through the library's three-way merge (`book::merge::merge`, what
//! `rapport merge-driver` runs before falling back to `git merge-file`).
//!
//! - Merging never panics, whatever the three texts are.
//! - A version that is not TOML is refused (the driver then falls back to
//!   git's line-by-line merge), never merged.
//! - A clean merge of three customer files is a customer file, and it holds
//!   every interaction that both sides hold and every interaction a side
//!   added that cannot be an edit of the base's (no base entry of that date
//!   and kind).
//! - Theirs unchanged from the base: the merge is ours (as a customer).
//!
//! The seeds (`seeds/merge_driver/`) are files of the example book with
//! one side appending an interaction and the other changing a field.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use rapport::book::merge::{OURS_MARKER, OnConflict, merge};
use rapport::model::Customer;
use rapport::model::customer::Interaction;
use rapport::model::parse::parse_customer;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |b| *b == 0);
    let mut next = || std::str::from_utf8(parts.next().unwrap_or_default());
    let (Ok(base), Ok(ours), Ok(theirs)) = (next(), next(), next()) else {
        // Bytes that are not UTF-8 never reach the merge: the driver falls
        // back before it.
        return;
    };
    for on_conflict in [OnConflict::Markers, OnConflict::KeepOurs] {
        check(base, ours, theirs, on_conflict);
    }
});

fn check(base: &str, ours: &str, theirs: &str, on_conflict: OnConflict) {
    let result = merge(base, ours, theirs, on_conflict);
    let is_toml = |t: &str| t.parse::<toml_edit::DocumentMut>().is_ok();
    if !(is_toml(base) && is_toml(ours) && is_toml(theirs)) {
        assert!(
            result.is_err(),
            "a version that is not TOML must be refused"
        );
        return;
    }
    let Ok(merged) = result else { return };
    if !merged.conflicts.is_empty() {
        assert_eq!(on_conflict, OnConflict::Markers);
        assert!(merged.text.contains(OURS_MARKER), "conflicts are marked");
        return;
    }
    assert!(
        is_toml(&merged.text),
        "a clean merge is TOML:\n{}",
        merged.text
    );
    let (Some(b), Some(o), Some(t)) = (customer(base), customer(ours), customer(theirs)) else {
        return;
    };
    let m = customer(&merged.text).unwrap_or_else(|| {
        panic!(
            "a clean merge of customer files is a customer file:\n{}",
            merged.text
        )
    });
    let held: Vec<String> = m.interactions.iter().map(key).collect();
    let in_base = |i: &Interaction| {
        b.interactions
            .iter()
            .any(|x| x.date == i.date && x.kind == i.kind)
    };
    let theirs_keys: Vec<String> = t.interactions.iter().map(key).collect();
    for i in &o.interactions {
        let k = key(i);
        if theirs_keys.contains(&k) {
            assert!(
                held.contains(&k),
                "an interaction of both sides is kept: {k}"
            );
        }
    }
    for i in o.interactions.iter().chain(&t.interactions) {
        if !in_base(i) {
            let k = key(i);
            assert!(held.contains(&k), "an added interaction is kept: {k}");
        }
    }
    if key_all(&t) == key_all(&b) {
        assert_eq!(
            key_all(&m),
            key_all(&o),
            "theirs unchanged: the merge is ours"
        );
    }
}

/// Reads a customer file; None when it is not one.
fn customer(text: &str) -> Option<Customer> {
    parse_customer(text, Path::new("customers/x.toml"), None).customer
}

/// Compares interactions by their debug form (a NaN in an unknown key is
/// equal to itself there).
fn key(i: &Interaction) -> String {
    format!("{i:?}")
}

fn key_all(c: &Customer) -> String {
    format!("{c:?}")
}
