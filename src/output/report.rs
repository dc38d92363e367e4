//! Reports as printed: a title, the facts that frame the figures (the period,
//! the currency, the grouping), one data table for machines, the views people
//! read and, in html, charts.
//!
//! Machine formats (csv, tsv, json, ndjson, ids) print the data table, whose
//! columns are stable and whose values are raw (shares as fractions, money
//! exact); json wraps it with the facts. People's formats (table, markdown,
//! html) print the views: the same figures laid out to be read, shares as
//! percentages and money with its currency.

use std::io::{self, IsTerminal, Write};

use anstyle::Style;
use comfy_table::{CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};
use serde_json::{Map, Value};

use super::{Cell, Format, Rows, delimited, html, json};
use crate::model::Money;

/// The formats of a report: every listing format, and html.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// An aligned table (the default on a terminal).
    Table,
    /// Comma-separated values with a header row: the data table.
    Csv,
    /// Tab-separated values with a header row (the default in a pipe).
    Tsv,
    /// One JSON object: the facts and the data rows.
    Json,
    /// One JSON object per data row.
    Ndjson,
    /// The first column of the data table, one per line.
    Ids,
    /// Markdown tables.
    Markdown,
    /// One self-contained HTML page with charts as inline SVG, fit to mail.
    Html,
}

impl ReportFormat {
    /// Returns the listing format of the same name; None for html.
    pub fn listing(self) -> Option<Format> {
        Some(match self {
            ReportFormat::Table => Format::Table,
            ReportFormat::Csv => Format::Csv,
            ReportFormat::Tsv => Format::Tsv,
            ReportFormat::Json => Format::Json,
            ReportFormat::Ndjson => Format::Ndjson,
            ReportFormat::Ids => Format::Ids,
            ReportFormat::Markdown => Format::Markdown,
            ReportFormat::Html => return None,
        })
    }
}

/// A report ready to print.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The report's name, as json's `report` key (`summary`).
    pub name: String,
    /// The heading people read.
    pub title: String,
    /// What frames the figures (`since`, `until`, `today`, `currency`, `by`):
    /// json keys, and the lines under the title. `since` and `until` together
    /// print as one `period` line.
    pub facts: Vec<(String, Cell)>,
    /// The figures in one table with stable columns: what machine formats print.
    pub data: Rows,
    /// The figures laid out for people, in order: what table, markdown and
    /// html print (charts only in html).
    pub blocks: Vec<Block>,
    /// Lines under the views: what a figure means, what is incomplete.
    pub notes: Vec<String>,
}

/// One part of a report as people read it.
#[derive(Clone, Debug)]
pub enum Block {
    View(View),
    /// Drawn in html only.
    Chart(Chart),
}

impl Report {
    /// Returns the views, in order (what text formats print).
    pub fn views(&self) -> impl Iterator<Item = &View> {
        self.blocks.iter().filter_map(|b| match b {
            Block::View(v) => Some(v),
            Block::Chart(_) => None,
        })
    }
}

/// A table for people: text already formatted, with alignment and shading.
#[derive(Clone, Debug, Default)]
pub struct View {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Shown>>,
}

/// One cell of a view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shown {
    pub text: String,
    /// Numbers are right-aligned.
    pub numeric: bool,
    /// In html, a background shade from 0 (none) to 1 (full), for heat maps.
    pub shade: Option<f64>,
    /// Totals and headings within a table are bold.
    pub strong: bool,
}

impl Shown {
    /// Returns a text cell.
    pub fn text(text: impl Into<String>) -> Shown {
        Shown {
            text: text.into(),
            ..Shown::default()
        }
    }

    /// Returns a right-aligned cell.
    pub fn number(text: impl Into<String>) -> Shown {
        Shown {
            text: text.into(),
            numeric: true,
            ..Shown::default()
        }
    }

    /// Returns a count.
    pub fn count(n: u64) -> Shown {
        Shown::number(n.to_string())
    }

    /// Returns an amount, exact to the cent.
    pub fn money(m: Money) -> Shown {
        Shown::number(m.to_string())
    }

    /// Returns an amount, or `–` when there is none.
    pub fn money_or_dash(m: Option<Money>) -> Shown {
        m.map_or_else(|| Shown::number("–"), Shown::money)
    }

    /// Returns a share 0..1 as a percentage with one decimal, `–` for none.
    pub fn share(x: Option<f64>) -> Shown {
        Shown::number(percent(x))
    }

    /// Returns a number with at most `decimals` decimals, `–` for none.
    pub fn decimal(x: Option<f64>, decimals: usize) -> Shown {
        Shown::number(x.map_or_else(|| "–".to_string(), |x| trim_decimals(x, decimals)))
    }

    /// Returns this cell in bold.
    pub fn strong(mut self) -> Shown {
        self.strong = true;
        self
    }

    /// Returns this cell shaded by `x` (0..1) in html.
    pub fn shaded(mut self, x: f64) -> Shown {
        self.shade = Some(x.clamp(0.0, 1.0));
        self
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

/// A chart of an html report, drawn as inline SVG by `svg.rs`.
#[derive(Clone, Debug, PartialEq)]
pub enum Chart {
    /// Horizontal bars, one per label: funnel stages, segment sizes, value by
    /// deal stage.
    Bars { title: String, bars: Vec<Bar> },
    /// Vertical columns in time order (revenue by month); values may be
    /// negative (NPS).
    Columns { title: String, columns: Vec<Bar> },
    /// A grid of shares 0..1, darker for more: cohort retention, segment moves.
    Heatmap {
        title: String,
        rows: Vec<String>,
        columns: Vec<String>,
        /// Row by row: the share that sets the shade and the text shown.
        cells: Vec<Vec<Option<(f64, String)>>>,
    },
}

/// One bar or column: its label, its length, and the text written by it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

/// Prints a report on stdout in `format` (default: a table on a terminal,
/// tsv in a pipe).
pub fn print(report: &Report, format: Option<ReportFormat>) -> io::Result<()> {
    let terminal = io::stdout().is_terminal();
    let format = format.unwrap_or(if terminal {
        ReportFormat::Table
    } else {
        ReportFormat::Tsv
    });
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = terminal && !no_color;
    let mut out = io::BufWriter::new(io::stdout());
    write(&mut out, report, format, color)?;
    out.flush()
}

/// Writes a report in `format` to `out`.
pub fn write(
    out: &mut dyn Write,
    report: &Report,
    format: ReportFormat,
    color: bool,
) -> io::Result<()> {
    match format {
        ReportFormat::Table => text(out, report, color),
        ReportFormat::Markdown => markdown(out, report),
        ReportFormat::Html => out.write_all(html::page(report).as_bytes()),
        ReportFormat::Json => json_object(out, report),
        ReportFormat::Csv => delimited::rows(out, &report.data, b','),
        ReportFormat::Tsv => delimited::rows(out, &report.data, b'\t'),
        ReportFormat::Ndjson => json::rows(out, &report.data, true),
        ReportFormat::Ids => super::ids(out, &report.data),
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

/// Columns separated by space, one rule under the header, as listings.
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

/// Prints the report for a terminal.
fn text(out: &mut dyn Write, report: &Report, color: bool) -> io::Result<()> {
    let bold = if color {
        Style::new().bold()
    } else {
        Style::new()
    };
    writeln!(out, "{bold}{}{bold:#}", report.title)?;
    let lines = fact_lines(report);
    let width = lines
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (key, value) in &lines {
        writeln!(out, "  {key:<width$}  {value}")?;
    }
    for view in report.views() {
        writeln!(out)?;
        if !view.title.is_empty() {
            writeln!(out, "{bold}{}{bold:#}", view.title)?;
        }
        if view.rows.is_empty() {
            writeln!(out, "  (none)")?;
            continue;
        }
        writeln!(out, "{}", text_table(view, color))?;
    }
    if !report.notes.is_empty() {
        writeln!(out)?;
        for note in &report.notes {
            for line in wrap(note, 96) {
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

fn text_table(view: &View, color: bool) -> Table {
    let mut t = Table::new();
    t.load_style(STYLE);
    if !color {
        t.force_no_tty();
    }
    let arrangement = match t.width() {
        Some(w) if w >= 40 => ContentArrangement::Dynamic,
        _ => ContentArrangement::Disabled,
    };
    t.set_content_arrangement(arrangement);
    t.set_header(view.header.iter().map(|h| {
        let cell = comfy_table::Cell::new(h);
        if color {
            cell.add_attribute(comfy_table::Attribute::Bold)
        } else {
            cell
        }
    }));
    for (i, _) in view.header.iter().enumerate() {
        let numeric = view
            .rows
            .iter()
            .any(|r| r.get(i).is_some_and(|s| s.numeric));
        if numeric && let Some(column) = t.column_mut(i) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    for row in &view.rows {
        t.add_row(row.iter().map(|s| {
            let cell = comfy_table::Cell::new(&s.text);
            let cell = if s.numeric {
                cell.set_alignment(CellAlignment::Right)
            } else {
                cell.set_alignment(CellAlignment::Left)
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

fn md_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// Prints the report as Markdown: a heading, the facts, a table per view.
fn markdown(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    writeln!(out, "# {}\n", md_escape(&report.title))?;
    for (key, value) in fact_lines(report) {
        writeln!(out, "- **{key}**: {}", md_escape(&value))?;
    }
    for view in report.views() {
        writeln!(out)?;
        if !view.title.is_empty() {
            writeln!(out, "## {}\n", md_escape(&view.title))?;
        }
        if view.rows.is_empty() {
            writeln!(out, "(none)")?;
            continue;
        }
        let header: Vec<String> = view.header.iter().map(|h| md_escape(h)).collect();
        writeln!(out, "| {} |", header.join(" | "))?;
        let align: Vec<&str> = (0..view.header.len())
            .map(|i| {
                let numeric = view
                    .rows
                    .iter()
                    .any(|r| r.get(i).is_some_and(|s| s.numeric));
                if numeric { "---:" } else { "---" }
            })
            .collect();
        writeln!(out, "| {} |", align.join(" | "))?;
        for row in &view.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|s| {
                    let t = md_escape(&s.text);
                    if s.strong && !t.is_empty() {
                        format!("**{t}**")
                    } else {
                        t
                    }
                })
                .collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
    }
    if !report.notes.is_empty() {
        writeln!(out)?;
        for note in &report.notes {
            writeln!(out, "{}", md_escape(note))?;
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
    let rows_out = report
        .data
        .rows
        .iter()
        .map(|row| json::row_object(&report.data.columns, row))
        .collect();
    object.insert("rows".into(), Value::Array(rows_out));
    serde_json::to_writer_pretty(&mut *out, &Value::Object(object))?;
    writeln!(out)
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
