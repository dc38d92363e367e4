//! `rapport forget ID`: erasure on request, the suppression list, and
//! `show --format json` as the subject-access export.

use std::process::Command as StdCommand;

use crate::git_support::{git, git_book, rapport_git, run_git, subjects};
use crate::support::{TestBook, stderr_of, stdout_of};

/// Returns `sha256:` and the SHA-256 of `text`, computed by coreutils'
/// `sha256sum`, independently of rapport.
fn sha256sum(text: &str) -> String {
    let out = StdCommand::new("sh")
        .arg("-c")
        .arg("printf %s \"$1\" | sha256sum")
        .arg("sh")
        .arg(text)
        .output()
        .expect("sha256sum runs");
    let hex = String::from_utf8(out.stdout).unwrap();
    format!("sha256:{}", hex.split_whitespace().next().unwrap())
}

/// Returns the value of `key = "…"` in the n-th `[[suppressed]]` entry.
/// Returns the value of `key` in entry `n` of suppressed.toml: one line per
/// person, `{ date = …, salt = "…", email = "sha256:…" },`.
fn entry_value(text: &str, n: usize, key: &str) -> Option<String> {
    let entry = entries(text).nth(n)?;
    let after = entry.split(&format!("{key} = \"")).nth(1)?;
    Some(after.split('"').next()?.to_string())
}

fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| l.trim_start().starts_with('{'))
}

fn book_with_eriks() -> TestBook {
    let book = TestBook::new();
    book.run(&[
        "add",
        "Ēriks Ozoliņš",
        "--email",
        "Eriks@Example.lv",
        "--phone",
        "+371 2612 3456",
    ]);
    book.run(&[
        "log",
        "eriks-ozolins",
        "purchase",
        "--date",
        "2026-03-01T10:30",
        "--amount",
        "1500.00",
        "--ref",
        "INV-1",
        "-m",
        "First order for Ēriks",
    ]);
    book.run(&[
        "log",
        "eriks-ozolins",
        "call",
        "--date",
        "2026-04-01",
        "-m",
        "Ēriks asked for a discount",
    ]);
    book.run(&[
        "log",
        "eriks-ozolins",
        "purchase",
        "--date",
        "2026-05-02",
        "--amount",
        "-20.50",
    ]);
    book.run(&["add", "Petra Nováková", "--company", "eriks-ozolins"]);
    book
}

#[test]
fn forget_removes_the_customer_and_suppresses_their_details() {
    let book = book_with_eriks();
    let assert = book
        .rapport()
        .args(["forget", "eriks-ozolins", "--yes"])
        .assert()
        .success();
    assert_eq!(stdout_of(&assert), "");
    let err = stderr_of(&assert);
    assert!(
        err.contains("erased `eriks-ozolins`: removed customers/eriks-ozolins.toml"),
        "{err}"
    );
    assert!(
        err.contains("removed `company = \"eriks-ozolins\"` from petra-novakova"),
        "{err}"
    );
    assert!(!book.path("customers/eriks-ozolins.toml").exists());
    assert_eq!(
        book.customer("petra-novakova"),
        "name = \"Petra Nováková\"\nstage = \"lead\"\ncreated = 2026-11-23\n"
    );

    let list = book.read("suppressed.toml");
    assert!(
        list.starts_with("# People erased with `rapport forget`"),
        "{list}"
    );
    assert!(!list.contains("xample") && !list.contains("2612"), "{list}");
    let salt = entry_value(&list, 0, "salt").unwrap();
    assert_eq!(salt.len(), 32);
    // The e-mail lowercased, the phone as digits without the + prefix.
    assert_eq!(
        entry_value(&list, 0, "email").unwrap(),
        sha256sum(&format!("{salt}:email:eriks@example.lv"))
    );
    assert_eq!(
        entry_value(&list, 0, "phone").unwrap(),
        sha256sum(&format!("{salt}:phone:37126123456"))
    );
    assert!(list.contains("{ date = 2026-11-23, salt = "), "{list}");
    book.rapport().args(["check"]).assert().success();
}

#[test]
fn a_second_erasure_reuses_the_salt_and_never_suppresses_twice() {
    let book = book_with_eriks();
    book.run(&["forget", "eriks-ozolins", "--yes"]);
    // The same person again (a record written by hand: `add` refuses the
    // erased e-mail), then someone else.
    book.write(
        "customers/eriks-o.toml",
        "name = \"Eriks O.\"\nemail = \"ERIKS@example.lv\"\n",
    );
    let assert = book
        .rapport()
        .args(["forget", "eriks-o", "--yes"])
        .assert()
        .success();
    assert!(stderr_of(&assert).contains("their e-mail and phone were already in suppressed.toml"));
    book.run(&["add", "Jiří Dvořák", "--phone", "00420 777 123 456"]);
    book.run(&["forget", "jiri-dvorak", "--yes"]);

    let list = book.read("suppressed.toml");
    assert_eq!(entries(&list).count(), 2);
    let salt = entry_value(&list, 0, "salt").unwrap();
    assert_eq!(entry_value(&list, 1, "salt").unwrap(), salt);
    assert_eq!(entry_value(&list, 1, "email"), None);
    assert_eq!(
        entry_value(&list, 1, "phone").unwrap(),
        sha256sum(&format!("{salt}:phone:420777123456"))
    );
}

#[test]
fn keep_figures_leaves_an_anonymous_record_with_the_same_revenue() {
    let book = book_with_eriks();
    let before: serde_json::Value =
        serde_json::from_str(&book.run(&["show", "eriks-ozolins", "--format", "json"])).unwrap();
    let assert = book
        .rapport()
        .args(["forget", "eriks-ozolins", "--keep-figures", "--yes"])
        .assert()
        .success();
    let anon = stdout_of(&assert).trim().to_string();
    assert!(
        anon.starts_with("anon-") && anon.len() == "anon-".len() + 8,
        "{anon}"
    );
    assert!(stderr_of(&assert).contains(&format!(
        "kept 2 purchase(s), dates and amounts only, as the anonymous customer `{anon}`"
    )));
    let suffix = &anon["anon-".len()..];
    assert_eq!(
        book.customer(&anon),
        format!(
            "name = \"Anonymous {suffix}\"\nstage = \"lead\"\n\n[[interactions]]\ndate = 2026-03-01\nkind = \"purchase\"\namount = 1500.00\n\n[[interactions]]\ndate = 2026-05-02\nkind = \"purchase\"\namount = -20.50\n"
        )
    );
    let after: serde_json::Value =
        serde_json::from_str(&book.run(&["show", &anon, "--format", "json"])).unwrap();
    // 1500.00 − 20.50, before and after.
    assert_eq!(before["figures"]["revenue"].to_string(), "1479.50");
    assert_eq!(after["figures"]["revenue"], before["figures"]["revenue"]);
    assert_eq!(after["figures"]["orders"], before["figures"]["orders"]);
    assert_eq!(
        after["figures"]["first_purchase"],
        before["figures"]["first_purchase"]
    );
}

#[test]
fn forget_asks_first_and_refuses_in_a_pipe_without_yes() {
    let book = book_with_eriks();
    book.rapport()
        .args(["forget", "eriks-ozolins"])
        .assert()
        .code(2);
    assert!(book.path("customers/eriks-ozolins.toml").exists());
    let assert = book
        .rapport()
        .args(["forget", "eriks", "--yes"])
        .assert()
        .code(1);
    assert!(stderr_of(&assert).contains("no customer `eriks`"));
    assert!(!book.path("suppressed.toml").exists());
}

#[test]
fn in_git_it_commits_and_the_printed_commands_purge_the_history() {
    let book = git_book(true);
    run_git(
        &book,
        &["add", "Ēriks Ozoliņš", "--email", "eriks@example.lv"],
    );
    run_git(
        &book,
        &["log", "eriks-ozolins", "call", "-m", "Talked to Ēriks"],
    );
    run_git(&book, &["add", "Anna Bērziņa"]);
    run_git(
        &book,
        &["set", "eriks-ozolins", "anna-berzina", "tags+=fair"],
    );
    let assert = rapport_git(&book)
        .args(["forget", "eriks-ozolins", "--yes"])
        .assert()
        .success();
    let err = stderr_of(&assert);
    assert_eq!(
        subjects(book.root())[0],
        "rapport: forget a customer (erasure request)"
    );
    assert_eq!(git(book.root(), &["status", "--porcelain"]), "");
    assert!(
        err.contains("git history still holds customers/eriks-ozolins.toml"),
        "{err}"
    );
    assert!(
        err.contains(
            "git filter-repo --force --invert-paths --path 'customers/eriks-ozolins.toml'"
        ),
        "{err}"
    );

    // Run the plain-git commands exactly as printed.
    let plain = err
        .split("or, without git-filter-repo")
        .nth(1)
        .expect("the filter-branch variant");
    let commands: Vec<&str> = plain
        .lines()
        .filter(|l| l.starts_with("    git "))
        .map(str::trim)
        .collect();
    assert_eq!(commands.len(), 3);
    for c in commands {
        let out = StdCommand::new("sh")
            .arg("-c")
            .arg(c)
            .current_dir(book.root())
            .env("FILTER_BRANCH_SQUELCH_WARNING", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{c}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        git(
            book.root(),
            &[
                "log",
                "--all",
                "--format=%h",
                "--",
                "customers/eriks-ozolins.toml"
            ]
        ),
        ""
    );
    let messages = git(book.root(), &["log", "--all", "--format=%B"]);
    assert!(!messages.contains("eriks-ozolins"), "{messages}");
    // Commits that touched only the forgotten file are gone; a commit that
    // also changed someone else keeps its other change, renamed.
    assert_eq!(
        subjects(book.root()),
        [
            "rapport: forget a customer (erasure request)",
            "rapport: set tags on forgotten-customer, anna-berzina",
            "rapport: add anna-berzina",
            "A new book",
        ]
    );
    let everything = git(book.root(), &["log", "--all", "-p"]);
    assert!(
        !everything.contains("Ēriks") && !everything.contains("eriks@"),
        "{everything}"
    );
}

#[test]
fn show_json_holds_every_value_of_the_file() {
    let book = TestBook::new();
    let text = "\
name = \"Ozoliņš SIA\"
kind = \"company\"
stage = \"customer\"
email = \"info@ozolins.example\"
phone = \"+371 2612 3456\"
owner = \"anna\"
tags = [\"b2b\", \"vip\"]
source = \"webinar\"
acquisition_cost = 120.00
created = 2024-03-01
vat_number = \"LV40003000000\"

[address]
street = \"Brīvības iela 1\"
city = \"Rīga\"
postcode = \"LV-1010\"
country = \"LV\"

[fields]
industry = \"manufacturing\"

[next]
date = 2026-12-01
action = \"Call about the renewal\"

[consent]
email = true
date = 2024-03-02

[[deals]]
title = \"Annual licence 2025\"
value = 12000.00
stage = \"won\"
opened = 2024-11-02
closed = 2025-01-15
contact_person = \"Ilze Kalna\"

[[interactions]]
date = 2024-03-01
kind = \"purchase\"
amount = 1500.00
summary = \"First order\"
ref = \"INV-1001\"

[[interactions]]
date = 2024-06-10
kind = \"survey\"
nps = 9
csat = 4

[[interactions]]
date = 2024-07-01
kind = \"stage\"
from = \"prospect\"
to = \"customer\"

[[interactions]]
date = 2024-09-02T09:10:00
kind = \"support\"
summary = \"Invoice PDF missing\"
resolved = 2024-09-02T15:40:00
owner = \"janis\"
channel = \"phone\"
";
    book.write("customers/ozolins-sia.toml", text);
    let json = book.run(&["show", "ozolins-sia", "--format", "json"]);
    let doc: toml_edit::DocumentMut = text.parse().unwrap();
    let mut missing = Vec::new();
    let mut check = |key: &str, v: &toml_edit::Value| {
        let needle = match v.as_str() {
            Some(s) => format!("\"{s}\""),
            None => v.to_string().trim().to_string(),
        };
        let needle = needle.trim_matches(|c| c == '[' || c == ']').to_string();
        if !json.contains(&needle) && !json.contains(&needle.replace("\", \"", "\",\n")) {
            missing.push(format!("{key} = {needle}"));
        }
    };
    for (key, item) in doc.iter() {
        match item {
            toml_edit::Item::Value(toml_edit::Value::Array(a)) => {
                for v in a.iter() {
                    check(key, v);
                }
            }
            toml_edit::Item::Value(v) => check(key, v),
            toml_edit::Item::Table(t) => {
                for (k, i) in t.iter() {
                    check(&format!("{key}.{k}"), i.as_value().unwrap());
                }
            }
            toml_edit::Item::ArrayOfTables(a) => {
                for t in a.iter() {
                    for (k, i) in t.iter() {
                        check(&format!("{key}.{k}"), i.as_value().unwrap());
                    }
                }
            }
            toml_edit::Item::None => {}
        }
    }
    assert!(
        missing.is_empty(),
        "missing from show --format json: {missing:?}\n{json}"
    );
}

/// Every file of the book outside `.git/` whose bytes hold `needle`.
fn files_holding(book: &TestBook, needle: &str) -> Vec<String> {
    walkdir::WalkDir::new(book.root())
        .into_iter()
        .filter_entry(|e| e.file_name() != ".git")
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            std::fs::read(e.path())
                .is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes()))
        })
        .map(|e| {
            e.path()
                .strip_prefix(book.root())
                .unwrap()
                .display()
                .to_string()
        })
        .collect()
}

#[test]
fn regression_forget_left_personal_data_in_the_cache_and_edit_leftovers() {
    let book = book_with_eriks();
    // A cached read holds the person; so does the copy of an edit that
    // failed, and a temporary file of an interrupted write.
    book.run(&["query", "stage = customer"]);
    let text = book.customer("eriks-ozolins");
    book.write(".rapport/edit/eriks-ozolins.toml", &text);
    book.write(".rapport/tmp/.tmp-left1", &text);
    assert!(
        files_holding(&book, "Example.lv").len() >= 3,
        "{:?}",
        files_holding(&book, "Example.lv")
    );
    book.run(&["forget", "eriks-ozolins", "--yes"]);
    // A read after the erasure writes a new cache: without the person.
    book.run(&["query", "stage = lead"]);
    for needle in ["Example.lv", "Ozoliņš", "2612 3456", "Ēriks"] {
        assert_eq!(
            files_holding(&book, needle),
            Vec::<String>::new(),
            "{needle}"
        );
    }
}

#[test]
fn regression_two_clones_erasures_broke_suppressed_toml() {
    let origin = git_book(true);
    for (name, email) in [("Anna Liepa", "anna@a.lv"), ("Juris Kalns", "juris@b.lv")] {
        run_git(&origin, &["add", name, "--email", email]);
    }
    let one = crate::git_support::clone_of(&origin, "Jānis");
    let two = crate::git_support::clone_of(&origin, "Marta");
    run_git(&one, &["forget", "anna-liepa", "--yes"]);
    run_git(&two, &["forget", "juris-kalns", "--yes"]);
    let pulled = crate::git_support::git_output(
        two.root(),
        &[
            "-c",
            "pull.rebase=false",
            "pull",
            "--no-edit",
            "-q",
            one.root().to_str().unwrap(),
            "main",
        ],
    );
    assert!(pulled.status.success(), "{pulled:?}");
    let list = two.read("suppressed.toml");
    assert_eq!(entries(&list).count(), 2, "{list}");
    assert!(!list.contains("<<<<<<<"), "{list}");
    two.rapport().arg("check").assert().success();
    // Both are recognised: an import of both skips both.
    two.write(
        "back.csv",
        "name,email\nAnna,ANNA@a.lv\nJuris,juris@b.lv\nNew,new@c.lv\n",
    );
    let out = rapport_git(&two)
        .args(["import", "back.csv"])
        .assert()
        .success();
    assert!(stderr_of(&out).contains("2"), "{}", stderr_of(&out));
    let ids: Vec<String> = std::fs::read_dir(two.path("customers"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name != ".gitkeep")
        .collect();
    assert_eq!(ids, vec!["new.toml".to_string()], "{ids:?}");
}

#[test]
fn a_union_merged_file_of_the_older_form_is_read_and_rewritten() {
    let book = book_with_eriks();
    let salt = "0123456789abcdef0123456789abcdef";
    let a = sha256sum(&format!("{salt}:email:a@x.lv"));
    let b = sha256sum(&format!("{salt}:email:b@x.lv"));
    // What git's union merge made of two [[suppressed]] entries added on
    // the same day by two clones: one table, two `email` keys.
    book.write(
        "suppressed.toml",
        &format!("# People erased\n[[suppressed]]\ndate = 2026-11-20\nsalt = \"{salt}\"\nemail = \"{a}\"\nemail = \"{b}\"\n"),
    );
    let out = book.rapport().arg("check").assert().success();
    let err = stderr_of(&out);
    assert!(
        err.contains("suppressed.toml:6:1: warning: entries merged line by line by git"),
        "{err}"
    );
    book.write("back.csv", "name,email\nA,a@x.lv\nB,b@x.lv\n");
    book.run(&["import", "back.csv"]);
    assert!(!book.path("customers/a.toml").exists());
    assert!(!book.path("customers/b.toml").exists());
    // The next erasure rewrites the file one person per line.
    book.run(&["forget", "eriks-ozolins", "--yes"]);
    let list = book.read("suppressed.toml");
    assert_eq!(entries(&list).count(), 3, "{list}");
    assert!(!list.contains("[[suppressed]]"), "{list}");
    book.rapport().arg("check").assert().success();
}

#[test]
fn regression_a_crash_during_forget_keep_figures_doubled_revenue() {
    let binary = assert_cmd::cargo::cargo_bin("rapport");
    let revenue = |book: &TestBook| -> String {
        let json = book.json(&["report", "summary"]);
        json.to_string()
            .split("\"revenue\":")
            .nth(1)
            .map(|s| s.split([',', '}']).next().unwrap().to_string())
            .unwrap_or_default()
    };
    let (mut untouched, mut erased) = (0, 0);
    let mut delay = 0u64;
    for step in 0..40 {
        let book = book_with_eriks();
        let before = revenue(&book);
        let mut child = std::process::Command::new(&binary)
            .current_dir(book.root())
            .env("RAPPORT_TODAY", crate::support::TODAY)
            .args(["forget", "eriks-ozolins", "--yes", "--keep-figures"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_micros(delay));
        let _ = child.kill();
        child.wait().unwrap();
        delay = (delay + 250 + step * 97) % 6000;
        // The next command that writes (here `check`) completes a decided
        // erasure; then the book is either as before or wholly erased.
        book.rapport().arg("check").assert().success();
        assert_eq!(revenue(&book), before, "step {step}: revenue changed");
        let anonymous = std::fs::read_dir(book.path("customers"))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with("anon-")
            })
            .count();
        if book.path("customers/eriks-ozolins.toml").exists() {
            assert_eq!(
                anonymous, 0,
                "step {step}: both the person and an anonymous record"
            );
            untouched += 1;
            // Running it again finishes the job once.
            book.run(&["forget", "eriks-ozolins", "--yes", "--keep-figures"]);
            assert_eq!(revenue(&book), before);
        } else {
            assert_eq!(anonymous, 1, "step {step}");
            erased += 1;
        }
        assert_eq!(
            entries(&book.read_or_empty("suppressed.toml")).count(),
            1,
            "step {step}"
        );
    }
    eprintln!("{untouched} untouched, {erased} erased");
}

#[test]
fn regression_set_and_add_brought_erased_details_back() {
    let book = book_with_eriks();
    book.run(&["forget", "eriks-ozolins", "--yes"]);
    let before = book.customer("petra-novakova");
    for args in [
        &["set", "petra-novakova", "email=ERIKS@example.lv"][..],
        &["set", "petra-novakova", "phone=+371 26 123 456"],
        &["add", "Ēriks", "--email", "eriks@example.lv"],
        &["add", "Ēriks", "--phone", "0037126123456"],
    ] {
        let out = book.rapport().args(args).assert().code(1);
        assert!(
            stderr_of(&out).contains("belongs to a person erased with `rapport forget`"),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    assert_eq!(book.customer("petra-novakova"), before);
    assert!(!book.path("customers/eriks.toml").exists());
    // Other details are set as usual.
    book.run(&["set", "petra-novakova", "email=petra@example.cz"]);
}

#[test]
fn regression_import_update_rows_brought_erased_details_back() {
    let book = book_with_eriks();
    book.run(&["set", "petra-novakova", "email=petra@example.cz"]);
    book.run(&["forget", "eriks-ozolins", "--yes"]);
    let before = book.customer("petra-novakova");
    // Matched by id: the erased e-mail would land on Petra.
    book.write(
        "by-id.csv",
        "id,email,city\npetra-novakova,ERIKS@example.lv,Brno\n",
    );
    // Matched by e-mail: the erased phone would land on Petra.
    book.write(
        "by-email.csv",
        "email,phone,city\npetra@example.cz,0037126123456,Brno\n",
    );
    for args in [
        &["import", "by-id.csv", "--on-match", "update"][..],
        &[
            "import",
            "by-email.csv",
            "--match",
            "email",
            "--on-match",
            "update",
        ],
        &["import", "by-id.csv", "--on-match", "update", "--dry-run"],
    ] {
        let out = book.rapport().args(args).assert().success();
        let err = stderr_of(&out);
        assert!(
            err.contains("skipped: its ") && err.contains("belongs to a person erased"),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("0 created, 0 updated, 0 unchanged, 1 skipped"),
            "{args:?}: {err}"
        );
        assert_eq!(book.customer("petra-novakova"), before, "{args:?}");
    }
    // A row without erased details updates as usual.
    book.write("fine.csv", "email,city\npetra@example.cz,Brno\n");
    book.run(&[
        "import",
        "fine.csv",
        "--match",
        "email",
        "--on-match",
        "update",
    ]);
    assert!(book.customer("petra-novakova").contains("city = \"Brno\""));
}

#[test]
fn regression_interaction_and_deal_imports_could_carry_erased_details() {
    let book = book_with_eriks();
    book.run(&["forget", "eriks-ozolins", "--yes"]);
    let before = book.customer("petra-novakova");
    book.write(
        "calls.csv",
        "customer,date,kind,Caller phone\npetra-novakova,2026-06-01,call,+371 2612 3456\n",
    );
    book.write(
        "deals.csv",
        "customer,title,stage,Contact\npetra-novakova,Renewal,won,eriks@EXAMPLE.lv\n",
    );
    // An entry names its customer by an erased e-mail: nobody holds it.
    book.write(
        "by-email.csv",
        "email,date,kind\neriks@example.lv,2026-06-01,call\n",
    );
    for args in [
        &["import", "--interactions", "calls.csv", "--keep-unmapped"][..],
        &["import", "--deals", "deals.csv", "--keep-unmapped"],
        &["import", "--interactions", "by-email.csv"],
    ] {
        let out = book.rapport().args(args).assert().failure();
        let err = stderr_of(&out);
        assert!(err.contains("nothing was written"), "{args:?}: {err}");
        assert_eq!(book.customer("petra-novakova"), before, "{args:?}");
    }
    let out = book
        .rapport()
        .args(["import", "--interactions", "calls.csv", "--keep-unmapped"])
        .assert()
        .failure();
    assert!(
        stderr_of(&out).contains(
            "calls.csv:2: `caller_phone` holds the phone of a person erased with `rapport forget`"
        ),
        "{}",
        stderr_of(&out)
    );
}
