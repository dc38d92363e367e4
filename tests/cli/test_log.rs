use std::process::{Command, Stdio};

use crate::support::{TODAY, TestBook, stderr_of};

#[test]
fn a_log_is_an_append() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let before = book.customer("anna");
    book.run(&[
        "log",
        "anna",
        "purchase",
        "--amount",
        "1500",
        "--ref",
        "INV-1",
        "--date",
        "2026-11-01",
        "-m",
        "First order",
    ]);
    let after = book.customer("anna");
    assert!(after.starts_with(&before), "the old text is untouched");
    assert_eq!(
        &after[before.len()..],
        "\n[[interactions]]\ndate = 2026-11-01\nkind = \"purchase\"\namount = 1500.00\nsummary = \"First order\"\nref = \"INV-1\"\n"
    );
    book.run(&[
        "log",
        "anna",
        "support",
        "--date",
        "2026-11-02T09:10",
        "--resolved",
        "2026-11-02T15:40",
    ]);
    assert!(book.customer("anna").ends_with(
        "date = 2026-11-02T09:10:00\nkind = \"support\"\nresolved = 2026-11-02T15:40:00\n"
    ));
    book.run(&["log", "anna", "survey", "--nps", "9", "--csat", "4"]);
    assert!(book.customer("anna").ends_with(&format!(
        "date = {TODAY}\nkind = \"survey\"\nnps = 9\ncsat = 4\n"
    )));
    book.run(&["log", "anna", "survey", "--csat", "5", "--ces", "6"]);
    assert!(book.customer("anna").ends_with(&format!(
        "date = {TODAY}\nkind = \"survey\"\ncsat = 5\nces = 6\n"
    )));
}

#[test]
fn money_is_exact_to_the_cent() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    book.run(&["log", "anna", "purchase", "--amount", "0.10"]);
    book.run(&["log", "anna", "purchase", "--amount", "0.20"]);
    let json = book.run(&["show", "anna", "--format", "json"]);
    assert!(json.contains("\"revenue\": 0.30"), "{json}");
    for (bad, why) in [
        ("1.005", "more than two decimals"),
        ("1000000000001", "outside ±10^12"),
        ("1e3", "not an amount"),
    ] {
        let out = book
            .rapport()
            .args(["log", "anna", "purchase", "--amount", bad])
            .assert()
            .code(2);
        assert!(stderr_of(&out).contains(why), "{bad}: {}", stderr_of(&out));
    }
    book.run(&["log", "anna", "purchase", "--amount", "-0.05"]);
    assert!(book.customer("anna").ends_with("amount = -0.05\n"));
}

#[test]
fn refuses_unknown_kinds_duplicate_refs_and_bad_scores() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let out = book.rapport().args(["log", "anna", "cal"]).assert().code(2);
    assert!(stderr_of(&out).contains("did you mean `call`?"));
    let out = book
        .rapport()
        .args(["log", "anna", "stage"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("set ID stage="));
    book.run(&["log", "anna", "purchase", "--amount", "5", "--ref", "INV-9"]);
    let out = book
        .rapport()
        .args(["log", "anna", "purchase", "--amount", "5", "--ref", "INV-9"])
        .assert()
        .code(1);
    assert!(stderr_of(&out).contains("already logged"));
    book.rapport()
        .args(["log", "anna", "survey", "--nps", "11"])
        .assert()
        .code(2);
    book.rapport()
        .args(["log", "anna", "survey", "--csat", "0"])
        .assert()
        .code(2);
    for bad in ["0", "8"] {
        let out = book
            .rapport()
            .args(["log", "anna", "survey", "--ces", bad])
            .assert()
            .code(2);
        assert!(stderr_of(&out).contains("not a score from 1 to 7"));
    }
    book.rapport()
        .args(["log", "anna", "call", "--date", "yesterdy"])
        .assert()
        .code(2);
    book.rapport()
        .args(["log", "nobody", "call"])
        .assert()
        .code(1);
}

#[test]
fn eight_parallel_logs_all_land() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let binary = assert_cmd::cargo::cargo_bin("rapport");
    let children: Vec<_> = (0..8)
        .map(|i| {
            Command::new(&binary)
                .current_dir(book.root())
                .env("RAPPORT_TODAY", TODAY)
                .args(["log", "anna", "call", "--summary", &format!("call {i}")])
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let text = book.customer("anna");
    for i in 0..8 {
        assert!(
            text.contains(&format!("summary = \"call {i}\"")),
            "call {i} lost:\n{text}"
        );
    }
    assert_eq!(text.matches("[[interactions]]").count(), 8);
}

#[test]
fn regression_an_inline_history_gets_the_entry_too() {
    let book = TestBook::new();
    book.write(
        "customers/c.toml",
        "name = \"C\"\ninteractions = [{date = 2024-01-01, kind = \"call\"}]\n",
    );
    book.run(&["log", "c", "call", "-m", "z"]);
    let json: serde_json::Value =
        serde_json::from_str(&book.run(&["show", "c", "--format", "json"])).unwrap();
    assert_eq!(json["interactions"].as_array().unwrap().len(), 2);
    assert_eq!(json["interactions"][1]["summary"], "z");
}

#[test]
fn regression_windows_line_endings_are_kept() {
    let book = TestBook::new();
    book.write("customers/e.toml", "name = \"E\"\r\nstage = \"lead\"\r\n");
    book.run(&["set", "e", "owner=x"]);
    book.run(&["log", "e", "call"]);
    let text = book.customer("e");
    assert!(
        text.starts_with("name = \"E\"\r\nstage = \"lead\"\r\nowner = \"x\"\r\n"),
        "{text:?}"
    );
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF: {text:?}"
    );
}

#[test]
fn regression_a_byte_order_mark_is_kept() {
    // Found by the customer_file fuzz target: toml_edit drops a leading BOM.
    let book = TestBook::new();
    book.write("customers/b.toml", "\u{feff}name = \"B\"\n");
    book.run(&["log", "b", "call"]);
    assert!(
        book.customer("b")
            .starts_with("\u{feff}name = \"B\"\n\n[[interactions]]")
    );
}

#[test]
fn regression_log_said_nothing_on_success() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let out = book
        .rapport()
        .args([
            "log", "anna", "purchase", "--amount", "19.99", "-m", "Labels",
        ])
        .assert()
        .success();
    assert_eq!(
        crate::support::stdout_of(&out),
        "",
        "stdout stays empty for pipelines"
    );
    assert_eq!(
        stderr_of(&out),
        format!("rapport: anna: logged purchase on {TODAY}, 19.99 EUR “Labels”\n")
    );
}

#[test]
fn regression_a_future_purchase_was_taken_silently() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let before = book.customer("anna");
    let out = book
        .rapport()
        .args([
            "log",
            "anna",
            "purchase",
            "--amount",
            "5",
            "--date",
            "2027-01-01",
        ])
        .assert()
        .code(2);
    let err = stderr_of(&out);
    assert!(err.contains("2027-01-01 is after today"), "{err}");
    assert!(
        err.contains("--future"),
        "the error names the way out: {err}"
    );
    assert_eq!(book.customer("anna"), before, "nothing written");

    let out = book
        .rapport()
        .args([
            "log",
            "anna",
            "purchase",
            "--amount",
            "5",
            "--date",
            "2027-01-01",
            "--future",
        ])
        .assert()
        .success();
    assert!(stderr_of(&out).contains("warning: --date: 2027-01-01 is after today"));
    assert!(
        book.customer("anna")
            .contains("date = 2027-01-01\nkind = \"purchase\"")
    );

    // Other kinds are logged with a warning: a meeting booked ahead is fine.
    let out = book
        .rapport()
        .args(["log", "anna", "meeting", "--date", "+3d"])
        .assert()
        .success();
    assert!(stderr_of(&out).contains("warning: --date: 2026-11-26 is after today"));
}

#[test]
fn regression_history_logged_before_created_said_nothing() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let out = book
        .rapport()
        .args(["log", "anna", "call", "--date", "2025-05-01"])
        .assert()
        .success();
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!(
            "anna was created on {TODAY}, after this call of 2025-05-01"
        )),
        "{err}"
    );
    assert!(err.contains("rapport set anna created=2025-05-01"), "{err}");
    // Fixed as the hint says, the next log is quiet.
    book.run(&["set", "anna", "created=2025-05-01"]);
    let out = book
        .rapport()
        .args(["log", "anna", "call", "--date", "2025-06-01"])
        .assert()
        .success();
    assert!(!stderr_of(&out).contains("warning"), "{}", stderr_of(&out));
}
