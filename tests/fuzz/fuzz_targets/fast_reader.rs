//! Any text as a customer file, through the fast reader of bulk reads
//! (`model::fast`), against the full reader (`model::parse`):
//!
//! - whenever the fast reader returns a customer, `parse_customer(text,
//!   path, None)` returns the same one (the contract of `model::fast`);
//! - whether it returns one does not depend on the parts asked for, and a
//!   record reused after another file reads as a fresh one.
//!
//! The seeds (`seeds/fast_reader/`) are the example book's files, which the
//! fast path reads, and a few it leaves to the full reader.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use rapport::model::Customer;
use rapport::model::fast::{Parts, Reusable, read_customer, read_customer_parts};
use rapport::model::parse::parse_customer;

/// A file the fast path reads, to fill a reused record before the input.
const BEFORE: &str = include_str!("../../../examples/book/customers/eriks-ozolins.toml");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let fast = read_customer(text);
    if let Some(fast) = &fast {
        let full = parse_customer(text, Path::new("customers/x.toml"), None).customer;
        let Some(full) = full else {
            panic!("the fast reader accepts what the full reader refuses:\n{text}");
        };
        assert!(
            same(fast, &full),
            "the readers differ on:\n{text}\nfast: {fast:?}\nfull: {full:?}"
        );
    }
    for parts in [Parts::NONE, Parts::NAME | Parts::EMAIL, Parts::FIGURES] {
        assert_eq!(
            read_customer_parts(text, parts).is_some(),
            fast.is_some(),
            "reading {parts:?} only changes whether the file reads:\n{text}"
        );
    }
    let mut record = Reusable::default();
    assert!(record.read(BEFORE, Parts::ALL).is_some());
    let reused = record.read(text, Parts::ALL).map(|c| c.clone());
    match (&reused, &fast) {
        (None, None) => {}
        (Some(r), Some(f)) => assert!(same(r, f), "a reused record differs:\n{text}"),
        _ => panic!("a reused record reads differently:\n{text}"),
    }
});

/// Equal customers; a NaN in an unknown key is equal to itself (compared
/// by the debug form, which also tells -0.0 from 0.0).
fn same(a: &Customer, b: &Customer) -> bool {
    format!("{a:?}") == format!("{b:?}")
}
