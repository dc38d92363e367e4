//! `rapport check`: validate rapport.toml and every customer file, listing
//! each problem as file:line:column; exit 1 on any error.

use std::fs;

use rayon::prelude::*;

use crate::book::{Book, load, suppressed};
use crate::cli::CheckArgs;
use crate::diag::{Diagnostic, Severity};
use crate::error::{Error, Result};
use crate::model::parse::parse_customer;
use crate::output::progress::Bar;
use crate::output::stderr;

use super::Context;

pub fn run(ctx: &Context, _args: CheckArgs) -> Result<()> {
    let cwd = std::env::current_dir().map_err(|e| Error::io(std::path::Path::new("."), e))?;
    // Find the root as usual, then open it leniently so that problems in
    // rapport.toml are listed with the rest instead of stopping the check.
    let root = match ctx.book() {
        Ok(book) => book.root().to_path_buf(),
        Err(Error::Diagnostics(_)) => locate_root(ctx, &cwd)?,
        Err(e) => return Err(e),
    };
    let (book, mut problems) = Book::open_lenient(&root)?;
    // Interrupted writes are finished (or cleaned up) before files are read.
    let leftovers = leftovers(&book)?;
    let (files, warnings) = load::list_files(&book)?;
    problems.extend(warnings);
    problems.extend(suppressed::problems(&book));
    problems.extend(crate::book::surveys::problems(&book));
    let bar = Bar::on_terminal(crate::msg!("progress.checking-customers").leak());
    if let Some(bar) = &bar {
        bar.start(Some(files.len() as u64));
    }
    let per_file: Vec<Vec<Diagnostic>> = files
        .par_iter()
        .map(|(_, path)| {
            let problems = check_file(&book, path);
            if let Some(bar) = &bar {
                bar.advance(1);
            }
            problems
        })
        .collect();
    if let Some(bar) = &bar {
        bar.finish();
    }
    problems.extend(per_file.into_iter().flatten());
    problems.extend(leftovers);

    for d in &problems {
        stderr::diagnostic(d);
    }
    let errors = problems
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let summary = crate::msg!(
        "check.summary",
        files = files.len(),
        errors = errors,
        warnings = warnings
    );
    if errors > 0 {
        return Err(Error::data(summary));
    }
    stderr::note(&summary);
    Ok(())
}

/// Finds the book root without reading its settings (they are broken).
fn locate_root(ctx: &Context, cwd: &std::path::Path) -> Result<std::path::PathBuf> {
    if let Some(dir) = ctx.book_arg() {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os("RAPPORT_BOOK").filter(|d| !d.is_empty()) {
        return Ok(dir.into());
    }
    cwd.ancestors()
        .find(|d| fs::symlink_metadata(d.join(crate::book::settings::FILE_NAME)).is_ok())
        .map(std::path::Path::to_path_buf)
        .ok_or_else(|| Error::usage(crate::msg!("check.no-book")))
}

/// Returns every problem of one customer file.
fn check_file(book: &Book, path: &std::path::Path) -> Vec<Diagnostic> {
    let relative = book.relative(path);
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => return vec![Diagnostic::file(Severity::Error, relative, e.to_string())],
    };
    let text = match load::decode(&bytes, relative) {
        Ok(t) => t,
        Err(d) => return vec![*d],
    };
    let parsed = parse_customer(&text, relative, Some(&book.settings.schema));
    let mut problems = parsed.diagnostics;
    if parsed.customer.is_some() {
        problems.extend(control_characters(&text, relative));
        problems.sort_by_key(|d| (d.line, d.column));
    }
    if let Some(c) = &parsed.customer
        && let Some(company) = &c.company
        && !company.is_empty()
        && !book.is_taken(company)
    {
        problems.push(
            Diagnostic::file(
                Severity::Warning,
                relative,
                crate::msg!("check.company-unknown", company = company.as_str()),
            )
            .with_hint(crate::msg!("check.company-unknown-hint")),
        );
    }
    problems
}

/// Returns a warning for each key or string of a customer file that holds a
/// control character other than a tab or a line break (`\u001b` starts
/// the escape sequences that drive a terminal). rapport shows them as
/// symbols everywhere it prints; the warning tells the user the file holds
/// something other programs may not show so safely. The file still loads.
fn control_characters(text: &str, path: &std::path::Path) -> Vec<Diagnostic> {
    use toml::de::{DeTable, DeValue};

    /// Returns the first control character of `s` that is not a tab, a
    /// newline or the carriage return of a CRLF line break.
    fn first_control(s: &str) -> Option<char> {
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            let line_break = c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'));
            if c.is_control() && c != '\t' && !line_break {
                return Some(c);
            }
        }
        None
    }

    struct Walk<'a> {
        text: &'a str,
        path: &'a std::path::Path,
        found: Vec<Diagnostic>,
    }

    impl Walk<'_> {
        fn warn(&mut self, span: std::ops::Range<usize>, what: String, c: char) {
            self.found.push(
                Diagnostic::at(
                    Severity::Warning,
                    self.path,
                    self.text,
                    span,
                    crate::msg!(
                        "check.control",
                        what = what,
                        code = format!("U+{:04X}", c as u32),
                        shown = crate::diag::picture(c).to_string()
                    ),
                )
                .with_hint(crate::msg!("check.control-hint")),
            );
        }

        fn table(&mut self, table: &DeTable<'_>, prefix: &str) {
            for (key, value) in table.iter() {
                let name = key.get_ref().as_ref();
                let dotted = if prefix.is_empty() {
                    name.to_string()
                } else {
                    format!("{prefix}.{name}")
                };
                if let Some(c) = first_control(name) {
                    self.warn(
                        key.span(),
                        crate::msg!("check.the-key", key = dotted.as_str()),
                        c,
                    );
                }
                self.value(value, &dotted);
            }
        }

        fn value(&mut self, node: &toml::Spanned<DeValue<'_>>, dotted: &str) {
            match node.get_ref() {
                DeValue::String(s) => {
                    if let Some(c) = first_control(s) {
                        self.warn(node.span(), format!("`{dotted}`"), c);
                    }
                }
                DeValue::Array(items) => {
                    for item in items {
                        self.value(item, dotted);
                    }
                }
                DeValue::Table(t) => self.table(t, dotted),
                _ => {}
            }
        }
    }

    let Ok(root) = DeTable::parse(text) else {
        return Vec::new();
    };
    let mut walk = Walk {
        text,
        path,
        found: Vec::new(),
    };
    walk.table(root.get_ref(), "");
    walk.found
}

/// Completes an import interrupted during its renames (taking the lock
/// does it; see `atomic::finish_interrupted`), then reports and removes
/// temporary files left by an interrupted write. Under the lock no write is
/// in progress, so every file left in `.rapport/tmp/` is debris, but for
/// the cache a reader may be writing there (readers take no lock).
fn leftovers(book: &Book) -> Result<Vec<Diagnostic>> {
    let state = book.root().join(crate::book::STATE_DIR);
    let tmp = state.join("tmp");
    let journal = state.join(crate::book::atomic::JOURNAL);
    if fs::symlink_metadata(&tmp).is_err() && fs::symlink_metadata(&journal).is_err() {
        return Ok(Vec::new());
    }
    let lock = book.lock()?;
    let mut problems = Vec::new();
    if lock.recovered() > 0 {
        problems.push(Diagnostic::file(
            Severity::Warning,
            book.relative(&journal),
            crate::msg!("check.recovered", count = lock.recovered()),
        ));
    }
    let mut removed = 0;
    for entry in fs::read_dir(&tmp).into_iter().flatten().flatten() {
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        if entry
            .file_name()
            .to_string_lossy()
            .starts_with(crate::book::cache::TEMP_PREFIX)
        {
            // A reader writes its new cache here without the book's lock,
            // holding a lock on the file itself: one nobody holds was left
            // by a reader that was stopped, and goes quietly (it holds no
            // customer data).
            if fs::File::open(entry.path()).is_ok_and(|f| f.try_lock().is_ok()) {
                let _ = fs::remove_file(entry.path());
            }
            continue;
        }
        if fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    if removed > 0 {
        problems.push(Diagnostic::file(
            Severity::Warning,
            book.relative(&tmp),
            crate::msg!("check.temporary-removed", count = removed),
        ));
    }
    Ok(problems)
}
