//! `rapport report journey`: the customer journey by lifecycle stage.

use crate::cli::JourneyArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::journey;

pub fn run(ctx: &Context, args: JourneyArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, journey::PARTS)?;
    let scope = prepared.scope();
    let figures = journey::journey(&prepared.customers, &scope);
    super::print(&journey::render(&figures, &scope), args.options.format)
}
