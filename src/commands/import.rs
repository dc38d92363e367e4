//! `rapport import FILE`: customers, `--interactions` or `--deals` from a
//! CSV file, all or nothing. The import itself is [`crate::csv::import`];
//! this prints what it tells and the `--dry-run` listing.

use crate::cli::ImportArgs;
use crate::csv::customers::{MatchBy, OnMatch};
use crate::csv::import::{self, Input, Listing, Options};
use crate::csv::mapping::Kind;
use crate::error::{Error, Result};
use crate::output::{Cell, Printer, Rows, stderr};

use super::Context;
use super::tell::{Bars, Stderr};

pub fn run(ctx: &Context, args: ImportArgs) -> Result<()> {
    let book = ctx.book()?;
    let kind = if args.interactions {
        Kind::Interactions
    } else if args.deals {
        Kind::Deals
    } else {
        Kind::Customers
    };
    if kind != Kind::Customers && (args.match_by.is_some() || args.on_match.is_some()) {
        return Err(Error::usage(crate::msg!("import.match-for-customers")));
    }
    let input = Input::read(&args.file)?;
    let options = Options {
        kind,
        match_by: args.match_by.unwrap_or(MatchBy::Id),
        on_match: args.on_match.unwrap_or(OnMatch::Error),
        maps: args.maps,
        map_values: args.map_values,
        keep_unmapped: args.keep_unmapped,
        encoding: args.encoding,
        delimiter: args.delimiter,
        date_format: args.date_format,
        decimal_comma: args.decimal_comma,
        dry_run: args.dry_run,
        confirm: (!args.yes).then_some(ask as fn(usize) -> bool),
    };
    let outcome = import::run(&book, input, &options, ctx.today, &Bars::default(), &Stderr)?;
    if let Some(listing) = &outcome.listing {
        Printer::stdout(args.format)
            .rows(&listing_rows(listing, kind))
            .map_err(Error::Output)?;
    }
    stderr::note(&outcome.summary());
    Ok(())
}

/// Asks on a terminal before writing `count` customer files (a pipe goes
/// ahead).
fn ask(count: usize) -> bool {
    super::confirm_many(count, "import", false).is_ok()
}

/// Returns the `--dry-run` listing as rows: for customers line, action, id,
/// name and detail; for interactions and deals line, action, customer and
/// the entry.
fn listing_rows(listing: &Listing, kind: Kind) -> Rows {
    match listing {
        Listing::Customers(lines) => {
            let mut rows = Rows::new(["line", "action", "id", "name", "detail"]);
            for l in lines {
                rows.rows.push(vec![
                    l.line.map_or(Cell::Null, |l| Cell::Int(l as i64)),
                    Cell::Text(l.action.into()),
                    Cell::Text(l.id.to_string()),
                    Cell::Text(l.name.clone()),
                    if l.detail.is_empty() {
                        Cell::Null
                    } else {
                        Cell::Text(l.detail.clone())
                    },
                ]);
            }
            rows
        }
        Listing::Entries(outcomes) => {
            let mut rows = Rows::new(["line", "action", "customer", import::noun(kind)]);
            for o in outcomes {
                rows.rows.push(vec![
                    Cell::Int(o.line as i64),
                    Cell::Text(if o.appended { "append" } else { "skip" }.into()),
                    Cell::Text(o.id.to_string()),
                    Cell::Text(o.what.clone()),
                ]);
            }
            rows
        }
    }
}
