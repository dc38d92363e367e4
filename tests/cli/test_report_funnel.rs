//! `rapport report funnel` on a hand-built book; the expected figures are
//! worked out by hand in the comments.

use serde_json::{Value, json};

use crate::support::TestBook;

fn customer(book: &TestBook, id: &str, created: &str, stage: &str, moves: &[(&str, &str, &str)]) {
    let mut text = format!("name = \"{id}\"\nstage = \"{stage}\"\ncreated = {created}\n");
    for (date, from, to) in moves {
        text.push_str(&format!(
            "\n[[interactions]]\ndate = {date}\nkind = \"stage\"\nfrom = \"{from}\"\nto = \"{to}\"\n"
        ));
    }
    book.write(&format!("customers/{id}.toml"), &text);
}

fn book() -> TestBook {
    let book = TestBook::new();
    // p1: lead (created 01-05) → prospect 01-15 → customer 02-14.
    customer(
        &book,
        "p1",
        "2026-01-05",
        "customer",
        &[
            ("2026-01-15", "lead", "prospect"),
            ("2026-02-14", "prospect", "customer"),
        ],
    );
    // p2: created a lead on 02-01, still one.
    customer(&book, "p2", "2026-02-01", "lead", &[]);
    // p3: created in 2025 (its lead stay is not in the period) → prospect
    // 03-01 → customer 03-11 → churned 06-09.
    customer(
        &book,
        "p3",
        "2025-12-01",
        "churned",
        &[
            ("2026-03-01", "lead", "prospect"),
            ("2026-03-11", "prospect", "customer"),
            ("2026-06-09", "customer", "churned"),
        ],
    );
    // p4: lead (03-01) straight to customer (03-21), skipping prospect.
    customer(
        &book,
        "p4",
        "2026-03-01",
        "customer",
        &[("2026-03-21", "lead", "customer")],
    );
    book
}

fn rows(out: &Value) -> Vec<Value> {
    out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            json!([
                r["stage"],
                r["entered"],
                r["next"],
                r["converted"],
                r["median_days"]
            ])
        })
        .collect()
}

#[test]
fn entries_conversions_and_stays_match_the_hand_computation() {
    let book = book();
    let out = book.json(&[
        "--today",
        "2026-06-30",
        "report",
        "funnel",
        "--since",
        "2026-01-01",
    ]);
    // lead: p1, p2, p4 entered in the period (p3 in 2025); p1 went on to
    // prospect, and so did p4, passing through it on its way to customer:
    // 2 of 3. Stays that ended: p1 10 days (01-05 → 01-15), p4 20 days
    // (03-01 → 03-21): median 15.
    // prospect: p1 (01-15), p3 (03-01), p4 (passed through on 03-21); all
    // three reached customer. Stays: p1 30 (01-15 → 02-14), p3 10; p4's
    // pass-through is no stay: median 20.
    // customer: p1 (02-14), p3 (03-11), p4 (03-21); p3 churned: 1 of 3.
    // Stays that ended: p3 03-11 → 06-09 = 20 + 30 + 31 + 9 = 90.
    // churned: p3; the last stage has no next.
    assert_eq!(
        rows(&out),
        [
            json!(["lead", 3, "prospect", 2, 15.0]),
            json!(["prospect", 3, "customer", 3, 20.0]),
            json!(["customer", 3, "churned", 1, 90.0]),
            json!(["churned", 1, null, null, null]),
        ]
    );
    let conversion: Vec<Value> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["conversion"].clone())
        .collect();
    assert_eq!(conversion[1], 1.0);
    assert!((conversion[0].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(conversion[3], Value::Null);
}

#[test]
fn a_move_after_the_period_does_not_count() {
    let book = book();
    // Until 2026-03-05: p3's move to customer (03-11) has not happened, so
    // of the prospect entrants (p1, p3) only p1 converted.
    let out = book.json(&[
        "--today",
        "2026-06-30",
        "report",
        "funnel",
        "--since",
        "2026-01-01",
        "--until",
        "2026-03-05",
    ]);
    assert_eq!(rows(&out)[1], json!(["prospect", 2, "customer", 1, 30.0]));
}

#[test]
fn regression_the_funnel_did_not_count_leads_who_went_straight_to_customer() {
    let book = TestBook::new();
    // Four leads: one moves to prospect, two go straight to customer (they
    // moved on too), one churns without buying (it did not).
    customer(
        &book,
        "a",
        "2026-01-05",
        "prospect",
        &[("2026-01-10", "lead", "prospect")],
    );
    customer(
        &book,
        "b",
        "2026-01-05",
        "customer",
        &[("2026-01-20", "lead", "customer")],
    );
    customer(
        &book,
        "c",
        "2026-01-05",
        "customer",
        &[("2026-02-01", "lead", "customer")],
    );
    customer(
        &book,
        "d",
        "2026-01-05",
        "churned",
        &[("2026-02-01", "lead", "churned")],
    );
    let out = book.json(&[
        "--today",
        "2026-06-30",
        "report",
        "funnel",
        "--since",
        "2026-01-01",
    ]);
    let lead = &rows(&out)[0];
    assert_eq!(lead, &json!(["lead", 4, "prospect", 3, 21.0]), "{out}");
}

#[test]
fn regression_a_churned_lead_who_never_bought_counted_as_converted() {
    let book = TestBook::new();
    customer(
        &book,
        "d",
        "2026-01-05",
        "churned",
        &[("2026-02-01", "lead", "churned")],
    );
    // A file that says churned and nothing else: never bought either.
    customer(&book, "e", "2026-01-06", "churned", &[]);
    // A real customer, for contrast.
    customer(
        &book,
        "f",
        "2026-01-07",
        "customer",
        &[("2026-01-20", "lead", "customer")],
    );
    let out = book.json(&[
        "--today",
        "2026-06-30",
        "report",
        "summary",
        "--since",
        "2026-01-01",
    ]);
    let text = out.to_string();
    assert!(text.contains("\"created\":3"), "{text}");
    assert!(text.contains("\"new_customers\":1"), "{text}");
    assert!(text.contains("\"converted\":1"), "{text}");
}
