//! `rapport report kano [SURVEY]`: a KANO survey per feature.

use crate::cli::KanoArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::report::kano;
use crate::survey::{Method, choose};

pub fn run(ctx: &Context, args: KanoArgs) -> Result<()> {
    let prepared = super::prepare(ctx, &args.options, kano::PARTS)?;
    let (name, _) = choose(
        &prepared.book.settings.surveys,
        args.survey.as_deref(),
        Some(Method::Kano),
    )?;
    let anonymous = super::anonymous(&prepared.book, name, &args.options)?;
    let scope = prepared.scope();
    let figures = kano::kano(name, &prepared.customers, &anonymous, &scope);
    super::print(&kano::render(name, &figures, &scope), args.options.format)
}
