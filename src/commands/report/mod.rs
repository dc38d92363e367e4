//! `rapport report …`: one module per report. Each reads the book, selects
//! and groups the customers ([`prepare`]), calls its pure report function
//! in `crate::report` and hands the result to the printer.

mod activity;
mod clv;
mod clv_holdout;
mod cohorts;
mod followups;
mod funnel;
mod journey;
mod kano;
mod nps;
mod pipeline;
mod profile;
pub(crate) mod selection;
mod service;
mod servqual;
mod summary;

use crate::book::{Book, load};
use crate::cli::{ReportArgs, ReportCommand, ReportOptions};
use crate::error::{Error, Result};
use crate::model::Customer;
use crate::model::date::parse_day;
use crate::model::fast::Parts;
use crate::output::{Format, Printer, stderr};
use crate::report::{Grouping, Period, Scope};
use crate::table::Report;

use super::Context;

pub fn run(ctx: &Context, args: ReportArgs) -> Result<()> {
    match args.report {
        ReportCommand::Clv(args) => clv::run(ctx, args),
        ReportCommand::Summary(args) => summary::run(ctx, args),
        ReportCommand::Pipeline(args) => pipeline::run(ctx, args),
        ReportCommand::Funnel(args) => funnel::run(ctx, args),
        ReportCommand::Cohorts(args) => cohorts::run(ctx, args),
        ReportCommand::Activity(args) => activity::run(ctx, args),
        ReportCommand::Nps(args) => nps::run(ctx, args),
        ReportCommand::Service(args) => service::run(ctx, args),
        ReportCommand::Followups(args) => followups::run(ctx, args),
        ReportCommand::Profile(args) => profile::run(ctx, args),
        ReportCommand::Journey(args) => journey::run(ctx, args),
        ReportCommand::Kano(args) => kano::run(ctx, args),
        ReportCommand::Servqual(args) => servqual::run(ctx, args),
    }
}

/// A book read for a report: its customers selected by `--where`, the
/// period and the grouping.
pub(crate) struct Prepared {
    pub book: Book,
    pub customers: Vec<Customer>,
    pub period: Period,
    pub grouping: Option<Grouping>,
}

impl Prepared {
    /// Returns the scope the report functions take.
    pub fn scope(&self) -> Scope<'_> {
        Scope {
            period: self.period,
            settings: &self.book.settings,
            by: self.grouping.as_ref(),
        }
    }
}

/// Checks the options and reads the customers `--where` selects (warning
/// about the files it skips), building only `parts` of each (with what
/// `--where` and `--by` read).
pub(crate) fn prepare(ctx: &Context, options: &ReportOptions, parts: Parts) -> Result<Prepared> {
    let period = period(ctx, options)?;
    let book = ctx.book()?;
    let selection = selection::Selection::compile(
        ctx,
        &book,
        options.filter.as_deref(),
        options.by.as_deref(),
    )?;
    let parts = parts | selection.parts();
    let selector = selection.selector(ctx, &book)?;
    let scanned = load::scan_parts(&book, parts, |c| selector.matches(c).then(|| c.clone()))?;
    for w in &scanned.warnings {
        stderr::skipped(w);
    }
    Ok(Prepared {
        grouping: selector.grouping(),
        book,
        customers: scanned.items,
        period,
    })
}

/// Returns the period of `--since` and `--until`: by default the twelve
/// months up to today. It cannot end after today (nothing later exists).
pub(crate) fn period(ctx: &Context, options: &ReportOptions) -> Result<Period> {
    let day = |flag: &str, text: &str| {
        parse_day(text, ctx.today).map_err(|e| Error::usage(format!("{flag}: {e}")))
    };
    let until = match &options.until {
        Some(text) => day("--until", text)?,
        None => ctx.today,
    };
    if until > ctx.today {
        return Err(Error::usage(crate::msg!(
            "report-run.until-after-today",
            until = until.to_string(),
            today = ctx.today.to_string()
        ))
        .with_hint(crate::msg!("report-run.until-after-today-hint")));
    }
    let since = match &options.since {
        Some(text) => day("--since", text)?,
        None => Period::year_to(until).since,
    };
    if since > until {
        return Err(Error::usage(crate::msg!(
            "report-run.since-after-until",
            since = since.to_string(),
            until = until.to_string()
        )));
    }
    Ok(Period { since, until })
}

/// Returns the anonymous answers to `survey` (`surveys/NAME.toml`): none
/// when `--where` selects customers (an anonymous answer has no customer to
/// select).
pub(crate) fn anonymous(
    book: &Book,
    survey: &str,
    options: &ReportOptions,
) -> Result<Vec<crate::model::Interaction>> {
    if options.filter.is_some() {
        return Ok(Vec::new());
    }
    Ok(crate::book::surveys::read(book, survey)?.map_or_else(Vec::new, |(_, i)| i))
}

/// Prints a report in the chosen format.
pub(crate) fn print(report: &Report, format: Option<Format>) -> Result<()> {
    Printer::stdout(format)
        .report(report)
        .map_err(Error::Output)
}
