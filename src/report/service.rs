//! `report service`: support cases (`support` interactions) opened and
//! resolved, the median time to resolve, the share resolved within the
//! book's `sla`, and the cases open at the end — for the period and each
//! month (or week, quarter) in it.
//!
//! A case opens at its `date` and is resolved at its `resolved` (a plain
//! date counts as its midnight). Its deadline is `date` + `sla`.

use chrono::{Days, NaiveDate, NaiveDateTime};

use super::calendar::Calendar;
use super::measure::{median, share};
use super::nps::WHOLE;
use super::scope::{ALL, Period, Scope, partition};
use crate::model::{Customer, Duration};
use crate::output::report::{Bar, Block, Chart, Report, Shown, View, trim_decimals};
use crate::output::{Cell, Rows};

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
    let sla = scope.settings.sla;
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

fn line(customers: &[&Customer], span: Period, period: Period, sla: Duration, label: &str) -> Line {
    let mut l = Line {
        label: label.to_string(),
        span: Some(span),
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
            let deadline = sla.after_moment(opened).unwrap_or(NaiveDateTime::MAX);
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
    let grouped = scope.by.is_some();
    let sla = scope.settings.sla;
    let mut columns: Vec<&str> = Vec::new();
    if grouped {
        columns.push("group");
    }
    columns.extend([
        "period",
        "since",
        "until",
        "opened",
        "resolved",
        "median_hours",
        "decided",
        "within_sla",
        "within_sla_share",
        "open_at_end",
        "overdue_at_end",
    ]);
    let mut data = Rows::new(columns);
    let mut header: Vec<String> = Vec::new();
    if grouped {
        header.push("group".into());
    }
    header.extend([
        "period".to_string(),
        "opened".into(),
        "resolved".into(),
        "median hours to resolve".into(),
        format!("within SLA ({sla})"),
        "open at end".into(),
        "past SLA at end".into(),
    ]);
    let mut rows = Vec::new();
    let day = |d| Cell::Date(crate::model::When::Date(d));
    for (label, lines) in groups {
        for l in lines {
            let span = l.span.expect("every line has its span");
            let mut row = Vec::new();
            let mut shown = Vec::new();
            if grouped {
                row.push(Cell::Text(label.clone()));
                shown.push(Shown::text(label));
            }
            let int = |n: u64| Cell::Int(n as i64);
            row.extend([
                Cell::Text(l.label.clone()),
                day(span.since),
                day(span.until),
                int(l.opened),
                int(l.resolved),
                l.median_hours().map_or(Cell::Null, Cell::Float),
                int(l.decided),
                int(l.within_sla),
                l.within_sla_share().map_or(Cell::Null, Cell::Float),
                int(l.open_at_end),
                int(l.overdue_at_end),
            ]);
            let whole = l.label == WHOLE;
            let strong = |s: Shown| if whole { s.strong() } else { s };
            shown.extend([
                strong(Shown::text(&l.label)),
                strong(Shown::count(l.opened)),
                strong(Shown::count(l.resolved)),
                Shown::decimal(l.median_hours(), 1),
                Shown::number(match l.within_sla_share() {
                    Some(x) => format!(
                        "{} of {} ({})",
                        l.within_sla,
                        l.decided,
                        crate::output::report::percent(Some(x))
                    ),
                    None => "–".into(),
                }),
                Shown::count(l.open_at_end),
                Shown::count(l.overdue_at_end),
            ]);
            data.rows.push(row);
            rows.push(shown);
        }
    }
    let mut blocks = vec![Block::View(View {
        title: "Support cases".into(),
        header,
        rows,
    })];
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
            title: "Cases opened by period".into(),
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
            title: "Median hours to resolve by period".into(),
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
        title: scope.title("Service"),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            format!(
                "Cases: `support` interactions, opened at their date, resolved at `resolved` (a plain date is its midnight). Median hours: of the cases resolved in the span. Within SLA: of the cases opened in the span whose outcome is known by the end of the period (resolved, or past the deadline date + {sla}), those resolved by the deadline."
            ),
            "Open at end: cases opened by the end of the span and not resolved by then, whenever opened; past SLA: those of them past their deadline. `all` is the whole period; the other rows its calendar periods, the first and last clipped to it.".into(),
        ],
    }
}
