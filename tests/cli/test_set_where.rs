//! `rapport set --where EXPR KEY=VALUE…`: change every customer an
//! expression selects.

use crate::fixture;
use crate::support::{stderr_of, stdout_of};

#[test]
fn changes_every_customer_the_expression_selects() {
    let book = fixture::book();
    let untouched = book.customer("eriks-ozolins");
    let out = book
        .rapport()
        .args([
            "set",
            "--where",
            "stage = prospect",
            "tags+=follow-up",
            "owner=anna",
        ])
        .assert()
        .success();
    let err = stderr_of(&out);
    assert!(err.contains("rapport: changed 2 customers"), "{err}");
    assert!(
        book.customer("jovana-petrovic")
            .contains("tags = [\"b2c\", \"follow-up\"]")
    );
    assert!(book.customer("tamm-ou").contains("owner = \"anna\""));
    assert_eq!(
        book.customer("eriks-ozolins"),
        untouched,
        "only what matches is written"
    );
    assert_eq!(
        book.run(&["query", "tags has follow-up", "--format", "ids"]),
        "jovana-petrovic\ntamm-ou\n"
    );
    // Again: nothing left to change.
    let out = book
        .rapport()
        .args(["set", "--where", "stage = prospect", "tags+=follow-up"])
        .assert()
        .success();
    assert!(stderr_of(&out).contains("changed 0 customers (2 already so)"));
}

#[test]
fn uses_derived_figures_and_logs_stage_changes() {
    let book = fixture::book();
    book.rapport()
        .args([
            "set",
            "--where",
            "stage = customer and last_contact < -180d",
            "stage=churned",
        ])
        .assert()
        .success();
    let jiri = book.customer("jiri-dvorak");
    assert!(jiri.contains("stage = \"churned\""), "{jiri}");
    assert!(
        jiri.contains("kind = \"stage\"\nfrom = \"customer\"\nto = \"churned\""),
        "{jiri}"
    );
}

#[test]
fn no_match_changes_nothing() {
    let book = fixture::book();
    let out = book
        .rapport()
        .args(["set", "--where", "revenue > 1000000", "stage=lead"])
        .assert()
        .success();
    assert!(stderr_of(&out).contains("no customer matches --where; nothing changed"));
}

#[test]
fn a_bad_expression_or_ids_with_where_write_nothing() {
    let book = fixture::book();
    let before = book.customer("tamm-ou");
    let out = book
        .rapport()
        .args(["set", "--where", "created > soon", "stage=lead"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("`soon` is not a date"));
    let out = book
        .rapport()
        .args([
            "set",
            "tamm-ou",
            "--where",
            "stage = prospect",
            "stage=lead",
        ])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("give either ids or --where, not both"));
    let out = book
        .rapport()
        .args(["set", "--where", "stage = prospect", "stage=bogus"])
        .assert()
        .code(2);
    assert!(stdout_of(&out).is_empty());
    assert_eq!(book.customer("tamm-ou"), before);
}
