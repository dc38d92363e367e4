//! `rapport report funnel`: the lifecycle funnel.

use crate::cli::FunnelArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::funnel;

pub fn run(ctx: &Context, args: FunnelArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, funnel::PARTS)?;
    let scope = prepared.scope();
    let figures = funnel::funnel(&prepared.customers, &scope);
    super::print(&funnel::render(&figures, &scope), args.options.format)
}
