//! `rapport undo [--list]`: revert the last write rapport made to the book
//! (the store is [`crate::book::undo`]); and the listing every `--dry-run`
//! prints of what its command would have written.

use std::path::PathBuf;

use crate::book::diff;
use crate::book::undo::{self, Operation, Planned};
use crate::cli::UndoArgs;
use crate::error::{Error, Result};
use crate::output::{Cell, Printer, Rows, stderr};

use super::Context;

pub fn run(ctx: &Context, args: UndoArgs) -> Result<()> {
    let book = ctx.book()?;
    if args.list {
        let ops = undo::list(&book.state_dir()?)?;
        if ops.is_empty() {
            stderr::note(&crate::msg!("undo.nothing"));
            return Ok(());
        }
        return Printer::stdout(args.format)
            .rows(&list_rows(&ops))
            .map_err(Error::Output);
    }
    let Some(op) = undo::undo(&book)? else {
        return Err(
            Error::data(crate::msg!("undo.nothing")).with_hint(crate::msg!("undo.nothing-hint"))
        );
    };
    let paths: Vec<PathBuf> = op.files.iter().map(|f| book.root().join(&f.path)).collect();
    super::autocommit(&book, &paths, &format!("undo: {}", op.command));
    stderr::note(&crate::msg!(
        "undo.undid",
        command = op.command.as_str(),
        time = op.time.as_str(),
        files = files_phrase(&op)
    ));
    Ok(())
}

/// The `--list` rows, newest first: 1 is what `undo` reverts next.
fn list_rows(ops: &[Operation]) -> Rows {
    let mut rows = Rows::new(["number", "time", "command", "files"]);
    for (k, op) in ops.iter().enumerate() {
        let command = if op.undoable {
            op.command.clone()
        } else {
            format!("{} (cannot be undone)", op.command)
        };
        rows.rows.push(vec![
            Cell::Int(k as i64 + 1),
            Cell::Text(op.time.clone()),
            Cell::Text(command),
            Cell::Text(files_phrase(op)),
        ]);
    }
    rows
}

/// Names the files of an operation: all of them up to three, else the
/// first two and how many more.
fn files_phrase(op: &Operation) -> String {
    let names: Vec<&str> = op.files.iter().map(|f| f.path.as_str()).collect();
    match names.len() {
        0 => "no file".to_string(),
        1..=3 => names.join(", "),
        n => format!("{}, {} and {} more", names[0], names[1], n - 2),
    }
}

/// Prints what a dry run would have written: each file with what would
/// happen to it, then the changes inside it as `rapport history` words
/// them; nothing was written.
pub fn print_plan(planned: &[Planned]) -> Result<()> {
    let mut lines = Vec::new();
    let mut count = 0;
    for p in planned {
        if p.before == p.after {
            continue;
        }
        count += 1;
        let shown = shown_path(&p.path);
        let id = match (&p.before, &p.after) {
            (None, _) => "undo.would-create",
            (Some(_), None) => "undo.would-remove",
            (Some(_), Some(_)) => "undo.would-change",
        };
        lines.push(crate::msg!(id, file = shown.as_str()));
        let before = p.before.as_deref().map(String::from_utf8_lossy);
        let after = p.after.as_deref().map(String::from_utf8_lossy);
        // The changes inside a customer file; the suppression list holds
        // only salted hashes, not worth showing.
        if p.after.is_some() && shown.starts_with(crate::book::CUSTOMERS_DIR) {
            for change in diff::changes(before.as_deref(), after.as_deref()) {
                if change != "created" {
                    lines.push(format!("    {change}"));
                }
            }
        }
    }
    let mut printer = Printer::stdout(None::<crate::output::Format>);
    for line in &lines {
        printer.line(line).map_err(Error::Output)?;
    }
    stderr::note(&crate::msg!("undo.dry-run", count = count));
    Ok(())
}

/// Shows a book's file as `customers/x.toml` (relative to the book).
fn shown_path(path: &std::path::Path) -> String {
    let mut parts: Vec<_> = path.components().rev().take(2).collect();
    parts.reverse();
    let tail: PathBuf = parts.iter().collect();
    if tail.starts_with(crate::book::CUSTOMERS_DIR) {
        tail.display().to_string()
    } else {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}
