//! The git merge driver, with real git: two people change one customer in
//! two clones and pull each other's work.

use std::fs;

use crate::git_support::{
    clone_of, git, git_book, git_init, pull, rapport_git, rapport_git_in, run_git,
};
use crate::support::{TestBook, stderr_of};

/// The customer both clones start from.
const ERIKS: &str = "\
name = \"Ēriks Ozoliņš\"
stage = \"lead\"
email = \"eriks@example.lv\"
phone = \"+371 2612 3456\"
created = 2026-11-23
";

/// A book in git with Ēriks committed, and a second person's clone of it.
fn two_clones() -> (TestBook, TestBook) {
    let anna = git_book(true);
    let id = run_git(
        &anna,
        &[
            "add",
            "Ēriks Ozoliņš",
            "--email",
            "eriks@example.lv",
            "--phone",
            "+371 2612 3456",
        ],
    );
    assert_eq!(id, "eriks-ozolins\n");
    assert_eq!(anna.customer("eriks-ozolins"), ERIKS);
    let janis = clone_of(&anna, "Jānis Kalniņš");
    (anna, janis)
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn init_registers_the_driver_in_the_repository() {
    let book = TestBook::empty();
    git_init(book.root());
    let assert = rapport_git(&book).args(["init", "."]).assert().success();
    assert!(stderr_of(&assert).contains("registered the merge driver"));
    assert_eq!(
        git(book.root(), &["config", "merge.rapport.driver"]),
        "rapport merge-driver %O %A %B %P\n"
    );
    assert!(git(book.root(), &["config", "merge.rapport.name"]).starts_with("rapport:"));
    assert_eq!(
        book.read(".gitattributes"),
        "customers/*.toml merge=rapport\nsuppressed.toml merge=union\n"
    );
    assert_eq!(
        git(book.root(), &["check-attr", "merge", "customers/x.toml"]),
        "customers/x.toml: merge: rapport\n"
    );
}

#[test]
fn init_outside_a_repository_prints_the_command_that_registers_it() {
    let book = TestBook::empty();
    let assert = rapport_git(&book).args(["init", "."]).assert().success();
    assert!(
        stderr_of(&assert)
            .contains("`git config merge.rapport.driver 'rapport merge-driver %O %A %B %P'`"),
        "{}",
        stderr_of(&assert)
    );
}

#[test]
fn init_in_a_clone_registers_the_driver_and_keeps_the_book() {
    let (anna, janis) = two_clones();
    assert_eq!(
        git(janis.root(), &["config", "merge.rapport.driver"]),
        "rapport merge-driver %O %A %B %P\n"
    );
    assert_eq!(janis.read("rapport.toml"), anna.read("rapport.toml"));
    // Outside git, a second init is still refused.
    let plain = TestBook::new();
    plain.rapport().args(["init", "."]).assert().code(1);
}

#[test]
fn calls_and_different_fields_on_two_branches_merge_cleanly() {
    let (anna, janis) = two_clones();
    run_git(
        &anna,
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
    run_git(&anna, &["set", "eriks-ozolins", "stage=prospect"]);

    run_git(
        &janis,
        &[
            "log",
            "eriks-ozolins",
            "meeting",
            "--date",
            "2026-11-21",
            "-m",
            "Demo",
        ],
    );
    run_git(&janis, &["set", "eriks-ozolins", "phone=+371 2000 0000"]);

    let out = pull(&janis);
    assert!(out.status.success(), "{}", stderr(&out));
    // Both sides' fields, and every interaction in date order: Anna's call
    // (20th), Jānis's meeting (21st), Anna's stage change (today, 23rd).
    assert_eq!(
        janis.customer("eriks-ozolins"),
        "\
name = \"Ēriks Ozoliņš\"
stage = \"prospect\"
email = \"eriks@example.lv\"
phone = \"+371 2000 0000\"
created = 2026-11-23

[[interactions]]
date = 2026-11-20
kind = \"call\"
summary = \"Asked about prices\"

[[interactions]]
date = 2026-11-21
kind = \"meeting\"
summary = \"Demo\"

[[interactions]]
date = 2026-11-23
kind = \"stage\"
from = \"lead\"
to = \"prospect\"
"
    );
    assert_eq!(git(janis.root(), &["status", "--porcelain"]), "");
    janis.rapport().args(["check"]).assert().success();
}

#[test]
fn the_same_field_changed_on_both_branches_gets_markers_on_that_field_only() {
    let (anna, janis) = two_clones();
    run_git(&anna, &["set", "eriks-ozolins", "phone=+371 1111 1111"]);
    run_git(
        &anna,
        &["log", "eriks-ozolins", "call", "--date", "2026-11-20"],
    );
    run_git(
        &janis,
        &[
            "set",
            "eriks-ozolins",
            "phone=+371 2222 2222",
            "email=eriks@ozolins.lv",
        ],
    );

    let out = pull(&janis);
    assert!(!out.status.success());
    let err = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(err.contains("both sides changed phone"), "{err}");
    assert!(err.contains("CONFLICT (content)"), "{err}");
    assert_eq!(
        janis.customer("eriks-ozolins"),
        "\
name = \"Ēriks Ozoliņš\"
stage = \"lead\"
email = \"eriks@ozolins.lv\"
<<<<<<< ours
phone = \"+371 2222 2222\"
=======
phone = \"+371 1111 1111\"
>>>>>>> theirs
created = 2026-11-23

[[interactions]]
date = 2026-11-20
kind = \"call\"
"
    );
    assert_eq!(
        git(janis.root(), &["diff", "--name-only", "--diff-filter=U"]),
        "customers/eriks-ozolins.toml\n"
    );
}

#[test]
fn interactions_added_on_both_branches_are_united_without_duplicates() {
    let (anna, janis) = two_clones();
    for book in [&anna, &janis] {
        // The same purchase, logged by both.
        run_git(
            book,
            &[
                "log",
                "eriks-ozolins",
                "purchase",
                "--date",
                "2026-11-10",
                "--amount",
                "99.90",
                "--ref",
                "INV-7",
            ],
        );
    }
    run_git(
        &anna,
        &[
            "log",
            "eriks-ozolins",
            "call",
            "--date",
            "2026-11-12",
            "-m",
            "Anna",
        ],
    );
    run_git(
        &janis,
        &[
            "log",
            "eriks-ozolins",
            "call",
            "--date",
            "2026-11-11",
            "-m",
            "Jānis",
        ],
    );
    run_git(
        &janis,
        &[
            "log",
            "eriks-ozolins",
            "call",
            "--date",
            "2026-11-12",
            "-m",
            "Jānis again",
        ],
    );

    let out = pull(&janis);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = janis.customer("eriks-ozolins");
    let history: Vec<&str> = text
        .lines()
        .filter(|l| {
            l.starts_with("date = ") || l.starts_with("summary = ") || l.starts_with("ref = ")
        })
        .collect();
    assert_eq!(
        history,
        [
            "date = 2026-11-10",
            "ref = \"INV-7\"",
            "date = 2026-11-11",
            "summary = \"Jānis\"",
            "date = 2026-11-12",
            "summary = \"Jānis again\"",
            "date = 2026-11-12",
            "summary = \"Anna\"",
        ]
    );
    // The purchase both logged counts once.
    let json: serde_json::Value =
        serde_json::from_str(&janis.run(&["show", "eriks-ozolins", "--format", "json"])).unwrap();
    assert_eq!(json["figures"]["revenue"].to_string(), "99.90");
}

#[test]
fn a_field_deleted_on_one_branch_and_edited_on_the_other_is_a_conflict() {
    let (anna, janis) = two_clones();
    run_git(&anna, &["set", "eriks-ozolins", "phone="]);
    run_git(&janis, &["set", "eriks-ozolins", "phone=+371 2222 2222"]);
    let out = pull(&janis);
    assert!(!out.status.success());
    assert!(janis.customer("eriks-ozolins").contains(
        "email = \"eriks@example.lv\"\n<<<<<<< ours\nphone = \"+371 2222 2222\"\n=======\n>>>>>>> theirs\ncreated"
    ));
}

#[test]
fn a_field_deleted_on_one_branch_and_untouched_on_the_other_stays_deleted() {
    let (anna, janis) = two_clones();
    run_git(&anna, &["set", "eriks-ozolins", "phone="]);
    run_git(
        &janis,
        &["log", "eriks-ozolins", "call", "--date", "2026-11-20"],
    );
    let out = pull(&janis);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = janis.customer("eriks-ozolins");
    assert!(!text.contains("phone"));
    assert!(text.contains("kind = \"call\""));
}

#[test]
fn a_customer_deleted_on_one_branch_and_edited_on_the_other_is_gits_modify_delete_conflict() {
    let (anna, janis) = two_clones();
    run_git(&anna, &["rm", "eriks-ozolins", "--yes"]);
    run_git(
        &janis,
        &["log", "eriks-ozolins", "call", "--date", "2026-11-20"],
    );
    let out = pull(&janis);
    assert!(!out.status.success());
    let message = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(message.contains("CONFLICT (modify/delete)"), "{message}");
    // Jānis's edited version is left in place for him to decide.
    assert!(janis.customer("eriks-ozolins").contains("kind = \"call\""));
}

#[test]
fn an_unparsable_side_falls_back_to_gits_line_merge() {
    let (anna, janis) = two_clones();
    // Anna breaks the first line by hand; Jānis appends a call at the end.
    let broken = ERIKS.replace("name = \"Ēriks Ozoliņš\"", "name = \"Ēriks Ozoliņš");
    anna.write("customers/eriks-ozolins.toml", &broken);
    git(anna.root(), &["commit", "-q", "-am", "A typo"]);
    run_git(
        &janis,
        &["log", "eriks-ozolins", "call", "--date", "2026-11-20"],
    );

    let out = pull(&janis);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("merged line by line with `git merge-file`"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        janis.customer("eriks-ozolins"),
        format!("{broken}\n[[interactions]]\ndate = 2026-11-20\nkind = \"call\"\n")
    );
    // `check` then points at the typo.
    janis.rapport().args(["check"]).assert().code(1);
}

#[test]
fn an_unparsable_side_with_overlapping_lines_gets_gits_markers() {
    let (anna, janis) = two_clones();
    anna.write(
        "customers/eriks-ozolins.toml",
        &ERIKS.replace("phone = \"+371 2612 3456\"", "phone = +371"),
    );
    git(anna.root(), &["commit", "-q", "-am", "Broken phone"]);
    run_git(&janis, &["set", "eriks-ozolins", "phone=+371 2222 2222"]);
    let out = pull(&janis);
    assert!(!out.status.success());
    assert!(janis.customer("eriks-ozolins").contains(
        "<<<<<<< ours\nphone = \"+371 2222 2222\"\n=======\nphone = +371\n>>>>>>> theirs\n"
    ));
}

#[test]
fn the_driver_runs_on_three_files_without_git() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| fs::write(dir.path().join(name), text).unwrap();
    write("base", ERIKS);
    write("ours", &ERIKS.replace("lead", "prospect"));
    write(
        "theirs",
        &format!("{ERIKS}\n[[interactions]]\ndate = 2026-11-20\nkind = \"call\"\n"),
    );
    rapport_git_in(dir.path())
        .args([
            "merge-driver",
            "base",
            "ours",
            "theirs",
            "customers/eriks-ozolins.toml",
        ])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(dir.path().join("ours")).unwrap(),
        format!(
            "{}\n[[interactions]]\ndate = 2026-11-20\nkind = \"call\"\n",
            ERIKS.replace("lead", "prospect")
        )
    );

    write("ours", &ERIKS.replace("lead", "prospect"));
    write("theirs", &ERIKS.replace("lead", "customer"));
    let assert = rapport_git_in(dir.path())
        .args([
            "merge-driver",
            "base",
            "ours",
            "theirs",
            "customers/eriks-ozolins.toml",
        ])
        .assert()
        .code(1);
    assert!(
        stderr_of(&assert).contains("customers/eriks-ozolins.toml: both sides changed stage"),
        "{}",
        stderr_of(&assert)
    );
    // An ordinary conflict is information for the user, not a fault.
    assert!(
        !stderr_of(&assert).contains("error"),
        "{}",
        stderr_of(&assert)
    );
}

/// A customer whose tags are listed over several lines, with comments.
const TAGGED: &str = "\
# Met at the Riga fair
name = \"Anna Bērziņa\"
stage = \"lead\"
tags = [ # kept by sales
  \"vip\", # since the 2024 renewal
  \"b2b\", # from the fair
] # reviewed in March
created = 2026-11-01

[next]
date = 2026-11-25
action = \"Send the offer\"
";

#[test]
fn comments_inside_a_multi_line_tag_list_survive_set_log_done_and_the_merge_driver() {
    let anna = git_book(true);
    anna.write("customers/anna-berzina.toml", TAGGED);
    git(anna.root(), &["add", "-A"]);
    git(anna.root(), &["commit", "-q", "-m", "Anna"]);
    let janis = clone_of(&anna, "Jānis Kalniņš");

    run_git(&anna, &["set", "anna-berzina", "tags+=fair"]);
    run_git(
        &anna,
        &["log", "anna-berzina", "call", "--date", "2026-11-20"],
    );
    run_git(&janis, &["set", "anna-berzina", "tags-=b2b"]);
    run_git(&janis, &["set", "anna-berzina", "tags+=web"]);
    run_git(&janis, &["done", "anna-berzina", "--date", "2026-11-21"]);
    assert_eq!(
        janis.customer("anna-berzina"),
        "\
# Met at the Riga fair
name = \"Anna Bērziņa\"
stage = \"lead\"
tags = [ # kept by sales
  \"vip\", # since the 2024 renewal
  \"web\",
] # reviewed in March
created = 2026-11-01

[[interactions]]
date = 2026-11-21
kind = \"note\"
summary = \"Send the offer\"
"
    );

    let out = pull(&janis);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        janis.customer("anna-berzina"),
        "\
# Met at the Riga fair
name = \"Anna Bērziņa\"
stage = \"lead\"
tags = [ # kept by sales
  \"vip\", # since the 2024 renewal
  \"web\",
  \"fair\",
] # reviewed in March
created = 2026-11-01

[[interactions]]
date = 2026-11-20
kind = \"call\"

[[interactions]]
date = 2026-11-21
kind = \"note\"
summary = \"Send the offer\"
"
    );
    assert_eq!(git(janis.root(), &["status", "--porcelain"]), "");

    // Replacing the whole list keeps the comment of the tag that stays.
    run_git(&janis, &["set", "anna-berzina", "tags=vip,key"]);
    assert!(
        janis.customer("anna-berzina").contains(
            "tags = [ # kept by sales\n  \"vip\", # since the 2024 renewal\n  \"key\",\n] # reviewed in March\n"
        ),
        "{}",
        janis.customer("anna-berzina")
    );
}
