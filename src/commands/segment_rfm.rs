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
use crate::model::fast::Parts;
use crate::output::{Printer, stderr};
use crate::report::rfm::{self, Line, RfmFigures};
use crate::report::scope::partition_by;
use crate::table::{Cell, Label, Report};

use super::Context;
use super::report::selection;

pub fn run(ctx: &Context, args: RfmArgs) -> Result<()> {
    let compare = match &args.compare {
        Some(text) => {
            let day =
                parse_day(text, ctx.today).map_err(|e| Error::usage(format!("--compare: {e}")))?;
            if day >= ctx.today {
                return Err(Error::usage(crate::msg!(
                    "rfm.compare-not-before",
                    day = day.to_string(),
                    today = ctx.today.to_string()
                )));
            }
            Some(day)
        }
        None => None,
    };
    let book = ctx.book()?;
    let selection =
        selection::Selection::compile(ctx, &book, args.filter.as_deref(), args.by.as_deref())?;
    let parts = Parts::FIGURES | selection.parts();
    let selector = selection.selector(ctx, &book)?;
    let grouped = args.by.is_some();
    // Each customer's figures by both days and, when --where keeps them,
    // their groups: nothing more of a customer is kept.
    let today = ctx.today;
    let scanned = load::scan_parts(&book, parts, |c| {
        let seen = Seen {
            id: c.id.as_ref()?.to_string(),
            now: rfm::figures_of(c, today),
            before: compare.and_then(|d| rfm::figures_of(c, d)),
            groups: selector
                .matches(c)
                .then(|| selector.labels(c).unwrap_or_default()),
        };
        (seen.now.is_some() || seen.before.is_some() || seen.groups.is_some()).then_some(seen)
    })?;
    for w in &scanned.warnings {
        stderr::skipped(w);
    }
    let mut items = scanned.items;
    let now: Vec<RfmFigures> = items.iter_mut().filter_map(|s| s.now.take()).collect();
    let then: Vec<RfmFigures> = items.iter_mut().filter_map(|s| s.before.take()).collect();
    let selected: Vec<(&str, &[String])> = items
        .iter()
        .filter_map(|s| Some((s.id.as_str(), s.groups.as_deref()?)))
        .collect();
    let breakpoints = &book.settings.rfm;
    let lines = rfm::score_all_with(now, breakpoints);
    let before = compare.map(|_| rfm::score_all_with(then, breakpoints));
    if breakpoints.says_little(lines.len()) {
        stderr::warning(&crate::msg!(
            "rfm.few",
            count = lines.len(),
            keys = breakpoints.quintile_keys().join(", ")
        ));
    }
    let keep: HashSet<&str> = selected.iter().map(|(id, _)| *id).collect();
    let shown: Vec<&Line> = lines
        .iter()
        .filter(|l| keep.contains(l.id.as_str()))
        .collect();

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
    if let Some(by) = &args.by {
        facts.push(("by".into(), Cell::Text(by.clone())));
    }
    let mut report: Report = if args.summary {
        let labels = grouped.then_some(|(_, groups): &(&str, &[String])| groups.to_vec());
        let members = partition_by(selected.iter().copied(), labels)
            .into_iter()
            .map(|(label, members)| (label, members.into_iter().map(|(id, _)| id).collect()))
            .collect();
        rfm::render_group_summary(
            &lines,
            members,
            grouped,
            facts,
            Label::new("rfm.summary_title", "RFM segments"),
        )
    } else if let Some(before) = &before {
        rfm::render_compare(
            before,
            &shown,
            facts,
            Label::new("rfm.compare_title", "RFM segment moves"),
        )
    } else {
        let sort = if args.sort.is_empty() {
            vec!["id".to_string()]
        } else {
            args.sort.clone()
        };
        rfm::render_list(
            &shown,
            &sort,
            args.limit,
            facts,
            Label::new("rfm.title", "RFM"),
        )
        .map_err(Error::usage)?
    };
    report.book = book.settings.name.clone().filter(|n| !n.is_empty());
    Printer::stdout(args.format)
        .report(&report)
        .map_err(Error::Output)
}

/// What `segment rfm` keeps of a customer: its RFM figures today and by
/// --compare, and its groups when --where keeps it.
struct Seen {
    id: String,
    now: Option<RfmFigures>,
    before: Option<RfmFigures>,
    groups: Option<Vec<String>>,
}
