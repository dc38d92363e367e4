use crate::support::{TestBook, stdout_of};

fn book_with_history() -> TestBook {
    let book = TestBook::new();
    book.write(
        "customers/ozolins.toml",
        r#"name = "Ozoliņš SIA"
kind = "company"
stage = "customer"
tags = ["b2b", "vip"]
created = 2024-03-01

[[deals]]
title = "Annual licence"
value = 12000.00
stage = "won"
opened = 2024-11-02
closed = 2025-01-15

[[deals]]
title = "Support renewal"
value = 800.50
stage = "proposal"
opened = 2026-10-01

[[interactions]]
date = 2024-03-01
kind = "purchase"
amount = 1500.00
ref = "INV-1001"

[[interactions]]
date = 2024-06-10
kind = "survey"
nps = 9

[[interactions]]
date = 2025-02-01
kind = "purchase"
amount = 250.25

[[interactions]]
date = 2027-01-01
kind = "call"
summary = "planned, after today: ignored by the figures"
"#,
    );
    book
}

#[test]
fn json_holds_the_record_history_and_figures() {
    let book = book_with_history();
    let json: serde_json::Value =
        serde_json::from_str(&book.run(&["show", "ozolins", "--format", "json"])).unwrap();
    assert_eq!(json["id"], "ozolins");
    assert_eq!(json["name"], "Ozoliņš SIA");
    assert_eq!(json["tags"], serde_json::json!(["b2b", "vip"]));
    let f = &json["figures"];
    assert_eq!(f["revenue"].to_string(), "1750.25");
    assert_eq!(f["orders"], 2);
    assert_eq!(f["aov"].to_string(), "875.13");
    assert_eq!(f["first_purchase"], "2024-03-01");
    assert_eq!(f["last_purchase"], "2025-02-01");
    assert_eq!(f["last_contact"], "2025-02-01");
    assert_eq!(f["interactions"], 3);
    assert_eq!(f["nps"], 9);
    assert_eq!(f["open_deals"], 1);
    assert_eq!(f["pipeline"].to_string(), "800.50");
    assert_eq!(f["won"].to_string(), "12000.00");
    assert_eq!(json["interactions"].as_array().unwrap().len(), 4);
    assert_eq!(json["interactions"][0]["ref"], "INV-1001");
    assert_eq!(json["deals"][1]["stage"], "proposal");
}

#[test]
fn every_format_prints() {
    let book = book_with_history();
    let table = book.run(&["show", "ozolins", "--format", "table"]);
    assert!(table.starts_with("Ozoliņš SIA  (ozolins)\n"), "{table}");
    assert!(table.contains("revenue           1750.25"), "{table}");
    assert!(table.contains("INV-1001"));
    let csv = book.run(&["show", "ozolins", "--format", "csv"]);
    assert!(
        csv.starts_with("field,value\nid,ozolins\nname,Ozoliņš SIA\n"),
        "{csv}"
    );
    assert!(csv.contains("figures.revenue,1750.25\n"));
    assert!(csv.contains("interactions.1.ref,INV-1001\n"));
    let tsv = book.run(&["show", "ozolins", "--format", "tsv"]);
    assert!(tsv.contains("figures.won\t12000.00\n"));
    let ndjson = book.run(&["show", "ozolins", "--format", "ndjson"]);
    assert_eq!(ndjson.lines().count(), 1);
    assert_eq!(
        book.run(&["show", "ozolins", "--format", "ids"]),
        "ozolins\n"
    );
    let md = book.run(&["show", "ozolins", "--format", "markdown"]);
    assert!(md.starts_with("# Ozoliņš SIA (`ozolins`)"));
    assert!(md.contains("| 2024-03-01 | purchase | 1500.00 |"), "{md}");
}

#[test]
fn in_a_pipe_the_default_is_tab_separated() {
    let book = book_with_history();
    let out = book.rapport().args(["show", "ozolins"]).assert().success();
    assert!(stdout_of(&out).starts_with("field\tvalue\n"));
}

#[test]
fn today_fixes_the_figures() {
    let book = book_with_history();
    let json: serde_json::Value = serde_json::from_str(&book.run(&[
        "--today",
        "2024-12-31",
        "show",
        "ozolins",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["figures"]["revenue"].to_string(), "1500.00");
    assert_eq!(
        json["figures"]["won"].to_string(),
        "0.00",
        "the licence closed in 2025"
    );
    assert_eq!(json["figures"]["open_deals"], 1);
}

#[test]
fn an_unknown_id_suggests_the_nearest() {
    let book = book_with_history();
    // (`ozolin` is part of a name, so `show` finds the one customer; a
    // typo that is no part of any name gets the nearest ids.)
    let out = book.rapport().args(["show", "ozolim"]).assert().code(1);
    assert!(crate::support::stderr_of(&out).contains("did you mean `ozolins`?"));
}
