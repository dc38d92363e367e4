//! `rapport report profile` on a hand-built book; the expected figures are
//! worked out by hand in the comments.

use serde_json::{Value, json};

use crate::support::{TestBook, rapport_in, stderr_of};
use crate::test_demo_book::demo_book;
use crate::test_report_html::assert_self_contained;

const SETTINGS: &str = r#"name = "Test"
currency = "EUR"
stages = ["lead", "prospect", "customer", "churned"]
churn_after = "90d"

[fields.industry]
type = "enum"
values = ["food", "retail"]

[fields.employees]
type = "int"

[segments]
big = "revenue >= 1000"
food = "fields.industry = food"
"#;

/// Today is 2026-06-30 and the period 2026-01-01 to 2026-06-30.
fn book() -> TestBook {
    let book = TestBook::with_settings(SETTINGS);
    // a: customer; revenue 1500 in all (big), 1200 of it in the period in
    // 2 orders; latest survey 05-01: NPS 10, CSAT 4; last contact 06-20
    // (10 days).
    book.write(
        "customers/a.toml",
        r#"name = "A"
stage = "customer"
source = "fair"
created = 2025-06-01

[address]
country = "LV"

[fields]
industry = "food"
employees = 12

[[interactions]]
date = 2025-12-01
kind = "purchase"
amount = 300.00

[[interactions]]
date = 2026-02-01
kind = "purchase"
amount = 500.00

[[interactions]]
date = 2026-03-01
kind = "purchase"
amount = 700.00

[[interactions]]
date = 2026-04-01
kind = "survey"
nps = 9
csat = 5

[[interactions]]
date = 2026-05-01
kind = "survey"
nps = 10
csat = 4

[[interactions]]
date = 2026-06-20
kind = "call"
"#,
    );
    // b: customer; 1000 bought and 100 refunded in the period (revenue
    // 900, one order; not big); survey 03-01: NPS 6, CSAT 2, its last
    // contact (121 days).
    book.write(
        "customers/b.toml",
        r#"name = "B"
stage = "customer"
source = "web"
created = 2025-01-01

[address]
country = "LV"

[fields]
industry = "retail"

[[interactions]]
date = 2026-01-10
kind = "purchase"
amount = 1000.00

[[interactions]]
date = 2026-01-20
kind = "purchase"
amount = -100.00

[[interactions]]
date = 2026-03-01
kind = "survey"
nps = 6
csat = 2
"#,
    );
    // c: a lead from the fair, e-mailed the day before (1 day).
    book.write(
        "customers/c.toml",
        r#"name = "C"
stage = "lead"
source = "fair"
created = 2026-02-01

[address]
country = "EE"

[fields]
industry = "food"

[[interactions]]
date = 2026-06-29
kind = "email"
"#,
    );
    // d: bought 2000 in 2025 (big), churned on 2026-01-15; no country, no
    // industry; last contact 2025-05-01 (425 days: the move is no contact).
    book.write(
        "customers/d.toml",
        r#"name = "D"
stage = "churned"
source = "web"
created = 2025-03-01

[[interactions]]
date = 2025-05-01
kind = "purchase"
amount = 2000.00

[[interactions]]
date = 2026-01-15
kind = "stage"
from = "customer"
to = "churned"
"#,
    );
    // e: created after the period: in no profile.
    book.write(
        "customers/e.toml",
        "name = \"E\"\nstage = \"lead\"\nsource = \"fair\"\ncreated = 2026-07-15\n",
    );
    book
}

const PERIOD: &[&str] = &["--since", "2026-01-01", "--until", "2026-06-30"];

fn profile(book: &TestBook, args: &[&str]) -> Value {
    let mut all = vec!["--today", "2026-06-30", "report", "profile"];
    all.extend(args);
    all.extend(PERIOD);
    book.json(&all)
}

/// Returns the rows by segment.
fn by_segment(out: &Value) -> Vec<(String, Value)> {
    out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["segment"].as_str().unwrap().to_string(), r.clone()))
        .collect()
}

fn close(a: &Value, b: f64) -> bool {
    a.as_f64().is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn saved_segments_side_by_side_match_the_hand_computation() {
    let out = profile(&book(), &["big", "food"]);
    assert_eq!(out["report"], "profile");
    assert_eq!(out["segments"], "big, food");
    let rows = by_segment(&out);
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["(all)", "big", "food"]);
    let (all, big, food) = (&rows[0].1, &rows[1].1, &rows[2].1);

    // The book: a, b, c, d (e is created after the period).
    assert_eq!(all["customers"], 4);
    assert_eq!(all["share_of_book"], 1.0);
    // Stages at the end: c lead, a and b customer, d churned.
    assert_eq!(all["stage"]["lead"], 0.25);
    assert_eq!(all["stage"]["prospect"], 0.0);
    assert_eq!(all["stage"]["customer"], 0.5);
    assert_eq!(all["stage"]["churned"], 0.25);
    // Revenue 1200 + 900 = 2100 in 3 orders (the refund is none): AOV
    // 700, 0.75 orders per customer; median of 0, 0, 900, 1200 = 450.
    assert_eq!(all["revenue"].to_string(), "2100.00");
    assert_eq!(all["revenue_share"], 1.0);
    assert_eq!(all["median_revenue"].to_string(), "450.00");
    assert_eq!(all["orders"], 3);
    assert_eq!(all["aov"].to_string(), "700.00");
    assert_eq!(all["orders_per_customer"], 0.75);
    // Days since last contact 1, 10, 121, 425: median 65.5.
    assert_eq!(all["median_days_since_contact"], 65.5);
    // a's latest 10 (promoter), b's 6 (detractor): NPS 0; CSAT (4 + 2) / 2.
    assert_eq!(all["nps"], 0.0);
    assert_eq!(all["nps_responses"], 2);
    assert_eq!(all["csat"], 3.0);
    assert_eq!(all["csat_responses"], 2);
    // source: fair (a, c) and web (b, d) tie, by name; country LV 2, EE 1;
    // industry food 2, retail 1; an int field has no top values.
    assert_eq!(
        json!([
            all["top"]["source"]["1"]["value"],
            all["top"]["source"]["1"]["share"],
            all["top"]["source"]["2"]["value"],
            all["top"]["source"]["2"]["share"],
            all["top"]["source"]["3"]["value"]
        ]),
        json!(["fair", 0.5, "web", 0.5, null])
    );
    assert_eq!(all["top"]["address"]["country"]["1"]["value"], "LV");
    assert_eq!(all["top"]["address"]["country"]["2"]["value"], "EE");
    assert_eq!(all["top"]["address"]["country"]["2"]["share"], 0.25);
    assert_eq!(all["top"]["fields"]["industry"]["1"]["value"], "food");
    assert_eq!(all["top"]["fields"]["industry"]["2"]["value"], "retail");
    assert!(all["top"]["fields"].get("employees").is_none());

    // big (revenue ≥ 1000 to date): a (1500) and d (2000).
    assert_eq!(big["customers"], 2);
    assert_eq!(big["share_of_book"], 0.5);
    assert_eq!(big["stage"]["customer"], 0.5);
    assert_eq!(big["stage"]["churned"], 0.5);
    assert_eq!(big["revenue"].to_string(), "1200.00");
    assert!(close(&big["revenue_share"], 1200.0 / 2100.0));
    assert_eq!(big["median_revenue"].to_string(), "600.00");
    assert_eq!(big["aov"].to_string(), "600.00");
    assert_eq!(big["orders_per_customer"], 1.0);
    // 10 and 425 days.
    assert_eq!(big["median_days_since_contact"], 217.5);
    assert_eq!(big["nps"], 100.0);
    assert_eq!(big["csat"], 4.0);
    assert_eq!(big["top"]["address"]["country"]["1"]["value"], "LV");
    assert_eq!(big["top"]["address"]["country"]["1"]["share"], 0.5);
    assert_eq!(big["top"]["address"]["country"]["2"]["value"], Value::Null);

    // food: a and c.
    assert_eq!(food["customers"], 2);
    assert_eq!(food["stage"]["lead"], 0.5);
    assert_eq!(food["median_days_since_contact"], 5.5);
    // EE and LV tie: by name.
    assert_eq!(food["top"]["address"]["country"]["1"]["value"], "EE");
    assert_eq!(food["top"]["fields"]["industry"]["1"]["share"], 1.0);
}

#[test]
fn a_book_too_small_to_fit_the_clv_models_says_so_and_leaves_the_column_empty() {
    let book = book();
    let out = profile(&book, &["big"]);
    for (_, row) in by_segment(&out) {
        assert_eq!(row["clv"], Value::Null);
        assert_eq!(row["clv_customers"], 0);
    }
    let table = book.run(&[
        "--today",
        "2026-06-30",
        "report",
        "profile",
        "big",
        "--since",
        "2026-01-01",
        "--format",
        "table",
    ]);
    assert!(
        table.contains("No predicted CLV: the models cannot be fitted on this book"),
        "{table}"
    );
}

#[test]
fn the_mean_predicted_clv_is_the_mean_of_the_clv_field() {
    // On the demo book, as of today, the profile's CLV of a segment is the
    // mean of `clv` over its members with a purchase.
    let run = |args: &[&str]| -> Value {
        let out = rapport_in(&demo_book())
            .args(args)
            .args(["--today", "2026-11-23", "--format", "json"])
            .assert()
            .success();
        serde_json::from_slice(&out.get_output().stdout).unwrap()
    };
    let profile = run(&["report", "profile", "vip"]);
    let vip = &by_segment(&profile)[1].1;
    let listed = run(&["query", "segment = vip", "--columns", "id,clv"]);
    let values: Vec<f64> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["clv"].as_f64())
        .collect();
    assert!(!values.is_empty());
    assert_eq!(vip["clv_customers"], values.len());
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    assert!(close(&vip["clv"], mean), "{} vs {mean}", vip["clv"]);
}

#[test]
fn by_a_field_makes_a_segment_of_each_value_and_where_narrows_the_book() {
    let book = book();
    let out = profile(&book, &["--by", "fields.industry"]);
    assert_eq!(out["by"], "fields.industry");
    let counts: Vec<(String, Value)> = by_segment(&out)
        .into_iter()
        .map(|(n, r)| (n, r["customers"].clone()))
        .collect();
    assert_eq!(
        counts,
        [
            ("(all)".to_string(), json!(4)),
            ("food".to_string(), json!(2)),
            ("retail".to_string(), json!(1)),
            ("(none)".to_string(), json!(1)),
        ]
    );
    // --where keeps a and b (LV): the book is two customers, big holds a.
    let out = profile(&book, &["big", "--where", "address.country = LV"]);
    let rows = by_segment(&out);
    assert_eq!(rows[0].1["customers"], 2);
    assert_eq!(rows[1].1["customers"], 1);
    assert_eq!(rows[1].1["share_of_book"], 0.5);
    assert!(close(&rows[1].1["revenue_share"], 1200.0 / 2100.0));
}

#[test]
fn rfm_segments_follow_the_segment_map_and_count_as_segment_rfm_does() {
    let run = |args: &[&str]| -> Value {
        let out = rapport_in(&demo_book())
            .args(args)
            .args(["--today", "2026-11-23", "--format", "json"])
            .assert()
            .success();
        serde_json::from_slice(&out.get_output().stdout).unwrap()
    };
    let profile = run(&["report", "profile", "--rfm"]);
    let rows = by_segment(&profile);
    let summary = run(&["segment", "rfm", "--summary"]);
    let expected: Vec<(String, i64)> = summary["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["customers"].as_i64().unwrap() > 0)
        .map(|r| {
            (
                r["segment"].as_str().unwrap().to_string(),
                r["customers"].as_i64().unwrap(),
            )
        })
        .collect();
    let got: Vec<(String, i64)> = rows
        .iter()
        .filter(|(n, _)| n != "(all)" && n != "(none)")
        .map(|(n, r)| (n.clone(), r["customers"].as_i64().unwrap()))
        .collect();
    assert_eq!(got, expected);
    assert_eq!(rows.first().unwrap().0, "(all)");
    assert_eq!(
        rows.last().unwrap().0,
        "(none)",
        "the customers never scored"
    );
}

#[test]
fn every_format_prints_the_same_figures() {
    let book = book();
    let run = |format: &str| {
        book.run(&[
            "--today",
            "2026-06-30",
            "report",
            "profile",
            "big",
            "food",
            "--since",
            "2026-01-01",
            "--format",
            format,
        ])
    };
    let csv = run("csv");
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("segment,since,until,customers,stage.lead,"));
    assert!(header.ends_with(",clv,clv_customers"));
    assert_eq!(lines.clone().count(), 3);
    assert!(
        lines.next().unwrap().starts_with("(all),2026-01-01,2026-06-30,4,0.25,0,0.5,0.25,1,2100.00,1,450.00,3,700.00,0.75,65.5,0,2,3,2,,0,fair,0.5,web,0.5,,,"),
        "{csv}"
    );
    let tsv = run("tsv");
    assert!(
        tsv.lines()
            .nth(2)
            .unwrap()
            .starts_with("big\t2026-01-01\t2026-06-30\t2\t")
    );
    let ndjson = run("ndjson");
    assert_eq!(ndjson.lines().count(), 3);
    let food: Value = serde_json::from_str(ndjson.lines().nth(2).unwrap()).unwrap();
    assert_eq!(food["segment"], "food");
    assert_eq!(food["customers"], 2);

    // People read the segments side by side: a line per figure.
    let table = run("table");
    let line = |text: &str, starts: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(starts))
            .unwrap_or_else(|| panic!("no `{starts}` in {text}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(table.contains("Profiles — Test"), "{table}");
    assert_eq!(line(&table, "figure"), "figure (all) big food");
    assert_eq!(line(&table, "customers "), "customers 4 2 2");
    assert_eq!(
        line(&table, "share of the book"),
        "share of the book 100.0 % 50.0 % 50.0 %"
    );
    assert_eq!(
        line(&table, "median revenue (EUR)"),
        "median revenue (EUR) 450.00 600.00 600.00"
    );
    assert_eq!(
        line(&table, "top source"),
        "top source fair 50 % fair 50 % fair 100 %"
    );
    let markdown = run("markdown");
    assert!(
        markdown.contains("| customers | **4** | **2** | **2** |"),
        "{markdown}"
    );
    let html = run("html");
    assert_self_contained(&html);
    assert!(html.contains("<table"));
    assert!(html.contains("share of the book"));
    assert!(html.contains("Share of revenue by segment"), "{html}");
}

#[test]
fn without_segments_by_or_rfm_it_names_the_segments_there_are() {
    let book = book();
    let out = book.rapport().args(["report", "profile"]).assert().code(2);
    let err = stderr_of(&out);
    assert!(
        err.contains("name saved segments, or give --by FIELD or --rfm"),
        "{err}"
    );
    assert!(err.contains("the segments are big, food"), "{err}");
    let out = book
        .rapport()
        .args(["report", "profile", "huge"])
        .assert()
        .failure();
    assert!(stderr_of(&out).contains("huge"));
}
