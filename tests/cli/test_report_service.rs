//! `rapport report service` on a hand-built book with sla = 1d; the expected
//! figures are worked out by hand in the comments.

use serde_json::json;

use crate::support::TestBook;

#[test]
fn cases_times_and_the_sla_match_the_hand_computation() {
    let book = TestBook::with_settings("sla = \"1d\"\n");
    let case = |opened: &str, resolved: Option<&str>| {
        let mut t = format!("\n[[interactions]]\ndate = {opened}\nkind = \"support\"\n");
        if let Some(r) = resolved {
            t.push_str(&format!("resolved = {r}\n"));
        }
        t
    };
    // s1: 6 hours (within), 48 hours (late).
    book.write(
        "customers/s1.toml",
        &format!(
            "name = \"S1\"\n{}{}",
            case("2026-03-02T09:00:00", Some("2026-03-02T15:00:00")),
            case("2026-03-10T10:00:00", Some("2026-03-12T10:00:00"))
        ),
    );
    // s2: opened in February, resolved in March after 48 hours; opened on
    // 03-30 18:00 and still open, its deadline (03-31 18:00) passed.
    book.write(
        "customers/s2.toml",
        &format!(
            "name = \"S2\"\n{}{}",
            case("2026-02-27T12:00:00", Some("2026-03-01T12:00:00")),
            case("2026-03-30T18:00:00", None)
        ),
    );
    // s3: opened 03-31 08:00, resolved only after the period (its deadline,
    // 04-01 08:00, is after it too: undecided); a plain-date case resolved
    // exactly on its deadline (24 hours: within).
    book.write(
        "customers/s3.toml",
        &format!(
            "name = \"S3\"\n{}{}",
            case("2026-03-31T08:00:00", Some("2026-04-01T07:00:00")),
            case("2026-03-20", Some("2026-03-21"))
        ),
    );
    let out = book.json(&[
        "--today",
        "2026-04-02",
        "report",
        "service",
        "--since",
        "2026-03-01",
        "--until",
        "2026-03-31",
    ]);
    let all = &out["rows"][0];
    assert_eq!(all["period"], "all");
    // Opened in March: s1 ×2, s2's second, s3 ×2 = 5. Resolved in March:
    // 6 h, 48 h, s2's February case 48 h, 24 h → median (24 + 48) / 2 = 36.
    // Decided: s1 ×2, s2's open case (late), s3's plain case = 4, of them
    // within the SLA: 6 h and 24 h → 2 / 4. Open at the end: s2's and s3's
    // 03-31 case; past the SLA: s2's only.
    assert_eq!(
        json!([
            all["opened"],
            all["resolved"],
            all["median_hours"],
            all["decided"],
            all["within_sla"],
            all["within_sla_share"],
            all["open_at_end"],
            all["overdue_at_end"]
        ]),
        json!([5, 4, 36.0, 4, 2, 0.5, 2, 1])
    );
    assert_eq!(out["rows"][1]["period"], "2026-03");
    assert_eq!(out["rows"][1]["opened"], 5);
    let table = book.run(&[
        "--today",
        "2026-04-02",
        "report",
        "service",
        "--since",
        "2026-03-01",
        "--until",
        "2026-03-31",
        "--format",
        "table",
    ]);
    assert!(table.contains("within SLA (1d)"), "{table}");
    assert!(table.contains("2 of 4 (50.0 %)"), "{table}");
}
