//! `rapport report summary` on a small book whose every figure was worked out
//! by hand (the arithmetic is in the comments), and the options every report
//! shares: the period, --by, --where, the formats.

use serde_json::{Value, json};

use crate::support::{TestBook, stderr_of};

pub const SETTINGS: &str = r#"name = "Hand"
currency = "EUR"
churn_after = "90d"
sla = "1d"
"#;

/// Six customers, as of 2026-06-30, for the period 2026-04-01..2026-06-30.
/// churn_after = 90d, so "active at the end of D" needs an order on or after
/// D − 90 days: on or after 2026-01-01 at the eve (2026-03-31), on or after
/// 2026-04-01 at the end (2026-06-30).
pub fn summary_book() -> TestBook {
    let book = TestBook::with_settings(SETTINGS);
    // ann: a lead who became a customer on 2026-04-10 (stage move and first
    // order), new in the period; active at the end, not at the start.
    book.write(
        "customers/ann.toml",
        r#"name = "Ann"
stage = "customer"
owner = "anna"
source = "webinar"
acquisition_cost = 120.00
created = 2025-12-01

[[deals]]
title = "First"
value = 100.00
stage = "won"
opened = 2026-03-01
closed = 2026-04-10

[[interactions]]
date = 2026-04-10
kind = "stage"
from = "lead"
to = "customer"

[[interactions]]
date = 2026-04-10
kind = "purchase"
amount = 100.00

[[interactions]]
date = 2026-05-01
kind = "survey"
nps = 10

[[interactions]]
date = 2026-05-20
kind = "purchase"
amount = 50.05

[[interactions]]
date = 2026-06-01
kind = "survey"
nps = 6
"#,
    );
    // bob: active at the start (order 2026-02-15), none since: churned.
    book.write(
        "customers/bob.toml",
        r#"name = "Bob"
stage = "customer"
owner = "anna"
source = "webinar"
created = 2025-01-15

[[deals]]
title = "Upsell"
value = 40.00
stage = "lost"
opened = 2026-04-01
closed = 2026-05-01

[[interactions]]
date = 2025-01-20
kind = "purchase"
amount = 200.00

[[interactions]]
date = 2026-02-15
kind = "purchase"
amount = 80.00

[[interactions]]
date = 2026-04-05
kind = "survey"
nps = 9
"#,
    );
    // cid: created as a customer in the period, three purchases (one a
    // refund), new; active at the end.
    book.write(
        "customers/cid.toml",
        r#"name = "Cid"
stage = "customer"
owner = "bert"
source = "ads"
acquisition_cost = 30.00
created = 2026-05-05

[[deals]]
title = "Starter"
value = 500.00
stage = "won"
opened = 2026-05-06
closed = 2026-06-25

[[interactions]]
date = 2026-05-06
kind = "purchase"
amount = 0.10

[[interactions]]
date = 2026-05-07
kind = "purchase"
amount = 0.20

[[interactions]]
date = 2026-05-08
kind = "purchase"
amount = -0.05

[[interactions]]
date = 2026-06-10
kind = "survey"
nps = 10
"#,
    );
    // dan: a lead created in the period with an open deal.
    book.write(
        "customers/dan.toml",
        r#"name = "Dan"
stage = "lead"
owner = "bert"
source = "ads"
acquisition_cost = 10.00
created = 2026-04-20

[[deals]]
title = "Big"
value = 1000.00
stage = "qualified"
opened = 2026-06-01
"#,
    );
    // eve: a prospect created in the period, one open deal, one opened
    // after the period (ignored).
    book.write(
        "customers/eve.toml",
        r#"name = "Eve"
stage = "prospect"
created = 2026-06-15

[[deals]]
title = "Proposal"
value = 250.50
stage = "proposal"
opened = 2026-06-20

[[deals]]
title = "Later"
value = 99.00
stage = "qualified"
opened = 2026-07-10
"#,
    );
    // fay: churned in May; her last order (2025-06-01) was long before, so
    // she was not active at the start and is not counted as churned.
    book.write(
        "customers/fay.toml",
        r#"name = "Fay"
stage = "churned"
owner = "anna"
source = "webinar"
created = 2025-06-01

[[interactions]]
date = 2025-06-01
kind = "purchase"
amount = 300.00

[[interactions]]
date = 2026-05-15
kind = "stage"
from = "customer"
to = "churned"
"#,
    );
    book
}

/// `--today 2026-06-30 report summary --since 2026-04-01 --until 2026-06-30`.
const SUMMARY: [&str; 8] = [
    "--today",
    "2026-06-30",
    "report",
    "summary",
    "--since",
    "2026-04-01",
    "--until",
    "2026-06-30",
];

fn summary(book: &TestBook, extra: &[&str]) -> Value {
    let mut args = SUMMARY.to_vec();
    args.extend(extra);
    book.json(&args)
}

#[test]
fn every_kpi_of_the_summary_matches_the_hand_computation() {
    let book = summary_book();
    let out = summary(&book, &[]);
    assert_eq!(out["report"], "summary");
    assert_eq!(out["since"], "2026-04-01");
    assert_eq!(out["until"], "2026-06-30");
    assert_eq!(out["currency"], "EUR");
    let rows = out["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "no --by: one row");
    let r = &rows[0];
    // customers: all six exist by 2026-06-30. Stages at the end: ann, bob,
    // cid customer; dan lead; eve prospect; fay churned.
    assert_eq!(r["customers"], 6);
    assert_eq!(
        r["stage"],
        json!({"lead": 1, "prospect": 1, "customer": 3, "churned": 1})
    );
    // new customers: ann (2026-04-10) and cid (first order 2026-05-06);
    // CAC = (120.00 + 30.00) / 2 = 75.00.
    assert_eq!(r["new_customers"], 2);
    assert_eq!(r["acquisition_cost"].to_string(), "150.00");
    assert_eq!(r["cac"].to_string(), "75.00");
    // active at the start: bob only (ann was a lead then, cid not created,
    // fay's last order 2025-06-01 is before 2026-01-01). At the end: ann
    // (2026-05-20) and cid (2026-05-07). bob churned: 1 / 1 = 100 %.
    assert_eq!(r["active_at_start"], 1);
    assert_eq!(r["active"], 2);
    assert_eq!(r["churned"], 1);
    assert_eq!(r["churn_rate"], 1.0);
    // revenue: 100.00 + 50.05 + 0.10 + 0.20 − 0.05 = 150.30; orders: 4 (a
    // refund is not an order); AOV = 150.30 / 4 = 37.575 → 37.58.
    assert_eq!(r["revenue"].to_string(), "150.30");
    assert_eq!(r["orders"], 4);
    assert_eq!(r["aov"].to_string(), "37.58");
    // NPS, latest score per customer in the period: ann 6 (detractor, her
    // 10 is older), bob 9, cid 10 (promoters): (2 − 1) / 3 = 33.33….
    assert_eq!(r["nps_responses"], 3);
    assert!((r["nps"].as_f64().unwrap() - 100.0 / 3.0).abs() < 1e-9);
    // conversion: created in the period cid, dan, eve; cid became a
    // customer: 1 / 3.
    assert_eq!(r["created"], 3);
    assert_eq!(r["converted"], 1);
    assert!((r["conversion"].as_f64().unwrap() - 1.0 / 3.0).abs() < 1e-12);
    // deals closed in the period: ann's won (2026-03-01 → 04-10, 40 days),
    // cid's won (05-06 → 06-25, 50 days), bob's lost. Win rate 2 / 3; won
    // value 600.00; sales cycle median(40, 50) = 45.
    assert_eq!(
        (r["deals_won"].clone(), r["deals_lost"].clone()),
        (json!(2), json!(1))
    );
    assert!((r["win_rate"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(r["won_value"].to_string(), "600.00");
    assert_eq!(r["sales_cycle_days"], 45.0);
    // open at the end: dan 1000.00 and eve 250.50 (eve's deal opened on
    // 2026-07-10 did not exist yet).
    assert_eq!(r["open_deals"], 2);
    assert_eq!(r["pipeline"].to_string(), "1250.50");
}

#[test]
fn a_past_period_shows_the_book_as_it_was_then() {
    let book = summary_book();
    let out = book.json(&[
        "--today",
        "2026-06-30",
        "report",
        "summary",
        "--since",
        "2026-04-01",
        "--until",
        "2026-04-30",
    ]);
    let r = &out["rows"][0];
    // At 2026-04-30: ann, bob, dan, fay exist (cid and eve are created in
    // May and June); ann moved to customer on 04-10, fay was still a
    // customer (she churned on 05-15), dan a lead.
    assert_eq!(r["customers"], 4);
    assert_eq!(
        r["stage"],
        json!({"lead": 1, "prospect": 0, "customer": 3, "churned": 0})
    );
    // April revenue: ann's 100.00 only.
    assert_eq!(r["revenue"].to_string(), "100.00");
    // bob's deal, opened 04-01 and lost on 05-01, was open at 04-30.
    assert_eq!(r["open_deals"], 1);
    assert_eq!(r["pipeline"].to_string(), "40.00");
}

#[test]
fn by_source_adds_a_row_per_group_after_the_whole_book() {
    let book = summary_book();
    let out = summary(&book, &["--by", "source"]);
    assert_eq!(out["by"], "source");
    let groups: Vec<(String, i64, String)> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["group"].as_str().unwrap().to_string(),
                r["customers"].as_i64().unwrap(),
                r["revenue"].to_string(),
            )
        })
        .collect();
    // webinar: ann, bob, fay (150.05 = ann's orders); ads: cid, dan (0.25);
    // eve has no source.
    assert_eq!(
        groups,
        [
            ("(all)".to_string(), 6, "150.30".to_string()),
            ("ads".into(), 2, "0.25".into()),
            ("webinar".into(), 3, "150.05".into()),
            ("(none)".into(), 1, "0.00".into()),
        ]
    );
}

#[test]
fn by_tags_puts_a_customer_in_every_tag_group() {
    let book = TestBook::with_settings(SETTINGS);
    book.write(
        "customers/a.toml",
        "name = \"A\"\ntags = [\"b2b\", \"vip\"]\ncreated = 2026-01-01\n",
    );
    book.write(
        "customers/b.toml",
        "name = \"B\"\ntags = [\"b2b\"]\ncreated = 2026-01-01\n",
    );
    let out = book.json(&["report", "summary", "--by", "tags"]);
    let groups: Vec<(&str, i64)> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["group"].as_str().unwrap(),
                r["customers"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(groups, [("(all)", 2), ("b2b", 2), ("vip", 1)]);
}

#[test]
fn the_table_states_the_period_and_the_currency() {
    let book = summary_book();
    let mut args = SUMMARY.to_vec();
    args.extend(["--format", "table"]);
    let out = book.run(&args);
    assert!(
        out.contains("period    2026-04-01 to 2026-06-30, both days included"),
        "{out}"
    );
    assert!(out.contains("currency  EUR"), "{out}");
    assert!(out.contains("revenue (EUR)"), "{out}");
    assert!(out.contains("150.30"), "{out}");
    assert!(
        out.contains(" churn rate                  100.0 %"),
        "{out}"
    );
    assert!(
        out.contains(" NPS                            33.3"),
        "{out}"
    );
}

#[test]
fn csv_carries_the_period_on_every_row() {
    let book = summary_book();
    let mut args = SUMMARY.to_vec();
    args.extend(["--format", "csv"]);
    let out = book.run(&args);
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    let get = |k: &str| row[header.iter().position(|h| *h == k).unwrap()];
    assert_eq!((get("since"), get("until")), ("2026-04-01", "2026-06-30"));
    assert_eq!(get("revenue"), "150.30");
    assert_eq!(get("stage.customer"), "3");
}

#[test]
fn the_period_is_checked() {
    let book = summary_book();
    let run = |args: &[&str]| {
        let a = book.rapport().args(args).assert().code(2);
        stderr_of(&a)
    };
    let err = run(&["report", "summary", "--until", "2027-01-01"]);
    assert!(err.contains("is after today"), "{err}");
    let err = run(&[
        "report",
        "summary",
        "--since",
        "2026-05-01",
        "--until",
        "2026-04-01",
    ]);
    assert!(err.contains("is after --until"), "{err}");
    let err = run(&["report", "summary", "--since", "soon"]);
    assert!(err.contains("--since: `soon` is not a date"), "{err}");
}

#[test]
fn where_selects_the_customers_a_report_covers() {
    let book = summary_book();
    let all = book.json(&["report", "summary", "--since", "2026-04-01"]);
    let only = |expr: &str| {
        book.json(&[
            "report",
            "summary",
            "--since",
            "2026-04-01",
            "--where",
            expr,
        ])
    };
    // Every customer is in exactly one of the two halves, so their counts
    // and revenues add up to the whole book's.
    let a = only("owner = anna");
    let b = only("not (owner = anna)");
    for key in ["customers", "orders", "created"] {
        assert_eq!(
            a["rows"][0][key].as_i64().unwrap() + b["rows"][0][key].as_i64().unwrap(),
            all["rows"][0][key].as_i64().unwrap(),
            "{key}"
        );
    }
    let cents = |v: &Value| (v.as_f64().unwrap() * 100.0).round() as i64;
    assert_eq!(
        cents(&a["rows"][0]["revenue"]) + cents(&b["rows"][0]["revenue"]),
        cents(&all["rows"][0]["revenue"])
    );
    let a = book
        .rapport()
        .args(["report", "summary", "--where", "reveune > 1"])
        .assert()
        .code(2);
    assert!(stderr_of(&a).contains("did you mean `revenue`?"));
}

#[test]
fn an_unknown_group_field_gets_a_suggestion() {
    let book = summary_book();
    let a = book
        .rapport()
        .args(["report", "summary", "--by", "sorce"])
        .assert()
        .code(2);
    let err = stderr_of(&a);
    assert!(err.contains("--by sorce: unknown field `sorce`"), "{err}");
    assert!(err.contains("did you mean `source`?"), "{err}");
}

#[test]
fn a_broken_file_is_skipped_with_a_warning() {
    let book = summary_book();
    book.write(
        "customers/broken.toml",
        "name = \"X\"\ncreated = 2026-13-01\n",
    );
    let mut args = SUMMARY.to_vec();
    args.extend(["--format", "json"]);
    let a = book.rapport().args(&args).assert().success();
    assert!(
        stderr_of(&a).contains("customers/broken.toml:2"),
        "{}",
        stderr_of(&a)
    );
    let out: Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(out["rows"][0]["customers"], 6);
}
