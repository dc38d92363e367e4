//! `rapport report profile`: segments side by side (saved segments, the
//! groups of `--by`, or the RFM segments).
//!
//! The book is read once: the customers `--where` keeps, with their
//! segments, and every buyer's purchase summary, so the CLV models learn
//! from the whole book.

use std::collections::HashMap;

use crate::book::load;
use crate::cli::ProfileArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::model::fast::Parts;
use crate::model::{Customer, Id};
use crate::output::stderr;
use crate::query::population::{CLV_DISCOUNT, CLV_MONTHS};
use crate::query::{Filter, Needs, Subject};
use crate::report::Scope;
use crate::report::clv::{self, Options, Unit};
use crate::report::profile::{self, ClvNote};
use crate::report::rfm;
use crate::report::scope::{ALL, NONE, partition_by};
use crate::stats::clv::CountModelKind;
use crate::table::Cell;

use super::selection::Selection;

pub fn run(ctx: &Context, args: ProfileArgs) -> Result<()> {
    let options = &args.options;
    let period = super::period(ctx, options)?;
    let book = ctx.book()?;
    let by = if args.rfm {
        Some("rfm")
    } else {
        options.by.as_deref()
    };
    if args.segments.is_empty() && by.is_none() {
        let names: Vec<&str> = book.settings.segments.keys().map(String::as_str).collect();
        let hint = if names.is_empty() {
            crate::msg!("profile.define-segments")
        } else {
            crate::msg!("profile.the-segments", names = names.join(", "))
        };
        return Err(Error::usage(crate::msg!("profile.what")).with_hint(hint));
    }
    let selection = Selection::compile(ctx, &book, options.filter.as_deref(), by)?;
    let mut filters: Vec<(String, Filter)> = Vec::with_capacity(args.segments.len());
    for name in &args.segments {
        filters.push((
            name.clone(),
            Filter::segment(name, &book.settings, ctx.today)?,
        ));
    }
    let needs = filters
        .iter()
        .fold(Needs::default(), |needs, (_, f)| needs | f.needs());
    let parts = filters.iter().fold(
        profile::PARTS | Parts::INTERACTIONS | selection.parts(),
        |parts, (_, f)| parts | f.parts(),
    );
    let selector = selection.selector(ctx, &book)?;
    let population = crate::commands::query::population_of(ctx, &book, needs)?;
    let (today, until) = (ctx.today, period.until);
    // Every buyer's purchase summary (the models learn from all), and the
    // customers --where keeps with their segments.
    let scanned = load::scan_parts(&book, parts, |c| {
        let summary = clv::summary_of(c, until, Unit::Week);
        let kept = selector.matches(c).then(|| {
            let groups = selector.labels(c).unwrap_or_else(|| {
                let subject = Subject::new(c, today).with_population(population.as_ref());
                filters
                    .iter()
                    .filter(|(_, f)| f.matches(&subject))
                    .map(|(name, _)| name.clone())
                    .collect()
            });
            (c.clone(), groups)
        });
        (summary.is_some() || kept.is_some()).then_some((summary, kept))
    })?;
    for w in &scanned.warnings {
        stderr::skipped(w);
    }
    let mut summaries = Vec::new();
    let mut kept: Vec<(Customer, Vec<String>)> = Vec::new();
    for (summary, k) in scanned.items {
        summaries.extend(summary);
        kept.extend(k);
    }
    let (clv, note) = predicted_clv(&summaries);

    let all: Vec<&Customer> = kept.iter().map(|(c, _)| c).collect();
    let segments: Vec<(String, Vec<&Customer>)> = if by.is_some() {
        let mut groups = partition_by(
            kept.iter(),
            Some(|(_, groups): &&(Customer, Vec<String>)| groups.clone()),
        );
        if args.rfm {
            let rank = |label: &str| {
                rfm::segments()
                    .position(|s| s.name() == label)
                    .unwrap_or(usize::MAX)
            };
            groups[1..].sort_by_key(|(label, _)| (label == NONE, rank(label)));
        }
        groups
            .into_iter()
            .map(|(label, members)| (label, members.into_iter().map(|(c, _)| c).collect()))
            .collect()
    } else {
        let mut segments = vec![(ALL.to_string(), all.clone())];
        segments.extend(filters.iter().map(|(name, _)| {
            let members = kept
                .iter()
                .filter(|(_, groups)| groups.contains(name))
                .map(|(c, _)| c)
                .collect();
            (name.clone(), members)
        }));
        segments
    };
    let scope = Scope {
        period,
        settings: &book.settings,
        by: None,
    };
    let figures = profile::profiles(&all, &segments, &scope, clv.as_ref());
    let mut report = profile::render(&figures, &scope, &note, args.rfm);
    report.facts.push(match by {
        Some(field) => ("by".to_string(), Cell::Text(field.to_string())),
        None => ("segments".to_string(), Cell::Text(args.segments.join(", "))),
    });
    super::print(&report, options.format)
}

/// Returns each buyer's predicted CLV by id, fitted on every buyer's
/// purchases up to `until` as the `clv` field is (12 months, 1 % a month,
/// BG/NBD in weeks); when the models cannot be fitted, none and why.
fn predicted_clv(
    summaries: &[(Id, crate::stats::clv::Summary)],
) -> (Option<HashMap<String, f64>>, ClvNote) {
    let options = Options {
        unit: Unit::Week,
        months: CLV_MONTHS,
        monthly_discount: CLV_DISCOUNT,
        model: CountModelKind::BgNbd,
    };
    match clv::report(summaries, |_| true, &options) {
        Ok(report) => (
            Some(
                report
                    .predictions
                    .into_iter()
                    .map(|p| (p.id.to_string(), p.clv))
                    .collect(),
            ),
            ClvNote::Fitted,
        ),
        Err(e) => (None, ClvNote::NotFitted(e.to_string())),
    }
}
