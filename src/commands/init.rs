//! `rapport init [DIR]`: create a book.

use std::fs;
use std::path::{Path, PathBuf};

use crate::book::{CUSTOMERS_DIR, STATE_DIR, inside, settings, suppressed};
use crate::cli::InitArgs;
use crate::error::{Error, IoContext, Result};
use crate::git::driver::{self, Registration};
use crate::output::stderr;

use super::Context;

/// The attribute line that hands customer files to rapport's merge driver.
pub const GITATTRIBUTES_LINE: &str = "customers/*.toml merge=rapport";

/// The attribute line that merges two clones' suppression lists by keeping
/// both sides' entries (git's built-in union merge).
pub fn suppressed_attribute() -> String {
    format!("{} merge=union", suppressed::FILE_NAME)
}

pub fn run(ctx: &Context, args: InitArgs) -> Result<()> {
    let dir: PathBuf = args
        .dir
        .or_else(|| ctx.book_arg().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    let settings_path = dir.join(settings::FILE_NAME);
    if settings_path.exists() {
        // A clone of a book: git does not copy the config that registers the
        // merge driver, so `rapport init` in it does that part.
        if let Ok(Registration::Registered(top)) = driver::register(&dir) {
            let attributes = dir.join(".gitattributes");
            let added = append_line(&attributes, GITATTRIBUTES_LINE)?
                | append_line(&attributes, &suppressed_attribute())?;
            stderr::note(&format!(
                "{} is already a book; registered the merge driver in the git config of {}",
                dir.display(),
                top.display()
            ));
            if added {
                stderr::note("added the missing lines to .gitattributes; commit it");
            }
            return Ok(());
        }
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
    if fs::symlink_metadata(&keep).is_err() {
        fs::write(&keep, "").at(&keep)?;
    }
    append_line(&dir.join(".gitattributes"), GITATTRIBUTES_LINE)?;
    append_line(&dir.join(".gitattributes"), &suppressed_attribute())?;
    append_line(&dir.join(".gitignore"), &format!("/{STATE_DIR}/"))?;
    // rapport.toml last: its presence marks a finished book.
    inside::refuse_link(&settings_path)?;
    fs::write(&settings_path, settings::template(&name)).at(&settings_path)?;
    stderr::note(&format!("created the book `{name}` in {}", dir.display()));
    match driver::register(&dir)? {
        Registration::Registered(top) => stderr::note(&format!(
            "registered the merge driver for customer files in the git config of {}",
            top.display()
        )),
        Registration::NotInRepo(command) => stderr::note(&format!(
            "once the book is in git, register its merge driver there with `{command}` (or run `rapport init` in it again)"
        )),
    }
    Ok(())
}

/// Adds `line` to the file at `path` unless it is already there, keeping
/// whatever else the user has in it; returns whether it was added.
fn append_line(path: &Path, line: &str) -> Result<bool> {
    let existing = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(path, e)),
    };
    if existing.lines().any(|l| l.trim() == line) {
        return Ok(false);
    }
    inside::refuse_link(path)?;
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    fs::write(path, text).at(path)?;
    Ok(true)
}
