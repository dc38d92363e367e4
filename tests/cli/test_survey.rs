//! Research surveys: `import --survey`, `report kano` and `report servqual`
//! through the binary, on small books whose figures are worked out by hand
//! in the comments.

use serde_json::{Value, json};

use crate::support::{TestBook, stderr_of};

const SURVEYS: &str = r#"

[surveys.features]
method = "kano"
columns = { "Would you like a mobile app?" = "F:app", "And if there were no mobile app?" = "D:app" }

[surveys.service]
method = "servqual"

[surveys.service.dimensions]
speed = [1, 2]
care = [3]
"#;

fn book() -> TestBook {
    let book = TestBook::new();
    let settings = book.read("rapport.toml");
    book.write("rapport.toml", &format!("{settings}{SURVEYS}"));
    for (name, email) in [
        ("Anna", "anna@example.lv"),
        ("Bruno", "bruno@example.cz"),
        ("Vera", "vera@example.rs"),
        ("Dana", "dana@example.lv"),
    ] {
        book.run(&["add", name, "--email", email]);
    }
    book
}

fn rows(out: &Value, keys: &[&str]) -> Vec<Value> {
    out["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| Value::Array(keys.iter().map(|k| r[*k].clone()).collect()))
        .collect()
}

/// Four respondents, answers in English, Latvian, Czech and Serbian, as
/// words and numbers. By the evaluation table:
/// app: like/neutral A, patīk/nepatīk O, líbí se mi/je mi to jedno A,
///   1/5 O → A 2, O 2: a tie, O wins over A (M > O > A > I > R > Q);
///   better (2+2)/4 = 1, worse −2/4 = −0.5.
/// pay (e-invoicing): like/dislike O, sagaidu/nepatīk M, očekávám/vadí mi to
///   M, свиђа ми се/не свиђа ми се O → M 2, O 2: M wins; better 2/4 = 0.5,
///   worse −4/4 = −1.
/// chat: neutral/neutral I, neitrāli/neitrāli I, like/like Q, dislike/like R
///   → I 2, Q 1, R 1: I; better 0/2 = 0, worse 0.
const KANO: &str = "\
Timestamp,Email Address,Would you like a mobile app?,And if there were no mobile app?,F:pay,D:pay,F:chat,D:chat,Comment
2026/03/14 10:22:33 AM GMT+2,anna@example.lv,like,neutral,like,dislike,neutral,neutral,fine
2026/03/15 09:00:00 AM GMT+2,DANA@example.lv,patīk,nepatīk,sagaidu,nepatīk,neitrāli,neitrāli,
2026/03/16 08:00:00 AM GMT+2,bruno@example.cz,líbí se mi,je mi to jedno,očekávám,vadí mi to,like,like,
2026/03/17 12:00:00 PM GMT+2,vera@example.rs,1,5,свиђа ми се,не свиђа ми се,dislike,like,
";

#[test]
fn kano_counts_categories_with_the_tie_rule_and_berger_coefficients() {
    let book = book();
    book.write("kano.csv", KANO);
    let out = book
        .rapport()
        .args(["import", "--survey", "features", "kano.csv"])
        .assert()
        .success();
    assert!(
        stderr_of(&out).contains("4 interactions appended to 4 customers"),
        "{}",
        stderr_of(&out)
    );
    let anna = book.customer("anna");
    assert!(
        anna.contains(
            "kind = \"survey\"\nref = \"features:"
        ) && anna.contains("survey = \"features\"\n\n[interactions.answers]\n\"D:app\" = \"neutral\"\n\"D:chat\" = \"neutral\"\n\"D:pay\" = \"dislike\"\n\"F:app\" = \"like\"\n"),
        "{anna}"
    );
    assert!(anna.contains("date = 2026-03-14\n"), "{anna}");
    let report = book.json(&[
        "--today",
        "2026-11-23",
        "report",
        "kano",
        "--since",
        "2026-01-01",
    ]);
    assert_eq!(
        rows(
            &report,
            &[
                "feature", "n", "a", "o", "m", "i", "r", "q", "category", "better", "worse"
            ]
        ),
        [
            json!(["app", 4, 2, 2, 0, 0, 0, 0, "O", 1.0, -0.5]),
            json!(["chat", 4, 0, 0, 0, 2, 1, 1, "I", 0.0, 0.0]),
            json!(["pay", 4, 0, 2, 2, 0, 0, 0, "M", 0.5, -1.0]),
        ]
    );
    // The same file again changes nothing.
    let before: Vec<String> = ["anna", "bruno", "vera", "dana"]
        .iter()
        .map(|id| book.customer(id))
        .collect();
    let out = book
        .rapport()
        .args(["import", "--survey", "features", "kano.csv"])
        .assert()
        .success();
    assert!(stderr_of(&out).contains("0 interactions appended to 0 customers, 4 already there"));
    let after: Vec<String> = ["anna", "bruno", "vera", "dana"]
        .iter()
        .map(|id| book.customer(id))
        .collect();
    assert_eq!(before, after);
    // --where selects respondents; a period before the answers has none.
    let lv = book.json(&[
        "--today",
        "2026-11-23",
        "report",
        "kano",
        "--since",
        "2026-01-01",
        "--where",
        "email ~ '.lv'",
    ]);
    assert_eq!(rows(&lv, &["feature", "n"])[0], json!(["app", 2]));
    let none = book.json(&[
        "--today",
        "2026-11-23",
        "report",
        "kano",
        "--until",
        "2026-03-01",
    ]);
    assert_eq!(none["rows"], json!([]));
    // html draws the better/worse plot.
    let html = book.run(&[
        "--today",
        "2026-11-23",
        "report",
        "kano",
        "--since",
        "2026-01-01",
        "--format",
        "html",
    ]);
    assert!(html.contains("<svg") && html.contains("must-be") && html.contains(">app</text>"));
}

#[test]
fn a_broken_row_or_an_unknown_respondent_writes_nothing() {
    let book = book();
    let anna = book.customer("anna");
    book.write(
        "bad.csv",
        "email,F:app,D:app,F:pay\nanna@example.lv,like,maybe,like\nbruno@example.cz,9,like,\n",
    );
    let out = book
        .rapport()
        .args(["import", "--survey", "features", "bad.csv"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    for line in [
        "bad.csv:2: column `D:app`: `maybe` is not a KANO answer",
        "bad.csv:2: feature `pay` has a functional answer but no dysfunctional one",
        "bad.csv:3: column `F:app`: `9` is not a KANO answer",
        "2 bad rows in bad.csv; nothing was written",
    ] {
        assert!(err.contains(line), "{line}\n{err}");
    }
    book.write(
        "who.csv",
        "email,F:app,D:app\nanna@example.lv,like,dislike\nstranger@example.lv,like,dislike\n",
    );
    let out = book
        .rapport()
        .args(["import", "--survey", "features", "who.csv"])
        .assert()
        .code(1);
    assert!(
        stderr_of(&out)
            .contains("who.csv:3: no customer with the e-mail `stranger@example.lv` in this book")
    );
    assert_eq!(book.customer("anna"), anna);
    // --create makes the stranger a lead, with the answers.
    book.run(&["import", "--survey", "features", "who.csv", "--create"]);
    let stranger = book.customer("stranger-example-lv");
    assert!(
        stranger.contains("email = \"stranger@example.lv\""),
        "{stranger}"
    );
    assert!(stranger.contains("\"F:app\" = \"like\""), "{stranger}");
}

/// SERVQUAL by hand, two dimensions (speed: items 1–2, care: 3):
/// r1 (anna): E1 7 P1 5, E2 6 P2 6, E3 7 P3 4, points speed 60 care 40;
/// r2 (anonymous): E1 6 P1 6, E3 5 P3 5, points 20 / 80.
/// Item 1: E 6.5 P 5.5 gap −1; item 2 (n 1): gap 0; item 3: E 6 P 4.5 gap
/// −1.5. speed: gap −0.5, E 6.25, P 5.75, weight (60+20)/2/100 = 0.4,
/// weighted −0.2; care: gap −1.5, weight 0.6, weighted −0.9. Overall:
/// unweighted (−0.5 − 1.5)/2 = −1, weighted −1.1.
#[test]
fn servqual_gaps_and_weights_match_the_hand_computation() {
    let book = book();
    book.write(
        "sq.csv",
        "email,E1,P1,E2,P2,E3,P3,W:speed,W:care\n\
         anna@example.lv,7,5,6,6,7,4,60,40\n\
         ,6,6,,,5,5,20,80\n",
    );
    let out = book
        .rapport()
        .args(["import", "--survey", "service", "sq.csv"])
        .assert()
        .code(1);
    assert!(stderr_of(&out).contains("sq.csv:3: no e-mail or id"));
    book.run(&["import", "--survey", "service", "sq.csv", "--anonymous"]);
    let kept = book.read("surveys/service.toml");
    assert!(
        kept.contains("[interactions.answers]\nE1 = 6\nE3 = 5\n"),
        "{kept}"
    );
    let report = book.json(&["report", "servqual"]);
    let got = rows(
        &report,
        &[
            "dimension",
            "items",
            "n",
            "expectation",
            "perception",
            "gap",
            "weight",
            "weighted_gap",
        ],
    );
    assert_eq!(
        got[0],
        json!(["speed", "1, 2", 2, 6.25, 5.75, -0.5, 0.4, got[0][7]])
    );
    assert!((got[0][7].as_f64().unwrap() + 0.2).abs() < 1e-9);
    assert_eq!(
        got[1],
        json!(["care", "3", 2, 6.0, 4.5, -1.5, 0.6, got[1][7]])
    );
    assert!((got[1][7].as_f64().unwrap() + 0.9).abs() < 1e-9);
    assert_eq!(got[2][0], "overall (unweighted)");
    assert_eq!(got[2][5], -1.0);
    assert!((got[3][7].as_f64().unwrap() + 1.1).abs() < 1e-9);
    let items = book.json(&["report", "servqual", "--items"]);
    assert_eq!(
        rows(&items, &["item", "n", "gap"]),
        [json!([1, 2, -1.0]), json!([2, 1, 0.0]), json!([3, 2, -1.5])]
    );
    // Weights that do not add up to 100 break the row.
    book.write(
        "w.csv",
        "email,E1,P1,W:speed,W:care\nanna@example.lv,7,5,60,30\n",
    );
    let out = book
        .rapport()
        .args(["import", "--survey", "service", "w.csv"])
        .assert()
        .code(1);
    assert!(stderr_of(&out).contains("w.csv:2: the weights (W: columns) add up to 90, not 100"));
}

#[test]
fn survey_answers_survive_export_and_import_byte_for_byte() {
    let book = book();
    book.write("kano.csv", KANO);
    book.run(&["import", "--survey", "features", "kano.csv"]);
    let customers = book.run(&["export"]);
    let interactions = book.run(&["export", "--interactions"]);
    assert!(
        interactions.starts_with("customer,date,kind,"),
        "{interactions}"
    );
    assert!(interactions.contains(",answers,survey\n"), "{interactions}");
    let empty = TestBook::new();
    empty.write("rapport.toml", &book.read("rapport.toml"));
    empty.write("customers.csv", &customers);
    empty.write("interactions.csv", &interactions);
    empty.run(&["import", "customers.csv", "-y"]);
    empty.run(&["import", "--interactions", "interactions.csv", "-y"]);
    for id in ["anna", "bruno", "vera", "dana"] {
        assert_eq!(empty.customer(id), book.customer(id), "{id}");
    }
    // A cell that is not a table of answers breaks its row.
    empty.write(
        "bad.csv",
        "customer,date,kind,survey,answers\nanna,2026-03-01,survey,features,like\n",
    );
    let out = empty
        .rapport()
        .args(["import", "--interactions", "bad.csv"])
        .assert()
        .code(1);
    assert!(stderr_of(&out).contains("bad.csv:2: column `answers`: not a table of answers"));
}

/// A person erased with `forget` answers a survey: `--create` does not make
/// them a lead again, as no other import does; their row is skipped.
#[test]
fn regression_survey_create_brings_back_no_erased_person() {
    let book = book();
    book.run(&["forget", "bruno", "--yes"]);
    book.write(
        "who.csv",
        "email,F:app,D:app\nanna@example.lv,like,dislike\nbruno@example.cz,like,dislike\n",
    );
    let out = book
        .rapport()
        .args(["import", "--survey", "features", "who.csv", "--create"])
        .assert()
        .success();
    let err = stderr_of(&out);
    assert!(
        err.contains(
            "skipped `bruno@example.cz`: a person erased with `rapport forget` is not added again"
        ),
        "{err}"
    );
    let ids = book.ids();
    assert!(!ids.iter().any(|id| id.contains("bruno")), "{ids:?}");
    for id in &ids {
        let text = book.customer(id);
        assert!(!text.contains("bruno@example.cz"), "{id}: {text}");
    }
    assert!(book.customer("anna").contains("\"F:app\" = \"like\""));
}

/// `check` reads the anonymous answers of every declared survey too, and
/// names a broken one by file and line.
#[test]
fn check_reads_the_anonymous_answers() {
    let book = book();
    book.write(
        "surveys/features.toml",
        "name = \"features (anonymous)\"\n\n[[interactions]]\ndate = \"yesterday\"\nkind = \"survey\"\n",
    );
    let out = book.rapport().arg("check").assert().code(1);
    let err = stderr_of(&out);
    assert!(err.contains("surveys/features.toml:4:"), "{err}");
    book.write(
        "surveys/features.toml",
        "name = \"features (anonymous)\"\n\n[[interactions]]\ndate = 2026-11-01\nkind = \"survey\"\n",
    );
    book.rapport().arg("check").assert().success();
}
