//! `rapport export`: customers, `--interactions` or `--deals` as CSV.

use crate::book::load;
use crate::cli::ExportArgs;
use crate::csv::export::{self, DEAL_COLUMNS, DERIVED, INTERACTION_COLUMNS};
use crate::error::{Error, Result};
use crate::output::{Format, Printer, stderr};

use super::Context;

pub fn run(ctx: &Context, args: ExportArgs) -> Result<()> {
    let book = ctx.book()?;
    let loaded = load::load_all(&book)?;
    for w in &loaded.warnings {
        stderr::skipped(w);
    }
    let customers = &loaded.customers;
    let mut rows = if args.interactions {
        let all = export::entry_columns(
            INTERACTION_COLUMNS,
            customers
                .iter()
                .flat_map(|c| c.interactions.iter().flat_map(|i| i.extra.keys())),
        );
        let columns = chosen(&args.columns, all)?;
        export::interaction_rows(customers, &columns)
    } else if args.deals {
        let all = export::entry_columns(
            DEAL_COLUMNS,
            customers
                .iter()
                .flat_map(|c| c.deals.iter().flat_map(|d| d.extra.keys())),
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
    let format = args.format.unwrap_or(Format::Csv);
    if matches!(format, Format::Csv | Format::Tsv) {
        export::for_spreadsheets(&mut rows);
    }
    if !loaded.warnings.is_empty() {
        stderr::warning(&format!(
            "{} customer file{} could not be read and {} not exported",
            loaded.warnings.len(),
            if loaded.warnings.len() == 1 { "" } else { "s" },
            if loaded.warnings.len() == 1 {
                "is"
            } else {
                "are"
            },
        ));
    }
    Printer::stdout(Some(format))
        .rows(&rows)
        .map_err(Error::Output)
}

/// Returns the `--columns` asked for, or every column.
fn chosen(asked: &[String], all: Vec<String>) -> Result<Vec<String>> {
    if asked.is_empty() {
        Ok(all)
    } else {
        export::choose_columns(asked, &all)
    }
}
