//! `rapport report pipeline`: open deals by stage, deals won and lost.

use crate::cli::PipelineArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::pipeline;

pub fn run(ctx: &Context, args: PipelineArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, pipeline::PARTS)?;
    let scope = prepared.scope(ctx);
    let figures = pipeline::pipeline(&prepared.customers, &scope);
    super::print(&pipeline::render(&figures, &scope), args.options.format)
}
