//! Path safety, files other readers can read, and output conventions.

use std::fs;
use std::process::Command;

use crate::support::{TODAY, TestBook, stderr_of};

#[cfg(unix)]
#[test]
fn a_symlink_in_customers_is_skipped_and_never_followed() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.toml");
    fs::write(&secret, "name = \"Secret\"\n").unwrap();
    std::os::unix::fs::symlink(&secret, book.path("customers/secret.toml")).unwrap();
    let out = book.rapport().arg("check").assert().success();
    assert!(stderr_of(&out).contains("customers/secret.toml: warning: skipped: a symbolic link"));
    book.rapport().args(["show", "secret"]).assert().code(1);
    book.rapport()
        .args(["log", "secret", "call"])
        .assert()
        .code(1);
    book.rapport()
        .args(["set", "secret", "owner=x"])
        .assert()
        .code(1);
    assert_eq!(
        fs::read_to_string(&secret).unwrap(),
        "name = \"Secret\"\n",
        "nothing written through the link"
    );
}

#[cfg(unix)]
#[test]
fn a_customers_folder_that_links_out_is_refused() {
    let book = TestBook::new();
    let outside = tempfile::tempdir().unwrap();
    fs::remove_dir_all(book.path("customers")).unwrap();
    std::os::unix::fs::symlink(outside.path(), book.path("customers")).unwrap();
    let out = book.rapport().args(["add", "Anna"]).assert().code(1);
    assert!(stderr_of(&out).contains("must be a plain folder inside the book"));
    assert_eq!(fs::read_dir(outside.path()).unwrap().count(), 0);
}

#[test]
fn reserved_names_and_folders_are_skipped_with_a_warning() {
    let book = TestBook::new();
    book.write("customers/con.toml", "name = \"Con\"\n");
    fs::create_dir(book.path("customers/folder.toml")).unwrap();
    let out = book.rapport().arg("check").assert().success();
    let err = stderr_of(&out);
    assert!(
        err.contains("customers/con.toml: warning: skipped: the file name is not a valid id"),
        "{err}"
    );
    assert!(
        err.contains("customers/folder.toml: warning: skipped: not a regular file"),
        "{err}"
    );
}

#[test]
fn every_written_file_is_toml_1_0_for_other_readers() {
    let book = TestBook::new();
    book.run(&[
        "add",
        "Ēriks \"Koks\" Ozoliņš",
        "--tag",
        "vip",
        "--set",
        "address.city=Rīga",
    ]);
    book.run(&["add", "Јована Петровић"]);
    book.run(&[
        "log",
        "eriks-koks-ozolins",
        "call",
        "-m",
        "line one\nline \"two\"\ttab \u{1b} esc \\ back",
    ]);
    book.run(&[
        "log",
        "eriks-koks-ozolins",
        "support",
        "--date",
        "2026-11-02T09:10",
        "--resolved",
        "2026-11-02T15:40",
    ]);
    book.run(&[
        "log",
        "eriks-koks-ozolins",
        "purchase",
        "--amount",
        "1234.5",
        "-m",
        "'''",
    ]);
    book.run(&[
        "set",
        "eriks-koks-ozolins",
        "stage=customer",
        "next.date=2026-12-01",
    ]);
    let script = r#"
import sys, tomllib, datetime, pathlib
for path in sorted(pathlib.Path("customers").glob("*.toml")):
    data = tomllib.loads(path.read_text("utf-8"))
    assert isinstance(data["created"], datetime.date), path
    for i in data.get("interactions", []):
        assert isinstance(i["date"], (datetime.date, datetime.datetime)), (path, i)
    print(path.stem, data["name"], len(data.get("interactions", [])))
"#;
    let out = Command::new("python3")
        .current_dir(book.root())
        .args(["-c", script])
        .output()
        .expect("python3 is needed for this test (tomllib, Python 3.11+)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "eriks-koks-ozolins Ēriks \"Koks\" Ozoliņš 4\njovana-petrovic Јована Петровић 0\n"
    );
}

#[test]
fn a_closed_pipe_ends_quietly_with_status_0() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let mut history = String::from("name = \"Anna\"\n");
    for i in 0..3000 {
        history.push_str(&format!("\n[[interactions]]\ndate = 2024-01-01\nkind = \"call\"\nsummary = \"call number {i}\"\n"));
    }
    book.write("customers/anna.toml", &history);
    let binary = assert_cmd::cargo::cargo_bin("rapport");
    let out = Command::new("bash")
        .current_dir(book.root())
        .env("RAPPORT_TODAY", TODAY)
        .args([
            "-c",
            &format!(
                "set -o pipefail; '{}' show anna --format json | head -n 1",
                binary.display()
            ),
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "status {:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn errors_go_to_stderr_with_the_rapport_prefix() {
    let book = TestBook::new();
    let out = book.rapport().args(["show", "nobody"]).assert().code(1);
    assert!(out.get_output().stdout.is_empty());
    assert!(stderr_of(&out).starts_with("rapport: error: no customer `nobody`"));
}
