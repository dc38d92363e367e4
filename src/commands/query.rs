//! `rapport query [EXPR]`: list the customers an expression selects.
//!
//! Also the shared plumbing of every command that works on many customers:
//! [`where_filter`] compiles `--where`, [`select`] reads the book in
//! parallel and keeps what the filter selects, [`list`] prints a listing.

use crate::book::Book;
use crate::book::load;
use crate::cli::{ListingArgs, QueryArgs, WhereArgs};
use crate::error::{Error, Result};
use crate::model::fast::Parts;
use crate::output::{Format, Printer, stderr};
use crate::query::population::Inputs;
use crate::query::{Filter, Listing, Needs, Population, Subject};

use super::Context;

pub fn run(ctx: &Context, args: QueryArgs) -> Result<()> {
    let book = ctx.book()?;
    let text = args.expr.join(" ");
    let expression = crate::query::quick::expression(&text).unwrap_or(text);
    let filter = Filter::compile(&expression, &book.settings, ctx.today)?.and(where_filter(
        ctx,
        &book,
        &args.filter,
    )?);
    list(ctx, &book, &filter, &args.listing)
}

/// Compiles `--where` (every customer without it).
pub fn where_filter(ctx: &Context, book: &Book, args: &WhereArgs) -> Result<Filter> {
    match &args.expr {
        None => Ok(Filter::all()),
        Some(expr) => Ok(Filter::compile(expr, &book.settings, ctx.today)?),
    }
}

/// Reads every customer in parallel and returns `keep` of each one the
/// filter selects, in id order. `needs` names the parts of a customer
/// `keep` reads (with what the filter reads, the only parts built; see
/// [`Field::parts`](crate::query::Field::parts)), and `population` the
/// whole-book fields it reads (`rfm`, `clv`), computed first when it or
/// the filter names them. Files that cannot be read are skipped with one
/// warning each; an unknown key no customer has is warned about.
pub fn select<T, F>(
    ctx: &Context,
    book: &Book,
    filter: &Filter,
    needs: Parts,
    population: Needs,
    keep: F,
) -> Result<Vec<T>>
where
    T: Send,
    F: Fn(&Subject<'_>) -> T + Sync,
{
    let today = ctx.today;
    let population = population_of(ctx, book, population | filter.needs())?;
    let scanned = load::scan_parts(book, needs | filter.parts(), |customer| {
        let subject = Subject::new(customer, today).with_population(population.as_ref());
        filter.matches(&subject).then(|| keep(&subject))
    })?;
    for w in &scanned.warnings {
        stderr::skipped(w);
    }
    if scanned.files > 0 {
        let mut unseen = filter.unseen_keys();
        unseen.dedup();
        for key in unseen {
            stderr::warning(&crate::msg!("query.no-field", key = key));
            if let Some(path) = nested_path(key) {
                stderr::hint(&crate::msg!("cmd.did-you-mean", name = path));
            }
        }
    }
    Ok(scanned.items)
}

/// Returns the stored field under a table that `key` names the last part
/// of (`city` → `address.city`), for a user who wrote the short name.
fn nested_path(key: &str) -> Option<&'static str> {
    crate::model::fields::paths()
        .find(|path| path.rsplit_once('.').is_some_and(|(_, last)| last == key))
}

/// Computes the whole-book fields `needs` asks for (None when none): one
/// more read of every customer, keeping a few figures of each.
pub fn population_of(ctx: &Context, book: &Book, needs: Needs) -> Result<Option<Population>> {
    if !needs.any() {
        return Ok(None);
    }
    let today = ctx.today;
    let inputs = load::fold_parts(
        book,
        Parts::FIGURES,
        || Inputs::scored_by(book.settings.rfm),
        |inputs, c| inputs.add(c, today, needs),
        Inputs::merge,
    )?;
    Population::from_inputs(inputs.value, needs)
        .map(Some)
        .map_err(|e| Error::data(e.to_string()))
}

/// Prints the customers `filter` selects as `args` says.
pub fn list(ctx: &Context, book: &Book, filter: &Filter, args: &ListingArgs) -> Result<()> {
    let mut listing = Listing::new(
        args.columns.as_deref(),
        args.sort.as_deref(),
        args.limit,
        &book.settings.schema,
    )?;
    let mut printer = Printer::stdout(args.format);
    if printer.format() == Format::Ids {
        listing = listing.only_ids();
    }
    let rows = select(ctx, book, filter, listing.parts(), listing.needs(), |s| {
        listing.row(s)
    })?;
    let rows = listing.finish(rows);
    // On a terminal an empty table would look like a hang or a bug: say
    // so, on stderr; a pipe gets the empty listing as before.
    if rows.rows.is_empty() && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        stderr::note(&crate::msg!("query.none"));
    }
    printer.rows(&rows).map_err(Error::Output)
}
