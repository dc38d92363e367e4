//! CSV and TSV output, both quoted the csv way: a field holding the
//! delimiter, a `"`, a newline or a carriage return is written between
//! double quotes with each `"` doubled, so a tab or a newline inside a
//! value never splits it (a reader of tsv must read quotes as csv does).
//!
//! Every text cell and header gets the formula guard
//! ([`crate::table::guard::guard`], the `'` export writes): a spreadsheet
//! opening the output shows `=HYPERLINK(…)` as text and never runs it.
//! Numbers, amounts and dates are printed as they are (`-5.00` stays).

use std::borrow::Cow;
use std::io::{self, Write};

use super::{Cell, Record, Rows, flatten};
use crate::table::guard::guard;

fn writer(out: &mut dyn Write, delimiter: u8) -> csv::Writer<&mut dyn Write> {
    csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(out)
}

fn to_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Prints a header row and the rows.
pub fn rows(out: &mut dyn Write, rows: &Rows, delimiter: u8) -> io::Result<()> {
    let mut w = writer(out, delimiter);
    w.write_record(rows.columns.iter().map(|h| guard(h).into_owned()))
        .map_err(to_io)?;
    // One text buffer for every cell: listings of 100,000 rows print
    // without a string per cell.
    let mut text = String::new();
    for row in &rows.rows {
        for cell in row {
            text.clear();
            std::fmt::Write::write_fmt(&mut text, format_args!("{cell}"))
                .map_err(io::Error::other)?;
            w.write_field(guarded(cell, &text).as_ref())
                .map_err(to_io)?;
        }
        w.write_record(None::<&[u8]>).map_err(to_io)?;
    }
    w.flush()
}

/// Prints a record as `field,value` rows with dotted keys.
pub fn record(out: &mut dyn Write, record: &Record, delimiter: u8) -> io::Result<()> {
    let mut w = writer(out, delimiter);
    w.write_record(["field", "value"]).map_err(to_io)?;
    if !record.id.is_empty() {
        w.write_record(["id", record.id.as_str()]).map_err(to_io)?;
    }
    for (key, cell) in flatten(record) {
        let text = cell.to_string();
        w.write_record([guard(&key).as_ref(), guarded(cell, &text).as_ref()])
            .map_err(to_io)?;
    }
    w.flush()
}

/// Returns `text`, the printed form of `cell`, as a spreadsheet cell: text
/// and lists guarded, numbers, amounts and dates as they are.
fn guarded<'t>(cell: &Cell, text: &'t str) -> Cow<'t, str> {
    match cell {
        Cell::Text(_) | Cell::List(_) => guard(text),
        _ => Cow::Borrowed(text),
    }
}
