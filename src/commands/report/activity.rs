//! `rapport report activity`: interactions by owner and kind.

use crate::cli::ActivityArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::activity;

pub fn run(ctx: &Context, args: ActivityArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, activity::PARTS)?;
    let scope = prepared.scope();
    let figures = activity::activity(&prepared.customers, &scope);
    super::print(&activity::render(&figures, &scope), args.options.format)
}
