//! Everything rapport prints on stdout goes through the [`Printer`]: one
//! [`Format`], three data shapes (listing [`Rows`] of typed [`Cell`]s, a
//! [`Record`] for one customer, a [`Report`] described column by column)
//! and one module per format, so every command supports every format the
//! same way. The shapes live in [`crate::table`], below every layer that
//! makes them; this module only prints them.

mod content_line;
mod delimited;
mod grid;
mod html;
pub mod ics;
mod json;
mod markdown;
pub mod progress;
mod report;
pub mod stderr;
mod svg;
mod table;
pub mod vcard;

use std::io::{self, IsTerminal, Write};

pub use crate::table::{Cell, Record, Report, Rows, Table};

use crate::lang::{Catalogue, Lang};

/// An output format of `--format`. The command line offers each command
/// the formats it has (html only for reports) and maps its choice here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// An aligned table (the default on a terminal).
    Table,
    /// Comma-separated values with a header row.
    Csv,
    /// Tab-separated values with a header row (the default in a pipe).
    Tsv,
    /// One JSON array (or object, for `show`).
    Json,
    /// One JSON object per line.
    Ndjson,
    /// Only the ids, one per line, for `xargs`.
    Ids,
    /// A Markdown table.
    Markdown,
    /// One self-contained HTML page (reports draw their charts as inline
    /// SVG), fit to mail.
    Html,
}

/// Writes data to stdout in the chosen format.
pub struct Printer {
    format: Format,
    color: bool,
    out: Box<dyn Write>,
    /// The language of people's formats; None: the language of the run,
    /// read when printing (it is chosen once the book is open).
    lang: Option<&'static Catalogue>,
}

impl Printer {
    /// Returns a printer to stdout: `format` if given, else a table on a
    /// terminal and tab-separated values in a pipe. Colour only on a terminal
    /// and never with NO_COLOR.
    pub fn stdout(format: Option<impl Into<Format>>) -> Printer {
        let format = format.map(Into::into);
        let terminal = io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Printer {
            format: format.unwrap_or(if terminal { Format::Table } else { Format::Tsv }),
            color: terminal && !no_color,
            out: Box::new(io::BufWriter::new(io::stdout())),
            lang: None,
        }
    }

    /// Returns a printer into any writer (for tests), without colour.
    pub fn to_writer(format: Format, out: Box<dyn Write>) -> Printer {
        Printer {
            format,
            color: false,
            out,
            lang: Some(Catalogue::of(Lang::En)),
        }
    }

    /// Returns this printer writing people's formats in `lang`.
    pub fn in_language(mut self, lang: Lang) -> Printer {
        self.lang = Some(Catalogue::of(lang));
        self
    }

    /// Returns the catalogue of the language people read.
    fn catalogue(&self) -> &'static Catalogue {
        self.lang.unwrap_or_else(crate::lang::catalogue)
    }

    /// Returns the format in use.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Prints rows.
    pub fn rows(&mut self, rows: &Rows) -> io::Result<()> {
        let lang = self.catalogue();
        match self.format {
            Format::Table => table::rows(&mut self.out, rows, self.color, lang),
            Format::Csv => delimited::rows(&mut self.out, rows, b','),
            Format::Tsv => delimited::rows(&mut self.out, rows, b'\t'),
            Format::Json => json::rows(&mut self.out, rows, false),
            Format::Ndjson => json::rows(&mut self.out, rows, true),
            Format::Ids => ids(&mut self.out, rows),
            Format::Markdown => markdown::rows(&mut self.out, rows),
            Format::Html => html::rows(&mut self.out, rows, lang),
        }?;
        self.out.flush()
    }

    /// Prints one record.
    pub fn record(&mut self, record: &Record) -> io::Result<()> {
        let lang = self.catalogue();
        match self.format {
            Format::Table => table::record(&mut self.out, record, self.color, lang),
            Format::Csv => delimited::record(&mut self.out, record, b','),
            Format::Tsv => delimited::record(&mut self.out, record, b'\t'),
            Format::Json => json::record(&mut self.out, record, false),
            Format::Ndjson => json::record(&mut self.out, record, true),
            Format::Ids => writeln!(self.out, "{}", record.id),
            Format::Markdown => markdown::record(&mut self.out, record, lang),
            Format::Html => html::record(&mut self.out, record, lang),
        }?;
        self.out.flush()
    }

    /// Prints a described table as a listing: its keys and typed values in
    /// machine formats, its headers and display forms in people's.
    pub fn table(&mut self, table: &Table) -> io::Result<()> {
        let lang = self.catalogue();
        let out = &mut self.out;
        match self.format {
            Format::Table => table::described(out, table, self.color, lang),
            Format::Markdown => markdown::grid(out, &grid::Grid::of_table(table, lang)),
            Format::Html => html::table_page(out, table, lang),
            _ => return self.rows(&table.data()),
        }?;
        self.out.flush()
    }

    /// Prints a report: its data table in machine formats, its blocks in
    /// people's.
    pub fn report(&mut self, report: &Report) -> io::Result<()> {
        let lang = self.catalogue();
        report::write(&mut self.out, report, self.format, self.color, lang)?;
        self.out.flush()
    }

    /// Prints a report whose machines read a plain listing (`report clv`,
    /// whose json was always an array of rows): its title, facts and blocks
    /// for people, only its data rows for machines.
    pub fn listing_report(&mut self, report: &Report) -> io::Result<()> {
        match self.format {
            Format::Table | Format::Markdown | Format::Html => self.report(report),
            _ => self.rows(&report.data.data()),
        }
    }

    /// Prints an iCalendar file (whatever the printer's format).
    pub fn calendar(&mut self, calendar: &ics::Calendar) -> io::Result<()> {
        ics::write(&mut self.out, calendar)?;
        self.out.flush()
    }

    /// Prints a vCard file (whatever the printer's format).
    pub fn cards(&mut self, cards: &[crate::vcard::Card]) -> io::Result<()> {
        vcard::write(&mut self.out, cards)?;
        self.out.flush()
    }

    /// Prints one line of plain text (an id, a message that is data).
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")?;
        self.out.flush()
    }
}

/// Returns the heading people read over a part of a record (`figures`,
/// `deals`): its message `record.<name>` in the language, else the name.
fn heading(name: &str, lang: &Catalogue) -> String {
    let id = format!("record.{name}");
    if lang.has(&id) {
        lang.label(&crate::table::Label {
            id: id.into(),
            english: name.to_string().into(),
            args: Vec::new(),
        })
    } else {
        name.to_string()
    }
}

/// Prints the first column of every row, one per line: ids are slugs, and
/// a first column that is not (a group's name) has its control characters
/// shown as symbols, so a newline in it cannot forge a second id.
fn ids(out: &mut dyn Write, rows: &Rows) -> io::Result<()> {
    for row in &rows.rows {
        if let Some(first) = row.first() {
            match first {
                Cell::Text(text) => writeln!(out, "{}", crate::diag::visible(text))?,
                other => writeln!(out, "{}", crate::diag::visible(&other.to_string()))?,
            }
        }
    }
    Ok(())
}

/// Returns a record flattened to (dotted key, value) pairs: fields, then
/// `group.key`, then `list.N.column` — the shape csv and tsv print.
fn flatten(record: &Record) -> Vec<(String, &Cell)> {
    let mut out: Vec<(String, &Cell)> = Vec::new();
    for (k, v) in &record.fields {
        if *v != Cell::Null {
            out.push((k.clone(), v));
        }
    }
    for (group, values) in &record.groups {
        for (k, v) in values {
            out.push((format!("{group}.{k}"), v));
        }
    }
    for (name, rows) in &record.lists {
        for (i, row) in rows.rows.iter().enumerate() {
            for (column, cell) in rows.columns.iter().zip(row) {
                if *cell != Cell::Null {
                    out.push((format!("{name}.{}.{column}", i + 1), cell));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer the test can read after the printer is done with it.
    #[derive(Clone, Default)]
    struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn printed(format: Format, print: impl FnOnce(&mut Printer) -> io::Result<()>) -> String {
        let out = Shared::default();
        let mut printer = Printer::to_writer(format, Box::new(out.clone()));
        print(&mut printer).unwrap();
        String::from_utf8(out.0.borrow().clone()).unwrap()
    }

    #[test]
    fn every_format_prints_listing_rows() {
        let mut rows = Rows::new(["id", "revenue"]);
        rows.rows
            .push(vec![Cell::Text("a|b".into()), Cell::Float(1.5)]);
        let page = printed(Format::Html, |p| p.rows(&rows));
        assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
        assert!(page.contains(">a|b</td>"), "{page}");
        assert!(page.contains("text-align:right\">1.5</td>"), "{page}");
        let md = printed(Format::Markdown, |p| p.rows(&rows));
        assert_eq!(md, "| id | revenue |\n| --- | ---: |\n| a\\|b | 1.5 |\n");
        let csv = printed(Format::Csv, |p| p.rows(&rows));
        assert_eq!(csv, "id,revenue\na|b,1.5\n");
    }

    #[test]
    fn people_see_control_characters_as_symbols_and_spreadsheets_no_formula() {
        let mut rows = Rows::new(["id", "name", "amount"]);
        rows.rows.push(vec![
            Cell::Text("evil".into()),
            Cell::Text("=x\u{1b}[2J\tA\nforged".into()),
            Cell::Money(crate::model::Money::parse("-5.00").unwrap()),
        ]);
        for format in [Format::Table, Format::Markdown, Format::Html, Format::Ids] {
            let out = printed(format, |p| p.rows(&rows));
            assert!(
                !out.chars().any(|c| c.is_control() && c != '\n'),
                "{format:?}: {out:?}"
            );
        }
        let table = printed(Format::Table, |p| p.rows(&rows));
        assert!(table.contains("=x␛[2J␉A␊forged"), "{table}");
        let csv = printed(Format::Csv, |p| p.rows(&rows));
        assert_eq!(
            csv,
            "id,name,amount\nevil,\"'=x\u{1b}[2J\tA\nforged\",-5.00\n"
        );
        let tsv = printed(Format::Tsv, |p| p.rows(&rows));
        assert_eq!(
            tsv,
            "id\tname\tamount\nevil\t\"'=x\u{1b}[2J\tA\nforged\"\t-5.00\n"
        );
    }
}
