//! `report cohorts`: retention cohorts. A customer's cohort is the calendar
//! period (month, ISO week or quarter) of their first order; cell k of a
//! cohort is the share of it that ordered in the k-th period after (k = 0 is
//! the cohort's own period, 100 % by definition).
//!
//! The cohorts shown are those from the period holding `--since` (so the
//! first cohort is whole) to the one holding `--until`; orders up to
//! `--until` count.

use chrono::NaiveDate;

use super::calendar::Calendar;
use super::lifecycle::purchases;
use super::scope::{ALL, Scope, partition};
use crate::model::Customer;
use crate::table::{Block, Cell, Chart, Column, Form, Label, Report, Row, Table};

/// The parts of a customer this report reads (the purchases); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::INTERACTIONS;

/// One cohort and who in it ordered in each period since.
#[derive(Clone, Debug, PartialEq)]
pub struct Cohort {
    pub start: NaiveDate,
    pub label: String,
    /// Customers whose first order fell in the cohort's period.
    pub size: u64,
    /// Customers of the cohort who ordered in period k = 0, 1, … up to the
    /// period holding `--until`.
    pub active: Vec<u64>,
}

impl Cohort {
    /// Returns the share of the cohort that ordered in period k.
    pub fn share(&self, k: usize) -> Option<f64> {
        let n = *self.active.get(k)?;
        (self.size > 0).then(|| n as f64 / self.size as f64)
    }
}

/// Computes the cohorts of each group.
pub fn cohorts(
    customers: &[Customer],
    scope: &Scope,
    calendar: Calendar,
) -> Vec<(String, Vec<Cohort>)> {
    partition(customers, scope.by)
        .into_iter()
        .map(|(label, members)| (label, group_cohorts(&members, scope, calendar)))
        .collect()
}

fn group_cohorts(customers: &[&Customer], scope: &Scope, calendar: Calendar) -> Vec<Cohort> {
    let until = scope.period.until;
    let first_start = calendar.start(scope.period.since);
    let mut cohorts = Vec::new();
    let mut start = first_start;
    while start <= until {
        let periods = calendar.index(start, until) as usize + 1;
        cohorts.push(Cohort {
            start,
            label: calendar.label(start),
            size: 0,
            active: vec![0; periods],
        });
        start = calendar.next(start);
    }
    for c in customers {
        let Some(first) = purchases(c, until).map(|(d, _)| d).min() else {
            continue;
        };
        if first < first_start {
            continue;
        }
        let index = calendar.index(first_start, first) as usize;
        let cohort = &mut cohorts[index];
        cohort.size += 1;
        let mut seen = vec![false; cohort.active.len()];
        for (day, _) in purchases(c, until) {
            let k = calendar.index(cohort.start, day);
            if let Ok(k) = usize::try_from(k)
                && k < seen.len()
            {
                seen[k] = true;
            }
        }
        for (k, bought) in seen.into_iter().enumerate() {
            cohort.active[k] += u64::from(bought);
        }
    }
    cohorts
}

/// Returns the cohorts as a report: a row per group, cohort and k in the
/// data; for people the counts and the shares as matrices (shaded in html),
/// and a heat map of the whole book's.
pub fn render(groups: &[(String, Vec<Cohort>)], scope: &Scope, calendar: Calendar) -> Report {
    let cohort = Column::new("cohort", "cohort", Form::Text);
    let size = Column::new("size", "size", Form::Count);
    let mut data = Table::new(
        Label::default(),
        scope.columns([
            cohort.clone(),
            size.clone(),
            Column::new("k", "k", Form::Count),
            Column::new("customers", "customers", Form::Count),
            Column::new("share", "share", Form::Share),
        ]),
    );
    for (label, cohorts) in groups {
        for c in cohorts {
            for (k, n) in c.active.iter().enumerate() {
                data.push(scope.row(
                    label,
                    [
                        Cell::Text(c.label.clone()),
                        Cell::count(c.size),
                        Cell::count(k as u64),
                        Cell::count(*n),
                        Cell::float(c.share(k)),
                    ],
                ));
            }
        }
    }

    let unit = match calendar {
        Calendar::Week => "week",
        Calendar::Month => "month",
        Calendar::Quarter => "quarter",
    };
    let mut blocks = Vec::new();
    for (label, cohorts) in groups {
        let width = cohorts.first().map_or(0, |c| c.active.len());
        let suffix = if scope.by.is_some() {
            format!(" — {label}")
        } else {
            String::new()
        };
        if label == ALL {
            blocks.push(Block::Chart(Chart::Heatmap {
                title: Label::new("cohorts.chart", "Retention by {unit} of first order{group}")
                    .with("unit", unit)
                    .with("group", &suffix),
                rows: cohorts
                    .iter()
                    .map(|c| format!("{} ({})", c.label, c.size))
                    .collect(),
                columns: (0..width).map(|k| k.to_string()).collect(),
                cells: cohorts
                    .iter()
                    .map(|c| {
                        (0..width)
                            .map(|k| {
                                let share = c.share(k)?;
                                Some((share, format!("{:.0}%", share * 100.0)))
                            })
                            .collect()
                    })
                    .collect(),
            }));
        }
        // For people: the cohorts down, k across.
        let matrix = |title: Label, form: Form| {
            let mut columns = vec![cohort.clone(), size.clone()];
            columns
                .extend((0..width).map(|k| {
                    Column::labelled(k.to_string(), Label::verbatim(k.to_string()), form)
                }));
            Table::new(title.with("unit", unit).with("group", &suffix), columns)
        };
        let mut shares = matrix(
            Label::new(
                "cohorts.shares",
                "Share of each cohort ordering {unit} k after its first{group}",
            ),
            Form::Share,
        );
        let mut counts = matrix(
            Label::new(
                "cohorts.counts",
                "Customers of each cohort ordering {unit} k after its first{group}",
            ),
            Form::Count,
        );
        for c in cohorts {
            let lead = || {
                vec![
                    Cell::Text(c.label.clone()).value(),
                    Cell::count(c.size).strong(),
                ]
            };
            let mut row = lead();
            row.extend((0..width).map(|k| match c.share(k) {
                Some(x) => Cell::Float(x).value().shaded(x),
                None if k < c.active.len() => Cell::Null.value(),
                None => Cell::Null.shown(""),
            }));
            shares.push(Row::new(row));
            let mut row = lead();
            row.extend((0..width).map(|k| {
                c.active
                    .get(k)
                    .map_or(Cell::Null, |n| Cell::count(*n))
                    .value()
            }));
            counts.push(Row::new(row));
        }
        blocks.push(Block::Table(shares));
        blocks.push(Block::Table(counts));
    }
    let mut facts = scope.facts();
    facts.insert(2, ("cohort".into(), Cell::Text(unit.into())));
    if let Some((_, Cell::Date(_))) = facts.first() {
        facts[0].1 = Cell::day(calendar.start(scope.period.since));
    }
    Report {
        name: "cohorts".into(),
        title: Label::new("cohorts.title", "Retention cohorts"),
        book: scope.book(),
        facts,
        data,
        blocks,
        notes: vec![
            Label::new("cohorts.note1", "Cohort: the {unit} of a customer's first order (a purchase with a non-negative amount); size: its customers. Cell k: the share (and number) of the cohort that ordered in the {unit} k {unit}s after; k = 0 is 100 %.").with("unit", unit),
            Label::new("cohorts.note2", "The period starts with the whole {unit} holding --since. The last cell of each row is the {unit} holding --until and may be incomplete.").with("unit", unit),
        ],
    }
}
