//! The customer record: what one customer file holds, as typed values.
//!
//! Nothing derived is stored here; revenue, last contact and the rest are
//! computed by [`super::figures`] as of a given day. What each stored
//! field is called, and how it is read, shown, set, exported and queried,
//! is described once in [`super::fields`].

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{Id, Money, When};

/// One customer: a person or a company, with its history.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Customer {
    pub id: Option<Id>,
    pub name: String,
    pub kind: Option<Kind>,
    pub stage: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The address of the customer's web site.
    pub website: Option<String>,
    /// For a person: the id of their company's record.
    pub company: Option<String>,
    pub owner: Option<String>,
    pub tags: Vec<String>,
    /// The acquisition channel.
    pub source: Option<String>,
    pub acquisition_cost: Option<Money>,
    pub created: Option<NaiveDate>,
    pub address: Address,
    /// Custom fields declared in rapport.toml, by name.
    pub fields: BTreeMap<String, Value>,
    pub next: Next,
    pub consent: Consent,
    pub deals: Vec<Deal>,
    /// The relationship history in file order (oldest first by convention).
    pub interactions: Vec<Interaction>,
    /// Top-level keys rapport does not know, kept so queries can reach them.
    pub extra: BTreeMap<String, Value>,
}

/// Whether a record is a person or a company.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Person,
    Company,
}

impl Kind {
    /// Returns the kind written as `person` or `company`.
    pub fn parse(text: &str) -> Option<Kind> {
        match text {
            "person" => Some(Kind::Person),
            "company" => Some(Kind::Company),
            _ => None,
        }
    }

    /// Returns the word the file stores.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Company => "company",
        }
    }
}

/// A postal address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    pub street: Option<String>,
    pub city: Option<String>,
    pub postcode: Option<String>,
    pub country: Option<String>,
}

/// The planned follow-up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Next {
    /// The day of the follow-up, or its local date-time (`2026-12-10T14:00`).
    pub date: Option<When>,
    pub action: Option<String>,
}

/// What the customer agreed to, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Consent {
    pub email: Option<bool>,
    pub date: Option<NaiveDate>,
}

/// A sales opportunity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Deal {
    pub title: String,
    /// The deal's address within its customer (`CUSTOMER/KEY`), a slug of
    /// its title written once when rapport creates the deal; never changed.
    pub key: Option<String>,
    pub value: Option<Money>,
    /// An open deal stage from rapport.toml, or `won` / `lost`.
    pub stage: String,
    pub opened: Option<NaiveDate>,
    pub closed: Option<NaiveDate>,
    /// Why a lost deal was lost.
    pub lost_reason: Option<String>,
    pub extra: BTreeMap<String, Value>,
}

impl Deal {
    /// Returns true while the deal is neither won nor lost.
    pub fn is_open(&self) -> bool {
        self.stage != "won" && self.stage != "lost"
    }

    /// Returns the deal's address within its customer: its `key`, or for a
    /// hand-written deal without one, the slug of its title.
    pub fn address_key(&self) -> String {
        match &self.key {
            Some(k) => k.clone(),
            None => super::id::bare_slug(&self.title),
        }
    }

    /// Returns an unknown key of the deal as text (`expected`, `owner`).
    pub fn extra_text(&self, key: &str) -> Option<String> {
        self.extra.get(key).map(ToString::to_string)
    }
}

/// One thing that happened with a customer.
#[derive(Clone, Debug, PartialEq)]
pub struct Interaction {
    pub date: When,
    pub kind: String,
    /// For purchases (negative for refunds).
    pub amount: Option<Money>,
    pub summary: Option<String>,
    /// An external id; imports use it to skip what is already logged.
    pub reference: Option<String>,
    /// Net promoter score, 0..10, on surveys.
    pub nps: Option<u8>,
    /// Satisfaction, 1..5, on surveys.
    pub csat: Option<u8>,
    /// Customer effort, 1..7 (7 = "it was easy"), on surveys.
    pub ces: Option<u8>,
    /// Stage changes: the stage left and the stage entered.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Support cases: when the case was resolved (open until set).
    pub resolved: Option<When>,
    /// Who handled it, where not the customer's owner.
    pub owner: Option<String>,
    /// Support cases: low, normal or high (normal when not given).
    pub priority: Option<String>,
    pub extra: BTreeMap<String, Value>,
}

impl Interaction {
    /// Returns an interaction of `kind` on `date` with nothing else set.
    pub fn new(date: When, kind: impl Into<String>) -> Interaction {
        Interaction {
            date,
            kind: kind.into(),
            amount: None,
            summary: None,
            reference: None,
            nps: None,
            csat: None,
            ces: None,
            from: None,
            to: None,
            resolved: None,
            owner: None,
            priority: None,
            extra: BTreeMap::new(),
        }
    }

    /// Returns true for a purchase (or refund).
    pub fn is_purchase(&self) -> bool {
        self.kind == "purchase"
    }
}

/// A value of a custom field or an unknown key, typed as TOML types it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    String(String),
    Integer(i64),
    Float(f64),
    Bool(bool),
    Date(When),
    List(Vec<Value>),
    Table(BTreeMap<String, Value>),
}

impl Value {
    /// Returns the name of the value's type, for messages.
    pub fn type_name(&self) -> String {
        crate::msg!(match self {
            Value::String(_) => "model.a-string",
            Value::Integer(_) => "model.an-integer",
            Value::Float(_) => "model.a-number",
            Value::Bool(_) => "model.a-boolean",
            Value::Date(_) => "model.a-date",
            Value::List(_) => "model.a-list",
            Value::Table(_) => "model.a-table",
        })
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::String(s) => f.write_str(s),
            Value::Integer(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Date(w) => write!(f, "{w}"),
            Value::List(items) => {
                let parts: Vec<String> = items.iter().map(ToString::to_string).collect();
                f.write_str(&parts.join(";"))
            }
            Value::Table(t) => {
                let parts: Vec<String> = t.iter().map(|(k, v)| format!("{k}={v}")).collect();
                f.write_str(&parts.join(";"))
            }
        }
    }
}
