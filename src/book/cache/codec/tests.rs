//! The codec round trip: any customer decodes to itself, and a decode of
//! some parts builds exactly what the file reader builds of them.

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::Config;

use super::{decode, encode};
use crate::book::roundtrip_tests::{customer, render};
use crate::model::Customer;
use crate::model::customer::Value;
use crate::model::fast::{self, Parts};
use crate::model::fields::{LAYOUT, STORED, Slot};
use crate::model::parse::{DEAL_KEYS, INTERACTION_KEYS, parse_customer};

fn round_trip(c: &Customer, parts: Parts) -> Option<Customer> {
    let mut bytes = Vec::new();
    encode(c, &mut bytes);
    let mut record = fast::Reusable::default();
    decode(&bytes, parts, &mut record).cloned()
}

/// Subsets of parts the commands ask for, and a few odd ones.
const SUBSETS: &[Parts] = &[
    Parts::NONE,
    Parts::STAGE,
    Parts::FIGURES,
    Parts::INTERACTIONS,
    Parts::INTERACTION_DETAILS,
    Parts::STAGE_MOVES,
    Parts::FIELDS,
    Parts::EXTRA,
    Parts::NAME,
    Parts::ADDRESS,
    Parts::NEXT,
    Parts::CONSENT,
    Parts::TAGS,
    Parts::ALL,
];

proptest! {
    #![proptest_config(Config { cases: 256, ..Config::default() })]

    #[test]
    fn any_customer_decodes_to_itself(c in customer()) {
        prop_assert_eq!(round_trip(&c, Parts::ALL), Some(c));
    }

    /// What a cached read builds of some parts is what the file reader
    /// builds of them, so a listing cannot tell a cached customer from one
    /// read from its file.
    #[test]
    fn a_decode_of_some_parts_builds_what_the_reader_builds(c in customer()) {
        let text = render(&c);
        let full = parse_customer(&text, Path::new("customers/x.toml"), None)
            .customer
            .expect("rapport reads what it writes");
        for &parts in SUBSETS {
            // Files beyond the fast reader's subset are read whole.
            let Some(read) = fast::read_customer_parts(&text, parts) else { continue };
            prop_assert_eq!(round_trip(&full, parts), Some(read), "{:?}", parts);
        }
    }

    /// As above, for customers written in the TOML the fast reader reads
    /// (most of the arbitrary ones above are beyond it).
    #[test]
    fn a_decode_of_some_parts_of_a_plain_customer_builds_what_the_reader_builds(c in customer()) {
        let text = render(&tame(c));
        let full = parse_customer(&text, Path::new("customers/x.toml"), None)
            .customer
            .expect("rapport reads what it writes");
        for &parts in SUBSETS {
            let read = fast::read_customer_parts(&text, parts);
            prop_assert!(read.is_some(), "the fast reader reads {}", text);
            prop_assert_eq!(round_trip(&full, parts), read, "{:?}", parts);
        }
    }

    /// One record decodes customer after customer, each as itself, with
    /// any parts, nothing left over from the one before.
    #[test]
    fn a_reused_record_decodes_each_customer_as_itself(
        customers in proptest::collection::vec(customer(), 1..6),
        pick in proptest::collection::vec(0usize..SUBSETS.len(), 6),
    ) {
        let mut record = fast::Reusable::default();
        for (c, p) in customers.iter().zip(pick) {
            let parts = SUBSETS[p];
            let mut bytes = Vec::new();
            encode(c, &mut bytes);
            let alone = round_trip(c, parts);
            prop_assert_eq!(decode(&bytes, parts, &mut record).cloned(), alone);
        }
    }

    /// Bytes that are not a customer give None, never a panic: a damaged
    /// cache is read as missing.
    #[test]
    fn damaged_bytes_never_panic(c in customer(), cut in 0usize..2000, flip in any::<u8>()) {
        let mut bytes = Vec::new();
        encode(&c, &mut bytes);
        let mut record = fast::Reusable::default();
        let short = &bytes[..cut.min(bytes.len())];
        if short.len() < bytes.len() {
            prop_assert!(decode(short, Parts::ALL, &mut record).is_none());
        }
        if !bytes.is_empty() {
            let at = cut % bytes.len();
            bytes[at] ^= flip;
            let _ = decode(&bytes, Parts::ALL, &mut record);
        }
    }
}

/// Makes `c` plain: text of letters, digits and spaces, bare keys, no
/// tables or floats in values.
fn tame(mut c: Customer) -> Customer {
    fn plain(s: &mut String) {
        s.retain(|ch| ch.is_alphanumeric() || ch == ' ');
    }
    fn plain_opt(s: &mut Option<String>) {
        if let Some(s) = s {
            plain(s);
        }
    }
    // A key made plain may become a known key (`🌀to` → `to`), which the
    // reader then reads as that key: such keys are dropped.
    fn plain_map(map: &mut BTreeMap<String, Value>, known: &[&str]) {
        let old = std::mem::take(map);
        for (mut k, mut v) in old {
            k.retain(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '-');
            if k.is_empty() || known.contains(&k.as_str()) || !plain_value(&mut v) {
                continue;
            }
            map.insert(k, v);
        }
    }
    fn plain_value(v: &mut Value) -> bool {
        match v {
            Value::String(s) => {
                plain(s);
                true
            }
            Value::Float(_) | Value::Table(_) => false,
            Value::List(items) => {
                items.retain_mut(plain_value);
                true
            }
            _ => true,
        }
    }
    for f in STORED {
        match f.slot {
            Slot::Name => plain(&mut c.name),
            Slot::Text(_, put) => plain_opt(put(&mut c)),
            Slot::List(_, put) => put(&mut c).iter_mut().for_each(plain),
            _ => {}
        }
    }
    if c.name.trim().is_empty() {
        c.name = "Anna".into();
    }
    plain_map(&mut c.fields, &LAYOUT.top);
    plain_map(&mut c.extra, &LAYOUT.top);
    for d in &mut c.deals {
        plain(&mut d.title);
        plain(&mut d.stage);
        plain_map(&mut d.extra, DEAL_KEYS);
    }
    for i in &mut c.interactions {
        plain(&mut i.kind);
        for s in [
            &mut i.summary,
            &mut i.reference,
            &mut i.from,
            &mut i.to,
            &mut i.owner,
        ] {
            plain_opt(s);
        }
        plain_map(&mut i.extra, INTERACTION_KEYS);
    }
    c
}

#[test]
fn a_reused_record_forgets_the_previous_customer() {
    let rich = parse_customer(
        "name = \"A\"\nstage = \"customer\"\ntags = [\"x\"]\n[address]\ncity = \"Rīga\"\n\n[[interactions]]\ndate = 2024-01-01\nkind = \"call\"\nsummary = \"hi\"\n",
        Path::new("a.toml"),
        None,
    )
    .customer
    .unwrap();
    let bare = Customer {
        name: "B".into(),
        ..Customer::default()
    };
    let (mut a, mut b) = (Vec::new(), Vec::new());
    encode(&rich, &mut a);
    encode(&bare, &mut b);
    let mut record = fast::Reusable::default();
    assert_eq!(decode(&a, Parts::ALL, &mut record).cloned(), Some(rich));
    assert_eq!(decode(&b, Parts::ALL, &mut record).cloned(), Some(bare));
}
