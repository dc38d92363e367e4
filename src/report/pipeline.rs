//! `report pipeline`: the open deals at the end of the period by deal stage
//! (count, value, share of the pipeline, median age), and the deals won and
//! lost in the period (count, value, median days from opened to closed, win
//! rate).

use chrono::NaiveDate;

use super::measure::{median, share};
use super::scope::{ALL, Scope, partition};
use crate::model::{Customer, Money};
use crate::output::report::{Bar, Block, Chart, Report, Shown, View};
use crate::output::{Cell, Rows};

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
    let grouped = scope.by.is_some();
    let mut columns: Vec<&str> = Vec::new();
    if grouped {
        columns.push("group");
    }
    columns.extend(["stage", "status", "deals", "value", "share", "median_days"]);
    let mut data = Rows::new(columns);
    let int = |n: u64| Cell::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let float = |x: Option<f64>| x.map_or(Cell::Null, Cell::Float);
    for (label, f) in groups {
        let total = f.open_value();
        let lines = f
            .open
            .iter()
            .map(|l| (l, "open"))
            .chain([(&f.won, "won"), (&f.lost, "lost")]);
        for (line, status) in lines {
            let mut row = Vec::new();
            if grouped {
                row.push(Cell::Text(label.clone()));
            }
            let value_share = if status == "open" && total.cents() > 0 {
                Some(line.value.cents() as f64 / total.cents() as f64)
            } else {
                None
            };
            row.extend([
                Cell::Text(line.stage.clone()),
                Cell::Text(status.into()),
                int(line.deals),
                Cell::Money(line.value),
                float(value_share),
                float(line.median_days()),
            ]);
            data.rows.push(row);
        }
    }

    let lead = |label: &str| -> Vec<Shown> {
        if grouped {
            vec![Shown::text(label)]
        } else {
            Vec::new()
        }
    };
    let mut header = lead("group")
        .into_iter()
        .map(|s| s.text)
        .collect::<Vec<_>>();
    header.extend([
        "stage".to_string(),
        "deals".into(),
        format!("value ({currency})"),
        "share".into(),
        "median age (days)".into(),
    ]);
    let mut open_rows = Vec::new();
    for (label, f) in groups {
        let total = f.open_value();
        for line in &f.open {
            let mut row = lead(label);
            let value_share =
                (total.cents() > 0).then(|| line.value.cents() as f64 / total.cents() as f64);
            row.extend([
                Shown::text(&line.stage),
                Shown::count(line.deals),
                Shown::money(line.value),
                Shown::share(value_share),
                Shown::decimal(line.median_days(), 1),
            ]);
            open_rows.push(row);
        }
        let mut row = lead(label);
        let ages: Vec<f64> = f
            .open
            .iter()
            .flat_map(|l| l.days.iter().map(|&d| d as f64))
            .collect();
        row.extend([
            Shown::text("open total").strong(),
            Shown::count(f.open_deals()).strong(),
            Shown::money(total).strong(),
            Shown::share((total.cents() > 0).then_some(1.0)),
            Shown::decimal(median(ages), 1),
        ]);
        open_rows.push(row);
    }
    let mut closed_header = lead("group")
        .into_iter()
        .map(|s| s.text)
        .collect::<Vec<_>>();
    closed_header.extend([
        "outcome".to_string(),
        "deals".into(),
        format!("value ({currency})"),
        "median cycle (days)".into(),
        "win rate".into(),
    ]);
    let mut closed_rows = Vec::new();
    for (label, f) in groups {
        for (line, rate) in [(&f.won, f.win_rate()), (&f.lost, None)] {
            let mut row = lead(label);
            row.extend([
                Shown::text(&line.stage),
                Shown::count(line.deals),
                Shown::money(line.value),
                Shown::decimal(line.median_days(), 1),
                if line.stage == "won" {
                    Shown::share(rate)
                } else {
                    Shown::text("")
                },
            ]);
            closed_rows.push(row);
        }
    }
    let mut blocks = vec![Block::View(View {
        title: "Open deals at the end of the period".into(),
        header,
        rows: open_rows,
    })];
    if let Some((_, all)) = groups.iter().find(|(l, _)| l == ALL) {
        blocks.push(Block::Chart(Chart::Bars {
            title: format!("Open value by stage ({currency})"),
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
    blocks.push(Block::View(View {
        title: "Deals closed in the period".into(),
        header: closed_header,
        rows: closed_rows,
    }));
    Report {
        name: "pipeline".into(),
        title: scope.title("Pipeline"),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            "Open: deals opened by the end of the period and not won or lost by then; their age is the days from opened to the end of the period. Share: of the open value.".into(),
            "Won and lost: deals closed in the period; their cycle is the days from opened to closed. Win rate = won / (won + lost).".into(),
        ],
    }
}
