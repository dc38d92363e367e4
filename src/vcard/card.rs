//! [`Card`]: the part of a contact rapport reads and writes.

use crate::model::customer::Address;

/// One contact: what a customer file can hold of a vCard.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Card {
    /// The line of the file its `BEGIN:VCARD` is on (0: not from a file).
    pub line: u64,
    /// UID: rapport writes the customer's id.
    pub uid: Option<String>,
    /// KIND (4.0): `individual` is a person, `org` a company.
    pub kind: Option<crate::model::Kind>,
    /// FN, or the name N gives when a card has no FN.
    pub name: String,
    /// N (family, given, additional, prefixes, suffixes), when the card has one.
    pub n: Option<[String; 5]>,
    /// EMAIL, preferred first.
    pub emails: Vec<String>,
    /// TEL, preferred first.
    pub phones: Vec<String>,
    /// URL.
    pub url: Option<String>,
    /// ORG's first part: the company's name.
    pub org: Option<String>,
    pub title: Option<String>,
    pub note: Option<String>,
    /// ADR's street (with its extended address and post office box), city
    /// (locality), postcode and country.
    pub address: Address,
    /// CATEGORIES: the customer's tags.
    pub categories: Vec<String>,
}
