//! Any bytes as a CSV file, through the importer in-process, the way
//! `rapport import` runs it (decoding, delimiter sniffing, column mapping,
//! value checks, matching against the book, building the files) but
//! without writing: the book is the example book copied to a temporary
//! folder, with custom fields of every type declared.
//!
//! The first byte chooses the options: what is imported (customers,
//! `--interactions`, `--deals`), `--match email`, `--on-match update|skip`,
//! `--decimal-comma`, `--keep-unmapped` and an `--encoding`; the rest is
//! the file.
//!
//! - Nothing panics, and every error renders.
//! - When every row is accepted, every file the import would write is a
//!   customer file the full reader reads without an error, no two steps
//!   write one file, and a created customer never takes an existing file.
//!   Interactions and deals are appended: the file holds what it held and
//!   the rows appended.
#![no_main]

use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use rapport::book::suppressed::Suppressed;
use rapport::book::{Book, load};
use rapport::csv::cells::{Reader, date_readers};
use rapport::csv::customers::{self, Action, Existing, MatchBy, OnMatch};
use rapport::csv::entries::{self, EmailIndex, Entry};
use rapport::csv::mapping::{self, Kind, ValueMaps};
use rapport::csv::problems::Problems;
use rapport::csv::source;
use rapport::diag::Severity;
use rapport::model::fast::Parts;
use rapport::model::parse::parse_customer;
use rapport::model::{Customer, FieldType, Schema};

const SETTINGS: &str = r#"
currency = "EUR"
stages = ["lead", "prospect", "customer", "churned"]
deal_stages = ["qualified", "proposal", "negotiation"]
interaction_kinds = ["call", "email", "meeting", "purchase", "support", "note", "survey"]

[fields.industry]
type = "enum"
values = ["manufacturing", "retail", "services", "logistics"]

[fields.employees]
type = "int"

[fields.score]
type = "number"

[fields.vip]
type = "bool"

[fields.renewal]
type = "date"

[fields.languages]
type = "list"
values = ["lv", "cs", "sr", "en"]

[fields.notes]
type = "list"

[fields.region]
type = "string"
"#;

const FILES: &[(&str, &str)] = &[
    (
        "cerny-a-syn",
        include_str!("../../../examples/book/customers/cerny-a-syn.toml"),
    ),
    (
        "djordje-nikolic",
        include_str!("../../../examples/book/customers/djordje-nikolic.toml"),
    ),
    (
        "dvorak-strojirny",
        include_str!("../../../examples/book/customers/dvorak-strojirny.toml"),
    ),
    (
        "eriks-ozolins",
        include_str!("../../../examples/book/customers/eriks-ozolins.toml"),
    ),
    (
        "ieva-kalnina",
        include_str!("../../../examples/book/customers/ieva-kalnina.toml"),
    ),
    (
        "jiri-dvorak",
        include_str!("../../../examples/book/customers/jiri-dvorak.toml"),
    ),
    (
        "jovana-petrovic",
        include_str!("../../../examples/book/customers/jovana-petrovic.toml"),
    ),
    (
        "kalns-sia",
        include_str!("../../../examples/book/customers/kalns-sia.toml"),
    ),
    (
        "liepa-logistika",
        include_str!("../../../examples/book/customers/liepa-logistika.toml"),
    ),
    (
        "milica-jovanovic",
        include_str!("../../../examples/book/customers/milica-jovanovic.toml"),
    ),
    (
        "ozolins-sia",
        include_str!("../../../examples/book/customers/ozolins-sia.toml"),
    ),
    (
        "zaneta-stastna",
        include_str!("../../../examples/book/customers/zaneta-stastna.toml"),
    ),
];

struct Fixture {
    book: Book,
    existing: Existing,
    emails: EmailIndex,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        // One thread: the importer reads rows in parallel with rayon, and
        // a fuzzer wants each run alike and cheap.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build_global();
        let root = std::env::temp_dir().join(format!("rapport-fuzz-csv-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("customers")).unwrap();
        std::fs::write(root.join("rapport.toml"), SETTINGS).unwrap();
        for (id, text) in FILES {
            std::fs::write(root.join(format!("customers/{id}.toml")), text).unwrap();
        }
        let book = Book::open(&root).expect("the fuzz book opens");
        let scanned = load::scan_parts(&book, Parts::NAME | Parts::EMAIL, |c| {
            c.id.clone().map(|id| (id, c.name.clone(), c.email.clone()))
        })
        .unwrap();
        assert!(scanned.warnings.is_empty());
        let mut emails = EmailIndex::new();
        for (id, _, email) in &scanned.items {
            if let Some(e) = email {
                emails.entry(e.to_lowercase()).or_default().push(id.clone());
            }
        }
        let existing = Existing {
            taken: FILES.iter().map(|(id, _)| id.to_string()).collect(),
            customers: scanned.items,
            companies: Default::default(),
        };
        Fixture {
            book,
            existing,
            emails,
        }
    })
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fuzz_target!(|data: &[u8]| {
    let Some((&options, bytes)) = data.split_first() else {
        return;
    };
    let f = fixture();
    let book = &f.book;
    let schema = &book.settings.schema;
    let kind = match options & 3 {
        1 => Kind::Interactions,
        2 => Kind::Deals,
        _ => Kind::Customers,
    };
    let match_by = if options & 4 != 0 {
        MatchBy::Email
    } else {
        MatchBy::Id
    };
    let on_match = match (options >> 3) & 3 {
        0 => OnMatch::Error,
        1 => OnMatch::Update,
        _ => OnMatch::Skip,
    };
    let decimal_comma = options & 32 != 0;
    let keep_unmapped = options & 64 != 0;
    let encoding = if options & 128 != 0 {
        Some(source::encoding_for_label("windows-1257").unwrap())
    } else {
        None
    };

    let name = "fuzz.csv";
    let text = match source::decode(name, bytes, encoding) {
        Ok(t) => t,
        Err(e) => return drop(e.to_string()),
    };
    let table = match source::parse(name, &text, None) {
        Ok(t) => t,
        Err(e) => return drop(e.to_string()),
    };
    let mapping = match mapping::map_columns(&table, kind, schema, &[], keep_unmapped) {
        Ok(m) => m,
        Err(e) => return drop(e.to_string()),
    };
    for c in 0..table.headers.len() {
        let _ = table.column_name(c);
    }
    let maps = ValueMaps::parse(&[], kind, schema).unwrap();
    let date_columns: Vec<usize> = mapping
        .columns()
        .filter(|(_, t)| is_date_target(kind, t, schema))
        .map(|(c, _)| c)
        .collect();
    let (dates, undecided) = date_readers(&table, &date_columns, None, None);
    let reader = Reader {
        table: &table,
        mapping: &mapping,
        maps: &maps,
        decimal_comma,
        currency: &book.settings.currency,
        dates,
        dialect: None,
    };
    // The library reports progress through a trait; `()` shows nothing.
    let bar = ();
    let mut problems = Problems::default();
    match kind {
        Kind::Customers => {
            let (rows, more) = customers::read_rows(&reader, schema, &bar);
            problems.merge(more);
            let steps = customers::plan(
                rows,
                &f.existing,
                &Suppressed::default(),
                match_by,
                on_match,
                &mut problems,
            );
            if !problems.is_empty() {
                return finish(problems);
            }
            let built = customers::build(steps, book, schema, today(), &mut problems, &bar);
            if !problems.is_empty() || !undecided.is_empty() {
                return finish(problems);
            }
            let mut written = HashSet::new();
            for b in &built {
                assert!(
                    written.insert(b.step.id.clone()),
                    "two steps write `{}`",
                    b.step.id
                );
                let Some(text) = &b.text else { continue };
                if b.step.action == Action::Create {
                    assert!(
                        !f.existing.taken.contains(b.step.id.as_str()),
                        "a new customer takes the file of `{}`",
                        b.step.id
                    );
                }
                readable(&book.customer_path(&b.step.id), text, schema);
            }
        }
        Kind::Interactions => {
            let (rows, more) = entries::read_interactions(&reader, schema, &bar);
            problems.merge(more);
            attach(f, rows, problems, undecided.is_empty());
        }
        Kind::Deals => {
            let (rows, more) = entries::read_deals(&reader, schema, &bar);
            problems.merge(more);
            attach(f, rows, problems, undecided.is_empty());
        }
    }
});

/// Appends accepted rows and checks the files they would make.
fn attach<T: Entry>(
    f: &Fixture,
    rows: Vec<entries::EntryRow<T>>,
    mut problems: Problems,
    dates_decided: bool,
) {
    if !problems.is_empty() {
        return finish(problems);
    }
    // The library reports progress through a trait; `()` shows nothing.
    let bar = ();
    let outcome = entries::attach(rows, &f.book, Some(&f.emails), true, &mut problems, &bar);
    if !problems.is_empty() || !dates_decided {
        return finish(problems);
    }
    let schema = &f.book.settings.schema;
    let mut appended = 0;
    for a in &outcome.attached {
        let before = f
            .book
            .read_customer(&a.id)
            .unwrap()
            .parsed
            .customer
            .unwrap();
        let after = readable(&a.path, &a.text, schema);
        let gained = T::held(&after).len() - T::held(&before).len();
        let keys =
            |c: &Customer| -> Vec<String> { T::held(c).iter().map(Entry::content_key).collect() };
        let (kept, had) = (keys(&after), keys(&before));
        assert_eq!(
            &kept[..had.len()],
            &had[..],
            "what the file held is kept, in order"
        );
        appended += gained;
    }
    assert_eq!(
        appended, outcome.appended,
        "every appended row is in a file"
    );
    assert_eq!(
        outcome.rows.iter().filter(|r| r.appended).count(),
        outcome.appended
    );
}

/// Asserts that `text` is a customer file read without an error.
fn readable(path: &Path, text: &str, schema: &Schema) -> Customer {
    let parsed = parse_customer(text, path, Some(schema));
    let errors: Vec<String> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.render())
        .collect();
    assert!(
        errors.is_empty(),
        "an imported file does not read:\n{text}\n{}",
        errors.join("\n")
    );
    parsed.customer.expect("no error, so a customer")
}

/// Sorts and counts the problems, as the refusal does.
fn finish(mut problems: Problems) {
    problems.sort();
    let _ = problems.bad_rows();
}

/// The columns holding dates (as `rapport import` picks them).
fn is_date_target(kind: Kind, target: &str, schema: &Schema) -> bool {
    match kind {
        Kind::Customers => {
            matches!(target, "created" | "next.date" | "consent.date")
                || target
                    .strip_prefix("fields.")
                    .and_then(|f| schema.fields.get(f))
                    .is_some_and(|d| d.ty == FieldType::Date)
        }
        Kind::Interactions => matches!(target, "date" | "resolved"),
        Kind::Deals => matches!(target, "opened" | "closed"),
    }
}
