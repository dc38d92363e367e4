//! TEMPORARY, until the query module (branch `query`) is merged: the one
//! place where `--where` and the field resolver of `--by` live for reports,
//! `segment rfm` and `agenda`. At the merge, `filter` becomes "evaluate the
//! query expression" and `grouping` becomes the query module's field
//! resolver (every stored and derived field); nothing else changes.

use crate::error::{Error, Result};
use crate::model::parse::nearest;
use crate::model::{Customer, Schema, Value};
use crate::report::{GroupFn, Grouping};

/// Returns the customers matching `--where`. Until the query language is
/// merged, any expression is a usage error.
pub fn filter(expression: Option<&str>, customers: Vec<Customer>) -> Result<Vec<Customer>> {
    match expression {
        None => Ok(customers),
        Some(_) => Err(Error::usage(
            "--where is not yet available in this build: it comes with the query language",
        )
        .with_hint("leave out --where, or select with --by FIELD")),
    }
}

/// The fields `--by` knows until the query module is merged.
const FIELDS: &[&str] = &[
    "owner",
    "source",
    "stage",
    "kind",
    "tags",
    "company",
    "address.country",
    "address.city",
    "fields.NAME",
];

/// Returns the grouping of `--by FIELD`: a customer's value of the field,
/// one group per tag for `tags` and per item for a list field; no value
/// puts the customer in no group (reported as `(none)`).
pub fn grouping(field: &str, schema: &Schema) -> Result<Grouping> {
    let one = |f: fn(&Customer) -> Option<String>| -> GroupFn {
        Box::new(move |c: &Customer| f(c).into_iter().collect())
    };
    let of = match field {
        "owner" => one(|c| c.owner.clone()),
        "source" => one(|c| c.source.clone()),
        "stage" => one(|c| c.stage.clone()),
        "kind" => one(|c| c.kind.map(|k| k.as_str().to_string())),
        "company" => one(|c| c.company.clone()),
        "address.country" => one(|c| c.address.country.clone()),
        "address.city" => one(|c| c.address.city.clone()),
        "tags" => Box::new(|c: &Customer| c.tags.clone()),
        _ => match field.strip_prefix("fields.") {
            Some(name) if schema.fields.contains_key(name) => {
                let name = name.to_string();
                Box::new(move |c: &Customer| match c.fields.get(&name) {
                    Some(Value::List(items)) => items.iter().map(ToString::to_string).collect(),
                    Some(v) => vec![v.to_string()],
                    None => Vec::new(),
                })
            }
            Some(name) => {
                let declared: Vec<&str> = schema.fields.keys().map(String::as_str).collect();
                let err = Error::usage(format!(
                    "--by {field}: custom field `{name}` is not declared in rapport.toml"
                ));
                return Err(match nearest(name, declared.iter().copied()) {
                    Some(near) => err.with_hint(format!("did you mean `fields.{near}`?")),
                    None => err,
                });
            }
            None => {
                let err = Error::usage(format!("--by {field}: not a field to group by"));
                let hint = match nearest(field, FIELDS.iter().copied()) {
                    Some(near) => format!("did you mean `{near}`? (fields: {})", FIELDS.join(", ")),
                    None => format!("fields: {}", FIELDS.join(", ")),
                };
                return Err(err.with_hint(hint));
            }
        },
    };
    Ok(Grouping {
        field: field.to_string(),
        of,
    })
}
