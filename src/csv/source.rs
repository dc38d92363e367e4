//! Reading a CSV file as spreadsheets write it: decoding its bytes (UTF-8
//! with or without a BOM, UTF-16 with a BOM, or a legacy code page named with
//! `--encoding`), detecting the delimiter, and splitting it into records
//! that remember the line they start on.

use encoding_rs::{Encoding, UTF_8};

use crate::error::{Error, Result};

/// The delimiters rapport detects, in order of preference on a tie.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How many records the delimiter sniffer looks at.
const SNIFF_RECORDS: usize = 50;

/// Returns the encoding named by an `--encoding` label (`windows-1257`,
/// `cp1250`, `latin1`, `utf-8` …); WHATWG labels, plus `cpNNNN` for the
/// Windows code pages.
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding> {
    let l = label.trim().to_ascii_lowercase();
    let alias = match l.strip_prefix("cp") {
        Some(n) if n.len() == 4 && n.starts_with("12") => format!("windows-{n}"),
        _ => l.clone(),
    };
    Encoding::for_label(alias.as_bytes()).ok_or_else(|| {
        Error::usage(crate::msg!("source.unknown-encoding", label = label))
            .with_hint(crate::msg!("source.encodings"))
    })
}

/// Decodes the bytes of `name`: a byte-order mark decides first (and is
/// removed), then `encoding` (default UTF-8). Bytes that are not valid in
/// the encoding are an error naming the line.
pub fn decode(name: &str, bytes: &[u8], encoding: Option<&'static Encoding>) -> Result<String> {
    let chosen = encoding.unwrap_or(UTF_8);
    let (text, used, had_errors) = chosen.decode(bytes);
    if had_errors {
        let line = text
            .find('\u{FFFD}')
            .map_or(1, |at| text[..at].matches('\n').count() + 1);
        let mut err = Error::data(format!(
            "{name}:{line}: {}",
            crate::msg!("source.not-valid", encoding = used.name())
        ));
        err = err.with_hint(if encoding.is_none() {
            crate::msg!("source.name-encoding")
        } else {
            crate::msg!("source.check-encoding")
        });
        return Err(err);
    }
    Ok(text.into_owned())
}

/// The records of a CSV file: a header and rows, each row knowing its line.
/// The cells live in one buffer, so a million rows stay compact.
#[derive(Debug, Default)]
pub struct Table {
    /// The header cells, trimmed.
    pub headers: Vec<String>,
    /// The delimiter the file uses.
    pub delimiter: u8,
    text: String,
    /// The end of each cell in `text`.
    ends: Vec<usize>,
    rows: Vec<RowSpan>,
}

#[derive(Debug, Clone, Copy)]
struct RowSpan {
    line: u64,
    /// Index of the row's first cell in `ends`.
    first: usize,
    len: usize,
}

/// One row of a [`Table`].
#[derive(Clone, Copy, Debug)]
pub struct Row<'t> {
    table: &'t Table,
    span: RowSpan,
}

impl<'t> Row<'t> {
    /// Returns the line of the file the row starts on (1-based).
    pub fn line(&self) -> u64 {
        self.span.line
    }

    /// Returns the number of cells.
    pub fn len(&self) -> usize {
        self.span.len
    }

    /// Returns true for a row without cells.
    pub fn is_empty(&self) -> bool {
        self.span.len == 0
    }

    /// Returns cell `i`, or "" past the end of a short row.
    pub fn get(&self, i: usize) -> &'t str {
        if i >= self.span.len {
            return "";
        }
        let k = self.span.first + i;
        let start = if k == 0 { 0 } else { self.table.ends[k - 1] };
        &self.table.text[start..self.table.ends[k]]
    }
}

impl Table {
    /// Returns the number of rows (the header not counted).
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Returns true when the file has no rows below its header.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Returns row `i`.
    pub fn row(&self, i: usize) -> Row<'_> {
        Row {
            table: self,
            span: self.rows[i],
        }
    }

    /// Returns a table made from records read another way (the cards of
    /// a vCard file): `headers`, and each row's cells with the line it
    /// starts on.
    pub fn from_rows(headers: Vec<String>, rows: Vec<(u64, Vec<String>)>) -> Table {
        let mut table = Table {
            headers,
            delimiter: b',',
            ..Table::default()
        };
        for (line, cells) in rows {
            let first = table.ends.len();
            let len = cells.len();
            for cell in cells {
                table.text.push_str(&cell);
                table.ends.push(table.text.len());
            }
            table.rows.push(RowSpan { line, first, len });
        }
        table
    }

    /// Returns every row in file order.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        (0..self.rows.len()).map(|i| self.row(i))
    }

    /// Returns the name of column `i` for messages: its header, or its
    /// number when the header is empty.
    pub fn column_name(&self, i: usize) -> String {
        match self.headers.get(i) {
            Some(h) if !h.is_empty() => h.clone(),
            _ => format!("column {}", i + 1),
        }
    }
}

/// Parses decoded CSV text into a table, detecting the delimiter unless one
/// is given. Rows whose cells are all empty are left out (spreadsheets
/// leave them at the end); short and long rows are kept as they are, for the
/// caller to report.
pub fn parse(name: &str, text: &str, delimiter: Option<u8>) -> Result<Table> {
    let delimiter = delimiter.unwrap_or_else(|| sniff(text));
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut table = Table {
        delimiter,
        text: String::with_capacity(text.len()),
        ..Table::default()
    };
    // A file whose lines end in CRLF (Excel on Windows) has CRLF inside
    // multi-line cells too; they are read as plain line breaks.
    let crlf = text.split('\n').next().is_some_and(|l| l.ends_with('\r')) && text.contains('\n');
    let mut record = ::csv::StringRecord::new();
    let mut header_seen = false;
    let mut lines = LineCounter::new(text);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(Error::data(format!("{name}:{line}: {e}")));
            }
        }
        let line = lines.line_at(record.position().map_or(0, |p| p.byte()) as usize);
        if !header_seen {
            header_seen = true;
            // A header export guarded (a key starting with `=`) reads back
            // as the key.
            table.headers = record
                .iter()
                .map(|h| {
                    super::guard::unguard(h.trim_start_matches('\u{FEFF}'))
                        .trim()
                        .to_string()
                })
                .collect();
            continue;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let first = table.ends.len();
        for cell in record.iter() {
            if crlf && cell.contains("\r\n") {
                table.text.push_str(&cell.replace("\r\n", "\n"));
            } else {
                table.text.push_str(cell);
            }
            table.ends.push(table.text.len());
        }
        table.rows.push(RowSpan {
            line,
            first,
            len: record.len(),
        });
    }
    if !header_seen {
        return Err(Error::data(format!(
            "{name}: {}",
            crate::msg!("source.empty")
        )));
    }
    Ok(table)
}

/// Finds the line a record starts on from the byte offset the CSV reader
/// gives (which, after a CRLF, points at the `\n` of the line before).
struct LineCounter<'t> {
    bytes: &'t [u8],
    offset: usize,
    line: u64,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> LineCounter<'t> {
        LineCounter {
            bytes: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// Returns the line of the first character at or after `start` that
    /// is not a line break; offsets must not decrease between calls.
    fn line_at(&mut self, start: usize) -> u64 {
        let mut at = start.max(self.offset).min(self.bytes.len());
        while at < self.bytes.len() && matches!(self.bytes[at], b'\r' | b'\n') {
            at += 1;
        }
        self.line += self.bytes[self.offset..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        self.offset = at;
        self.line
    }
}

/// Detects the delimiter: of `,` `;` tab `|`, the one that splits the header
/// into the most columns while every sampled record has as many; without
/// such a one, the one most records agree with. A file of one column is
/// read with `,`.
pub fn sniff(text: &str) -> u8 {
    let mut best: Option<(bool, usize, usize, u8)> = None;
    for (rank, &d) in DELIMITERS.iter().enumerate() {
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(d)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut counts = Vec::with_capacity(SNIFF_RECORDS);
        for record in reader.records().take(SNIFF_RECORDS) {
            match record {
                Ok(r) => counts.push(r.len()),
                Err(_) => break,
            }
        }
        let Some(&header) = counts.first() else {
            continue;
        };
        if header < 2 {
            continue;
        }
        let agreeing = counts.iter().filter(|&&n| n == header).count();
        let consistent = agreeing == counts.len();
        // Prefer consistent, then more records agreeing, then more columns,
        // then the earlier delimiter.
        let key = (consistent, agreeing, header, u8::MAX - rank as u8);
        if best.is_none_or(|(c, a, h, r)| key > (c, a, h, r)) {
            best = Some(key);
        }
    }
    best.map_or(b',', |(_, _, _, r)| DELIMITERS[usize::from(u8::MAX - r)])
}

/// Parses a `--delimiter` value: one character, or `tab`.
pub fn parse_delimiter(text: &str) -> Result<u8> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        t if t.len() == 1 && t.is_ascii() => Ok(t.as_bytes()[0]),
        _ => Err(Error::usage(crate::msg!("source.delimiter", text = text))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_each_delimiter_by_consistent_field_counts() {
        assert_eq!(sniff("a,b,c\n1,2,3\n"), b',');
        assert_eq!(sniff("Vārds;Summa\nĒriks;1 234,50\nAnna;12,00\n"), b';');
        assert_eq!(sniff("a\tb\n1\t2\n"), b'\t');
        assert_eq!(sniff("a|b|c\n1|2|3\n"), b'|');
        // Commas inside `;` cells make the comma split inconsistent.
        assert_eq!(sniff("name;note\nA;x, y\nB;z\n"), b';');
        // A quoted cell with the other delimiter does not fool it.
        assert_eq!(sniff("name,note\nA,\"x; y; z\"\nB,w\n"), b',');
        assert_eq!(sniff("name\nA\n"), b',');
    }

    #[test]
    fn a_header_export_guarded_reads_back_as_the_key() {
        let t = parse("x.csv", "name,'=k,'note\nA,1,2\n", None).unwrap();
        assert_eq!(t.headers, ["name", "=k", "'note"]);
    }

    #[test]
    fn keeps_lines_of_rows_after_a_cell_spanning_two_lines() {
        let t = parse(
            "x.csv",
            "name;street\r\nA;\"Brīvības 1\r\nk-2\"\r\n\r\nB;Elizabetes 3\r\n;\r\n",
            None,
        )
        .unwrap();
        assert_eq!(t.delimiter, b';');
        assert_eq!(t.headers, ["name", "street"]);
        assert_eq!(t.len(), 2, "blank and empty rows are left out");
        assert_eq!(t.row(0).line(), 2);
        assert_eq!(
            t.row(0).get(1),
            "Brīvības 1\nk-2",
            "CRLF in a CRLF file is a line break"
        );
        assert_eq!(t.row(1).line(), 5);
        assert_eq!(t.row(1).get(0), "B");
        assert_eq!(t.row(1).get(7), "");
    }

    #[test]
    fn decodes_boms_and_legacy_code_pages() {
        assert_eq!(decode("x", b"\xEF\xBB\xBFa;b", None).unwrap(), "a;b");
        assert_eq!(
            decode("x", b"\xFF\xFEa\x00;\x00", None).unwrap(),
            "a;",
            "UTF-16 with a BOM"
        );
        let latvian = decode(
            "x",
            b"\xC7riks Ozoli\xF2\xF0",
            Some(encoding_for_label("windows-1257").unwrap()),
        )
        .unwrap();
        assert_eq!(latvian, "Ēriks Ozoliņš");
        let czech = decode(
            "x",
            b"Ji\xF8\xED Dvo\xF8\xE1k",
            Some(encoding_for_label("cp1250").unwrap()),
        )
        .unwrap();
        assert_eq!(czech, "Jiří Dvořák");
        assert_eq!(encoding_for_label("latin1").unwrap().name(), "windows-1252");
        let err = decode("x.csv", b"ok\nJ\xF8\n", None).unwrap_err();
        assert!(err.to_string().starts_with("x.csv:2: "), "{err}");
        assert!(encoding_for_label("klingon").is_err());
    }
}
