//! `report journey`: the customer journey stage by stage, the data side of
//! journey mapping and of a service blueprint's line of interaction.
//!
//! A customer's path through the lifecycle is read as `report funnel` reads
//! it ([`super::funnel::path`]): the stage they were created in (entered on
//! `created`), then the stage each `stage` interaction entered. For each
//! stage of the book's lifecycle, of the customers who entered it in the
//! period, their first such **stay** counts: from the day they entered it
//! to the day of their next move (left), or, when they had not moved on by
//! the end of the period, up to that day. Unlike the funnel, a stage skipped
//! by a move (lead → customer skips prospect) is not entered: nobody spent
//! time in it.
//!
//! - entered: customers who entered the stage in the period;
//! - median days: of the stays that ended (by a move) by the end of the
//!   period, the days from entering to leaving;
//! - touchpoints per customer, by interaction kind: interactions other
//!   than stage moves dated in the stay (from the day entered, up to the
//!   day before the day left: the day of a move belongs to the stage it
//!   entered), divided by the customers who entered;
//! - NPS and CSAT: of each customer's latest answer given in the stay;
//! - moved on: the stay ended by a move to another stage than the exit
//!   stage; dropped out: it ended by a move to the exit stage (the
//!   lifecycle's last stage, when it comes after `customer`: churned), or
//!   it had not ended and the customer went quiet — no contact (an
//!   interaction other than a stage move) during the `churn_after` before
//!   the end of the period, counting the day they entered as a contact.
//!   The rest are still in the stage. For the exit stage itself there is
//!   no dropping out: leaving it is moving on (won back).

use chrono::NaiveDate;

use super::funnel::path;
use super::lifecycle::CUSTOMER;
use super::measure::{Scores, median, share};
use super::scope::{ALL, Scope, partition};
use crate::model::customer::Interaction;
use crate::model::fast::Parts;
use crate::model::schema::is_move;
use crate::model::{Customer, Schema};
use crate::table::{
    Block, Cell, Chart, Column, Form, Label, Report, Table, Value, percent, trim_decimals,
};

/// The parts of a customer this report reads: the stage moves, the stage,
/// the day created and every interaction with its scores.
pub const PARTS: Parts = Parts::CREATED
    .with(Parts::STAGE)
    .with(Parts::INTERACTION_DETAILS);

/// One stage of the journey.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Step {
    pub stage: String,
    /// True for the exit stage (no dropping out of it).
    pub exit: bool,
    /// Customers who entered the stage in the period.
    pub entered: u64,
    /// Days of each stay that ended by the end of the period.
    pub days: Vec<i64>,
    /// Touchpoints in the stays, by kind (in the journey's kind order).
    pub touchpoints: Vec<u64>,
    /// The survey scores given in the stays.
    pub scores: Scores,
    pub moved_on: u64,
    pub dropped_out: u64,
}

impl Step {
    /// Returns the median days of the stays that ended.
    pub fn median_days(&self) -> Option<f64> {
        median(self.days.iter().map(|&d| d as f64).collect())
    }

    /// Returns the touchpoints of kind `k` per customer who entered.
    pub fn per_customer(&self, k: usize) -> Option<f64> {
        share(self.touchpoints[k], self.entered)
    }

    /// Returns every touchpoint per customer who entered.
    pub fn total_per_customer(&self) -> Option<f64> {
        share(self.touchpoints.iter().sum(), self.entered)
    }

    /// Returns the customers still in the stage at the end of the period.
    pub fn still_in(&self) -> u64 {
        self.entered - self.moved_on - self.dropped_out
    }
}

/// The journey of each group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Journey {
    /// The interaction kinds of the touchpoint columns: the book's, then any
    /// other kind found, by name.
    pub kinds: Vec<String>,
    pub groups: Vec<(String, Vec<Step>)>,
}

/// Returns the exit stage: the lifecycle's last stage, when it comes after
/// `customer`.
pub fn exit_stage(schema: &Schema) -> Option<&str> {
    let customer = schema.stages.iter().position(|s| s == CUSTOMER)?;
    (schema.stages.len() > customer + 1)
        .then(|| schema.stages.last().map(String::as_str))
        .flatten()
}

/// Computes the journey of each group.
pub fn journey(customers: &[Customer], scope: &Scope) -> Journey {
    let schema = &scope.settings.schema;
    let mut kinds: Vec<String> = schema
        .interaction_kinds
        .iter()
        .filter(|k| !is_move(k))
        .cloned()
        .collect();
    let mut others: Vec<&str> = customers
        .iter()
        .flat_map(|c| &c.interactions)
        .map(|i| i.kind.as_str())
        .filter(|k| !is_move(k) && !kinds.iter().any(|x| x == k))
        .collect();
    others.sort_unstable();
    others.dedup();
    kinds.extend(others.into_iter().map(String::from));
    let groups = partition(customers, scope.by)
        .into_iter()
        .map(|(label, members)| (label, steps(&members, scope, &kinds)))
        .collect();
    Journey { kinds, groups }
}

fn steps(customers: &[&Customer], scope: &Scope, kinds: &[String]) -> Vec<Step> {
    let (period, schema) = (scope.period, &scope.settings.schema);
    let exit = exit_stage(schema);
    let quiet_before = scope.settings.churn_after.before(period.until);
    let mut steps: Vec<Step> = schema
        .stages
        .iter()
        .map(|s| Step {
            stage: s.clone(),
            exit: Some(s.as_str()) == exit,
            touchpoints: vec![0; kinds.len()],
            ..Step::default()
        })
        .collect();
    for c in customers {
        let path: Vec<(&str, NaiveDate)> = path(c, schema)
            .into_iter()
            .filter(|(_, d)| *d <= period.until)
            .collect();
        for step in steps.iter_mut() {
            let Some(k) = path
                .iter()
                .position(|(s, d)| *s == step.stage && period.contains(*d))
            else {
                continue;
            };
            step.entered += 1;
            let entered = path[k].1;
            let next = path.get(k + 1);
            let in_stay = |i: &&Interaction| {
                let day = i.date.date();
                day >= entered
                    && match next {
                        Some((_, left)) => day < *left,
                        None => day <= period.until,
                    }
            };
            let stay: Vec<&Interaction> = c.interactions.iter().filter(in_stay).collect();
            for i in stay.iter().filter(|i| !is_move(&i.kind)) {
                if let Some(k) = kinds.iter().position(|x| *x == i.kind) {
                    step.touchpoints[k] += 1;
                }
            }
            step.scores.add_customer(stay.iter().copied());
            match next {
                Some((to, left)) => {
                    step.days.push((*left - entered).num_days());
                    if !step.exit && Some(*to) == exit {
                        step.dropped_out += 1;
                    } else {
                        step.moved_on += 1;
                    }
                }
                None => {
                    let last_contact = c
                        .interactions
                        .iter()
                        .filter(|i| !is_move(&i.kind) && i.date.date() <= period.until)
                        .map(|i| i.date.date())
                        .max()
                        .map_or(entered, |d| d.max(entered));
                    if !step.exit && quiet_before.is_some_and(|h| last_contact < h) {
                        step.dropped_out += 1;
                    }
                }
            }
        }
    }
    steps
}

/// Returns the journey as a report: a row per group and stage, and in html
/// the stages × touchpoints heat map.
pub fn render(journey: &Journey, scope: &Scope) -> Report {
    let mut columns = vec![
        Column::new("stage", "stage", Form::Text),
        Column::new("entered", "entered", Form::Count),
        Column::labelled(
            "median_days",
            Label::new("journey.median_days", "median days"),
            Form::Decimal(1),
        ),
    ];
    columns.extend(journey.kinds.iter().map(|k| {
        Column::labelled(
            format!("touchpoints.{k}"),
            Label::verbatim(k.clone()),
            Form::Decimal(2),
        )
    }));
    columns.extend([
        Column::new("touchpoints_total", "all touchpoints", Form::Decimal(2)),
        Column::labelled(
            "nps",
            Label::new("journey.nps", "NPS (responses)"),
            Form::Decimal(1),
        ),
        Column::labelled(
            "nps_responses",
            Label::new("responses.nps", "NPS responses"),
            Form::Count,
        )
        .for_machines(),
        Column::labelled(
            "csat",
            Label::new("journey.csat", "CSAT 1–5 (responses)"),
            Form::Decimal(2),
        ),
        Column::labelled(
            "csat_responses",
            Label::new("responses.csat", "CSAT responses"),
            Form::Count,
        )
        .for_machines(),
        Column::labelled(
            "ces",
            Label::new("journey.ces", "CES 1–7 (responses)"),
            Form::Decimal(2),
        ),
        Column::labelled(
            "ces_responses",
            Label::new("responses.ces", "CES responses"),
            Form::Count,
        )
        .for_machines(),
        Column::new("moved_on", "moved on", Form::Count),
        Column::new("moved_on_share", "moved on (share)", Form::Share).for_machines(),
        Column::new("dropped_out", "dropped out", Form::Count),
        Column::new("dropped_out_share", "dropped out (share)", Form::Share).for_machines(),
        Column::new("still_in", "still in", Form::Count),
    ]);
    let mut data = Table::new(
        Label::new("journey.table", "Journey by stage"),
        scope.columns(columns),
    );
    let most = journey
        .groups
        .iter()
        .flat_map(|(_, steps)| steps)
        .flat_map(|s| (0..journey.kinds.len()).filter_map(move |k| s.per_customer(k)))
        .fold(0.0_f64, f64::max);
    let shade = |x: Option<f64>| match x {
        Some(x) if most > 0.0 => Cell::Float(x).value().shaded(x / most),
        _ => Cell::float(x).value(),
    };
    // People read a score with the number of answers behind it.
    let with_responses = |x: Option<f64>, n: u64, decimals: usize| match x {
        Some(x) => Cell::Float(x).shown(
            Label::new("journey.score_of", "{score} ({count})")
                .with("score", trim_decimals(x, decimals))
                .with("count", n),
        ),
        None => Cell::Null.value(),
    };
    for (label, steps) in &journey.groups {
        for s in steps {
            let with_share = |n: u64| {
                let text: Label = match share(n, s.entered) {
                    _ if s.entered == 0 => n.to_string().into(),
                    Some(x) => Label::new("journey.count_share", "{count} ({percent} %)")
                        .with("count", n)
                        .with("percent", format!("{:.1}", x * 100.0)),
                    None => format!("{n} ({})", percent(None)).into(),
                };
                Cell::count(n).shown(text)
            };
            let mut row: Vec<Value> = vec![
                Cell::Text(s.stage.clone()).value(),
                Cell::count(s.entered).value(),
                Cell::float(s.median_days()).value(),
            ];
            row.extend((0..journey.kinds.len()).map(|k| shade(s.per_customer(k))));
            row.extend([
                Cell::float(s.total_per_customer()).strong(),
                with_responses(s.scores.nps.score(), s.scores.nps.responses(), 1),
                Cell::count(s.scores.nps.responses()).value(),
                with_responses(s.scores.csat(), s.scores.csat_responses, 2),
                Cell::count(s.scores.csat_responses).value(),
                with_responses(s.scores.ces(), s.scores.ces_responses, 2),
                Cell::count(s.scores.ces_responses).value(),
                with_share(s.moved_on),
                Cell::float(share(s.moved_on, s.entered)).value(),
            ]);
            if s.exit {
                row.extend([Cell::Null.value(), Cell::Null.value()]);
            } else {
                row.extend([
                    with_share(s.dropped_out),
                    Cell::float(share(s.dropped_out, s.entered)).value(),
                ]);
            }
            row.push(with_share(s.still_in()));
            data.push(scope.row(label, row));
        }
    }
    let mut blocks = Vec::new();
    if let Some((_, steps)) = journey.groups.iter().find(|(l, _)| l == ALL) {
        blocks.push(Block::Chart(Chart::Heatmap {
            title: Label::new(
                "journey.chart",
                "Touchpoints per customer: stage × interaction kind",
            ),
            rows: steps.iter().map(|s| s.stage.clone()).collect(),
            columns: journey.kinds.clone(),
            cells: steps
                .iter()
                .map(|s| {
                    (0..journey.kinds.len())
                        .map(|k| {
                            let x = s.per_customer(k)?;
                            let level = if most > 0.0 { x / most } else { 0.0 };
                            Some((level, trim_decimals(x, 1)))
                        })
                        .collect()
                })
                .collect(),
        }));
    }
    blocks.push(Block::Data);
    let churn_after = scope.settings.churn_after;
    let exit = exit_stage(&scope.settings.schema).unwrap_or("(none)");
    Report {
        name: "journey".into(),
        title: Label::new("journey.title", "Journey"),
        book: scope.book(),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            Label::new(
                "journey.note.stay",
                "Entered: customers who entered the stage in the period (the stage a customer was created in on `created`, later stages by their `stage` moves; a stage a move skipped is not entered). Each customer's first such stay counts: from entering to their next move, or to the end of the period. Median days: of the stays that ended by its end.",
            ),
            Label::new(
                "journey.note.touchpoints",
                "Touchpoints per customer: interactions of each kind (stage moves aside) in the stays, from the day entered to the day before the next move, divided by the customers who entered. NPS and CSAT: each customer's latest answer in the stay; NPS = % promoters (9–10) − % detractors (0–6), CSAT the mean (1–5), CES the mean (1–7).",
            ),
            Label::new(
                "journey.note.outcome",
                "Moved on: the stay ended by a move to a stage other than {exit}. Dropped out: it ended by a move to {exit}, or it had not ended and the customer had no contact (an interaction other than a stage move; entering counts) in the {churn_after} (churn_after) before the end of the period. Still in: the others.",
            )
            .with("exit", exit)
            .with("churn_after", churn_after),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exit_stage_is_the_last_one_after_customer() {
        let schema = |stages: &[&str]| Schema {
            stages: stages.iter().map(|s| s.to_string()).collect(),
            ..Schema::default()
        };
        assert_eq!(exit_stage(&Schema::default()), Some("churned"));
        assert_eq!(exit_stage(&schema(&["lead", "customer"])), None);
        assert_eq!(exit_stage(&schema(&["lead", "won", "lost"])), None);
        assert_eq!(
            exit_stage(&schema(&["lead", "customer", "vip", "lost"])),
            Some("lost")
        );
    }
}
