//! `rapport history ID`: a customer's changes, read from git.

use crate::book::Book;
use crate::cli::HistoryArgs;
use crate::error::{Error, Result};
use crate::git::history;
use crate::output::{Cell, Printer, Rows};

use super::Context;

pub fn run(ctx: &Context, args: HistoryArgs) -> Result<()> {
    let book = ctx.book()?;
    let id = Book::parse_id(&args.id)?;
    let commits = history::of_customer(&book, &id)?;
    if commits.is_empty() {
        let mut err = Error::data(crate::msg!("history.none", id = id.to_string()));
        if !book.customer_path(&id).exists() {
            err = err.with_hint(crate::msg!("history.check-id"));
        } else {
            err = err.with_hint(crate::msg!("history.commit"));
        }
        return Err(err);
    }
    let mut rows = Rows::new(["commit", "date", "author", "message", "change"]);
    for c in commits {
        for change in c.changes {
            rows.rows.push(vec![
                Cell::Text(c.hash.clone()),
                Cell::Text(c.date.clone()),
                Cell::Text(c.author.clone()),
                Cell::Text(c.message.clone()),
                Cell::Text(change),
            ]);
        }
    }
    Printer::stdout(args.format)
        .rows(&rows)
        .map_err(Error::Output)
}
