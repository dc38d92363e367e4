//! `rapport report summary`: the key figures on one screen.

use crate::cli::SummaryArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::summary;

pub fn run(ctx: &Context, args: SummaryArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options)?;
    let scope = prepared.scope(ctx);
    let figures = summary::summary(&prepared.customers, &scope);
    super::print(&summary::render(&figures, &scope), args.options.format)
}
