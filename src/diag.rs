//! Diagnostics: one format for every problem rapport finds in a file, as
//! hledger and compilers print them:
//!
//! ```text
//! customers/eriks-ozolins.toml:12:9: error: expected a date
//!    |
//! 12 | created = "yesterday"
//!    |           ^^^^^^^^^^^
//!    = hint: write a native TOML date such as 2024-03-01
//! ```

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// How serious a problem is: errors make `check` fail, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Severity::Error => crate::msg!("diag.error"),
            Severity::Warning => crate::msg!("diag.warning"),
        })
    }
}

/// One problem at one place in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the book's root where it is inside the book.
    pub path: PathBuf,
    /// 1-based line and column (in characters); 0 when the problem is about
    /// the whole file.
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
    /// The source line and the width of the marked part, for the excerpt.
    pub excerpt: Option<(String, usize)>,
}

impl Diagnostic {
    /// Returns a problem about a whole file.
    pub fn file(severity: Severity, path: &Path, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity,
            path: path.to_path_buf(),
            line: 0,
            column: 0,
            message: message.into(),
            hint: None,
            excerpt: None,
        }
    }

    /// Returns a problem at byte range `span` of `text`, the contents of `path`.
    pub fn at(
        severity: Severity,
        path: &Path,
        text: &str,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[..start].matches('\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let source_line = text[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        let end = floor_char_boundary(text, span.end.clamp(start, line_end));
        let width = text[start..end].chars().count().max(1);
        Diagnostic {
            severity,
            path: path.to_path_buf(),
            line,
            column,
            message: message.into(),
            hint: None,
            excerpt: Some((source_line, width)),
        }
    }

    /// Adds a hint: what the user can do about the problem.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// Returns `path:line:column` (or just the path for whole-file problems),
    /// the path's control characters shown as symbols ([`visible`]).
    pub fn location(&self) -> String {
        let path = shown_path(&self.path);
        if self.line == 0 {
            path.into_owned()
        } else {
            format!("{path}:{}:{}", self.line, self.column)
        }
    }

    /// Returns the one-line form `path:line:column: message`, used where one
    /// warning per file must stay short (listings that skip a broken file).
    pub fn one_line(&self) -> String {
        format!("{}: {}", self.location(), visible(&self.message))
    }

    /// Returns the full form: the located message, the excerpt with a caret
    /// under the problem, and the hint. The message and hint are one line
    /// each: a control character in them (a key or value from the file)
    /// is shown as a symbol, so a newline in a value cannot forge a line.
    pub fn render(&self) -> String {
        let mut out = format!(
            "{}: {}: {}",
            self.location(),
            self.severity,
            visible(&self.message)
        );
        if let Some((source, width)) = &self.excerpt {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            // Long lines are shown as a window around the problem.
            let skip = self.column.saturating_sub(61);
            let mut shown: String = source.chars().skip(skip).take(120).collect();
            let mut caret_at = self.column - 1 - skip;
            if skip > 0 {
                shown.insert(0, '…');
                caret_at += 1;
            }
            let room = shown.chars().count().saturating_sub(caret_at).max(1);
            out.push_str(&format!("\n{pad} |\n{number} | {shown}\n{pad} | "));
            out.push_str(&" ".repeat(caret_at));
            out.push_str(&"^".repeat((*width).min(room)));
        }
        if let Some(hint) = &self.hint {
            let pad = " ".repeat(self.line.to_string().len());
            out.push_str(&format!(
                "\n{pad} = {}: {}",
                crate::msg!("diag.hint"),
                visible(hint)
            ));
        }
        out
    }
}

/// Returns the symbol a control character is shown as: C0 characters
/// (newline, tab and escape included) as their Unicode control pictures
/// (ESC is ␛, a newline ␊), DEL as ␡, C1 characters as �; any other
/// character as it is.
pub fn picture(c: char) -> char {
    match c {
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        c if c.is_control() => '\u{fffd}',
        c => c,
    }
}

/// Returns `text` with every control character (newline and tab included)
/// replaced one for one by its [`picture`], so that text from a file or a
/// file name can neither send an escape sequence to a terminal nor start a
/// line of its own. Text without one is returned as it is, unallocated.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(picture).collect())
}

/// Returns a path as messages show it: [`visible`], so a file named
/// `x\nrapport: error: …` stays on its line.
pub fn shown_path(path: &Path) -> Cow<'_, str> {
    match path.to_string_lossy() {
        Cow::Borrowed(s) => visible(s),
        Cow::Owned(s) => Cow::Owned(visible(&s).into_owned()),
    }
}

/// Returns the largest char boundary of `text` at or below `i`.
fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_or_value_with_a_newline_stays_on_its_line() {
        assert_eq!(
            visible("a\nb\tc\u{1b}[2J\u{7f}\u{9b}"),
            "a␊b␉c␛[2J␡\u{fffd}"
        );
        assert!(matches!(visible("Ozoliņš"), Cow::Borrowed(_)));
        let d = Diagnostic::file(
            Severity::Warning,
            Path::new("customers/x\nrapport: error: fake.toml"),
            "skipped: `x\ny`",
        );
        assert_eq!(
            d.render(),
            "customers/x␊rapport: error: fake.toml: warning: skipped: `x␊y`"
        );
        assert_eq!(d.render().lines().count(), 1);
    }

    #[test]
    fn shows_a_window_of_a_long_line() {
        let text = format!("x = {}!\n", "[".repeat(300));
        let start = text.find('!').unwrap();
        let d = Diagnostic::at(
            Severity::Error,
            Path::new("a.toml"),
            &text,
            start..start + 1,
            "m",
        );
        let rendered = d.render();
        let lines: Vec<&str> = rendered.lines().collect();
        assert!(lines[2].starts_with("1 | …[[["), "{}", lines[2]);
        let caret = lines[3].find('^').unwrap();
        assert_eq!(lines[2].chars().nth(caret), Some('!'));
    }

    /// Every message id the layers below the commands name (`msg!("id")`,
    /// or an id handed on as a string, `"model.a-date"`) is in the English
    /// catalogue: a missing one would print its id instead of a message.
    /// (That every language has every message is checked in `lang`.)
    #[test]
    fn every_message_id_of_the_lower_layers_exists() {
        const PREFIXES: [&str; 11] = [
            "diag.",
            "error.",
            "model.",
            "query.",
            "settings.",
            "change.",
            "undo.",
            "book.",
            "atomic.",
            "git.",
            "clv.",
        ];
        const MORE: [&str; 3] = ["suppressed.", "merge.", "document."];
        let english = crate::lang::Catalogue::of(crate::lang::Lang::En);
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![
            root.join("diag.rs"),
            root.join("error.rs"),
            root.join("output/stderr.rs"),
        ];
        let mut dirs: Vec<PathBuf> = ["book", "model", "query", "git", "stats"]
            .iter()
            .map(|d| root.join(d))
            .collect();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        let mut ids = 0;
        let mut missing = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let is_id = PREFIXES.iter().chain(&MORE).any(|p| {
                    literal.strip_prefix(p).is_some_and(|rest| {
                        // File names (`diag.rs`, `suppressed.toml`) are not ids.
                        !matches!(rest, "" | "rs" | "toml")
                            && rest
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    })
                });
                if is_id {
                    ids += 1;
                    if !english.has(literal) {
                        missing.push(format!("{}: {literal}", file.display()));
                    }
                }
            }
        }
        assert!(ids > 200, "only {ids} message ids found");
        assert!(missing.is_empty(), "not in locales/en: {missing:#?}");
    }

    #[test]
    fn locates_by_line_and_character_column() {
        let text = "name = \"Ēriks\"\ncreated = \"x\"\n";
        let start = text.find("\"x\"").unwrap();
        let d = Diagnostic::at(
            Severity::Error,
            Path::new("customers/a.toml"),
            text,
            start..start + 3,
            "expected a date",
        )
        .with_hint("write 2024-03-01");
        assert_eq!(d.one_line(), "customers/a.toml:2:11: expected a date");
        assert_eq!(
            d.render(),
            "customers/a.toml:2:11: error: expected a date\n  |\n2 | created = \"x\"\n  |           ^^^\n  = hint: write 2024-03-01"
        );
    }
}

/// Where library code tells what it noticed on the way besides its result
/// (a column left out of an import, a file skipped, a commit not made).
/// The library never prints: the command layer implements this on stderr,
/// a test collects what it is told.
pub trait Notes: Sync {
    /// A note (`rapport: message` on stderr).
    fn note(&self, message: &str);
    /// A warning (`rapport: warning: message`).
    fn warning(&self, message: &str);
    /// A problem at a place of an input other than a customer file, which
    /// says everything itself (`contacts.csv:7: the name is empty`).
    fn located(&self, location: &str, message: &str);
    /// A file left out of a listing, in one line.
    fn skipped(&self, d: &Diagnostic) {
        self.warning(&d.one_line());
    }
}

/// Notes kept in order as the lines stderr would show, for tests.
#[cfg(test)]
#[derive(Debug, Default)]
pub struct Told(std::sync::Mutex<Vec<String>>);

#[cfg(test)]
impl Told {
    /// Returns every line told so far.
    pub fn lines(&self) -> Vec<String> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn push(&self, line: String) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).push(line);
    }
}

#[cfg(test)]
impl Notes for Told {
    fn note(&self, message: &str) {
        self.push(format!("rapport: {message}"));
    }

    fn warning(&self, message: &str) {
        self.push(format!("rapport: warning: {message}"));
    }

    fn located(&self, location: &str, message: &str) {
        self.push(format!("{location}: {message}"));
    }
}
