//! Diagnostics on stderr, prefixed `rapport:`, coloured only on a terminal
//! and never with NO_COLOR.

use std::io::Write;

use anstyle::{AnsiColor, Style};

use crate::diag::{Diagnostic, Severity};

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const HINT: Style = AnsiColor::Cyan.on_default();

fn write(text: std::fmt::Arguments<'_>) {
    let mut err = anstream::stderr().lock();
    let _ = err.write_fmt(text);
    let _ = err.flush();
}

/// Prints `rapport: message`.
pub fn note(message: &str) {
    write(format_args!("rapport: {message}\n"));
}

/// Prints `rapport: warning: message`.
pub fn warning(message: &str) {
    write(format_args!(
        "rapport: {WARNING}warning{WARNING:#}: {message}\n"
    ));
}

/// Prints `rapport: error: message` and the hint.
pub fn error(message: &str, hint: Option<&str>) {
    write(format_args!("rapport: {ERROR}error{ERROR:#}: {message}\n"));
    if let Some(hint) = hint {
        write(format_args!("{HINT}hint{HINT:#}: {hint}\n"));
    }
}

/// Prints `location: message` as it is, one problem per line
/// (`contacts.csv:7: the name is empty`), for inputs other than customer
/// files, where a located line says everything.
pub fn located(location: &str, message: &str) {
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
    let rendered = d.render();
    let label = format!("{}: {}:", d.location(), d.severity);
    let coloured = rendered.replacen(
        &label,
        &format!("{}: {style}{}{style:#}:", d.location(), d.severity),
        1,
    );
    write(format_args!("{coloured}\n"));
}
