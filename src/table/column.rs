//! A table described once: each column says its key, its header, how its
//! values look to people and who reads it; each row holds typed values.
//! Every format is derived from that one description in `output/`: csv,
//! tsv, json and ndjson print the keys and the typed values, table,
//! markdown and html the headers and the values in their display form. So
//! the json and the table cannot drift apart, and a translation has one
//! place to hook in (the header's [`Label`]).

use std::borrow::Cow;

use chrono::NaiveDate;

use super::{Cell, Label, Rows};
use crate::model::{Money, When};

/// How people see the values of a column (machines always get the typed
/// value). The form decides the text, what an empty value looks like and
/// the alignment, so a report says "a share" once instead of formatting
/// each cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// As written; empty is blank. Left-aligned.
    Text,
    /// A whole number; empty is blank. Right-aligned.
    Count,
    /// An amount exact to the cent; empty is `–`. Right-aligned.
    Money,
    /// A fraction 0..1 shown as a percentage with one decimal (`25.0 %`);
    /// empty is `–`. Right-aligned.
    Share,
    /// A number with at most this many decimals and no trailing zeros;
    /// empty is `–`. Right-aligned.
    Decimal(usize),
    /// A number with exactly this many decimals, so a column of estimates
    /// lines up; empty is `–`. Right-aligned.
    Fixed(usize),
}

impl Form {
    /// Returns the text people read for `cell`.
    pub fn show(self, cell: &Cell) -> String {
        match (self, cell) {
            (Form::Text | Form::Count, Cell::Null) => String::new(),
            (_, Cell::Null) => "–".into(),
            (Form::Share, Cell::Float(x)) => percent(Some(*x)),
            (Form::Decimal(n), Cell::Float(x)) => trim_decimals(*x, n),
            // An estimate read as a count or an amount (a model's figures
            // are floats): a whole number, or to the cent.
            (Form::Count, Cell::Float(x)) => trim_decimals(*x, 0),
            (Form::Money, Cell::Float(x)) => format!("{x:.2}"),
            (Form::Fixed(n), Cell::Float(x)) => format!("{x:.n$}"),
            (_, other) => other.to_string(),
        }
    }

    /// Returns true for forms a table right-aligns.
    pub fn is_numeric(self) -> bool {
        !matches!(self, Form::Text)
    }
}

/// Who reads a column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Audience {
    /// Every format.
    #[default]
    All,
    /// Only the machine formats: a figure people read folded into another
    /// column (`decided` and `within_sla` are in the `within SLA` text), or
    /// framing they read elsewhere (each row's dates).
    Machines,
    /// Only people's formats: a column shown where people look for it (a
    /// customer's name beside the id) that machines read at the end of the
    /// row, where adding it moves no other column.
    People,
}

/// One column, described once: the key machines read (the csv header, the
/// json key), the header people read, and the form of its values.
///
/// Why one description: the machine rows and the human table used to be
/// built side by side, each column named twice; now both are derived from
/// this, and the typed value of each row is written once.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The stable key of csv, tsv, json and ndjson (`median_days`).
    pub key: Cow<'static, str>,
    /// The header people read (`median days in stage`). Its message id is
    /// the key: a translation looks it up under the report's name
    /// (`funnel` + `median_days`), so keys are unique within a report.
    pub header: Label,
    /// How people see the values.
    pub form: Form,
    /// Who reads it.
    pub audience: Audience,
    /// A part of the figure before it (a stage of `customers`): indented
    /// where figures run down the page.
    pub part: bool,
}

impl Column {
    /// Returns a column by its key and its English header (whose message
    /// id is the key).
    pub const fn new(key: &'static str, header: &'static str, form: Form) -> Column {
        Column {
            key: Cow::Borrowed(key),
            header: Label::new(key, header),
            form,
            audience: Audience::All,
            part: false,
        }
    }

    /// Returns a column whose key or header depends on the data (`stage.lead`,
    /// `value ({currency})`).
    pub fn labelled(key: impl Into<Cow<'static, str>>, header: Label, form: Form) -> Column {
        Column {
            key: key.into(),
            header,
            form,
            audience: Audience::All,
            part: false,
        }
    }

    /// Returns this column with `{name}` of its header standing for `value`.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Column {
        self.header = self.header.with(name, value);
        self
    }

    /// Returns this column for machines only.
    pub fn for_machines(mut self) -> Column {
        self.audience = Audience::Machines;
        self
    }

    /// Returns this column for people only.
    pub fn for_people(mut self) -> Column {
        self.audience = Audience::People;
        self
    }

    /// Returns this column as a part of the one before it.
    pub fn part(mut self) -> Column {
        self.part = true;
        self
    }
}

/// One value of a row: the typed value machines read, and how it stands out
/// for people.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Value {
    pub cell: Cell,
    /// The text people read instead of the column's form of `cell`, where a
    /// figure is shown with its context (`3 of 4 (75.0 %)`).
    pub shown: Option<Label>,
    /// Totals and headings within a table are bold.
    pub strong: bool,
    /// In html, a background shade from 0 (none) to 1 (full), for heat maps.
    pub shade: Option<f64>,
}

impl Value {
    /// Returns this value shown to people as `text`.
    pub fn shown(mut self, text: impl Into<Label>) -> Value {
        self.shown = Some(text.into());
        self
    }

    /// Returns this value in bold.
    pub fn strong(self) -> Value {
        self.strong_if(true)
    }

    /// Returns this value in bold when `strong`.
    pub fn strong_if(mut self, strong: bool) -> Value {
        self.strong |= strong;
        self
    }

    /// Returns this value shaded by `x` (0..1) in html.
    pub fn shaded(mut self, x: f64) -> Value {
        self.shade = Some(x.clamp(0.0, 1.0));
        self
    }
}

impl From<Cell> for Value {
    fn from(cell: Cell) -> Value {
        Value {
            cell,
            ..Value::default()
        }
    }
}

impl Cell {
    /// Returns a count.
    pub fn count(n: u64) -> Cell {
        Cell::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// Returns a number, or Null for none.
    pub fn float(x: Option<f64>) -> Cell {
        x.map_or(Cell::Null, Cell::Float)
    }

    /// Returns an amount, or Null for none.
    pub fn money(m: Option<Money>) -> Cell {
        m.map_or(Cell::Null, Cell::Money)
    }

    /// Returns a day.
    pub fn day(d: NaiveDate) -> Cell {
        Cell::Date(When::Date(d))
    }

    /// Returns this cell as a value of a row.
    pub fn value(self) -> Value {
        Value::from(self)
    }

    /// Returns this cell in bold for people.
    pub fn strong(self) -> Value {
        Value::from(self).strong()
    }

    /// Returns this cell in bold for people when `strong`.
    pub fn strong_if(self, strong: bool) -> Value {
        Value::from(self).strong_if(strong)
    }

    /// Returns this cell shown to people as `text`.
    pub fn shown(self, text: impl Into<Label>) -> Value {
        Value::from(self).shown(text)
    }
}

/// One row of a table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    pub values: Vec<Value>,
    /// A total people read under the rows it sums; machine formats leave it
    /// out (a script sums for itself, and a total row would count twice).
    pub total: bool,
}

impl Row {
    /// Returns a row of these values (cells or values).
    pub fn new<V: Into<Value>>(values: impl IntoIterator<Item = V>) -> Row {
        Row {
            values: values.into_iter().map(Into::into).collect(),
            total: false,
        }
    }

    /// Returns a total row of these values, for people only.
    pub fn total<V: Into<Value>>(values: impl IntoIterator<Item = V>) -> Row {
        Row {
            total: true,
            ..Row::new(values)
        }
    }
}

/// How people read a table.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Layout {
    /// A row per row, as machines read it.
    #[default]
    Rows,
    /// The figures down and the rows across (the summary's key figures, a
    /// column per group): the names under `corner`, and each row's column
    /// headed by its value of column `heads` (the group), or by `single`
    /// when there is no such column.
    Transposed {
        corner: Label,
        heads: Option<usize>,
        single: Label,
    },
}

/// A table described once: its title, its columns and its rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The heading people read above it (empty: none).
    pub title: Label,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub layout: Layout,
}

impl Table {
    /// Returns a table with no rows yet.
    pub fn new(title: Label, columns: Vec<Column>) -> Table {
        Table {
            title,
            columns,
            rows: Vec::new(),
            layout: Layout::Rows,
        }
    }

    /// Adds a row.
    pub fn push(&mut self, row: Row) {
        debug_assert_eq!(row.values.len(), self.columns.len(), "{:?}", self.title);
        self.rows.push(row);
    }

    /// Sorts the rows by the columns of the named keys in turn, `-key` for
    /// descending, as [`Rows::sort_by_columns`] does.
    pub fn sort_by_columns(&mut self, keys: &[String]) -> Result<(), String> {
        let names: Vec<&str> = self.columns.iter().map(|c| c.key.as_ref()).collect();
        let plan = super::rows::sort_plan(&names, keys)?;
        self.rows.sort_by(|a, b| {
            super::rows::compare_rows(&plan, |i| &a.values[i].cell, |i| &b.values[i].cell)
        });
        Ok(())
    }

    /// Returns the table as machines read it: the keys of the columns they
    /// read, and the typed values of every row but the totals.
    pub fn data(&self) -> Rows {
        let read: Vec<usize> = (0..self.columns.len())
            .filter(|&i| self.columns[i].audience != Audience::People)
            .collect();
        Rows {
            columns: read
                .iter()
                .map(|&i| self.columns[i].key.to_string())
                .collect(),
            rows: self
                .rows
                .iter()
                .filter(|r| !r.total)
                .map(|r| read.iter().map(|&i| r.values[i].cell.clone()).collect())
                .collect(),
        }
    }
}

/// Returns a share 0..1 as `25.0 %`, or `–`.
pub fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| format!("{:.1} %", x * 100.0))
}

/// Returns `x` with at most `decimals` decimals and no trailing zeros.
pub fn trim_decimals(x: f64, decimals: usize) -> String {
    let text = format!("{x:.decimals$}");
    if text.contains('.') {
        let t = text.trim_end_matches('0').trim_end_matches('.');
        if t == "-0" { "0".into() } else { t.into() }
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_shares_and_decimals() {
        assert_eq!(percent(Some(0.25)), "25.0 %");
        assert_eq!(percent(Some(2.0 / 3.0)), "66.7 %");
        assert_eq!(percent(None), "–");
        assert_eq!(trim_decimals(12.0, 1), "12");
        assert_eq!(trim_decimals(12.25, 1), "12.2");
        assert_eq!(trim_decimals(-0.01, 1), "0");
    }

    #[test]
    fn a_form_decides_the_text_of_a_value_and_of_none() {
        assert_eq!(Form::Share.show(&Cell::Float(0.5)), "50.0 %");
        assert_eq!(Form::Share.show(&Cell::Null), "–");
        assert_eq!(Form::Count.show(&Cell::Null), "");
        assert_eq!(Form::Decimal(1).show(&Cell::Float(2.25)), "2.2");
        assert_eq!(Form::Money.show(&Cell::Null), "–");
        assert_eq!(Form::Fixed(4).show(&Cell::Float(0.5)), "0.5000");
        // A model's estimates are floats: counts whole, amounts to the cent.
        assert_eq!(Form::Count.show(&Cell::Float(18.0)), "18");
        assert_eq!(Form::Money.show(&Cell::Float(37316.71605)), "37316.72");
    }

    #[test]
    fn machines_read_a_column_for_people_nowhere() {
        let mut t = Table::new(
            Label::default(),
            vec![
                Column::new("id", "id", Form::Text),
                Column::new("name", "name", Form::Text).for_people(),
                Column::new("x", "x", Form::Count),
                Column::new("name", "name", Form::Text).for_machines(),
            ],
        );
        let name = Cell::Text("Ann".into());
        t.push(Row::new([
            Cell::Text("ann".into()),
            name.clone(),
            Cell::count(1),
            name,
        ]));
        let rows = t.data();
        assert_eq!(rows.columns, ["id", "x", "name"]);
        assert_eq!(rows.rows[0][2], Cell::Text("Ann".into()));
    }

    #[test]
    fn machines_read_the_keys_and_no_totals() {
        let mut t = Table::new(
            Label::default(),
            vec![
                Column::new("stage", "stage", Form::Text),
                Column::new("deals", "open deals", Form::Count),
            ],
        );
        t.push(Row::new([Cell::Text("lead".into()), Cell::count(2)]));
        t.push(Row::total([Cell::Text("total".into()), Cell::count(2)]));
        let rows = t.data();
        assert_eq!(rows.columns, ["stage", "deals"]);
        assert_eq!(rows.rows.len(), 1);
    }
}
