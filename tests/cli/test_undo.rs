//! `rapport undo`, `undo --list`, `--dry-run` and `--yes` (DESIGN section
//! 13): every write is one operation of .rapport/undo/, undone byte for
//! byte, refused when a file changed since; forget is never undone and
//! leaves no trace of the person in the store.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::git_support::{git, git_book, rapport_git, run_git, subjects};
use crate::support::{TestBook, stderr_of, stdout_of};

/// Every file of the book that rapport writes (customer files, the
/// suppression list), with its bytes.
fn snapshot(book: &TestBook) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(book.path("customers")).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        out.insert(format!("customers/{name}"), fs::read(entry.path()).unwrap());
    }
    for name in ["suppressed.toml", "rapport.toml"] {
        if let Ok(bytes) = fs::read(book.path(name)) {
            out.insert(name.to_string(), bytes);
        }
    }
    out
}

/// The files of the undo store, with their bytes.
fn store(book: &TestBook) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    if let Ok(entries) = fs::read_dir(book.path(".rapport/undo")) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            out.insert(name, fs::read(entry.path()).unwrap());
        }
    }
    out
}

/// Every file under `dir`, recursively.
fn all_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(all_files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn undo(book: &TestBook) -> String {
    stderr_of(&book.rapport().arg("undo").assert().success())
}

/// Two customers with a follow-up planned, and a CSV to import.
fn book_with_two() -> TestBook {
    let book = TestBook::new();
    book.run(&["add", "Anna Bērziņa", "--email", "anna@example.lv"]);
    book.run(&["add", "Jānis Kalniņš", "--stage", "prospect"]);
    book.write(
        "new.csv",
        "id,name,stage\nlaura,Laura Ozola,lead\nmarta,Marta Liepa,customer\n",
    );
    book
}

#[test]
fn undo_restores_each_writing_command_byte_for_byte_one_after_the_other() {
    let book = book_with_two();
    let editor = "sed -i 's/^stage = \"prospect\"/stage = \"customer\"/'";
    let steps: Vec<Vec<&str>> = vec![
        vec![
            "set",
            "anna-berzina",
            "stage=prospect",
            "phone=+371 2612 3456",
        ],
        vec!["set", "--where", "stage = prospect", "tags+=fair"],
        vec!["log", "anna-berzina", "call", "-m", "Asked about prices"],
        vec![
            "set",
            "janis-kalnins",
            "next.date=2026-11-30",
            "next.action=Call back",
        ],
        vec!["done", "janis-kalnins"],
        vec!["import", "new.csv"],
        vec!["edit", "janis-kalnins"],
        vec!["merge", "laura", "marta"],
        vec!["add", "Pēteris Zariņš"],
        vec!["rm", "--yes", "anna-berzina"],
    ];
    let mut states = vec![snapshot(&book)];
    for step in &steps {
        book.rapport()
            .env("EDITOR", editor)
            .args(step)
            .assert()
            .success();
        let now = snapshot(&book);
        assert_ne!(&now, states.last().unwrap(), "{step:?} changed nothing");
        states.push(now);
    }
    let list = book.run(&["undo", "--list"]);
    // The header, the steps and the two `add`s of the setup.
    assert_eq!(list.lines().count(), steps.len() + 3, "{list}");
    // Undone newest first, each time back to exactly the bytes before.
    for (k, step) in steps.iter().enumerate().rev() {
        let said = undo(&book);
        assert!(
            said.contains(&format!("undid `rapport {}", step[0])),
            "{said}"
        );
        assert_eq!(snapshot(&book), states[k], "after undoing {step:?}");
    }
    // The two `add`s of the setup remain, then nothing.
    undo(&book);
    undo(&book);
    assert_eq!(
        snapshot(&book).keys().count(),
        2,
        "customers/.gitkeep, rapport.toml"
    );
    let out = book.rapport().arg("undo").assert().code(1);
    assert!(stderr_of(&out).contains("nothing to undo"));
}

#[test]
fn undo_refuses_when_a_file_changed_since_and_names_it() {
    let book = book_with_two();
    book.run(&["set", "anna-berzina", "janis-kalnins", "stage=customer"]);
    let path = "customers/anna-berzina.toml";
    let mut changed = book.read(path);
    changed.push_str("# a note by hand\n");
    book.write(path, &changed);
    let before = snapshot(&book);
    let out = book.rapport().arg("undo").assert().code(1);
    let err = stderr_of(&out);
    assert!(
        err.contains("customers/anna-berzina.toml changed since `rapport set"),
        "{err}"
    );
    assert!(err.contains("nothing was changed"), "{err}");
    assert_eq!(snapshot(&book), before);
    // Still the newest operation: undone once the file is put back.
    let list = book.run(&["undo", "--list"]);
    assert!(
        list.lines().nth(1).unwrap().contains("rapport set"),
        "{list}"
    );
}

#[test]
fn a_failed_set_that_wrote_nothing_records_nothing() {
    let book = book_with_two();
    let before = store(&book);
    book.rapport()
        .args(["set", "anna-berzina", "nobody", "stage=customer"])
        .assert()
        .code(1);
    assert_eq!(store(&book), before);
}

#[test]
fn the_list_shows_number_time_command_and_files_newest_first() {
    let book = book_with_two();
    book.run(&[
        "set",
        "--where",
        "stage = lead or stage = prospect",
        "tags+=x",
    ]);
    book.run(&["log", "anna-berzina", "call"]);
    let list = book.run(&["undo", "--list"]);
    let lines: Vec<Vec<&str>> = list.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines[0], ["number", "time", "command", "files"]);
    assert_eq!(lines[1][0], "1");
    assert_eq!(lines[1][2], "rapport log anna-berzina call");
    assert_eq!(lines[1][3], "customers/anna-berzina.toml");
    assert_eq!(
        lines[2][2],
        "rapport set --where 'stage = lead or stage = prospect' tags+=x"
    );
    assert_eq!(
        lines[2][3],
        "customers/anna-berzina.toml, customers/janis-kalnins.toml"
    );
    assert_eq!(
        lines[4][2],
        "rapport add 'Anna Bērziņa' --email anna@example.lv"
    );
    assert!(
        lines[1][1].len() == 19 && lines[1][1].as_bytes()[10] == b' ',
        "{}",
        lines[1][1]
    );
    assert_eq!(lines.len(), 5);
}

#[test]
fn the_store_keeps_the_last_twenty_operations() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    for k in 0..24 {
        book.run(&["log", "anna", "note", "-m", &format!("note {k}")]);
    }
    let list = book.run(&["undo", "--list"]);
    assert_eq!(list.lines().count(), 21, "{list}");
    assert!(list.lines().nth(1).unwrap().contains("note 23"), "{list}");
    assert!(list.lines().nth(20).unwrap().contains("note 4"), "{list}");
    assert_eq!(store(&book).len(), 20);
    for _ in 0..20 {
        undo(&book);
    }
    let anna = book.customer("anna");
    assert!(
        anna.contains("note 3") && !anna.contains("note 4"),
        "{anna}"
    );
    book.rapport().arg("undo").assert().code(1);
}

#[test]
fn forget_is_never_undone_and_leaves_nothing_of_the_person_in_the_store() {
    let book = book_with_two();
    book.run(&[
        "set",
        "anna-berzina",
        "phone=+371 2612 3456",
        "stage=customer",
    ]);
    book.run(&["log", "anna-berzina", "call", "-m", "Anna Bērziņa called"]);
    book.run(&["log", "janis-kalnins", "call", "-m", "Jānis called"]);
    book.rapport()
        .args(["forget", "anna-berzina", "--yes"])
        .assert()
        .success();
    for file in all_files(&book.path(".rapport")) {
        let bytes = fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for needle in ["anna@example.lv", "Anna Bērziņa", "2612 3456"] {
            assert!(!text.contains(needle), "{} holds {needle}", file.display());
        }
    }
    let before = snapshot(&book);
    let out = book.rapport().arg("undo").assert().code(1);
    let err = stderr_of(&out);
    assert!(err.contains("cannot be undone"), "{err}");
    assert_eq!(
        snapshot(&book),
        before,
        "the log before forget is not undone"
    );
    let list = book.run(&["undo", "--list"]);
    assert!(
        list.lines().nth(1).unwrap().contains("(cannot be undone)"),
        "{list}"
    );
    // Jānis's own history is still there to undo after a later write.
    book.run(&["log", "janis-kalnins", "email"]);
    undo(&book);
    assert_eq!(snapshot(&book), before);
}

#[test]
fn an_undo_is_a_commit_when_the_book_commits() {
    let book = git_book(true);
    run_git(&book, &["add", "Anna"]);
    run_git(&book, &["set", "anna", "stage=customer"]);
    let out = rapport_git(&book).arg("undo").assert().success();
    assert!(stderr_of(&out).contains("undid"));
    assert_eq!(
        subjects(book.root())[0],
        "rapport: undo: rapport set anna stage=customer"
    );
    assert_eq!(git(book.root(), &["status", "--porcelain"]), "");
    assert!(book.customer("anna").contains("stage = \"lead\""));
}

#[test]
fn the_store_is_ignored_by_git() {
    let book = TestBook::new();
    assert!(book.read(".gitignore").lines().any(|l| l == "/.rapport/"));
}

#[test]
fn dry_run_writes_nothing_for_any_writing_command() {
    let book = book_with_two();
    book.run(&[
        "set",
        "janis-kalnins",
        "next.date=2026-11-30",
        "next.action=Call",
    ]);
    book.run(&["add", "Laura", "--id", "laura"]);
    book.write("more.csv", "id,name\nzane,Zane\n");
    let files = snapshot(&book);
    let undo_store = store(&book);
    let runs: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["set", "anna-berzina", "stage=customer", "--dry-run"],
            "would change customers/anna-berzina.toml\n    stage: lead → customer\n",
        ),
        (
            vec!["set", "--where", "stage = lead", "tags+=x", "--dry-run"],
            "would change customers/laura.toml",
        ),
        (
            vec!["log", "anna-berzina", "call", "-m", "Hi", "--dry-run"],
            "would change customers/anna-berzina.toml\n    added call",
        ),
        (
            vec!["done", "janis-kalnins", "--dry-run"],
            "would change customers/janis-kalnins.toml",
        ),
        (
            vec!["add", "Pēteris", "--dry-run"],
            "would create customers/peteris.toml",
        ),
        (
            vec!["rm", "laura", "--dry-run"],
            "would remove customers/laura.toml",
        ),
        (
            vec!["forget", "anna-berzina", "--dry-run"],
            "would remove customers/anna-berzina.toml",
        ),
        (
            vec!["merge", "anna-berzina", "laura", "--dry-run"],
            "name = ",
        ),
        (vec!["import", "more.csv", "--dry-run"], "create"),
    ];
    for (args, expected) in runs {
        let out = book.rapport().args(&args).assert().success();
        let stdout = stdout_of(&out);
        assert!(stdout.contains(expected), "{args:?}: {stdout}");
        assert_eq!(snapshot(&book), files, "{args:?} wrote");
        assert_eq!(store(&book), undo_store, "{args:?} recorded");
    }
    let err = stderr_of(
        &book
            .rapport()
            .args(["set", "anna-berzina", "stage=customer", "--dry-run"])
            .assert()
            .success(),
    );
    assert!(err.contains("would change 1 customer"), "{err}");
    assert!(
        err.contains("dry run: 1 file would be written; nothing was changed"),
        "{err}"
    );
}

#[test]
fn writes_to_several_customers_go_ahead_in_a_pipe_and_with_yes() {
    let book = book_with_two();
    book.run(&[
        "set",
        "--where",
        "stage = lead or stage = prospect",
        "tags+=x",
    ]);
    book.run(&["set", "--yes", "--where", "tags has x", "tags-=x"]);
    book.run(&["import", "--yes", "new.csv"]);
    book.run(&["merge", "--yes", "laura", "marta"]);
    assert!(!book.path("customers/marta.toml").exists());
    assert!(!book.customer("anna-berzina").contains("\"x\""));
}

#[test]
fn deal_and_case_commands_take_dry_run_and_are_undone() {
    let book = crate::support::TestBook::new();
    book.run(&["add", "Anna"]);
    let start = book.customer("anna");
    // A dry run writes nothing, the undo store included.
    let undo_before = std::fs::read_dir(book.path(".rapport/undo")).map_or(0, |d| d.count());
    let out = book
        .rapport()
        .args([
            "deal",
            "add",
            "anna",
            "Website redesign",
            "--value",
            "1 234,50",
            "--dry-run",
        ])
        .assert()
        .success();
    assert!(crate::support::stderr_of(&out).contains("nothing was changed"));
    assert_eq!(book.customer("anna"), start);
    assert_eq!(
        std::fs::read_dir(book.path(".rapport/undo")).map_or(0, |d| d.count()),
        undo_before
    );
    // Each write is one operation, undone newest first, byte for byte.
    book.run(&[
        "deal",
        "add",
        "anna",
        "Website redesign",
        "--value",
        "1 234,50",
    ]);
    let added = book.customer("anna");
    assert!(added.contains("value = 1234.50"), "{added}");
    book.run(&["deal", "move", "anna", "proposal"]);
    let moved = book.customer("anna");
    book.run(&["case", "open", "anna", "Printer jams", "--priority", "high"]);
    let opened = book.customer("anna");
    book.run(&["case", "resolve", "anna/S-1"]);
    for expected in [&opened, &moved, &added, &start] {
        book.run(&["undo"]);
        assert_eq!(&book.customer("anna"), expected);
    }
}
