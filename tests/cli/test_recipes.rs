//! The recipes in examples/recipes/ run as written: each script is run with
//! bash, `rapport` on the PATH and git made hermetic, and what it did is
//! checked in the files it left (the pipeline on a copy of the demo book).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::git_support::{git, hermetic_command};
use crate::support::{TODAY, rapport_in, stdout_of};
use crate::test_demo_book::demo_book;

fn recipe(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/recipes")
        .join(name)
}

/// Runs `bash RECIPE ARGS` in `dir` with `env`, and asserts it succeeded.
fn run_recipe(dir: &Path, name: &str, args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut cmd = hermetic_command("bash");
    cmd.current_dir(dir)
        .arg(recipe(name))
        .args(args)
        .env("RAPPORT_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("RAPPORT_BOOK");
    for (key, value) in env {
        cmd.env(key, value);
    }
    let out = cmd.output().expect("bash runs");
    assert!(
        out.status.success(),
        "{name} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Returns the ids a query selects in `book`.
fn ids(book: &Path, expr: &str) -> BTreeSet<String> {
    let out = rapport_in(book)
        .args(["query", expr, "--format", "ids"])
        .assert()
        .success();
    stdout_of(&out).lines().map(str::to_string).collect()
}

/// Copies the demo book into a new temporary folder.
fn demo_copy() -> tempfile::TempDir {
    let temp = tempfile::tempdir().unwrap();
    let src = demo_book();
    fs::create_dir(temp.path().join("customers")).unwrap();
    fs::copy(src.join("rapport.toml"), temp.path().join("rapport.toml")).unwrap();
    for entry in fs::read_dir(src.join("customers")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(
            &path,
            temp.path()
                .join("customers")
                .join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    temp
}

#[test]
fn team_git_recipe_merges_three_peoples_edits_with_real_git() {
    let temp = tempfile::tempdir().unwrap();
    let out = run_recipe(temp.path(), "team-git.sh", &["team"], &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    // The merge driver at work on the first pulls, and the real conflict.
    assert!(
        stdout.contains("Auto-merging customers/eriks-ozolins.toml"),
        "{stdout}"
    );
    assert!(stdout.contains("<<<<<<< ours\nemail = \"e.ozolins@ozolins.lv\"\n=======\nemail = \"eriks@ozolins.lv\"\n>>>>>>> theirs"), "{stdout}");

    let team = temp.path().join("team");
    let file = |who: &str| {
        fs::read_to_string(team.join(who).join("customers/eriks-ozolins.toml")).unwrap()
    };
    let merged = file("anna");
    assert_eq!(file("janis"), merged);
    assert_eq!(file("petra"), merged);
    // Every person's edit, and the conflict resolved to Anna's address.
    for line in [
        "stage = \"prospect\"",
        "email = \"eriks@ozolins.lv\"",
        "phone = \"+371 2000 0000\"",
        "tags = [\"b2b\"]",
        "[next]\ndate = 2026-12-01\naction = \"Send the offer\"",
        "date = 2026-11-20\nkind = \"call\"\nsummary = \"Asked about prices\"",
        "date = 2026-11-21\nkind = \"meeting\"\nsummary = \"Demo at their plant\"",
        "date = 2026-11-23\nkind = \"stage\"\nfrom = \"lead\"\nto = \"prospect\"",
    ] {
        assert!(merged.contains(line), "no {line:?} in\n{merged}");
    }
    assert!(!merged.contains("<<<<<<<"), "{merged}");
    // One commit per rapport command, by whoever ran it, and every clone at
    // the same commit as the shared repository.
    let log = git(&team.join("petra"), &["log", "--format=%an|%s"]);
    for entry in [
        "Anna Bērziņa|rapport: log call eriks-ozolins",
        "Jānis Kalniņš|rapport: log meeting eriks-ozolins",
        "Jānis Kalniņš|rapport: set phone on eriks-ozolins",
        "Petra Horáková|rapport: set tags, next.date, next.action on eriks-ozolins",
        "Jānis Kalniņš|Keep Anna's e-mail for Ēriks",
    ] {
        assert!(log.lines().any(|l| l == entry), "no {entry:?} in\n{log}");
    }
    let head = git(&team.join("shared.git"), &["rev-parse", "main"]);
    for who in ["anna", "janis", "petra"] {
        assert_eq!(git(&team.join(who), &["rev-parse", "HEAD"]), head, "{who}");
        assert_eq!(
            git(&team.join(who), &["status", "--porcelain"]),
            "",
            "{who}"
        );
    }
    assert!(
        stdout.contains("phone: +371 2612 3456 → +371 2000 0000"),
        "{stdout}"
    );
}

#[test]
fn pipeline_recipe_on_a_copy_of_the_demo_book() {
    let book = demo_copy();
    let out_dir = tempfile::tempdir().unwrap();
    let at_risk = ids(
        book.path(),
        "rfm in ['At Risk', \"Can't Lose Them\"] and not exists next.date",
    );
    let stale = ids(
        book.path(),
        "stage = lead and created < -1y and not exists next.date",
    );
    let customers = ids(book.path(), "stage = customer");
    assert!(!at_risk.is_empty() && !stale.is_empty());

    let out = run_recipe(
        out_dir.path(),
        "pipeline.sh",
        &[],
        &[("RAPPORT_BOOK", book.path()), ("OUT", out_dir.path())],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("changed {} customers", at_risk.len())),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("changed {} customers", stale.len())),
        "{stderr}"
    );

    // Step 1: exactly the slipping customers got the win-back call.
    assert_eq!(
        ids(
            book.path(),
            "next.action = 'Win-back call' and next.date = 2026-11-30"
        ),
        at_risk
    );
    // Step 2: exactly the stale leads got the tag.
    assert_eq!(ids(book.path(), "tags has nurture"), stale);
    // Step 4: a spreadsheet row per customer, the header first.
    let csv = fs::read_to_string(out_dir.path().join("customers.csv")).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("id,name,owner,address.country,revenue,orders,last_purchase,nps")
    );
    let exported: BTreeSet<String> = lines
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect();
    assert_eq!(exported, customers);
    let history = fs::read_to_string(out_dir.path().join("key-account-history.csv")).unwrap();
    assert!(
        history.starts_with("customer,date,kind,amount,summary,ref,"),
        "{history}"
    );
    // Step 3, when jq is there: one line per Latvian address with consent.
    let mailing = out_dir.path().join("mailing-lv.ndjson");
    if mailing.exists() {
        let expected = ids(
            book.path(),
            "address.country = LV and consent.email = true and exists email",
        );
        let text = fs::read_to_string(mailing).unwrap();
        assert_eq!(text.lines().count(), expected.len());
        assert!(
            text.lines().all(|l| l.starts_with("{\"email_address\":")),
            "{text}"
        );
    }
}

#[test]
fn weekly_report_recipe_builds_a_multipart_mail() {
    let temp = tempfile::tempdir().unwrap();
    let out = run_recipe(
        temp.path(),
        "weekly-report.sh",
        &[],
        &[
            ("RAPPORT_BOOK", &demo_book()),
            ("SENDMAIL", Path::new("cat")),
            ("MAIL_TO", Path::new("team@amberline.example")),
            ("MAIL_FROM", Path::new("rapport@amberline.example")),
        ],
    );
    let mail = temp.path().join("week.eml");
    fs::write(&mail, &out.stdout).unwrap();
    // No line longer than mail allows (RFC 5322: 998 bytes).
    assert!(out.stdout.split(|b| *b == b'\n').all(|l| l.len() <= 998));
    // Python's e-mail parser reads it as a mail client would.
    let parsed = hermetic_command("python3")
        .arg("-c")
        .arg(
            "import email, sys\n\
             m = email.message_from_binary_file(open(sys.argv[1], 'rb'))\n\
             print(m['From'], '|', m['To'], '|', m['Subject'], '|', m.get_content_type())\n\
             for p in m.get_payload():\n\
             \x20   body = p.get_payload(decode=True).decode('utf-8')\n\
             \x20   print(p.get_content_type(), len(body), body.splitlines()[0])\n",
        )
        .arg(&mail)
        .output()
        .unwrap();
    let text = String::from_utf8(parsed.stdout).unwrap();
    assert!(
        parsed.status.success(),
        "{}",
        String::from_utf8_lossy(&parsed.stderr)
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "rapport@amberline.example | team@amberline.example | Weekly key figures, 2026-11-16 to 2026-11-22 | multipart/alternative"
    );
    assert!(
        lines[1].starts_with("text/plain ")
            && lines[1].ends_with(" Summary — Amberline Packaging (demo)"),
        "{text}"
    );
    assert!(
        lines[2].starts_with("text/html ") && lines[2].ends_with(" <!DOCTYPE html>"),
        "{text}"
    );
}

#[test]
fn hubspot_recipe_imports_the_sample_export() {
    let temp = tempfile::tempdir().unwrap();
    let out = run_recipe(temp.path(), "hubspot-import.sh", &[], &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The dry run first, then the import.
    let dry = stderr
        .find("(dry run, nothing written): would be 18 created")
        .expect("a dry run");
    let done = stderr.find("imported ").expect("an import");
    assert!(dry < done, "{stderr}");
    assert!(stdout.contains("the company of lines 2, 3"), "{stdout}");
    assert!(
        stderr.contains("checked 18 customer files: 0 errors, 0 warnings"),
        "{stderr}"
    );

    let book = temp.path().join("hubspot-book");
    let customer =
        |id: &str| fs::read_to_string(book.join("customers").join(format!("{id}.toml"))).unwrap();
    // HubSpot's stage, owner's name and country became the book's values;
    // the Record ID an int field; the company a record the person points at.
    let milica = customer("milica-stevanovic");
    for line in [
        "name = \"Милица Стевановић\"",
        "stage = \"customer\"",
        "company = \"sava-pak-d-o-o\"",
        "owner = \"jovana\"",
        "created = 2024-11-20",
        "city = \"Нови Сад\"\ncountry = \"RS\"",
        "hubspot_id = 41302",
    ] {
        assert!(milica.contains(line), "no {line:?} in\n{milica}");
    }
    assert!(customer("sava-pak-d-o-o").contains("kind = \"company\""));
    assert!(customer("tomas-krejci").contains("stage = \"prospect\""));
    assert!(customer("nebojsa-ristic").contains("stage = \"lead\""));
    assert!(customer("oliver-hughes").contains("company = \"northpack-supplies-ltd\""));
    assert_eq!(ids(&book, "exists fields.hubspot_id").len(), 12);
    assert_eq!(ids(&book, "kind = company").len(), 6);
}

#[test]
fn duckdb_recipe_revenue_by_month_agrees_with_report_summary() {
    // The recipe needs Python's duckdb package (`.ci/run` installs it);
    // without it there is nothing to run.
    let probe = hermetic_command("python3")
        .args(["-c", "import duckdb"])
        .output();
    match probe {
        Ok(out) if out.status.success() => {}
        Ok(out) => {
            eprintln!(
                "skipped: Python's duckdb package is not importable ({}); install it with `python3 -m pip install duckdb`",
                String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .last()
                    .unwrap_or("")
            );
            return;
        }
        Err(e) => {
            eprintln!("skipped: python3 does not run ({e})");
            return;
        }
    }
    let book = demo_copy();
    let out = hermetic_command("python3")
        .arg(recipe("duckdb-revenue.py"))
        .arg(book.path())
        .env("RAPPORT_TODAY", TODAY)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("month,revenue,orders"));
    let months: Vec<(String, String, u64)> = lines
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            (
                cells[0].to_string(),
                cells[1].to_string(),
                cells[2].parse().unwrap(),
            )
        })
        .collect();
    assert!(months.len() >= 24, "{text}");
    let mut total_orders = 0;
    for (month, revenue, orders) in &months {
        let since = format!("{month}-01");
        // The month so far, for the month of today.
        let until = chrono_last_day(month).min(TODAY.to_string());
        let out = rapport_in(book.path())
            .args([
                "report", "summary", "--since", &since, "--until", &until, "--format", "json",
            ])
            .assert()
            .success();
        let json: serde_json::Value = serde_json::from_str(&stdout_of(&out)).unwrap();
        let row = &json["rows"][0];
        assert_eq!(
            format!("{:.2}", row["revenue"].as_f64().unwrap()),
            *revenue,
            "{month}"
        );
        assert_eq!(row["orders"].as_u64(), Some(*orders), "{month}");
        total_orders += orders;
    }
    assert!(
        total_orders > 800,
        "the demo book's purchases: {total_orders}"
    );
}

/// Returns the last day of `YYYY-MM`.
fn chrono_last_day(month: &str) -> String {
    let (y, m): (i32, u32) = (month[..4].parse().unwrap(), month[5..].parse().unwrap());
    let days = match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    format!("{month}-{days:02}")
}
