//! `rapport report nps`: the net promoter score over time.

use crate::cli::NpsArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::nps;

pub fn run(ctx: &Context, args: NpsArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, nps::PARTS)?;
    let scope = prepared.scope();
    let figures = nps::nps(&prepared.customers, &scope, args.period);
    super::print(
        &nps::render(&figures, &scope, args.period),
        args.options.format,
    )
}
