//! `rapport agenda`: follow-ups due, support cases past their SLA, and
//! open deals without activity, as of today.

use crate::book::load;
use crate::cli::AgendaArgs;
use crate::error::{Error, Result};
use crate::output::{Printer, stderr};
use crate::report::agenda;

use super::Context;
use super::report::selection;

pub fn run(ctx: &Context, args: AgendaArgs) -> Result<()> {
    let book = ctx.book()?;
    let selection = selection::Selection::compile(ctx, &book, args.filter.as_deref(), None)?;
    let parts = agenda::PARTS | selection.parts();
    let selector = selection.selector(ctx, &book)?;
    let scanned = load::scan_parts(&book, parts, |c| selector.matches(c).then(|| c.clone()))?;
    for w in &scanned.warnings {
        stderr::skipped(w);
    }
    let customers = scanned.items;
    let sla = &book.settings.sla;
    let items = agenda::agenda(&customers, ctx.today, now(ctx.today), args.days, sla);
    let mut page = agenda::render(&items, ctx.today, args.days, sla, &book.settings.currency);
    page.book = book.settings.name.clone().filter(|n| !n.is_empty());
    Printer::stdout(args.format)
        .report(&page)
        .map_err(Error::Output)
}

/// The moment the agenda is as of: the clock's time when `today` is the
/// real day; the end of `today` for another day (`--today`), so a report of
/// a past day shows what was due by its end.
fn now(today: chrono::NaiveDate) -> chrono::NaiveDateTime {
    let clock = chrono::Local::now().naive_local();
    if clock.date() == today {
        clock
    } else {
        (today + chrono::Days::new(1)).and_time(chrono::NaiveTime::MIN)
    }
}
