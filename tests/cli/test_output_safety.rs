//! Output that cannot attack (issue 23, items 1, 7 and 9): a control
//! character from a customer file or a file name never reaches the
//! terminal (people's formats show it as a symbol, stderr too), a newline
//! in a value or a file name never forges a line, and every csv and tsv
//! cell a spreadsheet would run as a formula carries export's `'` guard.

use std::fs;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::support::{TODAY, TestBook, stderr_of, stdout_of};

/// The name of the issue: an OSC title change, a bell, a screen clear,
/// then a newline and text dressed as a table row.
const HOSTILE_NAME: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2JEvil\nforged | row";

/// Returns `text` as a TOML basic string, control characters escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Returns the control characters of `text` other than the newline that
/// ends a line, as their code points, for a failure message.
fn control_bytes(text: &str) -> Vec<u32> {
    text.chars()
        .filter(|&c| c.is_control() && c != '\n')
        .map(|c| c as u32)
        .collect()
}

/// A book with one hostile customer, `evil`: escape sequences in its name,
/// tags, a custom key, a deal, an interaction and its follow-up; formulas
/// in its e-mail, owner and a tag; and an amount of -5.00.
fn hostile_book() -> TestBook {
    let book = TestBook::new();
    book.write(
        "customers/evil.toml",
        &format!(
            "name = {name}\nstage = \"customer\"\nemail = {email}\nowner = {owner}\n\
             tags = [{tag1}, {tag2}]\n{key} = \"v\"\n\n[next]\ndate = {TODAY}\naction = {action}\n\n\
             [[deals]]\ntitle = {deal}\nvalue = 100.00\nstage = \"proposal\"\n\n\
             [[interactions]]\ndate = 2026-01-05\nkind = \"purchase\"\namount = 20.00\nsummary = {summary}\n\n\
             [[interactions]]\ndate = 2026-01-06\nkind = \"purchase\"\namount = -5.00\n",
            name = toml_string(HOSTILE_NAME),
            email = toml_string("=HYPERLINK(\"http://evil.example\",\"click\")"),
            owner = toml_string("=cmd|' /C calc'!A0"),
            tag1 = toml_string("vip\u{1b}[31m"),
            tag2 = toml_string("@SUM(1+1)"),
            key = toml_string("note\u{1b}[8m"),
            action = toml_string("call\u{7}\r\nrapport: error: forged"),
            deal = toml_string("renewal\u{9b}2J"),
            summary = toml_string("bought\tit\nforged | row"),
        ),
    );
    book
}

/// Runs `rapport ARGS` in `book`, asserting success, and returns stdout
/// and stderr.
fn output(book: &TestBook, args: &[&str]) -> (String, String) {
    let out = book.rapport().args(args).assert().success();
    (stdout_of(&out), stderr_of(&out))
}

#[test]
fn regression_a_name_with_escape_sequences_reached_the_terminal() {
    let book = hostile_book();
    let commands: &[&[&str]] = &[
        &["show", "evil", "--format", "table"],
        &["show", "evil", "--format", "markdown"],
        &["query", "--format", "table"],
        &["query", "--format", "markdown"],
        &["query", "--format", "ids"],
        &["report", "summary", "--by", "owner", "--format", "table"],
        &["report", "summary", "--by", "tags", "--format", "markdown"],
        &["report", "summary", "--by", "owner", "--format", "html"],
        &["report", "pipeline", "--format", "table"],
        &["agenda", "--format", "table"],
        &["agenda", "--format", "markdown"],
        &["segment", "--by", "owner", "--format", "table"],
    ];
    for args in commands {
        let (out, err) = output(&book, args);
        assert_eq!(control_bytes(&out), [] as [u32; 0], "{args:?}:\n{out}");
        assert_eq!(control_bytes(&err), [] as [u32; 0], "{args:?}:\n{err}");
        assert!(
            !out.contains("\nforged"),
            "a value forged a line: {args:?}:\n{out}"
        );
    }
    // The characters are shown, not dropped: ESC as ␛, the newline as ␊.
    let (out, _) = output(&book, &["show", "evil", "--format", "table"]);
    assert!(
        out.starts_with("␛]0;pwned␇␛[2JEvil␊forged | row  (evil)\n"),
        "{out}"
    );
    assert!(out.contains("bought␉it␊forged | row"), "{out}");
    let (out, _) = output(
        &book,
        &["query", "--columns", "id,name", "--format", "table"],
    );
    assert_eq!(
        out.lines().count(),
        3,
        "a header, its rule and one row:\n{out}"
    );
    // An import's dry run lists the names it would create.
    fs::write(
        book.path("in.csv"),
        "name,email\n\"x\u{1b}[2Jy\nforged\",x@example.com\n",
    )
    .unwrap();
    let (out, err) = output(
        &book,
        &["import", "in.csv", "--dry-run", "--format", "table"],
    );
    assert!(out.contains("x␛[2Jy␊forged"), "{out}");
    assert_eq!(control_bytes(&out), [] as [u32; 0], "{out}");
    assert_eq!(control_bytes(&err), [] as [u32; 0], "{err}");
}

#[test]
fn regression_check_passed_a_file_with_escape_sequences() {
    let book = hostile_book();
    let (_, err) = output(&book, &["check"]);
    assert!(
        err.contains(
            "customers/evil.toml:1:8: warning: `name` holds the control character U+001B; rapport shows it as ␛"
        ),
        "{err}"
    );
    assert!(
        err.contains("customers/evil.toml:6:1: warning: the key `note␛[8m`"),
        "{err}"
    );
    assert!(
        err.contains("`tags` holds the control character U+001B"),
        "{err}"
    );
    assert!(
        err.contains("`next.action` holds the control character U+0007"),
        "{err}"
    );
    assert!(
        err.contains("`deals.title` holds the control character U+009B"),
        "{err}"
    );
    // A tab and a newline are ordinary text in a string: no warning.
    assert!(!err.contains("interactions.summary"), "{err}");
    assert_eq!(control_bytes(&err), [] as [u32; 0], "{err}");
    // The file still loads.
    let shown = book.json(&["show", "evil"]);
    assert_eq!(shown["name"], HOSTILE_NAME);
}

#[test]
fn regression_machine_formats_kept_the_exact_value_unambiguously() {
    let book = hostile_book();
    // json keeps the exact value (control characters escaped by the spec).
    let (out, _) = output(
        &book,
        &["query", "--columns", "id,name", "--format", "json"],
    );
    assert!(
        out.contains(r#""name": "\u001b]0;pwned\u0007\u001b[2JEvil\nforged | row""#),
        "{out}"
    );
    let (out, _) = output(
        &book,
        &["query", "--columns", "id,name", "--format", "ndjson"],
    );
    let row: serde_json::Value = serde_json::from_str(out.trim_end()).unwrap();
    assert_eq!(row["name"], HOSTILE_NAME);
    // tsv quotes a value holding a tab or a newline, as csv does, so a
    // reader splits the line into the right fields.
    let (out, _) = output(&book, &["show", "evil", "--format", "tsv"]);
    assert!(out.contains("\"bought\tit\nforged | row\""), "{out}");
    for format in ["csv", "tsv"] {
        let (out, _) = output(
            &book,
            &["query", "--columns", "id,name", "--format", format],
        );
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(if format == "csv" { b',' } else { b'\t' })
            .from_reader(out.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1, "{format}:\n{out}");
        assert_eq!(&rows[0][1], HOSTILE_NAME, "{format}");
    }
}

#[test]
fn regression_formulas_reached_spreadsheets_outside_export() {
    let book = hostile_book();
    let commands: &[&[&str]] = &[
        &[
            "query",
            "--columns",
            "id,email,owner,tags",
            "--format",
            "csv",
        ],
        &[
            "query",
            "--columns",
            "id,email,owner,tags",
            "--format",
            "tsv",
        ],
        &["show", "evil", "--format", "csv"],
        &["show", "evil", "--format", "tsv"],
        &["report", "summary", "--by", "owner", "--format", "csv"],
        &["segment", "--by", "owner", "--format", "csv"],
        &["segment", "--by", "owner", "--format", "tsv"],
        &["segment", "--by", "tags", "--format", "csv"],
    ];
    for args in commands {
        let (out, _) = output(&book, args);
        let delimiter = if args.contains(&"tsv") { '\t' } else { ',' };
        let mut guarded = 0;
        for line in out.lines() {
            for cell in line.split(delimiter) {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !cell.starts_with(['=', '@']) && !cell.starts_with("-cmd"),
                    "a live formula in {args:?}: {cell}\n{out}"
                );
                if cell.starts_with("'=") || cell.starts_with("'@") {
                    guarded += 1;
                }
            }
        }
        assert!(guarded > 0, "{args:?}: no guarded cell\n{out}");
    }
    let (out, _) = output(&book, &["show", "evil", "--format", "csv"]);
    assert!(out.contains("\nowner,'=cmd|' /C calc'!A0\n"), "{out}");
    // A negative amount is a number: it stays unguarded.
    assert!(out.contains("\ninteractions.2.amount,-5.00\n"), "{out}");
    let (out, _) = output(&book, &["agenda", "--format", "csv"]);
    assert!(!out.contains(",=") && !out.contains("\n="), "{out}");
    // export guards once, as before: the printer's guard is the same one.
    let (out, _) = output(&book, &["export", "--columns", "id,email,owner"]);
    assert_eq!(
        out,
        "id,email,owner\nevil,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'=cmd|' /C calc'!A0\n"
    );
}

#[cfg(unix)]
#[test]
fn regression_a_newline_in_a_file_name_forged_output_lines() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    fs::write(
        book.path("customers/x\nrapport: error: fake.toml"),
        "name = \"X\"\n",
    )
    .unwrap();
    fs::write(book.path("customers/y\u{1b}[31m.toml"), "name = \"Y\"\n").unwrap();
    for args in [
        &["query"][..],
        &["check"],
        &["report", "summary"],
        &["agenda"],
    ] {
        let (_, err) = output(&book, args);
        assert!(
            !err.lines().any(|l| l.starts_with("rapport: error: fake")),
            "{args:?} forged a line:\n{err}"
        );
        assert!(
            err.contains("customers/x␊rapport: error: fake.toml"),
            "{args:?}:\n{err}"
        );
        assert!(err.contains("customers/y␛[31m.toml"), "{args:?}:\n{err}");
        assert_eq!(control_bytes(&err), [] as [u32; 0], "{args:?}:\n{err}");
    }
}

/// A string made to break output: control characters, escape sequences,
/// newlines followed by text dressed as a line of rapport's, quotes,
/// pipes, formula starts, and any other character.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => any::<char>().prop_map(String::from),
        3 => (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap().to_string()),
        1 => (0x7fu32..0xa0).prop_map(|c| char::from_u32(c).unwrap().to_string()),
        2 => prop::sample::select(vec![
            "\u{1b}[2J", "\u{1b}]0;t\u{7}", "\nFORGED", "\r\nFORGED", "|", "\"", "\\", "=",
            "@", "-", "'", "a", "Ē", " ",
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..10).prop_map(|pieces| pieces.concat())
}

/// Where the hostile text goes in a customer file.
#[derive(Clone, Copy, Debug)]
enum Place {
    Name,
    Email,
    Owner,
    Company,
    Tag,
    Key,
    Custom,
    City,
    Action,
    Deal,
    Summary,
}

/// Returns a customer file with `text` at `place`.
fn file_with(place: Place, text: &str) -> String {
    let s = toml_string(text);
    let name = match place {
        Place::Name => s.clone(),
        _ => "\"Paula\"".to_string(),
    };
    let mut file = format!("name = {name}\nstage = \"customer\"\n");
    match place {
        Place::Email => file.push_str(&format!("email = {s}\n")),
        Place::Owner => file.push_str(&format!("owner = {s}\n")),
        Place::Company => file.push_str(&format!("company = {s}\n")),
        Place::Tag => file.push_str(&format!("tags = [\"vip\", {s}]\n")),
        Place::Key => file.push_str(&format!("{s} = 1\n")),
        _ => {}
    }
    match place {
        Place::Custom => file.push_str(&format!("\n[fields]\nsegment = {s}\n")),
        Place::City => file.push_str(&format!("\n[address]\ncity = {s}\n")),
        Place::Action => {
            file.push_str(&format!("\n[next]\ndate = {TODAY}\naction = {s}\n"));
        }
        Place::Deal => file.push_str(&format!(
            "\n[[deals]]\ntitle = {s}\nvalue = 10.00\nstage = \"proposal\"\n"
        )),
        _ => {}
    }
    let summary = match place {
        Place::Summary => s,
        _ => "\"bought\"".to_string(),
    };
    file.push_str(&format!(
        "\n[[interactions]]\ndate = 2026-01-05\nkind = \"purchase\"\namount = 20.00\nsummary = {summary}\n"
    ));
    file
}

/// Any string in any field of a customer file, or in a file name, and
/// `show`, `query` (table), `check`, a report and the agenda print no
/// control character on stdout or stderr other than the newline that ends
/// a line (no tab either), and no line starts with text that followed a
/// newline in the string.
#[test]
fn any_string_in_a_file_or_its_name_prints_no_control_character() {
    let book = TestBook::new();
    let places = vec![
        Place::Name,
        Place::Email,
        Place::Owner,
        Place::Company,
        Place::Tag,
        Place::Key,
        Place::Custom,
        Place::City,
        Place::Action,
        Place::Deal,
        Place::Summary,
    ];
    let strategy = (
        prop::sample::select(places),
        hostile_text(),
        hostile_text().prop_filter("a file name other than paula's", |n| {
            !n.contains(['/', '\0']) && n != "paula"
        }),
    );
    // 64 cases through the binary keep the suite fast; PROPTEST_CASES
    // runs more.
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&strategy, |(place, text, file_name)| {
            book.write("customers/paula.toml", &file_with(place, &text));
            let hostile_file = book.path(&format!("customers/{file_name}.toml"));
            let hostile_written = fs::write(&hostile_file, "name = \"Y\"\n").is_ok();
            let commands: &[&[&str]] = &[
                &["show", "paula", "--format", "table"],
                &["query", "--format", "table"],
                &["check"],
                &["report", "summary", "--by", "owner", "--format", "table"],
                &["agenda", "--format", "table"],
            ];
            for args in commands {
                let out = book.rapport().args(*args).output().unwrap();
                let stdout = String::from_utf8_lossy(&out.stdout);
                let stderr = String::from_utf8_lossy(&out.stderr);
                prop_assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
                for (stream, text) in [("stdout", &stdout), ("stderr", &stderr)] {
                    prop_assert_eq!(
                        control_bytes(text),
                        Vec::<u32>::new(),
                        "{:?} {}:\n{}",
                        args,
                        stream,
                        text
                    );
                    prop_assert!(
                        !text.lines().any(|l| l.starts_with("FORGED")),
                        "{:?} {} has a forged line:\n{}",
                        args,
                        stream,
                        text
                    );
                }
            }
            if hostile_written {
                let _ = fs::remove_file(&hostile_file);
            }
            Ok(())
        })
        .unwrap();
}
