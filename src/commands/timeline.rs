//! `rapport timeline`: every interaction across the book (deal and stage
//! moves included), newest first — the team's activity feed.

use chrono::NaiveDate;

use crate::cli::TimelineArgs;
use crate::error::{Error, Result};
use crate::model::Schema;
use crate::model::customer::{Customer, Interaction};
use crate::model::date::parse_day;
use crate::model::fast::Parts;
use crate::model::parse::nearest;
use crate::model::schema::{DEAL_KIND, STAGE_KIND};
use crate::output::{Printer, stderr};
use crate::table::{Cell, Rows};

use super::Context;

/// The columns of `timeline`.
pub const COLUMNS: [&str; 8] = [
    "id", "name", "date", "kind", "amount", "summary", "owner", "ref",
];

/// The default `--since`.
const SINCE: &str = "-7d";

pub fn run(ctx: &Context, args: TimelineArgs) -> Result<()> {
    let book = ctx.book()?;
    let day = |flag: &str, text: &str| {
        parse_day(text, ctx.today).map_err(|e| Error::usage(format!("{flag}: {e}")))
    };
    let since = day("--since", args.since.as_deref().unwrap_or(SINCE))?;
    let until = match &args.until {
        Some(u) => day("--until", u)?,
        None => ctx.today,
    };
    if until < since {
        return Err(Error::usage(crate::msg!(
            "timeline.until-before-since",
            until = until.to_string(),
            since = since.to_string()
        )));
    }
    let kinds = kinds(&book.settings.schema, args.kind.as_deref())?;
    let filter = super::query::where_filter(ctx, &book, &args.filter)?;
    let window = Window {
        since,
        until,
        kinds: &kinds,
        owner: args.owner.as_deref(),
    };
    let parts = Parts::NAME | Parts::OWNER | Parts::INTERACTION_DETAILS;
    let found = super::query::select(ctx, &book, &filter, parts, Default::default(), |s| {
        entries(s.customer, &window)
    })?;
    let mut entries: Vec<Entry> = found.into_iter().flatten().collect();
    // Newest first; on one moment, by id, then later in the file first.
    entries.sort_by(|a, b| {
        b.moment
            .cmp(&a.moment)
            .then_with(|| a.row[0].to_string().cmp(&b.row[0].to_string()))
            .then_with(|| b.position.cmp(&a.position))
    });
    if let Some(n) = args.limit {
        entries.truncate(n);
    }
    let rows = Rows {
        columns: COLUMNS.iter().map(|c| c.to_string()).collect(),
        rows: entries.into_iter().map(|e| e.row).collect(),
    };
    if rows.rows.is_empty() && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        stderr::note(&crate::msg!(
            "timeline.nothing",
            since = since.to_string(),
            until = until.to_string()
        ));
    }
    Printer::stdout(args.format)
        .rows(&rows)
        .map_err(Error::Output)
}

/// Checks `--kind a,b`: each one of the book's kinds, `stage` or `deal`.
fn kinds(schema: &Schema, given: Option<&str>) -> Result<Vec<String>> {
    let Some(given) = given else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for k in given.split(',').map(str::trim).filter(|k| !k.is_empty()) {
        if !schema.has_interaction_kind(k) {
            let mut all = schema.interaction_kinds.clone();
            all.extend([STAGE_KIND.to_string(), DEAL_KIND.to_string()]);
            let hint = match nearest(k, all.iter().map(String::as_str)) {
                Some(near) => crate::msg!(
                    "timeline.kind-did-you-mean",
                    near = near,
                    kinds = all.join(", ")
                ),
                None => crate::msg!("timeline.kinds", kinds = all.join(", ")),
            };
            return Err(Error::usage(crate::msg!("timeline.not-a-kind", kind = k)).with_hint(hint));
        }
        out.push(k.to_string());
    }
    Ok(out)
}

/// What `timeline` keeps.
struct Window<'a> {
    since: NaiveDate,
    until: NaiveDate,
    /// Empty: every kind.
    kinds: &'a [String],
    owner: Option<&'a str>,
}

/// One line of the timeline, with what it is sorted by.
struct Entry {
    moment: chrono::NaiveDateTime,
    position: usize,
    row: Vec<Cell>,
}

fn entries(c: &Customer, w: &Window<'_>) -> Vec<Entry> {
    let id = c.id.as_ref().map(ToString::to_string).unwrap_or_default();
    let mut out = Vec::new();
    for (position, i) in c.interactions.iter().enumerate() {
        let day = i.date.date();
        if day < w.since || day > w.until {
            continue;
        }
        if !w.kinds.is_empty() && !w.kinds.contains(&i.kind) {
            continue;
        }
        let owner = i.owner.as_deref().or(c.owner.as_deref());
        if w.owner.is_some_and(|o| Some(o) != owner) {
            continue;
        }
        out.push(Entry {
            moment: i.date.moment(),
            position,
            row: vec![
                Cell::Text(id.clone()),
                Cell::Text(c.name.clone()),
                Cell::Date(i.date),
                Cell::Text(i.kind.clone()),
                i.amount.map_or(Cell::Null, Cell::Money),
                summary(i).map_or(Cell::Null, Cell::Text),
                Cell::text(owner),
                Cell::text(i.reference.as_deref()),
            ],
        });
    }
    out
}

/// The summary shown: the interaction's own, or for a move what moved
/// (`website-redesign: qualified → proposal`, `lead → customer`).
fn summary(i: &Interaction) -> Option<String> {
    if let Some(s) = &i.summary {
        return Some(s.clone());
    }
    let (from, to) = (i.from.as_deref(), i.to.as_deref());
    if from.is_none() && to.is_none() {
        return None;
    }
    let moved = format!("{} → {}", from.unwrap_or("–"), to.unwrap_or("–"));
    Some(match i.extra.get("deal") {
        Some(deal) if i.kind == DEAL_KIND => format!("{deal}: {moved}"),
        _ => moved,
    })
}
