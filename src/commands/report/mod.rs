//! `rapport report …`: one module per report.

mod clv;

use crate::cli::{ReportArgs, ReportCommand};
use crate::error::Result;

use super::Context;

pub fn run(ctx: &Context, args: ReportArgs) -> Result<()> {
    match args.report {
        ReportCommand::Clv(args) => clv::run(ctx, args),
    }
}
