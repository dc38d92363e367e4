//! Commit as audit log: with `git = "commit"`, each writing command commits
//! exactly the files it changed, and nothing the user staged.

use crate::git_support::{files_of, git, git_book, rapport_git, run_git, subjects};
use crate::support::{TestBook, stderr_of};

#[test]
fn every_writing_command_commits_what_it_changed() {
    let book = git_book(true);
    run_git(
        &book,
        &["add", "Ēriks Ozoliņš", "--email", "eriks@example.lv"],
    );
    run_git(&book, &["add", "Jiří Dvořák"]);
    run_git(
        &book,
        &[
            "set",
            "eriks-ozolins",
            "stage=prospect",
            "phone=+371 2612 3456",
        ],
    );
    run_git(
        &book,
        &["log", "eriks-ozolins", "call", "-m", "Asked about prices"],
    );
    run_git(
        &book,
        &["set", "eriks-ozolins", "jiri-dvorak", "tags+=fair"],
    );
    rapport_git(&book)
        .args(["edit", "jiri-dvorak"])
        .env("EDITOR", "sed -i s/lead/customer/")
        .assert()
        .success();
    run_git(&book, &["rm", "jiri-dvorak", "--yes"]);

    assert_eq!(
        subjects(book.root()),
        [
            "rapport: rm jiri-dvorak",
            "rapport: edit jiri-dvorak",
            "rapport: set tags on eriks-ozolins, jiri-dvorak",
            "rapport: log call eriks-ozolins",
            "rapport: set stage, phone on eriks-ozolins",
            "rapport: add jiri-dvorak",
            "rapport: add eriks-ozolins",
            "A new book",
        ]
    );
    let eriks = ["customers/eriks-ozolins.toml"];
    let jiri = ["customers/jiri-dvorak.toml"];
    assert_eq!(files_of(book.root(), "HEAD"), jiri);
    assert_eq!(files_of(book.root(), "HEAD~1"), jiri);
    assert_eq!(files_of(book.root(), "HEAD~2"), [eriks[0], jiri[0]]);
    assert_eq!(files_of(book.root(), "HEAD~3"), eriks);
    assert_eq!(files_of(book.root(), "HEAD~4"), eriks);
    // No value (an e-mail, a phone) ever goes into a message.
    assert!(!git(book.root(), &["log", "--format=%B"]).contains("+371"));
    assert_eq!(git(book.root(), &["status", "--porcelain"]), "");
}

#[test]
fn the_users_staged_work_stays_staged_and_out_of_the_commit() {
    let book = git_book(true);
    run_git(&book, &["add", "Ēriks Ozoliņš"]);
    // The user is in the middle of something: a new file and a change to
    // rapport.toml, both staged.
    book.write("notes.md", "call Ēriks on Monday\n");
    let settings = book.read("rapport.toml");
    book.write("rapport.toml", &settings.replace("EUR", "USD"));
    git(book.root(), &["add", "notes.md", "rapport.toml"]);

    run_git(&book, &["log", "eriks-ozolins", "call"]);

    assert_eq!(
        files_of(book.root(), "HEAD"),
        ["customers/eriks-ozolins.toml"]
    );
    assert_eq!(
        git(book.root(), &["status", "--porcelain"]),
        "A  notes.md\nM  rapport.toml\n"
    );
    assert_eq!(
        git(book.root(), &["diff", "--cached", "--name-only"]),
        "notes.md\nrapport.toml\n"
    );
}

#[test]
fn a_change_that_changes_nothing_commits_nothing() {
    let book = git_book(true);
    run_git(&book, &["add", "Ēriks Ozoliņš", "--stage", "prospect"]);
    run_git(&book, &["set", "eriks-ozolins", "stage=prospect"]);
    assert_eq!(
        subjects(book.root()),
        ["rapport: add eriks-ozolins", "A new book"]
    );
}

#[test]
fn with_git_off_nothing_is_committed() {
    let book = git_book(false);
    run_git(&book, &["add", "Ēriks Ozoliņš"]);
    run_git(&book, &["log", "eriks-ozolins", "call"]);
    assert_eq!(subjects(book.root()), ["A new book"]);
    assert_eq!(
        git(book.root(), &["status", "--porcelain"]),
        "?? customers/eriks-ozolins.toml\n"
    );
}

#[test]
fn outside_a_repository_the_change_is_written_with_a_warning() {
    let book = TestBook::with_settings("git = \"commit\"\n");
    let assert = rapport_git(&book)
        .args(["add", "Ēriks Ozoliņš"])
        .assert()
        .success();
    let err = stderr_of(&assert);
    assert!(
        err.contains("warning: rapport.toml says git = \"commit\", but")
            && err.contains("is not inside a git repository")
            && err.contains("the change was written but not committed"),
        "{err}"
    );
    assert!(
        book.customer("eriks-ozolins")
            .starts_with("name = \"Ēriks Ozoliņš\"\n")
    );
}

#[test]
fn a_refused_commit_leaves_the_change_written_with_a_warning() {
    let book = git_book(true);
    book.write(
        ".git/hooks/pre-commit",
        "#!/bin/sh\necho 'no commits today' >&2\nexit 1\n",
    );
    std::process::Command::new("chmod")
        .args(["+x", ".git/hooks/pre-commit"])
        .current_dir(book.root())
        .status()
        .unwrap();
    let assert = rapport_git(&book)
        .args(["add", "Ēriks Ozoliņš"])
        .assert()
        .success();
    let err = stderr_of(&assert);
    assert!(
        err.contains("the change was written but not committed"),
        "{err}"
    );
    assert!(err.contains("no commits today"), "{err}");
    assert!(
        err.contains("git commit -m 'rapport: add eriks-ozolins' -- customers/eriks-ozolins.toml"),
        "{err}"
    );
    assert!(book.path("customers/eriks-ozolins.toml").is_file());
    assert_eq!(subjects(book.root()), ["A new book"]);
}

#[test]
fn a_book_in_a_subfolder_of_the_repository_commits_its_own_paths() {
    let repo = TestBook::empty();
    crate::git_support::git_init(repo.root());
    std::fs::create_dir(repo.path("crm")).unwrap();
    crate::git_support::rapport_git_in(&repo.path("crm"))
        .args(["init", "."])
        .assert()
        .success();
    let settings = repo.read("crm/rapport.toml");
    repo.write(
        "crm/rapport.toml",
        &settings.replace("git = \"off\"", "git = \"commit\""),
    );
    crate::git_support::rapport_git_in(&repo.path("crm"))
        .args(["add", "Ēriks Ozoliņš"])
        .assert()
        .success();
    assert_eq!(
        files_of(repo.root(), "HEAD"),
        ["crm/customers/eriks-ozolins.toml"]
    );
}
