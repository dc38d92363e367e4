//! `rapport case open|resolve|list`, and the per-priority SLA in `agenda`
//! and `report service`.

use crate::support::{TestBook, stderr_of, stdout_of};

const SETTINGS: &str = "name = \"Acme\"\nsla = { high = \"4h\", normal = \"2d\", low = \"5d\" }\n";

fn book() -> TestBook {
    let book = TestBook::with_settings(SETTINGS);
    book.write(
        "customers/anna.toml",
        "name = \"Anna\" # the first customer\nowner = \"lee\"\n",
    );
    book
}

#[test]
fn open_appends_a_case_with_a_ref_and_resolve_sets_resolved_in_place() {
    let book = book();
    let out = book
        .rapport()
        .args([
            "case",
            "open",
            "anna",
            "Invoice PDF missing",
            "--date",
            "2026-11-20T09:10",
            "--priority",
            "high",
        ])
        .assert()
        .success();
    assert_eq!(stdout_of(&out), "anna/S-1\n");
    assert_eq!(
        stderr_of(&out),
        "rapport: anna/S-1: opened support case “Invoice PDF missing”, due 2026-11-20T13:10:00\n"
    );
    assert_eq!(
        book.run(&[
            "case",
            "open",
            "anna",
            "Jam",
            "--ref",
            "T-9",
            "--date",
            "2026-11-21"
        ]),
        "anna/T-9\n"
    );
    assert_eq!(
        book.run(&["case", "open", "anna", "Another", "--date", "2026-11-22"]),
        "anna/S-2\n"
    );
    let text = book.customer("anna");
    assert!(text.starts_with("name = \"Anna\" # the first customer\n"));
    assert!(text.contains("[[interactions]]\ndate = 2026-11-20T09:10:00\nkind = \"support\"\nsummary = \"Invoice PDF missing\"\nref = \"S-1\"\npriority = \"high\"\n"), "{text}");

    let ambiguous = book
        .rapport()
        .args(["case", "resolve", "anna"])
        .assert()
        .code(2);
    assert!(stderr_of(&ambiguous).contains("anna has 3 open support cases; say which\nhint: one of: anna/S-1 (open), anna/T-9 (open), anna/S-2 (open)"), "{}", stderr_of(&ambiguous));
    let out = book
        .rapport()
        .args(["case", "resolve", "anna/S-1", "--date", "2026-11-20T15:40"])
        .assert()
        .success();
    assert_eq!(
        stderr_of(&out),
        "rapport: anna/S-1: resolved 2026-11-20T15:40:00, past its SLA (2026-11-20T13:10:00 was due)\n"
    );
    let text = book.customer("anna");
    assert!(
        text.contains("ref = \"S-1\"\nresolved = 2026-11-20T15:40:00\npriority = \"high\"\n"),
        "{text}"
    );
    // Resolving it again is refused, and nothing is written.
    let again = book
        .rapport()
        .args(["case", "resolve", "anna/S-1"])
        .assert()
        .code(1);
    assert!(stderr_of(&again).contains("anna/S-1 was resolved on 2026-11-20T15:40:00"));
    assert_eq!(book.customer("anna"), text);
    let unknown = book
        .rapport()
        .args(["case", "resolve", "anna/S-7"])
        .assert()
        .code(1);
    assert!(stderr_of(&unknown).contains("anna has no support case `S-7`"));
}

#[test]
fn list_shows_age_deadline_and_past_sla_by_priority() {
    let book = book();
    // Today is 2026-11-23: a normal case of the 20th is past its 2d (due the
    // 22nd), a low one of the 20th is not (due the 25th), a high one of
    // today at 09:00 is due 13:00 today and not past before the day ends.
    book.run(&[
        "case",
        "open",
        "anna",
        "Normal",
        "--date",
        "2026-11-20T10:00",
    ]);
    book.run(&[
        "case",
        "open",
        "anna",
        "Low",
        "--date",
        "2026-11-20T10:00",
        "--priority",
        "low",
    ]);
    book.run(&[
        "case",
        "open",
        "anna",
        "Done",
        "--date",
        "2026-11-19",
        "--priority",
        "high",
    ]);
    book.run(&["case", "resolve", "anna/S-3", "--date", "2026-11-19T02:00"]);
    let rows = book.json(&["case", "list"]);
    let rows = rows.as_array().unwrap();
    let by = |case: &str| rows.iter().find(|r| r["case"] == case).unwrap().clone();
    assert_eq!(rows.len(), 3);
    assert_eq!(by("S-1")["deadline"], "2026-11-22T10:00:00");
    assert_eq!(by("S-1")["past_sla"], true);
    assert_eq!(by("S-1")["age_days"], 3);
    assert_eq!(by("S-1")["owner"], "lee");
    assert_eq!(by("S-2")["deadline"], "2026-11-25T10:00:00");
    assert_eq!(by("S-2")["past_sla"], false);
    assert_eq!(by("S-3")["state"], "resolved");
    assert_eq!(by("S-3")["past_sla"], false);
    assert_eq!(rows[0]["case"], "S-3", "by deadline");
    assert_eq!(
        book.run(&["case", "list", "--past-sla", "--format", "ids"]),
        "anna\n"
    );
    assert_eq!(
        book.run(&["case", "list", "--open", "--format", "csv"])
            .lines()
            .count(),
        3
    );
    // agenda lists the normal case past its SLA, not the low one.
    let agenda = book.run(&["agenda", "--format", "csv"]);
    assert!(agenda.contains("Normal"), "{agenda}");
    assert!(!agenda.contains("Low"), "{agenda}");
    // report service: S-1 (normal, past its 2d) and S-3 (high, resolved in
    // 2h of its 4h) are decided, one within its SLA; S-2 (low, due the 25th)
    // is not decided yet and not overdue (with one 2d for all it would be both).
    let service = book.json(&[
        "report",
        "service",
        "--since",
        "2026-11-01",
        "--until",
        "2026-11-23",
    ]);
    let all = &service["rows"][0];
    assert_eq!(all["opened"], 3);
    assert_eq!(all["decided"], 2, "{service}");
    assert_eq!(all["within_sla"], 1);
    assert_eq!(all["overdue_at_end"], 1);
    let table = book.run(&[
        "report",
        "service",
        "--since",
        "2026-11-01",
        "--until",
        "2026-11-23",
        "--format",
        "table",
    ]);
    assert!(
        table.contains("within SLA (high 4h, normal 2d, low 5d)"),
        "{table}"
    );
}

/// On the real day, `case list` is as of the clock's time, as `agenda` is:
/// a case opened a minute ago with a one-hour SLA is not past it (it was,
/// as of the end of the day, before 23:00).
#[test]
fn regression_case_list_is_not_past_its_sla_before_the_deadline() {
    let book = TestBook::with_settings("name = \"Acme\"\nsla = { high = \"1h\" }\n");
    book.write("customers/anna.toml", "name = \"Anna\"\n");
    let clock = chrono::Local::now().naive_local();
    let today = clock.date().to_string();
    let opened = (clock - chrono::Duration::minutes(1))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    book.run(&[
        "--today",
        &today,
        "case",
        "open",
        "anna",
        "Urgent",
        "--date",
        &opened,
        "--priority",
        "high",
    ]);
    let rows = book.json(&["--today", &today, "case", "list"]);
    assert_eq!(rows[0]["past_sla"], false, "{rows}");
    let listed = book.run(&[
        "--today",
        &today,
        "case",
        "list",
        "--past-sla",
        "--format",
        "csv",
    ]);
    assert!(!listed.contains("Urgent"), "{listed}");
}
