//! `rapport show ID`: one customer with its history and derived figures.

use crate::book::Book;
use crate::cli::ShowArgs;
use crate::error::{Error, Result};
use crate::model::{Customer, Figures, Value};
use crate::output::{Cell, Printer, Record, Rows};

use super::Context;

pub fn run(ctx: &Context, args: ShowArgs) -> Result<()> {
    let book = ctx.book()?;
    let id = Book::parse_id(&args.id)?;
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

/// Returns the record `show` prints: stored fields in file order, the
/// figures as of today, the deals and the history.
pub fn record(c: &Customer, f: &Figures, currency: &str) -> Record {
    let mut fields: Vec<(String, Cell)> = vec![
        ("name".into(), Cell::Text(c.name.clone())),
        ("kind".into(), Cell::text(c.kind.map(|k| k.as_str()))),
        ("stage".into(), Cell::text(c.stage.as_deref())),
        ("email".into(), Cell::text(c.email.as_deref())),
        ("phone".into(), Cell::text(c.phone.as_deref())),
        ("company".into(), Cell::text(c.company.as_deref())),
        ("owner".into(), Cell::text(c.owner.as_deref())),
        ("tags".into(), Cell::List(c.tags.clone())),
        ("source".into(), Cell::text(c.source.as_deref())),
        (
            "acquisition_cost".into(),
            c.acquisition_cost.map_or(Cell::Null, Cell::Money),
        ),
        (
            "created".into(),
            c.created
                .map_or(Cell::Null, |d| Cell::Date(crate::model::When::Date(d))),
        ),
        (
            "address.street".into(),
            Cell::text(c.address.street.as_deref()),
        ),
        ("address.city".into(), Cell::text(c.address.city.as_deref())),
        (
            "address.postcode".into(),
            Cell::text(c.address.postcode.as_deref()),
        ),
        (
            "address.country".into(),
            Cell::text(c.address.country.as_deref()),
        ),
    ];
    for (name, value) in &c.fields {
        fields.push((format!("fields.{name}"), value_cell(value)));
    }
    fields.push((
        "next.date".into(),
        c.next
            .date
            .map_or(Cell::Null, |d| Cell::Date(crate::model::When::Date(d))),
    ));
    fields.push(("next.action".into(), Cell::text(c.next.action.as_deref())));
    fields.push((
        "consent.email".into(),
        c.consent.email.map_or(Cell::Null, Cell::Bool),
    ));
    fields.push((
        "consent.date".into(),
        c.consent
            .date
            .map_or(Cell::Null, |d| Cell::Date(crate::model::When::Date(d))),
    ));
    for (key, value) in &c.extra {
        fields.push((key.clone(), value_cell(value)));
    }
    if matches!(fields.iter().find(|(k, _)| k == "tags"), Some((_, Cell::List(t))) if t.is_empty())
    {
        fields.retain(|(k, _)| k != "tags");
    }

    let date = |d: Option<chrono::NaiveDate>| {
        d.map_or(Cell::Null, |d| Cell::Date(crate::model::When::Date(d)))
    };
    let figures = vec![
        ("currency".into(), Cell::Text(currency.to_string())),
        ("revenue".into(), Cell::Money(f.revenue)),
        ("orders".into(), Cell::Int(i64::from(f.orders))),
        ("aov".into(), f.aov.map_or(Cell::Null, Cell::Money)),
        ("first_purchase".into(), date(f.first_purchase)),
        ("last_purchase".into(), date(f.last_purchase)),
        ("last_contact".into(), date(f.last_contact)),
        ("interactions".into(), Cell::Int(i64::from(f.interactions))),
        (
            "nps".into(),
            f.nps.map_or(Cell::Null, |n| Cell::Int(i64::from(n))),
        ),
        ("open_deals".into(), Cell::Int(i64::from(f.open_deals))),
        ("pipeline".into(), Cell::Money(f.pipeline)),
        ("won".into(), Cell::Money(f.won)),
    ];

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
    let mut columns: Vec<String> = crate::model::parse::INTERACTION_KEYS
        .iter()
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
            Cell::text(i.from.as_deref()),
            Cell::text(i.to.as_deref()),
            i.resolved.map_or(Cell::Null, Cell::Date),
            Cell::text(i.owner.as_deref()),
            Cell::text(i.priority.as_deref()),
        ];
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
