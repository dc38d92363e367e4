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
            stderr::note(&crate::msg!(
                "init.registered-again",
                dir = dir.display().to_string(),
                top = top.display().to_string()
            ));
            if added {
                stderr::note(&crate::msg!("init.gitattributes"));
            }
            return Ok(());
        }
        return Err(Error::data(crate::msg!(
            "init.already",
            dir = dir.display().to_string()
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
    stderr::note(&crate::msg!(
        "init.created",
        name = name.as_str(),
        dir = dir.display().to_string()
    ));
    match driver::register(&dir)? {
        Registration::Registered(top) => stderr::note(&crate::msg!(
            "init.registered",
            top = top.display().to_string()
        )),
        Registration::NotInRepo(command) => stderr::note(&crate::msg!(
            "init.register-later",
            command = command.as_str()
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
