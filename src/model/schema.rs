//! The book's vocabulary: which stages, deal stages, interaction kinds and
//! custom fields a customer file may use. Built from rapport.toml, used when
//! reading files (to report unknown values) and when parsing command-line
//! values (to refuse them before anything is written).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::Value;
use super::date::parse_when;

/// The kind of interaction rapport writes itself on `set stage=…`.
pub const STAGE_KIND: &str = "stage";

/// The kind of interaction rapport writes itself on each deal move (`deal
/// move`, `won`, `lost`), with `deal`, `from` and `to`.
pub const DEAL_KIND: &str = "deal";

/// Returns true for the kinds rapport writes to record a move (`stage`,
/// `deal`): history, but not a contact with the customer.
pub fn is_move(kind: &str) -> bool {
    kind == STAGE_KIND || kind == DEAL_KIND
}

/// The kind of interaction that is a support case (open until `resolved`).
pub const SUPPORT_KIND: &str = "support";

/// The deal stages that always exist besides the book's open ones.
pub const CLOSED_DEAL_STAGES: [&str; 2] = ["won", "lost"];

/// What the book allows in its customer files.
#[derive(Clone, Debug, PartialEq)]
pub struct Schema {
    /// The lifecycle, in order; the first is the default for new customers.
    pub stages: Vec<String>,
    /// Open deal stages, in order; `won` and `lost` always exist too.
    pub deal_stages: Vec<String>,
    /// Interaction kinds a user may log; `stage` always exists too.
    pub interaction_kinds: Vec<String>,
    /// Custom fields by name.
    pub fields: BTreeMap<String, FieldDef>,
}

impl Default for Schema {
    fn default() -> Schema {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect();
        Schema {
            stages: words(&["lead", "prospect", "customer", "churned"]),
            deal_stages: words(&["qualified", "proposal", "negotiation"]),
            interaction_kinds: words(&[
                "call", "email", "meeting", "purchase", "support", "note", "survey",
            ]),
            fields: BTreeMap::new(),
        }
    }
}

impl Schema {
    /// Returns true when `stage` is one of the book's lifecycle stages.
    pub fn has_stage(&self, stage: &str) -> bool {
        self.stages.iter().any(|s| s == stage)
    }

    /// Returns true when `stage` is an open deal stage, `won` or `lost`.
    pub fn has_deal_stage(&self, stage: &str) -> bool {
        CLOSED_DEAL_STAGES.contains(&stage) || self.deal_stages.iter().any(|s| s == stage)
    }

    /// Returns true when interactions of `kind` may appear in a file.
    pub fn has_interaction_kind(&self, kind: &str) -> bool {
        is_move(kind) || self.interaction_kinds.iter().any(|k| k == kind)
    }

    /// Returns the stage new customers start in.
    pub fn default_stage(&self) -> Option<&str> {
        self.stages.first().map(String::as_str)
    }
}

/// The declared type of a custom field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldType {
    String,
    Int,
    Number,
    Bool,
    Date,
    /// One of the listed values.
    Enum(Vec<String>),
    /// A list of strings, optionally restricted to the listed values.
    List(Option<Vec<String>>),
}

/// A custom field declared as `[fields.NAME]` in rapport.toml.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDef {
    pub ty: FieldType,
}

impl FieldType {
    /// Returns the type's name as rapport.toml writes it.
    pub fn name(&self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Int => "int",
            FieldType::Number => "number",
            FieldType::Bool => "bool",
            FieldType::Date => "date",
            FieldType::Enum(_) => "enum",
            FieldType::List(_) => "list",
        }
    }

    /// Returns why `value` does not fit this type, or None when it does.
    pub fn mismatch(&self, value: &Value) -> Option<String> {
        let allowed = |values: &[String], v: &str| -> Option<String> {
            (!values.iter().any(|a| a == v))
                .then(|| crate::msg!("model.not-one-of", value = v, allowed = values.join(", ")))
        };
        match (self, value) {
            (FieldType::String, Value::String(_))
            | (FieldType::Int, Value::Integer(_))
            | (FieldType::Number, Value::Integer(_) | Value::Float(_))
            | (FieldType::Bool, Value::Bool(_))
            | (FieldType::Date, Value::Date(_)) => None,
            (FieldType::Enum(values), Value::String(s)) => allowed(values, s),
            (FieldType::List(values), Value::List(items)) => items.iter().find_map(|i| match i {
                Value::String(s) => values.as_ref().and_then(|v| allowed(v, s)),
                other => Some(crate::msg!(
                    "model.list-items-strings",
                    found = other.type_name()
                )),
            }),
            (ty, v) => Some(crate::msg!(
                "model.expected-found",
                expected = ty.article_name(),
                ty = ty.name(),
                found = v.type_name()
            )),
        }
    }

    fn article_name(&self) -> String {
        crate::msg!(match self {
            FieldType::String | FieldType::Enum(_) => "model.a-string",
            FieldType::Int => "model.an-integer",
            FieldType::Number => "model.a-number",
            FieldType::Bool => "model.a-boolean",
            FieldType::Date => "model.a-date",
            FieldType::List(_) => "model.a-list",
        })
    }

    /// Parses a value typed on the command line (`--field industry=retail`,
    /// `set fields.employees=40`); list items are separated by `,` or `;`
    /// (an item never holds either, so a list survives a CSV round trip).
    pub fn parse_text(&self, text: &str, today: NaiveDate) -> Result<Value, String> {
        let value = match self {
            FieldType::String | FieldType::Enum(_) => Value::String(text.trim().to_string()),
            FieldType::Int => Value::Integer(
                text.trim()
                    .parse()
                    .map_err(|_| crate::msg!("model.not-an-integer", text = text))?,
            ),
            FieldType::Number => {
                let t = text.trim();
                if let Ok(i) = t.parse::<i64>() {
                    Value::Integer(i)
                } else {
                    match t.parse::<f64>() {
                        Ok(x) if x.is_finite() => Value::Float(x),
                        _ => return Err(crate::msg!("model.not-a-number", text = text)),
                    }
                }
            }
            FieldType::Bool => match text.trim() {
                "true" | "yes" => Value::Bool(true),
                "false" | "no" => Value::Bool(false),
                _ => return Err(crate::msg!("model.not-a-boolean", text = text)),
            },
            FieldType::Date => Value::Date(parse_when(text, today).map_err(|e| e.to_string())?),
            FieldType::List(_) => Value::List(
                text.split([',', ';'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::String(s.to_string()))
                    .collect(),
            ),
        };
        match self.mismatch(&value) {
            Some(problem) => Err(problem),
            None => Ok(value),
        }
    }
}
