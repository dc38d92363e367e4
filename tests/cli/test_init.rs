use std::fs;

use crate::support::{TestBook, rapport_in, stderr_of};

#[test]
fn writes_a_commented_book() {
    let dir = tempfile::tempdir().unwrap();
    rapport_in(dir.path())
        .args(["init", "acme"])
        .assert()
        .success();
    let root = dir.path().join("acme");
    let settings = fs::read_to_string(root.join("rapport.toml")).unwrap();
    assert!(settings.contains("name = \"acme\""));
    assert!(
        settings.contains("# The customer lifecycle"),
        "rapport.toml explains its keys"
    );
    assert!(root.join("customers").is_dir());
    assert_eq!(
        fs::read_to_string(root.join(".gitattributes")).unwrap(),
        "customers/*.toml merge=rapport\nsuppressed.toml merge=union\n"
    );
    assert_eq!(
        fs::read_to_string(root.join(".gitignore")).unwrap(),
        "/.rapport/\n"
    );
    // A second init refuses and changes nothing.
    let again = rapport_in(dir.path())
        .args(["init", "acme"])
        .assert()
        .code(1);
    assert!(stderr_of(&again).contains("already a book"));
    assert_eq!(
        fs::read_to_string(root.join("rapport.toml")).unwrap(),
        settings
    );
}

#[test]
fn keeps_an_existing_gitignore() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(".gitignore"), "*.log").unwrap();
    rapport_in(dir.path()).args(["init"]).assert().success();
    assert_eq!(
        fs::read_to_string(dir.path().join(".gitignore")).unwrap(),
        "*.log\n/.rapport/\n"
    );
}

#[test]
fn finds_the_book_like_git_finds_a_repository() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let deep = book.path("customers/sub/deeper");
    fs::create_dir_all(&deep).unwrap();
    // Nearest ancestor.
    rapport_in(&deep)
        .args(["show", "anna", "--format", "ids"])
        .assert()
        .success()
        .stdout("anna\n");
    // $RAPPORT_BOOK, from anywhere.
    let elsewhere = tempfile::tempdir().unwrap();
    rapport_in(elsewhere.path())
        .env("RAPPORT_BOOK", book.root())
        .args(["show", "anna", "--format", "ids"])
        .assert()
        .success()
        .stdout("anna\n");
    // --book wins over $RAPPORT_BOOK.
    let other = tempfile::tempdir().unwrap();
    rapport_in(elsewhere.path())
        .env("RAPPORT_BOOK", other.path())
        .arg("--book")
        .arg(book.root())
        .args(["show", "anna", "--format", "ids"])
        .assert()
        .success();
}

#[test]
fn without_a_book_names_all_three_places() {
    let dir = tempfile::tempdir().unwrap();
    let out = rapport_in(dir.path())
        .args(["show", "anna"])
        .assert()
        .code(2);
    let err = stderr_of(&out);
    assert!(err.contains("no book found"), "{err}");
    assert!(
        err.contains("--book") && err.contains("$RAPPORT_BOOK") && err.contains("rapport.toml"),
        "{err}"
    );
    let out = rapport_in(dir.path())
        .env("RAPPORT_BOOK", dir.path())
        .args(["show", "anna"])
        .assert()
        .code(2);
    assert!(
        stderr_of(&out).contains("$RAPPORT_BOOK:"),
        "says where the path came from"
    );
}
