//! The fast reader against the full one: wherever the fast path answers,
//! it must answer exactly what `parse_customer` does.

use std::path::Path;

use proptest::prelude::*;

use super::{Parts, Reusable, read_customer, read_customer_parts};
use crate::model::Customer;
use crate::model::fields::{STORED, Slot};
use crate::model::parse::parse_customer;

fn full(text: &str) -> Option<Customer> {
    parse_customer(text, Path::new("customers/x.toml"), None).customer
}

/// Returns `c` with only `parts` kept: what `read_customer_parts` builds.
fn project(mut c: Customer, parts: Parts) -> Customer {
    let keep = |p: Parts| parts.contains(p);
    for f in STORED.iter().filter(|f| !keep(f.parts)) {
        match f.slot {
            Slot::Name => c.name.clear(),
            Slot::Kind => c.kind = None,
            Slot::Text(_, put) => *put(&mut c) = None,
            Slot::List(_, put) => put(&mut c).clear(),
            Slot::Money(_, put) => *put(&mut c) = None,
            Slot::Date(_, put) => *put(&mut c) = None,
            Slot::When(_, put) => *put(&mut c) = None,
            Slot::Bool(_, put) => *put(&mut c) = None,
        }
    }
    macro_rules! clear {
        ($part:expr, $($field:ident).+) => {
            if !keep($part) {
                c.$($field).+ = Default::default();
            }
        };
    }
    clear!(Parts::FIELDS, fields);
    clear!(Parts::EXTRA, extra);
    clear!(Parts::DEALS, deals);
    clear!(Parts::INTERACTIONS, interactions);
    if !parts.has_other_details() {
        for i in &mut c.interactions {
            let mut bare = crate::model::Interaction::new(i.date, std::mem::take(&mut i.kind));
            bare.amount = i.amount;
            bare.nps = i.nps;
            if keep(Parts::STAGE_MOVES) {
                bare.from = i.from.take();
                bare.to = i.to.take();
            }
            *i = bare;
        }
    } else if !keep(Parts::STAGE_MOVES) {
        for i in &mut c.interactions {
            i.from = None;
            i.to = None;
        }
    }
    c
}

/// Asserts that reading only `parts` accepts the same files and builds
/// those parts as a full read does.
fn projects(text: &str, parts: Parts) {
    let partial = read_customer_parts(text, parts);
    match read_customer(text) {
        None => assert!(partial.is_none(), "accepted with {parts:?} only:\n{text}"),
        Some(full) => assert_eq!(partial, Some(project(full, parts)), "{parts:?}:\n{text}"),
    }
}

/// Asserts the contract on one text, and returns whether the fast path
/// answered.
fn agrees(text: &str) -> bool {
    match read_customer(text) {
        Some(fast) => {
            assert_eq!(
                Some(&fast),
                full(text).as_ref(),
                "fast path differs on:\n{text}"
            );
            true
        }
        None => false,
    }
}

const FULL_RECORD: &str = r#"name = "Ozoliņš SIA"   # a comment
kind = "company"
stage = "customer"
email = "info@ozolins.example"
phone = '+371 2612 3456'
website = "https://ozolins.example"
company = ""
owner = "anna"
tags = ["b2b", "vip",]
source = "webinar"
acquisition_cost = 120.00
created = 2024-03-01
legacy_id = 42
legacy_list = [1, "two", 3.5, true, 2024-01-01, [1, 2]]

[address]
street = "Brīvības iela 1"
city = "Rīga"
postcode = "LV-1010"
country = "LV"
floor = 3

[fields]
industry = "manufacturing"
employees = 120
ratio = -0.25
renewal = 2026-12-01T10:30:00

[next]
date = 2026-12-01
action = "Call about \"the\" renewal\u00e9\ttab"

[consent]
email = true
date = 2024-03-01

[[deals]]
title = "Annual licence 2025"
value = 12000
stage = "won"
opened = 2024-11-02
closed = 2025-01-15
probability = 0.5

[[interactions]]
date = 2024-03-01
kind = "purchase"
amount = 1500.00
summary = "First order"
ref = "INV-1001"

[[interactions]]
date = 2024-06-10
kind = "survey"
nps = 9
csat = +4
ces = 6

[[interactions]]
date = 2024-07-01
kind = "stage"
from = "prospect"
to = "customer"

[[interactions]]
date = 2024-09-02T09:10:00
kind = "support"
summary = "Invoice PDF missing"
resolved = 2024-09-02T15:40:00
owner = "peteris"
channel = "phone"
"#;

#[test]
fn reads_every_key_as_the_full_reader_does() {
    assert!(agrees(FULL_RECORD), "the fast path should read this file");
    for bit in 0..21 {
        projects(FULL_RECORD, Parts(1 << bit));
    }
    projects(FULL_RECORD, Parts::STAGE_MOVES);
    projects(FULL_RECORD, Parts::INTERACTION_DETAILS);
    projects(FULL_RECORD, Parts::NONE);
    projects(FULL_RECORD, Parts::FIGURES | Parts::STAGE);
    let crlf = FULL_RECORD.replace('\n', "\r\n");
    assert!(agrees(&crlf), "CRLF line ends are read");
}

#[test]
fn leaves_what_it_does_not_know_to_the_full_reader() {
    let with = |extra: &str| format!("name = \"A\"\n{extra}\n");
    for text in [
        with("\"quoted key\" = 1"),
        with("a.b = 1"),
        with("x = { a = 1 }"),
        with("x = \"\"\"multi\nline\"\"\""),
        with("x = 1e3"),
        with("x = 1_000"),
        with("x = 0x1f"),
        with("x = inf"),
        with("x = 2024-03-01T10:30:00Z"),
        with("x = 2024-03-01 10:30:00"),
        with("x = 2024-03-01T10:30"),
        with("x = 10:30:00"),
        with("x = [1, # comment\n 2]"),
        with("x = \"\\e\""),
        with("[fields.sub]\na = 1"),
        with("[other]\na = 1"),
        "\u{feff}name = \"A\"\n".to_string(),
    ] {
        assert!(read_customer(&text).is_none(), "{text}");
    }
}

#[test]
fn refuses_what_the_full_reader_refuses() {
    let with = |extra: &str| format!("name = \"A\"\n{extra}\n");
    for text in [
        String::new(),
        "name = \"  \"\n".to_string(),
        "name = 1\n".to_string(),
        with("name = \"B\""),
        with("stage = \"a\"\nstage = \"b\""),
        with("kind = \"robot\""),
        with("created = \"2024-03-01\""),
        with("created = 2024-02-30"),
        with("created = 2024-03-01T10:00:00"),
        with("acquisition_cost = 1.005"),
        with("tags = [\"a\", 1]"),
        with("x = 01"),
        with("x = 99999999999999999999"),
        with("x = \"a\" b"),
        with("x = \"unterminated"),
        with("x = \"bad\\uD800\""),
        with("address = \"Rīga\""),
        with("[address]\ncity = \"A\"\n[address]\nstreet = \"B\""),
        with("[address]\ncity = \"A\"\ncity = \"B\""),
        with("[[interactions]]\nkind = \"call\""),
        with("[[interactions]]\ndate = 2024-01-01\nkind = \"survey\"\nnps = 11"),
        with("[[deals]]\ntitle = \"T\""),
        with("# bad \u{1} comment"),
        "name = \"A\"\rstage = \"b\"\n".to_string(),
    ] {
        assert!(read_customer(&text).is_none(), "{text}");
        let _ = agrees(&text);
    }
}

/// Lines that are valid alone; shuffled together they make files that are
/// sometimes valid, sometimes not (duplicates, misplaced keys).
fn line() -> impl Strategy<Value = String> {
    let keys = prop::sample::select(vec![
        "name",
        "kind",
        "stage",
        "email",
        "website",
        "tags",
        "acquisition_cost",
        "created",
        "city",
        "street",
        "date",
        "action",
        "title",
        "value",
        "opened",
        "closed",
        "amount",
        "nps",
        "csat",
        "ces",
        "resolved",
        "from",
        "ref",
        "industry",
        "extra_key",
        "address",
    ]);
    let values = prop::sample::select(vec![
        "\"Ēriks Ozoliņš\"",
        "'literal'",
        "\"\"",
        "\"esc\\\"aped\\\\\"",
        "\"\\u0041\\U0001F600\"",
        "\"person\"",
        "\"company\"",
        "\"won\"",
        "\"purchase\"",
        "0",
        "-0",
        "7",
        "11",
        "+3",
        "1500.00",
        "-3.25",
        "0.10",
        "1.005",
        "01.5",
        "true",
        "false",
        "2024-03-01",
        "2024-02-29",
        "2023-02-29",
        "2024-03-01T10:30:00",
        "2024-03-01T25:00:00",
        "[]",
        "[\"b2b\", \"vip\"]",
        "[\n  \"a\",\n  \"b\",\n]",
        "[1, 2]",
        "9223372036854775808",
        "{ a = 1 }",
        "1e3",
    ]);
    let headers = prop::sample::select(vec![
        "[address]",
        "[fields]",
        "[next]",
        "[consent]",
        "[[deals]]",
        "[[interactions]]",
        "[ address ]",
        "[[ interactions ]]",
        "[other]",
    ]);
    prop_oneof![
        6 => (keys, values, prop::bool::ANY).prop_map(|(k, v, comment)| {
            if comment { format!("{k} = {v}  # note") } else { format!("{k} = {v}") }
        }),
        2 => headers.prop_map(str::to_string),
        1 => Just(String::new()),
        1 => Just("# a comment".to_string()),
    ]
}

/// Found by `reads_well_formed_records`: a name that is a backslash and a
/// quote, escaped in a basic string.
#[test]
fn regression_a_name_of_a_backslash_and_a_quote() {
    assert!(agrees(
        "name = \"\\\\'\"\nstage = \"a\"\ntags = []\ncreated = 2018-01-01\n"
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn never_disagrees_with_the_full_reader(
        name in prop::bool::weighted(0.9),
        lines in prop::collection::vec(line(), 0..14),
        mask in 0u32..(1 << 19),
    ) {
        let mut text = String::new();
        if name {
            text.push_str("name = \"Anna\"\n");
        }
        for l in lines {
            text.push_str(&l);
            text.push('\n');
        }
        agrees(&text);
        projects(&text, Parts(mask));
    }

    #[test]
    fn a_reused_record_reads_as_a_fresh_one(
        texts in prop::collection::vec(prop::collection::vec(line(), 0..10), 1..6),
        mask in 0u32..(1 << 19),
    ) {
        let mut record = Reusable::default();
        let texts: Vec<String> = texts
            .into_iter()
            .map(|lines| format!("name = \"A\"\n{}\n", lines.join("\n")))
            .chain([FULL_RECORD.to_string(), "name = \"B\"\n".to_string()])
            .collect();
        for text in &texts {
            let reused = record.read(text, Parts(mask)).map(|c| c.clone());
            prop_assert_eq!(reused, read_customer_parts(text, Parts(mask)), "{}", text);
        }
    }

    #[test]
    fn reads_well_formed_records(
        stage in "[a-z]{1,10}",
        name in "\\PC{1,20}",
        tags in prop::collection::vec("[a-z0-9-]{1,8}", 0..4),
        amounts in prop::collection::vec(-100_000i64..10_000_000, 0..6),
        day in 0u32..3000,
    ) {
        prop_assume!(!name.trim().is_empty());
        let date = chrono::NaiveDate::from_ymd_opt(2018, 1, 1).unwrap() + chrono::Days::new(u64::from(day));
        let quoted = format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""));
        let list: Vec<String> = tags.iter().map(|t| format!("\"{t}\"")).collect();
        let mut text = format!(
            "name = {quoted}\nstage = \"{stage}\"\ntags = [{}]\ncreated = {date}\n",
            list.join(", ")
        );
        for a in amounts {
            let sign = if a < 0 { "-" } else { "" };
            text.push_str(&format!(
                "\n[[interactions]]\ndate = {date}T10:00:00\nkind = \"purchase\"\namount = {sign}{}.{:02}\n",
                a.abs() / 100,
                a.abs() % 100
            ));
        }
        prop_assert!(agrees(&text), "not read on the fast path:\n{}", text);
    }
}

proptest! {
    #[test]
    fn reads_amounts_as_money_parse_does(
        sign in prop::sample::select(vec!["", "-", "+"]),
        whole in "[0-9]{1,14}",
        frac in prop::option::of("[0-9]{0,4}"),
    ) {
        let literal = match &frac {
            Some(f) => format!("{sign}{whole}.{f}"),
            None => format!("{sign}{whole}"),
        };
        if let Some(m) = super::cents(&literal) {
            prop_assert_eq!(Ok(m), crate::model::Money::parse(&literal), "{}", literal);
        }
    }
}
