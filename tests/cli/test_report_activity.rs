//! `rapport report activity` on a hand-built book; the expected counts are
//! worked out by hand in the comments.

use serde_json::{Value, json};

use crate::support::TestBook;

#[test]
fn interactions_by_owner_and_kind_match_the_hand_count() {
    let book = TestBook::new();
    book.write(
        "customers/a1.toml",
        r#"name = "A1"
owner = "anna"

[[interactions]]
date = 2026-02-28
kind = "call"

[[interactions]]
date = 2026-03-02
kind = "call"

[[interactions]]
date = 2026-03-05T10:00:00
kind = "call"

[[interactions]]
date = 2026-03-10
kind = "email"
owner = "bert"

[[interactions]]
date = 2026-03-11
kind = "stage"
from = "lead"
to = "prospect"
"#,
    );
    book.write(
        "customers/a2.toml",
        r#"name = "A2"
owner = "bert"

[[interactions]]
date = 2026-03-15
kind = "call"

[[interactions]]
date = 2026-03-31
kind = "meeting"
"#,
    );
    book.write(
        "customers/a3.toml",
        "name = \"A3\"\n\n[[interactions]]\ndate = 2026-03-20\nkind = \"note\"\n",
    );
    let out = book.json(&[
        "--today",
        "2026-04-30",
        "report",
        "activity",
        "--since",
        "2026-03-01",
        "--until",
        "2026-03-31",
    ]);
    let rows: Vec<Value> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| json!([r["owner"], r["kind"], r["interactions"], r["customers"]]))
        .collect();
    // anna: a1's two March calls (the February one is outside, the stage
    // move is bookkeeping). bert: a1's email (its own owner), a2's call and
    // meeting. a3 has no owner.
    assert_eq!(
        rows,
        [
            json!(["(none)", "note", 1, 1]),
            json!(["anna", "call", 2, 1]),
            json!(["bert", "call", 1, 1]),
            json!(["bert", "email", 1, 1]),
            json!(["bert", "meeting", 1, 1]),
        ]
    );
    let table = book.run(&[
        "--today",
        "2026-04-30",
        "report",
        "activity",
        "--since",
        "2026-03-01",
        "--until",
        "2026-03-31",
        "--format",
        "table",
    ]);
    // bert touched two customers (a1 by e-mail, a2) with 3 interactions.
    assert!(
        table.contains(" bert        1       1         1      0       3           2 "),
        "{table}"
    );
    assert!(
        table.contains(" total       3       1         1      1       6 "),
        "{table}"
    );
}
