//! `rapport segment rfm`: on the real CDNOW purchase history (23,570
//! customers, tests/data/cdnow/CDNOW_master.txt) imported as a book, checked
//! against scores computed here by a different method — pandas'
//! `qcut(key.rank(method="first"), 5)` redone with numpy's linear quantile
//! bin edges — and the DESIGN.md segment table typed in again; and on a
//! hand-worked small book for --summary and --compare.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::support::{TestBook, stderr_of};

/// DESIGN.md section 7's table, typed in again from the document.
const TABLE: &[(&str, &str)] = &[
    ("Champions", "555 554 544 545 454 455 445"),
    ("Loyal Customers", "543 444 435 355 354 345 344 335"),
    (
        "Potential Loyalist",
        "553 551 552 541 542 533 532 531 452 451 442 441 431 453 433 432 423 353 352 351 342 341 333 323",
    ),
    ("New Customers", "512 511 422 421 412 411 311"),
    (
        "Promising",
        "525 524 523 522 521 515 514 513 425 424 413 414 415 315 314 313",
    ),
    ("Need Attention", "535 534 443 434 343 334 325 324"),
    ("About To Sleep", "331 321 312 221 213 231 241 251"),
    (
        "At Risk",
        "255 254 245 244 253 252 243 242 235 234 225 224 153 152 145 143 142 135 134 133 125 124",
    ),
    ("Can't Lose Them", "155 154 144 214 215 115 114 113"),
    ("Hibernating", "332 322 233 232 223 222 132 123 122 212 211"),
    ("Lost", "111 112 121 131 141 151"),
];

fn segment_of(code: &str) -> &'static str {
    TABLE
        .iter()
        .find(|(_, codes)| codes.split(' ').any(|c| c == code))
        .map(|(name, _)| *name)
        .unwrap_or_else(|| panic!("code {code} is in no segment"))
}

/// One CDNOW customer's purchases: (day, cents).
type History = Vec<(NaiveDate, i64)>;

/// Reads CDNOW_master.txt: `id yyyymmdd cds dollars` per line, after a header.
fn cdnow_master() -> BTreeMap<String, History> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/cdnow/CDNOW_master.txt"
    );
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut customers: BTreeMap<String, History> = BTreeMap::new();
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let day = NaiveDate::parse_from_str(cols[1], "%Y%m%d").unwrap();
        let (units, cents) = cols[3].split_once('.').unwrap_or((cols[3], "0"));
        let cents =
            units.parse::<i64>().unwrap() * 100 + format!("{cents:0<2}").parse::<i64>().unwrap();
        customers
            .entry(format!("c{}", cols[0]))
            .or_default()
            .push((day, cents));
    }
    customers
}

/// Writes one customer file per CDNOW customer, one purchase per row (as
/// examples/cdnow_book.py does).
fn cdnow_book(customers: &BTreeMap<String, History>) -> TestBook {
    let book = TestBook::with_settings("name = \"CDNOW\"\ncurrency = \"USD\"\n");
    for (id, purchases) in customers {
        let mut text = format!("name = \"CDNOW customer {id}\"\nstage = \"customer\"\n");
        for (day, cents) in purchases {
            let _ = write!(
                text,
                "\n[[interactions]]\ndate = {day}\nkind = \"purchase\"\namount = {}.{:02}\n",
                cents / 100,
                cents % 100
            );
        }
        book.write(&format!("customers/{id}.toml"), &text);
    }
    book
}

/// pandas `rank(method="first")`: 1-based positions of a stable sort by key
/// (the frame is sorted by id, so ties go by id).
fn rank_first(keys: &[i64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_key(|&i| keys[i]);
    let mut ranks = vec![0.0; keys.len()];
    for (position, &i) in order.iter().enumerate() {
        ranks[i] = (position + 1) as f64;
    }
    ranks
}

/// numpy `quantile(a, q)` (linear): a[j] + (a[j+1] − a[j])·g at the virtual
/// index (n − 1)·q = j + g.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let at = (sorted.len() - 1) as f64 * q;
    let j = at.floor() as usize;
    let g = at - j as f64;
    if j + 1 >= sorted.len() {
        sorted[sorted.len() - 1]
    } else {
        sorted[j] + (sorted[j + 1] - sorted[j]) * g
    }
}

/// pandas `qcut(values, 5, labels=False) + 1`: the bin (edges[i−1], edges[i]]
/// holding each value, the lowest edge included in the first bin.
fn qcut5(values: &[f64]) -> Vec<u8> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let edges: Vec<f64> = (0..=5)
        .map(|k| quantile(&sorted, f64::from(k) / 5.0))
        .collect();
    values
        .iter()
        .map(|v| (1..=5).find(|&b| *v <= edges[b]).unwrap() as u8)
        .collect()
}

fn csv_rows(text: &str) -> Vec<HashMap<String, String>> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    lines
        .map(|l| {
            // The only quoted field is a segment name without commas.
            header
                .iter()
                .zip(l.split(','))
                .map(|(h, v)| (h.to_string(), v.trim_matches('"').to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn cdnow_master_scores_match_an_independent_qcut_on_ranks() {
    let customers = cdnow_master();
    assert_eq!(customers.len(), 23_570);
    let book = cdnow_book(&customers);
    let today = NaiveDate::from_ymd_opt(1998, 6, 30).unwrap();
    let out = book.run(&["--today", "1998-06-30", "segment", "rfm", "--format", "csv"]);
    let got = csv_rows(&out);
    assert_eq!(got.len(), 23_570);

    // The frame, sorted by id (BTreeMap order = the book's id order).
    let ids: Vec<&String> = customers.keys().collect();
    let recency: Vec<i64> = customers
        .values()
        .map(|p| (today - p.iter().map(|(d, _)| *d).max().unwrap()).num_days())
        .collect();
    let frequency: Vec<i64> = customers.values().map(|p| p.len() as i64).collect();
    let monetary: Vec<i64> = customers
        .values()
        .map(|p| p.iter().map(|(_, c)| c).sum())
        .collect();
    let neg_recency: Vec<i64> = recency.iter().map(|r| -r).collect();
    let r = qcut5(&rank_first(&neg_recency));
    let f = qcut5(&rank_first(&frequency));
    let m = qcut5(&rank_first(&monetary));

    let mut segments: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, row) in got.iter().enumerate() {
        assert_eq!(&row["id"], ids[i], "rows are sorted by id");
        let code = format!("{}{}{}", r[i], f[i], m[i]);
        let expected = [
            recency[i].to_string(),
            frequency[i].to_string(),
            format!("{}.{:02}", monetary[i] / 100, monetary[i] % 100),
            r[i].to_string(),
            f[i].to_string(),
            m[i].to_string(),
            code.clone(),
            segment_of(&code).to_string(),
        ];
        let actual = [
            "recency_days",
            "frequency",
            "monetary",
            "r",
            "f",
            "m",
            "code",
            "segment",
        ]
        .map(|k| row[k].clone());
        assert_eq!(actual.to_vec(), expected.to_vec(), "customer {}", ids[i]);
        *segments.entry(segment_of(&code)).or_default() += 1;
    }

    // Every segment occurs in the real data.
    assert_eq!(segments.len(), 11, "{segments:?}");
}

/// Six customers as of 2026-06-30, the example of `stats::rfm`'s unit test
/// made into files: n = 6, so position i scores max(1, i − 1).
fn small_book() -> TestBook {
    let book = TestBook::new();
    let today = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    // (id, days since the last order, orders, total cents)
    let people = [
        ("bob", 10, 1, 2_000),
        ("ann", 30, 1, 2_000),
        ("cat", 30, 3, 2_000),
        ("dan", 90, 7, 12_000),
        ("eve", 2, 1, 9_000),
        ("fay", 2, 3, 500),
    ];
    for (id, recency, orders, cents) in people {
        let last = today - chrono::Days::new(recency);
        let mut text = format!("name = \"{id}\"\n");
        for k in 0..orders {
            // Earlier orders a week apart; the whole amount on the last.
            let day = last - chrono::Days::new(7 * (orders - 1 - k));
            let amount = if k == orders - 1 { cents } else { 0 };
            let _ = write!(
                text,
                "\n[[interactions]]\ndate = {day}\nkind = \"purchase\"\namount = {}.{:02}\n",
                amount / 100,
                amount % 100
            );
        }
        book.write(&format!("customers/{id}.toml"), &text);
    }
    book.write("customers/gus.toml", "name = \"gus\"\n");
    book
}

#[test]
fn a_hand_worked_book_scores_and_segments_as_worked_out() {
    let book = small_book();
    let out = book.json(&["--today", "2026-06-30", "segment", "rfm"]);
    let rows: Vec<Value> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| json!([r["id"], r["code"], r["segment"]]))
        .collect();
    // Worked out in src/stats/rfm.rs (hand_worked_example_with_ties); gus
    // has no order and is not scored.
    assert_eq!(
        rows,
        [
            json!(["ann", "111", "Lost"]),
            json!(["bob", "312", "About To Sleep"]),
            json!(["cat", "233", "Hibernating"]),
            json!(["dan", "155", "Can't Lose Them"]),
            json!(["eve", "424", "Promising"]),
            json!(["fay", "541", "Potential Loyalist"]),
        ]
    );
    assert_eq!(out["scored"], 6);
    let sorted = book.run(&[
        "--today",
        "2026-06-30",
        "segment",
        "rfm",
        "--sort",
        "-monetary,id",
        "--limit",
        "2",
        "--format",
        "ids",
    ]);
    assert_eq!(sorted, "dan\neve\n");
}

#[test]
fn the_summary_counts_customers_and_revenue_per_segment() {
    let book = small_book();
    let out = book.json(&["--today", "2026-06-30", "segment", "rfm", "--summary"]);
    let rows: Vec<Value> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["customers"] != 0)
        .map(|r| json!([r["segment"], r["customers"], r["revenue"].to_string()]))
        .collect();
    // One customer in each of six segments; revenue = their M.
    assert_eq!(
        rows,
        [
            json!(["Potential Loyalist", 1, "5.00"]),
            json!(["Promising", 1, "90.00"]),
            json!(["About To Sleep", 1, "20.00"]),
            json!(["Can't Lose Them", 1, "120.00"]),
            json!(["Hibernating", 1, "20.00"]),
            json!(["Lost", 1, "20.00"]),
        ]
    );
    assert_eq!(
        out["rows"].as_array().unwrap().len(),
        11,
        "every segment listed"
    );
}

#[test]
fn compare_counts_moves_between_segments() {
    let book = small_book();
    // On 2026-06-20 eve had not ordered yet (her one order is on 06-28):
    // she comes from (none). The other five had (fay's first, 0.00 order is
    // on 06-14; bob's only one on 06-20 itself, which counts).
    let out = book.json(&[
        "--today",
        "2026-06-30",
        "segment",
        "rfm",
        "--compare",
        "2026-06-20",
    ]);
    let moves: Vec<Value> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| json!([r["from"], r["to"], r["customers"]]))
        .collect();
    let total: i64 = moves.iter().map(|m| m[2].as_i64().unwrap()).sum();
    assert_eq!(total, 6, "every customer scored today is counted once");
    assert!(
        moves.contains(&json!(["(none)", "Promising", 1])),
        "{moves:?}"
    );
}

#[test]
fn html_is_one_self_contained_page() {
    let book = small_book();
    for args in [
        vec!["segment", "rfm"],
        vec!["segment", "rfm", "--summary"],
        vec!["segment", "rfm", "--compare", "2026-06-20"],
    ] {
        let mut all = vec!["--today", "2026-06-30"];
        all.extend(&args);
        all.extend(["--format", "html"]);
        let page = book.run(&all);
        crate::test_report_html::assert_self_contained(&page);
    }
}

#[test]
fn options_are_checked() {
    let book = small_book();
    let a = book
        .rapport()
        .args(["segment", "rfm", "--compare", "2027-01-01"])
        .assert()
        .code(2);
    assert!(
        stderr_of(&a).contains("is not before today"),
        "{}",
        stderr_of(&a)
    );
    let a = book
        .rapport()
        .args(["segment", "rfm", "--sort", "nope"])
        .assert()
        .code(2);
    assert!(
        stderr_of(&a).contains("no column `nope`"),
        "{}",
        stderr_of(&a)
    );
    book.rapport()
        .args(["segment", "rfm", "--by", "source"])
        .assert()
        .code(2);
}

/// `[rfm]` breakpoints replace the quintiles (DESIGN.md section 16): each customer
/// scores by their own figures, worked out by hand for the small book. The query
/// field `rfm` uses them too, and no small-book warning is printed.
#[test]
fn fixed_breakpoints_from_rapport_toml_replace_the_quintiles() {
    let book = small_book();
    // Quintiles among six customers: the small-book warning.
    let quintiles = book
        .rapport()
        .args(["--today", "2026-06-30", "segment", "rfm"])
        .assert()
        .success();
    assert_eq!(
        stderr_of(&quintiles),
        "rapport: warning: only 6 customers are scored: recency, frequency, monetary scores \
         by quintile among so few say little; set fixed breakpoints under [rfm] in \
         rapport.toml\n"
    );
    let settings = book.read("rapport.toml");
    book.write(
        "rapport.toml",
        &format!(
            "{settings}\n[rfm]\nrecency = [7, 30, 60, 120]\nfrequency = [2, 3, 5, 7]\n\
             monetary = [10, 50, 100, 150]\n"
        ),
    );
    let assert = book
        .rapport()
        .args([
            "--today",
            "2026-06-30",
            "segment",
            "rfm",
            "--format",
            "json",
        ])
        .assert()
        .success();
    assert_eq!(stderr_of(&assert), "");
    let out: Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    let rows: Vec<Value> = out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| json!([r["id"], r["code"], r["segment"]]))
        .collect();
    // R: ≤ 7 days 5, ≤ 30 4, ≤ 60 3, ≤ 120 2; F: ≥ 2 orders 2, ≥ 3 3, ≥ 5 4, ≥ 7 5;
    // M: ≥ 10.00 2, ≥ 50.00 3, ≥ 100.00 4, ≥ 150.00 5.
    assert_eq!(
        rows,
        [
            json!(["ann", "412", "New Customers"]), // 30 days, 1, 20.00
            json!(["bob", "412", "New Customers"]), // 10 days, 1, 20.00
            json!(["cat", "432", "Potential Loyalist"]), // 30 days, 3, 20.00
            json!(["dan", "254", "At Risk"]),       // 90 days, 7, 120.00
            json!(["eve", "513", "Promising"]),     // 2 days, 1, 90.00
            json!(["fay", "531", "Potential Loyalist"]), // 2 days, 3, 5.00
        ]
    );
    let at_risk = book.run(&[
        "--today",
        "2026-06-30",
        "query",
        "rfm = 'At Risk'",
        "--format",
        "ids",
    ]);
    assert_eq!(at_risk, "dan\n");
}
