//! Each pass of the import driven on its own, without the binary: a small
//! CSV in; the table, mapping, rows, problems, plan or files out.

use chrono::NaiveDate;

use super::*;
use crate::csv::customers::CustomerRow;
use crate::diag::Told;
use crate::model::Schema;

const FILE: &str = "contacts.csv";

fn input(text: &str) -> Input {
    Input {
        name: FILE.into(),
        bytes: text.as_bytes().to_vec(),
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

/// An empty book in a temporary folder.
fn empty_book() -> (tempfile::TempDir, Book) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rapport.toml"), "").unwrap();
    std::fs::create_dir(dir.path().join("customers")).unwrap();
    let book = Book::open(dir.path()).unwrap();
    (dir, book)
}

/// The names of the files in customers/, sorted.
fn files(book: &Book) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(book.customers_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Runs the read, map and validate passes over a customers file.
fn validated(
    text: &str,
    schema: &Schema,
    options: &Options,
) -> (Vec<CustomerRow>, Problems, map::Columns) {
    let (name, table) = read::table(input(text), None, None).unwrap();
    let (mapping, maps) = map::map(&name, &table, schema, options, None).unwrap();
    let mut problems = Problems::default();
    let dates = map::dates(
        &table,
        &mapping,
        options.kind,
        schema,
        None,
        None,
        &mut problems,
    );
    let reader = Reader {
        table: &table,
        mapping: &mapping,
        maps: &maps,
        decimal_comma: false,
        currency: "EUR",
        dates,
        dialect: None,
    };
    let rows = validate::customers(&reader, schema, &mut problems, &());
    (rows, problems, map::Columns::of(&table, &mapping))
}

#[test]
fn the_read_pass_decodes_and_splits_records_that_know_their_lines() {
    let text = "Name;E-mail\nAnna Bērziņa;anna@example.lv\n\"Jānis\nKalniņš\";janis@example.lv\n";
    let (name, table) = read::table(input(text), None, None).unwrap();
    assert_eq!(name, FILE);
    assert_eq!(table.headers, ["Name", "E-mail"]);
    assert_eq!(table.delimiter, b';');
    assert_eq!(table.len(), 2);
    assert_eq!(table.row(1).line(), 3);
    assert_eq!(table.row(1).get(0), "Jānis\nKalniņš");

    let err = read::table(input("a\n"), Some("klingon"), None).unwrap_err();
    assert_eq!(err.exit_code(), 2);
    assert!(err.to_string().contains("`klingon`"), "{err}");
    let err = read::table(input("a\n"), None, Some("::")).unwrap_err();
    assert_eq!(err.exit_code(), 2, "{err}");
}

#[test]
fn the_map_pass_maps_columns_and_tells_what_is_left_out() {
    let schema = Schema::default();
    let options = Options {
        dry_run: true,
        ..Options::default()
    };
    let text = "Name,Email,Favourite colour\nAnna,anna@example.lv,green\n";
    let (name, table) = read::table(input(text), None, None).unwrap();
    let (mapping, _) = map::map(&name, &table, &schema, &options, None).unwrap();
    assert_eq!(mapping.column("name"), Some(0));
    assert_eq!(mapping.column("email"), Some(1));
    let told = Told::default();
    map::tell_mapping(&table, &mapping, options.kind, options.dry_run, &told);
    let lines = told.lines();
    assert_eq!(lines[0], "rapport: columns: `Name` → name, `Email` → email");
    assert!(
        lines[1].starts_with("rapport: warning: not imported: `Favourite colour`"),
        "{lines:?}"
    );
    assert_eq!(lines.len(), 2);
}

#[test]
fn the_map_pass_refuses_a_file_without_the_columns_rows_need() {
    let schema = Schema::default();
    let (name, table) = read::table(input("Colour\ngreen\n"), None, None).unwrap();
    let err = map::map(&name, &table, &schema, &Options::default(), None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "contacts.csv: no column gives `name`; the columns are: Colour"
    );
    assert_eq!(err.hint(), Some("map one with --map 'Column=name'"));

    let options = Options {
        kind: Kind::Interactions,
        ..Options::default()
    };
    let (name, table) = read::table(input("customer,date\nanna,2024-03-01\n"), None, None).unwrap();
    let err = map::map(&name, &table, &schema, &options, None).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("contacts.csv: no column gives `kind`"),
        "{err}"
    );
}

#[test]
fn the_map_pass_finds_date_columns_that_read_two_ways() {
    let schema = Schema::default();
    let options = Options::default();
    let text = "Name,Created\nAnna,03/04/2024\nBen,05/06/2024\n";
    let (name, table) = read::table(input(text), None, None).unwrap();
    let (mapping, _) = map::map(&name, &table, &schema, &options, None).unwrap();
    let mut problems = Problems::default();
    let dates = map::dates(
        &table,
        &mapping,
        options.kind,
        &schema,
        None,
        None,
        &mut problems,
    );
    assert!(dates.contains_key(&1));
    assert_eq!(problems.file.len(), 1);
    assert!(
        problems.file[0].starts_with("column `Created` "),
        "{problems:?}"
    );

    let mut problems = Problems::default();
    map::dates(
        &table,
        &mapping,
        options.kind,
        &schema,
        Some("%d/%m/%Y"),
        None,
        &mut problems,
    );
    assert!(problems.is_empty());
}

#[test]
fn the_validate_pass_reads_good_rows_and_refuses_with_every_problem_listed() {
    let schema = Schema::default();
    let text = "Name,Email,Stage\n\
                Anna,anna@example.lv,lead\n\
                Ben,not-an-email,lead\n\
                Cid,cid@example.lv,Marketing Qualified Lead\n";
    let (rows, problems, columns) = validated(text, &schema, &Options::default());
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].line, 2);
    assert_eq!(rows[0].name.as_deref(), Some("Anna"));
    assert_eq!(rows[0].email.as_deref(), Some("anna@example.lv"));
    assert_eq!(rows[0].stage.as_deref(), Some("lead"));

    let told = Told::default();
    let err = validate::refuse(FILE, problems, &columns, Kind::Customers, &schema, &told);
    let lines = told.lines();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        lines[0].starts_with("contacts.csv:3: column `Email`"),
        "{lines:?}"
    );
    assert_eq!(
        lines[1],
        "contacts.csv: column `Stage` holds 1 value that is not stages of this book (lead, prospect, customer, churned):"
    );
    assert_eq!(lines[2], "contacts.csv:4: `Marketing Qualified Lead`");
    assert_eq!(
        err.to_string(),
        "2 bad rows in contacts.csv; nothing was written"
    );
    assert_eq!(
        err.hint(),
        Some(
            "map each value, e.g. --map-value 'stage:Marketing Qualified Lead=lead', or add them to `stages` in rapport.toml"
        )
    );
}

#[test]
fn the_plan_pass_matches_rows_against_the_book_and_writes_nothing() {
    let (_dir, book) = empty_book();
    let schema = book.settings.schema.clone();
    let first = run(
        &book,
        input("Name,Email\nAnna,anna@example.lv\n"),
        &Options::default(),
        today(),
        &(),
        &Told::default(),
    )
    .unwrap();
    assert_eq!(
        first.summary(),
        "imported contacts.csv: 1 created, 0 updated, 0 unchanged, 0 skipped"
    );
    let anna = std::fs::read_to_string(book.customers_dir().join("anna.toml")).unwrap();

    let options = Options {
        match_by: MatchBy::Email,
        on_match: OnMatch::Update,
        ..Options::default()
    };
    let text = "Name,Email,Phone,Company\n\
                Anna B,ANNA@example.lv,+371 2000 0000,\n\
                Ben,ben@example.lv,,Acme\n";
    let (rows, mut problems, _) = validated(text, &schema, &options);
    let told = Told::default();
    let steps = plan::steps(&book, rows, &options, &mut problems, &told).unwrap();
    let built = plan::build(steps, &book, &schema, today(), &mut problems, &());
    assert!(problems.is_empty(), "{problems:?}");
    let plan = plan::customers(&book, FILE, built, true, &told);
    assert_eq!(told.lines(), Vec::<String>::new());
    assert_eq!(
        plan.counts,
        Counts::Customers {
            created: 2,
            updated: 1,
            unchanged: 0,
            skipped: 0,
            companies: 1
        }
    );
    let Some(Listing::Customers(lines)) = &plan.listing else {
        panic!("a dry run lists its rows: {plan:?}");
    };
    let shown: Vec<(Option<u64>, &str, &str, &str)> = lines
        .iter()
        .map(|l| (l.line, l.action, l.id.as_str(), l.detail.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            (Some(2), "update", "anna", "name, phone"),
            (Some(3), "create", "ben", ""),
            (None, "create", "acme", "the company of line 3"),
        ]
    );
    let paths: Vec<String> = plan
        .files
        .iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(paths, ["anna.toml", "ben.toml", "acme.toml"]);
    // Planning wrote nothing.
    assert_eq!(files(&book), ["anna.toml"]);
    assert_eq!(
        std::fs::read_to_string(book.customers_dir().join("anna.toml")).unwrap(),
        anna
    );
}

#[test]
fn the_plan_pass_refuses_a_row_that_matches_unless_told_what_to_do() {
    let (_dir, book) = empty_book();
    let csv = "id,Name\nanna,Anna\n";
    run(
        &book,
        input(csv),
        &Options::default(),
        today(),
        &(),
        &Told::default(),
    )
    .unwrap();
    let told = Told::default();
    let err = run(&book, input(csv), &Options::default(), today(), &(), &told).unwrap_err();
    assert_eq!(
        err.to_string(),
        "1 bad row in contacts.csv; nothing was written"
    );
    assert_eq!(
        told.lines(),
        [
            "contacts.csv:2: matches the customer `anna` already in the book; import with --on-match update to change it, or --on-match skip"
        ]
    );
    let skip = Options {
        on_match: OnMatch::Skip,
        ..Options::default()
    };
    let outcome = run(&book, input(csv), &skip, today(), &(), &Told::default()).unwrap();
    assert_eq!(
        outcome.summary(),
        "imported contacts.csv: 0 created, 0 updated, 0 unchanged, 1 skipped"
    );
}

#[test]
fn the_write_pass_writes_every_file_of_the_plan() {
    let (_dir, book) = empty_book();
    let counts = Counts::Customers {
        created: 2,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        companies: 0,
    };
    let files_to_write = vec![
        (
            book.customers_dir().join("anna.toml"),
            "name = \"Anna\"\n".to_string(),
        ),
        (
            book.customers_dir().join("ben.toml"),
            "name = \"Ben\"\n".to_string(),
        ),
    ];
    let told = Told::default();
    let _lock = book.lock().unwrap();
    write::write(
        &book,
        FILE,
        Kind::Customers,
        files_to_write,
        &counts,
        &(),
        &told,
    )
    .unwrap();
    assert_eq!(files(&book), ["anna.toml", "ben.toml"]);
    assert_eq!(
        std::fs::read_to_string(book.customers_dir().join("ben.toml")).unwrap(),
        "name = \"Ben\"\n"
    );
    // The book does not ask for commits: nothing to warn about.
    assert_eq!(told.lines(), Vec::<String>::new());
}

#[test]
fn a_dry_run_lists_and_writes_nothing_and_a_second_import_of_entries_adds_nothing() {
    let (_dir, book) = empty_book();
    run(
        &book,
        input("id,Name\nanna,Anna\n"),
        &Options::default(),
        today(),
        &(),
        &Told::default(),
    )
    .unwrap();
    let csv = "customer,date,kind,amount\nanna,2024-03-01,purchase,120\nanna,2024-04-01,call,\n";
    let options = Options {
        kind: Kind::Interactions,
        dry_run: true,
        ..Options::default()
    };
    let before = std::fs::read_to_string(book.customers_dir().join("anna.toml")).unwrap();
    let told = Told::default();
    let dry = run(&book, input(csv), &options, today(), &(), &told).unwrap();
    assert_eq!(
        dry.summary(),
        "contacts.csv (dry run, nothing written): 2 interactions would be appended, 0 already there"
    );
    let Some(Listing::Entries(rows)) = &dry.listing else {
        panic!("a dry run lists its rows: {dry:?}");
    };
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.appended && r.id.as_str() == "anna"));
    assert_eq!(
        std::fs::read_to_string(book.customers_dir().join("anna.toml")).unwrap(),
        before
    );

    let options = Options {
        dry_run: false,
        ..options
    };
    let done = run(&book, input(csv), &options, today(), &(), &Told::default()).unwrap();
    assert_eq!(
        done.summary(),
        "imported contacts.csv: 2 interactions appended to 1 customer, 0 already there"
    );
    assert!(done.listing.is_none());
    let again = run(&book, input(csv), &options, today(), &(), &Told::default()).unwrap();
    assert_eq!(
        again.counts,
        Counts::Entries {
            appended: 0,
            skipped: 2,
            customers: 0
        }
    );
}

/// `import --keep-unmapped` took a time cubic in the number of columns
/// (each new custom field sorted the whole `[fields]` table, looking up
/// every key's place by a walk through all of them): 1,000 columns took
/// 4.8 s, 20,000 would never end. Columns in the opposite of alphabetical
/// order are the worst case: each new field goes before all the others.
#[test]
fn keep_unmapped_with_20000_columns_is_not_cubic() {
    let (_dir, book) = empty_book();
    let n = 20_000;
    let mut csv = String::from("id,Name");
    for i in (0..n).rev() {
        csv.push_str(&format!(",Extra {i:05}"));
    }
    csv.push('\n');
    csv.push_str("ben,Ben");
    for i in (0..n).rev() {
        csv.push_str(&format!(",ben {i}"));
    }
    csv.push('\n');
    let options = Options {
        keep_unmapped: true,
        ..Options::default()
    };
    let outcome = run(&book, input(&csv), &options, today(), &(), &Told::default()).unwrap();
    assert_eq!(
        outcome.summary(),
        "imported contacts.csv: 1 created, 0 updated, 0 unchanged, 0 skipped"
    );
    let text = std::fs::read_to_string(book.customers_dir().join("ben.toml")).unwrap();
    let fields: Vec<&str> = text
        .lines()
        .skip_while(|l| *l != "[fields]")
        .skip(1)
        .collect();
    assert_eq!(fields.len(), n);
    assert_eq!(fields[0], "extra_00000 = \"ben 0\"");
    assert_eq!(fields[n - 1], "extra_19999 = \"ben 19999\"");
    assert!(fields.is_sorted(), "custom fields in alphabetical order");
}
