//! `rapport segment rfm`: RFM scores and segments as of --today; with
//! --summary the segments' sizes and revenue, with --compare DATE the moves
//! between segments since DATE.
//!
//! Customers are scored among every customer of the book; --where only
//! chooses which of them are shown.

use std::collections::HashSet;

use crate::book::load;
use crate::cli::RfmArgs;
use crate::error::{Error, Result};
use crate::model::When;
use crate::model::date::parse_day;
use crate::output::report::{self, Report};
use crate::output::{Cell, stderr};
use crate::report::rfm::{self, Line};

use super::Context;
use super::report::selection;

pub fn run(ctx: &Context, args: RfmArgs) -> Result<()> {
    let compare = match &args.compare {
        Some(text) => {
            let day =
                parse_day(text, ctx.today).map_err(|e| Error::usage(format!("--compare: {e}")))?;
            if day >= ctx.today {
                return Err(Error::usage(format!(
                    "--compare {day} is not before today ({}): it compares an earlier day with today",
                    ctx.today
                )));
            }
            Some(day)
        }
        None => None,
    };
    let book = ctx.book()?;
    let selection =
        selection::Selection::compile(ctx, &book, args.filter.as_deref(), args.by.as_deref())?;
    let loaded = load::load_all(&book)?;
    for w in &loaded.warnings {
        stderr::skipped(w);
    }
    let lines = rfm::rfm(&loaded.customers, ctx.today);
    let before = compare.map(|d| rfm::rfm(&loaded.customers, d));
    let (selected, grouping) = selection.apply(ctx, loaded.customers)?;
    let keep: HashSet<String> = selected
        .iter()
        .filter_map(|c| c.id.as_ref().map(ToString::to_string))
        .collect();
    let shown: Vec<&Line> = lines.iter().filter(|l| keep.contains(&l.id)).collect();

    let day = |d| Cell::Date(When::Date(d));
    let mut facts = vec![("today".to_string(), day(ctx.today))];
    if let Some(d) = compare {
        facts.push(("compare".into(), day(d)));
    }
    facts.push(("scored".into(), Cell::Int(lines.len() as i64)));
    facts.push((
        "currency".into(),
        Cell::Text(book.settings.currency.clone()),
    ));
    if let Some(g) = &grouping {
        facts.push(("by".into(), Cell::Text(g.field.clone())));
    }
    let name = |what: &str| match &book.settings.name {
        Some(n) if !n.is_empty() => format!("{what} — {n}"),
        _ => what.to_string(),
    };
    let report: Report = if args.summary {
        rfm::render_summary(
            &lines,
            &selected,
            grouping.as_ref(),
            facts,
            name("RFM segments"),
        )
    } else if let Some(before) = &before {
        rfm::render_compare(before, &shown, facts, name("RFM segment moves"))
    } else {
        let sort = if args.sort.is_empty() {
            vec!["id".to_string()]
        } else {
            args.sort.clone()
        };
        rfm::render_list(&shown, &sort, args.limit, facts, name("RFM")).map_err(Error::usage)?
    };
    report::print(&report, args.format).map_err(Error::Output)
}
