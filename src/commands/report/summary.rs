//! `rapport report summary`: the key figures on one screen.
//!
//! The book is folded into the sums customer by customer as it is read
//! (see [`crate::book::load::fold_parts`]): no customer is kept in memory.

use crate::book::load;
use crate::cli::SummaryArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::output::stderr;
use crate::report::Scope;
use crate::report::summary::{self, Sums};

use super::selection::Selection;

pub fn run(ctx: &Context, args: SummaryArgs) -> Result<()> {
    let options = &args.options;
    let period = super::period(ctx, options)?;
    let book = ctx.book()?;
    let selection =
        Selection::compile(ctx, &book, options.filter.as_deref(), options.by.as_deref())?;
    let parts = summary::PARTS | selection.parts();
    let selector = selection.selector(ctx, &book)?;
    let grouping = selector.grouping();
    let scope = Scope {
        period,
        settings: &book.settings,
        by: grouping.as_ref(),
    };
    let folded = load::fold_parts(
        &book,
        parts,
        Sums::default,
        |sums, c| {
            if selector.matches(c) {
                sums.add(c, &scope);
            }
        },
        Sums::merge,
    )?;
    for w in &folded.warnings {
        stderr::skipped(w);
    }
    let figures = folded.value.finish(&scope);
    super::print(&summary::render(&figures, &scope), options.format)
}
