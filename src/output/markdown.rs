//! Markdown output: tables with escaped pipes, ready to paste into a wiki.

use std::io::{self, Write};

use super::grid::Grid;
use super::{Cell, Record, Rows};

/// Returns `text` safe inside a Markdown table cell: backslashes and pipes
/// escaped, control characters (line breaks too) shown as symbols.
pub fn escape(text: &str) -> String {
    crate::diag::visible(text)
        .replace('\\', "\\\\")
        .replace('|', "\\|")
}

/// Prints rows as a Markdown table; numbers are right-aligned.
pub fn rows(out: &mut dyn Write, rows: &Rows) -> io::Result<()> {
    grid(out, &Grid::of_rows(rows, Cell::to_string))
}

/// Prints a grid as a Markdown table: a column with numbers is
/// right-aligned, bold cells are `**bold**`.
pub fn grid(out: &mut dyn Write, grid: &Grid) -> io::Result<()> {
    let header: Vec<String> = grid.header.iter().map(|h| escape(h)).collect();
    writeln!(out, "| {} |", header.join(" | "))?;
    let align: Vec<&str> = grid
        .numeric_columns()
        .into_iter()
        .map(|numeric| if numeric { "---:" } else { "---" })
        .collect();
    writeln!(out, "| {} |", align.join(" | "))?;
    for row in &grid.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|s| {
                let t = escape(&s.text);
                if s.strong && !t.is_empty() {
                    format!("**{t}**")
                } else {
                    t
                }
            })
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// Prints a record as a heading, a field list and a table per list.
pub fn record(
    out: &mut dyn Write,
    record: &Record,
    lang: &crate::lang::Catalogue,
) -> io::Result<()> {
    if record.id.is_empty() {
        writeln!(out, "# {}\n", escape(&record.title))?;
    } else {
        writeln!(
            out,
            "# {} (`{}`)\n",
            escape(&record.title),
            crate::diag::visible(&record.id)
        )?;
    }
    for (key, value) in &record.fields {
        if *value != Cell::Null {
            writeln!(out, "- **{}**: {}", escape(key), escape(&value.to_string()))?;
        }
    }
    for (group, values) in &record.groups {
        writeln!(out, "\n## {}\n", escape(&super::heading(group, lang)))?;
        for (key, value) in values {
            writeln!(out, "- **{}**: {}", escape(key), escape(&value.to_string()))?;
        }
    }
    for (name, list) in &record.lists {
        if list.rows.is_empty() {
            continue;
        }
        writeln!(out, "\n## {}\n", escape(&super::heading(name, lang)))?;
        rows(out, &list.without_empty_columns())?;
    }
    Ok(())
}
