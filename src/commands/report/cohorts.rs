//! `rapport report cohorts`: retention cohorts.

use crate::cli::CohortsArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::cohorts;

pub fn run(ctx: &Context, args: CohortsArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, cohorts::PARTS)?;
    let scope = prepared.scope();
    let figures = cohorts::cohorts(&prepared.customers, &scope, args.period);
    super::print(
        &cohorts::render(&figures, &scope, args.period),
        args.options.format,
    )
}
