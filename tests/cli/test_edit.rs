use crate::support::{TestBook, stderr_of};

#[test]
fn keeps_a_valid_edit() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    book.rapport()
        .env("EDITOR", "sed -i s/lead/customer/")
        .args(["edit", "anna"])
        .assert()
        .success();
    assert!(book.customer("anna").contains("stage = \"customer\""));
    assert!(
        !book.path(".rapport/edit/anna.toml").exists(),
        "the copy is cleaned up"
    );
}

#[test]
fn never_keeps_a_broken_save() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let before = book.customer("anna");
    let out = book
        .rapport()
        .env("VISUAL", "sed -i 's/^created = .*/created = \"soon\"/'")
        .args(["edit", "anna"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    assert!(
        err.contains("customers/anna.toml:3:11: error: `created` must be a date"),
        "{err}"
    );
    assert!(
        err.contains("your edit is kept in .rapport/edit/anna.toml"),
        "{err}"
    );
    assert_eq!(book.customer("anna"), before);
    assert!(
        book.read(".rapport/edit/anna.toml")
            .contains("created = \"soon\"")
    );
}

#[test]
fn a_failing_editor_changes_nothing() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let before = book.customer("anna");
    book.rapport()
        .env("EDITOR", "false")
        .args(["edit", "anna"])
        .assert()
        .code(1);
    assert_eq!(book.customer("anna"), before);
}
