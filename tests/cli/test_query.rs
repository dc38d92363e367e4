//! `rapport query`: the language on the fixture book (see fixture.rs for
//! the hand-checked figures), its errors, and every output format.

use crate::fixture::{self, ALL};
use crate::support::{TestBook, stderr_of, stdout_of};

/// Runs `query EXPR --format ids` and returns the ids.
fn ids(book: &TestBook, expr: &str) -> Vec<String> {
    book.run(&["query", expr, "--format", "ids"])
        .lines()
        .map(str::to_string)
        .collect()
}

/// Runs a query expected to fail with exit 2 and returns stderr.
fn usage_error(book: &TestBook, args: &[&str]) -> String {
    let out = book.rapport().args(args).assert().code(2);
    assert!(stdout_of(&out).is_empty(), "nothing on stdout");
    stderr_of(&out)
}

#[test]
fn without_an_expression_lists_every_readable_customer() {
    let book = fixture::book();
    assert_eq!(ids(&book, ""), ALL);
    let out = book
        .rapport()
        .args(["query", "--format", "ids"])
        .assert()
        .success();
    assert_eq!(stdout_of(&out).lines().collect::<Vec<_>>(), ALL);
    assert!(
        stderr_of(&out).contains("customers/broken.toml:2:11: `created` must be a date"),
        "the broken file is skipped with one warning naming file:line:column: {}",
        stderr_of(&out)
    );
}

#[test]
fn equals() {
    let book = fixture::book();
    assert_eq!(
        ids(&book, "stage = customer"),
        ["eriks-ozolins", "jiri-dvorak", "oliver-obrien"]
    );
    assert_eq!(ids(&book, "fields.industry = retail"), ["jiri-dvorak"]);
    assert_eq!(ids(&book, "kind = company"), ["acme-sia", "tamm-ou"]);
}

#[test]
fn not_equals_is_true_for_a_missing_field() {
    let book = fixture::book();
    assert_eq!(
        ids(&book, "stage != customer"),
        ["acme-sia", "anna-liepa", "jovana-petrovic", "tamm-ou"]
    );
    // Only Jiří has industry retail; everyone else, with another industry
    // or none, is != retail.
    let mut expected: Vec<&str> = ALL.to_vec();
    expected.retain(|id| *id != "jiri-dvorak");
    assert_eq!(ids(&book, "fields.industry != retail"), expected);
}

#[test]
fn less_and_greater_compare_money_exactly() {
    let book = fixture::book();
    // Revenues: acme 4800.00, eriks 1500.30, oliver 2000.00, jiri 1050.50.
    assert_eq!(
        ids(&book, "revenue > 1500"),
        ["acme-sia", "eriks-ozolins", "oliver-obrien"]
    );
    assert_eq!(
        ids(&book, "revenue > 1500.30"),
        ["acme-sia", "oliver-obrien"]
    );
    assert_eq!(
        ids(&book, "revenue >= 1500.30"),
        ["acme-sia", "eriks-ozolins", "oliver-obrien"]
    );
    assert_eq!(ids(&book, "revenue = 1500.3"), ["eriks-ozolins"]);
    assert_eq!(
        ids(&book, "revenue < 1050.50"),
        ["anna-liepa", "jovana-petrovic", "tamm-ou"]
    );
    assert_eq!(
        ids(&book, "revenue <= 1050.50"),
        ["anna-liepa", "jiri-dvorak", "jovana-petrovic", "tamm-ou"]
    );
}

#[test]
fn derived_counts_and_averages() {
    let book = fixture::book();
    // Ēriks: 3 orders (the future one ignored), aov 1500.30 / 3 = 500.10;
    // Acme's refund is not an order.
    assert_eq!(ids(&book, "orders >= 2"), ["eriks-ozolins", "jiri-dvorak"]);
    assert_eq!(ids(&book, "aov = 500.10"), ["eriks-ozolins"]);
    assert_eq!(ids(&book, "orders = 1"), ["acme-sia", "oliver-obrien"]);
    assert_eq!(ids(&book, "interactions = 5"), ["eriks-ozolins"]);
    assert_eq!(ids(&book, "nps < 7"), ["oliver-obrien"]);
    assert_eq!(ids(&book, "pipeline = 10000"), ["tamm-ou"]);
    assert_eq!(ids(&book, "won > 0 and open_deals = 1"), ["eriks-ozolins"]);
    assert_eq!(ids(&book, "fields.employees > 100"), ["eriks-ozolins"]);
}

#[test]
fn stages_compare_in_the_books_order() {
    let book = fixture::book();
    assert_eq!(
        ids(&book, "stage >= customer"),
        ["acme-sia", "eriks-ozolins", "jiri-dvorak", "oliver-obrien"]
    );
    assert_eq!(ids(&book, "stage < prospect"), ["anna-liepa"]);
}

#[test]
fn contains_ignores_case_accents_and_script() {
    let book = fixture::book();
    assert_eq!(ids(&book, "name ~ ozol"), ["eriks-ozolins"]);
    assert_eq!(ids(&book, "name ~ petrovic"), ["jovana-petrovic"]);
    assert_eq!(ids(&book, "name ~ DVORAK"), ["jiri-dvorak"]);
    assert_eq!(ids(&book, "name ~ ozoliņš"), ["eriks-ozolins"]);
    assert_eq!(ids(&book, "email ~ example.com"), ["anna-liepa"]);
    assert_eq!(ids(&book, "address.city ~ beograd"), ["jovana-petrovic"]);
}

#[test]
fn does_not_contain_is_true_for_a_missing_field() {
    let book = fixture::book();
    // Every e-mail is at an example domain; Acme and Tamm have none.
    assert_eq!(ids(&book, "email !~ example"), ["acme-sia", "tamm-ou"]);
}

#[test]
fn has_tests_list_membership() {
    let book = fixture::book();
    assert_eq!(
        ids(&book, "tags has vip"),
        ["eriks-ozolins", "oliver-obrien"]
    );
    assert_eq!(ids(&book, "tags has b2b"), ["acme-sia", "eriks-ozolins"]);
    assert!(ids(&book, "tags has VIP").is_empty(), "has is exact");
}

#[test]
fn in_and_not_in() {
    let book = fixture::book();
    assert_eq!(
        ids(&book, "address.country in [LV, LT, EE]"),
        ["acme-sia", "anna-liepa", "eriks-ozolins", "tamm-ou"]
    );
    assert_eq!(
        ids(&book, "address.country not in [LV, LT, EE]"),
        ["jiri-dvorak", "jovana-petrovic", "oliver-obrien"]
    );
    assert_eq!(
        ids(&book, "tags in [b2c, vip]"),
        ["eriks-ozolins", "jovana-petrovic", "oliver-obrien"]
    );
}

#[test]
fn exists() {
    let book = fixture::book();
    let mut with_email = ALL.to_vec();
    with_email.retain(|id| *id != "acme-sia" && *id != "tamm-ou");
    assert_eq!(ids(&book, "exists email"), with_email);
    // An empty list does not exist.
    assert_eq!(
        ids(&book, "exists tags"),
        [
            "acme-sia",
            "eriks-ozolins",
            "jovana-petrovic",
            "oliver-obrien"
        ]
    );
    assert_eq!(ids(&book, "exists fields.newsletter"), ["anna-liepa"]);
}

#[test]
fn and_or_not_and_parentheses() {
    let book = fixture::book();
    assert_eq!(
        ids(
            &book,
            "(stage = customer or stage = churned) and not tags has vip"
        ),
        ["acme-sia", "jiri-dvorak"]
    );
    assert_eq!(
        ids(&book, "stage = lead or stage = churned and revenue > 0"),
        ["acme-sia", "anna-liepa"],
        "and binds tighter than or"
    );
    assert_eq!(ids(&book, "NOT exists email"), ["acme-sia", "tamm-ou"]);
}

#[test]
fn bare_and_quoted_strings() {
    let book = fixture::book();
    assert_eq!(ids(&book, "name = \"Oliver O'Brien\""), ["oliver-obrien"]);
    assert_eq!(ids(&book, "name = 'Ēriks Ozoliņš'"), ["eriks-ozolins"]);
    assert_eq!(ids(&book, "owner = kadri"), ["tamm-ou"]);
}

#[test]
fn unknown_keys_are_fields_too() {
    let book = fixture::book();
    assert_eq!(ids(&book, "legacy_id = A-17"), ["acme-sia"]);
    let out = book
        .rapport()
        .args(["query", "planet = mars", "--format", "ids"])
        .assert()
        .success();
    assert_eq!(stdout_of(&out), "");
    assert!(
        stderr_of(&out).contains("no customer has a field `planet`"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn date_today() {
    let book = fixture::book();
    assert_eq!(ids(&book, "last_contact = today"), ["oliver-obrien"]);
}

#[test]
fn date_yesterday() {
    let book = fixture::book();
    assert_eq!(ids(&book, "next.date = yesterday"), ["jiri-dvorak"]);
}

#[test]
fn date_days_back() {
    let book = fixture::book();
    // -30d is 2026-10-24: Oliver was created that very day.
    assert_eq!(
        ids(&book, "created >= -30d"),
        ["anna-liepa", "oliver-obrien"]
    );
    assert_eq!(ids(&book, "created > -30d"), ["anna-liepa"]);
}

#[test]
fn date_days_ahead() {
    let book = fixture::book();
    assert_eq!(ids(&book, "next.date = +7d"), ["tamm-ou"]);
    assert_eq!(ids(&book, "next.date <= +7d"), ["jiri-dvorak", "tamm-ou"]);
}

#[test]
fn date_weeks_back() {
    let book = fixture::book();
    // -2w is 2026-11-09.
    assert_eq!(
        ids(&book, "last_contact >= -2w"),
        ["eriks-ozolins", "oliver-obrien"]
    );
}

#[test]
fn date_months_back() {
    let book = fixture::book();
    // -6m is 2026-05-23.
    assert_eq!(
        ids(&book, "last_contact < -6m"),
        ["acme-sia", "jiri-dvorak"]
    );
}

#[test]
fn date_years_back() {
    let book = fixture::book();
    // -1y is 2025-11-23; Tamm was created 2025-05-23, Jovana 2025-10-01.
    assert_eq!(
        ids(&book, "created < -1y"),
        [
            "acme-sia",
            "eriks-ozolins",
            "jiri-dvorak",
            "jovana-petrovic",
            "tamm-ou"
        ]
    );
}

#[test]
fn date_literal() {
    let book = fixture::book();
    assert_eq!(ids(&book, "created = 2024-03-01"), ["eriks-ozolins"]);
    assert_eq!(ids(&book, "first_purchase < 2023-01-01"), ["acme-sia"]);
}

#[test]
fn date_now() {
    let book = fixture::book();
    assert_eq!(ids(&book, "fields.renewal > now"), ["tamm-ou"]);
    assert!(ids(&book, "fields.renewal < now").is_empty());
}

#[test]
fn today_flag_and_environment_set_the_day_figures_are_for() {
    let book = fixture::book();
    // On 2025-01-01 only Ēriks (1500.00), Jiří and Acme had bought; Oliver's
    // purchase lies in that day's future.
    let args = ["query", "revenue > 0", "--format", "ids"];
    let out = book
        .rapport()
        .args(["--today", "2025-01-01"])
        .args(args)
        .assert()
        .success();
    assert_eq!(stdout_of(&out), "acme-sia\neriks-ozolins\njiri-dvorak\n");
    let out = book
        .rapport()
        .env("RAPPORT_TODAY", "2025-01-01")
        .args([
            "query",
            "revenue = 1500 and last_contact = -6m",
            "--format",
            "ids",
        ])
        .assert()
        .success();
    // As of 2025-01-01, -6m is 2024-07-01... Ēriks's last contact then was
    // 2024-03-01, so nobody matches; his revenue was exactly 1500.00.
    assert_eq!(stdout_of(&out), "");
    let out = book
        .rapport()
        .env("RAPPORT_TODAY", "2025-01-01")
        .args([
            "query",
            "revenue = 1500 and last_contact = 2024-03-01",
            "--format",
            "ids",
        ])
        .assert()
        .success();
    assert_eq!(stdout_of(&out), "eriks-ozolins\n");
}

#[test]
fn a_misspelt_field_points_at_the_word_and_suggests() {
    let book = fixture::book();
    let err = usage_error(&book, &["query", "stage = customer and reveune > 1000"]);
    assert_eq!(
        err,
        "rapport: error: unknown field `reveune`\n  stage = customer and reveune > 1000\n                       ^^^^^^^\nhint: did you mean `revenue`?\n"
    );
    let err = usage_error(&book, &["query", "fields.industy = retail"]);
    assert!(err.contains("did you mean `fields.industry`?"), "{err}");
}

#[test]
fn a_type_clash_points_at_the_value() {
    let book = fixture::book();
    let err = usage_error(&book, &["query", "created > abc"]);
    assert!(
        err.starts_with(
            "rapport: error: `abc` is not a date, and `created` is a date\n  created > abc\n            ^^^\nhint: write a date as 2024-03-01"
        ),
        "{err}"
    );
    let err = usage_error(&book, &["query", "revenue > lots"]);
    assert!(err.contains("`lots` is not an amount"), "{err}");
    let err = usage_error(&book, &["query", "revenue > 1.005"]);
    assert!(err.contains("more than two decimals"), "{err}");
    let err = usage_error(&book, &["query", "stage = custmer"]);
    assert!(err.contains("did you mean `customer`?"), "{err}");
    let err = usage_error(&book, &["query", "tags = vip"]);
    assert!(err.contains("write `tags has vip`"), "{err}");
    let err = usage_error(&book, &["query", "name has x"]);
    assert!(err.contains("`has` tests membership of a list"), "{err}");
}

#[test]
fn syntax_errors_point_at_the_token() {
    let book = fixture::book();
    let err = usage_error(&book, &["query", "(stage = customer"]);
    assert_eq!(
        err,
        "rapport: error: this `(` is not closed\n  (stage = customer\n  ^\nhint: add `)` where the group ends\n"
    );
    // (Plain words alone are a quick find; with an operator elsewhere the
    // text is an expression, and the missing operator is an error.)
    let err = usage_error(&book, &["query", "stage customer and revenue > 0"]);
    assert!(err.contains("expected an operator after `stage`"), "{err}");
    let err = usage_error(&book, &["query", "revenue >"]);
    assert!(
        err.contains("expected a value after `>`\n  revenue >\n           ^"),
        "{err}"
    );
}

#[test]
fn rfm_is_the_segment_that_segment_rfm_gives() {
    let book = fixture::book();
    let scored = book.run(&["segment", "rfm", "--format", "csv"]);
    let mut by_segment: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for line in scored.lines().skip(1) {
        let cols: Vec<&str> = line.split(',').collect();
        by_segment
            .entry(cols[8].to_string())
            .or_default()
            .push(cols[0].to_string());
    }
    assert!(!by_segment.is_empty());
    for (segment, ids) in &by_segment {
        let out = book.run(&["query", &format!("rfm = \"{segment}\""), "--format", "ids"]);
        assert_eq!(out.lines().collect::<Vec<_>>(), *ids, "{segment}");
    }
    let listed = book.run(&[
        "query",
        "exists rfm",
        "--columns",
        "id,rfm",
        "--format",
        "csv",
    ]);
    assert_eq!(listed.lines().count(), scored.lines().count());
}

#[test]
fn clv_needs_a_book_the_models_can_be_fitted_on() {
    let book = fixture::book();
    let out = book.rapport().args(["query", "clv > 100"]).assert().code(1);
    let err = crate::support::stderr_of(&out);
    assert!(
        err.contains("`clv` cannot be computed for this book"),
        "{err}"
    );
    assert!(err.contains("repeat buyers"), "{err}");
    let err = usage_error(&book, &["query", "clv > lots"]);
    assert!(err.contains("clv"), "{err}");
}

#[test]
fn sort_limit_and_columns() {
    let book = fixture::book();
    let out = book.run(&[
        "query",
        "revenue > 0",
        "--sort",
        "-revenue",
        "--limit",
        "3",
        "--columns",
        "id,revenue,orders",
        "--format",
        "tsv",
    ]);
    assert_eq!(
        out,
        "id\trevenue\torders\nacme-sia\t4800.00\t1\noliver-obrien\t2000.00\t1\neriks-ozolins\t1500.30\t3\n"
    );
    // Missing values sort last both ways; ties keep id order.
    let out = book.run(&[
        "query",
        "--sort",
        "-last_contact",
        "--columns",
        "id,last_contact",
        "--format",
        "csv",
    ]);
    assert_eq!(
        out,
        "id,last_contact\noliver-obrien,2026-11-23\neriks-ozolins,2026-11-20\njovana-petrovic,2026-10-30\njiri-dvorak,2023-05-01\nacme-sia,2022-08-01\nanna-liepa,\ntamm-ou,\n"
    );
    // Text sorts regardless of accents; stages in the book's order.
    let out = book.run(&[
        "query",
        "--sort",
        "stage,name",
        "--columns",
        "name",
        "--format",
        "tsv",
    ]);
    assert_eq!(
        out,
        "name\nAnna Liepa\nЈована Петровић\nTamm OÜ\nĒriks Ozoliņš\nJiří Dvořák\nOliver O'Brien\nAcme SIA\n"
    );
    let err = usage_error(&book, &["query", "--sort", "revenu"]);
    assert!(err.contains("--sort: unknown field `revenu`"), "{err}");
    assert!(err.contains("did you mean `revenue`?"), "{err}");
}

const VIP: &[&str] = &[
    "query",
    "tags has vip",
    "--columns",
    "id,name,revenue,last_contact,tags,address.country",
];

fn vip(book: &TestBook, format: &str) -> String {
    let mut args = VIP.to_vec();
    args.extend(["--format", format]);
    book.run(&args)
}

#[test]
fn format_table() {
    let book = fixture::book();
    assert_eq!(
        vip(&book, "table"),
        " id              name             revenue   last_contact   tags      address.country \n\
         ─────────────── ──────────────── ───────── ────────────── ───────── ─────────────────\n \
         eriks-ozolins   Ēriks Ozoliņš    1500.30   2026-11-20     b2b;vip   LV              \n \
         oliver-obrien   Oliver O'Brien   2000.00   2026-11-23     vip       GB              \n"
    );
}

#[test]
fn format_tsv_is_the_default_in_a_pipe() {
    let book = fixture::book();
    let expected = "id\tname\trevenue\tlast_contact\ttags\taddress.country\n\
                    eriks-ozolins\tĒriks Ozoliņš\t1500.30\t2026-11-20\tb2b;vip\tLV\n\
                    oliver-obrien\tOliver O'Brien\t2000.00\t2026-11-23\tvip\tGB\n";
    assert_eq!(vip(&book, "tsv"), expected);
    assert_eq!(book.run(VIP), expected);
}

#[test]
fn format_csv() {
    let book = fixture::book();
    assert_eq!(
        vip(&book, "csv"),
        "id,name,revenue,last_contact,tags,address.country\n\
         eriks-ozolins,Ēriks Ozoliņš,1500.30,2026-11-20,b2b;vip,LV\n\
         oliver-obrien,Oliver O'Brien,2000.00,2026-11-23,vip,GB\n"
    );
}

#[test]
fn format_json_keeps_types_and_nests_dotted_keys() {
    let book = fixture::book();
    assert_eq!(
        vip(&book, "json"),
        r#"[
  {
    "id": "eriks-ozolins",
    "name": "Ēriks Ozoliņš",
    "revenue": 1500.30,
    "last_contact": "2026-11-20",
    "tags": [
      "b2b",
      "vip"
    ],
    "address": {
      "country": "LV"
    }
  },
  {
    "id": "oliver-obrien",
    "name": "Oliver O'Brien",
    "revenue": 2000.00,
    "last_contact": "2026-11-23",
    "tags": [
      "vip"
    ],
    "address": {
      "country": "GB"
    }
  }
]
"#
    );
    let out = book.run(&[
        "query",
        "name ~ anna",
        "--columns",
        "id,last_contact,nps",
        "--format",
        "json",
    ]);
    assert!(
        out.contains("\"last_contact\": null"),
        "missing is null: {out}"
    );
}

#[test]
fn format_ndjson() {
    let book = fixture::book();
    assert_eq!(
        vip(&book, "ndjson"),
        "{\"id\":\"eriks-ozolins\",\"name\":\"Ēriks Ozoliņš\",\"revenue\":1500.30,\"last_contact\":\"2026-11-20\",\"tags\":[\"b2b\",\"vip\"],\"address\":{\"country\":\"LV\"}}\n\
         {\"id\":\"oliver-obrien\",\"name\":\"Oliver O'Brien\",\"revenue\":2000.00,\"last_contact\":\"2026-11-23\",\"tags\":[\"vip\"],\"address\":{\"country\":\"GB\"}}\n"
    );
}

#[test]
fn format_ids_prints_only_ids_whatever_the_columns() {
    let book = fixture::book();
    assert_eq!(vip(&book, "ids"), "eriks-ozolins\noliver-obrien\n");
}

#[test]
fn format_markdown() {
    let book = fixture::book();
    assert_eq!(
        vip(&book, "markdown"),
        "| id | name | revenue | last_contact | tags | address.country |\n\
         | --- | --- | ---: | --- | --- | --- |\n\
         | eriks-ozolins | Ēriks Ozoliņš | 1500.30 | 2026-11-20 | b2b;vip | LV |\n\
         | oliver-obrien | Oliver O'Brien | 2000.00 | 2026-11-23 | vip | GB |\n"
    );
}

#[test]
fn default_columns() {
    let book = fixture::book();
    assert_eq!(
        book.run(&["query", "name ~ ozol"]),
        "id\tname\tstage\temail\trevenue\tlast_contact\n\
         eriks-ozolins\tĒriks Ozoliņš\tcustomer\teriks@ozolins.example\t1500.30\t2026-11-20\n"
    );
}

#[test]
fn where_narrows_a_query() {
    let book = fixture::book();
    let out = book.run(&[
        "query",
        "stage = customer",
        "--where",
        "revenue < 2000",
        "--format",
        "ids",
    ]);
    assert_eq!(out, "eriks-ozolins\njiri-dvorak\n");
}

#[test]
fn an_empty_book_lists_nothing() {
    let book = TestBook::new();
    assert_eq!(
        book.run(&["query", "stage = lead"]),
        "id\tname\tstage\temail\trevenue\tlast_contact\n"
    );
}

mod property {
    //! `query A` and `query 'not (A)'` split the book: together every
    //! customer, none in both, for many generated expressions.

    use proptest::prelude::*;

    use super::{ALL, fixture, ids};

    fn atom() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "stage = customer",
                "stage != lead",
                "stage >= prospect",
                "revenue > 1500",
                "revenue <= 0",
                "orders >= 2",
                "aov < 600",
                "nps > 5",
                "name ~ an",
                "email !~ example",
                "tags has vip",
                "tags in [b2b, b2c]",
                "address.country in [LV, CZ]",
                "address.country not in [RS]",
                "exists email",
                "exists next.date",
                "created < -1y",
                "last_contact >= -30d",
                "next.date <= +7d",
                "fields.industry = retail",
                "fields.employees > 50",
                "legacy_id = A-17",
                "segment = vip",
                "segment != dormant",
            ])
            .prop_map(str::to_string),
        ]
    }

    fn expression() -> impl Strategy<Value = String> {
        atom().prop_recursive(3, 12, 3, |inner| {
            prop_oneof![
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} and {b}")),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} or {b})")),
                inner.prop_map(|a| format!("not ({a})")),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn an_expression_and_its_negation_split_the_book(expr in expression()) {
            let book = fixture::book();
            let yes = ids(&book, &expr);
            let no = ids(&book, &format!("not ({expr})"));
            for id in &yes {
                prop_assert!(!no.contains(id), "{id} in both for {expr}");
            }
            let mut all: Vec<String> = yes.iter().chain(&no).cloned().collect();
            all.sort();
            prop_assert_eq!(all, ALL, "{}", expr);
        }
    }
}

#[test]
fn reads_the_book_named_by_book_from_anywhere() {
    let book = fixture::book();
    let elsewhere = tempfile::tempdir().unwrap();
    let out = crate::support::rapport_in(elsewhere.path())
        .arg("--book")
        .arg(book.root())
        .args(["query", "tags has vip", "--format", "ids"])
        .assert()
        .success();
    assert_eq!(stdout_of(&out), "eriks-ozolins\noliver-obrien\n");
}

#[test]
fn reads_every_file_of_a_folder_listed_in_many_chunks() {
    // The folder is listed 128 entries at a time while files are read; a
    // count that is not a multiple of it checks the last, partial chunk.
    let book = TestBook::new();
    for i in 0..300 {
        book.write(
            &format!("customers/c{i:03}.toml"),
            &format!("name = \"C {i}\"\nstage = \"lead\"\n"),
        );
    }
    let out = book.run(&["query", "--format", "ids"]);
    let ids: Vec<&str> = out.lines().collect();
    assert_eq!(ids.len(), 300);
    assert_eq!((ids[0], ids[299]), ("c000", "c299"), "in id order");
}

#[cfg(unix)]
#[test]
fn skips_links_folders_and_bad_names_with_a_warning() {
    let book = fixture::book();
    std::os::unix::fs::symlink("/etc/hostname", book.path("customers/evil.toml")).unwrap();
    std::fs::create_dir(book.path("customers/folder.toml")).unwrap();
    book.write("customers/Bad_Name.toml", "name = \"X\"\n");
    book.write("customers/notes.txt", "not a customer");
    let out = book
        .rapport()
        .args(["query", "--format", "ids"])
        .assert()
        .success();
    assert_eq!(stdout_of(&out).lines().collect::<Vec<_>>(), ALL);
    let err = stderr_of(&out);
    for expected in [
        "customers/Bad_Name.toml: skipped: the file name is not a valid id",
        "customers/evil.toml: skipped: a symbolic link",
        "customers/folder.toml: skipped: not a regular file",
    ] {
        assert!(err.contains(expected), "{expected}: {err}");
    }
    assert!(!err.contains("notes.txt"), "{err}");
}
