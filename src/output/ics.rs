//! iCalendar (RFC 5545) output: a `VCALENDAR` of `VEVENT`s, as khal,
//! Thunderbird and Google Calendar's import read it. Every line ends in
//! CRLF and is folded at 75 octets (never inside a UTF-8 character); text
//! values are escaped (`\\`, `\;`, `\,`, `\n`), and a control character
//! given (an escape sequence in a summary) is written as its visible
//! symbol, never as itself.

use std::io::{self, Write};

use chrono::{Days, NaiveDateTime};

use crate::model::When;

use super::content_line::{escape, fold_into};

/// One event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The event's identity: the same UID on a later import updates it.
    pub uid: String,
    /// A day (an all-day event) or a local ("floating") date-time.
    pub start: When,
    pub summary: String,
    pub description: String,
    /// Words to file it under (`follow-up`, `deal`, `support`).
    pub categories: Vec<String>,
}

/// A calendar: its name and events, and the moment (UTC) it is made.
#[derive(Clone, Debug)]
pub struct Calendar {
    pub name: String,
    /// DTSTAMP of every event: when the file was made, in UTC.
    pub stamp: NaiveDateTime,
    pub events: Vec<Event>,
}

/// Writes `calendar` to `out` as an iCalendar file.
pub fn write(out: &mut dyn Write, calendar: &Calendar) -> io::Result<()> {
    let mut text = String::new();
    let mut line = |l: &str| fold_into(&mut text, l);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!(
        "PRODID:-//rapport//rapport {}//EN",
        env!("CARGO_PKG_VERSION")
    ));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(&calendar.name)));
    let stamp = calendar.stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for e in &calendar.events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&e.uid)));
        line(&format!("DTSTAMP:{stamp}"));
        match e.start {
            When::Date(d) => {
                line(&format!("DTSTART;VALUE=DATE:{}", d.format("%Y%m%d")));
                // The end of an all-day event is the next day, exclusive;
                // some clients want it said.
                let end = d.checked_add_days(Days::new(1)).unwrap_or(d);
                line(&format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
                line("TRANSP:TRANSPARENT");
            }
            When::DateTime(t) => {
                line(&format!("DTSTART:{}", t.format("%Y%m%dT%H%M%S")));
            }
        }
        line(&format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            line(&format!("DESCRIPTION:{}", escape(&e.description)));
        }
        if !e.categories.is_empty() {
            let categories: Vec<String> = e.categories.iter().map(|c| escape(c)).collect();
            line(&format!("CATEGORIES:{}", categories.join(",")));
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out.write_all(text.as_bytes())
}
