//! `surveys/NAME.toml`: the answers to a research survey from respondents
//! who are not customers (`import --survey NAME --anonymous`). The file is
//! written and read under the same rules as a customer file — it is one,
//! named after its survey, whose `[[interactions]]` are the responses — so
//! it keeps comments, is written atomically under the book's lock, and a
//! broken one is named by line.

use std::path::PathBuf;

use super::Book;
use crate::error::{Error, IoContext, Result};
use crate::model::Interaction;
use crate::model::parse::parse_customer;

/// Returns the path of a survey's anonymous answers.
pub fn path(book: &Book, survey: &str) -> PathBuf {
    book.root()
        .join(crate::survey::DIR)
        .join(format!("{survey}.toml"))
}

/// Returns the text of a new file of anonymous answers to `survey`.
pub fn new_text(survey: &str) -> String {
    format!(
        "# Anonymous answers to the survey `{survey}`, written by\n\
         # `rapport import --survey {survey} --anonymous`: one [[interactions]] entry a respondent.\n\
         name = \"{survey} (anonymous)\"\n"
    )
}

/// Reads the file of anonymous answers to `survey`: its text and its
/// responses; none when there is no file. A broken file is an error
/// naming its line.
pub fn read(book: &Book, survey: &str) -> Result<Option<(String, Vec<Interaction>)>> {
    let path = path(book, survey);
    let text = match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
            Error::data(crate::msg!(
                "survey.file-not-utf8",
                file = path.display().to_string()
            ))
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).at(&path),
    };
    let shown = book.relative(&path).to_path_buf();
    let parsed = parse_customer(&text, &shown, None);
    if let Some(c) = parsed.customer {
        Ok(Some((text, c.interactions)))
    } else {
        Err(Error::Diagnostics(
            parsed
                .diagnostics
                .into_iter()
                .filter(|d| d.severity == crate::diag::Severity::Error)
                .collect(),
        ))
    }
}

/// Returns the problems of the anonymous answers of every survey
/// rapport.toml declares, for `rapport check`: a file that is not UTF-8 or
/// not a valid file of interactions, named with its line.
pub fn problems(book: &Book) -> Vec<crate::diag::Diagnostic> {
    let mut out = Vec::new();
    for name in book.settings.surveys.keys() {
        match read(book, name) {
            Ok(_) => {}
            Err(Error::Diagnostics(d)) => out.extend(d),
            Err(e) => out.push(crate::diag::Diagnostic::file(
                crate::diag::Severity::Error,
                book.relative(&path(book, name)),
                e.to_string(),
            )),
        }
    }
    out
}
