//! Listings of customers: which columns, in which order, how many.
//! `query`, `segment NAME` and exports build their rows here, so
//! `--columns`, `--sort` and `--limit` mean the same everywhere.

use std::cmp::Ordering;

use super::fields::{Field, SortKey, Subject, compare_keys};
use crate::model::Schema;
use crate::model::fields::{EMAIL, ID, NAME, STAGE};
use crate::table::{Cell, Rows};

/// The columns a listing shows unless `--columns` says otherwise.
pub const DEFAULT_COLUMNS: &[&str] = &[
    ID,
    NAME.path,
    STAGE.path,
    EMAIL.path,
    "revenue",
    "last_contact",
];

/// How to list customers.
#[derive(Clone, Debug)]
pub struct Listing {
    columns: Vec<Field>,
    sort: Vec<(Field, bool)>,
    limit: Option<usize>,
    stages: Vec<String>,
}

/// One listed customer: its cells and its sort keys.
#[derive(Clone, Debug)]
pub struct Listed {
    cells: Vec<Cell>,
    keys: Vec<SortKey>,
}

/// Why a `--columns` or `--sort` entry is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListingError {
    pub message: String,
    pub hint: Option<String>,
}

impl Listing {
    /// Returns a listing of `columns` (comma-separated field paths; None
    /// for the defaults), sorted by `sort` (`-revenue,name`: a leading `-`
    /// sorts descending; None keeps id order), at most `limit` rows.
    pub fn new(
        columns: Option<&str>,
        sort: Option<&str>,
        limit: Option<usize>,
        schema: &Schema,
    ) -> Result<Listing, ListingError> {
        let columns = match columns {
            None => DEFAULT_COLUMNS
                .iter()
                .map(|c| resolve("--columns", c, schema))
                .collect::<Result<_, _>>()?,
            Some(list) => split(list)
                .map(|c| resolve("--columns", c, schema))
                .collect::<Result<_, _>>()?,
        };
        let sort = match sort {
            None => Vec::new(),
            Some(list) => split(list)
                .map(|s| {
                    let (path, descending) = match s.strip_prefix('-') {
                        Some(rest) => (rest, true),
                        None => (s.strip_prefix('+').unwrap_or(s), false),
                    };
                    resolve("--sort", path, schema).map(|f| (f, descending))
                })
                .collect::<Result<_, _>>()?,
        };
        Ok(Listing {
            columns,
            sort,
            limit,
            stages: schema.stages.clone(),
        })
    }

    /// Keeps only the id column (for `--format ids`).
    pub fn only_ids(mut self) -> Listing {
        self.columns = vec![Field::Id];
        self
    }

    /// Returns the parts of a customer record the listing reads.
    pub fn parts(&self) -> crate::model::fast::Parts {
        let mut parts = crate::model::fast::Parts::NONE;
        for f in self.columns.iter().chain(self.sort.iter().map(|(f, _)| f)) {
            parts |= f.parts();
        }
        parts
    }

    /// Returns what of the whole book (`rfm`, `clv`) the columns and sort
    /// keys need computed first.
    pub fn needs(&self) -> super::Needs {
        self.columns
            .iter()
            .chain(self.sort.iter().map(|(f, _)| f))
            .fold(super::Needs::default(), |n, f| n | f.needs())
    }

    /// Returns the listing's columns.
    pub fn columns(&self) -> &[Field] {
        &self.columns
    }

    /// Returns the row of one customer.
    pub fn row(&self, subject: &Subject<'_>) -> Listed {
        Listed {
            cells: self
                .columns
                .iter()
                .map(|f| f.get(subject).to_cell())
                .collect(),
            keys: self
                .sort
                .iter()
                .map(|(f, _)| self.key(f, subject))
                .collect(),
        }
    }

    /// Returns the sort key of `field`; stages sort in the book's order.
    fn key(&self, field: &Field, subject: &Subject<'_>) -> SortKey {
        let value = field.get(subject);
        if field.value_type() == super::fields::ValueType::Stage
            && let super::fields::FieldValue::Text(stage) = value
        {
            let rank = self
                .stages
                .iter()
                .position(|s| s == stage)
                .unwrap_or(self.stages.len());
            return SortKey::Rank(rank, stage.to_string());
        }
        value.sort_key()
    }

    /// Sorts the rows (stably: equal keys keep id order), cuts them to the
    /// limit and returns them under their column names.
    pub fn finish(&self, mut rows: Vec<Listed>) -> Rows {
        if !self.sort.is_empty() {
            rows.sort_by(|a, b| {
                for (i, (_, descending)) in self.sort.iter().enumerate() {
                    let o = compare_keys(&a.keys[i], &b.keys[i], *descending);
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                Ordering::Equal
            });
        }
        if let Some(n) = self.limit {
            rows.truncate(n);
        }
        Rows {
            columns: self.columns.iter().map(|f| f.path().into_owned()).collect(),
            rows: rows.into_iter().map(|r| r.cells).collect(),
        }
    }
}

fn split(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn resolve(flag: &str, path: &str, schema: &Schema) -> Result<Field, ListingError> {
    Field::parse(path, schema).map_err(|e| ListingError {
        message: format!("{flag}: {}", e.message),
        hint: e.hint,
    })
}

impl From<ListingError> for crate::error::Error {
    fn from(e: ListingError) -> crate::error::Error {
        let err = crate::error::Error::usage(e.message);
        match e.hint {
            Some(h) => err.with_hint(h),
            None => err,
        }
    }
}

/// Sorts computed rows (group counts, segment sizes) by column names, as
/// `--sort` writes them (`-customers,source`); stable, missing values
/// last.
pub fn sort_rows(rows: &mut Rows, spec: &str) -> Result<(), ListingError> {
    let mut keys = Vec::new();
    for s in split(spec) {
        let (name, descending) = match s.strip_prefix('-') {
            Some(rest) => (rest, true),
            None => (s.strip_prefix('+').unwrap_or(s), false),
        };
        let Some(at) = rows.columns.iter().position(|c| c == name) else {
            let near = crate::model::parse::nearest(name, rows.columns.iter().map(String::as_str));
            return Err(ListingError {
                message: crate::msg!("query.sort-no-column", name = name),
                hint: Some(match near {
                    Some(n) => crate::msg!("model.did-you-mean", near = n),
                    None => crate::msg!("query.the-columns-are", columns = rows.columns.join(", ")),
                }),
            });
        };
        keys.push((at, descending));
    }
    rows.rows.sort_by(|a, b| {
        for &(at, descending) in &keys {
            let o = compare_keys(&cell_key(&a[at]), &cell_key(&b[at]), descending);
            if o != Ordering::Equal {
                return o;
            }
        }
        Ordering::Equal
    });
    Ok(())
}

/// Returns the sort key of an output cell.
pub fn cell_key(cell: &Cell) -> SortKey {
    match cell {
        Cell::Null => SortKey::Missing,
        Cell::Int(i) => SortKey::Int(*i),
        Cell::Float(x) => SortKey::Float(*x),
        Cell::Money(m) => SortKey::Money(*m),
        Cell::Date(w) => SortKey::Date(*w),
        Cell::Bool(b) => SortKey::Bool(*b),
        other => {
            let text = other.to_string();
            SortKey::Text(crate::model::translit::fold(&text), text)
        }
    }
}
