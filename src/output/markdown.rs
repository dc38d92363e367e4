//! Markdown output: tables with escaped pipes, ready to paste into a wiki.

use std::io::{self, Write};

use super::{Cell, Record, Rows};

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// Prints rows as a Markdown table; numbers are right-aligned.
pub fn rows(out: &mut dyn Write, rows: &Rows) -> io::Result<()> {
    let header: Vec<String> = rows.columns.iter().map(|c| escape(c)).collect();
    writeln!(out, "| {} |", header.join(" | "))?;
    let align: Vec<&str> = (0..rows.columns.len())
        .map(|i| {
            let numeric = rows
                .rows
                .iter()
                .any(|r| r.get(i).is_some_and(Cell::is_numeric));
            if numeric { "---:" } else { "---" }
        })
        .collect();
    writeln!(out, "| {} |", align.join(" | "))?;
    for row in &rows.rows {
        let cells: Vec<String> = row.iter().map(|c| escape(&c.to_string())).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// Prints a record as a heading, a field list and a table per list.
pub fn record(out: &mut dyn Write, record: &Record) -> io::Result<()> {
    if record.id.is_empty() {
        writeln!(out, "# {}\n", escape(&record.title))?;
    } else {
        writeln!(out, "# {} (`{}`)\n", escape(&record.title), record.id)?;
    }
    for (key, value) in &record.fields {
        if *value != Cell::Null {
            writeln!(out, "- **{key}**: {}", escape(&value.to_string()))?;
        }
    }
    for (group, values) in &record.groups {
        writeln!(out, "\n## {group}\n")?;
        for (key, value) in values {
            writeln!(out, "- **{key}**: {}", escape(&value.to_string()))?;
        }
    }
    for (name, list) in &record.lists {
        if list.rows.is_empty() {
            continue;
        }
        writeln!(out, "\n## {name}\n")?;
        rows(out, &list.without_empty_columns())?;
    }
    Ok(())
}
