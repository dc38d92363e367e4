//! `report profile`: segments side by side, the data behind a persona card.
//!
//! For each segment (saved segments, the groups of `--by`, or the RFM
//! segments), over its customers that exist at the end of the period:
//! how many, their share of the book (the customers the report covers),
//! their share of its revenue in the period, the median revenue per
//! customer, AOV, orders per customer, the median days since the last
//! contact, NPS and CSAT, the stage mix at the end of the period, the most
//! frequent values of `source`, `address.country` and every enum field, and
//! the mean predicted lifetime value (BG/NBD × Gamma-Gamma, as the `clv`
//! field computes it, fitted on the whole book as of the period's end).

use std::collections::HashMap;

use super::lifecycle::{exists_at, stage_at};
use super::measure::{Scores, median, share};
use super::rfm::{segment_label, segments};
use super::scope::{ALL, NONE, Scope};
use crate::model::customer::Value as FieldValue;
use crate::model::fast::Parts;
use crate::model::schema::is_move;
use crate::model::{Customer, FieldType, Money};
use crate::table::{
    Bar, Block, Cell, Chart, Column, Form, Label, Layout, Report, Row, Table, Value, percent,
};

/// The parts of a customer this report reads.
pub const PARTS: Parts = Parts::STAGE
    .with(Parts::CREATED)
    .with(Parts::SOURCE)
    .with(Parts::ADDRESS)
    .with(Parts::FIELDS)
    .with(Parts::INTERACTION_DETAILS);

/// How many of the most frequent values of a field a profile shows.
pub const TOP: usize = 3;

/// The figures of one segment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    pub label: String,
    /// Customers of the segment that exist at the end of the period.
    pub customers: u64,
    /// Of the whole report's customers.
    pub share_of_book: Option<f64>,
    /// Revenue of the purchases in the period (refunds subtract).
    pub revenue: Money,
    pub revenue_share: Option<f64>,
    /// The median of each customer's revenue in the period (zero included).
    pub median_revenue: Option<Money>,
    /// Purchases in the period with a non-negative amount.
    pub orders: u64,
    /// Days from each customer's last contact up to the end of the period
    /// (customers without a contact have none).
    pub days_since_contact: Vec<i64>,
    pub scores: Scores,
    /// Customers by stage at the end of the period, in lifecycle order.
    pub stages: Vec<(String, u64)>,
    /// For each field shown, its most frequent values with their counts.
    pub top: Vec<(String, Vec<(String, u64)>)>,
    /// The predicted CLV of each customer with a purchase, where the models
    /// could be fitted.
    pub clv: Vec<f64>,
}

impl Profile {
    /// Revenue per order, to the cent.
    pub fn aov(&self) -> Option<Money> {
        (self.orders > 0).then(|| self.revenue.div_round(i128::from(self.orders)))
    }

    /// Orders / customers.
    pub fn orders_per_customer(&self) -> Option<f64> {
        share(self.orders, self.customers)
    }

    /// The median days since the last contact.
    pub fn median_days_since_contact(&self) -> Option<f64> {
        median(self.days_since_contact.iter().map(|&d| d as f64).collect())
    }

    /// The mean predicted CLV of the customers with a purchase.
    pub fn mean_clv(&self) -> Option<f64> {
        (!self.clv.is_empty()).then(|| self.clv.iter().sum::<f64>() / self.clv.len() as f64)
    }
}

/// The fields whose most frequent values a profile shows: `source`,
/// `address.country`, then every enum field of rapport.toml by name.
pub fn top_fields(scope: &Scope) -> Vec<String> {
    let mut fields = vec!["source".to_string(), "address.country".to_string()];
    fields.extend(
        scope
            .settings
            .schema
            .fields
            .iter()
            .filter(|(_, def)| matches!(def.ty, FieldType::Enum(_)))
            .map(|(name, _)| format!("fields.{name}")),
    );
    fields
}

/// Returns the customer's value of one of the [`top_fields`].
fn value_of<'c>(c: &'c Customer, field: &str) -> Option<&'c str> {
    match field {
        "source" => c.source.as_deref(),
        "address.country" => c.address.country.as_deref(),
        _ => match c.fields.get(field.strip_prefix("fields.")?) {
            Some(FieldValue::String(s)) => Some(s.as_str()),
            _ => None,
        },
    }
    .filter(|s| !s.is_empty())
}

/// Computes the profile of each segment; `book` is every customer the
/// report covers (the denominators of the shares), `clv` the predicted
/// CLV by customer id (None when the models could not be fitted).
pub fn profiles(
    book: &[&Customer],
    segments: &[(String, Vec<&Customer>)],
    scope: &Scope,
    clv: Option<&HashMap<String, f64>>,
) -> Vec<Profile> {
    let whole = profile_of(String::new(), book, scope, clv);
    segments
        .iter()
        .map(|(label, members)| {
            let mut p = profile_of(label.clone(), members, scope, clv);
            p.share_of_book = share(p.customers, whole.customers);
            p.revenue_share =
                (whole.revenue.cents() > 0).then(|| p.revenue.to_f64() / whole.revenue.to_f64());
            p
        })
        .collect()
}

fn profile_of(
    label: String,
    members: &[&Customer],
    scope: &Scope,
    clv: Option<&HashMap<String, f64>>,
) -> Profile {
    let (period, schema) = (scope.period, &scope.settings.schema);
    let fields = top_fields(scope);
    let mut p = Profile {
        label,
        ..Profile::default()
    };
    let mut revenues: Vec<i128> = Vec::new();
    let mut stages: HashMap<&str, u64> = HashMap::new();
    let mut counts: Vec<HashMap<&str, u64>> = vec![HashMap::new(); fields.len()];
    for c in members {
        if !exists_at(c, period.until) {
            continue;
        }
        p.customers += 1;
        let mut revenue = Money::ZERO;
        let mut last_contact = None;
        for i in &c.interactions {
            let day = i.date.date();
            if day > period.until {
                continue;
            }
            if !is_move(&i.kind) {
                last_contact = last_contact.max(Some(day));
            }
            if period.contains(day) && i.is_purchase() {
                let amount = i.amount.unwrap_or(Money::ZERO);
                revenue += amount;
                p.orders += u64::from(!amount.is_negative());
            }
        }
        p.revenue += revenue;
        revenues.push(revenue.cents());
        if let Some(day) = last_contact {
            p.days_since_contact.push((period.until - day).num_days());
        }
        p.scores.add_customer(
            c.interactions
                .iter()
                .filter(|i| period.contains(i.date.date())),
        );
        if let Some(stage) = stage_at(c, period.until, schema) {
            *stages.entry(stage).or_default() += 1;
        }
        for (field, count) in fields.iter().zip(counts.iter_mut()) {
            if let Some(v) = value_of(c, field) {
                *count.entry(v).or_default() += 1;
            }
        }
        if let Some(x) = clv.and_then(|m| m.get(c.id.as_ref()?.as_str())) {
            p.clv.push(*x);
        }
    }
    revenues.sort_unstable();
    let n = revenues.len();
    p.median_revenue = (n > 0).then(|| {
        if n % 2 == 1 {
            Money::from_cents(revenues[n / 2])
        } else {
            Money::from_cents(revenues[n / 2 - 1] + revenues[n / 2]).div_round(2)
        }
    });
    p.stages = schema
        .stages
        .iter()
        .map(|s| (s.clone(), stages.remove(s.as_str()).unwrap_or(0)))
        .collect();
    let mut others: Vec<(String, u64)> = stages
        .into_iter()
        .map(|(s, n)| (s.to_string(), n))
        .collect();
    others.sort();
    p.stages.extend(others);
    p.top = fields
        .into_iter()
        .zip(counts)
        .map(|(field, count)| {
            let mut values: Vec<(String, u64)> =
                count.into_iter().map(|(v, n)| (v.to_string(), n)).collect();
            values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            values.truncate(TOP);
            (field, values)
        })
        .collect();
    p
}

/// Why the CLV column is empty, when it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClvNote {
    /// The models were fitted.
    Fitted,
    /// The book is too small (or too regular) to fit them: the reason.
    NotFitted(String),
}

/// Returns the bars of each segment's share of revenue (the whole book's
/// left out: it is all of it).
fn revenue_chart(profiles: &[Profile]) -> Chart {
    Chart::Bars {
        title: Label::new("profile.chart", "Share of revenue by segment"),
        bars: profiles
            .iter()
            .filter(|p| p.label != ALL)
            .map(|p| Bar {
                label: p.label.clone(),
                value: p.revenue_share.unwrap_or(0.0),
                text: percent(p.revenue_share),
            })
            .collect(),
    }
}

/// Returns the cell of a segment's name: the names rapport makes (`(all)`,
/// `(none)` and, with `rfm`, the RFM segments) shown in the language;
/// machines read the name as it is.
fn segment_cell(label: &str, rfm: bool) -> Value {
    let cell = Cell::Text(label.to_string());
    match label {
        ALL => cell.shown(Label::new("report.all", "(all)")),
        NONE => cell.shown(Label::new("report.none", "(none)")),
        _ => match segments().find(|s| rfm && s.name() == label) {
            Some(s) => cell.shown(segment_label(Some(s))),
            None => cell.value(),
        },
    }
}

/// Returns the profiles as a report: a row per segment for machines, the
/// segments side by side for people (the whole book first).
/// `rfm`: the segments are RFM's.
pub fn render(profiles: &[Profile], scope: &Scope, clv: &ClvNote, rfm: bool) -> Report {
    let currency = &scope.settings.currency;
    let money = |key: &'static str, header: &'static str| {
        Column::new(key, header, Form::Money).with("currency", currency)
    };
    let stage_names: Vec<String> = profiles
        .first()
        .map(|p| p.stages.iter().map(|(s, _)| s.clone()).collect())
        .unwrap_or_default();
    let fields: Vec<String> = profiles
        .first()
        .map(|p| p.top.iter().map(|(f, _)| f.clone()).collect())
        .unwrap_or_else(|| top_fields(scope));
    let mut columns = vec![
        Column::new("segment", "segment", Form::Text),
        Column::new("since", "since", Form::Text).for_machines(),
        Column::new("until", "until", Form::Text).for_machines(),
        Column::new("customers", "customers", Form::Count),
    ];
    columns.extend(
        stage_names.iter().map(|s| {
            Column::labelled(format!("stage.{s}"), Label::verbatim(s), Form::Share).part()
        }),
    );
    columns.extend([
        Column::new("share_of_book", "share of the book", Form::Share),
        money("revenue", "revenue ({currency})"),
        Column::new("revenue_share", "share of revenue", Form::Share),
        money("median_revenue", "median revenue ({currency})"),
        Column::new("orders", "orders", Form::Count),
        money("aov", "AOV ({currency})"),
        Column::new(
            "orders_per_customer",
            "orders per customer",
            Form::Decimal(2),
        ),
        Column::new(
            "median_days_since_contact",
            "median days since last contact",
            Form::Decimal(1),
        ),
        Column::new("nps", "NPS", Form::Decimal(1)),
        Column::labelled(
            "nps_responses",
            Label::new("responses.nps", "NPS responses"),
            Form::Count,
        )
        .part(),
        Column::labelled(
            "csat",
            Label::new("profile.csat", "CSAT (1–5)"),
            Form::Decimal(2),
        ),
        Column::labelled(
            "csat_responses",
            Label::new("responses.csat", "CSAT responses"),
            Form::Count,
        )
        .part(),
        Column::new("ces", "CES (1–7)", Form::Decimal(2)),
        Column::labelled(
            "ces_responses",
            Label::new("responses.ces", "CES responses"),
            Form::Count,
        )
        .part(),
    ]);
    for f in &fields {
        for rank in 1..=TOP {
            let header = if rank == 1 {
                Label::new("profile.top", "top {field}").with("field", f)
            } else {
                Label::verbatim("")
            };
            let column = Column::labelled(format!("top.{f}.{rank}.value"), header, Form::Text);
            columns.push(if rank == 1 { column } else { column.part() });
            columns.push(
                Column::labelled(
                    format!("top.{f}.{rank}.share"),
                    Label::new("profile.top_share", "share"),
                    Form::Share,
                )
                .for_machines(),
            );
        }
    }
    columns.extend([
        Column::labelled(
            "clv",
            Label::new("profile.clv", "mean predicted CLV ({currency})"),
            Form::Money,
        )
        .with("currency", currency),
        Column::new("clv_customers", "customers with a prediction", Form::Count).part(),
    ]);
    let mut data = Table::new(Label::new("profile.table", "Profiles"), columns);
    data.layout = Layout::Transposed {
        corner: Label::new("figure", "figure"),
        heads: Some(0),
        single: Label::new("value", "value"),
    };
    for p in profiles {
        let mut row: Vec<Value> = vec![
            segment_cell(&p.label, rfm),
            Cell::day(scope.period.since).value(),
            Cell::day(scope.period.until).value(),
            Cell::count(p.customers).strong(),
        ];
        row.extend(
            p.stages
                .iter()
                .map(|(_, n)| Cell::float(share(*n, p.customers)).value()),
        );
        row.extend(
            [
                Cell::float(p.share_of_book),
                Cell::Money(p.revenue),
                Cell::float(p.revenue_share),
                Cell::money(p.median_revenue),
                Cell::count(p.orders),
                Cell::money(p.aov()),
                Cell::float(p.orders_per_customer()),
                Cell::float(p.median_days_since_contact()),
                Cell::float(p.scores.nps.score()),
                Cell::count(p.scores.nps.responses()),
                Cell::float(p.scores.csat()),
                Cell::count(p.scores.csat_responses),
                Cell::float(p.scores.ces()),
                Cell::count(p.scores.ces_responses),
            ]
            .map(Value::from),
        );
        for (_, values) in &p.top {
            for rank in 0..TOP {
                match values.get(rank) {
                    Some((v, n)) => {
                        let part = share(*n, p.customers);
                        let pct = part.unwrap_or(0.0) * 100.0;
                        row.push(Cell::Text(v.clone()).shown(format!("{v} {pct:.0} %")));
                        row.push(Cell::float(part).value());
                    }
                    None => row.extend([Cell::Null.value(), Cell::Null.value()]),
                }
            }
        }
        row.push(Cell::float(p.mean_clv()).value());
        row.push(Cell::count(p.clv.len() as u64).value());
        data.push(Row::new(row));
    }
    let mut notes = vec![
        Label::new(
            "profile.note.figures",
            "Customers: those of the segment that exist at the end of the period; share of the book: of the customers the report covers (all of them, or those --where selects). Revenue: purchases in the period, refunds subtracted; share of revenue: of the book's; median revenue: of each customer's revenue in the period, zero included; AOV = revenue / orders; orders per customer = orders / customers.",
        ),
        Label::new(
            "profile.note.contact",
            "Days since last contact: from each customer's latest interaction other than a stage move up to the end of the period (customers never contacted are left out). NPS and CSAT: each customer's latest answer in the period; NPS = % promoters (9–10) − % detractors (0–6), CSAT the mean (1–5).",
        ),
        Label::new(
            "profile.note.mix",
            "Stage mix: the customers' stages at the end of the period, as shares of the segment. Top values: the three most frequent, each with its share of the segment (customers without a value are not counted). Mean predicted CLV: of the customers with a purchase, 12 months discounted at 1 % a month, the models (BG/NBD × Gamma-Gamma) fitted on the whole book's purchases up to the end of the period, as `report clv` does.",
        ),
    ];
    if let ClvNote::NotFitted(reason) = clv {
        notes.push(
            Label::new(
                "profile.note.no_clv",
                "No predicted CLV: the models cannot be fitted on this book ({reason}).",
            )
            .with("reason", reason),
        );
    }
    Report {
        name: "profile".into(),
        title: Label::new("profile.title", "Profiles"),
        book: scope.book(),
        facts: scope.facts(),
        data,
        blocks: vec![Block::Data, Block::Chart(revenue_chart(profiles))],
        notes,
    }
}
