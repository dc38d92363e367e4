use crate::support::{TestBook, stderr_of};

/// A file as a user keeps it: comments, blank lines, their own order.
const HAND_WRITTEN: &str = r#"# Ozoliņš SIA — met at the Riga fair
name = "Ozoliņš SIA"
kind = "company"
stage = "prospect"   # moved after the demo

# who to call
email = "info@ozolins.example"
owner = "anna"
tags = ["b2b"]

[address]
city = "Rīga"   # head office

[[interactions]]
date = 2024-03-01
kind = "call"
summary = "First call"
"#;

#[test]
fn a_set_is_a_one_line_diff_that_keeps_comments() {
    let book = TestBook::new();
    book.write("customers/ozolins.toml", HAND_WRITTEN);
    book.run(&["set", "ozolins", "owner=juris"]);
    assert_eq!(
        book.customer("ozolins"),
        HAND_WRITTEN.replace("owner = \"anna\"", "owner = \"juris\"")
    );
    book.run(&["set", "ozolins", "address.city=Jūrmala"]);
    assert!(
        book.customer("ozolins")
            .contains("city = \"Jūrmala\"   # head office\n")
    );
}

#[test]
fn a_stage_change_keeps_the_comment_and_logs_the_move() {
    let book = TestBook::new();
    book.write("customers/ozolins.toml", HAND_WRITTEN);
    book.run(&["set", "ozolins", "stage=customer"]);
    let expected = HAND_WRITTEN.replace("stage = \"prospect\"", "stage = \"customer\"")
        + "\n[[interactions]]\ndate = 2026-11-23\nkind = \"stage\"\nfrom = \"prospect\"\nto = \"customer\"\n";
    assert_eq!(book.customer("ozolins"), expected);
    // Setting the same stage again changes nothing, not even the file's time.
    let before = std::fs::metadata(book.path("customers/ozolins.toml"))
        .unwrap()
        .modified()
        .unwrap();
    let out = book
        .rapport()
        .args(["set", "ozolins", "stage=customer"])
        .assert()
        .success();
    assert!(stderr_of(&out).contains("changed 0 customers (1 already so)"));
    let after = std::fs::metadata(book.path("customers/ozolins.toml"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after);
    assert_eq!(book.customer("ozolins"), expected);
}

#[test]
fn tags_next_dates_and_removal() {
    let book = TestBook::new();
    book.write("customers/ozolins.toml", HAND_WRITTEN);
    book.run(&[
        "set",
        "ozolins",
        "tags+=vip",
        "tags-=b2b",
        "next.date=2026-12-01",
        "next.action=Call about the renewal",
    ]);
    let text = book.customer("ozolins");
    assert!(text.contains("tags = [\"vip\"]\n"));
    assert!(
        text.contains(
            "\n[next]\ndate = 2026-12-01\naction = \"Call about the renewal\"\n\n[[interactions]]"
        ),
        "{text}"
    );
    book.run(&["set", "ozolins", "next.date=", "next.action="]);
    assert!(!book.customer("ozolins").contains("[next]"));
    book.run(&["set", "ozolins", "email="]);
    assert!(!book.customer("ozolins").contains("email"));
}

#[test]
fn many_ids_at_once_all_or_nothing() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    book.run(&["add", "Juris"]);
    book.run(&["set", "anna", "juris", "owner=petra"]);
    assert!(book.customer("anna").contains("owner = \"petra\""));
    assert!(book.customer("juris").contains("owner = \"petra\""));
    // One unknown id: nothing is written.
    let out = book
        .rapport()
        .args(["set", "anna", "nobody", "owner=x"])
        .assert()
        .code(1);
    assert!(stderr_of(&out).contains("no customer `nobody`"));
    assert!(book.customer("anna").contains("owner = \"petra\""));
}

#[test]
fn refuses_unknown_keys_and_bad_values() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let out = book
        .rapport()
        .args(["set", "anna", "stgae=customer"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("did you mean `stage`?"));
    let out = book
        .rapport()
        .args(["set", "anna", "acquisition_cost=1.005"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("more than two decimals"));
    let out = book
        .rapport()
        .args(["set", "anna", "created=2024-13-45"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("not a date"));
    book.rapport().args(["set", "anna"]).assert().code(2);
    book.rapport().args(["set", "name=x"]).assert().code(2);
}

#[test]
fn regression_an_unchanged_file_without_a_final_newline_is_not_rewritten() {
    let book = TestBook::new();
    book.write("customers/a.toml", "name = \"A\"\nstage = \"lead\"");
    book.run(&["set", "a", "stage=lead", "tags-=none", "email="]);
    assert_eq!(book.customer("a"), "name = \"A\"\nstage = \"lead\"");
}

#[test]
fn regression_an_edit_regrouped_interleaved_dotted_keys() {
    // Found by fuzzing customer_file: toml_edit writes `a.x`, `b`, `a.y` as
    // `a.x`, `a.y`, `b`, moving bytes the user did not ask to change.
    let book = crate::support::TestBook::new();
    let text = "name = \"Anna\"\nnote.a = \"x\"\nsource = \"fair\"\nnote.b = \"y\"\n";
    book.write("customers/anna.toml", text);
    let out = book
        .rapport()
        .args(["set", "anna", "owner=petra"])
        .assert()
        .code(1);
    assert!(
        crate::support::stderr_of(&out).contains("cannot keep this file's layout"),
        "{}",
        crate::support::stderr_of(&out)
    );
    assert_eq!(book.customer("anna"), text, "nothing written");
}
