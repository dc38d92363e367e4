//! Exporting customers, interactions and deals as rows: one column per
//! stored key, in the order files keep them, so that importing the export
//! into an empty book writes the same files again.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::guard;
use crate::error::{Error, Result};
use crate::model::customer::{PATHS_BEFORE_FIELDS, STORED_PATHS};
use crate::model::parse::nearest;
use crate::model::{Customer, Figures, Schema, Value, When};
use crate::table::{Cell, Rows};

/// The derived figures `--columns` may ask for besides the stored keys.
pub const DERIVED: &[&str] = &[
    "revenue",
    "orders",
    "aov",
    "first_purchase",
    "last_purchase",
    "last_contact",
    "interactions",
    "nps",
    "open_deals",
    "pipeline",
    "won",
];

/// The columns of an interactions export, before any other keys.
pub const INTERACTION_COLUMNS: &[&str] = &[
    "customer", "date", "kind", "amount", "summary", "ref", "nps", "csat", "from", "to",
    "resolved", "owner",
];

/// The keys of an entry that are columns of its export only when some
/// entry has them (so an export of a book without them stays as it was):
/// a deal's `key` and `lost_reason`, a case's `priority`.
pub const OPTIONAL_COLUMNS: &[&str] = &["key", "lost_reason", "priority"];

/// The columns of a deals export, before any other keys.
pub const DEAL_COLUMNS: &[&str] = &["customer", "title", "value", "stage", "opened", "closed"];

/// Returns every stored column of a customers export: the keys of the file
/// layout, with `fields.NAME` for each declared custom field and each one
/// found in a file.
pub fn customer_columns(schema: &Schema, customers: &[Customer]) -> Vec<String> {
    let mut fields: BTreeSet<&str> = schema.fields.keys().map(String::as_str).collect();
    for c in customers {
        fields.extend(c.fields.keys().map(String::as_str));
    }
    let (head, tail) = STORED_PATHS.split_at(PATHS_BEFORE_FIELDS);
    let mut columns = vec!["id".to_string()];
    columns.extend(head.iter().map(|s| s.to_string()));
    columns.extend(fields.iter().map(|f| format!("fields.{f}")));
    columns.extend(tail.iter().map(|s| s.to_string()));
    columns
}

/// Returns the columns of an interactions (or deals) export: the fixed ones
/// and every other key found in an entry.
pub fn entry_columns<'c>(fixed: &[&str], extras: impl Iterator<Item = &'c String>) -> Vec<String> {
    let extra: BTreeSet<&String> = extras.collect();
    fixed
        .iter()
        .map(|s| s.to_string())
        .chain(
            extra
                .into_iter()
                .filter(|k| !fixed.contains(&k.as_str()))
                .cloned(),
        )
        .collect()
}

/// Checks `--columns` against the columns there are; an unknown one is a
/// usage error with the nearest name.
pub fn choose_columns(asked: &[String], available: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::with_capacity(asked.len());
    for a in asked.iter().map(|a| a.trim()).filter(|a| !a.is_empty()) {
        if !available.iter().any(|c| c == a) {
            let err = Error::usage(format!("--columns: there is no column `{a}`"));
            return Err(match nearest(a, available.iter().map(String::as_str)) {
                Some(near) => err.with_hint(format!("did you mean `{near}`?")),
                None => err.with_hint(format!("columns: {}", available.join(", "))),
            });
        }
        out.push(a.to_string());
    }
    Ok(out)
}

/// Returns one row per customer under `columns`.
pub fn customer_rows(customers: &[Customer], columns: &[String], today: NaiveDate) -> Rows {
    let derived = columns.iter().any(|c| DERIVED.contains(&c.as_str()));
    let rows = customers
        .iter()
        .map(|c| {
            let figures = derived.then(|| Figures::of(c, today));
            columns
                .iter()
                .map(|col| customer_cell(c, figures.as_ref(), col))
                .collect()
        })
        .collect();
    Rows {
        columns: columns.to_vec(),
        rows,
    }
}

fn text(v: &Option<String>) -> Cell {
    Cell::text(v.as_deref())
}

fn day(d: Option<NaiveDate>) -> Cell {
    d.map_or(Cell::Null, |d| Cell::Date(When::Date(d)))
}

fn customer_cell(c: &Customer, f: Option<&Figures>, column: &str) -> Cell {
    match column {
        "id" => Cell::text(c.id.as_ref().map(|i| i.as_str())),
        "name" => Cell::Text(c.name.clone()),
        "kind" => Cell::text(c.kind.map(|k| k.as_str())),
        "stage" => text(&c.stage),
        "email" => text(&c.email),
        "phone" => text(&c.phone),
        "company" => text(&c.company),
        "owner" => text(&c.owner),
        "tags" if c.tags.is_empty() => Cell::Null,
        "tags" => Cell::List(c.tags.clone()),
        "source" => text(&c.source),
        "acquisition_cost" => c.acquisition_cost.map_or(Cell::Null, Cell::Money),
        "created" => day(c.created),
        "address.street" => text(&c.address.street),
        "address.city" => text(&c.address.city),
        "address.postcode" => text(&c.address.postcode),
        "address.country" => text(&c.address.country),
        "next.date" => day(c.next.date),
        "next.action" => text(&c.next.action),
        "consent.email" => c.consent.email.map_or(Cell::Null, Cell::Bool),
        "consent.date" => day(c.consent.date),
        _ => {
            if let Some(name) = column.strip_prefix("fields.") {
                return c.fields.get(name).map_or(Cell::Null, value_cell);
            }
            f.map_or(Cell::Null, |f| figure_cell(f, column))
        }
    }
}

fn figure_cell(f: &Figures, column: &str) -> Cell {
    match column {
        "revenue" => Cell::Money(f.revenue),
        "orders" => Cell::Int(i64::from(f.orders)),
        "aov" => f.aov.map_or(Cell::Null, Cell::Money),
        "first_purchase" => day(f.first_purchase),
        "last_purchase" => day(f.last_purchase),
        "last_contact" => day(f.last_contact),
        "interactions" => Cell::Int(i64::from(f.interactions)),
        "nps" => f.nps.map_or(Cell::Null, |n| Cell::Int(i64::from(n))),
        "open_deals" => Cell::Int(i64::from(f.open_deals)),
        "pipeline" => Cell::Money(f.pipeline),
        "won" => Cell::Money(f.won),
        _ => Cell::Null,
    }
}

/// Returns the cell of a custom field's (or an unknown key's) value.
pub fn value_cell(v: &Value) -> Cell {
    match v {
        Value::String(s) => Cell::Text(s.clone()),
        Value::Integer(i) => Cell::Int(*i),
        Value::Float(x) => Cell::Float(*x),
        Value::Bool(b) => Cell::Bool(*b),
        Value::Date(w) => Cell::Date(*w),
        Value::List(items) => Cell::List(items.iter().map(ToString::to_string).collect()),
        Value::Table(_) => Cell::Text(
            crate::book::values::to_toml(v)
                .to_string()
                .trim()
                .to_string(),
        ),
    }
}

/// Returns one row per interaction, customers in id order and each
/// customer's history in file order.
pub fn interaction_rows(customers: &[Customer], columns: &[String]) -> Rows {
    let mut rows = Vec::new();
    for c in customers {
        let id = Cell::text(c.id.as_ref().map(|i| i.as_str()));
        for i in &c.interactions {
            rows.push(
                columns
                    .iter()
                    .map(|col| match col.as_str() {
                        "customer" => id.clone(),
                        "date" => Cell::Date(i.date),
                        "kind" => Cell::Text(i.kind.clone()),
                        "amount" => i.amount.map_or(Cell::Null, Cell::Money),
                        "summary" => text(&i.summary),
                        "ref" => text(&i.reference),
                        "nps" => i.nps.map_or(Cell::Null, |n| Cell::Int(i64::from(n))),
                        "csat" => i.csat.map_or(Cell::Null, |n| Cell::Int(i64::from(n))),
                        "from" => text(&i.from),
                        "to" => text(&i.to),
                        "resolved" => i.resolved.map_or(Cell::Null, Cell::Date),
                        "owner" => text(&i.owner),
                        "priority" => text(&i.priority),
                        other => i.extra.get(other).map_or(Cell::Null, value_cell),
                    })
                    .collect(),
            );
        }
    }
    Rows {
        columns: columns.to_vec(),
        rows,
    }
}

/// Returns one row per deal, customers in id order.
pub fn deal_rows(customers: &[Customer], columns: &[String]) -> Rows {
    let mut rows = Vec::new();
    for c in customers {
        let id = Cell::text(c.id.as_ref().map(|i| i.as_str()));
        for d in &c.deals {
            rows.push(
                columns
                    .iter()
                    .map(|col| match col.as_str() {
                        "customer" => id.clone(),
                        "title" => Cell::Text(d.title.clone()),
                        "value" => d.value.map_or(Cell::Null, Cell::Money),
                        "stage" => Cell::Text(d.stage.clone()),
                        "opened" => day(d.opened),
                        "closed" => day(d.closed),
                        "key" => text(&d.key),
                        "lost_reason" => text(&d.lost_reason),
                        other => d.extra.get(other).map_or(Cell::Null, value_cell),
                    })
                    .collect(),
            );
        }
    }
    Rows {
        columns: columns.to_vec(),
        rows,
    }
}

/// Prepares rows for a spreadsheet (csv, tsv): every text cell gets the
/// formula guard, lists are joined with `;`, and a float keeps its decimal
/// point (`2.0`, so it imports as a float again).
pub fn for_spreadsheets(rows: &mut Rows) {
    for row in &mut rows.rows {
        for cell in row.iter_mut() {
            let replaced = match cell {
                Cell::Text(s) => Some(guard::guard(s).into_owned()),
                Cell::List(items) => Some(guard::guard(&items.join(";")).into_owned()),
                Cell::Float(x) => Some(float_text(*x)),
                _ => None,
            };
            if let Some(t) = replaced {
                *cell = Cell::Text(t);
            }
        }
    }
}

/// Returns a float as text that reads back as a float: `2.0`, `1.5`.
pub fn float_text(x: f64) -> String {
    let s = format!("{x}");
    if s.contains(['.', 'e', 'E', 'i', 'N']) {
        s
    } else {
        format!("{s}.0")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_keep_their_point_and_text_is_guarded() {
        assert_eq!(float_text(2.0), "2.0");
        assert_eq!(float_text(1.5), "1.5");
        assert_eq!(float_text(-0.25), "-0.25");
        let mut rows = Rows {
            columns: vec!["a".into()],
            rows: vec![
                vec![Cell::Text("=1+1".into())],
                vec![Cell::List(vec!["vip".into(), "b2b".into()])],
                vec![Cell::Float(3.0)],
                vec![Cell::Money(crate::model::Money::parse("-12.50").unwrap())],
            ],
        };
        for_spreadsheets(&mut rows);
        let shown: Vec<String> = rows.rows.iter().map(|r| r[0].to_string()).collect();
        assert_eq!(shown, ["'=1+1", "vip;b2b", "3.0", "-12.50"]);
    }
}
