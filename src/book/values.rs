//! Converting model values to TOML values for writing.

use toml_edit::{Array, InlineTable, Value as Toml};

use crate::model::Value;

/// Returns the TOML value that writes `value` natively (dates unquoted).
pub fn to_toml(value: &Value) -> Toml {
    match value {
        Value::String(s) => Toml::from(s.as_str()),
        Value::Integer(i) => Toml::from(*i),
        Value::Float(x) => Toml::from(*x),
        Value::Bool(b) => Toml::from(*b),
        Value::Date(w) => Toml::from(w.to_toml()),
        Value::List(items) => {
            let mut array = Array::new();
            for item in items {
                array.push(to_toml(item));
            }
            Toml::Array(array)
        }
        Value::Table(entries) => {
            let mut table = InlineTable::new();
            for (k, v) in entries {
                table.insert(k, to_toml(v));
            }
            Toml::InlineTable(table)
        }
    }
}
