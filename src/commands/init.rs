//! `rapport init [DIR]`: create a book.

use std::fs;
use std::path::{Path, PathBuf};

use crate::book::{CUSTOMERS_DIR, STATE_DIR, settings};
use crate::cli::InitArgs;
use crate::error::{Error, IoContext, Result};
use crate::output::stderr;

use super::Context;

/// The attribute line that hands customer files to rapport's merge driver.
pub const GITATTRIBUTES_LINE: &str = "customers/*.toml merge=rapport";

pub fn run(ctx: &Context, args: InitArgs) -> Result<()> {
    let dir: PathBuf = args
        .dir
        .or_else(|| ctx.book_arg().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    let settings_path = dir.join(settings::FILE_NAME);
    if settings_path.exists() {
        return Err(Error::data(format!(
            "{} is already a book: it has a rapport.toml",
            dir.display()
        )));
    }
    fs::create_dir_all(&dir).at(&dir)?;
    let name = match args.name {
        Some(n) => n,
        None => fs::canonicalize(&dir)
            .at(&dir)?
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "rapport".to_string()),
    };
    let customers = dir.join(CUSTOMERS_DIR);
    fs::create_dir_all(&customers).at(&customers)?;
    let keep = customers.join(".gitkeep");
    if !keep.exists() {
        fs::write(&keep, "").at(&keep)?;
    }
    append_line(&dir.join(".gitattributes"), GITATTRIBUTES_LINE)?;
    append_line(&dir.join(".gitignore"), &format!("/{STATE_DIR}/"))?;
    // rapport.toml last: its presence marks a finished book.
    fs::write(&settings_path, settings::template(&name)).at(&settings_path)?;
    stderr::note(&format!("created the book `{name}` in {}", dir.display()));
    Ok(())
}

/// Adds `line` to the file at `path` unless it is already there, keeping
/// whatever else the user has in it.
fn append_line(path: &Path, line: &str) -> Result<()> {
    let existing = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(path, e)),
    };
    if existing.lines().any(|l| l.trim() == line) {
        return Ok(());
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    fs::write(path, text).at(path)
}
