//! JSON and NDJSON output. Keys are stable: a column's name, or for a record
//! its field path with dots made into nested objects (`address.city` →
//! `{"address": {"city": …}}`). Money is a JSON number with two decimals,
//! written from its exact digits.

use std::io::{self, Write};
use std::str::FromStr;

use serde_json::{Map, Number, Value};

use super::{Cell, Record, Rows};

/// Returns the JSON value of a cell.
pub fn cell(c: &Cell) -> Value {
    match c {
        Cell::Null => Value::Null,
        Cell::Text(s) => Value::String(s.clone()),
        Cell::Int(i) => Value::from(*i),
        Cell::Float(x) => Number::from_f64(*x).map_or(Value::Null, Value::Number),
        Cell::Money(m) => Number::from_str(&m.to_string()).map_or(Value::Null, Value::Number),
        Cell::Date(w) => Value::String(w.to_string()),
        Cell::Bool(b) => Value::Bool(*b),
        Cell::List(items) => Value::Array(items.iter().cloned().map(Value::String).collect()),
    }
}

/// Inserts `value` at a dotted `key`, nesting objects; a key in quotes
/// (`"address.city"`, one key with a dot in its name) is not split.
fn insert_path(object: &mut Map<String, Value>, key: &str, value: Value) {
    if let Some(literal) = key.strip_prefix('"').and_then(|k| k.strip_suffix('"')) {
        object.insert(literal.to_string(), value);
        return;
    }
    match key.split_once('.') {
        None => {
            object.insert(key.to_string(), value);
        }
        Some((head, rest)) => {
            let entry = object
                .entry(head.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(inner) = entry {
                insert_path(inner, rest, value);
            }
        }
    }
}

/// Returns one row as an object keyed by its columns (dotted names nest).
pub fn row_object(columns: &[String], row: &[Cell]) -> Value {
    let mut object = Map::new();
    for (column, c) in columns.iter().zip(row) {
        insert_path(&mut object, column, cell(c));
    }
    Value::Object(object)
}

fn write_value(out: &mut dyn Write, value: &Value, compact: bool) -> io::Result<()> {
    if compact {
        serde_json::to_writer(&mut *out, value)?;
    } else {
        serde_json::to_writer_pretty(&mut *out, value)?;
    }
    writeln!(out)
}

/// Prints rows as one array of objects, or one object per line.
pub fn rows(out: &mut dyn Write, rows: &Rows, lines: bool) -> io::Result<()> {
    if lines {
        for row in &rows.rows {
            write_value(out, &row_object(&rows.columns, row), true)?;
        }
        return Ok(());
    }
    let array = rows
        .rows
        .iter()
        .map(|row| row_object(&rows.columns, row))
        .collect();
    write_value(out, &Value::Array(array), false)
}

/// Returns the JSON object of a record.
pub fn record_value(record: &Record) -> Value {
    let mut object = Map::new();
    if !record.id.is_empty() {
        object.insert("id".into(), Value::String(record.id.clone()));
    }
    for (key, c) in &record.fields {
        insert_path(&mut object, key, cell(c));
    }
    for (group, values) in &record.groups {
        let mut inner = Map::new();
        for (key, c) in values {
            insert_path(&mut inner, key, cell(c));
        }
        object.insert(group.clone(), Value::Object(inner));
    }
    for (name, rows) in &record.lists {
        let array = rows
            .rows
            .iter()
            .map(|row| {
                let mut o = Map::new();
                for (column, c) in rows.columns.iter().zip(row) {
                    if *c != Cell::Null {
                        insert_path(&mut o, column, cell(c));
                    }
                }
                Value::Object(o)
            })
            .collect();
        object.insert(name.clone(), Value::Array(array));
    }
    Value::Object(object)
}

/// Prints a record as one object.
pub fn record(out: &mut dyn Write, record: &Record, compact: bool) -> io::Result<()> {
    write_value(out, &record_value(record), compact)
}
