//! Reports as one self-contained HTML page, fit to mail from cron: inline
//! styles only (mail clients drop style sheets), tables for every figure (a
//! client that shows no SVG still shows them all), charts as inline SVG, and
//! nothing fetched from anywhere: no script, no font, no image file.

use std::fmt::Write as _;
use std::io;

use super::grid::Grid;
use super::report::fact_lines;
use super::svg::{self, escape, shade_color, shade_ink};
use super::{Cell, Record, Rows};
use crate::lang::{Catalogue, Lang};
use crate::table::{Block, Report, Table};

const BODY: &str = "margin:0;padding:24px;background:#ffffff;color:#1a202c;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.4";
const H1: &str = "font-size:22px;font-weight:bold;margin:0 0 8px 0";
const H2: &str = "font-size:16px;font-weight:bold;margin:24px 0 8px 0";
const TABLE: &str = "border-collapse:collapse;font-size:13px;margin:0 0 8px 0";
const TH: &str =
    "padding:4px 10px;border-bottom:2px solid #cbd5e0;font-weight:bold;white-space:nowrap";
const TD: &str = "padding:4px 10px;border-bottom:1px solid #edf2f7;white-space:nowrap";
const FACT_KEY: &str = "padding:1px 12px 1px 0;color:#4a5568";
const NOTE: &str = "font-size:12px;color:#4a5568;margin:4px 0";
const CODE: &str = "font-family:Menlo,Consolas,monospace;font-size:11px;background:#edf2f7;padding:0 3px;border-radius:3px";

/// Returns the whole page of `report`.
pub fn page(report: &Report, lang: &Catalogue) -> String {
    let mut s = open(&super::report::title(report, lang), lang.lang());
    let facts = fact_lines(report, lang);
    if !facts.is_empty() {
        fact_table(&mut s, facts);
    }
    for block in &report.blocks {
        match block {
            Block::Data => table(&mut s, &Grid::of_table(&report.data, lang), lang),
            Block::Table(t) => table(&mut s, &Grid::of_table(t, lang), lang),
            Block::Chart(chart) => {
                let name = lang.label(chart.title());
                let _ = writeln!(s, "<h2 style=\"{H2}\">{}</h2>", escape(&name));
                let _ = writeln!(s, "<div>{}</div>", svg::chart(chart, &name));
            }
        }
    }
    if !report.notes.is_empty() {
        s.push_str("<div style=\"margin-top:20px\">\n");
        for note in &report.notes {
            let _ = writeln!(
                s,
                "<p style=\"{NOTE}\">{}</p>",
                inline_code(&lang.label(note))
            );
        }
        s.push_str("</div>\n");
    }
    close(s)
}

/// Returns a note's text as html: escaped, and each `code` span (a
/// command, a key) in `<code>` instead of between literal backticks. A
/// backtick without its pair stays as it is.
fn inline_code(text: &str) -> String {
    let mut html = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(len) = rest[open + 1..].find('`') else {
            break;
        };
        html.push_str(&escape(&rest[..open]));
        let code = &rest[open + 1..open + 1 + len];
        let _ = write!(html, "<code style=\"{CODE}\">{}</code>", escape(code));
        rest = &rest[open + 2 + len..];
    }
    html.push_str(&escape(rest));
    html
}

/// Prints listing rows as a page with one table.
pub fn rows(out: &mut dyn io::Write, rows: &Rows, lang: &Catalogue) -> io::Result<()> {
    let mut s = open("", lang.lang());
    table(&mut s, &Grid::of_rows(rows, Cell::to_string), lang);
    out.write_all(close(s).as_bytes())
}

/// Prints a described table as a page with its title.
pub fn table_page(out: &mut dyn io::Write, described: &Table, lang: &Catalogue) -> io::Result<()> {
    let mut grid = Grid::of_table(described, lang);
    let mut s = open(&std::mem::take(&mut grid.title), lang.lang());
    table(&mut s, &grid, lang);
    out.write_all(close(s).as_bytes())
}

/// Prints a record as a page: its fields, each group and each list.
pub fn record(out: &mut dyn io::Write, record: &Record, lang: &Catalogue) -> io::Result<()> {
    let mut s = open(&record.title, lang.lang());
    let text = |fields: &[(String, Cell)]| -> Vec<(String, String)> {
        fields
            .iter()
            .filter(|(_, v)| *v != Cell::Null)
            .map(|(k, v)| (k.clone(), v.to_string()))
            .collect()
    };
    let mut fields = text(&record.fields);
    if !record.id.is_empty() {
        fields.insert(0, ("id".into(), record.id.clone()));
    }
    if !fields.is_empty() {
        fact_table(&mut s, fields);
    }
    for (group, values) in &record.groups {
        let _ = writeln!(
            s,
            "<h2 style=\"{H2}\">{}</h2>",
            escape(&super::heading(group, lang))
        );
        fact_table(&mut s, text(values));
    }
    for (name, list) in &record.lists {
        let mut grid = Grid::of_rows(&list.without_empty_columns(), Cell::to_string);
        grid.title = super::heading(name, lang);
        table(&mut s, &grid, lang);
    }
    out.write_all(close(s).as_bytes())
}

/// Returns the start of a page in `lang`, up to its heading.
fn open(title: &str, lang: Lang) -> String {
    let mut s = String::with_capacity(16 * 1024);
    let title = escape(title);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n</head>\n<body style=\"{BODY}\">\n<div style=\"max-width:760px\">\n\
         <h1 style=\"{H1}\">{title}</h1>\n"
    );
    s
}

/// Returns the page ended.
fn close(mut s: String) -> String {
    s.push_str("</div>\n</body>\n</html>\n");
    s
}

/// Writes `key  value` lines as a table of two columns.
fn fact_table(s: &mut String, facts: Vec<(String, String)>) {
    let _ = writeln!(s, "<table style=\"{TABLE}\">");
    for (key, value) in facts {
        let _ = writeln!(
            s,
            "<tr><td style=\"{FACT_KEY}\">{}</td><td>{}</td></tr>",
            escape(&key),
            escape(&value)
        );
    }
    s.push_str("</table>\n");
}

/// Writes a view as an HTML table with inline styles; shaded cells get their
/// background colour, so heat maps survive clients that draw no SVG.
fn table(s: &mut String, view: &Grid, lang: &Catalogue) {
    if !view.title.is_empty() {
        let _ = writeln!(s, "<h2 style=\"{H2}\">{}</h2>", escape(&view.title));
    }
    if view.rows.is_empty() {
        let _ = writeln!(
            s,
            "<p style=\"{NOTE}\">{}</p>",
            escape(&super::report::none(lang))
        );
        return;
    }
    let numeric = view.numeric_columns();
    let _ = write!(s, "<table style=\"{TABLE}\">\n<tr>");
    for (i, h) in view.header.iter().enumerate() {
        let align = if numeric[i] { "right" } else { "left" };
        let _ = write!(
            s,
            "<th style=\"{TH};text-align:{align}\">{}</th>",
            escape(h)
        );
    }
    s.push_str("</tr>\n");
    for row in &view.rows {
        s.push_str("<tr>");
        for cell in row {
            let mut style = format!(
                "{TD};text-align:{}",
                if cell.numeric { "right" } else { "left" }
            );
            if cell.strong {
                style.push_str(";font-weight:bold");
            }
            let text = cell.text.trim_start_matches(' ');
            let indent = cell.text.len() - text.len();
            if indent > 0 {
                let _ = write!(style, ";padding-left:{}px", 10 + 8 * indent);
            }
            if let Some(x) = cell.shade {
                let _ = write!(
                    style,
                    ";background:{};color:{}",
                    shade_color(x),
                    shade_ink(x)
                );
            }
            let _ = write!(s, "<td style=\"{style}\">{}</td>", escape(text));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{Bar, Chart, Column, Form, Label, Row};

    #[test]
    fn notes_show_code_spans_as_code() {
        let code = |text| inline_code(text).replace(&format!(" style=\"{CODE}\""), "");
        assert_eq!(
            code("Run `rapport done ID` & <go>"),
            "Run <code>rapport done ID</code> &amp; &lt;go&gt;"
        );
        assert_eq!(
            code("`a<b` and `c`"),
            "<code>a&lt;b</code> and <code>c</code>"
        );
        assert_eq!(code("one ` alone"), "one ` alone");
        assert_eq!(code("``"), "<code></code>");
    }

    #[test]
    fn a_page_is_self_contained_and_escaped() {
        let mut view = Table::new(
            Label::new("t", "T"),
            vec![
                Column::new("a", "a", Form::Text),
                Column::new("b", "b", Form::Count),
            ],
        );
        view.push(Row::new([
            Cell::Text("<x>".into()).value(),
            Cell::count(3).value().shaded(0.9),
        ]));
        let report = Report {
            name: "x".into(),
            title: Label::verbatim("Ozoliņš & <Co>"),
            facts: vec![("currency".into(), Cell::Text("EUR".into()))],
            blocks: vec![
                Block::Table(view),
                Block::Chart(Chart::Bars {
                    title: Label::new("bars", "Bars"),
                    bars: vec![Bar {
                        label: "a".into(),
                        value: 2.0,
                        text: "2".into(),
                    }],
                }),
            ],
            ..Report::default()
        };
        let page = page(&report, Catalogue::of(Lang::En));
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("Ozoliņš &amp; &lt;Co&gt;"));
        assert!(page.contains("&lt;x&gt;"));
        assert!(page.contains("<svg"));
        assert!(!page.contains("<script"));
        assert!(!page.contains("src="));
        assert!(!page.contains("href="));
        assert!(page.contains("background:#"));
    }
}
