//! `rapport rm ID…`: delete customers.

use crate::book::Book;
use crate::cli::RmArgs;
use crate::error::{Error, Result};
use crate::git::autocommit::ids_phrase;
use crate::model::Id;
use crate::output::stderr;

use super::{Context, confirm};

pub fn run(ctx: &Context, args: RmArgs) -> Result<()> {
    let book = ctx.book()?;
    let ids = args
        .ids
        .iter()
        .map(|s| Book::parse_id(s))
        .collect::<Result<Vec<Id>>>()?;
    for id in &ids {
        if !is_plain_file(&book.customer_path(id)) {
            // Reading names the nearest ids in the error, and refuses a
            // link or a folder.
            book.read_customer(id)?;
        }
    }
    if !args.yes && !args.dry_run {
        let list: Vec<&str> = ids.iter().map(Id::as_str).collect();
        let question = crate::msg!("rm.question", count = ids.len(), ids = list.join(", "));
        if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return Err(Error::usage(crate::msg!("rm.needs-yes")));
        }
        if !confirm(&question, false) {
            return Err(Error::data(crate::msg!("rm.nothing-deleted")));
        }
    }
    let _lock = book.lock()?;
    let mut removed = Vec::with_capacity(ids.len());
    for id in &ids {
        let path = book.customer_path(id);
        if is_plain_file(&path) {
            book.remove_customer(&path)?;
            if !args.dry_run {
                stderr::note(&crate::msg!("rm.deleted", id = id.to_string()));
            }
            removed.push(path);
        }
    }
    super::autocommit(&book, &removed, &format!("rm {}", ids_phrase(&ids)));
    Ok(())
}

/// Returns true for a regular file, not following links.
fn is_plain_file(path: &std::path::Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file())
}
