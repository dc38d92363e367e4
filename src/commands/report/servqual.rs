//! `rapport report servqual [SURVEY]`: a SERVQUAL survey per dimension
//! (`--items`: per item).

use crate::cli::ServqualArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::servqual;
use crate::survey::{Method, choose};

pub fn run(ctx: &Context, args: ServqualArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, servqual::PARTS)?;
    let (name, def) = choose(
        &prepared.book.settings.surveys,
        args.survey.as_deref(),
        Some(Method::Servqual),
    )?;
    let dimensions = def
        .dimensions
        .clone()
        .unwrap_or_else(crate::survey::servqual::default_dimensions);
    let anonymous = super::anonymous(&prepared.book, name, &args.options)?;
    let scope = prepared.scope();
    let figures = servqual::servqual(name, &dimensions, &prepared.customers, &anonymous, &scope);
    let report = if args.items {
        servqual::render_items(name, &figures, &scope)
    } else {
        servqual::render(name, &figures, &scope)
    };
    super::print(&report, args.options.format)
}
