//! Everything rapport prints on stdout goes through the [`Printer`]: one
//! data shape (a table of typed [`Cell`]s, or a [`Record`] for one
//! customer) and one module per format, so every command supports every
//! format the same way.

mod delimited;
mod html;
mod json;
mod markdown;
pub mod progress;
pub mod report;
pub mod stderr;
mod svg;
mod table;

use std::fmt;
use std::io::{self, IsTerminal, Write};

use crate::model::{Money, When};

pub use report::ReportFormat;

/// An output format of `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An aligned table (the default on a terminal).
    Table,
    /// Comma-separated values with a header row.
    Csv,
    /// Tab-separated values with a header row (the default in a pipe).
    Tsv,
    /// One JSON array (or object, for `show`).
    Json,
    /// One JSON object per line.
    Ndjson,
    /// Only the ids, one per line, for `xargs`.
    Ids,
    /// A Markdown table.
    Markdown,
}

/// One typed value in the output. JSON keeps the type; text formats show
/// it as a person reads it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
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
    fn is_numeric(&self) -> bool {
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

/// Rows under named columns; the first column is the id where the rows are
/// customers (what `--format ids` prints).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Rows {
    /// Returns these rows without the columns that hold no value in any
    /// row, for compact human-readable views.
    pub fn without_empty_columns(&self) -> Rows {
        let keep: Vec<usize> = (0..self.columns.len())
            .filter(|&i| {
                self.rows
                    .iter()
                    .any(|r| r.get(i).is_some_and(|c| *c != Cell::Null))
            })
            .collect();
        Rows {
            columns: keep.iter().map(|&i| self.columns[i].clone()).collect(),
            rows: self
                .rows
                .iter()
                .map(|r| keep.iter().map(|&i| r[i].clone()).collect())
                .collect(),
        }
    }

    /// Returns empty rows under `columns`.
    pub fn new<S: Into<String>>(columns: impl IntoIterator<Item = S>) -> Rows {
        Rows {
            columns: columns.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }
}

impl Rows {
    /// Sorts the rows by the named columns in turn, `-name` for descending;
    /// an unknown column is an error naming the columns there are. Nulls sort
    /// last either way.
    pub fn sort_by_columns(&mut self, keys: &[String]) -> Result<(), String> {
        let mut plan = Vec::with_capacity(keys.len());
        for key in keys {
            let (name, descending) = match key.strip_prefix('-') {
                Some(name) => (name, true),
                None => (key.as_str(), false),
            };
            let index = self.columns.iter().position(|c| c == name).ok_or_else(|| {
                format!(
                    "no column `{name}` to sort by; the columns are {}",
                    self.columns.join(", ")
                )
            })?;
            plan.push((index, descending));
        }
        self.rows.sort_by(|a, b| {
            for &(i, descending) in &plan {
                let order = compare_cells(&a[i], &b[i], descending);
                if order != std::cmp::Ordering::Equal {
                    return order;
                }
            }
            std::cmp::Ordering::Equal
        });
        Ok(())
    }
}

/// Orders two cells of one column; Null is last in both directions.
fn compare_cells(a: &Cell, b: &Cell, descending: bool) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let order = match (a, b) {
        (Cell::Null, Cell::Null) => return Ordering::Equal,
        (Cell::Null, _) => return Ordering::Greater,
        (_, Cell::Null) => return Ordering::Less,
        (Cell::Int(x), Cell::Int(y)) => x.cmp(y),
        (Cell::Float(x), Cell::Float(y)) => x.total_cmp(y),
        (Cell::Int(x), Cell::Float(y)) => (*x as f64).total_cmp(y),
        (Cell::Float(x), Cell::Int(y)) => x.total_cmp(&(*y as f64)),
        (Cell::Money(x), Cell::Money(y)) => x.cmp(y),
        (Cell::Date(x), Cell::Date(y)) => x.moment().cmp(&y.moment()),
        (Cell::Bool(x), Cell::Bool(y)) => x.cmp(y),
        _ => a.to_string().cmp(&b.to_string()),
    };
    if descending { order.reverse() } else { order }
}

/// One record printed as a whole: a title, named values, groups of named
/// values, and lists of rows (`show ID`: the fields, the figures, the
/// deals and the history).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    pub id: String,
    pub title: String,
    pub fields: Vec<(String, Cell)>,
    pub groups: Vec<(String, Vec<(String, Cell)>)>,
    pub lists: Vec<(String, Rows)>,
}

/// Writes data to stdout in the chosen format.
pub struct Printer {
    format: Format,
    color: bool,
    out: Box<dyn Write>,
}

impl Printer {
    /// Returns a printer to stdout: `format` if given, else a table on a
    /// terminal and tab-separated values in a pipe. Colour only on a terminal
    /// and never with NO_COLOR.
    pub fn stdout(format: Option<Format>) -> Printer {
        let terminal = io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Printer {
            format: format.unwrap_or(if terminal { Format::Table } else { Format::Tsv }),
            color: terminal && !no_color,
            out: Box::new(io::BufWriter::new(io::stdout())),
        }
    }

    /// Returns a printer into any writer (for tests), without colour.
    pub fn to_writer(format: Format, out: Box<dyn Write>) -> Printer {
        Printer {
            format,
            color: false,
            out,
        }
    }

    /// Returns the format in use.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Prints rows.
    pub fn rows(&mut self, rows: &Rows) -> io::Result<()> {
        match self.format {
            Format::Table => table::rows(&mut self.out, rows, self.color),
            Format::Csv => delimited::rows(&mut self.out, rows, b','),
            Format::Tsv => delimited::rows(&mut self.out, rows, b'\t'),
            Format::Json => json::rows(&mut self.out, rows, false),
            Format::Ndjson => json::rows(&mut self.out, rows, true),
            Format::Ids => ids(&mut self.out, rows),
            Format::Markdown => markdown::rows(&mut self.out, rows),
        }?;
        self.out.flush()
    }

    /// Prints one record.
    pub fn record(&mut self, record: &Record) -> io::Result<()> {
        match self.format {
            Format::Table => table::record(&mut self.out, record, self.color),
            Format::Csv => delimited::record(&mut self.out, record, b','),
            Format::Tsv => delimited::record(&mut self.out, record, b'\t'),
            Format::Json => json::record(&mut self.out, record, false),
            Format::Ndjson => json::record(&mut self.out, record, true),
            Format::Ids => writeln!(self.out, "{}", record.id),
            Format::Markdown => markdown::record(&mut self.out, record),
        }?;
        self.out.flush()
    }

    /// Prints one line of plain text (an id, a message that is data).
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")?;
        self.out.flush()
    }
}

/// Prints the first column of every row.
fn ids(out: &mut dyn Write, rows: &Rows) -> io::Result<()> {
    for row in &rows.rows {
        if let Some(first) = row.first() {
            writeln!(out, "{first}")?;
        }
    }
    Ok(())
}

/// Returns a record flattened to (dotted key, value) pairs: fields, then
/// `group.key`, then `list.N.column` — the shape csv and tsv print.
fn flatten(record: &Record) -> Vec<(String, &Cell)> {
    let mut out: Vec<(String, &Cell)> = Vec::new();
    for (k, v) in &record.fields {
        if *v != Cell::Null {
            out.push((k.clone(), v));
        }
    }
    for (group, values) in &record.groups {
        for (k, v) in values {
            out.push((format!("{group}.{k}"), v));
        }
    }
    for (name, rows) in &record.lists {
        for (i, row) in rows.rows.iter().enumerate() {
            for (column, cell) in rows.columns.iter().zip(row) {
                if *cell != Cell::Null {
                    out.push((format!("{name}.{}.{column}", i + 1), cell));
                }
            }
        }
    }
    out
}
