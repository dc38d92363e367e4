//! `rapport report clv --holdout UNTIL`: the forecast check (DESIGN.md section 16).

use chrono::NaiveDate;

use crate::book::load;
use crate::cli::ClvArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::model::date::parse_day;
use crate::model::fast::Parts;
use crate::output::{Printer, stderr};
use crate::report::clv_holdout;
use crate::stats::clv::{Summary, holdout, summarize};

/// Fits the purchase-count model on the purchases up to --today and checks its
/// predictions against the purchases up to `until`, over the whole book.
pub fn run(ctx: &Context, args: &ClvArgs, until_text: &str) -> Result<()> {
    let until =
        parse_day(until_text, ctx.today).map_err(|e| Error::usage(format!("--holdout: {e}")))?;
    let today = ctx.today;
    if until <= today {
        return Err(Error::usage(crate::msg!(
            "clv-run.holdout-not-after",
            until = until.to_string(),
            today = today.to_string()
        ))
        .with_hint(crate::msg!("clv-run.holdout-not-after-hint")));
    }
    let book = ctx.book()?;
    let scanned = load::scan_parts(&book, Parts::FIGURES, |c| {
        clv_holdout::purchase_dates(c, until)
    })?;
    for w in &scanned.warnings {
        stderr::skipped(w);
    }
    let histories: Vec<Vec<NaiveDate>> = scanned.items;
    let unit_days = args.unit.days();
    let summaries: Vec<Summary> = histories
        .iter()
        .filter_map(|days| {
            let purchases: Vec<(NaiveDate, i64)> = days.iter().map(|&d| (d, 0)).collect();
            summarize(&purchases, today, unit_days)
        })
        .collect();
    let fit = args.model.fit(&summaries).map_err(|e| {
        Error::data(crate::msg!(
            "clv-run.cannot-fit-until",
            model = args.model.to_string(),
            today = today.to_string(),
            why = e.to_string()
        ))
    })?;
    super::clv::warn_imprecise(clv_holdout::model_name(args.model), &fit.imprecise());
    let check = holdout(&histories, today, until, unit_days, &fit.params)
        .map_err(|e| Error::usage(e.to_string()))?;
    let report = clv_holdout::render(&check, args.model);
    Printer::stdout(args.format)
        .report(&report)
        .map_err(Error::Output)
}
