//! Any text as a query, against the example book's settings with a few
//! more segments (one using another, two in a circle, and one whose
//! expression is part of the input): the input is `QUERY`, or
//! `QUERY \0 SEGMENT` to also define the segment `fuzz = SEGMENT`.
//!
//! - Lexing, parsing and compiling never panic, nor does rendering an error.
//! - An error's span lies inside the expression it names (the query, or the
//!   saved segment it is in) and falls on character boundaries; an error
//!   about something missing at the end points just past the last
//!   character.
//! - A query that compiles evaluates on every customer of the example book
//!   (with `rfm` and `clv` computed when it names them) without panicking,
//!   and answers the same on the customer as the fast reader builds it for
//!   the query (only the parts the filter reads) as on the whole customer:
//!   what `rapport query` relies on.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use rapport::book::Settings;
use rapport::book::settings::{Segment, parse_settings};
use rapport::model::fast::read_customer_parts;
use rapport::model::parse::parse_customer;
use rapport::model::{Customer, Id};
use rapport::query::error::Origin;
use rapport::query::{Filter, Population, QueryError, Subject};

/// The example book's files, and its settings.
const SETTINGS: &str = include_str!("../../../examples/book/rapport.toml");
const FILES: &[(&str, &str)] = &[
    (
        "eriks-ozolins",
        include_str!("../../../examples/book/customers/eriks-ozolins.toml"),
    ),
    (
        "ozolins-sia",
        include_str!("../../../examples/book/customers/ozolins-sia.toml"),
    ),
    (
        "jovana-petrovic",
        include_str!("../../../examples/book/customers/jovana-petrovic.toml"),
    ),
    (
        "cerny-a-syn",
        include_str!("../../../examples/book/customers/cerny-a-syn.toml"),
    ),
    (
        "zaneta-stastna",
        include_str!("../../../examples/book/customers/zaneta-stastna.toml"),
    ),
    (
        "kalns-sia",
        include_str!("../../../examples/book/customers/kalns-sia.toml"),
    ),
];

struct Book {
    settings: Settings,
    customers: Vec<(Customer, &'static str)>,
}

fn book() -> &'static Book {
    static BOOK: OnceLock<Book> = OnceLock::new();
    BOOK.get_or_init(|| {
        let mut settings = parse_settings(SETTINGS, Path::new("rapport.toml")).settings;
        for (name, expression) in [
            ("loyal", "segment = vip and tags has vip"),
            ("loop_a", "segment = loop_b or stage = lead"),
            ("loop_b", "segment = loop_a"),
        ] {
            settings.segments.insert(
                name.to_string(),
                Segment {
                    expression: expression.to_string(),
                    line: 30,
                },
            );
        }
        let customers = FILES
            .iter()
            .map(|(id, text)| {
                let path = format!("customers/{id}.toml");
                let mut c = parse_customer(text, Path::new(&path), Some(&settings.schema))
                    .customer
                    .expect("the example book reads");
                c.id = Some(Id::parse(id).unwrap());
                (c, *text)
            })
            .collect();
        Book {
            settings,
            customers,
        }
    })
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (query, segment) = match text.split_once('\0') {
        Some((q, s)) => (q, Some(s)),
        None => (text, None),
    };
    let base = book();
    let owned;
    let settings = match segment {
        None => &base.settings,
        Some(s) => {
            let mut with = base.settings.clone();
            with.segments.insert(
                "fuzz".to_string(),
                Segment {
                    expression: s.to_string(),
                    line: 31,
                },
            );
            owned = with;
            &owned
        }
    };

    // The parts on their own: every token's span is a slice of the text.
    if let Ok(tokens) = rapport::query::lexer::tokenize(query) {
        for t in &tokens {
            assert!(
                query.get(t.span.clone()).is_some(),
                "token span {:?} outside {query:?}",
                t.span
            );
        }
    }
    if let Err(e) = rapport::query::parser::parse(query) {
        check_span(&e, query);
    }

    match Filter::compile(query, settings, today()) {
        Err(e) => {
            let expression = match &e.origin {
                Some(Origin::Argument { expression }) => expression.as_str(),
                Some(Origin::Segment { expression, .. }) => expression.as_str(),
                None => panic!("a compile error names its expression: {e:?}"),
            };
            check_span(&e, expression);
            let _ = e.render();
            let _ = rapport::error::Error::from(e).to_string();
        }
        Ok(filter) => evaluate(&filter),
    }
    if segment.is_some() {
        match Filter::segment("fuzz", settings, today()) {
            Err(e) => {
                let Some(Origin::Segment { expression, .. }) = &e.origin else {
                    panic!("a segment's error names the segment: {e:?}")
                };
                check_span(&e, expression);
                let _ = e.render();
            }
            Ok(filter) => evaluate(&filter),
        }
    }
});

/// Asserts that an error's span is a slice of the expression it is about,
/// or the one place just past its end (where an error about something
/// missing points: the caret goes after the last character).
fn check_span(e: &QueryError, expression: &str) {
    let past_the_end = expression.len()..expression.len() + 1;
    assert!(
        e.span == past_the_end
            || (e.span.start <= e.span.end && expression.get(e.span.clone()).is_some()),
        "span {:?} is not a slice of {expression:?} ({})",
        e.span,
        e.message
    );
}

/// Evaluates a compiled filter on every customer, the whole record and the
/// parts the fast reader builds for it alike.
fn evaluate(filter: &Filter) {
    let book = book();
    let customers: Vec<Customer> = book.customers.iter().map(|(c, _)| c.clone()).collect();
    let population = if filter.needs().any() {
        match Population::compute(&customers, today(), filter.needs()) {
            Ok(p) => Some(p),
            // The example book is too small for clv: the command says so.
            Err(_) => return,
        }
    } else {
        None
    };
    for (customer, text) in &book.customers {
        let whole =
            filter.matches(&Subject::new(customer, today()).with_population(population.as_ref()));
        let mut partial = read_customer_parts(text, filter.parts())
            .expect("the example book reads on the fast path");
        partial.id = customer.id.clone();
        let fast =
            filter.matches(&Subject::new(&partial, today()).with_population(population.as_ref()));
        assert_eq!(
            whole,
            fast,
            "{:?}: the whole customer and its parts {:?} disagree",
            customer.id,
            filter.parts()
        );
    }
    let _ = filter.unseen_keys();
}
