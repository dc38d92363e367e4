//! `rapport report pipeline` on a hand-built book; the expected figures are
//! worked out by hand in the comments.

use serde_json::{Value, json};

use crate::support::TestBook;

fn book() -> TestBook {
    let book = TestBook::new();
    book.write(
        "customers/c1.toml",
        r#"name = "C1"
created = 2025-01-01

[[deals]]
title = "A"
value = 100.00
stage = "qualified"
opened = 2026-06-10

[[deals]]
title = "B"
value = 300.00
stage = "proposal"
opened = 2026-05-31

[[deals]]
title = "C"
value = 1000.00
stage = "won"
opened = 2026-01-10
closed = 2026-03-01
"#,
    );
    book.write(
        "customers/c2.toml",
        r#"name = "C2"
created = 2025-01-01

[[deals]]
title = "D"
value = 100.00
stage = "proposal"
opened = 2026-06-20

[[deals]]
title = "E"
value = 50.00
stage = "lost"
opened = 2025-12-01
closed = 2026-02-01

[[deals]]
title = "F"
value = 70.00
stage = "won"
opened = 2025-11-01
closed = 2025-12-20
"#,
    );
    book
}

/// The rows of the open deals by stage and the deals won and lost (the
/// rows and keys the report has had from the start).
fn rows(out: &Value) -> Vec<Value> {
    out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| ["open", "won", "lost"].contains(&r["status"].as_str().unwrap()))
        .map(|r| {
            json!([
                r["stage"],
                r["status"],
                r["deals"],
                r["value"].to_string(),
                r["share"],
                r["median_days"]
            ])
        })
        .collect()
}

#[test]
fn open_deals_by_stage_and_closed_deals_match_the_hand_computation() {
    let book = book();
    let out = book.json(&[
        "--today",
        "2026-06-30",
        "report",
        "pipeline",
        "--since",
        "2026-01-01",
    ]);
    // Open at 2026-06-30: A (qualified, 100.00, 20 days old), B (proposal,
    // 300.00, 30 days), D (proposal, 100.00, 10 days). Pipeline 500.00:
    // qualified 100 / 500 = 0.2, proposal 400 / 500 = 0.8, median ages 20
    // and median(30, 10) = 20. Closed in 2026-01-01..06-30: C won (01-10 →
    // 03-01: 21 + 28 + 1 = 50 days), E lost (12-01 → 02-01: 62 days); F
    // was won in 2025 and does not count.
    assert_eq!(
        rows(&out),
        [
            json!(["qualified", "open", 1, "100.00", 0.2, 20.0]),
            json!(["proposal", "open", 2, "400.00", 0.8, 20.0]),
            json!(["negotiation", "open", 0, "0.00", 0.0, null]),
            json!(["won", "won", 1, "1000.00", null, 50.0]),
            json!(["lost", "lost", 1, "50.00", null, 62.0]),
        ]
    );
}

#[test]
fn a_deal_closed_after_the_period_was_open_in_it() {
    let book = book();
    // On 2026-02-15, C (opened 01-10, won only on 03-01) was open: it shows
    // as "(closed later)"; A, B and D did not exist yet; E was lost on
    // 02-01, inside the period.
    let out = book.json(&[
        "--today",
        "2026-06-30",
        "report",
        "pipeline",
        "--since",
        "2026-02-01",
        "--until",
        "2026-02-15",
    ]);
    let rows = rows(&out);
    assert!(
        rows.contains(&json!(["(closed later)", "open", 1, "1000.00", 1.0, 36.0])),
        "C is 36 days old on 02-15 (21 + 15): {rows:?}"
    );
    assert!(rows.contains(&json!(["lost", "lost", 1, "50.00", null, 62.0])));
}

#[test]
fn the_table_shows_the_win_rate_and_the_open_total() {
    let book = book();
    let out = book.run(&[
        "--today",
        "2026-06-30",
        "report",
        "pipeline",
        "--since",
        "2026-01-01",
        "--format",
        "table",
    ]);
    // 1 won of 2 closed: 50 %.
    assert!(
        out.contains(" won           1       1000.00                    50     50.0 %"),
        "{out}"
    );
    assert!(
        out.contains(" open total        3        500.00   100.0 %                  20"),
        "{out}"
    );
}

/// A book made through the binary, as of 2026-06-30 (deal stages qualified,
/// proposal, negotiation):
///
/// - a: A1 `printer` 1000 opened 01-05, proposal 01-15, negotiation 02-14,
///   won 03-01; A2 `labels` 400 opened 02-01 (expected 08-10), proposal
///   02-21; a call on 06-20.
/// - b: B1 `film` 600 opened 01-10, proposal 02-09, lost 03-11 (price); B2
///   `tape` 200 opened 03-01, lost 04-01 (price); B3 `cartons` 800 opened
///   04-01 (expected 07-20), nothing since.
/// - c: C1 `wrapper` 2000 opened 05-01 (expected 07-31), negotiation 06-10;
///   C2 `old-order` 300 opened 02-01, lost 05-01 (no reason); C3
///   `spare-parts` 100 opened 05-31 (no expected).
fn moved_book() -> TestBook {
    let book = TestBook::new();
    let run = |args: &[&str]| {
        book.run(args);
    };
    for id in ["a", "b", "c"] {
        run(&["--today", "2025-12-01", "add", id, "--id", id]);
    }
    let add = |id: &str, title: &str, value: &str, date: &str, expected: Option<&str>| {
        let mut args = vec!["deal", "add", id, title, "--value", value, "--date", date];
        if let Some(e) = expected {
            args.extend(["--expected", e]);
        }
        run(&args);
    };
    add("a", "Printer", "1000", "2026-01-05", None);
    add("a", "Labels", "400", "2026-02-01", Some("2026-08-10"));
    add("b", "Film", "600", "2026-01-10", None);
    add("b", "Tape", "200", "2026-03-01", None);
    add("b", "Cartons", "800", "2026-04-01", Some("2026-07-20"));
    add("c", "Wrapper", "2000", "2026-05-01", Some("2026-07-31"));
    add("c", "Old order", "300", "2026-02-01", None);
    add("c", "Spare parts", "100", "2026-05-31", None);
    let mv = |address: &str, stage: &str, date: &str| {
        run(&["deal", "move", address, stage, "--date", date]);
    };
    mv("a/printer", "proposal", "2026-01-15");
    mv("a/printer", "negotiation", "2026-02-14");
    run(&["deal", "won", "a/printer", "--date", "2026-03-01"]);
    mv("a/labels", "proposal", "2026-02-21");
    run(&["log", "a", "call", "--date", "2026-06-20"]);
    mv("b/film", "proposal", "2026-02-09");
    let lost = |address: &str, date: &str, reason: Option<&str>| {
        let mut args = vec!["deal", "lost", address, "--date", date];
        if let Some(r) = reason {
            args.extend(["--reason", r]);
        }
        run(&args);
    };
    lost("b/film", "2026-03-11", Some("price"));
    lost("b/tape", "2026-04-01", Some("price"));
    mv("c/wrapper", "negotiation", "2026-06-10");
    lost("c/old-order", "2026-05-01", None);
    book
}

const H1: [&str; 6] = [
    "--today",
    "2026-06-30",
    "report",
    "pipeline",
    "--since",
    "2026-01-01",
];

/// Returns the rows of one status as (the keys asked for) lists.
fn status_rows(out: &Value, status: &str, keys: &[&str]) -> Vec<Value> {
    out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == status)
        .map(|r| {
            Value::Array(
                keys.iter()
                    .map(|k| match &r[*k] {
                        // As printed: 800.00, 0.25, 2.
                        Value::Number(n) => json!(n.to_string()),
                        other => other.clone(),
                    })
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn the_weighted_pipeline_estimates_probabilities_from_closed_deals() {
    let book = moved_book();
    let out = book.json(&H1);
    // Closed by 06-30: A1 won (reached every stage); B1 lost from proposal,
    // B2 and C2 lost from qualified. qualified: 1 won of 4 reached = 0.25;
    // proposal: 1 of 2 (A1, B1) = 0.5; negotiation: 1 of 1 = 1.
    // Open: qualified B3 800 + C3 100 → 225.00 weighted; proposal A2 400 →
    // 200.00; negotiation C1 2000 → 2000.00.
    assert_eq!(out["probabilities"], "estimated");
    assert_eq!(
        status_rows(
            &out,
            "open",
            &[
                "stage",
                "deals",
                "value",
                "probability",
                "probability_source",
                "weighted_value"
            ]
        ),
        [
            json!(["qualified", "2", "900.00", "0.25", "estimated", "225.00"]),
            json!(["proposal", "1", "400.00", "0.5", "estimated", "200.00"]),
            json!(["negotiation", "1", "2000.00", "1.0", "estimated", "2000.00"]),
        ]
    );
    // The keys the report had before stay, with their values.
    assert_eq!(
        rows(&out)[0],
        json!(["qualified", "open", 2, "900.00", 900.0 / 3300.0, 60.0])
    );
}

#[test]
fn configured_probabilities_are_used_and_said() {
    let book = moved_book();
    let settings = book.read("rapport.toml");
    book.write(
        "rapport.toml",
        &format!("{settings}\n[deal_probabilities]\nqualified = 0.1\nproposal = 0.6\n"),
    );
    let out = book.json(&H1);
    // negotiation is not set: estimated (1 of 1), so the source is mixed.
    assert_eq!(out["probabilities"], "mixed");
    assert_eq!(
        status_rows(
            &out,
            "open",
            &[
                "stage",
                "probability",
                "probability_source",
                "weighted_value"
            ]
        ),
        [
            json!(["qualified", "0.1", "configured", "90.00"]),
            json!(["proposal", "0.6", "configured", "240.00"]),
            json!(["negotiation", "1.0", "estimated", "2000.00"]),
        ]
    );
    book.write(
        "rapport.toml",
        &format!(
            "{settings}\n[deal_probabilities]\nqualified = 0.1\nproposal = 0.6\nnegotiation = 0.9\n"
        ),
    );
    assert_eq!(book.json(&H1)["probabilities"], "configured");
    // A stage the book does not have, and a probability above 1, are errors
    // that name the file and line.
    book.write(
        "rapport.toml",
        &format!("{settings}\n[deal_probabilities]\nwon = 1\nproposal = 50\n"),
    );
    let out = book.rapport().args(H1).assert().failure();
    let err = crate::support::stderr_of(&out);
    assert!(
        err.contains("`deal_probabilities.won`: a won deal is closed")
            && err.contains("`deal_probabilities.proposal` must be a number from 0 to 1"),
        "{err}"
    );
}

#[test]
fn forecast_velocity_lost_deals_and_stale_deals_match_the_hand_count() {
    let book = moved_book();
    let out = book.json(&H1);
    // By expected month: 2026-07 B3 (800, weighted 200) and C1 (2000,
    // 2000); 2026-08 A2 (400, 200); C3 has no expected (100, 25).
    assert_eq!(
        status_rows(
            &out,
            "forecast",
            &["month", "deals", "value", "weighted_value"]
        ),
        [
            json!(["2026-07", "2", "2800.00", "2200.00"]),
            json!(["2026-08", "1", "400.00", "200.00"]),
            json!(["(none)", "1", "100.00", "25.00"]),
        ]
    );
    // Stays that began in the period and ended by a move: qualified A1 10,
    // A2 20, B1 30, B2 31, C1 40, C2 89 (median 30.5); proposal A1 30, B1
    // 30; negotiation A1 15. B3 and C3 are still in qualified.
    assert_eq!(
        status_rows(&out, "velocity", &["stage", "deals", "median_days"]),
        [
            json!(["qualified", "6", "30.5"]),
            json!(["proposal", "2", "30.0"]),
            json!(["negotiation", "1", "15.0"]),
        ]
    );
    // Lost in the period: B1 (price, 600, furthest proposal), B2 (price,
    // 200, qualified), C2 (no reason, 300, qualified).
    assert_eq!(
        status_rows(&out, "lost_reason", &["reason", "deals", "value"]),
        [
            json!(["price", "2", "800.00"]),
            json!(["(none)", "1", "300.00"])
        ]
    );
    assert_eq!(
        status_rows(&out, "lost_stage", &["stage", "deals", "value"]),
        [
            json!(["qualified", "2", "500.00"]),
            json!(["proposal", "1", "600.00"]),
            json!(["negotiation", "0", "0.00"]),
        ]
    );
    // Stale on 06-30: B3 (opened 04-01, no contact with b since: 90 days)
    // and C3 (opened 05-31: 30 days). A2's customer was called on 06-20; C1
    // moved on 06-10 (20 days).
    assert_eq!(
        status_rows(
            &out,
            "stale",
            &["id", "deal", "stage", "value", "last_activity", "idle_days"]
        ),
        [
            json!(["b", "cartons", "qualified", "800.00", "2026-04-01", "90"]),
            json!([
                "c",
                "spare-parts",
                "qualified",
                "100.00",
                "2026-05-31",
                "30"
            ]),
        ]
    );
    // The agenda lists the same stale deals on the same day.
    let agenda = book.json(&["--today", "2026-06-30", "agenda"]);
    let deals: Vec<&Value> = agenda["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["type"] == "deal")
        .map(|r| &r["id"])
        .collect();
    assert_eq!(deals, [&json!("b"), &json!("c")]);
}

#[test]
fn the_new_figures_in_csv_table_and_html() {
    let book = moved_book();
    let csv = book.run(&[&H1[..], &["--format", "csv"]].concat());
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "stage,status,deals,value,share,median_days,probability,probability_source,\
             weighted_value,month,reason,id,deal,last_activity,idle_days"
        )
    );
    assert!(
        csv.contains("\n,forecast,2,2800.00,,,,,2200.00,2026-07,,,,,\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\n,lost_reason,2,800.00,,,,,,,price,,,,\n"),
        "{csv}"
    );
    assert!(
        csv.contains("\nqualified,stale,1,800.00,,,,,,,,b,cartons,2026-04-01,90\n"),
        "{csv}"
    );
    let table = book.run(&[&H1[..], &["--format", "table"]].concat());
    for line in [
        "  probabilities  estimated",
        " qualified         2        900.00    27.3 %                  60    1 of 4 (25.0 %)                 225.00",
        " open total        4       3300.00   100.0 %                  75                                   2425.00",
        " 2026-07              2       2800.00                2200.00",
        " qualified               6                   30.5",
        " price        2        800.00",
        " b    cartons       Cartons       qualified        800.00   2026-04-01             90",
    ] {
        assert!(table.contains(line), "`{line}` in\n{table}");
    }
    let html = book.run(&[&H1[..], &["--format", "html"]].concat());
    crate::test_report_html::assert_self_contained(&html);
    for text in [
        "Forecast: open deals by expected close month",
        "Weighted value by expected close month (EUR)",
        "Days in each deal stage",
        "Deals lost in the period, by reason",
        "Deals lost in the period, by the furthest stage reached",
        "Open deals with no activity for 30 days",
    ] {
        assert!(html.contains(text), "{text}");
    }
}
