//! `rapport done ID`: logs the planned follow-up and clears or replaces
//! [next], editing the file in place.

use crate::support::{TestBook, stderr_of};

const ANN: &str = r#"# Ann, our first customer
name = "Ann"
stage = "customer"   # since March

[next]   # the plan
date = 2026-11-20
action = "Call about the renewal"

[[interactions]]
date = 2026-03-01
kind = "purchase"
amount = 10.00
"#;

#[test]
fn logs_the_follow_up_and_plans_the_next_keeping_the_file_as_it_was() {
    let book = TestBook::new();
    book.write("customers/ann.toml", ANN);
    book.run(&["done", "ann", "--next", "+2w", "Send the contract"]);
    assert_eq!(
        book.customer("ann"),
        ANN.replace("2026-11-20", "2026-12-07")
            .replace("Call about the renewal", "Send the contract")
            + "\n[[interactions]]\ndate = 2026-11-23\nkind = \"note\"\nsummary = \"Call about the renewal\"\n"
    );
}

#[test]
fn without_next_it_removes_the_plan() {
    let book = TestBook::new();
    book.write("customers/ann.toml", ANN);
    let a = book
        .rapport()
        .args(["done", "ann", "--kind", "call", "-m", "Renewed for 2027"])
        .assert()
        .success();
    assert!(stderr_of(&a).contains("logged call “Renewed for 2027”; nothing planned next"));
    let text = book.customer("ann");
    assert!(!text.contains("[next]"), "{text}");
    assert!(!text.contains("Call about the renewal"), "{text}");
    assert!(text.ends_with(
        "[[interactions]]\ndate = 2026-11-23\nkind = \"call\"\nsummary = \"Renewed for 2027\"\n"
    ));
    assert!(text.starts_with(
        "# Ann, our first customer\nname = \"Ann\"\nstage = \"customer\"   # since March\n"
    ));
}

#[test]
fn refuses_what_it_cannot_do_and_writes_nothing() {
    let book = TestBook::new();
    book.write("customers/ann.toml", ANN);
    book.write("customers/bob.toml", "name = \"Bob\"\n");
    let a = book.rapport().args(["done", "bob"]).assert().code(1);
    assert!(
        stderr_of(&a).contains("nothing is planned for bob"),
        "{}",
        stderr_of(&a)
    );
    let a = book
        .rapport()
        .args(["done", "ann", "--kind", "cal"])
        .assert()
        .code(2);
    assert!(
        stderr_of(&a).contains("did you mean `call`?"),
        "{}",
        stderr_of(&a)
    );
    let a = book
        .rapport()
        .args(["done", "ann", "--next", "2026-01-01", "Too late"])
        .assert()
        .code(2);
    assert!(
        stderr_of(&a).contains("is before today"),
        "{}",
        stderr_of(&a)
    );
    book.rapport()
        .args(["done", "ann", "--kind", "stage"])
        .assert()
        .code(2);
    book.rapport().args(["done", "nobody"]).assert().code(1);
    assert_eq!(book.customer("ann"), ANN);
    assert_eq!(book.customer("bob"), "name = \"Bob\"\n");
}

#[test]
fn a_book_without_note_needs_a_kind() {
    let book = TestBook::with_settings("interaction_kinds = [\"call\"]\n");
    book.write("customers/ann.toml", ANN);
    let a = book.rapport().args(["done", "ann"]).assert().code(2);
    assert!(
        stderr_of(&a).contains("say which kind to log with --kind"),
        "{}",
        stderr_of(&a)
    );
    book.run(&["done", "ann", "--kind", "call"]);
    assert!(book.customer("ann").contains("kind = \"call\""));
}

#[test]
fn with_git_commit_it_commits_the_customer_it_changed() {
    use crate::git_support::{files_of, git_book, run_git, subjects};
    let book = git_book(true);
    run_git(&book, &["add", "Ann", "--set", "next.date=2026-11-25"]);
    run_git(&book, &["done", "ann", "--next", "+1w", "Call again"]);
    assert_eq!(subjects(book.root())[0], "rapport: done ann");
    assert_eq!(files_of(book.root(), "HEAD"), ["customers/ann.toml"]);
}
