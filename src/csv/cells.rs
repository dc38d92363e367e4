//! Reading one cell into a typed value: the formula check, the formula
//! guard, `--map-value`, then the value's own syntax (dates, numbers,
//! booleans, e-mails). Problems are reported per row, never guessed past.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::dates::{DateReader, SlashEvidence, SlashOrder};
use super::dialects::Dialect;
use super::guard;
use super::mapping::{Mapping, ValueMaps};
use super::numbers::{self, NumberKind};
use super::source::{Row, Table};
use crate::model::{Money, When};

/// Why a row cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Anything wrong with the row, said in words.
    Bad(String),
    /// A value the book does not allow for `field` (a stage, an interaction
    /// kind, a value of an enum field): reported grouped by value, with the
    /// way to map it.
    Unknown { field: String, value: String },
}

/// Everything a row reader needs besides the row: options and what the
/// columns hold.
pub struct Reader<'a> {
    pub table: &'a Table,
    pub mapping: &'a Mapping,
    pub maps: &'a ValueMaps,
    pub decimal_comma: bool,
    pub currency: &'a str,
    /// A date reader for each column that holds dates.
    pub dates: BTreeMap<usize, DateReader>,
    /// The program whose export the file is, when its header tells.
    pub dialect: Option<&'static Dialect>,
}

impl<'a> Reader<'a> {
    /// Returns the cell of `column` in `row` as the value it stands for
    /// (where it is empty, the cell of the next column of the same field):
    /// None when empty; a problem when it is a live formula. The guard
    /// export added is removed and `--map-value` applied.
    pub fn text(
        &self,
        row: &Row<'a>,
        column: usize,
        target: &str,
    ) -> Result<Option<&'a str>, Problem> {
        let mut raw: &'a str = row.get(column);
        if raw.trim().is_empty() {
            let mapping: &'a Mapping = self.mapping;
            let fallback = mapping.fallbacks.get(&column).into_iter().flatten();
            match fallback.map(|&c| row.get(c)).find(|c| !c.trim().is_empty()) {
                Some(other) => raw = other,
                None => return Ok(None),
            }
        }
        if guard::is_live_formula(raw) {
            let shown: String = raw.chars().take(40).collect();
            return Err(Problem::Bad(crate::msg!(
                "import.formula",
                column = self.table.column_name(column),
                formula = shown
            )));
        }
        let maps: &'a ValueMaps = self.maps;
        // Another CRM's export (Shopify's) writes `'` before numbers and
        // phones to keep them text; in other files a typed `'0123` stays.
        let raw = if self.dialect.is_some() {
            guard::unquote(raw)
        } else {
            raw
        };
        let value = maps.apply(target, guard::unguard(raw));
        Ok((!value.is_empty()).then_some(value))
    }

    /// Names a column in messages.
    pub fn column(&self, column: usize) -> String {
        self.table.column_name(column)
    }

    /// Reads a date or date-time.
    pub fn when(&self, column: usize, text: &str) -> Result<When, Problem> {
        let reader = self.dates.get(&column).cloned().unwrap_or_default();
        reader
            .read(text)
            .map_err(|why| Problem::Bad(format!("column `{}`: {why}", self.column(column))))
    }

    /// Reads a day; a date-time gives its day.
    pub fn day(&self, column: usize, text: &str) -> Result<NaiveDate, Problem> {
        self.when(column, text).map(When::date)
    }

    /// Reads an amount of money, exact to the cent.
    pub fn money(&self, column: usize, text: &str) -> Result<Money, Problem> {
        let bad = |why: String| Problem::Bad(format!("column `{}`: {why}", self.column(column)));
        let plain = numbers::normalize(text, NumberKind::Money, self.decimal_comma, self.currency)
            .map_err(bad)?;
        Money::parse(&plain).map_err(|e| bad(e.to_string()))
    }

    /// Reads a whole number.
    pub fn integer(&self, column: usize, text: &str) -> Result<i64, Problem> {
        let bad = |why: String| Problem::Bad(format!("column `{}`: {why}", self.column(column)));
        let plain =
            numbers::normalize(text, NumberKind::Integer, self.decimal_comma, self.currency)
                .map_err(bad)?;
        plain
            .parse()
            .map_err(|_| bad(crate::msg!("import.too-large", text = text.trim())))
    }

    /// Reads any number: whole numbers stay integers, others are floats.
    pub fn number(&self, column: usize, text: &str) -> Result<crate::model::Value, Problem> {
        let bad = |why: String| Problem::Bad(format!("column `{}`: {why}", self.column(column)));
        let plain = numbers::normalize(text, NumberKind::Real, self.decimal_comma, self.currency)
            .map_err(bad)?;
        if let Ok(i) = plain.parse::<i64>() {
            return Ok(crate::model::Value::Integer(i));
        }
        match plain.parse::<f64>() {
            Ok(x) if x.is_finite() => Ok(crate::model::Value::Float(x)),
            _ => Err(bad(crate::msg!("import.not-a-number", text = text.trim()))),
        }
    }

    /// Reads true or false (`yes`/`no`, `1`/`0` too).
    pub fn boolean(&self, column: usize, text: &str) -> Result<bool, Problem> {
        match text.trim().to_lowercase().as_str() {
            "true" | "yes" | "y" | "1" => Ok(true),
            "false" | "no" | "n" | "0" => Ok(false),
            _ => Err(Problem::Bad(crate::msg!(
                "import.not-boolean",
                column = self.column(column),
                text = text.trim()
            ))),
        }
    }

    /// Reads a score in `range`.
    pub fn score(
        &self,
        column: usize,
        text: &str,
        range: std::ops::RangeInclusive<u8>,
    ) -> Result<u8, Problem> {
        let n = self.integer(column, text)?;
        u8::try_from(n)
            .ok()
            .filter(|n| range.contains(n))
            .ok_or_else(|| {
                Problem::Bad(crate::msg!(
                    "import.not-a-score",
                    column = self.column(column),
                    score = n.to_string(),
                    low = range.start().to_string(),
                    high = range.end().to_string()
                ))
            })
    }
}

/// Returns `value` as one of `allowed`: itself, else the one equal to it
/// but for case.
pub fn one_of<'v>(value: &str, allowed: &'v [String]) -> Option<&'v str> {
    let v = value.trim();
    allowed
        .iter()
        .find(|a| *a == v)
        .or_else(|| {
            allowed
                .iter()
                .find(|a| a.to_lowercase() == v.to_lowercase())
        })
        .map(String::as_str)
}

/// Returns the date reader of each date column: with the `--date-format`,
/// and the order of slashed dates the column's values show; and for each
/// column that cannot tell, (column, why). Such a column's reader reads
/// day first, only so that its rows report their other problems: the
/// import is refused anyway. The export of a program that writes US dates
/// (`dialect`) is read month first, two-digit years taken, unless a
/// `--date-format` is given.
pub fn date_readers(
    table: &Table,
    columns: &[usize],
    format: Option<&str>,
    dialect: Option<&Dialect>,
) -> (BTreeMap<usize, DateReader>, Vec<(usize, String)>) {
    let mut readers = BTreeMap::new();
    let mut problems = Vec::new();
    let us = format.is_none() && dialect.is_some_and(|d| d.us_dates);
    for &column in columns {
        let mut reader = DateReader {
            format: format.map(str::to_string),
            slash: None,
            two_digit_years: us,
        };
        if us {
            reader.slash = Some(SlashOrder::MonthFirst);
        } else if format.is_none() {
            let mut evidence = SlashEvidence::default();
            for row in table.rows() {
                evidence.add(row.line(), guard::unguard(row.get(column)));
            }
            match evidence.order() {
                Ok(order) => reader.slash = order,
                Err(why) => {
                    problems.push((column, why));
                    reader.slash = Some(SlashOrder::DayFirst);
                }
            }
        }
        readers.insert(column, reader);
    }
    (readers, problems)
}
