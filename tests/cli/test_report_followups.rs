//! `rapport report followups` on a hand-built book; the expected counts are
//! worked out by hand in the comments.

use serde_json::{Value, json};

use crate::support::TestBook;

#[test]
fn follow_ups_by_owner_match_the_hand_count() {
    let book = TestBook::new();
    let person = |id: &str, owner: Option<&str>, stage: &str, next: Option<&str>| {
        let mut t = format!("name = \"{id}\"\nstage = \"{stage}\"\n");
        if let Some(o) = owner {
            t.push_str(&format!("owner = \"{o}\"\n"));
        }
        if let Some(d) = next {
            t.push_str(&format!("\n[next]\ndate = {d}\naction = \"Call {id}\"\n"));
        }
        t
    };
    // Today 2026-06-30: due within 7 days is 06-30 to 07-06.
    let f1 = person("f1", Some("anna"), "lead", Some("2026-06-29"))
        + "\n[[interactions]]\ndate = 2026-06-01\nkind = \"call\"\n";
    book.write("customers/f1.toml", &f1);
    book.write(
        "customers/f2.toml",
        &person("f2", Some("anna"), "customer", Some("2026-06-30")),
    );
    book.write(
        "customers/f3.toml",
        &person("f3", Some("anna"), "prospect", Some("2026-07-06")),
    );
    book.write(
        "customers/f4.toml",
        &person("f4", Some("anna"), "customer", Some("2026-07-07")),
    );
    book.write(
        "customers/f5.toml",
        &person("f5", Some("bert"), "customer", None),
    );
    book.write(
        "customers/f6.toml",
        &person("f6", Some("bert"), "churned", None),
    );
    book.write("customers/f7.toml", &person("f7", None, "lead", None));
    let out = book.json(&["--today", "2026-06-30", "report", "followups"]);
    let rows: Vec<Value> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            json!([
                r["owner"],
                r["customers"],
                r["planned"],
                r["overdue"],
                r["due_7d"],
                r["later"],
                r["unplanned"],
                r["contacted"]
            ])
        })
        .collect();
    // anna: f1 overdue (06-29), f2, f3 and f4 (07-07, seven days on, as
    // `agenda --days 7` counts) due within 7 days, none later; f1
    // was called in the period. bert: f5 in play with nothing planned, f6
    // churned (not in play). f7 has no owner and nothing planned.
    assert_eq!(
        rows,
        [
            json!(["anna", 4, 4, 1, 3, 0, 0, 1]),
            json!(["bert", 2, 0, 0, 0, 0, 1, 0]),
            json!(["(none)", 1, 0, 0, 0, 0, 1, 0]),
            json!(["total", 7, 4, 1, 3, 0, 2, 1]),
        ]
    );
    let table = book.run(&[
        "--today",
        "2026-06-30",
        "report",
        "followups",
        "--format",
        "table",
    ]);
    assert!(
        table.contains(" 2026-06-29              1   anna    f1   f1     Call f1 "),
        "{table}"
    );
}

#[test]
fn regression_agenda_and_followups_disagreed_about_the_seventh_day() {
    let book = crate::support::TestBook::new();
    // Today is 2026-11-23: the 30th is seven days ahead, the 1st eight.
    book.run(&[
        "add",
        "Anna",
        "--set",
        "next.date=2026-11-30",
        "--set",
        "next.action=call",
    ]);
    book.run(&[
        "add",
        "Berta",
        "--set",
        "next.date=2026-12-01",
        "--set",
        "next.action=call",
    ]);
    let agenda = book.run(&["agenda", "--days", "7", "--format", "csv"]);
    assert!(agenda.contains("anna"), "{agenda}");
    assert!(!agenda.contains("berta"), "{agenda}");
    let report = book.json(&["report", "followups"]);
    let total = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["owner"] == "(all)" || r["owner"] == "total")
        .cloned()
        .unwrap_or_else(|| report["rows"][0].clone());
    assert_eq!(total["due_7d"], 1, "{report}");
    assert_eq!(total["later"], 1, "{report}");
}
