//! `rapport agenda`: follow-ups due, support cases past their SLA, and
//! open deals without activity, as of today.

use crate::book::load;
use crate::cli::{AgendaArgs, AgendaFormat};
use crate::error::{Error, Result};
use crate::output::{Format, Printer, ics, stderr};
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
    let format = match args.format {
        Some(AgendaFormat::Ics) => {
            let calendar = calendar(&customers, sla, book.settings.name.as_deref(), ctx.today);
            return Printer::stdout(None::<Format>)
                .calendar(&calendar)
                .map_err(Error::Output);
        }
        Some(AgendaFormat::Report(f)) => Some(f),
        None => None,
    };
    let items = agenda::agenda(&customers, ctx.today, ctx.now(), args.days, sla);
    let mut page = agenda::render(&items, ctx.today, args.days, sla, &book.settings.currency);
    page.book = book.settings.name.clone().filter(|n| !n.is_empty());
    Printer::stdout(format).report(&page).map_err(Error::Output)
}

/// Returns the book's calendar: its follow-ups, expected deal closes and
/// SLA deadlines as events, stamped with the moment the agenda is as of
/// (in UTC; for another day than today, the end of that day as UTC, so
/// the file is the same on every run).
fn calendar(
    customers: &[crate::model::Customer],
    sla: &crate::model::duration::Sla,
    name: Option<&str>,
    today: chrono::NaiveDate,
) -> ics::Calendar {
    let clock = chrono::Utc::now().naive_utc();
    let stamp = if chrono::Local::now().date_naive() == today {
        clock
    } else {
        (today + chrono::Days::new(1)).and_time(chrono::NaiveTime::MIN)
    };
    let events = agenda::events(customers, sla)
        .into_iter()
        .map(|e| ics::Event {
            uid: e.uid,
            start: e.when,
            summary: e.summary.text(),
            description: e.description.text(),
            categories: vec![e.kind.as_str().to_string()],
        })
        .collect();
    ics::Calendar {
        name: match name {
            Some(n) if !n.is_empty() => format!("rapport — {n}"),
            _ => "rapport".to_string(),
        },
        stamp,
        events,
    }
}
