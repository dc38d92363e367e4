//! `--format html` of every report: one self-contained page (nothing
//! fetched: no script, no style sheet, no image or font file) with inline SVG
//! charts and every figure in a table.

use crate::support::TestBook;
use crate::test_report_summary::summary_book;

/// Asserts that `page` is one whole HTML document that refers to nothing
/// outside itself.
pub fn assert_self_contained(page: &str) {
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.trim_end().ends_with("</html>"), "{page}");
    assert_eq!(page.matches("<html").count(), 1);
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.contains("<svg"), "a chart: {page}");
    for outside in [
        "src=", "href=", "<script", "<link", "@import", "url(", "<img", "<iframe",
    ] {
        assert!(!page.contains(outside), "`{outside}` in {page}");
    }
    // Every <svg> is closed.
    assert_eq!(page.matches("<svg").count(), page.matches("</svg>").count());
}

#[test]
fn every_report_is_a_self_contained_page_with_charts() {
    let book = summary_book();
    for report in [
        "summary",
        "pipeline",
        "funnel",
        "cohorts",
        "activity",
        "nps",
        "service",
        "followups",
        "journey",
    ] {
        let page = book.run(&[
            "--today",
            "2026-06-30",
            "report",
            report,
            "--since",
            "2026-01-01",
            "--format",
            "html",
        ]);
        assert_self_contained(&page);
        assert!(
            page.contains("2026-01-01 to 2026-06-30, both days included"),
            "{report}"
        );
        assert!(page.contains("<table"), "{report}");
    }
}

#[test]
fn the_summary_page_shows_revenue_by_month_and_escapes_names() {
    let book = TestBook::with_settings("name = \"Ozoliņš & <Co>\"\n");
    book.write(
        "customers/a.toml",
        "name = \"A\"\nstage = \"customer\"\n\n[[interactions]]\ndate = 2026-05-03\nkind = \"purchase\"\namount = 1200.00\n",
    );
    let page = book.run(&[
        "--today",
        "2026-06-30",
        "report",
        "summary",
        "--since",
        "2026-04-01",
        "--format",
        "html",
    ]);
    assert_self_contained(&page);
    assert!(page.contains("Summary — Ozoliņš &amp; &lt;Co&gt;"));
    assert!(page.contains("Revenue by month (EUR)"));
    // May's column carries its amount; the table has it exactly.
    assert!(page.contains(">1.2k</text>"), "{page}");
    assert!(page.contains(">1200.00</td>"), "{page}");
}

#[test]
fn the_cohort_page_shades_its_cells() {
    let book = summary_book();
    let page = book.run(&[
        "--today",
        "2026-06-30",
        "report",
        "cohorts",
        "--since",
        "2026-04-01",
        "--format",
        "html",
    ]);
    assert!(page.contains("Retention by month of first order"));
    // The 100 % cells are the darkest blue, in the SVG and in the table.
    assert!(page.contains("fill=\"#08306b\""));
    assert!(page.contains("background:#08306b;color:#ffffff"));
}

#[test]
fn the_agenda_can_be_mailed_too() {
    let book = summary_book();
    book.write(
        "customers/z.toml",
        "name = \"Z\"\n\n[[interactions]]\ndate = 2026-06-01\nkind = \"support\"\nsummary = \"Broken <b>\"\n",
    );
    let page = book.run(&["--today", "2026-06-30", "agenda", "--format", "html"]);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Broken &lt;b&gt;"));
    for outside in ["src=", "href=", "<script"] {
        assert!(!page.contains(outside));
    }
}

#[test]
fn listing_commands_do_not_offer_html() {
    let book = summary_book();
    book.rapport()
        .args(["show", "ann", "--format", "html"])
        .assert()
        .code(2);
}

#[test]
fn regression_html_agenda_footnote_showed_literal_backticks() {
    let book = crate::test_demo_book::demo_book();
    let out = crate::support::rapport_in(&book)
        .args(["--today", "2026-11-23", "agenda", "--format", "html"])
        .assert()
        .success();
    let page = crate::support::stdout_of(&out);
    assert!(!page.contains('`'), "{page}");
    assert!(page.contains(">rapport done ID</code>"), "{page}");
    // Every report's notes, not only the agenda's.
    let out = crate::support::rapport_in(&book)
        .args([
            "--today",
            "2026-11-23",
            "report",
            "funnel",
            "--format",
            "html",
        ])
        .assert()
        .success();
    let page = crate::support::stdout_of(&out);
    assert!(!page.contains('`'), "{page}");
    assert!(page.contains(">created</code>"), "{page}");
    // The text formats keep the backticks people read as code.
    let out = crate::support::rapport_in(&book)
        .args(["--today", "2026-11-23", "agenda", "--format", "markdown"])
        .assert()
        .success();
    assert!(crate::support::stdout_of(&out).contains("`rapport done ID`"));
}

#[test]
fn regression_chart_labelled_1250_as_1_2k() {
    let book = TestBook::new();
    book.write(
        "customers/a.toml",
        "name = \"A\"\nstage = \"customer\"\n\n[[interactions]]\ndate = 2026-04-03\nkind = \"purchase\"\namount = 1200.00\n\n[[interactions]]\ndate = 2026-05-03\nkind = \"purchase\"\namount = 1250.00\n",
    );
    let page = book.run(&[
        "--today",
        "2026-06-30",
        "report",
        "summary",
        "--since",
        "2026-04-01",
        "--format",
        "html",
    ]);
    assert!(page.contains(">1.25k</text>"), "{page}");
    assert!(page.contains(">1.2k</text>"), "{page}");
    assert_eq!(page.matches(">1.2k</text>").count(), 1, "{page}");
}
