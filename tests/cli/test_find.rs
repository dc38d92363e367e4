//! Everyday ergonomics (issue 18): quick find, phone digits, the short
//! name of a nested field, `show` by name, an empty listing on a terminal,
//! amounts and dates as people type them, duplicates refused by `add`.

use crate::support::{TODAY, TestBook, stderr_of, stdout_of};

fn book() -> TestBook {
    let book = TestBook::new();
    for args in [
        &[
            "add",
            "Ēriks Ozoliņš",
            "--email",
            "eriks@example.lv",
            "--phone",
            "+371 2612 3456",
            "--set",
            "address.city=Rīga",
        ][..],
        &[
            "add",
            "Reinis Ozols",
            "--set",
            "address.city=Jelgava",
            "--tag",
            "vip",
        ],
        &["add", "Јована Петровић", "--set", "address.city=Beograd"],
        &["add", "Kalns SIA", "--kind", "company"],
        &["add", "Anna Liepa", "--company", "kalns-sia"],
    ] {
        book.run(args);
    }
    book
}

fn ids(book: &TestBook, args: &[&str]) -> Vec<String> {
    let mut all = vec!["query"];
    all.extend(args);
    all.extend(["--format", "ids"]);
    book.run(&all).lines().map(str::to_string).collect()
}

#[test]
fn regression_query_with_plain_words_was_a_syntax_error() {
    let book = book();
    assert_eq!(ids(&book, &["ozol"]), ["eriks-ozolins", "reinis-ozols"]);
    // Every word must match, in any of the fields.
    assert_eq!(ids(&book, &["ozol", "riga"]), ["eriks-ozolins"]);
    assert_eq!(ids(&book, &["OZOL", "jelgava"]), ["reinis-ozols"]);
    // Accents and script folded as `~` folds them.
    assert_eq!(ids(&book, &["petrovic"]), ["jovana-petrovic"]);
    // Tags, e-mails and companies too.
    assert_eq!(ids(&book, &["vip"]), ["reinis-ozols"]);
    assert_eq!(ids(&book, &["example.lv"]), ["eriks-ozolins"]);
    assert_eq!(ids(&book, &["kalns"]), ["anna-liepa", "kalns-sia"]);
    // An expression is still an expression.
    assert_eq!(ids(&book, &["address.city = Jelgava"]), ["reinis-ozols"]);
    let out = book.rapport().args(["query", "stage ="]).assert().code(2);
    assert!(
        stderr_of(&out).contains("expected a value"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn regression_phone_tilde_did_not_find_a_spaced_number() {
    let book = book();
    assert_eq!(ids(&book, &["phone ~ 26123456"]), ["eriks-ozolins"]);
    assert_eq!(ids(&book, &["phone ~ '2612 3456'"]), ["eriks-ozolins"]);
    assert_eq!(ids(&book, &["26123456"]), ["eriks-ozolins"]);
    assert!(ids(&book, &["phone ~ 999"]).is_empty());
}

#[test]
fn regression_city_was_not_suggested_as_address_city() {
    let book = book();
    let out = book
        .rapport()
        .args(["query", "city = Rīga"])
        .assert()
        .success();
    let err = stderr_of(&out);
    assert!(err.contains("no customer has a field `city`"), "{err}");
    assert!(err.contains("hint: did you mean `address.city`?"), "{err}");
}

#[test]
fn regression_show_by_name_was_not_a_valid_id() {
    let book = book();
    let out = book.run(&["show", "Ēriks Ozoliņš", "--format", "json"]);
    assert!(out.contains("\"id\": \"eriks-ozolins\""), "{out}");
    let out = book.run(&["show", "petrović", "--format", "json"]);
    assert!(out.contains("\"id\": \"jovana-petrovic\""), "{out}");
    let out = book.rapport().args(["show", "ozol"]).assert().code(2);
    let err = stderr_of(&out);
    assert!(
        err.contains(
            "`ozol` matches 2 customers: eriks-ozolins (Ēriks Ozoliņš), reinis-ozols (Reinis Ozols)"
        ),
        "{err}"
    );
    let out = book
        .rapport()
        .args(["show", "Nobody Here"])
        .assert()
        .code(1);
    assert!(stderr_of(&out).contains("no customer has the id or a name with `Nobody Here`"));
}

#[test]
fn regression_an_empty_listing_on_a_terminal_printed_nothing() {
    let book = book();
    // In a pipe: nothing on stderr, as before.
    let out = book.rapport().args(["query", "nobody"]).assert().success();
    assert_eq!(stderr_of(&out), "");
    // On a terminal (through `script`, which gives the command a pty).
    let binary = assert_cmd::cargo::cargo_bin("rapport");
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} query nobody", binary.display()),
            "/dev/null",
        ])
        .current_dir(book.root())
        .env("RAPPORT_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .output()
        .expect("`script` (util-linux) runs the command on a terminal");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("rapport: no customers match"), "{text}");
}

#[test]
fn regression_amounts_and_dates_as_people_type_them_were_refused() {
    let book = book();
    for (amount, stored) in [
        ("19,99", "19.99"),
        ("1 234,50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("19,99 €", "19.99"),
        ("EUR 5", "5.00"),
    ] {
        book.run(&[
            "log",
            "reinis-ozols",
            "purchase",
            "--amount",
            amount,
            "--date",
            "3.11.2026",
        ]);
        let text = book.customer("reinis-ozols");
        assert!(
            text.ends_with(&format!(
                "date = 2026-11-03\nkind = \"purchase\"\namount = {stored}\n"
            )),
            "{amount}: {text}"
        );
    }
    book.run(&["log", "reinis-ozols", "call", "--date", "03.11.2026"]);
    assert!(
        book.customer("reinis-ozols")
            .ends_with("date = 2026-11-03\nkind = \"call\"\n")
    );
    book.run(&["set", "reinis-ozols", "acquisition_cost=1 234,50"]);
    assert!(
        book.customer("reinis-ozols")
            .contains("acquisition_cost = 1234.50\n")
    );
    let before = book.customer("reinis-ozols");
    for (args, says) in [
        (&["--amount", "1,234"][..], "reads two ways"),
        (&["--amount", "abc"], "write 19.99, 19,99, 1 234,50"),
        (&["--date", "03/04/2026"], "use 2024-03-01, 1.3.2024"),
    ] {
        let mut all = vec!["log", "reinis-ozols", "purchase"];
        all.extend(args);
        if args[0] == "--date" {
            all.extend(["--amount", "1"]);
        }
        let out = book.rapport().args(&all).assert().code(2);
        assert!(
            stderr_of(&out).contains(says),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    assert_eq!(book.customer("reinis-ozols"), before, "nothing written");
}

#[test]
fn regression_add_made_a_second_record_with_a_taken_email() {
    let book = book();
    let out = book
        .rapport()
        .args(["add", "Eriks O.", "--email", "ERIKS@example.lv"])
        .assert()
        .code(1);
    assert!(
        stderr_of(&out).contains("`eriks-ozolins` already has this e-mail"),
        "{}",
        stderr_of(&out)
    );
    let out = book
        .rapport()
        .args(["add", "E. O.", "--phone", "0037126123456"])
        .assert()
        .code(1);
    assert!(stderr_of(&out).contains("`eriks-ozolins` already has this phone"));
    assert!(!book.path("customers/eriks-o.toml").exists());
    let out = book
        .rapport()
        .args([
            "add",
            "Eriks O.",
            "--email",
            "eriks@example.lv",
            "--allow-duplicate",
        ])
        .assert()
        .success();
    assert_eq!(stdout_of(&out), "eriks-o\n");
}
