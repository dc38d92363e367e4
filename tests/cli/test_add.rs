use crate::support::{TestBook, stderr_of};

#[test]
fn makes_ids_from_latvian_czech_and_serbian_names() {
    let book = TestBook::new();
    assert_eq!(book.run(&["add", "Ēriks Ozoliņš"]), "eriks-ozolins\n");
    assert_eq!(book.run(&["add", "Јована Петровић"]), "jovana-petrovic\n");
    assert_eq!(book.run(&["add", "Jiří Dvořák"]), "jiri-dvorak\n");
    assert_eq!(book.run(&["add", "Ēriks Ozoliņš"]), "eriks-ozolins-2\n");
    assert!(
        book.customer("jovana-petrovic")
            .starts_with("name = \"Јована Петровић\"\n")
    );
}

#[test]
fn writes_every_option_in_the_file_layout() {
    let book = TestBook::with_settings(
        "[fields.industry]\ntype = \"enum\"\nvalues = [\"manufacturing\", \"retail\"]\n[fields.employees]\ntype = \"int\"\n",
    );
    let id = book.run(&[
        "add",
        "Ēriks Ozoliņš",
        "--email",
        "eriks@ozolins.lv",
        "--phone",
        "+371 2612 3456",
        "--tag",
        "vip",
        "--tag",
        "b2b",
        "--field",
        "industry=retail",
        "--field",
        "employees=12",
        "--source",
        "webinar",
        "--set",
        "address.city=Rīga",
        "--set",
        "acquisition_cost=120",
    ]);
    assert_eq!(id, "eriks-ozolins\n");
    // Custom fields stand in alphabetical order, however they were given, so
    // that a CSV export imported again writes the same file.
    assert_eq!(
        book.customer("eriks-ozolins"),
        r#"name = "Ēriks Ozoliņš"
stage = "lead"
email = "eriks@ozolins.lv"
phone = "+371 2612 3456"
tags = ["vip", "b2b"]
source = "webinar"
acquisition_cost = 120.00
created = 2026-11-23

[address]
city = "Rīga"

[fields]
employees = 12
industry = "retail"
"#
    );
}

#[test]
fn type_checks_custom_fields() {
    let book = TestBook::with_settings(
        "[fields.industry]\ntype = \"enum\"\nvalues = [\"manufacturing\", \"retail\"]\n[fields.employees]\ntype = \"int\"\n",
    );
    let out = book
        .rapport()
        .args(["add", "A", "--field", "industry=farming"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("`farming` is not one of: manufacturing, retail"));
    let out = book
        .rapport()
        .args(["add", "A", "--field", "employees=many"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("not an integer"));
    let out = book
        .rapport()
        .args(["add", "A", "--field", "industy=retail"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("did you mean `fields.industry`?"));
    assert!(
        std::fs::read_dir(book.path("customers"))
            .unwrap()
            .all(|e| { !e.unwrap().file_name().to_string_lossy().ends_with(".toml") }),
        "nothing written"
    );
}

#[test]
fn refuses_ids_that_could_escape_the_book() {
    let book = TestBook::new();
    for bad in ["../x", "/x", "con", "", "a/b", "Upper", "x.toml"] {
        let out = book
            .rapport()
            .args(["add", "A", "--id", bad])
            .assert()
            .code(2);
        assert!(stderr_of(&out).contains("id"), "{bad}: {}", stderr_of(&out));
    }
    assert!(!book.root().parent().unwrap().join("x.toml").exists());
    book.run(&["add", "A", "--id", "acme-1"]);
    let out = book
        .rapport()
        .args(["add", "B", "--id", "acme-1"])
        .assert()
        .code(1);
    assert!(stderr_of(&out).contains("already exists"));
}

#[test]
fn refuses_bad_values_before_writing() {
    let book = TestBook::new();
    let out = book
        .rapport()
        .args(["add", "A", "--stage", "custmer"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("did you mean `customer`?"));
    let out = book
        .rapport()
        .args(["add", "A", "--email", "not-an-address"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("not an e-mail address"));
    book.rapport().args(["add", "  "]).assert().code(2);
    book.rapport()
        .args(["add", "A", "--company", "nobody"])
        .assert()
        .code(2);
}

#[test]
fn regression_a_book_without_a_customers_folder_gets_one() {
    let book = TestBook::new();
    std::fs::remove_dir_all(book.path("customers")).unwrap();
    assert_eq!(book.run(&["add", "Anna"]), "anna\n");
    assert!(book.customer("anna").starts_with("name = \"Anna\"\n"));
}

#[test]
fn add_created_dates_the_relationship() {
    let book = crate::support::TestBook::new();
    book.run(&["add", "Anna", "--created", "2024-03-01"]);
    assert!(book.customer("anna").contains("created = 2024-03-01\n"));
    book.run(&["add", "Berta", "--created", "-2y"]);
    assert!(book.customer("berta").contains("created = 2024-11-23\n"));
    book.rapport()
        .args(["add", "Cilda", "--created", "2024-13-01"])
        .assert()
        .code(2);
    assert!(!book.path("customers/cilda.toml").exists());
}
