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
use crate::model::schema::STAGE_KIND;
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
        return Err(Error::usage(format!(
            "--date {date} is after today ({}): log what has been done",
            ctx.today
        )));
    }
    let next = match args.next.as_deref() {
        Some([day, action]) => {
            let day =
                parse_day(day, ctx.today).map_err(|e| Error::usage(format!("--next: {e}")))?;
            if day < ctx.today {
                return Err(Error::usage(format!(
                    "--next {day} is before today ({}): plan the next follow-up ahead",
                    ctx.today
                )));
            }
            if action.trim().is_empty() {
                return Err(Error::usage("--next DATE ACTION: the action is empty"));
            }
            Some((day, action.trim().to_string()))
        }
        Some(_) => return Err(Error::usage("--next takes a date and an action")),
        None => None,
    };

    let _lock = book.lock()?;
    let file = book.read_customer(&id)?;
    let Some(customer) = &file.parsed.customer else {
        return Err(Error::Diagnostics(file.parsed.diagnostics));
    };
    if customer.next.date.is_none() && customer.next.action.is_none() {
        return Err(
            Error::data(format!("nothing is planned for {id}: it has no [next]")).with_hint(
                format!(
                    "log what happened with `rapport log {id} KIND`, or plan a follow-up with `rapport set {id} next.date=DATE next.action=…`"
                ),
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
        Some((day, action)) => format!("next: {day} {action}"),
        None => "nothing planned next".to_string(),
    };
    stderr::note(&format!("{id}: logged {kind} “{summary}”; {planned}"));
    Ok(())
}

/// Returns the kind to log: `--kind`, checked against the book, or `note`.
fn kind(book: &Book, given: Option<&str>) -> Result<String> {
    let schema = &book.settings.schema;
    let kinds = &schema.interaction_kinds;
    let kind = given.unwrap_or(DEFAULT_KIND);
    if kind == STAGE_KIND {
        return Err(Error::usage(
            "stage changes are logged by `rapport set ID stage=…`",
        ));
    }
    if schema.has_interaction_kind(kind) {
        return Ok(kind.to_string());
    }
    let err = match given {
        Some(_) => Error::usage(format!("`{kind}` is not an interaction kind of this book")),
        None => Error::usage(format!(
            "this book has no interaction kind `{DEFAULT_KIND}`: say which kind to log with --kind"
        )),
    };
    let hint = match nearest(kind, kinds.iter().map(String::as_str)) {
        Some(near) if given.is_some() => {
            format!(
                "did you mean `{near}`? (interaction_kinds: {})",
                kinds.join(", ")
            )
        }
        _ => format!("interaction_kinds: {}", kinds.join(", ")),
    };
    Err(err.with_hint(hint))
}
