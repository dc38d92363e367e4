//! Tables for the terminal: comfy-table, sized to the terminal's width,
//! bold headers when colour is on.

use std::io::{self, Write};

use anstyle::Style;
use comfy_table::{CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};

/// Columns separated by space, one rule under the header: quiet enough to
/// read a long listing, clear enough to find the columns.
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

use super::grid::Grid;
use super::{Cell, Record, Rows};
use crate::diag::visible;

/// How the numbers of a table line up.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Each number to the right of its cell; headers to the left (listings).
    Cells,
    /// A column with a number right-aligned as a whole, its header too
    /// (reports, whose columns are figures).
    Columns,
}

/// Returns a grid as a terminal table.
pub fn table(grid: &Grid, color: bool, align: Align) -> Table {
    let mut t = Table::new();
    t.load_style(STYLE);
    if !color {
        t.force_no_tty();
    }
    // Fit the terminal's width when it is known and sensible; a pseudo
    // terminal that reports no size would squeeze every column to nothing.
    let arrangement = match t.width() {
        Some(w) if w >= 40 => ContentArrangement::Dynamic,
        _ => ContentArrangement::Disabled,
    };
    t.set_content_arrangement(arrangement);
    t.set_header(grid.header.iter().map(|h| {
        let cell = comfy_table::Cell::new(h);
        if color {
            cell.add_attribute(comfy_table::Attribute::Bold)
        } else {
            cell
        }
    }));
    if align == Align::Columns {
        for (i, numeric) in grid.numeric_columns().into_iter().enumerate() {
            if numeric && let Some(column) = t.column_mut(i) {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
    }
    for row in &grid.rows {
        t.add_row(row.iter().map(|s| {
            let cell = comfy_table::Cell::new(&s.text);
            let cell = if s.numeric {
                cell.set_alignment(CellAlignment::Right)
            } else if align == Align::Columns {
                cell.set_alignment(CellAlignment::Left)
            } else {
                cell
            };
            if s.strong && color {
                cell.add_attribute(comfy_table::Attribute::Bold)
            } else {
                cell
            }
        }));
    }
    t
}

/// Returns a cell as a table shows it: floats rounded to four decimals
/// (machine formats keep full precision), control characters as symbols.
fn shown(c: &Cell) -> String {
    match c {
        Cell::Float(x) => format!("{x:.4}"),
        other => {
            let text = other.to_string();
            match visible(&text) {
                std::borrow::Cow::Borrowed(_) => text,
                std::borrow::Cow::Owned(shown) => shown,
            }
        }
    }
}

/// Returns a cell as [`shown`] does, a number or a date in the form of
/// `lang`.
fn shown_in(c: &Cell, lang: &crate::lang::Catalogue) -> String {
    let text = shown(c);
    match c {
        _ if c.is_numeric() => lang.number(&text).into_owned(),
        Cell::Date(_) => lang.date(&text).into_owned(),
        _ => text,
    }
}

/// Prints rows as an aligned table, numbers in the form of `lang`.
pub fn rows(
    out: &mut dyn Write,
    rows: &Rows,
    color: bool,
    lang: &crate::lang::Catalogue,
) -> io::Result<()> {
    if rows.rows.is_empty() {
        return Ok(());
    }
    let grid = Grid::of_rows(rows, |c| shown_in(c, lang));
    writeln!(out, "{}", table(&grid, color, Align::Cells))
}

/// Prints a described table as a listing (nothing without rows).
pub fn described(
    out: &mut dyn Write,
    described: &crate::table::Table,
    color: bool,
    lang: &crate::lang::Catalogue,
) -> io::Result<()> {
    if described.rows.is_empty() {
        return Ok(());
    }
    let grid = Grid::of_table(described, lang);
    writeln!(out, "{}", table(&grid, color, Align::Cells))
}

/// Prints a record: the title, aligned `key  value` lines, each group, then
/// each list as a table.
pub fn record(
    out: &mut dyn Write,
    record: &Record,
    color: bool,
    lang: &crate::lang::Catalogue,
) -> io::Result<()> {
    let bold = if color {
        Style::new().bold()
    } else {
        Style::new()
    };
    let title = visible(&record.title);
    if record.id.is_empty() {
        writeln!(out, "{bold}{title}{bold:#}")?;
    } else {
        writeln!(out, "{bold}{title}{bold:#}  ({})", visible(&record.id))?;
    }
    let width = record
        .fields
        .iter()
        .chain(record.groups.iter().flat_map(|(_, v)| v.iter()))
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (key, value) in &record.fields {
        if *value != Cell::Null {
            let key = visible(key);
            writeln!(out, "  {key:<width$}  {}", shown_in(value, lang))?;
        }
    }
    for (group, values) in &record.groups {
        writeln!(
            out,
            "\n{bold}{}{bold:#}",
            visible(&super::heading(group, lang))
        )?;
        for (key, value) in values {
            let key = visible(key);
            let text = if *value == Cell::Null {
                "-".to_string()
            } else {
                shown_in(value, lang)
            };
            writeln!(out, "  {key:<width$}  {text}")?;
        }
    }
    for (name, list) in &record.lists {
        if list.rows.is_empty() {
            continue;
        }
        writeln!(
            out,
            "\n{bold}{}{bold:#}",
            visible(&super::heading(name, lang))
        )?;
        rows(out, &list.without_empty_columns(), color, lang)?;
    }
    Ok(())
}
