//! Every report in every format on the demo book, as of 2026-11-23, compared
//! byte for byte with the committed outputs in
//! `tests/fixtures/report-snapshots/`. The machine formats (csv, tsv, json,
//! ndjson, ids) are a contract: a change there breaks scripts. The human
//! formats (table, markdown, html) may change, but only on purpose: the
//! diff of the snapshot shows what changed.
//!
//! To rewrite the snapshots after a deliberate change, run the test with
//! `RAPPORT_UPDATE_SNAPSHOTS=1` and read the diff before committing it.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{rapport_in, stdout_of};
use crate::test_demo_book::demo_book;

/// Every report (and variant) with its arguments.
pub const REPORTS: &[(&str, &[&str])] = &[
    ("summary", &["report", "summary"]),
    ("summary-by-owner", &["report", "summary", "--by", "owner"]),
    ("pipeline", &["report", "pipeline"]),
    (
        "pipeline-by-owner",
        &["report", "pipeline", "--by", "owner"],
    ),
    ("funnel", &["report", "funnel"]),
    ("funnel-by-source", &["report", "funnel", "--by", "source"]),
    ("cohorts", &["report", "cohorts"]),
    (
        "cohorts-quarter-by-owner",
        &["report", "cohorts", "--period", "quarter", "--by", "owner"],
    ),
    ("activity", &["report", "activity"]),
    ("activity-by-tags", &["report", "activity", "--by", "tags"]),
    ("nps", &["report", "nps"]),
    (
        "nps-quarter-by-owner",
        &["report", "nps", "--period", "quarter", "--by", "owner"],
    ),
    ("service", &["report", "service"]),
    ("service-by-owner", &["report", "service", "--by", "owner"]),
    ("kano", &["report", "kano"]),
    (
        "kano-by-country",
        &["report", "kano", "--by", "address.country"],
    ),
    ("servqual", &["report", "servqual"]),
    ("servqual-items", &["report", "servqual", "--items"]),
    ("followups", &["report", "followups"]),
    (
        "followups-by-source",
        &["report", "followups", "--by", "source"],
    ),
    ("clv", &["report", "clv", "--limit", "20"]),
    ("clv-params", &["report", "clv", "--params"]),
    ("rfm", &["segment", "rfm"]),
    (
        "rfm-sorted",
        &["segment", "rfm", "--sort", "-monetary,id", "--limit", "15"],
    ),
    ("rfm-summary", &["segment", "rfm", "--summary"]),
    (
        "rfm-summary-by-owner",
        &["segment", "rfm", "--summary", "--by", "owner"],
    ),
    (
        "rfm-compare",
        &["segment", "rfm", "--compare", "2026-05-01"],
    ),
    (
        "profile",
        &["report", "profile", "vip", "key_accounts", "dormant"],
    ),
    ("profile-rfm", &["report", "profile", "--rfm"]),
    (
        "profile-by-industry",
        &["report", "profile", "--by", "fields.industry"],
    ),
    ("journey", &["report", "journey"]),
    ("journey-by-owner", &["report", "journey", "--by", "owner"]),
    ("agenda", &["agenda"]),
    ("agenda-30-days", &["agenda", "--days", "30"]),
];

/// The formats of every report; `clv` has no html.
pub const FORMATS: &[&str] = &[
    "csv", "tsv", "json", "ndjson", "ids", "table", "markdown", "html",
];

pub fn snapshots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report-snapshots")
}

#[test]
fn every_report_in_every_format_is_what_the_snapshot_holds() {
    let update = std::env::var_os("RAPPORT_UPDATE_SNAPSHOTS").is_some();
    let dir = snapshots();
    if update {
        fs::create_dir_all(&dir).unwrap();
    }
    let mut differ = Vec::new();
    let mut compared = 0;
    for (name, args) in REPORTS {
        for format in FORMATS {
            if name.starts_with("clv") && *format == "html" {
                continue;
            }
            let out = rapport_in(&demo_book())
                .args(*args)
                .args(["--today", "2026-11-23", "--format", format])
                .assert()
                .success();
            let got = stdout_of(&out);
            let path = dir.join(format!("{name}.{format}"));
            if update {
                fs::write(&path, &got).unwrap();
                continue;
            }
            let want =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            compared += 1;
            if got != want {
                let line = got
                    .lines()
                    .zip(want.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
                differ.push(format!(
                    "{name}.{format}: first difference at line {}:\n  got:  {:?}\n  want: {:?}",
                    line + 1,
                    got.lines().nth(line).unwrap_or(""),
                    want.lines().nth(line).unwrap_or("")
                ));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {compared} outputs differ from tests/fixtures/report-snapshots/ \
         (RAPPORT_UPDATE_SNAPSHOTS=1 rewrites them):\n{}",
        differ.len(),
        differ.join("\n")
    );
}
