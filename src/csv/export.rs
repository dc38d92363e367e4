//! Exporting customers, interactions and deals as rows: one column per
//! stored key, in the order files keep them, so that importing the export
//! into an empty book writes the same files again.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::fields::{self, CUSTOM_PREFIX, DERIVED as FIGURES, Got, ID};
use crate::model::parse::nearest;
use crate::model::{Customer, Figures, Schema, Value, When};
use crate::query::FieldValue;
use crate::table::{Cell, Rows};

/// The derived figures `--columns` may ask for besides the stored keys.
pub static DERIVED: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| FIGURES.iter().map(|d| d.name).collect());

/// The columns of an interactions export, before any other keys.
pub const INTERACTION_COLUMNS: &[&str] = &[
    "customer", "date", "kind", "amount", "summary", "ref", "nps", "csat", "from", "to",
    "resolved", "owner",
];

/// The keys of an entry that are columns of its export only when some
/// entry has them (so an export of a book without them stays as it was):
/// a deal's `key` and `lost_reason`, a case's `priority`, a survey's `ces`.
pub const OPTIONAL_COLUMNS: &[&str] = &["key", "lost_reason", "priority", "ces"];

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
    let (head, tail) = fields::around_custom();
    let mut columns = vec![ID.to_string()];
    columns.extend(head.iter().map(|f| f.path.to_string()));
    columns.extend(fields.iter().map(|f| format!("{CUSTOM_PREFIX}{f}")));
    columns.extend(tail.iter().map(|f| f.path.to_string()));
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
            let err = Error::usage(crate::msg!("export.no-column", column = a));
            return Err(match nearest(a, available.iter().map(String::as_str)) {
                Some(near) => err.with_hint(crate::msg!("cmd.did-you-mean", name = near)),
                None => err.with_hint(crate::msg!(
                    "export.columns",
                    columns = available.join(", ")
                )),
            });
        }
        out.push(a.to_string());
    }
    Ok(out)
}

/// A column of a customers export, resolved once.
enum Column<'c> {
    Id,
    Stored(&'static fields::Stored),
    Custom(&'c str),
    Figure(fields::Figure),
    None,
}

impl<'c> Column<'c> {
    fn of(column: &'c str) -> Column<'c> {
        if column == ID {
            return Column::Id;
        }
        if let Some(f) = fields::by_path(column) {
            return Column::Stored(f);
        }
        if let Some(name) = column.strip_prefix(CUSTOM_PREFIX) {
            return Column::Custom(name);
        }
        match fields::derived(column) {
            Some(i) => Column::Figure(FIGURES[i].get),
            None => Column::None,
        }
    }
}

/// Returns one row per customer under `columns`.
pub fn customer_rows(customers: &[Customer], columns: &[String], today: NaiveDate) -> Rows {
    let resolved: Vec<Column<'_>> = columns.iter().map(|c| Column::of(c)).collect();
    let derived = resolved.iter().any(|c| matches!(c, Column::Figure(_)));
    let rows = customers
        .iter()
        .map(|c| {
            let figures = derived.then(|| Figures::of(c, today));
            resolved
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

/// Returns the cell of a stored field's value; an empty list is no value.
pub fn stored_cell(value: Got<'_>) -> Cell {
    match value {
        Got::List([]) => Cell::Null,
        v => FieldValue::stored(v).to_cell(),
    }
}

fn customer_cell(c: &Customer, f: Option<&Figures>, column: &Column<'_>) -> Cell {
    match column {
        Column::Id => Cell::text(c.id.as_ref().map(|i| i.as_str())),
        Column::Stored(field) => stored_cell(field.get(c)),
        Column::Custom(name) => c.fields.get(*name).map_or(Cell::Null, value_cell),
        Column::Figure(figure) => {
            f.map_or(Cell::Null, |f| FieldValue::figure(*figure, f).to_cell())
        }
        Column::None => Cell::Null,
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
                        "ces" => i.ces.map_or(Cell::Null, |n| Cell::Int(i64::from(n))),
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

/// Prepares rows for a spreadsheet (csv, tsv): a float keeps its decimal
/// point (`2.0`, so it imports as a float again). The formula guard is the
/// printer's: every csv and tsv cell of text gets it
/// ([`crate::table::guard`]).
pub fn for_spreadsheets(rows: &mut Rows) {
    for row in &mut rows.rows {
        for cell in row.iter_mut() {
            let replaced = match cell {
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
    fn floats_keep_their_point() {
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
        assert_eq!(shown, ["=1+1", "vip;b2b", "3.0", "-12.50"]);
    }
}
