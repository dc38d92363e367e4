//! Reports as printed: a title, the facts that frame the figures (the period,
//! the currency, the grouping), one data table for machines, the tables people
//! read and, in html, charts.
//!
//! Machine formats (csv, tsv, json, ndjson, ids) print the data table's keys
//! and typed values; json wraps them with the facts. People's formats (table,
//! markdown, html) print the report's blocks, each table in its display form
//! (shares as percentages, money with its currency in the header).

use std::io::{self, Write};

use anstyle::Style;
use serde_json::{Map, Value};

use super::grid::Grid;
use super::markdown::escape;
use super::table::{Align, table};
use super::{Format, delimited, html, json};
use crate::diag::visible;
use crate::table::Report;

/// Writes a report in `format` to `out`.
pub fn write(out: &mut dyn Write, report: &Report, format: Format, color: bool) -> io::Result<()> {
    match format {
        Format::Table => text(out, report, color),
        Format::Markdown => markdown(out, report),
        Format::Html => out.write_all(html::page(report).as_bytes()),
        Format::Json => json_object(out, report),
        Format::Csv => delimited::rows(out, &report.data.data(), b','),
        Format::Tsv => delimited::rows(out, &report.data.data(), b'\t'),
        Format::Ndjson => json::rows(out, &report.data.data(), true),
        Format::Ids => super::ids(out, &report.data.data()),
    }
}

/// Returns the lines that frame the figures, as people read them: `since`
/// and `until` become one `period` line.
pub fn fact_lines(report: &Report) -> Vec<(String, String)> {
    let get = |key: &str| {
        report
            .facts
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, c)| c.to_string())
    };
    let mut lines = Vec::new();
    let period = match (get("since"), get("until")) {
        (Some(since), Some(until)) => Some(format!("{since} to {until}, both days included")),
        _ => None,
    };
    for (key, cell) in &report.facts {
        match key.as_str() {
            "since" => {
                if let Some(p) = &period {
                    lines.push(("period".to_string(), p.clone()));
                } else {
                    lines.push((key.clone(), cell.to_string()));
                }
            }
            "until" if period.is_some() => {}
            _ => lines.push((key.clone(), cell.to_string())),
        }
    }
    lines
}

/// Prints the report for a terminal.
fn text(out: &mut dyn Write, report: &Report, color: bool) -> io::Result<()> {
    let bold = if color {
        Style::new().bold()
    } else {
        Style::new()
    };
    writeln!(out, "{bold}{}{bold:#}", visible(&report.title))?;
    let lines = fact_lines(report);
    let width = lines
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (key, value) in &lines {
        let key = visible(key);
        writeln!(out, "  {key:<width$}  {}", visible(value))?;
    }
    for view in report.tables().map(Grid::of_table) {
        writeln!(out)?;
        if !view.title.is_empty() {
            writeln!(out, "{bold}{}{bold:#}", view.title)?;
        }
        if view.rows.is_empty() {
            writeln!(out, "  (none)")?;
            continue;
        }
        writeln!(out, "{}", table(&view, color, Align::Columns))?;
    }
    if !report.notes.is_empty() {
        writeln!(out)?;
        for note in &report.notes {
            for line in wrap(&visible(note), 96) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

/// Breaks `text` into lines of at most `width` characters at spaces; the
/// lines after the first are indented by two.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
            line.push_str("  ");
        }
        if !line.is_empty() && !line.ends_with("  ") {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.trim().is_empty() {
        lines.push(line);
    }
    lines
}

/// Prints the report as Markdown: a heading, the facts, a table per view.
fn markdown(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    writeln!(out, "# {}\n", escape(&report.title))?;
    for (key, value) in fact_lines(report) {
        writeln!(out, "- **{key}**: {}", escape(&value))?;
    }
    for view in report.tables().map(Grid::of_table) {
        writeln!(out)?;
        if !view.title.is_empty() {
            writeln!(out, "## {}\n", escape(&view.title))?;
        }
        if view.rows.is_empty() {
            writeln!(out, "(none)")?;
            continue;
        }
        super::markdown::grid(out, &view)?;
    }
    if !report.notes.is_empty() {
        writeln!(out)?;
        for note in &report.notes {
            writeln!(out, "{}", escape(note))?;
        }
    }
    Ok(())
}

/// Prints `{"report": name, <facts>, "rows": [...]}`.
fn json_object(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let mut object = Map::new();
    object.insert("report".into(), Value::String(report.name.clone()));
    for (key, cell) in &report.facts {
        object.insert(key.clone(), json::cell(cell));
    }
    let data = report.data.data();
    let rows_out = data
        .rows
        .iter()
        .map(|row| json::row_object(&data.columns, row))
        .collect();
    object.insert("rows".into(), Value::Array(rows_out));
    serde_json::to_writer_pretty(&mut *out, &Value::Object(object))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::Cell;

    #[test]
    fn names_the_period_once() {
        let report = Report {
            facts: vec![
                ("since".into(), Cell::Text("2026-01-01".into())),
                ("until".into(), Cell::Text("2026-01-31".into())),
                ("currency".into(), Cell::Text("EUR".into())),
            ],
            ..Report::default()
        };
        assert_eq!(
            fact_lines(&report),
            [
                (
                    "period".to_string(),
                    "2026-01-01 to 2026-01-31, both days included".to_string()
                ),
                ("currency".to_string(), "EUR".to_string())
            ]
        );
    }
}
