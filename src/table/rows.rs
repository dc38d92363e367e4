//! Rows under named columns: listings and exports, whose columns are the
//! fields the user asked for.

use super::Cell;

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
        let plan = sort_plan(&self.columns, keys)?;
        self.rows
            .sort_by(|a, b| compare_rows(&plan, |i| &a[i], |i| &b[i]));
        Ok(())
    }
}

/// Returns, for sort keys (`name` or `-name`), each column's index and
/// whether it sorts descending; an unknown column is an error naming the
/// columns there are.
pub(crate) fn sort_plan<S: AsRef<str>>(
    columns: &[S],
    keys: &[String],
) -> Result<Vec<(usize, bool)>, String> {
    let mut plan = Vec::with_capacity(keys.len());
    for key in keys {
        let (name, descending) = match key.strip_prefix('-') {
            Some(name) => (name, true),
            None => (key.as_str(), false),
        };
        let index = columns
            .iter()
            .position(|c| c.as_ref() == name)
            .ok_or_else(|| {
                // A column shown to people and again to machines (a name
                // beside the id and at the end) is named once.
                let mut names: Vec<&str> = Vec::with_capacity(columns.len());
                for c in columns {
                    if !names.contains(&c.as_ref()) {
                        names.push(c.as_ref());
                    }
                }
                format!(
                    "no column `{name}` to sort by; the columns are {}",
                    names.join(", ")
                )
            })?;
        plan.push((index, descending));
    }
    Ok(plan)
}

/// Orders two rows, given their cells by index, by a [`sort_plan`].
pub(crate) fn compare_rows<'a>(
    plan: &[(usize, bool)],
    a: impl Fn(usize) -> &'a Cell,
    b: impl Fn(usize) -> &'a Cell,
) -> std::cmp::Ordering {
    for &(i, descending) in plan {
        let order = compare_cells(a(i), b(i), descending);
        if order != std::cmp::Ordering::Equal {
            return order;
        }
    }
    std::cmp::Ordering::Equal
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
