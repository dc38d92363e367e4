//! `rapport report cohorts` on a hand-built book; the expected matrix is
//! worked out by hand in the comments.

use serde_json::{Value, json};

use crate::support::TestBook;

fn purchases(book: &TestBook, id: &str, orders: &[(&str, &str)]) {
    let mut text = format!("name = \"{id}\"\nstage = \"customer\"\n");
    for (date, amount) in orders {
        text.push_str(&format!(
            "\n[[interactions]]\ndate = {date}\nkind = \"purchase\"\namount = {amount}\n"
        ));
    }
    book.write(&format!("customers/{id}.toml"), &text);
}

fn book() -> TestBook {
    let book = TestBook::new();
    purchases(
        &book,
        "q1",
        &[
            ("2026-01-10", "10.00"),
            ("2026-02-05", "10.00"),
            ("2026-04-01", "10.00"),
        ],
    );
    purchases(
        &book,
        "q2",
        &[
            ("2026-01-20", "10.00"),
            ("2026-01-25", "10.00"),
            ("2026-03-03", "10.00"),
        ],
    );
    // A refund before the first order does not make q3 a January customer.
    purchases(
        &book,
        "q3",
        &[
            ("2026-01-15", "-10.00"),
            ("2026-02-02", "10.00"),
            ("2026-02-28", "10.00"),
        ],
    );
    // First order before the period: in no cohort shown.
    purchases(
        &book,
        "q4",
        &[("2025-12-20", "10.00"), ("2026-01-05", "10.00")],
    );
    purchases(&book, "q5", &[]);
    book
}

fn cells(out: &Value) -> Vec<Value> {
    out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| json!([r["cohort"], r["size"], r["k"], r["customers"], r["share"]]))
        .collect()
}

#[test]
fn monthly_cohorts_match_the_hand_computation() {
    let book = book();
    let out = book.json(&[
        "--today",
        "2026-04-30",
        "report",
        "cohorts",
        "--since",
        "2026-01-01",
    ]);
    assert_eq!(out["cohort"], "month");
    // January: q1, q2 (size 2). k0 both; k1 (Feb) q1; k2 (Mar) q2; k3 (Apr)
    // q1. February: q3 alone, nothing after. March, April: empty.
    assert_eq!(
        cells(&out),
        [
            json!(["2026-01", 2, 0, 2, 1.0]),
            json!(["2026-01", 2, 1, 1, 0.5]),
            json!(["2026-01", 2, 2, 1, 0.5]),
            json!(["2026-01", 2, 3, 1, 0.5]),
            json!(["2026-02", 1, 0, 1, 1.0]),
            json!(["2026-02", 1, 1, 0, 0.0]),
            json!(["2026-02", 1, 2, 0, 0.0]),
            json!(["2026-03", 0, 0, 0, null]),
            json!(["2026-03", 0, 1, 0, null]),
            json!(["2026-04", 0, 0, 0, null]),
        ]
    );
}

#[test]
fn quarterly_cohorts_and_a_since_inside_a_period() {
    let book = book();
    // --since 2026-02-10 is widened to the start of its quarter, 2026-01-01.
    let out = book.json(&[
        "--today",
        "2026-04-30",
        "report",
        "cohorts",
        "--period",
        "quarter",
        "--since",
        "2026-02-10",
    ]);
    assert_eq!(out["since"], "2026-01-01");
    // Q1: q1, q2, q3; in Q2 only q1 ordered (04-01): 1 / 3.
    let rows = cells(&out);
    assert_eq!(rows[0], json!(["2026-Q1", 3, 0, 3, 1.0]));
    assert_eq!(rows[1][3], 1);
    assert!((rows[1][4].as_f64().unwrap() - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(rows[2], json!(["2026-Q2", 0, 0, 0, null]));
}

#[test]
fn the_table_shows_counts_and_shares_side_by_side_by_month() {
    let book = book();
    let out = book.run(&[
        "--today",
        "2026-04-30",
        "report",
        "cohorts",
        "--since",
        "2026-01-01",
        "--format",
        "table",
    ]);
    assert!(
        out.contains(" 2026-01      2   100.0 %   50.0 %   50.0 %   50.0 % "),
        "{out}"
    );
    assert!(out.contains(" 2026-01      2   2   1   1   1 "), "{out}");
}
