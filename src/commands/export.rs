//! `rapport export`: customers, `--interactions` or `--deals` as CSV (or
//! another format of rows), or customers as vCards.

use crate::book::{Book, load};
use crate::cli::{ExportArgs, ExportFormat};
use crate::csv::export::{self, DEAL_COLUMNS, DERIVED, INTERACTION_COLUMNS};
use crate::error::{Error, Result};
use crate::model::Customer;
use crate::output::{Format, Printer, stderr};
use crate::query::{Filter, Subject};

use super::Context;
use super::query::{population_of, where_filter};

pub fn run(ctx: &Context, args: ExportArgs) -> Result<()> {
    let book = ctx.book()?;
    let filter = where_filter(ctx, &book, &args.filter)?;
    // The full reader: an export carries every stored key exactly.
    let loaded = load::load_all(&book)?;
    for w in &loaded.warnings {
        stderr::skipped(w);
    }
    let customers = &selected(ctx, &book, &filter, loaded.customers)?;
    let format = match args.format {
        Some(ExportFormat::Vcard) => {
            if args.interactions || args.deals || !args.columns.is_empty() {
                return Err(Error::usage(
                    "--format vcard writes customers, one card each: it takes no --interactions, --deals or --columns",
                ));
            }
            unread_warning(loaded.warnings.len());
            return Printer::stdout(None::<Format>)
                .cards(&crate::vcard::build::cards(customers))
                .map_err(Error::Output);
        }
        Some(ExportFormat::Rows(f)) => f,
        None => Format::Csv,
    };
    let some = |has: &dyn Fn(&crate::model::Customer) -> bool, name: &str| {
        customers.iter().any(has).then(|| name.to_string())
    };
    let i_optional: Vec<String> = [
        some(
            &|c| c.interactions.iter().any(|i| i.priority.is_some()),
            "priority",
        ),
        some(&|c| c.interactions.iter().any(|i| i.ces.is_some()), "ces"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let d_optional: Vec<String> = [
        some(&|c| c.deals.iter().any(|d| d.key.is_some()), "key"),
        some(
            &|c| c.deals.iter().any(|d| d.lost_reason.is_some()),
            "lost_reason",
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut rows = if args.interactions {
        let all = export::entry_columns(
            INTERACTION_COLUMNS,
            customers
                .iter()
                .flat_map(|c| c.interactions.iter().flat_map(|i| i.extra.keys()))
                .chain(i_optional.iter()),
        );
        let columns = chosen(&args.columns, all)?;
        export::interaction_rows(customers, &columns)
    } else if args.deals {
        let all = export::entry_columns(
            DEAL_COLUMNS,
            customers
                .iter()
                .flat_map(|c| c.deals.iter().flat_map(|d| d.extra.keys()))
                .chain(d_optional.iter()),
        );
        let columns = chosen(&args.columns, all)?;
        export::deal_rows(customers, &columns)
    } else {
        let stored = export::customer_columns(&book.settings.schema, customers);
        let columns = if args.columns.is_empty() {
            stored
        } else {
            let mut available = stored;
            available.extend(DERIVED.iter().map(|s| s.to_string()));
            export::choose_columns(&args.columns, &available)?
        };
        export::customer_rows(customers, &columns, ctx.today)
    };
    if matches!(format, Format::Csv | Format::Tsv) {
        export::for_spreadsheets(&mut rows);
    }
    unread_warning(loaded.warnings.len());
    Printer::stdout(Some(format))
        .rows(&rows)
        .map_err(Error::Output)
}

/// Returns the customers `--where` selects (all without it).
fn selected(
    ctx: &Context,
    book: &Book,
    filter: &Filter,
    customers: Vec<Customer>,
) -> Result<Vec<Customer>> {
    if filter.is_all() {
        return Ok(customers);
    }
    let population = population_of(ctx, book, filter.needs())?;
    let kept: Vec<Customer> = customers
        .into_iter()
        .filter(|c| {
            filter.matches(&Subject::new(c, ctx.today).with_population(population.as_ref()))
        })
        .collect();
    let mut unseen = filter.unseen_keys();
    unseen.dedup();
    for key in unseen {
        stderr::warning(&crate::msg!("query.no-field", key = key));
    }
    Ok(kept)
}

/// Returns the `--columns` asked for, or every column.
fn chosen(asked: &[String], all: Vec<String>) -> Result<Vec<String>> {
    if asked.is_empty() {
        Ok(all)
    } else {
        export::choose_columns(asked, &all)
    }
}

/// Warns that `unread` customer files could not be read, and so are not
/// exported.
fn unread_warning(unread: usize) {
    if unread > 0 {
        stderr::warning(&crate::msg!("export.unreadable", count = unread));
    }
}
