//! `rapport report clv` on a book built from the CDNOW sample, checked against
//! the published summaries and fits (Fader, Hardie & Lee 2005; Fader & Hardie
//! 2013; the summary CSVs in tests/data/cdnow, see its README).

use std::collections::HashMap;
use std::fs;

use crate::support::{TestBook, rapport_in, stderr_of, stdout_of};
use crate::test_demo_book::demo_book;

fn data(name: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cdnow/").to_string() + name;
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Builds a book with one customer per CDNOW sample customer (`c0001` …) and
/// one purchase interaction per row of CDNOW_sample.txt, all of it, including
/// the purchases after 1997-09-30 that `--today` must ignore.
fn cdnow_sample_book() -> TestBook {
    let book = TestBook::new();
    let mut files: HashMap<String, String> = HashMap::new();
    for line in data("CDNOW_sample.txt").lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let (id, date, dollars) = (cols[1], cols[2], cols[4]);
        let file = files
            .entry(format!("c{id}"))
            .or_insert_with(|| format!("name = \"CDNOW customer {id}\"\nstage = \"customer\"\n"));
        file.push_str(&format!(
            "\n[[interactions]]\ndate = {}-{}-{}\nkind = \"purchase\"\namount = {dollars}\n",
            &date[..4],
            &date[4..6],
            &date[6..]
        ));
    }
    assert_eq!(files.len(), 2357);
    for (id, text) in files {
        book.write(&format!("customers/{id}.toml"), &text);
    }
    book
}

fn csv_rows(text: &str) -> Vec<HashMap<String, String>> {
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .unwrap()
        .split(',')
        .map(str::to_string)
        .collect();
    lines
        .map(|l| {
            header
                .iter()
                .cloned()
                .zip(l.split(',').map(str::to_string))
                .collect()
        })
        .collect()
}

fn number(row: &HashMap<String, String>, key: &str) -> f64 {
    row[key]
        .parse()
        .unwrap_or_else(|_| panic!("{key}: {:?}", row[key]))
}

#[test]
fn derives_the_published_cdnow_summaries_and_fits() {
    let book = cdnow_sample_book();
    let out = book.run(&[
        "--today",
        "1997-09-30",
        "report",
        "clv",
        "--unit",
        "week",
        "--format",
        "csv",
        "--sort",
        "id",
    ]);
    let ours = csv_rows(&out);
    assert_eq!(ours.len(), 2357);
    let published = csv_rows(&data("cdnow_customers_summary_with_transactions.csv"));
    for (row, expected) in ours.iter().zip(&published) {
        assert_eq!(
            row["id"],
            format!("c{:04}", expected["ID"].parse::<u32>().unwrap())
        );
        for (ours_key, their_key) in [
            ("x", "x"),
            ("t_x", "t_x"),
            ("T", "T"),
            ("mean_spend", "zbar"),
        ] {
            let (a, b) = (number(row, ours_key), number(expected, their_key));
            assert!(
                (a - b).abs() <= 0.005 + 1e-9,
                "{}: {ours_key} {a} vs {b}",
                row["id"]
            );
        }
    }

    let params: serde_json::Value = serde_json::from_str(&book.run(&[
        "--today",
        "1997-09-30",
        "report",
        "clv",
        "--params",
        "--format",
        "json",
    ]))
    .unwrap();
    let p = |k: &str| params[k].as_f64().unwrap();
    // FHL 2005: r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4.
    assert_eq!(
        format!(
            "{:.3} {:.3} {:.3} {:.3}",
            p("r"),
            p("alpha"),
            p("a"),
            p("b")
        ),
        "0.243 4.414 0.793 2.426"
    );
    assert!((p("ll_bgnbd") - -9582.4).abs() < 0.05, "{}", p("ll_bgnbd"));
    // Fader & Hardie 2013: p = 6.25, q = 3.74, γ = 15.44 (the exact maximum is
    // 15.4477, as lifetimes 0.11.3 and scipy also find).
    assert_eq!(format!("{:.2} {:.2}", p("p"), p("q")), "6.25 3.74");
    assert!((p("gamma") - 15.44).abs() < 0.01, "{}", p("gamma"));
    assert!(p("se_r") > 0.0 && p("se_gamma") > 0.0);
    assert_eq!(params["customers"], 2357);
    assert_eq!(params["repeat_buyers"], 946);
}

#[test]
fn predictions_are_consistent_and_sortable() {
    let book = cdnow_sample_book();
    let out = book.run(&[
        "--today",
        "1997-09-30",
        "report",
        "clv",
        "--format",
        "csv",
        "--limit",
        "5",
    ]);
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 5);
    let clvs: Vec<f64> = rows.iter().map(|r| number(r, "clv")).collect();
    assert!(
        clvs.windows(2).all(|w| w[0] >= w[1]),
        "sorted by -clv by default: {clvs:?}"
    );
    for r in &rows {
        assert!((0.0..=1.0).contains(&number(r, "p_alive")));
        assert!(number(r, "expected_purchases") > 0.0);
    }
}

#[test]
fn too_few_repeat_buyers_is_a_clear_error() {
    let book = TestBook::new();
    book.write(
        "customers/a.toml",
        "name = \"A\"\n[[interactions]]\ndate = 2024-01-01\nkind = \"purchase\"\namount = 5\n",
    );
    let out = book.rapport().args(["report", "clv"]).assert().code(1);
    let err = stderr_of(&out);
    assert!(
        err.contains("needs at least 10 repeat buyers") && err.contains("the book has 0"),
        "{err}"
    );
}

#[test]
fn refuses_bad_options() {
    let book = TestBook::new();
    book.rapport()
        .args(["report", "clv", "--horizon", "12d"])
        .assert()
        .code(2);
    book.rapport()
        .args(["report", "clv", "--discount", "1.5"])
        .assert()
        .code(2);
    book.rapport()
        .args(["report", "clv", "--unit", "month"])
        .assert()
        .code(2);
}

#[test]
fn clv_is_a_query_field_and_report_clv_takes_where() {
    let book = cdnow_sample_book();
    let today = ["--today", "1997-09-30"];
    let report = csv_rows(&book.run(&[
        today[0], today[1], "report", "clv", "--format", "csv", "--sort", "id",
    ]));
    let expected: Vec<(String, f64)> = report
        .iter()
        .map(|r| (r["id"].clone(), number(r, "clv")))
        .filter(|(_, clv)| *clv > 50.0)
        .collect();
    assert!(!expected.is_empty());
    let queried = csv_rows(&book.run(&[
        today[0],
        today[1],
        "query",
        "clv > 50",
        "--columns",
        "id,clv",
        "--format",
        "csv",
    ]));
    assert_eq!(queried.len(), expected.len());
    for (row, (id, clv)) in queried.iter().zip(&expected) {
        assert_eq!(&row["id"], id);
        assert!((number(row, "clv") - clv).abs() < 1e-9, "{id}");
    }
    // --where picks the customers printed; the fit still uses everyone.
    let two = csv_rows(&book.run(&[
        today[0],
        today[1],
        "report",
        "clv",
        "--where",
        "id in [c0001, c0002]",
        "--format",
        "csv",
        "--sort",
        "id",
    ]));
    assert_eq!(two.len(), 2);
    assert_eq!(two[0]["clv"], report[0]["clv"]);
    assert_eq!(two[1]["clv"], report[1]["clv"]);
}

/// Runs `report clv` on the demo book as of 2026-11-23 with `args`.
fn demo_clv(args: &[&str]) -> String {
    let out = rapport_in(&demo_book())
        .args(["--today", "2026-11-23", "report", "clv"])
        .args(args)
        .assert()
        .success();
    stdout_of(&out)
}

#[test]
fn regression_clv_had_no_title_or_period_header() {
    for format in ["table", "markdown"] {
        let out = demo_clv(&["--limit", "3", "--format", format]);
        assert!(
            out.lines()
                .next()
                .unwrap()
                .contains("Customer lifetime value — Amberline Packaging (demo)"),
            "{out}"
        );
        for fact in [
            "today",
            "horizon",
            "discount",
            "unit",
            "fitted on",
            "currency",
        ] {
            assert!(out.contains(fact), "{fact} in {out}");
        }
        assert!(out.contains("2026-11-23"), "{out}");
        assert!(out.contains("12 months"), "{out}");
        assert!(out.contains("1 % a month"), "{out}");
        assert!(out.contains("99 buyers"), "{out}");
    }
    // The horizon and discount asked for are the ones shown.
    let out = demo_clv(&[
        "--limit",
        "1",
        "--horizon",
        "2y",
        "--discount",
        "0.005",
        "--format",
        "table",
    ]);
    assert!(out.contains("24 months"), "{out}");
    assert!(out.contains("0.5 % a month"), "{out}");
    // Machines read rows as before: json is still an array, csv has no facts.
    let json: serde_json::Value = serde_json::from_str(&demo_clv(&["--format", "json"])).unwrap();
    assert!(json.is_array(), "{json}");
    assert!(demo_clv(&["--format", "csv"]).starts_with("id,x,t_x,T,"));
}

#[test]
fn regression_clv_printed_counts_with_four_decimals() {
    let out = demo_clv(&["--limit", "1", "--format", "markdown"]);
    let row = out.lines().last().unwrap();
    let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
    // id | name | x | …
    assert_eq!(cells[0], "ziemelu-metals-sia", "{out}");
    assert_eq!(cells[2], "18", "{out}");
    assert!(!out.contains("18.0000"), "{out}");
    // json keeps x as it was.
    let json: serde_json::Value =
        serde_json::from_str(&demo_clv(&["--limit", "1", "--format", "json"])).unwrap();
    assert_eq!(json[0]["x"], serde_json::json!(18.0));
}

#[test]
fn regression_clv_printed_money_with_four_decimals() {
    let out = demo_clv(&["--limit", "1", "--format", "table"]);
    assert!(out.contains("mean_spend (EUR)"), "{out}");
    assert!(out.contains("clv (EUR)"), "{out}");
    let row = out.lines().last().unwrap();
    for cents in [" 1692.66 ", " 1658.36 ", " 37316.72 "] {
        assert!(row.contains(cents), "{cents} in {row}");
    }
    assert!(!out.contains("37316.7161"), "{out}");
    // The other estimates keep their four decimals.
    assert!(row.contains(" 0.9711 "), "{row}");
    // csv carries the full precision, as before.
    let csv = demo_clv(&["--limit", "1", "--format", "csv"]);
    assert!(csv.contains(",37316.71605147059,"), "{csv}");
    assert!(csv.contains(",1692.6644444444444,"), "{csv}");
}

#[test]
fn regression_clv_listed_ids_without_names() {
    // People read the name beside the id.
    let out = demo_clv(&["--limit", "2", "--format", "table"]);
    let header = out
        .lines()
        .find(|l| l.trim_start().starts_with("id "))
        .unwrap();
    let words: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(&words[..3], ["id", "name", "x"], "{out}");
    let first: Vec<&str> = out
        .lines()
        .nth_back(1)
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(
        &first[..5],
        ["ziemelu-metals-sia", "Ziemeļu", "Metāls", "SIA", "18"],
        "{out}"
    );
    // Machines get it as a new last column: no column they knew moved.
    let csv = demo_clv(&["--limit", "1", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,x,t_x,T,mean_spend,p_alive,expected_purchases,expected_spend,clv,name"
    );
    assert!(lines.next().unwrap().starts_with("ziemelu-metals-sia,18,"));
    assert!(csv.trim_end().ends_with(",Ziemeļu Metāls SIA"), "{csv}");
    let json: serde_json::Value =
        serde_json::from_str(&demo_clv(&["--limit", "1", "--format", "json"])).unwrap();
    assert_eq!(json[0]["name"], "Ziemeļu Metāls SIA");
    // ids still prints the ids, and --sort reads the name.
    let ids = demo_clv(&["--limit", "1", "--format", "ids"]);
    assert_eq!(ids, "ziemelu-metals-sia\n");
    let sorted = demo_clv(&["--sort", "name", "--limit", "1", "--format", "csv"]);
    let first = sorted.lines().nth(1).unwrap();
    assert!(first.ends_with(",Agnese Pētersone"), "{sorted}");
}

/// The json of `report clv --holdout` as (facts, data rows).
fn holdout_json(book: &TestBook, model: &str) -> serde_json::Value {
    let out = book.run(&[
        "--today",
        "1997-09-30",
        "report",
        "clv",
        "--model",
        model,
        "--holdout",
        "1998-06-30",
        "--format",
        "json",
    ]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

#[test]
fn holdout_check_reproduces_the_data_and_the_reference_for_both_models() {
    let book = cdnow_sample_book();
    let reference = csv_rows(&data("cdnow_holdout_reference.csv"));
    for (model, column) in [("bg-nbd", "bgnbd"), ("pareto-nbd", "pareto_nbd")] {
        let json = holdout_json(&book, model);
        let rows = json["rows"].as_array().expect("rows");
        assert_eq!(rows.len(), 8, "{json}");
        let customers: Vec<u64> = rows
            .iter()
            .map(|r| r["customers"].as_u64().unwrap())
            .collect();
        assert_eq!(customers, [1411, 439, 214, 100, 62, 38, 29, 64]);
        // The actual means of the data, bin by bin, from the reference's holdout counts.
        for (i, row) in rows.iter().enumerate() {
            let in_bin: Vec<&HashMap<String, String>> = reference
                .iter()
                .filter(|r| (number(r, "x") as usize).min(7) == i)
                .collect();
            let mean =
                in_bin.iter().map(|r| number(r, "holdout")).sum::<f64>() / in_bin.len() as f64;
            let ours = row["actual_mean"].as_f64().unwrap();
            assert!((ours - mean).abs() < 1e-12, "bin {i}: {ours} vs {mean}");
        }
        assert_eq!(json["actual_total"].as_u64(), Some(1882), "{json}");
        let expected: f64 = reference.iter().map(|r| number(r, column)).sum();
        let predicted = json["predicted_total"].as_f64().unwrap();
        assert!(
            ((predicted - expected) / expected).abs() < 1e-4,
            "{model}: {predicted} vs {expected}"
        );
        assert!(json["tracking_mape_percent"].as_f64().unwrap() > 0.0);
        assert!(json["mean_absolute_error"].as_f64().unwrap() > 0.0);
    }
    // People's formats show the three parts; html draws the two charts.
    let text = book.run(&[
        "--today",
        "1997-09-30",
        "report",
        "clv",
        "--holdout",
        "1998-06-30",
        "--format",
        "markdown",
    ]);
    assert!(
        text.contains("Cumulative repeat purchases") && text.contains("Holdout totals"),
        "{text}"
    );
    let html = book.run(&[
        "--today",
        "1997-09-30",
        "report",
        "clv",
        "--holdout",
        "1998-06-30",
        "--format",
        "html",
    ]);
    assert_eq!(html.matches("<svg").count(), 2, "{html}");
    // The tracking chart: the actual and the expected cumulative purchases as lines.
    assert_eq!(html.matches("<polyline").count(), 2, "{html}");
}

#[test]
fn pareto_nbd_params_reproduce_the_published_fit() {
    let book = cdnow_sample_book();
    let out = book.run(&[
        "--today",
        "1997-09-30",
        "report",
        "clv",
        "--model",
        "pareto-nbd",
        "--params",
        "--format",
        "json",
    ]);
    let json: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let json = if json.is_array() {
        json[0].clone()
    } else {
        json
    };
    for (key, published) in [
        ("r", 0.553),
        ("alpha", 10.578),
        ("s", 0.606),
        ("beta", 11.669),
    ] {
        let ours = json[key]
            .as_f64()
            .unwrap_or_else(|| panic!("{key}: {json}"));
        assert!(
            ((ours - published) / published).abs() < 1e-3,
            "{key}: {ours}"
        );
        assert!(json[format!("se_{key}")].as_f64().unwrap() > 0.0, "{json}");
    }
    assert!(json["ll_pareto_nbd"].as_f64().unwrap() < 0.0, "{json}");
    assert!(json.get("ll_bgnbd").is_none(), "{json}");
    // Every CLV output works with Pareto/NBD.
    let csv = book.run(&[
        "--today",
        "1997-09-30",
        "report",
        "clv",
        "--model",
        "pareto-nbd",
        "--format",
        "csv",
    ]);
    let rows = csv_rows(&csv);
    assert_eq!(rows.len(), 2357);
    assert!(
        rows.iter()
            .all(|r| (0.0..=1.0).contains(&number(r, "p_alive")))
    );
    assert!(rows.iter().any(|r| number(r, "clv") > 0.0));
}

#[test]
fn holdout_must_end_after_today() {
    let book = TestBook::new();
    let out = book
        .rapport()
        .args([
            "--today",
            "1997-09-30",
            "report",
            "clv",
            "--holdout",
            "1997-09-30",
        ])
        .assert()
        .code(2);
    assert!(
        stderr_of(&out).contains("is not after --today"),
        "{}",
        stderr_of(&out)
    );
    book.rapport()
        .args(["report", "clv", "--model", "pareto"])
        .assert()
        .code(2);
    book.rapport()
        .args(["report", "clv", "--params", "--holdout", "2030-01-01"])
        .assert()
        .code(2);
}
