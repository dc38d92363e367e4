//! `rapport case open|resolve|list`: support cases from the command line.
//!
//! A case is a `support` interaction, addressed as `CUSTOMER/REF`; open
//! until `resolved` is set. Its deadline is its date plus the book's `sla`
//! for its priority.

use chrono::NaiveDate;
use toml_edit::Value as Toml;

use crate::book::Book;
use crate::book::change::parse_when_arg;
use crate::book::document::date_value;
use crate::cli::{CaseArgs, CaseCommand, CaseListArgs, CaseOpenArgs, CaseResolveArgs};
use crate::error::{Error, Result};
use crate::model::When;
use crate::model::address;
use crate::model::customer::{Customer, Interaction};
use crate::model::duration::{PRIORITIES, Sla};
use crate::model::fast::Parts;
use crate::model::schema::SUPPORT_KIND;
use crate::output::{Printer, stderr};
use crate::table::{Cell, Rows};

use super::Context;
use super::deal::{missed, open, save};

pub fn run(ctx: &Context, args: CaseArgs) -> Result<()> {
    match args.command {
        CaseCommand::Open(a) => open_case(ctx, a),
        CaseCommand::Resolve(a) => resolve(ctx, a),
        CaseCommand::List(a) => list(ctx, a),
    }
}

fn open_case(ctx: &Context, args: CaseOpenArgs) -> Result<()> {
    let book = ctx.book()?;
    let id = Book::parse_id(&args.customer)?;
    if !book.settings.schema.has_interaction_kind(SUPPORT_KIND) {
        return Err(Error::usage(crate::msg!("case.no-support")));
    }
    let summary = args.summary.trim();
    if summary.is_empty() {
        return Err(Error::usage(crate::msg!("case.empty-summary")));
    }
    if let Some(p) = &args.priority
        && !PRIORITIES.contains(&p.as_str())
    {
        return Err(
            Error::usage(crate::msg!("case.not-a-priority", priority = p.as_str())).with_hint(
                crate::msg!("case.priorities", priorities = PRIORITIES.join(", ")),
            ),
        );
    }
    let date = match &args.date {
        Some(d) => parse_when_arg("--date", d, ctx.today)?,
        None => now_on(ctx.today),
    };
    let reference = args
        .reference
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if reference.is_some_and(|r| r.contains('/')) {
        return Err(Error::usage(crate::msg!("case.ref-slash")));
    }
    let _lock = book.lock()?;
    let mut o = open(&book, &id)?;
    let reference = match reference {
        Some(r) => {
            if let Some(held) = o
                .customer
                .interactions
                .iter()
                .find(|i| i.reference.as_deref() == Some(r))
            {
                return Err(Error::data(crate::msg!(
                    "log.already-logged",
                    reference = r,
                    id = id.to_string(),
                    date = held.date.to_string(),
                    kind = held.kind.as_str()
                )));
            }
            r.to_string()
        }
        None => address::new_case_ref(&o.customer),
    };
    let mut i = Interaction::new(date, SUPPORT_KIND);
    i.summary = Some(summary.to_string());
    i.reference = Some(reference.clone());
    i.owner = args.owner.clone().filter(|o| !o.is_empty());
    i.priority = args.priority.clone();
    o.doc.append_interaction(&i);
    let sla = book.settings.sla.of(i.priority.as_deref());
    let address = format!("{id}/{reference}");
    let said = match sla.after_moment(date.moment()) {
        Some(d) => crate::msg!(
            "case.opened-due",
            address = address.as_str(),
            summary = summary,
            due = When::DateTime(d).to_string()
        ),
        None => crate::msg!("case.opened", address = address.as_str(), summary = summary),
    };
    save(&book, o, &format!("case open {id}/{reference}"), &said)?;
    println!("{id}/{reference}");
    Ok(())
}

/// Returns when a case opened or resolved "now" happened: the clock's time
/// (to the minute) when `day` is the clock's today, else the day itself
/// (`--today` fixed for a reproducible run).
fn now_on(day: NaiveDate) -> When {
    use chrono::Timelike;
    let now = chrono::Local::now().naive_local();
    if now.date() != day {
        return When::Date(day);
    }
    let minute = now
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(now);
    When::DateTime(minute)
}

fn resolve(ctx: &Context, args: CaseResolveArgs) -> Result<()> {
    let book = ctx.book()?;
    let (customer, reference) = address::split(&args.address);
    let id = Book::parse_id(customer)?;
    let when = match &args.date {
        Some(d) => parse_when_arg("--date", d, ctx.today)?,
        None => now_on(ctx.today),
    };
    let _lock = book.lock()?;
    let mut o = open(&book, &id)?;
    let index = address::find_case(&o.customer, reference)
        .map_err(|miss| missed(&id, reference, "case", miss))?;
    let case = o.customer.interactions[index].clone();
    let key = address::case_key(&case);
    if let Some(r) = case.resolved {
        return Err(Error::data(crate::msg!(
            "case.was-resolved",
            address = format!("{id}/{key}"),
            day = r.to_string()
        ))
        .with_hint(crate::msg!("case.was-resolved-hint", id = id.to_string())));
    }
    if when.moment() < case.date.moment() {
        return Err(Error::usage(crate::msg!(
            "case.date-before-opened",
            day = when.to_string(),
            opened = case.date.to_string()
        )));
    }
    o.doc
        .set_entry("interactions", index, "resolved", date_value(when));
    let mut changes = vec![format!("resolved {when}")];
    if let Some(s) = args
        .summary
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        o.doc
            .set_entry("interactions", index, "summary", Toml::from(s));
        changes.push(format!("summary “{s}”"));
    }
    let sla = book.settings.sla.of(case.priority.as_deref());
    if let Some(deadline) = sla.after_moment(case.date.moment()) {
        changes.push(if when.moment() <= deadline {
            crate::msg!("case.within-sla")
        } else {
            crate::msg!("case.past-sla", due = When::DateTime(deadline).to_string())
        });
    }
    let said = format!("{id}/{key}: {}", changes.join(", "));
    save(&book, o, &format!("case resolve {id}/{key}"), &said)
}

/// The columns of `case list`.
pub const LIST_COLUMNS: [&str; 12] = [
    "id", "case", "name", "summary", "priority", "owner", "opened", "resolved", "state",
    "age_days", "deadline", "past_sla",
];

fn list(ctx: &Context, args: CaseListArgs) -> Result<()> {
    let book = ctx.book()?;
    let filter = super::query::where_filter(ctx, &book, &args.filter)?;
    let today = ctx.today;
    let now = ctx.now();
    let sla = &book.settings.sla;
    let parts = Parts::NAME | Parts::OWNER | Parts::INTERACTION_DETAILS;
    let keep = |open: bool, past: bool| (!args.open || open) && (!args.past_sla || past);
    let found = super::query::select(ctx, &book, &filter, parts, Default::default(), |s| {
        case_rows(s.customer, today, now, sla, &keep)
    })?;
    let mut rows = Rows::new(LIST_COLUMNS);
    rows.rows = found.into_iter().flatten().collect();
    // Oldest deadline first: what is most late comes first.
    rows.sort_by_columns(&["deadline".to_string(), "id".to_string()])
        .map_err(Error::usage)?;
    if rows.rows.is_empty() && args.open {
        stderr::note(&crate::msg!("case.none-open"));
    }
    Printer::stdout(args.format)
        .rows(&rows)
        .map_err(Error::Output)
}

/// One row per support case of `c` opened by `today`: its address, age in
/// days (to its resolution, or to today), deadline and whether it is (or
/// was resolved) past it. An open case is past its SLA only once its
/// deadline is before `now` (the clock's time today), not hours before it.
/// `keep` is given whether each case is open and whether it is past its SLA.
pub fn case_rows(
    c: &Customer,
    today: NaiveDate,
    now: chrono::NaiveDateTime,
    sla: &Sla,
    keep: &dyn Fn(bool, bool) -> bool,
) -> Vec<Vec<Cell>> {
    let id = c.id.as_ref().map(ToString::to_string).unwrap_or_default();
    let end_of_today = (today + chrono::Days::new(1)).and_time(chrono::NaiveTime::MIN);
    let mut out = Vec::new();
    for i in c.interactions.iter().filter(|i| i.kind == SUPPORT_KIND) {
        let opened = i.date.moment();
        if opened >= end_of_today {
            continue;
        }
        let resolved = i.resolved.filter(|r| r.moment() < end_of_today);
        let deadline = sla.of(i.priority.as_deref()).after_moment(opened);
        let until = resolved.map_or(now, |r| r.moment());
        let past = deadline.is_some_and(|d| until > d);
        if !keep(resolved.is_none(), past) {
            continue;
        }
        let age = (resolved.map_or(today, |r| r.date()) - i.date.date()).num_days();
        out.push(vec![
            Cell::Text(id.clone()),
            Cell::Text(address::case_key(i)),
            Cell::Text(c.name.clone()),
            Cell::text(i.summary.as_deref()),
            Cell::Text(i.priority.clone().unwrap_or_else(|| "normal".into())),
            Cell::text(i.owner.as_deref().or(c.owner.as_deref())),
            Cell::Date(i.date),
            resolved.map_or(Cell::Null, Cell::Date),
            Cell::Text(
                if resolved.is_some() {
                    "resolved"
                } else {
                    "open"
                }
                .into(),
            ),
            Cell::Int(age),
            deadline.map_or(Cell::Null, |d| Cell::Date(When::DateTime(d))),
            Cell::Bool(past),
        ]);
    }
    out
}
