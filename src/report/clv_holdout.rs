//! The forecast check of `rapport report clv --holdout UNTIL` (DESIGN.md section
//! 16): each buyer's purchase days, and the holdout check laid out as a report —
//! the frequency bins (the data table), the weekly cumulative tracking, and the
//! totals, with two charts in html.

use chrono::NaiveDate;

use crate::model::Customer;
use crate::stats::clv::{CountModelKind, Holdout};
use crate::table::{Bar, Block, Cell, Chart, Column, Form, Label, Report, Row, Table};

/// Returns the days of a customer's purchases up to `until`, one per purchase (the
/// check counts purchase days): `purchase` interactions with a non-negative amount,
/// as [`super::clv::summary_of`] counts them. None without a purchase by `until`.
pub fn purchase_dates(c: &Customer, until: NaiveDate) -> Option<Vec<NaiveDate>> {
    let days: Vec<NaiveDate> = c
        .interactions
        .iter()
        .filter(|i| i.is_purchase())
        .filter(|i| i.amount.map_or(0, |m| m.cents()) >= 0)
        .map(|i| i.date.date())
        .filter(|&d| d <= until)
        .collect();
    (!days.is_empty()).then_some(days)
}

/// The model's name as people read it.
pub fn model_name(model: CountModelKind) -> &'static str {
    match model {
        CountModelKind::BgNbd => "BG/NBD",
        CountModelKind::ParetoNbd => "Pareto/NBD",
    }
}

/// Lays the holdout check out as a report: json's facts carry the totals, the data
/// table holds the frequency bins (FHL 2005 figure 4), and people also read the
/// weekly tracking (figure 2) with its charts.
pub fn render(h: &Holdout, model: CountModelKind) -> Report {
    let mut bins = Table::new(
        Label::new(
            "clv.holdout.bins",
            "Holdout purchases by calibration repeat purchases",
        ),
        vec![
            Column::new("x", "x", Form::Text),
            Column::new("customers", "customers", Form::Count),
            Column::new("actual_mean", "actual mean", Form::Fixed(4)),
            Column::new("predicted_mean", "predicted mean", Form::Fixed(4)),
        ],
    );
    for b in &h.by_frequency {
        let x = if b.and_more {
            format!("{}+", b.x)
        } else {
            b.x.to_string()
        };
        bins.push(Row::new([
            Cell::Text(x),
            Cell::count(b.customers as u64),
            Cell::float(b.actual_mean),
            Cell::float(b.predicted_mean),
        ]));
    }
    let mut weeks = Table::new(
        Label::new(
            "clv.holdout.tracking",
            "Cumulative repeat purchases, week by week",
        ),
        vec![
            Column::new("week", "week", Form::Count),
            Column::new("end", "ends", Form::Text),
            Column::new("period", "period", Form::Text),
            Column::new("actual", "actual", Form::Count),
            Column::new("expected", "expected", Form::Fixed(1)),
            Column::new("actual_cumulative", "actual cumulative", Form::Count),
            Column::new("expected_cumulative", "expected cumulative", Form::Fixed(1)),
        ],
    );
    for w in &h.weeks {
        weeks.push(Row::new([
            Cell::count(u64::from(w.week)),
            Cell::Text(w.end.to_string()),
            Cell::Text(
                if w.in_holdout {
                    "holdout"
                } else {
                    "calibration"
                }
                .into(),
            ),
            Cell::count(w.actual),
            Cell::Float(w.expected),
            Cell::count(w.actual_cumulative),
            Cell::Float(w.expected_cumulative),
        ]));
    }
    let mut totals = Table::new(
        Label::new("clv.holdout.totals", "Holdout totals"),
        vec![
            Column::new("measure", "", Form::Text),
            Column::new("value", "value", Form::Decimal(4)),
        ],
    );
    let line = |name: &str, x: Option<f64>| Row::new([Cell::Text(name.into()), Cell::float(x)]);
    totals.push(line(
        "actual holdout purchases",
        Some(h.actual_total as f64),
    ));
    totals.push(line("predicted holdout purchases", Some(h.predicted_total)));
    totals.push(line(
        "mean absolute error per customer",
        Some(h.mean_absolute_error),
    ));
    totals.push(line(
        "tracking MAPE over the holdout weeks (%)",
        h.tracking_mape_percent,
    ));
    let bin_bars = h
        .by_frequency
        .iter()
        .filter(|b| b.customers > 0)
        .flat_map(|b| {
            let x = if b.and_more {
                format!("{}+", b.x)
            } else {
                b.x.to_string()
            };
            let actual = b.actual_mean.unwrap_or(0.0);
            let predicted = b.predicted_mean.unwrap_or(0.0);
            [
                Bar {
                    label: format!("x = {x}, actual"),
                    value: actual,
                    text: format!("{actual:.2}"),
                },
                Bar {
                    label: format!("x = {x}, predicted"),
                    value: predicted,
                    text: format!("{predicted:.2}"),
                },
            ]
        })
        .collect();
    let tracking = Chart::Lines {
        title: Label::new(
            "clv.holdout.tracking_chart",
            "Cumulative repeat purchases, week by week: actual and expected",
        ),
        labels: h.weeks.iter().map(|w| w.end.to_string()).collect(),
        series: vec![
            (
                "actual".into(),
                h.weeks.iter().map(|w| w.actual_cumulative as f64).collect(),
            ),
            (
                "expected".into(),
                h.weeks.iter().map(|w| w.expected_cumulative).collect(),
            ),
        ],
    };
    let mut facts = vec![
        ("model".to_string(), Cell::Text(model.name().into())),
        ("today".into(), Cell::Text(h.today.to_string())),
        ("holdout_until".into(), Cell::Text(h.until.to_string())),
        ("horizon".into(), Cell::Float(h.horizon)),
        ("customers".into(), Cell::count(h.customers as u64)),
        (
            "new_in_holdout".into(),
            Cell::count(h.new_in_holdout as u64),
        ),
        ("actual_total".into(), Cell::count(h.actual_total)),
        ("predicted_total".into(), Cell::Float(h.predicted_total)),
        (
            "mean_absolute_error".into(),
            Cell::Float(h.mean_absolute_error),
        ),
    ];
    facts.push((
        "tracking_mape_percent".into(),
        Cell::float(h.tracking_mape_percent),
    ));
    Report {
        name: "clv_holdout".into(),
        title: Label::new(
            "clv.holdout.title",
            "Forecast check of the {model} model: calibration up to {today}, holdout up to {until}",
        )
        .with("model", model_name(model))
        .with("today", h.today)
        .with("until", h.until),
        book: None,
        facts,
        data: bins,
        blocks: vec![
            Block::Data,
            Block::Chart(Chart::Bars {
                title: Label::new(
                    "clv.holdout.bins_chart",
                    "Mean holdout purchases by calibration repeat purchases x",
                ),
                bars: bin_bars,
            }),
            Block::Table(weeks),
            Block::Chart(tracking),
            Block::Table(totals),
        ],
        notes: vec![
            Label::new(
                "clv.holdout.note1",
                "The model was fitted on the purchases up to {today}; {new} customers first bought in the holdout and are not counted. Purchases on one day count once.",
            )
            .with("today", h.today)
            .with("new", h.new_in_holdout),
        ],
    }
}
