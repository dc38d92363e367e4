//! `rapport log ID KIND`: append an interaction to a customer's history.

use crate::book::Book;
use crate::book::change::parse_when_arg;
use crate::book::document::CustomerDoc;
use crate::cli::LogArgs;
use crate::error::{Error, Result};
use crate::model::customer::Interaction;
use crate::model::parse::nearest;
use crate::model::schema::{DEAL_KIND, STAGE_KIND};
use crate::model::{Id, Money, When};
use crate::output::stderr;

use super::Context;

pub fn run(ctx: &Context, args: LogArgs) -> Result<()> {
    let book = ctx.book()?;
    let id = Book::parse_id(&args.id)?;
    let interaction = interaction(ctx, &book, &args)?;

    let _lock = book.lock()?;
    let file = book.read_customer(&id)?;
    let Some(customer) = &file.parsed.customer else {
        return Err(Error::Diagnostics(file.parsed.diagnostics));
    };
    if let Some(reference) = &interaction.reference
        && let Some(logged) = customer
            .interactions
            .iter()
            .find(|i| i.reference.as_ref() == Some(reference))
    {
        return Err(Error::data(crate::msg!(
            "log.already-logged",
            reference = reference.as_str(),
            id = id.to_string(),
            date = logged.date.to_string(),
            kind = logged.kind.as_str()
        )));
    }
    let before_created = customer
        .created
        .filter(|created| interaction.date.date() < *created);
    let mut doc = CustomerDoc::parse(&file.text)
        .map_err(|e| Error::data(format!("{}: {e}", book.relative(&file.path).display())))?;
    doc.append_interaction(&interaction);
    book.write_customer(&file.path, &doc.render())?;
    super::autocommit(
        &book,
        &[file.path],
        &format!("log {} {id}", interaction.kind),
    );
    stderr::note(&confirmation(&id, &interaction, &book.settings.currency));
    if let Some(created) = before_created {
        stderr::warning(&crate::msg!(
            "log.before-created",
            id = id.to_string(),
            created = created.to_string(),
            kind = interaction.kind.as_str(),
            date = interaction.date.date().to_string()
        ));
        stderr::hint(&crate::msg!(
            "log.before-created-hint",
            id = id.to_string(),
            command = format!("rapport set {id} created={}", interaction.date.date())
        ));
    }
    Ok(())
}

/// The one line `log` says on stderr, so a user sees what was written
/// (`set` and `done` confirm too) while stdout stays empty for pipelines.
fn confirmation(id: &Id, i: &Interaction, currency: &str) -> String {
    let mut line = crate::msg!(
        "log.logged",
        id = id.to_string(),
        kind = i.kind.as_str(),
        date = i.date.to_string()
    );
    if let Some(amount) = &i.amount {
        line.push_str(&format!(", {amount} {currency}"));
    }
    if let Some(summary) = &i.summary {
        line.push_str(&format!(" “{summary}”"));
    }
    line
}

/// Builds the interaction from the options, refusing what the book does not
/// allow before the file is touched.
fn interaction(ctx: &Context, book: &Book, args: &LogArgs) -> Result<Interaction> {
    let schema = &book.settings.schema;
    if args.kind == STAGE_KIND {
        return Err(Error::usage(crate::msg!("log.stage-by-set")));
    }
    if args.kind == DEAL_KIND {
        return Err(Error::usage(crate::msg!("log.deal-by-deal")));
    }
    if !schema.has_interaction_kind(&args.kind) {
        let kinds = &schema.interaction_kinds;
        let hint = match nearest(&args.kind, kinds.iter().map(String::as_str)) {
            Some(near) => crate::msg!(
                "log.kind-did-you-mean",
                near = near,
                kinds = kinds.join(", ")
            ),
            None => crate::msg!(
                "log.kinds-add",
                kinds = kinds.join(", "),
                kind = args.kind.as_str()
            ),
        };
        return Err(
            Error::usage(crate::msg!("log.not-a-kind", kind = args.kind.as_str())).with_hint(hint),
        );
    }
    let date = match &args.date {
        Some(d) => parse_when_arg("--date", d, ctx.today)?,
        None => When::Date(ctx.today),
    };
    let mut i = Interaction::new(date, args.kind.clone());
    if let Some(a) = &args.amount {
        i.amount = Some(
            Money::parse_typed(a, &book.settings.currency)
                .map_err(|e| Error::usage(format!("--amount: {e}")))?,
        );
    }
    if date.date() > ctx.today {
        if i.is_purchase() && !args.future {
            return Err(Error::usage(crate::msg!(
                "log.purchase-in-future",
                date = date.to_string(),
                today = ctx.today.to_string()
            ))
            .with_hint(crate::msg!("log.purchase-in-future-hint")));
        }
        stderr::warning(&crate::msg!(
            "log.in-future",
            date = date.to_string(),
            today = ctx.today.to_string()
        ));
    }
    i.nps = score("--nps", args.nps, 0, 10)?;
    i.csat = score("--csat", args.csat, 1, 5)?;
    i.ces = score("--ces", args.ces, 1, 7)?;
    i.summary = args.summary.clone().filter(|s| !s.is_empty());
    i.reference = args.reference.clone().filter(|s| !s.is_empty());
    i.owner = args.owner.clone().filter(|s| !s.is_empty());
    if let Some(r) = &args.resolved {
        let resolved = parse_when_arg("--resolved", r, ctx.today)?;
        if resolved.moment() < date.moment() {
            return Err(Error::usage(crate::msg!("log.resolved-before-date")));
        }
        i.resolved = Some(resolved);
    }
    Ok(i)
}

/// Returns a survey score given with `flag`, refused outside `low..=high`.
fn score(flag: &str, given: Option<u8>, low: u8, high: u8) -> Result<Option<u8>> {
    match given {
        Some(n) if !(low..=high).contains(&n) => Err(Error::usage(crate::msg!(
            "log.not-a-score",
            flag = flag,
            score = n.to_string(),
            low = low.to_string(),
            high = high.to_string()
        ))),
        other => Ok(other),
    }
}
