//! `rapport edit ID`: edit a customer's file in the user's editor.
//!
//! The editor works on a copy under `.rapport/edit/`. The saved copy is
//! validated; a broken one is never written to the book (on a terminal
//! rapport offers to re-open it, otherwise it stops and says where the copy
//! is). The lock is taken only to write, and the write is refused if the
//! file changed while the editor was open.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::book::{Book, inside};
use crate::cli::EditArgs;
use crate::diag::Severity;
use crate::error::{Error, IoContext, Result};
use crate::model::parse::parse_customer;
use crate::output::stderr;

use super::{Context, confirm};

pub fn run(ctx: &Context, args: EditArgs) -> Result<()> {
    let book = ctx.book()?;
    let id = Book::parse_id(&args.id)?;
    let original = book.read_customer(&id)?;
    let edit_dir = book.state_dir()?.join("edit");
    inside::refuse_unless_plain_dir(&edit_dir)?;
    fs::create_dir_all(&edit_dir).at(&edit_dir)?;
    let copy = edit_dir.join(format!("{id}.toml"));
    inside::refuse_link(&copy)?;
    fs::write(&copy, &original.text).at(&copy)?;
    let relative = book.relative(&original.path).to_path_buf();

    let edited = loop {
        open_editor(&copy)?;
        let text = String::from_utf8(fs::read(&copy).at(&copy)?).map_err(|_| {
            Error::data(format!(
                "{}: {}",
                book.relative(&copy).display(),
                crate::msg!("edit.not-utf8", file = relative.display().to_string())
            ))
        })?;
        let parsed = parse_customer(&text, &relative, Some(&book.settings.schema));
        let errors: Vec<_> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        for d in &parsed.diagnostics {
            stderr::diagnostic(d);
        }
        if errors.is_empty() {
            break text;
        }
        if !confirm(&crate::msg!("edit.open-again"), true) {
            return Err(Error::data(crate::msg!(
                "edit.not-changed",
                file = relative.display().to_string(),
                copy = book.relative(&copy).display().to_string()
            )));
        }
    };
    if edited == original.text {
        let _ = fs::remove_file(&copy);
        stderr::note(&crate::msg!("edit.no-changes"));
        return Ok(());
    }
    let _lock = book.lock()?;
    let current = fs::read_to_string(&original.path).at(&original.path)?;
    if current != original.text {
        return Err(Error::data(crate::msg!(
            "edit.changed-meanwhile",
            file = relative.display().to_string(),
            copy = book.relative(&copy).display().to_string()
        ))
        .with_hint(crate::msg!("edit.changed-meanwhile-hint")));
    }
    book.write_customer(&original.path, &edited)?;
    super::autocommit(
        &book,
        std::slice::from_ref(&original.path),
        &format!("edit {id}"),
    );
    let _ = fs::remove_file(&copy);
    Ok(())
}

/// Runs `$VISUAL`, else `$EDITOR`, else `vi` on `path`, through the shell so
/// that editors with arguments (`code --wait`) work.
fn open_editor(path: &Path) -> Result<()> {
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|e| !e.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("rapport-editor")
        .arg(path)
        .status()
        .map_err(|e| {
            Error::data(crate::msg!(
                "edit.cannot-start",
                editor = editor.as_str(),
                why = e.to_string()
            ))
        })?;
    if !status.success() {
        return Err(Error::data(crate::msg!(
            "edit.editor-failed",
            editor = editor.as_str(),
            status = status.to_string()
        )));
    }
    Ok(())
}
