//! `rapport dupes`: likely duplicate customers, with the reason.

use crate::book::load::load_all;
use crate::cli::DupesArgs;
use crate::error::{Error, Result};
use crate::model::dupes;
use crate::output::{Cell, Printer, Rows, stderr};

use super::Context;

pub fn run(ctx: &Context, args: DupesArgs) -> Result<()> {
    let book = ctx.book()?;
    let loaded = load_all(&book)?;
    for w in &loaded.warnings {
        stderr::skipped(w);
    }
    let customers = &loaded.customers;
    let (pairs, crowds) = dupes::find(customers);
    for c in &crowds {
        stderr::warning(&crate::msg!(
            "dupes.placeholder",
            count = c.count,
            reason = c.reason.as_str(),
            value = c.value.as_str()
        ));
    }
    let id = |i: usize| {
        customers[i]
            .id
            .as_ref()
            .map_or_else(String::new, ToString::to_string)
    };
    let mut rows = Rows::new(["id", "other", "reason", "name", "other_name"]);
    for p in &pairs {
        rows.rows.push(vec![
            Cell::Text(id(p.first)),
            Cell::Text(id(p.second)),
            Cell::List(p.reasons.iter().map(|r| r.as_str().to_string()).collect()),
            Cell::Text(customers[p.first].name.clone()),
            Cell::Text(customers[p.second].name.clone()),
        ]);
    }
    Printer::stdout(args.format)
        .rows(&rows)
        .map_err(Error::Output)
}
