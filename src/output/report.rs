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
use crate::lang::Catalogue;
use crate::table::{Label, Report};

/// Writes a report in `format` to `out`; people's formats in the language
/// of `lang`, machine formats the same in every language.
pub fn write(
    out: &mut dyn Write,
    report: &Report,
    format: Format,
    color: bool,
    lang: &Catalogue,
) -> io::Result<()> {
    match format {
        Format::Table => text(out, report, color, lang),
        Format::Markdown => markdown(out, report, lang),
        Format::Html => out.write_all(html::page(report, lang).as_bytes()),
        Format::Json => json_object(out, report),
        Format::Csv => delimited::rows(out, &report.data.data(), b','),
        Format::Tsv => delimited::rows(out, &report.data.data(), b'\t'),
        Format::Ndjson => json::rows(out, &report.data.data(), true),
        Format::Ids => super::ids(out, &report.data.data()),
    }
}

/// Returns the heading of a report as people read it: its title, and the
/// book's name after a dash.
pub fn title(report: &Report, lang: &Catalogue) -> String {
    let title = lang.label(&report.title);
    match &report.book {
        Some(book) if !book.is_empty() => format!("{title} — {book}"),
        _ => title,
    }
}

/// Returns the name people read for a fact's key (`currency`): its
/// message `fact.<key>`, else the key.
fn fact_name(key: &str, lang: &Catalogue) -> String {
    let id = format!("fact.{}", key.replace(' ', "_"));
    if lang.has(&id) {
        lang.label(&Label {
            id: id.into(),
            english: key.to_string().into(),
            args: Vec::new(),
        })
    } else {
        key.to_string()
    }
}

/// Returns a fact's value as people read it: a number in the language's
/// form, a word rapport writes (`month`) by its message `fact.value.<word>`,
/// anything else (a date, a currency, a field) as it is.
fn fact_value(value: &str, lang: &Catalogue) -> String {
    let id = format!("fact.value.{value}");
    if value.bytes().all(|b| b.is_ascii_lowercase()) && !value.is_empty() && lang.has(&id) {
        return lang.label(&Label {
            id: id.into(),
            english: value.to_string().into(),
            args: Vec::new(),
        });
    }
    lang.value(value).into_owned()
}

/// Returns the lines that frame the figures, as people read them: `since`
/// and `until` become one `period` line; names and numbers in the language
/// of `lang`.
pub fn fact_lines(report: &Report, lang: &Catalogue) -> Vec<(String, String)> {
    fact_keys(report, lang)
        .into_iter()
        .map(|(key, value)| (fact_name(&key, lang), fact_value(&value, lang)))
        .collect()
}

/// Returns the lines that frame the figures, each under its key.
fn fact_keys(report: &Report, lang: &Catalogue) -> Vec<(String, String)> {
    let get = |key: &str| {
        report
            .facts
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, c)| c.to_string())
    };
    let mut lines = Vec::new();
    let period = match (get("since"), get("until")) {
        (Some(since), Some(until)) => Some(
            lang.label(
                &Label::new(
                    "fact.period_range",
                    "{since} to {until}, both days included",
                )
                .with("since", since)
                .with("until", until),
            ),
        ),
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

/// Returns the text of `(none)`, for a table without rows.
pub fn none(lang: &Catalogue) -> String {
    lang.label(&Label::new("report.none", "(none)"))
}

/// Prints the report for a terminal.
fn text(out: &mut dyn Write, report: &Report, color: bool, lang: &Catalogue) -> io::Result<()> {
    let bold = if color {
        Style::new().bold()
    } else {
        Style::new()
    };
    writeln!(out, "{bold}{}{bold:#}", visible(&title(report, lang)))?;
    let lines = fact_lines(report, lang);
    let width = lines
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (key, value) in &lines {
        let key = visible(key);
        writeln!(out, "  {key:<width$}  {}", visible(value))?;
    }
    for view in report.tables().map(|t| Grid::of_table(t, lang)) {
        writeln!(out)?;
        if !view.title.is_empty() {
            writeln!(out, "{bold}{}{bold:#}", view.title)?;
        }
        if view.rows.is_empty() {
            writeln!(out, "  {}", none(lang))?;
            continue;
        }
        writeln!(out, "{}", table(&view, color, Align::Columns))?;
    }
    if !report.notes.is_empty() {
        writeln!(out)?;
        for note in &report.notes {
            for line in wrap(&visible(&lang.label(note)), 96) {
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
fn markdown(out: &mut dyn Write, report: &Report, lang: &Catalogue) -> io::Result<()> {
    writeln!(out, "# {}\n", escape(&title(report, lang)))?;
    for (key, value) in fact_lines(report, lang) {
        writeln!(out, "- **{key}**: {}", escape(&value))?;
    }
    for view in report.tables().map(|t| Grid::of_table(t, lang)) {
        writeln!(out)?;
        if !view.title.is_empty() {
            writeln!(out, "## {}\n", escape(&view.title))?;
        }
        if view.rows.is_empty() {
            writeln!(out, "{}", none(lang))?;
            continue;
        }
        super::markdown::grid(out, &view)?;
    }
    if !report.notes.is_empty() {
        writeln!(out)?;
        for note in &report.notes {
            writeln!(out, "{}", escape(&lang.label(note)))?;
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
            fact_lines(&report, Catalogue::of(crate::lang::Lang::En)),
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
