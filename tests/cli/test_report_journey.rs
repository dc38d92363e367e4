//! `rapport report journey` on a hand-built book; the expected figures are
//! worked out by hand in the comments. Today is 2026-06-30, the period
//! 2026-01-01 to 2026-06-30, churn_after 90 days: a customer still in a
//! stage with no contact since before 2026-04-01 has gone quiet.

use serde_json::{Value, json};

use crate::support::TestBook;
use crate::test_report_html::assert_self_contained;

fn book() -> TestBook {
    let book = TestBook::with_settings(
        "name = \"Test\"\nstages = [\"lead\", \"prospect\", \"customer\", \"churned\"]\n\
         churn_after = \"90d\"\n",
    );
    let move_to = |date: &str, from: &str, to: &str| {
        format!(
            "\n[[interactions]]\ndate = {date}\nkind = \"stage\"\nfrom = \"{from}\"\nto = \"{to}\"\n"
        )
    };
    let touch =
        |date: &str, kind: &str| format!("\n[[interactions]]\ndate = {date}\nkind = \"{kind}\"\n");
    let survey = |date: &str, nps: u8, csat: u8| {
        format!(
            "\n[[interactions]]\ndate = {date}\nkind = \"survey\"\nnps = {nps}\ncsat = {csat}\n"
        )
    };
    // j1: lead 01-05 → prospect 01-15 → customer 02-14, still a customer.
    // lead: a call (01-10). prospect: the e-mail of the day it moved
    // (01-15) and a meeting (02-01). customer: the purchase of the day it
    // moved (02-14), a survey (03-01: NPS 9, CSAT 5), a call (06-01).
    let mut j1 = "name = \"J1\"\nstage = \"customer\"\ncreated = 2026-01-05\n".to_string();
    j1 += &touch("2026-01-10", "call");
    j1 += &move_to("2026-01-15", "lead", "prospect");
    j1 += &touch("2026-01-15", "email");
    j1 += &touch("2026-02-01", "meeting");
    j1 += &move_to("2026-02-14", "prospect", "customer");
    j1 += &touch("2026-02-14", "purchase");
    j1 += &survey("2026-03-01", 9, 5);
    j1 += &touch("2026-06-01", "call");
    book.write("customers/j1.toml", &j1);
    // j2: a lead since 02-01, called once on 02-02 and never again: quiet.
    let mut j2 = "name = \"J2\"\nstage = \"lead\"\ncreated = 2026-02-01\n".to_string();
    j2 += &touch("2026-02-02", "call");
    book.write("customers/j2.toml", &j2);
    // j3: a lead since 2025 (not entered in the period) → prospect 03-01
    // (a meeting 03-05) → customer 03-11 (a survey 04-01: NPS 3, CSAT 2; a
    // support case 05-01) → churned 06-09 (a note 06-20).
    let mut j3 = "name = \"J3\"\nstage = \"churned\"\ncreated = 2025-12-01\n".to_string();
    j3 += &touch("2025-12-10", "email");
    j3 += &move_to("2026-03-01", "lead", "prospect");
    j3 += &touch("2026-03-05", "meeting");
    j3 += &move_to("2026-03-11", "prospect", "customer");
    j3 += &survey("2026-04-01", 3, 2);
    j3 += &touch("2026-05-01", "support");
    j3 += &move_to("2026-06-09", "customer", "churned");
    j3 += &touch("2026-06-20", "note");
    book.write("customers/j3.toml", &j3);
    // j4: a lead 03-01 (calls 03-02, 03-03) straight to customer 03-21
    // (skipping prospect) with a purchase that day, then nothing: quiet.
    let mut j4 = "name = \"J4\"\nstage = \"customer\"\ncreated = 2026-03-01\n".to_string();
    j4 += &touch("2026-03-02", "call");
    j4 += &touch("2026-03-03", "call");
    j4 += &move_to("2026-03-21", "lead", "customer");
    j4 += &touch("2026-03-21", "purchase");
    book.write("customers/j4.toml", &j4);
    book
}

const ARGS: &[&str] = &[
    "--today",
    "2026-06-30",
    "report",
    "journey",
    "--since",
    "2026-01-01",
];

fn rows(out: &Value) -> Vec<Value> {
    out["rows"].as_array().unwrap().clone()
}

fn close(a: &Value, b: f64) -> bool {
    a.as_f64().is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn stages_stays_touchpoints_scores_and_outcomes_match_the_hand_computation() {
    let out = book().json(ARGS);
    assert_eq!(out["report"], "journey");
    let rows = rows(&out);
    let figures: Vec<Value> = rows
        .iter()
        .map(|r| {
            json!([
                r["stage"],
                r["entered"],
                r["median_days"],
                r["moved_on"],
                r["dropped_out"],
                r["still_in"]
            ])
        })
        .collect();
    assert_eq!(
        figures,
        [
            // lead: j1, j2, j4 (j3 entered in 2025). Stays that ended: j1 10
            // days, j4 20: median 15. j1 and j4 moved on; j2 went quiet.
            json!(["lead", 3, 15.0, 2, 1, 0]),
            // prospect: j1 (30 days), j3 (10 days); j4 skipped it. Both
            // moved on.
            json!(["prospect", 2, 20.0, 2, 0, 0]),
            // customer: j1 (still in, called 06-01), j3 (90 days, then
            // churned: dropped out), j4 (quiet since 03-21: dropped out).
            json!(["customer", 3, 90.0, 0, 2, 1]),
            // churned: j3, still in; nobody drops out of the exit stage.
            json!(["churned", 1, null, 0, null, 1]),
        ]
    );
    let (lead, prospect, customer, churned) = (&rows[0], &rows[1], &rows[2], &rows[3]);
    // lead: calls j1 1, j2 1, j4 2 = 4 per 3 customers; nothing else.
    assert!(close(&lead["touchpoints"]["call"], 4.0 / 3.0));
    assert_eq!(lead["touchpoints"]["email"], 0.0);
    assert!(close(&lead["touchpoints_total"], 4.0 / 3.0));
    assert!(close(&lead["moved_on_share"], 2.0 / 3.0));
    assert!(close(&lead["dropped_out_share"], 1.0 / 3.0));
    assert_eq!(lead["nps"], Value::Null);
    assert_eq!(lead["nps_responses"], 0);
    // prospect: j1's e-mail (the day it moved in) and meeting, j3's
    // meeting: e-mail 1 / 2, meeting 2 / 2.
    assert_eq!(prospect["touchpoints"]["email"], 0.5);
    assert_eq!(prospect["touchpoints"]["meeting"], 1.0);
    assert_eq!(prospect["touchpoints"]["call"], 0.0);
    assert_eq!(prospect["touchpoints_total"], 1.5);
    // customer: purchases j1, j4; surveys j1, j3; a call (j1) and a
    // support case (j3): 6 per 3 customers. NPS: j1 promoter, j3
    // detractor: 0; CSAT (5 + 2) / 2.
    assert!(close(&customer["touchpoints"]["purchase"], 2.0 / 3.0));
    assert!(close(&customer["touchpoints"]["survey"], 2.0 / 3.0));
    assert!(close(&customer["touchpoints"]["call"], 1.0 / 3.0));
    assert!(close(&customer["touchpoints"]["support"], 1.0 / 3.0));
    assert_eq!(customer["touchpoints_total"], 2.0);
    assert_eq!(customer["nps"], 0.0);
    assert_eq!(customer["nps_responses"], 2);
    assert_eq!(customer["csat"], 3.5);
    assert_eq!(customer["csat_responses"], 2);
    // churned: j3's note.
    assert_eq!(churned["touchpoints"]["note"], 1.0);
    assert_eq!(churned["dropped_out_share"], Value::Null);
}

#[test]
fn a_move_after_the_period_leaves_the_customer_in_the_stage() {
    // Until 03-05: j3 is still a prospect (its meeting that day counts),
    // j1 a customer since 02-14 (contacted 03-01: not quiet); j4 is a lead
    // since 03-01 with calls 03-02 and 03-03.
    let book = book();
    let mut args = ARGS.to_vec();
    args.extend(["--until", "2026-03-05"]);
    let out = book.json(&args);
    let rows = rows(&out);
    assert_eq!(
        json!([rows[1]["entered"], rows[1]["moved_on"], rows[1]["still_in"]]),
        json!([2, 1, 1])
    );
    assert_eq!(
        json!([rows[0]["entered"], rows[0]["moved_on"], rows[0]["still_in"]]),
        json!([3, 1, 2]),
        "j2 and j4 are leads still; with 90 days nobody is quiet yet"
    );
}

#[test]
fn where_and_by_select_and_group_the_customers() {
    let book = book();
    let mut args = ARGS.to_vec();
    args.extend(["--where", "id != j2", "--by", "stage"]);
    let out = book.json(&args);
    let rows = rows(&out);
    assert_eq!(out["by"], "stage");
    // (all) first: j1, j3, j4 entered lead? j1 and j4 (j3 in 2025).
    assert_eq!(rows[0]["group"], "(all)");
    assert_eq!(rows[0]["entered"], 2);
    // Groups by the stored stage: churned (j3), customer (j1, j4).
    let groups: Vec<&str> = rows.iter().map(|r| r["group"].as_str().unwrap()).collect();
    assert_eq!(groups.len(), 12);
    assert_eq!(groups[4], "churned");
    assert_eq!(groups[8], "customer");
    assert_eq!(rows[8]["entered"], 2, "j1 and j4 entered lead");
}

#[test]
fn every_format_prints_the_same_figures_and_html_draws_the_heat_map() {
    let book = book();
    let run = |format: &str| {
        let mut args = ARGS.to_vec();
        args.extend(["--format", format]);
        book.run(&args)
    };
    let csv = run("csv");
    let header = csv.lines().next().unwrap();
    assert_eq!(
        header,
        "stage,entered,median_days,touchpoints.call,touchpoints.email,touchpoints.meeting,\
         touchpoints.purchase,touchpoints.support,touchpoints.note,touchpoints.survey,\
         touchpoints_total,nps,nps_responses,csat,csat_responses,ces,ces_responses,moved_on,moved_on_share,\
         dropped_out,dropped_out_share,still_in"
    );
    assert_eq!(
        csv.lines().nth(2).unwrap(),
        "prospect,2,20,0,0.5,1,0,0,0,0,1.5,,0,,0,,0,2,1,0,0,0"
    );
    let tsv = run("tsv");
    assert!(tsv.lines().nth(4).unwrap().starts_with("churned\t1\t\t0\t"));
    let ndjson = run("ndjson");
    assert_eq!(ndjson.lines().count(), 4);
    let table = run("table");
    assert!(table.contains("Journey — Test"), "{table}");
    let lead = table
        .lines()
        .find(|l| l.trim_start().starts_with("lead"))
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(
        lead,
        "lead 3 15 1.33 0 0 0 0 0 0 1.33 – – – 2 (66.7 %) 1 (33.3 %) 0 (0.0 %)"
    );
    let words = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("Dropped out: it ended by a move to churned, or it had not ended"));
    let markdown = run("markdown");
    assert!(markdown.contains("| prospect | 2 | 20 |"), "{markdown}");
    let html = run("html");
    assert_self_contained(&html);
    assert!(
        html.contains("Touchpoints per customer: stage × interaction kind"),
        "{html}"
    );
    // The heat map: a row per stage, a column per kind; the darkest cell
    // is the most touchpoints per customer (calls in lead, 1.33).
    assert!(html.contains(">1.3<"), "{html}");
}
