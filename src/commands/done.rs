//! `rapport done ID`: log the planned follow-up as done and plan the next.
//!
//! The follow-up is logged as an interaction of kind `note` (or `--kind`):
//! the planned action is free text ("Call about the renewal"), so rapport
//! does not guess a kind from it. Its summary is `--summary`, else the
//! planned action. `[next]` is then removed, or replaced by `--next DATE
//! ACTION`. All of it is one format-preserving edit under the book's lock.

use toml_edit::Value;

use crate::book::Book;
use crate::book::change::parse_when_arg;
use crate::book::document::{CustomerDoc, date_value};
use crate::cli::DoneArgs;
use crate::error::{Error, Result};
use crate::model::When;
use crate::model::customer::Interaction;
use crate::model::date::parse_day;
use crate::model::fields::{NEXT_ACTION, NEXT_DATE};
use crate::model::parse::nearest;
use crate::model::schema::{DEAL_KIND, STAGE_KIND};
use crate::output::stderr;

use super::Context;

/// The kind a done follow-up is logged as without `--kind`.
pub const DEFAULT_KIND: &str = "note";

pub fn run(ctx: &Context, args: DoneArgs) -> Result<()> {
    let book = ctx.book()?;
    let id = Book::parse_id(&args.id)?;
    let kind = kind(&book, args.kind.as_deref())?;
    let date = match &args.date {
        Some(d) => parse_when_arg("--date", d, ctx.today)?,
        None => When::Date(ctx.today),
    };
    if date.date() > ctx.today {
        return Err(Error::usage(crate::msg!(
            "done.date-in-future",
            date = date.to_string(),
            today = ctx.today.to_string()
        )));
    }
    let next = match args.next.as_deref() {
        Some([day, action]) => {
            let day =
                parse_day(day, ctx.today).map_err(|e| Error::usage(format!("--next: {e}")))?;
            if day < ctx.today {
                return Err(Error::usage(crate::msg!(
                    "done.next-in-past",
                    day = day.to_string(),
                    today = ctx.today.to_string()
                )));
            }
            if action.trim().is_empty() {
                return Err(Error::usage(crate::msg!("done.next-no-action")));
            }
            Some((day, action.trim().to_string()))
        }
        Some(_) => return Err(Error::usage(crate::msg!("done.next-two"))),
        None => None,
    };

    let _lock = book.lock()?;
    let file = book.read_customer(&id)?;
    let Some(customer) = &file.parsed.customer else {
        return Err(Error::Diagnostics(file.parsed.diagnostics));
    };
    if customer.next.date.is_none() && customer.next.action.is_none() {
        return Err(
            Error::data(crate::msg!("done.nothing-planned", id = id.to_string())).with_hint(
                crate::msg!("done.nothing-planned-hint", id = id.to_string()),
            ),
        );
    }
    let summary = args
        .summary
        .clone()
        .filter(|s| !s.trim().is_empty())
        .or_else(|| customer.next.action.clone())
        .unwrap_or_else(|| "Follow-up done".to_string());
    let mut interaction = Interaction::new(date, kind.clone());
    interaction.summary = Some(summary.clone());

    let mut doc = CustomerDoc::parse(&file.text)
        .map_err(|e| Error::data(format!("{}: {e}", book.relative(&file.path).display())))?;
    doc.append_interaction(&interaction);
    match &next {
        Some((day, action)) => {
            doc.set(&NEXT_DATE.keys(), date_value(When::Date(*day)));
            doc.set(&NEXT_ACTION.keys(), Value::from(action.as_str()));
        }
        None => {
            doc.remove(&NEXT_DATE.keys());
            doc.remove(&NEXT_ACTION.keys());
        }
    }
    book.write_customer(&file.path, &doc.render())?;
    super::autocommit(
        &book,
        std::slice::from_ref(&file.path),
        &format!("done {id}"),
    );
    let planned = match &next {
        Some((day, action)) => {
            crate::msg!("done.next", day = day.to_string(), action = action.as_str())
        }
        None => crate::msg!("done.nothing-next"),
    };
    stderr::note(&crate::msg!(
        "done.logged",
        id = id.to_string(),
        kind = kind.as_str(),
        summary = summary.as_str(),
        planned = planned
    ));
    Ok(())
}

/// Returns the kind to log: `--kind`, checked against the book, or `note`.
fn kind(book: &Book, given: Option<&str>) -> Result<String> {
    let schema = &book.settings.schema;
    let kinds = &schema.interaction_kinds;
    let kind = given.unwrap_or(DEFAULT_KIND);
    if kind == STAGE_KIND {
        return Err(Error::usage(crate::msg!("log.stage-by-set")));
    }
    if kind == DEAL_KIND {
        return Err(Error::usage(crate::msg!("log.deal-by-deal")));
    }
    if schema.has_interaction_kind(kind) {
        return Ok(kind.to_string());
    }
    let err = match given {
        Some(_) => Error::usage(crate::msg!("log.not-a-kind", kind = kind)),
        None => Error::usage(crate::msg!("done.no-default-kind", kind = DEFAULT_KIND)),
    };
    let hint = match nearest(kind, kinds.iter().map(String::as_str)) {
        Some(near) if given.is_some() => {
            crate::msg!(
                "log.kind-did-you-mean",
                near = near,
                kinds = kinds.join(", ")
            )
        }
        _ => crate::msg!("done.kinds", kinds = kinds.join(", ")),
    };
    Err(err.with_hint(hint))
}
