//! `report pipeline`: the open deals at the end of the period by deal stage
//! (count, value, share of the pipeline, median age), and the deals won and
//! lost in the period (count, value, median days from opened to closed, win
//! rate).

use chrono::NaiveDate;

use super::measure::{median, share};
use super::scope::{ALL, Scope, partition};
use crate::model::{Customer, Money};
use crate::table::{Bar, Block, Cell, Chart, Column, Form, Label, Report, Table};

/// The parts of a customer this report reads (the deals); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::DEALS;

/// The stage a deal open at the end of the period is shown under when it
/// was closed (won or lost) only later.
pub const CLOSED_LATER: &str = "(closed later)";

/// Deals of one stage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageLine {
    pub stage: String,
    pub deals: u64,
    pub value: Money,
    /// Open deals: days from opened to the period's end; won and lost:
    /// days from opened to closed.
    pub days: Vec<i64>,
}

impl StageLine {
    fn new(stage: &str) -> StageLine {
        StageLine {
            stage: stage.to_string(),
            ..StageLine::default()
        }
    }

    fn add(&mut self, value: Money, days: Option<i64>) {
        self.deals += 1;
        self.value += value;
        self.days.extend(days);
    }

    /// Returns the median of `days`.
    pub fn median_days(&self) -> Option<f64> {
        median(self.days.iter().map(|&d| d as f64).collect())
    }
}

/// One group's pipeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    /// Open at the end of the period, by stage in the book's order.
    pub open: Vec<StageLine>,
    /// Won and lost in the period.
    pub won: StageLine,
    pub lost: StageLine,
}

impl Figures {
    /// Returns the number of open deals.
    pub fn open_deals(&self) -> u64 {
        self.open.iter().map(|s| s.deals).sum()
    }

    /// Returns the value of the open deals.
    pub fn open_value(&self) -> Money {
        self.open.iter().map(|s| s.value).sum()
    }

    /// Returns won / (won + lost).
    pub fn win_rate(&self) -> Option<f64> {
        share(self.won.deals, self.won.deals + self.lost.deals)
    }
}

/// Computes the pipeline of each group.
pub fn pipeline(customers: &[Customer], scope: &Scope) -> Vec<(String, Figures)> {
    partition(customers, scope.by)
        .into_iter()
        .map(|(label, members)| (label, figures(&members, scope)))
        .collect()
}

fn figures(customers: &[&Customer], scope: &Scope) -> Figures {
    let (period, schema) = (scope.period, &scope.settings.schema);
    let mut f = Figures {
        open: schema
            .deal_stages
            .iter()
            .map(|s| StageLine::new(s))
            .collect(),
        won: StageLine::new("won"),
        lost: StageLine::new("lost"),
    };
    let days = |from: Option<NaiveDate>, to: NaiveDate| from.map(|d| (to - d).num_days());
    for c in customers {
        for deal in &c.deals {
            if deal.opened.is_some_and(|d| d > period.until) {
                continue;
            }
            let value = deal.value.unwrap_or(Money::ZERO);
            let closed_by_end = deal.closed.is_none_or(|d| d <= period.until);
            if deal.is_open() || !closed_by_end {
                let stage = if deal.is_open() {
                    deal.stage.as_str()
                } else {
                    CLOSED_LATER
                };
                let line = match f.open.iter().position(|s| s.stage == stage) {
                    Some(i) => &mut f.open[i],
                    None => {
                        f.open.push(StageLine::new(stage));
                        f.open.last_mut().expect("just pushed")
                    }
                };
                line.add(value, days(deal.opened, period.until));
                continue;
            }
            let Some(closed) = deal.closed.filter(|d| period.contains(*d)) else {
                continue;
            };
            match deal.stage.as_str() {
                "won" => f.won.add(value, days(deal.opened, closed)),
                "lost" => f.lost.add(value, days(deal.opened, closed)),
                _ => {}
            }
        }
    }
    f
}

/// Returns the pipeline as a report: a row per group and stage in the data
/// (`status` open, won or lost), the open deals and the closed deals as two
/// views, the open value by stage as a chart.
pub fn render(groups: &[(String, Figures)], scope: &Scope) -> Report {
    let currency = &scope.settings.currency;

    let stage = Column::new("stage", "stage", Form::Text);
    let deals = Column::new("deals", "deals", Form::Count);
    let value = Column::labelled(
        "value",
        Label::new("pipeline.value", "value ({currency})"),
        Form::Money,
    )
    .with("currency", currency);
    let share = Column::new("share", "share", Form::Share);
    let mut data = Table::new(
        Label::default(),
        scope.columns([
            stage.clone(),
            Column::new("status", "status", Form::Text),
            deals.clone(),
            value.clone(),
            share.clone(),
            Column::labelled(
                "median_days",
                Label::new("pipeline.median_days", "median days"),
                Form::Decimal(1),
            ),
        ]),
    );
    let mut open = Table::new(
        Label::new("pipeline.open", "Open deals at the end of the period"),
        scope.columns([
            stage,
            deals.clone(),
            value.clone(),
            share,
            Column::new("median_age", "median age (days)", Form::Decimal(1)),
        ]),
    );
    let mut closed = Table::new(
        Label::new("pipeline.closed", "Deals closed in the period"),
        scope.columns([
            Column::new("outcome", "outcome", Form::Text),
            deals,
            value,
            Column::new("median_cycle", "median cycle (days)", Form::Decimal(1)),
            Column::new("win_rate", "win rate", Form::Share),
        ]),
    );
    for (label, f) in groups {
        let total = f.open_value();
        let share_of_open =
            |m: Money| (total.cents() > 0).then(|| m.cents() as f64 / total.cents() as f64);
        for line in &f.open {
            let figures = [
                Cell::Text(line.stage.clone()),
                Cell::Text("open".into()),
                Cell::count(line.deals),
                Cell::Money(line.value),
                Cell::float(share_of_open(line.value)),
                Cell::float(line.median_days()),
            ];
            data.push(scope.row(label, figures.clone()));
            let [stage, _, rest @ ..] = figures;
            open.push(scope.row(label, std::iter::once(stage).chain(rest)));
        }
        let ages: Vec<f64> = f
            .open
            .iter()
            .flat_map(|l| l.days.iter().map(|&d| d as f64))
            .collect();
        let mut row = scope.row(
            label,
            [
                Cell::Text("open total".into()).strong(),
                Cell::count(f.open_deals()).strong(),
                Cell::Money(total).strong(),
                Cell::float((total.cents() > 0).then_some(1.0)).value(),
                Cell::float(median(ages)).value(),
            ],
        );
        row.total = true;
        open.push(row);
        for (line, status, rate) in [(&f.won, "won", f.win_rate()), (&f.lost, "lost", None)] {
            data.push(scope.row(
                label,
                [
                    Cell::Text(line.stage.clone()),
                    Cell::Text(status.into()),
                    Cell::count(line.deals),
                    Cell::Money(line.value),
                    Cell::Null,
                    Cell::float(line.median_days()),
                ],
            ));
            closed.push(scope.row(
                label,
                [
                    Cell::Text(line.stage.clone()).value(),
                    Cell::count(line.deals).value(),
                    Cell::Money(line.value).value(),
                    Cell::float(line.median_days()).value(),
                    if status == "won" {
                        Cell::float(rate).value()
                    } else {
                        Cell::Null.shown("")
                    },
                ],
            ));
        }
    }
    let mut blocks = vec![Block::Table(open)];
    if let Some((_, all)) = groups.iter().find(|(l, _)| l == ALL) {
        blocks.push(Block::Chart(Chart::Bars {
            title: Label::new("pipeline.chart", "Open value by stage ({currency})")
                .with("currency", currency),
            bars: all
                .open
                .iter()
                .map(|l| Bar {
                    label: l.stage.clone(),
                    value: l.value.to_f64(),
                    text: format!(
                        "{} ({} deal{})",
                        l.value,
                        l.deals,
                        if l.deals == 1 { "" } else { "s" }
                    ),
                })
                .collect(),
        }));
    }
    blocks.push(Block::Table(closed));
    Report {
        name: "pipeline".into(),
        title: Label::new("pipeline.title", "Pipeline"),
        book: scope.book(),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            Label::new(
                "pipeline.note1",
                "Open: deals opened by the end of the period and not won or lost by then; their age is the days from opened to the end of the period. Share: of the open value.",
            ),
            Label::new(
                "pipeline.note2",
                "Won and lost: deals closed in the period; their cycle is the days from opened to closed. Win rate = won / (won + lost).",
            ),
        ],
    }
}
