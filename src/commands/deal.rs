//! `rapport deal add|move|won|lost|list`: deals from the command line.
//!
//! Every write edits the customer's file in place (comments kept), under
//! the book's lock, and says what changed in one line on stderr.

use chrono::NaiveDate;
use toml_edit::Value as Toml;

use crate::book::Book;
use crate::book::change::parse_when_arg;
use crate::book::document::{CustomerDoc, date_value, money_value};
use crate::cli::{DealAddArgs, DealArgs, DealCommand, DealListArgs};
use crate::error::{Error, Result};
use crate::model::address::{self, Miss};
use crate::model::customer::{Customer, Deal, Interaction};
use crate::model::date::parse_day;
use crate::model::fast::Parts;
use crate::model::parse::nearest;
use crate::model::schema::DEAL_KIND;
use crate::model::{Id, Money, Value, When};
use crate::output::{Printer, stderr};
use crate::report::deals;
use crate::table::{Cell, Rows};

use super::Context;

pub fn run(ctx: &Context, args: DealArgs) -> Result<()> {
    match args.command {
        DealCommand::Add(a) => add(ctx, a),
        DealCommand::Move(a) => {
            let m = Move {
                address: a.address,
                to: a.stage,
                date: a.date,
                reopen: a.reopen,
                value: None,
                reason: None,
            };
            move_deal(ctx, m)
        }
        DealCommand::Won(a) => move_deal(
            ctx,
            Move {
                address: a.address,
                to: "won".into(),
                date: a.date,
                reopen: a.reopen,
                value: a.value,
                reason: None,
            },
        ),
        DealCommand::Lost(a) => move_deal(
            ctx,
            Move {
                address: a.address,
                to: "lost".into(),
                date: a.date,
                reopen: a.reopen,
                value: None,
                reason: a.reason,
            },
        ),
        DealCommand::List(a) => list(ctx, a),
    }
}

/// A customer's file read under the lock, for one edit.
pub(super) struct Opened {
    pub path: std::path::PathBuf,
    pub customer: Customer,
    pub doc: CustomerDoc,
}

/// Reads the customer `id` for an edit (the caller holds the lock).
pub(super) fn open(book: &Book, id: &Id) -> Result<Opened> {
    let file = book.read_customer(id)?;
    let Some(customer) = file.parsed.customer else {
        return Err(Error::Diagnostics(file.parsed.diagnostics));
    };
    let doc = CustomerDoc::parse(&file.text)
        .map_err(|e| Error::data(format!("{}: {e}", book.relative(&file.path).display())))?;
    Ok(Opened {
        path: file.path,
        customer,
        doc,
    })
}

/// Writes an edited file, commits it when the book says so, and prints the
/// line saying what changed.
pub(super) fn save(book: &Book, opened: Opened, commit: &str, said: &str) -> Result<()> {
    book.write_customer(&opened.path, &opened.doc.render())?;
    super::autocommit(book, &[opened.path], commit);
    stderr::note(said);
    Ok(())
}

/// The error for an address that names no single entry (`what`: `deal`,
/// `case` for a support case; the messages select their words by it).
pub(super) fn missed(id: &Id, wanted: Option<&str>, what: &str, miss: Miss) -> Error {
    let listed = |c: &[String]| {
        c.iter()
            .map(|c| format!("{id}/{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (miss, wanted) {
        (Miss::Ambiguous(c), Some(w)) => Error::data(crate::msg!(
            "entry.ambiguous",
            address = format!("{id}/{w}"),
            count = c.len(),
            what = what
        ))
        .with_hint(crate::msg!(
            "entry.ambiguous-hint",
            entries = listed(&c),
            id = id.to_string()
        )),
        (Miss::Ambiguous(c), None) => Error::usage(crate::msg!(
            "entry.several-open",
            id = id.to_string(),
            count = c.len(),
            what = what
        ))
        .with_hint(crate::msg!("entry.one-of", entries = listed(&c))),
        (Miss::Unknown(c), w) => {
            let message = match w {
                Some(w) => crate::msg!(
                    "entry.no-such",
                    id = id.to_string(),
                    what = what,
                    wanted = w
                ),
                None => crate::msg!("entry.none-open", id = id.to_string(), what = what),
            };
            let hint = if c.is_empty() {
                crate::msg!("entry.none-at-all", id = id.to_string(), what = what)
            } else {
                let near = w.and_then(|w| {
                    let keys: Vec<&str> = c.iter().filter_map(|c| c.split(' ').next()).collect();
                    nearest(w, keys)
                });
                match near {
                    Some(k) => crate::msg!(
                        "entry.did-you-mean-its",
                        address = format!("{id}/{k}"),
                        what = what,
                        entries = listed(&c)
                    ),
                    None => crate::msg!("entry.its", what = what, entries = listed(&c)),
                }
            };
            Error::data(message).with_hint(hint)
        }
    }
}

/// Refuses a stage the book does not have, with the nearest one.
fn check_stage(book: &Book, stage: &str) -> Result<()> {
    let schema = &book.settings.schema;
    if schema.has_deal_stage(stage) {
        return Ok(());
    }
    let mut all = schema.deal_stages.clone();
    all.extend(["won".to_string(), "lost".to_string()]);
    let hint = match nearest(stage, all.iter().map(String::as_str)) {
        Some(near) => crate::msg!(
            "deal.stage-did-you-mean",
            near = near,
            stages = all.join(", ")
        ),
        None => crate::msg!("deal.stages-add", stages = all.join(", ")),
    };
    Err(Error::usage(crate::msg!("deal.not-a-stage", stage = stage)).with_hint(hint))
}

fn parse_money(flag: &str, text: &str, currency: &str) -> Result<Money> {
    Money::parse_typed(text, currency).map_err(|e| Error::usage(format!("{flag}: {e}")))
}

fn add(ctx: &Context, args: DealAddArgs) -> Result<()> {
    let book = ctx.book()?;
    let id = Book::parse_id(&args.customer)?;
    let title = args.title.trim();
    if title.is_empty() {
        return Err(Error::usage(crate::msg!("deal.empty-title")));
    }
    let schema = &book.settings.schema;
    let stage = match &args.stage {
        Some(s) => {
            check_stage(&book, s)?;
            s.clone()
        }
        None => match schema.deal_stages.first() {
            Some(s) => s.clone(),
            None => {
                return Err(Error::usage(crate::msg!("deal.no-stages")));
            }
        },
    };
    let value = args
        .value
        .as_deref()
        .map(|v| parse_money("--value", v, &book.settings.currency))
        .transpose()?;
    let opened = match &args.date {
        Some(d) => parse_when_arg("--date", d, ctx.today)?.date(),
        None => ctx.today,
    };
    let expected = args
        .expected
        .as_deref()
        .map(|d| parse_day(d, ctx.today).map_err(|e| Error::usage(format!("--expected: {e}"))))
        .transpose()?;
    if expected.is_some_and(|e| e < opened) {
        return Err(Error::usage(crate::msg!(
            "deal.expected-before-opened",
            opened = opened.to_string()
        )));
    }
    let _lock = book.lock()?;
    let mut opened_file = open(&book, &id)?;
    let Some(key) = address::new_deal_key(&opened_file.customer, title) else {
        return Err(
            Error::usage(crate::msg!("deal.title-no-key", title = title))
                .with_hint(crate::msg!("deal.title-no-key-hint")),
        );
    };
    let closed = (!is_open_stage(&stage)).then_some(opened);
    let mut deal = Deal {
        title: title.to_string(),
        key: Some(key.clone()),
        value,
        stage: stage.clone(),
        opened: Some(opened),
        closed,
        ..Deal::default()
    };
    if let Some(e) = expected {
        deal.extra
            .insert("expected".into(), Value::Date(When::Date(e)));
    }
    if let Some(o) = args.owner.as_deref().filter(|o| !o.is_empty()) {
        deal.extra
            .insert("owner".into(), Value::String(o.to_string()));
    }
    opened_file.doc.append_deal(&deal);
    let said = match value {
        Some(v) => crate::msg!(
            "deal.added-value",
            address = format!("{id}/{key}"),
            title = title,
            stage = stage.as_str(),
            value = format!("{v} {}", book.settings.currency)
        ),
        None => crate::msg!(
            "deal.added",
            address = format!("{id}/{key}"),
            title = title,
            stage = stage.as_str()
        ),
    };
    save(&book, opened_file, &format!("deal add {id}/{key}"), &said)?;
    println!("{id}/{key}");
    Ok(())
}

fn is_open_stage(stage: &str) -> bool {
    stage != "won" && stage != "lost"
}

/// A move of a deal, from `deal move`, `deal won` or `deal lost`.
struct Move {
    address: String,
    to: String,
    date: Option<String>,
    reopen: bool,
    value: Option<String>,
    reason: Option<String>,
}

fn move_deal(ctx: &Context, m: Move) -> Result<()> {
    let book = ctx.book()?;
    let (customer, key) = address::split(&m.address);
    let id = Book::parse_id(customer)?;
    check_stage(&book, &m.to)?;
    let date = match &m.date {
        Some(d) => parse_when_arg("--date", d, ctx.today)?,
        None => When::Date(ctx.today),
    };
    let value = m
        .value
        .as_deref()
        .map(|v| parse_money("--value", v, &book.settings.currency))
        .transpose()?;
    let reason = m.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
    let _lock = book.lock()?;
    let mut o = open(&book, &id)?;
    let index =
        address::find_deal(&o.customer, key).map_err(|miss| missed(&id, key, "deal", miss))?;
    let deal = o.customer.deals[index].clone();
    let key = deal.address_key();
    let from = deal.stage.clone();
    let day = date.date();
    if !deal.is_open() && from != m.to && !m.reopen {
        let address = format!("{id}/{key}");
        let message = match deal.closed {
            Some(d) => crate::msg!(
                "deal.was-closed-on",
                address = address.as_str(),
                stage = from.as_str(),
                day = d.to_string()
            ),
            None => crate::msg!(
                "deal.was-closed",
                address = address.as_str(),
                stage = from.as_str()
            ),
        };
        let command = match m.to.as_str() {
            "won" => "won".to_string(),
            "lost" => "lost".to_string(),
            s => format!("move {s}"),
        };
        return Err(Error::usage(message).with_hint(crate::msg!(
            "deal.reopen-hint",
            command = format!("rapport deal {command} {address} --reopen")
        )));
    }
    if deal.opened.is_some_and(|o| day < o) {
        return Err(Error::usage(crate::msg!(
            "deal.date-before-opened",
            day = day.to_string(),
            address = format!("{id}/{key}"),
            opened = deal.opened.map(|d| d.to_string()).unwrap_or_default()
        )));
    }
    let mut changes: Vec<String> = Vec::new();
    let doc = &mut o.doc;
    let moved = from != m.to;
    if moved {
        doc.set_entry("deals", index, "stage", Toml::from(m.to.as_str()));
        changes.push(format!("stage {from} → {}", m.to));
        if is_open_stage(&m.to) {
            if doc.remove_from_entry("deals", index, "closed") {
                changes.push(crate::msg!("change.removed", field = "closed"));
            }
        } else {
            doc.set_entry("deals", index, "closed", date_value(When::Date(day)));
            changes.push(format!("closed {day}"));
        }
        if m.to != "lost" && doc.remove_from_entry("deals", index, "lost_reason") {
            changes.push(crate::msg!("change.removed", field = "lost_reason"));
        }
    }
    if let Some(v) = value
        && deal.value != Some(v)
    {
        doc.set_entry("deals", index, "value", money_value(v));
        match deal.value {
            Some(old) => changes.push(format!("value {old} → {v}")),
            None => changes.push(format!("value {v}")),
        }
    }
    if let Some(r) = reason
        && deal.lost_reason.as_deref() != Some(r)
    {
        doc.set_entry("deals", index, "lost_reason", Toml::from(r));
        changes.push(format!("lost_reason “{r}”"));
    }
    if changes.is_empty() {
        stderr::note(&crate::msg!(
            "deal.already",
            address = format!("{id}/{key}"),
            stage = from.as_str()
        ));
        return Ok(());
    }
    if deal.key.is_none() {
        // A hand-written deal gets its key on its first change, so its
        // moves stay its own whatever becomes of the title.
        doc.set_entry("deals", index, "key", Toml::from(key.as_str()));
        changes.push(format!("key {key}"));
    }
    if moved {
        let mut i = Interaction::new(date, DEAL_KIND);
        i.from = Some(from.clone());
        i.to = Some(m.to.clone());
        i.extra.insert("deal".into(), Value::String(key.clone()));
        doc.append_interaction(&i);
    }
    let verb = match m.to.as_str() {
        "won" | "lost" => m.to.clone(),
        _ => "move".to_string(),
    };
    let said = format!("{id}/{key}: {}", changes.join(", "));
    save(&book, o, &format!("deal {verb} {id}/{key}"), &said)
}

/// The columns of `deal list`.
pub const LIST_COLUMNS: [&str; 11] = [
    "id",
    "deal",
    "title",
    "stage",
    "value",
    "owner",
    "opened",
    "expected",
    "closed",
    "days_in_stage",
    "last_activity",
];

fn list(ctx: &Context, args: DealListArgs) -> Result<()> {
    let book = ctx.book()?;
    if let Some(s) = &args.stage {
        check_stage(&book, s)?;
    }
    let filter = super::query::where_filter(ctx, &book, &args.filter)?;
    let today = ctx.today;
    let keep = |d: &Deal, owner: Option<&str>| {
        (!args.open || d.is_open())
            && (!args.won || d.stage == "won")
            && (!args.lost || d.stage == "lost")
            && args.stage.as_ref().is_none_or(|s| *s == d.stage)
            && args
                .owner
                .as_ref()
                .is_none_or(|o| Some(o.as_str()) == owner)
    };
    let parts = Parts::NAME | Parts::OWNER | Parts::DEALS | Parts::INTERACTION_DETAILS;
    let found = super::query::select(ctx, &book, &filter, parts, Default::default(), |s| {
        deal_rows(s.customer, today, &keep)
    })?;
    let mut rows = Rows::new(LIST_COLUMNS);
    rows.rows = found.into_iter().flatten().collect();
    if let Some(sort) = &args.sort {
        let keys: Vec<String> = sort.split(',').map(|k| k.trim().to_string()).collect();
        rows.sort_by_columns(&keys).map_err(Error::usage)?;
    }
    Printer::stdout(args.format)
        .rows(&rows)
        .map_err(Error::Output)
}

/// The rows of `deal list` for one customer's deals that `keep` keeps
/// (given each deal and its owner), as of `today`.
pub fn deal_rows(
    c: &Customer,
    today: NaiveDate,
    keep: &dyn Fn(&Deal, Option<&str>) -> bool,
) -> Vec<Vec<Cell>> {
    let id = c.id.as_ref().map(|i| i.to_string()).unwrap_or_default();
    let contact = deals::last_contact(c, today);
    let mut out = Vec::new();
    for d in &c.deals {
        if d.opened.is_some_and(|o| o > today) {
            continue;
        }
        let owner = d.extra_text("owner").or_else(|| c.owner.clone());
        if !keep(d, owner.as_deref()) {
            continue;
        }
        let key = d.address_key();
        let moves: Vec<&Interaction> = address::deal_moves(c, &key)
            .filter(|i| i.date.date() <= today)
            .collect();
        let entered = moves
            .iter()
            .rev()
            .find(|i| i.to.as_deref() == Some(d.stage.as_str()))
            .map(|i| i.date.date())
            .or(if d.is_open() {
                d.opened
            } else {
                d.closed.or(d.opened)
            });
        // One rule with the agenda and report pipeline's stale deals.
        let last_activity = deals::last_activity(c, d, contact, today);
        let day = |x: Option<NaiveDate>| x.map_or(Cell::Null, |d| Cell::Date(When::Date(d)));
        let expected = match d.extra.get("expected") {
            Some(Value::Date(w)) => Cell::Date(*w),
            Some(v) => Cell::Text(v.to_string()),
            None => Cell::Null,
        };
        out.push(vec![
            Cell::Text(id.clone()),
            Cell::Text(key),
            Cell::Text(d.title.clone()),
            Cell::Text(d.stage.clone()),
            d.value.map_or(Cell::Null, Cell::Money),
            Cell::text(owner.as_deref()),
            day(d.opened),
            expected,
            day(d.closed),
            entered.map_or(Cell::Null, |e| Cell::Int((today - e).num_days())),
            day(last_activity),
        ]);
    }
    out
}
