//! `rapport history ID`: a customer's changes read back from git.

use crate::git_support::{AUTHOR, clone_of, git, git_book, pull, rapport_git, run_git};
use crate::support::{TestBook, stderr_of};

#[test]
fn shows_who_changed_what_and_when_newest_first() {
    let book = git_book(true);
    run_git(
        &book,
        &["add", "Ēriks Ozoliņš", "--email", "eriks@example.lv"],
    );
    run_git(
        &book,
        &["set", "eriks-ozolins", "phone=+371 2612 3456", "tags+=fair"],
    );
    run_git(
        &book,
        &[
            "log",
            "eriks-ozolins",
            "call",
            "--date",
            "2026-11-20",
            "-m",
            "Asked about prices",
        ],
    );
    run_git(&book, &["set", "eriks-ozolins", "stage=customer", "email="]);

    let rows = history_rows(&book, "eriks-ozolins");
    let shown: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| (r[1].as_str(), r[2].as_str(), r[3].as_str(), r[4].as_str()))
        .collect();
    let (d, a) = ("2026-11-23 10:00", AUTHOR);
    let set = "rapport: set stage, email on eriks-ozolins";
    let log = "rapport: log call eriks-ozolins";
    let set2 = "rapport: set phone, tags on eriks-ozolins";
    let add = "rapport: add eriks-ozolins";
    assert_eq!(
        shown,
        [
            (d, a, set, "stage: lead → customer"),
            (d, a, set, "removed email (was eriks@example.lv)"),
            (d, a, set, "added stage 2026-11-23 lead → customer"),
            (d, a, log, "added call 2026-11-20 \"Asked about prices\""),
            (d, a, set2, "set phone = +371 2612 3456"),
            (d, a, set2, "tags +fair"),
            (d, a, add, "created"),
            (d, a, add, "set name = Ēriks Ozoliņš"),
            (d, a, add, "set stage = lead"),
            (d, a, add, "set email = eriks@example.lv"),
            (d, a, add, "set created = 2026-11-23"),
        ]
    );
    // The commit column is the abbreviated hash of each commit.
    let head = git(book.root(), &["rev-parse", "--short", "HEAD"]);
    assert_eq!(rows[0][0], head.trim());

    let tsv = run_git(&book, &["history", "eriks-ozolins", "--format", "tsv"]);
    assert!(tsv.starts_with("commit\tdate\tauthor\tmessage\tchange\n"));
    assert!(tsv.contains("\tset phone = +371 2612 3456\n"));
}

/// Returns the rows of `history ID --format json` as
/// [commit, date, author, message, change].
fn history_rows(book: &TestBook, id: &str) -> Vec<Vec<String>> {
    let json = run_git(book, &["history", id, "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|row| {
            ["commit", "date", "author", "message", "change"]
                .iter()
                .map(|k| row[*k].as_str().expect("a string").to_string())
                .collect()
        })
        .collect()
}

#[test]
fn follows_a_deleted_customer_and_both_sides_of_a_merge() {
    let anna = git_book(true);
    run_git(&anna, &["add", "Ēriks Ozoliņš"]);
    let janis = clone_of(&anna, "Jānis Kalniņš");
    run_git(
        &anna,
        &["log", "eriks-ozolins", "call", "--date", "2026-11-20"],
    );
    run_git(
        &janis,
        &["log", "eriks-ozolins", "meeting", "--date", "2026-11-21"],
    );
    assert!(pull(&janis).status.success());
    run_git(&janis, &["rm", "eriks-ozolins", "--yes"]);

    let rows = history_rows(&janis, "eriks-ozolins");
    let changes: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[2].as_str(), r[4].as_str()))
        .collect();
    assert_eq!(
        &changes[..3],
        [
            ("Jānis Kalniņš", "deleted"),
            ("Jānis Kalniņš", "added meeting 2026-11-21"),
            (AUTHOR, "added call 2026-11-20"),
        ]
    );
}

#[test]
fn outside_git_is_a_usage_error_and_an_unknown_id_has_no_history() {
    let plain = TestBook::new();
    plain.run(&["add", "Ēriks Ozoliņš"]);
    let assert = plain
        .rapport()
        .args(["history", "eriks-ozolins"])
        .assert()
        .code(2);
    assert!(stderr_of(&assert).contains("is not inside a git repository"));

    let book = git_book(true);
    let assert = rapport_git(&book)
        .args(["history", "nobody"])
        .assert()
        .code(1);
    assert!(stderr_of(&assert).contains("git has no history of `nobody`"));
}

/// Regression: three people changing one customer in the same second (the
/// tests fix every commit's date), merged together. git's default order
/// broke the tie between equal dates by the order it met the commits and
/// showed the `add` all three built on above two of their changes; newest
/// first means no commit before the commits made on top of it.
#[test]
fn a_commit_is_never_shown_before_the_commits_made_on_top_of_it() {
    let anna = git_book(true);
    run_git(&anna, &["add", "Ēriks Ozoliņš"]);
    let janis = clone_of(&anna, "Jānis Kalniņš");
    let petra = clone_of(&anna, "Petra Horáková");
    run_git(&petra, &["set", "eriks-ozolins", "tags+=b2b"]);
    run_git(
        &anna,
        &["log", "eriks-ozolins", "call", "--date", "2026-11-20"],
    );
    run_git(&anna, &["set", "eriks-ozolins", "stage=prospect"]);
    run_git(
        &janis,
        &["log", "eriks-ozolins", "meeting", "--date", "2026-11-21"],
    );
    run_git(&janis, &["set", "eriks-ozolins", "phone=+371 2000 0000"]);
    assert!(pull(&janis).status.success());
    let from_petra = petra.root().to_str().unwrap();
    git(
        janis.root(),
        &[
            "-c",
            "pull.rebase=false",
            "pull",
            "--no-edit",
            "-q",
            from_petra,
            "main",
        ],
    );

    let rows = history_rows(&janis, "eriks-ozolins");
    let messages: Vec<&str> = rows.iter().map(|r| r[3].as_str()).collect();
    let add = messages
        .iter()
        .position(|m| *m == "rapport: add eriks-ozolins")
        .expect("the add is shown");
    assert!(
        messages[add..]
            .iter()
            .all(|m| *m == "rapport: add eriks-ozolins"),
        "{messages:#?}"
    );
    assert_eq!(rows.last().unwrap()[4], "set created = 2026-11-23");
    // Each side's own changes stay newest first.
    let at = |m: &str| messages.iter().position(|x| *x == m).unwrap();
    assert!(at("rapport: set stage on eriks-ozolins") < at("rapport: log call eriks-ozolins"));
    assert!(at("rapport: set phone on eriks-ozolins") < at("rapport: log meeting eriks-ozolins"));
}
