//! `rapport agenda` on a hand-built book (today 2026-06-30, sla = 1d); what
//! it must list is worked out in the comments.

use serde_json::{Value, json};

use crate::support::TestBook;

fn book() -> TestBook {
    let book = TestBook::with_settings("sla = \"1d\"\n");
    let next = |id: &str, date: &str| {
        format!(
            "name = \"{id}\"\nowner = \"anna\"\n\n[next]\ndate = {date}\naction = \"Call {id}\"\n"
        )
    };
    book.write("customers/g1.toml", &next("g1", "2026-06-25"));
    book.write("customers/g2.toml", &next("g2", "2026-07-07"));
    book.write("customers/g3.toml", &next("g3", "2026-07-08"));
    // g4: a case opened 06-28 10:00 is past its deadline (06-29 10:00); one
    // opened today is not yet; a resolved one is done.
    book.write(
        "customers/g4.toml",
        r#"name = "g4"

[[interactions]]
date = 2026-06-01
kind = "support"
resolved = 2026-06-05

[[interactions]]
date = 2026-06-28T10:00:00
kind = "support"
summary = "Login fails"

[[interactions]]
date = 2026-06-30T09:00:00
kind = "support"
"#,
    );
    let deal = |id: &str, stage: &str, opened: Option<&str>, contact: Option<&str>| {
        let mut t = format!(
            "name = \"{id}\"\n\n[[deals]]\ntitle = \"Deal {id}\"\nvalue = 10.00\nstage = \"{stage}\"\n"
        );
        if let Some(o) = opened {
            t.push_str(&format!("opened = {o}\n"));
        }
        if let Some(c) = contact {
            t.push_str(&format!(
                "\n[[interactions]]\ndate = {c}\nkind = \"call\"\n"
            ));
        }
        t
    };
    // Last activity 30 days ago: stale. 29 days ago: not. A won deal: not
    // open. No date at all: stale, never active.
    book.write(
        "customers/g5.toml",
        &deal("g5", "proposal", Some("2026-05-01"), Some("2026-05-31")),
    );
    book.write(
        "customers/g6.toml",
        &deal("g6", "proposal", Some("2026-05-01"), Some("2026-06-01")),
    );
    book.write(
        "customers/g7.toml",
        &deal("g7", "won", Some("2026-01-01"), None),
    );
    book.write("customers/g8.toml", &deal("g8", "qualified", None, None));
    book
}

#[test]
fn lists_follow_ups_cases_and_stale_deals_in_order() {
    let book = book();
    let out = book.json(&["--today", "2026-06-30", "agenda"]);
    let rows: Vec<Value> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| json!([r["id"], r["type"], r["date"], r["days"]]))
        .collect();
    // Follow-ups up to 06-30 + 7 = 07-07: g1 (5 days overdue), g2 (in 7
    // days); g3 (07-08) is beyond. The case of 06-28 10:00 (deadline 06-29
    // 10:00, 1 day ago). Deals: g8 (never active) then g5 (30 days).
    assert_eq!(
        rows,
        [
            json!(["g1", "follow-up", "2026-06-25", -5]),
            json!(["g2", "follow-up", "2026-07-07", 7]),
            json!(["g4", "support", "2026-06-29", -1]),
            json!(["g8", "deal", null, null]),
            json!(["g5", "deal", "2026-05-31", -30]),
        ]
    );
    let ids = book.run(&[
        "--today",
        "2026-06-30",
        "agenda",
        "--days",
        "0",
        "--format",
        "ids",
    ]);
    assert_eq!(
        ids, "g1\ng4\ng8\ng5\n",
        "--days 0: only what is due today or before"
    );
}

#[test]
fn the_table_says_how_late_each_item_is() {
    let book = book();
    let out = book.run(&["--today", "2026-06-30", "agenda", "--format", "table"]);
    assert!(
        out.contains(" 2026-06-25   5 days overdue   anna    g1   g1     Call g1 "),
        "{out}"
    );
    assert!(
        out.contains("Login fails (opened 2026-06-28 10:00)"),
        "{out}"
    );
    assert!(out.contains(" –               never "), "{out}");
}

#[test]
fn regression_set_next_date_refused_a_date_time() {
    let book = crate::support::TestBook::new();
    book.run(&["add", "Anna"]);
    book.run(&[
        "set",
        "anna",
        "next.date=2026-11-25T14:00",
        "next.action=call about the renewal",
    ]);
    assert!(
        book.customer("anna")
            .contains("[next]\ndate = 2026-11-25T14:00:00\naction = \"call about the renewal\"\n"),
        "{}",
        book.customer("anna")
    );
    let agenda = book.run(&["agenda", "--format", "csv"]);
    assert!(agenda.contains("14:00 call about the renewal"), "{agenda}");
    assert!(agenda.contains("2026-11-25"), "{agenda}");
    // The query language compares it as a moment, and by its day.
    let ids = book.run(&["query", "next.date <= 2026-11-25", "--format", "ids"]);
    assert_eq!(ids, "anna\n");
    let ids = book.run(&["query", "next.date < 2026-11-25T09:00", "--format", "ids"]);
    assert_eq!(ids, "");
    // A plain day still works, and `done` moves on from a timed follow-up.
    book.run(&["set", "anna", "next.date=2026-11-26"]);
    assert!(book.customer("anna").contains("date = 2026-11-26\n"));
}

#[test]
fn regression_a_case_was_past_its_sla_hours_before_its_deadline() {
    // The real day, so the agenda is as of the clock's time.
    let now = chrono::Local::now().naive_local();
    let today = now.date().to_string();
    let book = crate::support::TestBook::new();
    let settings = book.read("rapport.toml");
    book.write(
        "rapport.toml",
        &settings.replace("sla = \"2d\"", "sla = \"23h\""),
    );
    assert!(book.read("rapport.toml").contains("sla = \"23h\""));
    book.write(
        "customers/anna.toml",
        &format!(
            "name = \"Anna\"\n\n[[interactions]]\ndate = {today}T00:00:00\nkind = \"support\"\nsummary = \"Printer jams\"\n"
        ),
    );
    // Its deadline is today at 23:00: past it only after 23:00.
    let past = now.time() >= chrono::NaiveTime::from_hms_opt(23, 0, 0).unwrap();
    let agenda = book
        .rapport()
        .env("RAPPORT_TODAY", &today)
        .args(["agenda", "--format", "csv"])
        .assert()
        .success();
    let out = crate::support::stdout_of(&agenda);
    assert_eq!(out.contains("Printer jams"), past, "{out}");
    // As of the end of an earlier day's `--today`, yesterday's case is past.
    let yesterday = (now.date() - chrono::Days::new(1)).to_string();
    book.write(
        "customers/anna.toml",
        &format!(
            "name = \"Anna\"\n\n[[interactions]]\ndate = {yesterday}T00:00:00\nkind = \"support\"\nsummary = \"Printer jams\"\n"
        ),
    );
    let out = book.run(&["--today", &yesterday, "agenda", "--format", "csv"]);
    assert!(out.contains("Printer jams"), "{out}");
}
