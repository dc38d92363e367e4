//! `rapport report service`: support cases and the SLA.

use crate::cli::ServiceArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::service;

pub fn run(ctx: &Context, args: ServiceArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, service::PARTS)?;
    let scope = prepared.scope();
    let figures = service::service(&prepared.customers, &scope, args.period);
    super::print(
        &service::render(&figures, &scope, args.period),
        args.options.format,
    )
}
