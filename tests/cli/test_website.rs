//! The `website` field end to end, through the binary: what one entry of
//! the field table (`src/model/fields.rs`) gives a new field — `set`,
//! `show`, `query`, `export` and `import` — with nothing else written for it.

use crate::support::{TestBook, stderr_of};

#[test]
fn set_writes_the_website_in_its_place_and_show_and_query_read_it() {
    let book = TestBook::new();
    book.run(&["add", "Ozoliņš SIA", "--email", "info@ozolins.example"]);
    book.run(&["set", "ozolins-sia", "website=https://ozolins.example"]);
    assert_eq!(
        book.customer("ozolins-sia"),
        "name = \"Ozoliņš SIA\"\nstage = \"lead\"\nemail = \"info@ozolins.example\"\nwebsite = \"https://ozolins.example\"\ncreated = 2026-11-23\n"
    );
    let shown = book.json(&["show", "ozolins-sia"]);
    assert_eq!(shown["website"], "https://ozolins.example");

    let found = book.run(&[
        "query",
        "website ~ ozolins",
        "--columns",
        "id,website",
        "--format",
        "csv",
    ]);
    assert_eq!(found, "id,website\nozolins-sia,https://ozolins.example\n");
    let none = book.run(&["query", "not exists website", "--format", "ids"]);
    assert_eq!(none, "");

    // A misspelling is refused with the field's name, by set and query.
    let out = book
        .rapport()
        .args(["set", "ozolins-sia", "websit=x"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("did you mean `website`?"));
    let out = book
        .rapport()
        .args(["query", "webiste = x"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("did you mean `website`?"));

    // `website=` removes the key, and the file is as before.
    book.run(&["set", "ozolins-sia", "website="]);
    assert!(!book.customer("ozolins-sia").contains("website"));
}

#[test]
fn export_writes_the_website_column_and_import_reads_it_back_by_its_synonyms() {
    let book = TestBook::new();
    book.write(
        "contacts.csv",
        "Name,Email,Website URL\nOzoliņš SIA,info@ozolins.example,https://ozolins.example\nBērziņš,b@berzins.example,\n",
    );
    book.run(&["import", "contacts.csv"]);
    assert!(
        book.customer("ozolins-sia")
            .contains("email = \"info@ozolins.example\"\nwebsite = \"https://ozolins.example\"\n")
    );
    assert!(!book.customer("berzins").contains("website"));

    let exported = book.run(&["export", "--columns", "id,website"]);
    assert_eq!(
        exported,
        "id,website\nberzins,\nozolins-sia,https://ozolins.example\n"
    );
    let header = book.run(&["export"]);
    let header = header.lines().next().unwrap();
    assert!(header.contains(",email,phone,website,company,"), "{header}");

    // The export imports into an empty book as the same files.
    let other = TestBook::new();
    other.write("customers.csv", &book.run(&["export"]));
    other.run(&["import", "customers.csv"]);
    assert_eq!(other.customer("ozolins-sia"), book.customer("ozolins-sia"));
}
