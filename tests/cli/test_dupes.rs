//! `rapport dupes` and `rapport merge KEEP OTHER…`.
//! (Duplicates are made with `add --allow-duplicate`: `add` refuses a taken e-mail or phone.)

use crate::git_support::{files_of, git_book, run_git, subjects};
use crate::support::{TestBook, stderr_of};

/// A book with two likely pairs of duplicates and one customer alone.
fn book_with_duplicates() -> TestBook {
    let book = TestBook::new();
    book.run(&[
        "add",
        "Ēriks Ozoliņš",
        "--email",
        "Eriks@Example.lv",
        "--phone",
        "+371 2612 3456",
        "--allow-duplicate",
    ]);
    book.run(&[
        "add",
        "Ozoliņš,  Ēriks",
        "--email",
        "eriks@example.lv",
        "--id",
        "eo",
        "--allow-duplicate",
    ]);
    book.run(&[
        "add",
        "E. Ozolins",
        "--phone",
        "00371 2612-3456",
        "--allow-duplicate",
    ]);
    book.run(&["add", "Jiří Dvořák"]);
    book.run(&[
        "add",
        "JIRI DVORAK",
        "--email",
        "jiri@example.cz",
        "--allow-duplicate",
    ]);
    book.run(&[
        "add",
        "Someone Else",
        "--email",
        "else@example.lv",
        "--phone",
        "+371 2999 9999",
        "--allow-duplicate",
    ]);
    book
}

#[test]
fn lists_pairs_with_their_reasons_in_every_format() {
    let book = book_with_duplicates();
    // e-mail ignoring case, name across accents, case, punctuation and word
    // order, phone across spaces, dashes and the 00/+ prefix.
    assert_eq!(
        book.run(&["dupes", "--format", "tsv"]),
        "id\tother\treason\tname\tother_name\n\
         e-ozolins\teriks-ozolins\tphone\tE. Ozolins\tĒriks Ozoliņš\n\
         eo\teriks-ozolins\temail;name\tOzoliņš,  Ēriks\tĒriks Ozoliņš\n\
         jiri-dvorak\tjiri-dvorak-2\tname\tJiří Dvořák\tJIRI DVORAK\n"
    );
    assert_eq!(
        book.run(&["dupes", "--format", "csv"]).lines().nth(2),
        Some("eo,eriks-ozolins,email;name,\"Ozoliņš,  Ēriks\",Ēriks Ozoliņš")
    );
    let json: serde_json::Value =
        serde_json::from_str(&book.run(&["dupes", "--format", "json"])).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 3);
    assert_eq!(json[1]["reason"], serde_json::json!(["email", "name"]));
    assert_eq!(json[1]["other"], "eriks-ozolins");
    let ndjson = book.run(&["dupes", "--format", "ndjson"]);
    assert_eq!(ndjson.lines().count(), 3);
    assert!(
        ndjson.starts_with(
            "{\"id\":\"e-ozolins\",\"other\":\"eriks-ozolins\",\"reason\":[\"phone\"]"
        )
    );
    assert_eq!(
        book.run(&["dupes", "--format", "ids"]),
        "e-ozolins\neo\njiri-dvorak\n"
    );
    let markdown = book.run(&["dupes", "--format", "markdown"]);
    assert!(markdown.starts_with("| id | other | reason | name | other_name |\n"));
    assert!(
        markdown.contains("| jiri-dvorak | jiri-dvorak-2 | name | Jiří Dvořák | JIRI DVORAK |")
    );
    let table = book.run(&["dupes", "--format", "table"]);
    assert!(table.contains("jiri-dvorak-2"));
}

#[test]
fn no_duplicates_prints_no_pairs() {
    let book = TestBook::new();
    book.run(&["add", "Ēriks Ozoliņš"]);
    book.run(&["add", "Jiří Dvořák"]);
    assert_eq!(
        book.run(&["dupes", "--format", "tsv"]),
        "id\tother\treason\tname\tother_name\n"
    );
    assert_eq!(book.run(&["dupes", "--format", "json"]), "[]\n");
}

#[test]
fn a_placeholder_shared_by_many_is_named_not_paired() {
    let book = TestBook::new();
    for i in 0..21 {
        book.run(&[
            "add",
            &format!("Person {i}"),
            "--phone",
            "+371 0000 0000",
            "--allow-duplicate",
        ]);
    }
    let assert = book
        .rapport()
        .args(["dupes", "--format", "json"])
        .assert()
        .success();
    assert_eq!(String::from_utf8_lossy(&assert.get_output().stdout), "[]\n");
    assert!(stderr_of(&assert).contains(
        "21 customers share the phone `37100000000`; left out as a placeholder, not a person"
    ));
}

const KEEP: &str = "\
# Our main contact at Dvořák s.r.o.
name = \"Jiří Dvořák\"
stage = \"customer\"
email = \"\"                 # unknown yet
phone = \"+420 777 123 456\"
tags = [\"b2b\"]
created = 2025-01-10

[[deals]]
title = \"Licence 2026\"
value = 1200.00
stage = \"won\"
opened = 2025-11-01
closed = 2025-12-01

[[interactions]]
date = 2025-01-10
kind = \"call\"
summary = \"First call\"

[[interactions]]
date = 2025-12-01
kind = \"purchase\"
amount = 1200.00
ref = \"INV-1\"
";

const OTHER: &str = "\
name = \"Jiri Dvorak\"
stage = \"lead\"
email = \"jiri@dvorak.cz\"
phone = \"+420 777 000 000\"
owner = \"anna\"
tags = [\"fair\", \"b2b\"]
created = 2024-06-01

[address]
city = \"Brno\"

[[interactions]]
date = 2024-06-01
kind = \"meeting\"
summary = \"Met at the fair\"

[[interactions]]
date = 2025-12-01
kind = \"purchase\"
amount = 1200.00
ref = \"INV-1\"

[[interactions]]
date = 2026-02-03
kind = \"purchase\"
amount = 80.00
";

/// What `merge jiri-dvorak jiri-dvorak-2` makes of KEEP and OTHER: KEEP's
/// values and comments, OTHER's where KEEP's are empty or missing, tags and
/// histories united, the shared purchase once, in date order.
const MERGED: &str = "\
# Our main contact at Dvořák s.r.o.
name = \"Jiří Dvořák\"
stage = \"customer\"
email = \"jiri@dvorak.cz\"                 # unknown yet
phone = \"+420 777 123 456\"
owner = \"anna\"
tags = [\"b2b\", \"fair\"]
created = 2025-01-10

[address]
city = \"Brno\"

[[deals]]
title = \"Licence 2026\"
value = 1200.00
stage = \"won\"
opened = 2025-11-01
closed = 2025-12-01

[[interactions]]
date = 2024-06-01
kind = \"meeting\"
summary = \"Met at the fair\"

[[interactions]]
date = 2025-01-10
kind = \"call\"
summary = \"First call\"

[[interactions]]
date = 2025-12-01
kind = \"purchase\"
amount = 1200.00
ref = \"INV-1\"

[[interactions]]
date = 2026-02-03
kind = \"purchase\"
amount = 80.00
";

fn book_to_merge(book: &TestBook) {
    book.write("customers/jiri-dvorak.toml", KEEP);
    book.write("customers/jiri-dvorak-2.toml", OTHER);
    book.write(
        "customers/petra-novakova.toml",
        "name = \"Petra Nováková\"\ncompany = \"jiri-dvorak-2\"   # her employer\n",
    );
}

#[test]
fn merge_keeps_fields_unites_histories_and_repoints_companies() {
    let book = TestBook::new();
    book_to_merge(&book);
    let assert = book
        .rapport()
        .args(["merge", "jiri-dvorak", "jiri-dvorak-2"])
        .assert()
        .success();
    assert_eq!(book.customer("jiri-dvorak"), MERGED);
    assert!(!book.path("customers/jiri-dvorak-2.toml").exists());
    assert_eq!(
        book.customer("petra-novakova"),
        "name = \"Petra Nováková\"\ncompany = \"jiri-dvorak\"   # her employer\n"
    );
    let err = stderr_of(&assert);
    assert!(err.contains("kept phone = \"+420 777 123 456\" of `jiri-dvorak`; `jiri-dvorak-2` had \"+420 777 000 000\""), "{err}");
    assert!(
        err.contains("kept stage = \"customer\" of `jiri-dvorak`"),
        "{err}"
    );
    assert!(
        err.contains(
            "merged `jiri-dvorak-2` into `jiri-dvorak`: 2 interactions from `jiri-dvorak-2`"
        ),
        "{err}"
    );
    assert!(
        err.contains("1 customer(s) now name `jiri-dvorak` as their company"),
        "{err}"
    );
    // Revenue counts the shared purchase once: 1200.00 + 80.00.
    let json: serde_json::Value =
        serde_json::from_str(&book.run(&["show", "jiri-dvorak", "--format", "json"])).unwrap();
    assert_eq!(json["figures"]["revenue"].to_string(), "1280.00");
    book.rapport().args(["check"]).assert().success();
}

#[test]
fn a_merge_interrupted_after_writing_keep_finishes_when_run_again() {
    // The state a crash between writing KEEP and removing OTHER leaves:
    // KEEP already merged, OTHER still there (a duplicate, nothing lost).
    let book = TestBook::new();
    book_to_merge(&book);
    book.write("customers/jiri-dvorak.toml", MERGED);
    book.run(&["merge", "jiri-dvorak", "jiri-dvorak-2"]);
    assert_eq!(book.customer("jiri-dvorak"), MERGED);
    assert!(!book.path("customers/jiri-dvorak-2.toml").exists());
}

#[test]
fn dry_run_prints_the_merged_record_and_changes_nothing() {
    let book = TestBook::new();
    book_to_merge(&book);
    let out = book.run(&["merge", "jiri-dvorak", "jiri-dvorak-2", "--dry-run"]);
    assert_eq!(out, MERGED);
    assert_eq!(book.customer("jiri-dvorak"), KEEP);
    assert_eq!(book.customer("jiri-dvorak-2"), OTHER);
}

#[test]
fn merges_several_others_in_one_commit() {
    let book = git_book(true);
    run_git(
        &book,
        &[
            "add",
            "Ēriks Ozoliņš",
            "--email",
            "eriks@example.lv",
            "--allow-duplicate",
        ],
    );
    run_git(
        &book,
        &[
            "add",
            "Eriks Ozolins",
            "--phone",
            "+371 2612 3456",
            "--allow-duplicate",
        ],
    );
    run_git(&book, &["add", "E. Ozoliņš", "--set", "address.city=Rīga"]);
    run_git(
        &book,
        &["merge", "eriks-ozolins", "eriks-ozolins-2", "e-ozolins"],
    );
    assert_eq!(
        book.customer("eriks-ozolins"),
        "name = \"Ēriks Ozoliņš\"\nstage = \"lead\"\nemail = \"eriks@example.lv\"\nphone = \"+371 2612 3456\"\ncreated = 2026-11-23\n\n[address]\ncity = \"Rīga\"\n"
    );
    assert_eq!(
        subjects(book.root())[0],
        "rapport: merge eriks-ozolins-2, e-ozolins into eriks-ozolins"
    );
    assert_eq!(
        files_of(book.root(), "HEAD"),
        [
            "customers/e-ozolins.toml",
            "customers/eriks-ozolins-2.toml",
            "customers/eriks-ozolins.toml",
        ]
    );
}

#[test]
fn merge_refuses_bad_requests_before_writing() {
    let book = TestBook::new();
    book_to_merge(&book);
    book.rapport()
        .args(["merge", "jiri-dvorak", "jiri-dvorak"])
        .assert()
        .code(2);
    let assert = book
        .rapport()
        .args(["merge", "jiri-dvorak", "jiri-dvorak-3"])
        .assert()
        .code(1);
    assert!(stderr_of(&assert).contains("no customer `jiri-dvorak-3`"));
    book.write("customers/broken.toml", "name = \n");
    book.rapport()
        .args(["merge", "jiri-dvorak", "jiri-dvorak-2", "broken"])
        .assert()
        .code(1);
    assert_eq!(book.customer("jiri-dvorak"), KEEP);
    assert_eq!(book.customer("jiri-dvorak-2"), OTHER);
}
