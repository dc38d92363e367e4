//! Tables for the terminal: comfy-table, sized to the terminal's width,
//! bold headers when colour is on.

use std::io::{self, Write};

use anstyle::Style;
use comfy_table::{CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};

/// Columns separated by space, one rule under the header: quiet enough to
/// read a long listing, clear enough to find the columns.
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

use super::{Cell, Record, Rows};

fn table(rows: &Rows, color: bool) -> Table {
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
    t.set_header(rows.columns.iter().map(|c| {
        let cell = comfy_table::Cell::new(c);
        if color {
            cell.add_attribute(comfy_table::Attribute::Bold)
        } else {
            cell
        }
    }));
    for row in &rows.rows {
        t.add_row(row.iter().map(|c| {
            let cell = comfy_table::Cell::new(shown(c));
            if c.is_numeric() {
                cell.set_alignment(CellAlignment::Right)
            } else {
                cell
            }
        }));
    }
    t
}

/// Returns a cell as a table shows it: floats rounded to four decimals
/// (machine formats keep full precision).
fn shown(c: &Cell) -> String {
    match c {
        Cell::Float(x) => format!("{x:.4}"),
        other => other.to_string(),
    }
}

/// Prints rows as an aligned table.
pub fn rows(out: &mut dyn Write, rows: &Rows, color: bool) -> io::Result<()> {
    if rows.rows.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", table(rows, color))
}

/// Prints a record: the title, aligned `key  value` lines, each group, then
/// each list as a table.
pub fn record(out: &mut dyn Write, record: &Record, color: bool) -> io::Result<()> {
    let bold = if color {
        Style::new().bold()
    } else {
        Style::new()
    };
    if record.id.is_empty() {
        writeln!(out, "{bold}{}{bold:#}", record.title)?;
    } else {
        writeln!(out, "{bold}{}{bold:#}  ({})", record.title, record.id)?;
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
            writeln!(out, "  {key:<width$}  {}", shown(value))?;
        }
    }
    for (group, values) in &record.groups {
        writeln!(out, "\n{bold}{group}{bold:#}")?;
        for (key, value) in values {
            let text = if *value == Cell::Null {
                "-".to_string()
            } else {
                shown(value)
            };
            writeln!(out, "  {key:<width$}  {text}")?;
        }
    }
    for (name, list) in &record.lists {
        if list.rows.is_empty() {
            continue;
        }
        writeln!(out, "\n{bold}{name}{bold:#}")?;
        rows(out, &list.without_empty_columns(), color)?;
    }
    Ok(())
}
