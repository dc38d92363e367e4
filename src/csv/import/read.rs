//! The read pass: the file's bytes (or standard input's), decoded and split
//! into a [`Table`] of records, each knowing its line.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::csv::source::{self, Table};
use crate::error::{IoContext, Result};

/// The file to import: its name for messages and its bytes.
#[derive(Clone, Debug)]
pub struct Input {
    /// The file's name as messages give it (`<stdin>` for standard input).
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Input {
    /// Reads the file, or standard input for `-`.
    pub fn read(path: &Path) -> Result<Input> {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .at(&PathBuf::from("<stdin>"))?;
            return Ok(Input {
                name: "<stdin>".to_string(),
                bytes,
            });
        }
        let bytes = std::fs::read(path).at(path)?;
        Ok(Input {
            // The name messages show: a control character in it (a newline
            // in a file name) is a symbol.
            name: crate::diag::shown_path(path).into_owned(),
            bytes,
        })
    }
}

/// Decodes the input from `encoding` (a label such as `windows-1257`; else
/// UTF-8, or what its byte-order mark says; else, for the export of a
/// program that writes a legacy encoding, that one) and splits it into
/// records at `delimiter` (`,` `;` `|` or `tab`; else the one the file
/// uses). Returns the input's name and its table.
pub(super) fn table(
    input: Input,
    encoding: Option<&str>,
    delimiter: Option<&str>,
) -> Result<(String, Table)> {
    let Input { name, bytes } = input;
    let encoding = encoding.map(source::encoding_for_label).transpose()?;
    let delimiter = delimiter.map(source::parse_delimiter).transpose()?;
    let table = {
        let text = match source::decode(&name, &bytes, encoding) {
            Ok(text) => text,
            Err(e) => match encoding
                .is_none()
                .then(|| legacy(&bytes, delimiter))
                .flatten()
            {
                Some(legacy) => source::decode(&name, &bytes, Some(legacy))?,
                None => return Err(e),
            },
        };
        drop(bytes);
        source::parse(&name, &text, delimiter)?
    };
    Ok((name, table))
}

/// Returns the legacy encoding of a file that is not UTF-8 when its header
/// is the export of a program known to write one (a Salesforce report in
/// windows-1252).
fn legacy(bytes: &[u8], delimiter: Option<u8>) -> Option<&'static encoding_rs::Encoding> {
    let end = bytes
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(bytes.len());
    let (header, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes[..end]);
    let table = source::parse("", &header, delimiter).ok()?;
    let label = crate::csv::dialects::recognise(&table.headers)?.encoding?;
    source::encoding_for_label(label).ok()
}
