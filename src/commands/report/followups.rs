//! `rapport report followups`: follow-ups by owner.

use crate::cli::FollowupsArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::followups;

pub fn run(ctx: &Context, args: FollowupsArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, followups::PARTS)?;
    let scope = prepared.scope();
    let figures = followups::followups(&prepared.customers, &scope);
    super::print(&followups::render(&figures, &scope), args.options.format)
}
