//! Diagnostics on stderr, prefixed `rapport:`, coloured only on a terminal
//! and never with NO_COLOR. Control characters from files and arguments
//! (an escape sequence in a customer file, a file name) are shown as
//! symbols, never sent to the terminal.

use std::borrow::Cow;
use std::io::Write;

use anstyle::{AnsiColor, Style};

use crate::diag::{Diagnostic, Severity, visible};

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const HINT: Style = AnsiColor::Cyan.on_default();

fn write(text: std::fmt::Arguments<'_>) {
    let mut err = anstream::stderr().lock();
    let _ = err.write_fmt(text);
    let _ = err.flush();
}

/// Returns `text` with control characters other than newline and tab
/// replaced one for one (so carets stay aligned): C0 by their Unicode
/// control pictures (ESC shows as ␛), DEL by ␡, C1 by �.
pub fn printable(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                c if !unsafe_char(c) => c,
                c => crate::diag::picture(c),
            })
            .collect(),
    )
}

/// Prints `rapport: message`.
pub fn note(message: &str) {
    let message = printable(message);
    write(format_args!("rapport: {message}\n"));
}

/// Prints `rapport: warning: message`.
pub fn warning(message: &str) {
    let message = printable(message);
    let word = crate::msg!("diag.warning");
    write(format_args!(
        "rapport: {WARNING}{word}{WARNING:#}: {message}\n"
    ));
}

/// Prints `hint: message`, after a warning the user can act on.
pub fn hint(message: &str) {
    let message = printable(message);
    let word = crate::msg!("diag.hint");
    write(format_args!("{HINT}{word}{HINT:#}: {message}\n"));
}

/// Prints `rapport: error: message` and the hint.
pub fn error(message: &str, hint: Option<&str>) {
    let message = printable(message);
    let word = crate::msg!("diag.error");
    write(format_args!("rapport: {ERROR}{word}{ERROR:#}: {message}\n"));
    if let Some(hint) = hint {
        let hint = printable(hint);
        let word = crate::msg!("diag.hint");
        write(format_args!("{HINT}{word}{HINT:#}: {hint}\n"));
    }
}

/// Prints `location: message`, one problem per line
/// (`contacts.csv:7: the name is empty`), for inputs other than customer
/// files, where a located line says everything. Both are one line: every
/// control character in them (a newline in a quoted cell) is a symbol.
pub fn located(location: &str, message: &str) {
    let location = visible(location);
    let message = visible(message);
    write(format_args!("{location}: {message}\n"));
}

/// Prints the one-line form of a problem, for listings that skip a file.
pub fn skipped(d: &Diagnostic) {
    warning(&d.one_line());
}

/// Prints a problem in full: location, excerpt with caret, hint.
pub fn diagnostic(d: &Diagnostic) {
    let style = match d.severity {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
    };
    let rendered = printable(&d.render()).into_owned();
    let location = printable(&d.location()).into_owned();
    let label = format!("{location}: {}:", d.severity);
    let coloured = rendered.replacen(
        &label,
        &format!("{location}: {style}{}{style:#}:", d.severity),
        1,
    );
    write(format_args!("{coloured}\n"));
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn control_characters_are_shown_as_symbols_one_for_one() {
        assert_eq!(printable("plain\ttab\nline"), "plain\ttab\nline");
        assert_eq!(printable("\u{1b}[31mred\u{7}"), "␛[31mred␇");
        assert_eq!(printable("del\u{7f} c1\u{9b}"), "del␡ c1\u{fffd}");
        assert_eq!(printable("a\rb").chars().count(), 3);
    }
}
