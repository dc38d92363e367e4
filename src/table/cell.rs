//! One typed value of a table.

use std::fmt;

use crate::model::{Money, When};

/// One typed value in the output. JSON keeps the type; text formats show
/// it as a person reads it.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Cell {
    #[default]
    Null,
    Text(String),
    Int(i64),
    Float(f64),
    Money(Money),
    Date(When),
    Bool(bool),
    List(Vec<String>),
}

impl Cell {
    /// Returns a text cell, or Null for None.
    pub fn text(value: Option<&str>) -> Cell {
        value.map_or(Cell::Null, |s| Cell::Text(s.to_string()))
    }

    /// Returns true for values a table right-aligns.
    pub fn is_numeric(&self) -> bool {
        matches!(self, Cell::Int(_) | Cell::Float(_) | Cell::Money(_))
    }
}

impl fmt::Display for Cell {
    /// Shows the value as text formats print it; lists are joined with `;`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Null => Ok(()),
            Cell::Text(s) => f.write_str(s),
            Cell::Int(i) => write!(f, "{i}"),
            Cell::Float(x) => write!(f, "{x}"),
            Cell::Money(m) => write!(f, "{m}"),
            Cell::Date(w) => write!(f, "{w}"),
            Cell::Bool(b) => write!(f, "{b}"),
            Cell::List(items) => f.write_str(&items.join(";")),
        }
    }
}
