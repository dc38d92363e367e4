//! `rapport report nps` on a hand-built book; the expected scores are worked
//! out by hand in the comments.

use serde_json::{Value, json};

use crate::support::TestBook;

#[test]
fn the_score_of_the_period_and_of_each_month_match_the_hand_computation() {
    let book = TestBook::new();
    let survey = |date: &str, score: u8| {
        format!("\n[[interactions]]\ndate = {date}\nkind = \"survey\"\nnps = {score}\n")
    };
    book.write(
        "customers/n1.toml",
        &format!(
            "name = \"N1\"\n{}{}",
            survey("2026-01-05", 10),
            survey("2026-02-10", 3)
        ),
    );
    // Two answers on one day: the later one (10:00) counts.
    book.write(
        "customers/n2.toml",
        &format!(
            "name = \"N2\"\n{}{}",
            survey("2026-01-20T10:00:00", 6),
            survey("2026-01-20T09:00:00", 9)
        ),
    );
    book.write(
        "customers/n3.toml",
        &format!("name = \"N3\"\n{}", survey("2026-03-15", 7)),
    );
    book.write(
        "customers/n4.toml",
        &format!("name = \"N4\"\n{}", survey("2025-12-31", 10)),
    );
    let out = book.json(&[
        "--today",
        "2026-03-31",
        "report",
        "nps",
        "--since",
        "2026-01-01",
    ]);
    let rows: Vec<Value> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            json!([
                r["period"],
                r["responses"],
                r["promoters"],
                r["passives"],
                r["detractors"],
                r["nps"]
            ])
        })
        .collect();
    // Whole period, latest per customer: n1 3 (D), n2 6 (D), n3 7 (P): 0 −
    // 2/3 → −66.67. January: n1 10 (promoter), n2 6 (detractor) → 0.
    // February: n1 3 → −100. March: n3 7 → 0. n4 answered before the period.
    assert_eq!(rows[0][0], "all");
    assert_eq!(
        &rows[0].as_array().unwrap()[1..5],
        &[json!(3), json!(0), json!(1), json!(2)]
    );
    assert!((rows[0][5].as_f64().unwrap() + 200.0 / 3.0).abs() < 1e-9);
    assert_eq!(
        &rows[1..],
        [
            json!(["2026-01", 2, 1, 0, 1, 0.0]),
            json!(["2026-02", 1, 0, 0, 1, -100.0]),
            json!(["2026-03", 1, 0, 1, 0, 0.0]),
        ]
    );
}

#[test]
fn csat_and_ces_count_every_answer_of_the_span_beside_nps() {
    let book = TestBook::new();
    let survey = |date: &str, scores: &str| {
        format!("\n[[interactions]]\ndate = {date}\nkind = \"survey\"\n{scores}\n")
    };
    book.write(
        "customers/s1.toml",
        &format!(
            "name = \"S1\"\n{}{}",
            survey("2026-01-05", "csat = 5\nces = 7"),
            survey("2026-02-10", "csat = 2\nces = 3")
        ),
    );
    book.write(
        "customers/s2.toml",
        &format!(
            "name = \"S2\"\n{}{}",
            survey("2026-01-20", "nps = 9\ncsat = 4"),
            survey("2025-12-20", "csat = 1\nces = 1")
        ),
    );
    let out = book.json(&[
        "--today",
        "2026-02-28",
        "report",
        "nps",
        "--since",
        "2026-01-01",
    ]);
    let rows: Vec<Value> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            json!([
                r["period"],
                r["csat_responses"],
                r["csat"],
                r["ces_responses"],
                r["ces"]
            ])
        })
        .collect();
    // Whole period: csat 5, 2, 4 (December's 1 is before it): 2 of 3 are 4
    // or 5; ces 7 and 3: mean 5. January: csat 5, 4 → 1; ces 7. February:
    // csat 2 → 0; ces 3.
    assert_eq!(rows[0][0], "all");
    assert_eq!(rows[0][1], 3);
    assert!((rows[0][2].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(&rows[0].as_array().unwrap()[3..], [json!(2), json!(5.0)]);
    assert_eq!(
        &rows[1..],
        [
            json!(["2026-01", 2, 1.0, 1, 7.0]),
            json!(["2026-02", 1, 0.0, 1, 3.0]),
        ]
    );
    let service = book.json(&[
        "--today",
        "2026-02-28",
        "report",
        "service",
        "--since",
        "2026-01-01",
    ]);
    let all = &service["rows"][0];
    assert_eq!(
        (all["nps"].clone(), all["ces"].clone()),
        (json!(100.0), json!(5.0))
    );
    let table = book.run(&[
        "--today",
        "2026-02-28",
        "report",
        "nps",
        "--since",
        "2026-01-01",
        "--format",
        "table",
    ]);
    assert!(table.contains("66.7 % of 3"), "{table}");
    assert!(table.contains("5 of 2"), "{table}");
}
