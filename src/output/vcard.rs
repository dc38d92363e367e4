//! vCard 4.0 (RFC 6350) output: one `VCARD` per customer, as khard,
//! vdirsyncer and phones read it. Lines end in CRLF and are folded at 75
//! octets; text is escaped, and a control character given is written as
//! its visible symbol.

use std::io::{self, Write};

use super::content_line::{escape, fold_into};
use crate::model::Kind;
use crate::vcard::Card;

/// Writes `cards` to `out`, one after the other.
pub fn write(out: &mut dyn Write, cards: &[Card]) -> io::Result<()> {
    let mut text = String::new();
    for card in cards {
        write_card(&mut text, card);
    }
    out.write_all(text.as_bytes())
}

/// Appends one card.
fn write_card(text: &mut String, card: &Card) {
    let mut line = |l: String| fold_into(text, &l);
    line("BEGIN:VCARD".into());
    line("VERSION:4.0".into());
    line(format!(
        "PRODID:-//rapport//rapport {}//EN",
        env!("CARGO_PKG_VERSION")
    ));
    if let Some(uid) = &card.uid {
        line(format!("UID:{}", escape(uid)));
    }
    match card.kind {
        Some(Kind::Person) => line("KIND:individual".into()),
        Some(Kind::Company) => line("KIND:org".into()),
        None => {}
    }
    line(format!("FN:{}", escape(&card.name)));
    if let Some(n) = &card.n {
        line(format!("N:{}", structured(n)));
    }
    if let Some(org) = &card.org {
        line(format!("ORG:{}", escape(org)));
    }
    if let Some(title) = &card.title {
        line(format!("TITLE:{}", escape(title)));
    }
    for (i, email) in card.emails.iter().enumerate() {
        let pref = if i == 0 && card.emails.len() > 1 {
            ";PREF=1"
        } else {
            ""
        };
        line(format!("EMAIL{pref}:{}", escape(email)));
    }
    for (i, phone) in card.phones.iter().enumerate() {
        let pref = if i == 0 && card.phones.len() > 1 {
            ";PREF=1"
        } else {
            ""
        };
        // A number as people write it is text, not a tel: URI.
        line(format!("TEL;VALUE=text{pref}:{}", escape(phone)));
    }
    let a = &card.address;
    if a.street.is_some() || a.city.is_some() || a.postcode.is_some() || a.country.is_some() {
        let part = |p: &Option<String>| p.clone().unwrap_or_default();
        // Post office box; extended address; street; locality; region;
        // postal code; country.
        line(format!(
            "ADR:{}",
            structured(&[
                String::new(),
                String::new(),
                part(&a.street),
                part(&a.city),
                String::new(),
                part(&a.postcode),
                part(&a.country),
            ])
        ));
    }
    if let Some(url) = &card.url {
        line(format!("URL:{}", escape(url)));
    }
    if !card.categories.is_empty() {
        let categories: Vec<String> = card.categories.iter().map(|c| escape(c)).collect();
        line(format!("CATEGORIES:{}", categories.join(",")));
    }
    if let Some(note) = &card.note {
        line(format!("NOTE:{}", escape(note)));
    }
    line("END:VCARD".into());
}

/// Returns a structured value (N, ADR): its parts escaped, joined by `;`.
fn structured(parts: &[String]) -> String {
    parts
        .iter()
        .map(|p| escape(p))
        .collect::<Vec<_>>()
        .join(";")
}
