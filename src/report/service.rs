//! `report service`: support cases (`support` interactions) opened and
//! resolved, the median time to resolve, the share resolved within the
//! book's `sla`, and the cases open at the end — for the period and each
//! month (or week, quarter) in it.
//!
//! A case opens at its `date` and is resolved at its `resolved` (a plain
//! date counts as its midnight). Its deadline is `date` + `sla` (the
//! `sla` of its `priority`, where the book sets one per priority).
//!
//! Beside the cases, what customers said in the span: NPS, CSAT and CES, as
//! `report nps` computes them.

use chrono::{Days, NaiveDate, NaiveDateTime};

use super::calendar::Calendar;
use super::measure::{NpsCount, SurveyScores, median, share};
use super::nps::WHOLE;
use super::scope::{ALL, Period, Scope, partition};
use crate::model::Customer;
use crate::model::duration::Sla;
use crate::table::{Bar, Block, Cell, Chart, Column, Form, Label, Report, Table, trim_decimals};

/// The parts of a customer this report reads (the support cases); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::INTERACTION_DETAILS;

/// The kind of interaction a support case is.
pub const SUPPORT: &str = "support";

/// One span's cases.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Line {
    pub label: String,
    pub span: Option<Period>,
    /// Cases opened in the span.
    pub opened: u64,
    /// Cases resolved in the span, and the hours each took.
    pub resolved: u64,
    pub hours: Vec<f64>,
    /// Cases opened in the span whose outcome is known at the end of the
    /// period (resolved by then, or past their deadline), and those of them
    /// resolved by their deadline.
    pub decided: u64,
    pub within_sla: u64,
    /// Cases open at the end of the span, and those of them past their
    /// deadline.
    pub open_at_end: u64,
    pub overdue_at_end: u64,
    /// The survey answers given in the span.
    pub nps: NpsCount,
    pub scores: SurveyScores,
}

impl Line {
    /// Returns the median hours to resolve.
    pub fn median_hours(&self) -> Option<f64> {
        median(self.hours.clone())
    }

    /// Returns within_sla / decided.
    pub fn within_sla_share(&self) -> Option<f64> {
        share(self.within_sla, self.decided)
    }
}

/// Returns the first moment after `day`.
fn end_of(day: NaiveDate) -> NaiveDateTime {
    (day + Days::new(1)).and_time(chrono::NaiveTime::MIN)
}

/// Computes, for each group, the whole period's figures and each span's.
pub fn service(
    customers: &[Customer],
    scope: &Scope,
    calendar: Calendar,
) -> Vec<(String, Vec<Line>)> {
    let spans = calendar.spans(scope.period);
    let sla = &scope.settings.sla;
    partition(customers, scope.by)
        .into_iter()
        .map(|(label, members)| {
            let mut lines = vec![line(&members, scope.period, scope.period, sla, WHOLE)];
            lines.extend(spans.iter().map(|span| {
                let name = calendar.label(calendar.start(span.since));
                line(&members, *span, scope.period, sla, &name)
            }));
            (label, lines)
        })
        .collect()
}

fn line(customers: &[&Customer], span: Period, period: Period, sla: &Sla, label: &str) -> Line {
    let mut l = Line {
        label: label.to_string(),
        span: Some(span),
        nps: super::nps::count(customers, span),
        scores: SurveyScores::of(customers, span),
        ..Line::default()
    };
    let known_by = end_of(period.until);
    let span_end = end_of(span.until);
    for c in customers {
        for i in c.interactions.iter().filter(|i| i.kind == SUPPORT) {
            let opened = i.date.moment();
            if opened >= known_by {
                continue;
            }
            let deadline = sla
                .of(i.priority.as_deref())
                .after_moment(opened)
                .unwrap_or(NaiveDateTime::MAX);
            let resolved = i.resolved.map(|r| r.moment()).filter(|r| *r < known_by);
            if span.contains(i.date.date()) {
                l.opened += 1;
                match resolved {
                    Some(r) => {
                        l.decided += 1;
                        l.within_sla += u64::from(r <= deadline);
                    }
                    None if deadline < known_by => l.decided += 1,
                    None => {}
                }
            }
            if let Some(r) = resolved
                && span.contains(r.date())
            {
                l.resolved += 1;
                l.hours.push((r - opened).num_seconds() as f64 / 3600.0);
            }
            if opened < span_end && resolved.is_none_or(|r| r >= span_end) {
                l.open_at_end += 1;
                l.overdue_at_end += u64::from(deadline < span_end);
            }
        }
    }
    l
}

/// Returns the service figures as a report: a row per group and span, cases
/// opened by span as columns in html.
pub fn render(groups: &[(String, Vec<Line>)], scope: &Scope, calendar: Calendar) -> Report {
    let sla = &scope.settings.sla;
    let mut data = Table::new(
        Label::new("service.table", "Support cases"),
        scope.columns(
            [
                Column::new("period", "period", Form::Text),
                Column::new("since", "since", Form::Text).for_machines(),
                Column::new("until", "until", Form::Text).for_machines(),
                Column::new("opened", "opened", Form::Count),
                Column::new("resolved", "resolved", Form::Count),
                Column::new("median_hours", "median hours to resolve", Form::Decimal(1)),
                Column::new("decided", "decided", Form::Count).for_machines(),
                Column::new("within_sla", "within SLA", Form::Count).for_machines(),
                Column::new("within_sla_share", "within SLA ({sla})", Form::Share).with("sla", sla),
                Column::new("open_at_end", "open at end", Form::Count),
                Column::new("overdue_at_end", "past SLA at end", Form::Count),
                Column::new("nps", "NPS", Form::Decimal(1)),
            ]
            .into_iter()
            .chain(super::nps::score_columns()),
        ),
    );
    for (label, lines) in groups {
        for l in lines {
            let span = l.span.expect("every line has its span");
            let whole = l.label == WHOLE;
            let [csat_count, csat, ces_count, ces] = super::nps::score_cells(&l.scores);
            // People read the share with what it is of.
            let within = match l.within_sla_share() {
                Some(x) => Cell::Float(x).shown(
                    Label::new("service.within_of", "{within} of {decided} ({percent} %)")
                        .with("within", l.within_sla)
                        .with("decided", l.decided)
                        .with("percent", format!("{:.1}", x * 100.0)),
                ),
                None => Cell::Null.value(),
            };
            data.push(scope.row(
                label,
                [
                    Cell::Text(l.label.clone()).strong_if(whole),
                    Cell::day(span.since).value(),
                    Cell::day(span.until).value(),
                    Cell::count(l.opened).strong_if(whole),
                    Cell::count(l.resolved).strong_if(whole),
                    Cell::float(l.median_hours()).value(),
                    Cell::count(l.decided).value(),
                    Cell::count(l.within_sla).value(),
                    within,
                    Cell::count(l.open_at_end).value(),
                    Cell::count(l.overdue_at_end).value(),
                    Cell::float(l.nps.score()).value(),
                    csat_count,
                    csat,
                    ces_count,
                    ces,
                ],
            ));
        }
    }
    let mut blocks = vec![Block::Data];
    if let Some((_, lines)) = groups.iter().find(|(l, _)| l == ALL) {
        let monthly = calendar == Calendar::Month;
        let label = |l: &Line| {
            if monthly {
                super::calendar::short_month(&l.label)
            } else {
                l.label.clone()
            }
        };
        blocks.push(Block::Chart(Chart::Columns {
            title: Label::new("service.opened", "Cases opened by period"),
            columns: lines
                .iter()
                .filter(|l| l.label != WHOLE)
                .map(|l| Bar {
                    label: label(l),
                    value: l.opened as f64,
                    text: if l.opened > 0 {
                        l.opened.to_string()
                    } else {
                        String::new()
                    },
                })
                .collect(),
        }));
        blocks.push(Block::Chart(Chart::Columns {
            title: Label::new("service.hours", "Median hours to resolve by period"),
            columns: lines
                .iter()
                .filter(|l| l.label != WHOLE)
                .map(|l| Bar {
                    label: label(l),
                    value: l.median_hours().unwrap_or(0.0),
                    text: l
                        .median_hours()
                        .map_or_else(String::new, |h| trim_decimals(h, 0)),
                })
                .collect(),
        }));
    }
    Report {
        name: "service".into(),
        title: Label::new("service.title", "Service"),
        book: scope.book(),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            Label::new("service.note1", "Cases: `support` interactions, opened at their date, resolved at `resolved` (a plain date is its midnight). Median hours: of the cases resolved in the span. Within SLA: of the cases opened in the span whose outcome is known by the end of the period (resolved, or past the deadline date + {sla}), those resolved by the deadline.").with("sla", sla),
            Label::new("service.note2", "Open at end: cases opened by the end of the span and not resolved by then, whenever opened; past SLA: those of them past their deadline. `all` is the whole period; the other rows its calendar periods, the first and last clipped to it."),
            Label::new(
                "service.note3",
                "NPS: of each customer's latest `nps` in the span, % promoters (9–10) − % detractors (0–6).",
            ),
            super::nps::SCORES_NOTE,
        ],
    }
}
