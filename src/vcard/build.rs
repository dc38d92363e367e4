//! A customer as a [`Card`]: what `export --format vcard` writes.

use std::collections::HashMap;

use super::Card;
use crate::model::{Customer, Kind, Value};

/// The custom field that keeps the UID of a card imported from another
/// program (a phone's `urn:uuid:…`), so the card it came from is the card
/// exported, and importing it again updates the customer.
pub const UID_FIELD: &str = "vcard_uid";

/// The custom fields a card's TITLE and NOTE are kept in.
pub const TITLE_FIELD: &str = "title";
pub const NOTE_FIELD: &str = "note";

/// The custom fields that keep a card's further e-mail addresses and phone
/// numbers (a customer has one of each: the card's first, or preferred),
/// written `a@x.lv, b@x.lv`, so an import loses none and an export gives
/// them back.
pub const OTHER_EMAILS_FIELD: &str = "other_emails";
pub const OTHER_PHONES_FIELD: &str = "other_phones";

/// Returns the cards of `customers`, in their order: UID the customer's id
/// (or the UID the card came with), a person's ORG the name of their
/// company when the company is among `customers`, else the company's id.
pub fn cards(customers: &[Customer]) -> Vec<Card> {
    let names: HashMap<String, &str> = customers
        .iter()
        .filter_map(|c| Some((c.id.as_ref()?.to_string(), c.name.as_str())))
        .collect();
    customers
        .iter()
        .map(|c| {
            let company = c
                .company
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(|id| names.get(id).map_or(id, |n| *n));
            card(c, company)
        })
        .collect()
}

/// Returns the card of one customer, `company` the name its ORG gives.
pub fn card(c: &Customer, company: Option<&str>) -> Card {
    let text = |name: &str| match c.fields.get(name) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        _ => None,
    };
    let company_record = c.kind == Some(Kind::Company);
    Card {
        line: 0,
        uid: text(UID_FIELD).or_else(|| c.id.as_ref().map(ToString::to_string)),
        kind: c.kind,
        name: c.name.clone(),
        n: (!company_record).then(|| split_name(&c.name)),
        emails: with_others(c.email.as_deref(), text(OTHER_EMAILS_FIELD)),
        phones: with_others(c.phone.as_deref(), text(OTHER_PHONES_FIELD)),
        url: c.website.clone(),
        org: if company_record {
            Some(c.name.clone())
        } else {
            company.map(str::to_string)
        },
        title: text(TITLE_FIELD),
        note: text(NOTE_FIELD),
        address: c.address.clone(),
        categories: c.tags.clone(),
    }
}

/// Returns the customer's own value, then the others kept in a custom
/// field (`a@x.lv, b@x.lv`).
fn with_others(own: Option<&str>, others: Option<String>) -> Vec<String> {
    let others = others.unwrap_or_default();
    own.into_iter()
        .map(str::to_string)
        .chain(
            others
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
        )
        .collect()
}

/// Returns N for a person's name: the last word as the family name, the
/// words before it as the given name (`Anna Marija Bērziņa` → `Bērziņa`,
/// `Anna Marija`).
fn split_name(name: &str) -> [String; 5] {
    let name = name.trim();
    let (given, family) = match name.rsplit_once(char::is_whitespace) {
        Some((given, family)) => (given.trim().to_string(), family.to_string()),
        None => (String::new(), name.to_string()),
    };
    [family, given, String::new(), String::new(), String::new()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_name_is_split_at_the_last_word() {
        assert_eq!(
            split_name("Anna Marija Bērziņa")[..2],
            ["Bērziņa", "Anna Marija"]
        );
        assert_eq!(split_name("Cher")[..2], ["Cher", ""]);
    }
}
