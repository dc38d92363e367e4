//! `rapport segment`: saved segments (`[segments]` in rapport.toml).
//!
//! - `segment NAME` lists the members of a segment, like `query`;
//! - `segment list` shows each segment with its size and revenue;
//! - `segment --by FIELD [NAME]` groups customers (of a segment, or all)
//!   by a field's value: how many, and their revenue.

use std::collections::HashMap;

use crate::cli::{SegmentArgs, SegmentCommand, SegmentListArgs};
use crate::error::{Error, Result};
use crate::model::Money;
use crate::model::fast::Parts;
use crate::output::{Cell, Printer, Rows, stderr};
use crate::query::listing::sort_rows;
use crate::query::{Field, FieldValue, Filter, Needs};

use super::Context;
use super::query::{list, select, where_filter};

/// Names `segment` takes as subcommands: a segment with one of these names
/// can be used in expressions but not listed by name.
pub const RESERVED: &[&str] = &["list", "rfm"];

pub fn run(ctx: &Context, args: SegmentArgs) -> Result<()> {
    match args.command {
        Some(SegmentCommand::List(list_args)) => return list_segments(ctx, list_args),
        Some(SegmentCommand::Rfm(rfm_args)) => return super::segment_rfm::run(ctx, rfm_args),
        None => {}
    }
    let book = ctx.book()?;
    let mut filter = match &args.name {
        Some(name) => Filter::segment(name, &book.settings, ctx.today)?,
        None if args.by.is_some() => Filter::all(),
        None => {
            return Err(Error::usage(crate::msg!("segment.name-one"))
                .with_hint(segment_names_hint(&book.settings.segments)));
        }
    };
    filter = filter.and(where_filter(ctx, &book, &args.filter)?);
    match &args.by {
        None => list(ctx, &book, &filter, &args.listing),
        Some(by) => group_by(ctx, &book, &filter, by, &args),
    }
}

fn segment_names_hint(
    segments: &std::collections::BTreeMap<String, crate::book::settings::Segment>,
) -> String {
    if segments.is_empty() {
        crate::msg!("segment.define")
    } else {
        let names: Vec<&str> = segments.keys().map(String::as_str).collect();
        crate::msg!("segment.names", names = names.join(", "))
    }
}

/// `segment list`: every segment, how many customers it holds and their
/// revenue, in one pass over the book.
fn list_segments(ctx: &Context, args: SegmentListArgs) -> Result<()> {
    let book = ctx.book()?;
    let segments = &book.settings.segments;
    // A broken segment must not hide the good ones: they are listed, the
    // broken one shows without figures, and its error follows (exit 1).
    let mut broken = Vec::new();
    let filters: Vec<Option<Filter>> = segments
        .keys()
        .map(|name| {
            Filter::segment(name, &book.settings, ctx.today)
                .map_err(|e| broken.push(Error::from(e)))
                .ok()
        })
        .collect();
    for name in segments.keys() {
        if RESERVED.contains(&name.as_str()) {
            stderr::warning(&crate::msg!("segment.reserved", name = name.as_str()));
        }
    }
    let needs = filters
        .iter()
        .flatten()
        .fold(Needs::default(), |needs, f| needs | f.needs());
    let per_customer = select(
        ctx,
        &book,
        &Filter::all(),
        figures_and(filters.iter().flatten()),
        needs,
        |s| {
            let hits: Vec<bool> = filters
                .iter()
                .map(|f| f.as_ref().is_some_and(|f| f.matches(s)))
                .collect();
            let revenue = if hits.iter().any(|h| *h) {
                s.figures().revenue
            } else {
                Money::ZERO
            };
            (hits, revenue)
        },
    )?;
    let mut rows = Rows::new(["segment", "customers", "revenue", "expression"]);
    for (i, (name, segment)) in segments.iter().enumerate() {
        let (count, revenue) = per_customer
            .iter()
            .filter(|(hits, _)| hits[i])
            .fold((0i64, Money::ZERO), |(n, r), (_, rev)| (n + 1, r + *rev));
        let (count, revenue) = match filters[i] {
            Some(_) => (Cell::Int(count), Cell::Money(revenue)),
            None => (Cell::Null, Cell::Null),
        };
        rows.rows.push(vec![
            Cell::Text(name.clone()),
            count,
            revenue,
            Cell::Text(segment.expression.clone()),
        ]);
    }
    if segments.is_empty() {
        stderr::note(&crate::msg!("segment.none"));
    }
    Printer::stdout(args.format)
        .rows(&rows)
        .map_err(Error::Output)?;
    combined(broken).map_or(Ok(()), Err)
}

/// The broken segments' errors: all but the last are printed here, the
/// last is returned, so each is shown with its rapport.toml line and the
/// command exits 1.
fn combined(mut errors: Vec<Error>) -> Option<Error> {
    let last = errors.pop()?;
    for error in errors {
        stderr::error(&error.to_string(), error.hint());
    }
    Some(last)
}

/// Returns what the segments read, and the figures.
fn figures_and<'a>(filters: impl Iterator<Item = &'a Filter>) -> Parts {
    filters.fold(Parts::FIGURES, |parts, f| parts | f.parts())
}

/// `segment --by FIELD`: per value of the field, the number of customers
/// and their revenue. A list field (tags) counts a customer once under each
/// of its values; customers without a value are counted under an empty
/// key. Sorted by the number of customers, most first, unless `--sort`.
fn group_by(
    ctx: &Context,
    book: &crate::book::Book,
    filter: &Filter,
    by: &str,
    args: &SegmentArgs,
) -> Result<()> {
    if args.listing.columns.is_some() {
        return Err(Error::usage(crate::msg!("segment.by-columns")));
    }
    let field = Field::parse(by, &book.settings.schema).map_err(|e| {
        let err = Error::usage(format!("--by: {}", e.message));
        match e.hint {
            Some(h) => err.with_hint(h),
            None => err,
        }
    })?;
    let keyed = select(
        ctx,
        book,
        filter,
        field.parts() | Parts::FIGURES,
        field.needs(),
        |s| {
            let value = field.get(s);
            let cells: Vec<Cell> = match value.elements() {
                Some(items) if !items.is_empty() => items.iter().map(FieldValue::to_cell).collect(),
                Some(_) => vec![Cell::Null],
                None => vec![value.to_cell()],
            };
            (cells, s.figures().revenue)
        },
    )?;
    // Group on the text of the value (and whether it is missing).
    let mut groups: Vec<(Cell, i64, Money)> = Vec::new();
    let mut index: HashMap<(bool, String), usize> = HashMap::new();
    for (cells, revenue) in keyed {
        for cell in cells {
            let key = (cell == Cell::Null, cell.to_string());
            let at = *index.entry(key).or_insert_with(|| {
                groups.push((cell.clone(), 0, Money::ZERO));
                groups.len() - 1
            });
            groups[at].1 += 1;
            groups[at].2 += revenue;
        }
    }
    let column = field.path().into_owned();
    let mut rows = Rows::new([column.as_str(), "customers", "revenue"]);
    rows.rows = groups
        .into_iter()
        .map(|(key, n, revenue)| vec![key, Cell::Int(n), Cell::Money(revenue)])
        .collect();
    sort_rows(&mut rows, &format!("-customers,{column}"))?;
    if let Some(spec) = &args.listing.sort {
        sort_rows(&mut rows, spec)?;
    }
    if let Some(n) = args.listing.limit {
        rows.rows.truncate(n);
    }
    Printer::stdout(args.listing.format)
        .rows(&rows)
        .map_err(Error::Output)
}
