//! `rapport report pipeline`: open deals by stage (weighted), deals won and
//! lost, the forecast, days in stage, lost reasons and stale deals.

use crate::cli::PipelineArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::pipeline;

pub fn run(ctx: &Context, args: PipelineArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, pipeline::PARTS)?;
    let scope = prepared.scope();
    let pipeline = pipeline::pipeline(&prepared.customers, &scope);
    super::print(&pipeline::render(&pipeline, &scope), args.options.format)
}
