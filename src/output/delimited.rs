//! CSV and TSV output.

use std::io::{self, Write};

use super::{Record, Rows, flatten};

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
    w.write_record(&rows.columns).map_err(to_io)?;
    // One text buffer for every cell: listings of 100,000 rows print
    // without a string per cell.
    let mut text = String::new();
    for row in &rows.rows {
        for cell in row {
            text.clear();
            std::fmt::Write::write_fmt(&mut text, format_args!("{cell}"))
                .map_err(io::Error::other)?;
            w.write_field(&text).map_err(to_io)?;
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
        w.write_record([key, cell.to_string()]).map_err(to_io)?;
    }
    w.flush()
}
