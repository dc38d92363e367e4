//! `rapport agenda --format ics`, read back by an independent iCalendar
//! parser (the `icalendar` crate): the events, their UIDs across runs and
//! edits, the escaping of hostile summaries and the folding of long
//! Latvian and Serbian text.

use std::collections::BTreeMap;

use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};

use crate::support::TestBook;

/// One event as the parser reads it: start, summary, description.
#[derive(Debug, PartialEq)]
struct Read {
    start: String,
    summary: String,
    description: String,
}

/// Returns the events of an iCalendar text by UID, after checking the
/// lines themselves: CRLF ends, at most 75 octets, no control character.
fn parse(text: &str) -> BTreeMap<String, Read> {
    assert!(text.ends_with("\r\n"), "{text:?}");
    for line in text.strip_suffix("\r\n").unwrap().split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
        assert!(!line.chars().any(char::is_control), "{line:?}");
    }
    let unfolded = icalendar::parser::unfold(text);
    let calendar: Calendar = icalendar::parser::read_calendar(&unfolded)
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
        .into();
    let mut events = BTreeMap::new();
    for component in &calendar.components {
        let CalendarComponent::Event(e) = component else {
            panic!("not an event: {component:?}");
        };
        assert!(e.property_value("DTSTAMP").is_some(), "{e:?}");
        let start = match e.get_start().expect("DTSTART") {
            DatePerhapsTime::Date(d) => d.to_string(),
            DatePerhapsTime::DateTime(t) => format!("{t:?}"),
        };
        let uid = e.get_uid().expect("UID").to_string();
        let read = Read {
            start,
            summary: e.get_summary().expect("SUMMARY").to_string(),
            description: e.get_description().unwrap_or_default().to_string(),
        };
        assert!(
            events.insert(uid.clone(), read).is_none(),
            "UID twice: {uid}"
        );
    }
    events
}

fn book() -> TestBook {
    let book =
        TestBook::with_settings("name = \"Acme\"\nsla = { high = \"4h\", normal = \"2d\" }\n");
    book.write(
        "customers/anna-berzina.toml",
        "name = \"Anna Bērziņa\"\nowner = \"anna\"\n\n[next]\ndate = 2026-12-01\naction = \"Call about the renewal\"\n",
    );
    book.write(
        "customers/janis-kalnins.toml",
        "name = \"Jānis Kalniņš\"\n\n[next]\ndate = 2026-11-20T14:30:00\naction = \"Demo\"\n",
    );
    book.write(
        "customers/ozolins-sia.toml",
        r#"name = "Ozoliņš SIA"
kind = "company"

[[deals]]
title = "Annual licence 2027"
key = "annual-licence-2027"
value = 12000.00
stage = "proposal"
opened = 2026-10-01
expected = 2027-01-15

[[deals]]
title = "Old deal"
stage = "won"
opened = 2026-01-01
closed = 2026-02-01
expected = 2026-01-20

[[interactions]]
date = 2026-11-22T09:10:00
kind = "support"
summary = "Invoice PDF missing"
ref = "T-17"
priority = "high"

[[interactions]]
date = 2026-11-01T09:00:00
kind = "support"
summary = "Done already"
resolved = 2026-11-02
"#,
    );
    book
}

#[test]
fn follow_ups_expected_closes_and_sla_deadlines_are_events() {
    let book = book();
    let events = parse(&book.run(&["agenda", "--format", "ics"]));
    let got: Vec<(&str, &str, &str)> = events
        .iter()
        .map(|(uid, e)| (uid.as_str(), e.start.as_str(), e.summary.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "deal.ozolins-sia.annual-licence-2027@rapport",
                "2027-01-15",
                "Expected close: Annual licence 2027 — Ozoliņš SIA"
            ),
            (
                "followup.anna-berzina@rapport",
                "2026-12-01",
                "Call about the renewal — Anna Bērziņa"
            ),
            (
                "followup.janis-kalnins@rapport",
                "Floating(2026-11-20T14:30:00)",
                "Demo — Jānis Kalniņš"
            ),
            (
                "sla.ozolins-sia.T-17@rapport",
                // Opened 09:10, high priority: 4 hours.
                "Floating(2026-11-22T13:10:00)",
                "SLA deadline: Invoice PDF missing — Ozoliņš SIA"
            ),
        ]
    );
    assert!(
        events["sla.ozolins-sia.T-17@rapport"]
            .description
            .contains("rapport case resolve ozolins-sia/T-17"),
        "{events:?}"
    );
    // --where selects customers as for the report.
    let only = parse(&book.run(&["agenda", "--format", "ics", "--where", "kind = company"]));
    assert_eq!(only.len(), 2, "{only:?}");
}

#[test]
fn uids_stay_the_same_across_runs_and_unrelated_edits() {
    let book = book();
    let uids = |book: &TestBook| -> Vec<String> {
        parse(&book.run(&["agenda", "--format", "ics"]))
            .into_keys()
            .collect()
    };
    let first = uids(&book);
    assert_eq!(uids(&book), first);
    // The same file twice: byte for byte, with a fixed today.
    assert_eq!(
        book.run(&["agenda", "--format", "ics"]),
        book.run(&["agenda", "--format", "ics"])
    );
    book.run(&["set", "anna-berzina", "email=anna@example.lv"]);
    book.run(&["log", "ozolins-sia", "call", "-m", "Talked"]);
    book.run(&["add", "Jovana Petrović"]);
    assert_eq!(uids(&book), first);
    // A follow-up moved keeps its UID: the calendar moves the event.
    book.run(&["set", "anna-berzina", "next.date=2026-12-05"]);
    let moved = parse(&book.run(&["agenda", "--format", "ics"]));
    assert_eq!(moved.keys().cloned().collect::<Vec<_>>(), first);
    assert_eq!(moved["followup.anna-berzina@rapport"].start, "2026-12-05");
}

#[test]
fn a_summary_with_newlines_commas_semicolons_and_escapes_is_escaped() {
    let book = TestBook::new();
    book.write(
        "customers/x.toml",
        "name = \"Evil, Inc; \\\\ Ltd\"\n\n[next]\ndate = 2026-12-01\naction = \"Call back\\nEND:VEVENT\\r\\nBEGIN:VEVENT, then; \\u001b[31mred\"\n",
    );
    let text = book.run(&["agenda", "--format", "ics"]);
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert_eq!(
        text.split("\r\n").filter(|l| *l == "BEGIN:VEVENT").count(),
        1,
        "{text}"
    );
    let events = parse(&text);
    assert_eq!(
        events["followup.x@rapport"].summary,
        "Call back\nEND:VEVENT\nBEGIN:VEVENT, then; ␛[31mred — Evil, Inc; \\ Ltd"
    );
}

#[test]
fn long_latvian_and_serbian_text_is_folded_at_75_octets() {
    let book = TestBook::new();
    let action =
        "Piezvanīt Ēriku Ozoliņu par līgumu; позвати Ђорђа Петровића због уговора. ".repeat(6);
    book.write(
        "customers/dorde.toml",
        &format!(
            "name = \"Ђорђе Петровић\"\n\n[next]\ndate = 2026-12-01\naction = \"{}\"\n",
            action.trim()
        ),
    );
    let text = book.run(&["agenda", "--format", "ics"]);
    assert!(text.lines().count() > 10, "{text}");
    let events = parse(&text);
    assert_eq!(
        events["followup.dorde@rapport"].summary,
        format!("{} — Ђорђе Петровић", action.trim())
    );
}
