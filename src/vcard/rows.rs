//! Cards as the rows of a customer import: each card one row, its
//! properties in the columns the CSV import knows by path (`name`,
//! `email`, `address.city`, `fields.title` …), so that the same passes
//! validate, match, lock and write them.

use std::collections::HashMap;

use super::Card;
use super::build::{NOTE_FIELD, OTHER_EMAILS_FIELD, OTHER_PHONES_FIELD, TITLE_FIELD, UID_FIELD};
use crate::csv::source::Table;
use crate::model::contact::email_key;
use crate::model::{Customer, Id, Kind, Value};

/// What the rows keep in custom fields, for a note: a customer has one
/// e-mail address and one phone number, so a card's further ones go to
/// `fields.other_emails` and `fields.other_phones`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Further {
    /// E-mail addresses after a card's first (or preferred).
    pub emails: usize,
    /// Phone numbers after a card's first (or preferred).
    pub phones: usize,
}

/// What the book knows that finds a card's customer: the UIDs kept in
/// `fields.vcard_uid`, and the e-mail addresses (compared as
/// [`email_key`] compares them), each with its customer's id.
#[derive(Debug, Default)]
pub struct Known {
    uids: HashMap<String, String>,
    emails: HashMap<String, String>,
}

impl Known {
    /// Returns what `customers` tell.
    pub fn of(customers: &[Customer]) -> Known {
        let mut known = Known::default();
        for c in customers {
            let Some(id) = c.id.as_ref().map(ToString::to_string) else {
                continue;
            };
            if let Some(Value::String(uid)) = c.fields.get(UID_FIELD) {
                known.uids.insert(uid.clone(), id.clone());
            }
            if let Some(email) = c.email.as_deref().and_then(email_key) {
                known.emails.insert(email, id);
            }
        }
        known
    }

    /// Returns the id of the customer a card is: the one whose kept UID
    /// is the card's, else the one with the card's first e-mail address.
    fn id_of(&self, card: &Card) -> Option<String> {
        card.uid
            .as_ref()
            .and_then(|u| self.uids.get(u))
            .or_else(|| {
                let email = email_key(card.emails.first()?)?;
                self.emails.get(&email)
            })
            .cloned()
    }
}

/// Returns true when a card's UID is a rapport id (what `export --format
/// vcard` writes), and so names the customer itself; a UUID, though it
/// could pass as an id, is another program's.
pub fn uid_is_id(uid: &str) -> bool {
    Id::parse(uid).is_ok() && !is_uuid(uid)
}

fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Returns `cards` as a table for the customer import (only the columns
/// some card fills); `line` gives the line a card's row is told at. A
/// card's UID gives the row's id when it is a rapport id; else the row's
/// id is the customer's `known` finds by the UID or the e-mail address
/// (so a card imported again updates its customer), and a UID that is not
/// a rapport id is kept in `fields.vcard_uid`.
pub fn table(
    cards: &[Card],
    known: &Known,
    line: impl Fn(usize, &Card) -> u64,
) -> (Table, Further) {
    use crate::model::fields as f;
    // The field table's paths; the custom fields after them are the card's
    // own (see `build`).
    const COLUMNS: [&str; 17] = [
        f::ID,
        f::NAME.path,
        f::KIND.path,
        f::EMAIL.path,
        f::PHONE.path,
        f::WEBSITE.path,
        f::COMPANY.path,
        f::STREET.path,
        f::CITY.path,
        f::POSTCODE.path,
        f::COUNTRY.path,
        f::TAGS.path,
        "fields.title",
        "fields.note",
        "fields.vcard_uid",
        "fields.other_emails",
        "fields.other_phones",
    ];
    debug_assert_eq!(COLUMNS[12], format!("fields.{TITLE_FIELD}"));
    debug_assert_eq!(COLUMNS[13], format!("fields.{NOTE_FIELD}"));
    debug_assert_eq!(COLUMNS[14], format!("fields.{UID_FIELD}"));
    debug_assert_eq!(COLUMNS[15], format!("fields.{OTHER_EMAILS_FIELD}"));
    debug_assert_eq!(COLUMNS[16], format!("fields.{OTHER_PHONES_FIELD}"));
    let mut further = Further::default();
    let mut rows: Vec<(u64, Vec<String>)> = Vec::with_capacity(cards.len());
    for (i, card) in cards.iter().enumerate() {
        further.emails += card.emails.len().saturating_sub(1);
        further.phones += card.phones.len().saturating_sub(1);
        let rest = |all: &[String]| all.get(1..).unwrap_or_default().join(", ");
        let uid = card.uid.as_deref().unwrap_or("");
        let (id, foreign_uid) = if uid_is_id(uid) {
            (uid.to_string(), String::new())
        } else {
            (known.id_of(card).unwrap_or_default(), uid.to_string())
        };
        // A card whose ORG is its own name is the company itself.
        let is_itself = card.org.as_deref() == Some(card.name.as_str());
        let kind = card.kind.or(is_itself
            .then_some(Kind::Company)
            .filter(|_| card.n.is_none()));
        let company = if kind == Some(Kind::Company) || is_itself {
            String::new()
        } else {
            card.org.clone().unwrap_or_default()
        };
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let a = &card.address;
        rows.push((
            line(i, card),
            vec![
                id,
                card.name.clone(),
                kind.map_or(String::new(), |k| k.as_str().to_string()),
                card.emails.first().cloned().unwrap_or_default(),
                card.phones.first().cloned().unwrap_or_default(),
                text(&card.url),
                company,
                text(&a.street),
                text(&a.city),
                text(&a.postcode),
                text(&a.country),
                card.categories.join(";"),
                text(&card.title),
                text(&card.note),
                foreign_uid,
                rest(&card.emails),
                rest(&card.phones),
            ],
        ));
    }
    // Only the columns some card fills: an empty column would only be
    // listed by a dry run.
    let used: Vec<usize> = (0..COLUMNS.len())
        .filter(|&c| c == 1 || rows.iter().any(|(_, cells)| !cells[c].is_empty()))
        .collect();
    let headers = used.iter().map(|&c| COLUMNS[c].to_string()).collect();
    let rows = rows
        .into_iter()
        .map(|(line, cells)| {
            let cells = used.iter().map(|&c| cells[c].clone()).collect();
            (line, cells)
        })
        .collect();
    (Table::from_rows(headers, rows), further)
}
