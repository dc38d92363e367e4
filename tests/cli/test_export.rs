use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::generate;
use crate::support::{TestBook, stderr_of, stdout_of};

/// Returns every customer file of a book: name → bytes.
fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(root.join("customers"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".toml"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Exports customers, deals and interactions of `from` and imports them into
/// the empty book `to`, deals after interactions or before.
fn round_trip(from: &TestBook, to: &TestBook, deals_first: bool) {
    let customers = from.run(&["export"]);
    let deals = from.run(&["export", "--deals"]);
    let interactions = from.run(&["export", "--interactions"]);
    to.write("customers.csv", &customers);
    to.write("deals.csv", &deals);
    to.write("interactions.csv", &interactions);
    to.run(&["import", "customers.csv"]);
    if deals_first {
        to.run(&["import", "--deals", "deals.csv"]);
        to.run(&["import", "--interactions", "interactions.csv"]);
    } else {
        to.run(&["import", "--interactions", "interactions.csv"]);
        to.run(&["import", "--deals", "deals.csv"]);
    }
}

fn assert_same_files(a: &Path, b: &Path) {
    let (fa, fb) = (files(a), files(b));
    assert_eq!(
        fa.keys().collect::<Vec<_>>(),
        fb.keys().collect::<Vec<_>>(),
        "the same customers"
    );
    for (name, bytes) in &fa {
        if bytes != &fb[name] {
            panic!(
                "{name} differs:\n--- exported book\n{}\n--- imported book\n{}",
                String::from_utf8_lossy(bytes),
                String::from_utf8_lossy(&fb[name])
            );
        }
    }
}

#[test]
fn export_then_import_into_an_empty_book_writes_every_file_byte_for_byte() {
    let book = TestBook::with_settings(generate::SETTINGS);
    generate::book(book.root(), 1000, 20261123);
    // Every generated file is a valid customer file of the book.
    book.run(&["check"]);
    let empty = TestBook::with_settings(generate::SETTINGS);
    round_trip(&book, &empty, false);
    assert_same_files(book.root(), empty.root());

    // The generated book holds what the round trip must carry.
    let all: String = files(book.root())
        .values()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect();
    for needle in [
        "kind = \"stage\"",
        "[[deals]]",
        "resolved = ",
        "nps = ",
        "[fields]",
        "name = \"=Equals Ltd\"",
        "Ђорђе",
        "Šťastná",
        "Ozoliņš",
    ] {
        assert!(all.contains(needle), "the generated book has no {needle}");
    }

    // Importing the same history again changes nothing.
    let again = empty
        .rapport()
        .args(["import", "--interactions", "interactions.csv"])
        .assert()
        .success();
    assert!(
        stderr_of(&again).contains(": 0 interactions appended to 0 customers"),
        "{}",
        stderr_of(&again)
    );
    let again = empty
        .rapport()
        .args(["import", "--deals", "deals.csv"])
        .assert()
        .success();
    assert!(
        stderr_of(&again).contains(": 0 deals appended"),
        "{}",
        stderr_of(&again)
    );
    assert_same_files(book.root(), empty.root());
}

#[test]
fn the_round_trip_holds_whichever_history_comes_first() {
    let book = TestBook::with_settings(generate::SETTINGS);
    generate::book(book.root(), 150, 7);
    let empty = TestBook::with_settings(generate::SETTINGS);
    round_trip(&book, &empty, true);
    assert_same_files(book.root(), empty.root());
}

#[test]
fn files_written_by_the_commands_round_trip() {
    let book = TestBook::with_settings(generate::SETTINGS);
    let run = |args: &[&str]| book.run(args);
    run(&[
        "add",
        "Ozoliņš SIA",
        "--kind",
        "company",
        "--tag",
        "b2b",
        "--field",
        "industry=retail",
    ]);
    run(&[
        "add",
        "Ēriks Ozoliņš",
        "--email",
        "Eriks@Ozolins.example",
        "--phone",
        "+371 2612 3456",
        "--company",
        "ozolins-sia",
        "--field",
        "score=2.0",
        "--field",
        "products=a b,Ūdens",
        "--set",
        "address.city=Rīga",
    ]);
    run(&[
        "add",
        "Јована Петровић",
        "--stage",
        "prospect",
        "--set",
        "next.date=2026-12-01",
    ]);
    run(&[
        "log",
        "eriks-ozolins",
        "purchase",
        "--amount",
        "1500",
        "--ref",
        "INV-1",
        "-m",
        "First order, \"big\"",
    ]);
    run(&[
        "log",
        "eriks-ozolins",
        "purchase",
        "--amount",
        "-12.5",
        "-m",
        "=refund",
    ]);
    run(&[
        "log",
        "eriks-ozolins",
        "purchase",
        "--amount",
        "-12.5",
        "-m",
        "=refund",
    ]);
    run(&[
        "log",
        "eriks-ozolins",
        "survey",
        "--nps",
        "9",
        "--csat",
        "4",
        "--date",
        "2024-06-10T10:30",
    ]);
    run(&[
        "set",
        "eriks-ozolins",
        "stage=customer",
        "tags+=vip",
        "fields.since=2020-01-02",
    ]);
    run(&[
        "log",
        "jovana-petrovic",
        "support",
        "-m",
        "Рачун\nнедостаје",
        "--date",
        "2024-09-02T09:10",
        "--resolved",
        "2024-09-02T15:40",
    ]);
    run(&[
        "set",
        "jovana-petrovic",
        "fields.vat_payer=true",
        "fields.industry=services",
    ]);
    let empty = TestBook::with_settings(generate::SETTINGS);
    round_trip(&book, &empty, false);
    assert_same_files(book.root(), empty.root());
}

#[test]
fn exports_customers_with_lists_joined_and_formulas_guarded() {
    let book = TestBook::new();
    book.run(&[
        "add",
        "=Equals Ltd",
        "--tag",
        "vip",
        "--tag",
        "b2b",
        "--phone",
        "+371 2612 3456",
    ]);
    let out = book.run(&["export", "--columns", "id,name,tags,phone,stage"]);
    assert_eq!(
        out,
        "id,name,tags,phone,stage\nequals-ltd,'=Equals Ltd,vip;b2b,'+371 2612 3456,lead\n"
    );
    let json = book.run(&["export", "--columns", "name,tags", "--format", "json"]);
    assert!(
        json.contains("\"name\": \"=Equals Ltd\""),
        "json is not a spreadsheet: {json}"
    );
}

#[test]
fn exports_derived_figures_on_request() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    book.run(&[
        "log",
        "anna",
        "purchase",
        "--amount",
        "0.10",
        "--date",
        "2024-01-01",
    ]);
    book.run(&[
        "log",
        "anna",
        "purchase",
        "--amount",
        "0.20",
        "--date",
        "2024-02-01",
    ]);
    // 0.10 + 0.20, exact to the cent; two orders; AOV 0.15.
    assert_eq!(
        book.run(&["export", "--columns", "id,revenue,orders,aov,last_purchase"]),
        "id,revenue,orders,aov,last_purchase\nanna,0.30,2,0.15,2024-02-01\n"
    );
}

#[test]
fn refuses_unknown_columns_with_a_suggestion() {
    let book = TestBook::new();
    let out = book
        .rapport()
        .args(["export", "--columns", "id,emial"])
        .assert()
        .code(2);
    let err = stderr_of(&out);
    assert!(err.contains("there is no column `emial`"), "{err}");
    assert!(err.contains("did you mean `email`?"), "{err}");
    let out = book
        .rapport()
        .args(["export", "--interactions", "--columns", "customer,amount"])
        .assert()
        .success();
    assert_eq!(stdout_of(&out), "customer,amount\n");
}

#[test]
fn the_example_book_round_trips_byte_for_byte() {
    let example = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/book"));
    let settings = fs::read_to_string(example.join("rapport.toml")).unwrap();
    let book = TestBook::with_settings(&settings);
    for entry in fs::read_dir(example.join("customers")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), book.path("customers").join(entry.file_name())).unwrap();
    }
    let empty = TestBook::with_settings(&settings);
    round_trip(&book, &empty, false);
    assert_same_files(book.root(), empty.root());
}

#[test]
fn exports_only_the_customers_where_selects() {
    let book = TestBook::new();
    book.run(&["add", "Anna", "--stage", "customer"]);
    book.run(&["add", "Jānis"]);
    book.run(&[
        "log",
        "anna",
        "purchase",
        "--amount",
        "10",
        "--date",
        "2024-01-01",
    ]);
    book.run(&["log", "janis", "call", "--date", "2024-01-02"]);
    assert_eq!(
        book.run(&[
            "export",
            "--columns",
            "id,stage",
            "--where",
            "stage = customer"
        ]),
        "id,stage\nanna,customer\n"
    );
    assert_eq!(
        book.run(&[
            "export",
            "--interactions",
            "--columns",
            "customer,kind",
            "--where",
            "name ~ janis"
        ]),
        "customer,kind\njanis,call\n"
    );
    let out = book
        .rapport()
        .args(["export", "--where", "stage = "])
        .assert()
        .code(2);
    assert!(
        stderr_of(&out).contains("expected a value after `=`"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn regression_export_help_called_table_the_default_on_a_terminal() {
    let book = TestBook::new();
    let help = stdout_of(&book.rapport().args(["export", "--help"]).assert().success());
    let format = &help[help.find("--format").unwrap()..help.find("--where").unwrap()];
    // Export writes csv on a terminal too: its help says so, and names no
    // other default.
    assert!(!format.contains("the default on a terminal"), "{format}");
    assert!(!format.contains("the default in a pipe"), "{format}");
    assert!(
        format.contains("default: csv, also on a terminal"),
        "{format}"
    );
    assert!(format.contains("- csv:"), "{format}");
    assert!(format.contains("leading '"), "{format}");
    assert!(format.contains("- table:"), "{format}");
    // What the help promises: csv without --format, a table when asked.
    book.write("customers/ann.toml", "name = \"Ann\"\n");
    let csv = stdout_of(&book.rapport().arg("export").assert().success());
    assert!(csv.starts_with("id,name,"), "{csv}");
    let table = stdout_of(
        &book
            .rapport()
            .args(["export", "--format", "table"])
            .assert()
            .success(),
    );
    assert!(table.contains("─"), "{table}");
    // Listings keep their own help: table on a terminal, tsv in a pipe.
    let query = stdout_of(&book.rapport().args(["query", "--help"]).assert().success());
    assert!(
        query.contains("An aligned table (the default on a terminal)"),
        "{query}"
    );
}
