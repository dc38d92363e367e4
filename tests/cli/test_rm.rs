use crate::support::{TestBook, stderr_of};

#[test]
fn deletes_with_yes_and_refuses_without_a_terminal() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    book.run(&["add", "Juris"]);
    let out = book.rapport().args(["rm", "anna"]).assert().code(2);
    assert!(stderr_of(&out).contains("--yes"));
    assert!(book.path("customers/anna.toml").exists());
    book.rapport()
        .args(["rm", "anna", "juris", "--yes"])
        .assert()
        .success();
    assert!(!book.path("customers/anna.toml").exists());
    assert!(!book.path("customers/juris.toml").exists());
}

#[test]
fn an_unknown_id_deletes_nothing() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    book.rapport()
        .args(["rm", "anna", "nobody", "--yes"])
        .assert()
        .code(1);
    assert!(book.path("customers/anna.toml").exists());
    book.rapport()
        .args(["rm", "../rapport", "--yes"])
        .assert()
        .code(2);
    assert!(book.path("rapport.toml").exists());
}
