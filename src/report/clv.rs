//! The predicted customer lifetime value report (`rapport report clv`):
//! each customer's purchase summary, the BG/NBD and Gamma-Gamma models fitted
//! on the book's own purchases, and per customer P(alive), expected purchases
//! and spend, and the discounted CLV over a horizon.

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::model::{Customer, Id};
use crate::stats::clv::{
    CountModel, CountModelKind, Fit, FitError, GammaGamma, PurchaseModel, Summary, fit_gamma_gamma,
    lifetime_value, summarize,
};
use crate::table::{Block, Cell, Column, Form, Label, Row, Table};

/// The time unit the models are fitted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
}

impl Unit {
    /// Returns the unit's length in days.
    pub fn days(self) -> f64 {
        match self {
            Unit::Day => 1.0,
            Unit::Week => 7.0,
        }
    }

    /// Returns a month in this unit, as lifetimes counts it: 4.345 weeks or
    /// 30 days.
    pub fn per_month(self) -> f64 {
        match self {
            Unit::Day => 30.0,
            Unit::Week => 4.345,
        }
    }
}

/// What the report is computed for.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub unit: Unit,
    /// The horizon, in months.
    pub months: u32,
    /// The discount rate per month (0.01 for 1 %).
    pub monthly_discount: f64,
    /// The purchase-count model (`--model`, BG/NBD by default).
    pub model: CountModelKind,
}

/// One customer's line of the report.
#[derive(Clone, Debug)]
pub struct Prediction {
    pub id: Id,
    pub summary: Summary,
    pub p_alive: f64,
    /// Expected purchases over the whole horizon.
    pub expected_purchases: f64,
    /// Gamma-Gamma expected spend per purchase (the population mean for x = 0).
    pub expected_spend: f64,
    /// Discounted value of the purchases over the horizon.
    pub clv: f64,
}

/// The fitted models and every customer's prediction.
#[derive(Clone, Debug)]
pub struct Report {
    /// The purchase-count model's fit (BG/NBD or Pareto/NBD).
    pub count: Fit<CountModel>,
    pub gamma_gamma: Fit<GammaGamma>,
    pub predictions: Vec<Prediction>,
}

/// Returns one customer's purchase summary, as [`summaries`] does; None
/// without a purchase by `today`. A bulk read keeps just these of every
/// customer.
pub fn summary_of(c: &Customer, today: NaiveDate, unit: Unit) -> Option<(Id, Summary)> {
    let purchases: Vec<(NaiveDate, i64)> = c
        .interactions
        .iter()
        .filter(|i| i.is_purchase())
        .filter_map(|i| {
            let cents = i.amount.map_or(0, |m| m.cents());
            (cents >= 0).then(|| (i.date.date(), i64::try_from(cents).unwrap_or(i64::MAX)))
        })
        .collect();
    let summary = summarize(&purchases, today, unit.days())?;
    Some((c.id.clone()?, summary))
}

/// Fits both models on the summaries of the whole book and predicts the
/// customers `keep` accepts: the models always learn from every customer.
pub fn report(
    summaries: &[(Id, Summary)],
    keep: impl Fn(&Id) -> bool + Sync,
    options: &Options,
) -> Result<Report, FitError> {
    let data: Vec<Summary> = summaries.iter().map(|(_, s)| *s).collect();
    let count = options.model.fit(&data)?;
    let gamma_gamma = fit_gamma_gamma(&data)?;
    let horizon = f64::from(options.months) * options.unit.per_month();
    let (bg, gg) = (&count.params, &gamma_gamma.params);
    let predictions = summaries
        .par_iter()
        .filter(|(id, _)| keep(id))
        .map(|(id, s)| Prediction {
            id: id.clone(),
            summary: *s,
            p_alive: bg.p_alive(s),
            expected_purchases: bg.expected_purchases(s, horizon),
            expected_spend: gg.expected_spend(s.x, s.mean_spend),
            clv: lifetime_value(
                bg,
                gg,
                s,
                options.months,
                options.monthly_discount,
                options.unit.per_month(),
            ),
        })
        .collect();
    Ok(Report {
        count,
        gamma_gamma,
        predictions,
    })
}

/// Returns the report people and machines read: the predictions as a
/// table, a row per customer, under a title and the facts that frame them
/// (`today`, the horizon, the discount, the unit, how many buyers the models
/// learned from, the currency). Each row holds the purchase summary the
/// models read (x, t_x, T in the unit, the mean spend) and what they
/// predict; `name_of` gives each customer's name.
///
/// People read x as the count it is, amounts to the cent and the other
/// estimates to four decimals, the name beside the id; machines read every
/// figure at full precision and the name as the last column, so no column
/// they knew moved.
pub fn render<'a>(
    report: &Report,
    name_of: impl Fn(&Id) -> Option<&'a str>,
    facts: Vec<(String, Cell)>,
    title: Label,
) -> crate::table::Report {
    let currency = facts
        .iter()
        .find(|(k, _)| k == "currency")
        .map(|(_, c)| c.to_string())
        .unwrap_or_default();
    let estimate = |key: &'static str| Column::new(key, key, Form::Fixed(4));
    let money = |key: &'static str, header: &'static str| {
        Column::new(key, header, Form::Money).with("currency", &currency)
    };
    let name = Column::new("name", "name", Form::Text);
    let mut table = Table::new(
        Label::new("clv.table", "Customers"),
        vec![
            Column::new("id", "id", Form::Text),
            name.clone().for_people(),
            Column::new("x", "x", Form::Count),
            estimate("t_x"),
            estimate("T"),
            money("mean_spend", "mean_spend ({currency})"),
            estimate("p_alive"),
            estimate("expected_purchases"),
            money("expected_spend", "expected_spend ({currency})"),
            money("clv", "clv ({currency})"),
            name.for_machines(),
        ],
    );
    for p in &report.predictions {
        let name = Cell::text(name_of(&p.id));
        table.push(Row::new([
            Cell::Text(p.id.to_string()),
            name.clone(),
            Cell::Float(p.summary.x),
            Cell::Float(p.summary.t_x),
            Cell::Float(p.summary.t),
            Cell::Float(p.summary.mean_spend),
            Cell::Float(p.p_alive),
            Cell::Float(p.expected_purchases),
            Cell::Float(p.expected_spend),
            Cell::Float(p.clv),
            name,
        ]));
    }
    crate::table::Report {
        name: "clv".into(),
        title,
        book: None,
        facts,
        data: table,
        blocks: vec![Block::Data],
        notes: Vec::new(),
    }
}
