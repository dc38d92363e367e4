//! `report funnel`: from the `stage` interactions, how many customers entered
//! each stage of the lifecycle in the period, how many of them went on to the
//! next stage by the period's end, and the median days spent in each stage.
//!
//! A customer's path is the stage they were created in (entered on
//! `created`: the stage their first move left, or without moves their
//! stage), then the stage each move entered, in time order. A stay in a
//! stage lasts from entering it to the next move.

use chrono::NaiveDate;

use super::lifecycle::{CUSTOMER, stage_moves};
use super::measure::{median, share};
use super::scope::{ALL, Scope, partition};
use crate::model::{Customer, Schema};
use crate::table::{Bar, Block, Cell, Chart, Column, Form, Label, Report, Table, percent};

/// The parts of a customer this report reads (the stage moves, the stage and the day created); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::CREATED
    .with(crate::model::fast::Parts::STAGE)
    .with(crate::model::fast::Parts::STAGE_MOVES);

/// One stage of the funnel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Step {
    pub stage: String,
    /// The stage after it in the lifecycle; None for the last.
    pub next: Option<String>,
    /// Customers who entered the stage in the period.
    pub entered: u64,
    /// Of them, those who entered the next stage afterwards, by the end of
    /// the period.
    pub converted: u64,
    /// Days of each stay in the stage that began in the period and ended
    /// (by a move) by its end.
    pub days: Vec<i64>,
}

impl Step {
    /// Returns converted / entered; None for the last stage or no entrants.
    pub fn conversion(&self) -> Option<f64> {
        self.next.as_ref()?;
        share(self.converted, self.entered)
    }

    /// Returns the median days of the stays that ended.
    pub fn median_days(&self) -> Option<f64> {
        median(self.days.iter().map(|&d| d as f64).collect())
    }
}

/// Returns the customer's path: (stage, day entered), in time order.
pub fn path<'c>(c: &'c Customer, schema: &'c Schema) -> Vec<(&'c str, NaiveDate)> {
    let moves = stage_moves(c);
    let mut path = Vec::with_capacity(moves.len() + 1);
    if let Some(created) = c.created {
        let initial = match moves.first() {
            Some(first) => first.from.as_deref(),
            None => c.stage.as_deref(),
        };
        if let Some(stage) = initial.or_else(|| schema.default_stage()) {
            path.push((stage, created));
        }
    }
    for m in moves {
        if let Some(to) = m.to.as_deref() {
            path.push((to, m.date.date()));
        }
    }
    path
}

/// Computes the funnel of each group.
pub fn funnel(customers: &[Customer], scope: &Scope) -> Vec<(String, Vec<Step>)> {
    partition(customers, scope.by)
        .into_iter()
        .map(|(label, members)| (label, steps(&members, scope)))
        .collect()
}

fn steps(customers: &[&Customer], scope: &Scope) -> Vec<Step> {
    let (period, schema) = (scope.period, &scope.settings.schema);
    let stages = &schema.stages;
    let mut steps: Vec<Step> = stages
        .iter()
        .enumerate()
        .map(|(i, s)| Step {
            stage: s.clone(),
            next: stages.get(i + 1).cloned(),
            ..Step::default()
        })
        .collect();
    for c in customers {
        let path: Vec<(&str, NaiveDate)> = path(c, schema)
            .into_iter()
            .filter(|(_, d)| *d <= period.until)
            .collect();
        let path = with_skipped_stages(&path, stages);
        for step in steps.iter_mut() {
            let Some(first) = path
                .iter()
                .position(|p| p.stage == step.stage && period.contains(p.date))
            else {
                continue;
            };
            step.entered += 1;
            let entered_on = path[first].date;
            if let Some(next) = &step.next
                && path[first + 1..]
                    .iter()
                    .any(|p| p.stage == next && p.date >= entered_on)
            {
                step.converted += 1;
            }
            for (i, p) in path.iter().enumerate() {
                if p.stage == step.stage
                    && !p.skipped
                    && period.contains(p.date)
                    && let Some(left) = path.get(i + 1)
                {
                    step.days.push((left.date - p.date).num_days());
                }
            }
        }
    }
    steps
}

/// A stage on a customer's path through the funnel.
struct Passed<'c> {
    stage: &'c str,
    date: NaiveDate,
    /// Passed through by a move that skipped it (lead → customer passes
    /// prospect): it counts as entered and left the same day, and gives no
    /// days in the stage.
    skipped: bool,
}

/// Returns the path with the stages a forward move skipped put in, so a
/// lead that goes straight to customer counts as having passed through
/// prospect. Forward means up the lifecycle to `customer`; stages after it
/// (churned) are where customers leave, so a move there skips nothing.
fn with_skipped_stages<'c>(path: &[(&'c str, NaiveDate)], stages: &'c [String]) -> Vec<Passed<'c>> {
    let rank = |s: &str| stages.iter().position(|x| x == s);
    let last_forward = rank(CUSTOMER);
    let mut out: Vec<Passed<'c>> = Vec::with_capacity(path.len());
    for &(stage, date) in path {
        if let (Some(prev), Some(to), Some(top)) = (out.last(), rank(stage), last_forward)
            && let Some(from) = rank(prev.stage)
            && from < to
            && to <= top
        {
            for skipped in &stages[from + 1..to] {
                out.push(Passed {
                    stage: skipped,
                    date,
                    skipped: true,
                });
            }
        }
        out.push(Passed {
            stage,
            date,
            skipped: false,
        });
    }
    out
}

/// Returns the funnel as a report: a row per group and stage, the stages as
/// bars.
pub fn render(groups: &[(String, Vec<Step>)], scope: &Scope) -> Report {
    let mut data = Table::new(
        Label::new("funnel.table", "Funnel"),
        scope.columns([
            Column::new("stage", "stage", Form::Text),
            Column::new("entered", "entered", Form::Count),
            Column::new("next", "went on to", Form::Text),
            Column::new("converted", "converted", Form::Count),
            Column::new("conversion", "conversion", Form::Share),
            Column::new("median_days", "median days in stage", Form::Decimal(1)),
        ]),
    );
    for (label, steps) in groups {
        for step in steps {
            data.push(scope.row(
                label,
                [
                    Cell::Text(step.stage.clone()),
                    Cell::count(step.entered),
                    Cell::text(step.next.as_deref()),
                    match step.next {
                        Some(_) => Cell::count(step.converted),
                        None => Cell::Null,
                    },
                    Cell::float(step.conversion()),
                    Cell::float(step.median_days()),
                ],
            ));
        }
    }
    let mut blocks = Vec::new();
    if let Some((_, all)) = groups.iter().find(|(l, _)| l == ALL) {
        blocks.push(Block::Chart(Chart::Bars {
            title: Label::new("funnel.chart", "Customers entering each stage"),
            bars: all
                .iter()
                .map(|s| Bar {
                    label: s.stage.clone(),
                    value: s.entered as f64,
                    text: match &s.next {
                        Some(next) if s.entered > 0 => {
                            crate::msg!(
                                "funnel-bar.on-to",
                                entered = s.entered.to_string(),
                                share = crate::lang::catalogue()
                                    .number(&percent(s.conversion()))
                                    .into_owned(),
                                next = next.as_str()
                            )
                        }
                        _ => s.entered.to_string(),
                    },
                })
                .collect(),
        }));
    }
    blocks.push(Block::Data);
    Report {
        name: "funnel".into(),
        title: Label::new("funnel.title", "Funnel"),
        book: scope.book(),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            Label::new(
                "funnel.note1",
                "Entered: customers who entered the stage in the period (the stage a customer was created in counts as entered on `created`; later stages by their `stage` interactions).",
            ),
            Label::new(
                "funnel.note2",
                "Converted: of those, the customers who entered the next stage of the lifecycle afterwards, by the end of the period; a move that skips stages up to customer (lead → customer) passes through them. Median days: of the stays in the stage that began in the period and ended by its end.",
            ),
        ],
    }
}
