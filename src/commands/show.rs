//! `rapport show ID`: one customer with its history and derived figures.

use crate::book::Book;
use crate::cli::ShowArgs;
use crate::error::{Error, Result};
use crate::model::fast::Parts;
use crate::model::fields::{self, CUSTOM_PREFIX, Got};
use crate::model::{Customer, Figures, Id, Value};
use crate::output::{Cell, Printer, Record, Rows};
use crate::query::{FieldValue, Filter};

use super::Context;

pub fn run(ctx: &Context, args: ShowArgs) -> Result<()> {
    let book = ctx.book()?;
    let id = resolve(ctx, &book, &args.id)?;
    let file = book.read_customer(&id)?;
    let Some(mut customer) = file.parsed.customer else {
        return Err(Error::Diagnostics(file.parsed.diagnostics));
    };
    customer.id = Some(id);
    let figures = Figures::of(&customer, ctx.today);
    let record = record(&customer, &figures, &book.settings.currency);
    Printer::stdout(args.format)
        .record(&record)
        .map_err(Error::Output)
}

/// Returns the id `text` names: an id of the book, else the one customer
/// whose name (or id, e-mail, phone, company, city, tags) holds every word
/// of it, as `query` finds them (`show "Ēriks Ozoliņš"`). Several matches
/// are an error that lists them; none, the error for an unknown id.
fn resolve(ctx: &Context, book: &Book, text: &str) -> Result<Id> {
    let as_id = Book::parse_id(text);
    if let Ok(id) = &as_id
        && book.is_taken(id.as_str())
    {
        return Ok(id.clone());
    }
    let Some(expression) = crate::query::quick::expression(text) else {
        return as_id;
    };
    let filter = Filter::compile(&expression, &book.settings, ctx.today)?;
    let found: Vec<(Id, String)> =
        super::query::select(ctx, book, &filter, Parts::NAME, Default::default(), |s| {
            s.customer
                .id
                .clone()
                .map(|id| (id, s.customer.name.clone()))
        })?
        .into_iter()
        .flatten()
        .collect();
    match found.as_slice() {
        [] => match as_id {
            Ok(id) => book.read_customer(&id).map(|_| id),
            // A name (spaces, capitals, accents) found nowhere is said so;
            // anything else keeps the error of an invalid id.
            Err(_)
                if text
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_uppercase() || !c.is_ascii()) =>
            {
                Err(Error::data(crate::msg!("show.no-match", text = text))
                    .with_hint(crate::msg!("show.no-match-hint")))
            }
            Err(e) => Err(e),
        },
        [(id, _)] => Ok(id.clone()),
        many => {
            let shown: Vec<String> = many
                .iter()
                .take(10)
                .map(|(id, name)| format!("{id} ({name})"))
                .collect();
            let more = many.len().saturating_sub(10);
            let message = if more > 0 {
                crate::msg!(
                    "show.matches-more",
                    text = text,
                    count = many.len(),
                    customers = shown.join(", "),
                    more = more
                )
            } else {
                crate::msg!(
                    "show.matches",
                    text = text,
                    count = many.len(),
                    customers = shown.join(", ")
                )
            };
            Err(Error::usage(message).with_hint(crate::msg!("show.matches-hint")))
        }
    }
}

/// Returns the record `show` prints: stored fields in file order, the
/// figures as of today, the deals and the history.
pub fn record(c: &Customer, f: &Figures, currency: &str) -> Record {
    let (head, tail) = fields::around_custom();
    // A list left empty (no tags) is not shown.
    let stored = |f: &fields::Stored| match f.get(c) {
        Got::List([]) => None,
        v => Some((f.path.to_string(), FieldValue::stored(v).to_cell())),
    };
    let mut fields: Vec<(String, Cell)> = head.iter().filter_map(stored).collect();
    for (name, value) in &c.fields {
        fields.push((format!("{CUSTOM_PREFIX}{name}"), value_cell(value)));
    }
    fields.extend(tail.iter().filter_map(stored));
    for (key, value) in &c.extra {
        // A key with a dot in it (`"address.city" = …` at the top level) is
        // one key, not the [address] table's city: shown quoted, as in the
        // file, so it can never pass for the stored field.
        let shown = if key.contains('.') {
            format!("\"{key}\"")
        } else {
            key.clone()
        };
        fields.push((shown, value_cell(value)));
    }

    let date = |d: Option<chrono::NaiveDate>| {
        d.map_or(Cell::Null, |d| Cell::Date(crate::model::When::Date(d)))
    };
    let mut figures = vec![("currency".into(), Cell::Text(currency.to_string()))];
    figures.extend(
        fields::DERIVED
            .iter()
            .map(|d| (d.name.to_string(), FieldValue::figure(d.get, f).to_cell())),
    );

    // Keys of deals rapport does not know are shown too: `show --format
    // json` is the subject-access export and must hold everything.
    let mut deal_keys: Vec<&String> = c.deals.iter().flat_map(|d| d.extra.keys()).collect();
    deal_keys.sort();
    deal_keys.dedup();
    let mut deal_columns: Vec<String> = crate::model::parse::DEAL_KEYS
        .iter()
        .map(|k| k.to_string())
        .collect();
    deal_columns.extend(deal_keys.iter().map(|k| k.to_string()));
    let mut deals = Rows::new(deal_columns);
    for d in &c.deals {
        let mut row = vec![
            Cell::Text(d.title.clone()),
            Cell::text(d.key.as_deref()),
            d.value.map_or(Cell::Null, Cell::Money),
            Cell::Text(d.stage.clone()),
            date(d.opened),
            date(d.closed),
            Cell::text(d.lost_reason.as_deref()),
        ];
        row.extend(
            deal_keys
                .iter()
                .map(|k| d.extra.get(*k).map_or(Cell::Null, value_cell)),
        );
        deals.rows.push(row);
    }
    let mut extra_keys: Vec<&String> = c.interactions.iter().flat_map(|i| i.extra.keys()).collect();
    extra_keys.sort();
    extra_keys.dedup();
    // `ces` is a column only when some interaction has one, so a history
    // without it shows (and exports as json) as it did before.
    let with_ces = c.interactions.iter().any(|i| i.ces.is_some());
    let mut columns: Vec<String> = crate::model::parse::INTERACTION_KEYS
        .iter()
        .filter(|k| with_ces || **k != "ces")
        .map(|k| k.to_string())
        .collect();
    columns.extend(extra_keys.iter().map(|k| k.to_string()));
    let mut history = Rows::new(columns);
    let mut ordered: Vec<_> = c.interactions.iter().collect();
    ordered.sort_by_key(|i| i.date.moment());
    let score = |n: Option<u8>| n.map_or(Cell::Null, |n| Cell::Int(i64::from(n)));
    for i in ordered {
        let mut row = vec![
            Cell::Date(i.date),
            Cell::Text(i.kind.clone()),
            i.amount.map_or(Cell::Null, Cell::Money),
            Cell::text(i.summary.as_deref()),
            Cell::text(i.reference.as_deref()),
            score(i.nps),
            score(i.csat),
        ];
        if with_ces {
            row.push(score(i.ces));
        }
        row.extend([
            Cell::text(i.from.as_deref()),
            Cell::text(i.to.as_deref()),
            i.resolved.map_or(Cell::Null, Cell::Date),
            Cell::text(i.owner.as_deref()),
            Cell::text(i.priority.as_deref()),
        ]);
        row.extend(
            extra_keys
                .iter()
                .map(|k| i.extra.get(*k).map_or(Cell::Null, value_cell)),
        );
        history.rows.push(row);
    }
    Record {
        id: c.id.as_ref().map(ToString::to_string).unwrap_or_default(),
        title: c.name.clone(),
        fields,
        groups: vec![("figures".into(), figures)],
        lists: vec![("deals".into(), deals), ("interactions".into(), history)],
    }
}

/// Returns the output cell of a custom field or unknown key.
pub fn value_cell(v: &Value) -> Cell {
    match v {
        Value::String(s) => Cell::Text(s.clone()),
        Value::Integer(i) => Cell::Int(*i),
        Value::Float(x) => Cell::Float(*x),
        Value::Bool(b) => Cell::Bool(*b),
        Value::Date(w) => Cell::Date(*w),
        Value::List(items) => Cell::List(items.iter().map(ToString::to_string).collect()),
        Value::Table(_) => Cell::Text(v.to_string()),
    }
}
