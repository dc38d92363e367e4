//! `report nps`: the net promoter score of the period and of each month
//! (or week, quarter) in it. Of each customer's latest score in the span,
//! promoters score 9–10, passives 7–8, detractors 0–6; NPS = % promoters −
//! % detractors, from −100 to 100. A score is any interaction's `nps`.

use chrono::NaiveDateTime;

use super::calendar::Calendar;
use super::measure::NpsCount;
use super::scope::{ALL, Period, Scope, partition};
use crate::model::Customer;
use crate::output::report::{Bar, Block, Chart, Report, Shown, View, percent, trim_decimals};
use crate::output::{Cell, Rows};

/// The parts of a customer this report reads (the survey scores); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::INTERACTIONS;

/// The label of the row for the whole period.
pub const WHOLE: &str = "all";

/// One span's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// [`WHOLE`] or the calendar period's label.
    pub label: String,
    pub span: Period,
    pub count: NpsCount,
}

/// Computes, for each group, the whole period's NPS and each span's.
pub fn nps(customers: &[Customer], scope: &Scope, calendar: Calendar) -> Vec<(String, Vec<Line>)> {
    let spans = calendar.spans(scope.period);
    partition(customers, scope.by)
        .into_iter()
        .map(|(label, members)| {
            let mut lines = vec![Line {
                label: WHOLE.into(),
                span: scope.period,
                count: count(&members, scope.period),
            }];
            lines.extend(spans.iter().map(|span| Line {
                label: calendar.label(calendar.start(span.since)),
                span: *span,
                count: count(&members, *span),
            }));
            (label, lines)
        })
        .collect()
}

/// Counts each customer's latest score in `span` (the later in the file of
/// two at the same moment).
pub fn count(customers: &[&Customer], span: Period) -> NpsCount {
    let mut n = NpsCount::default();
    for c in customers {
        let mut latest: Option<(NaiveDateTime, u8)> = None;
        for i in &c.interactions {
            if let Some(score) = i.nps
                && span.contains(i.date.date())
                && latest.is_none_or(|(when, _)| i.date.moment() >= when)
            {
                latest = Some((i.date.moment(), score));
            }
        }
        if let Some((_, score)) = latest {
            n.add(score);
        }
    }
    n
}

/// Returns the NPS as a report: a row per group and span, the score by span
/// as columns in html.
pub fn render(groups: &[(String, Vec<Line>)], scope: &Scope, calendar: Calendar) -> Report {
    let grouped = scope.by.is_some();
    let mut columns: Vec<&str> = Vec::new();
    if grouped {
        columns.push("group");
    }
    columns.extend([
        "period",
        "since",
        "until",
        "responses",
        "promoters",
        "passives",
        "detractors",
        "nps",
    ]);
    let mut data = Rows::new(columns);
    let mut header: Vec<String> = Vec::new();
    if grouped {
        header.push("group".into());
    }
    header.extend(
        [
            "period",
            "responses",
            "promoters",
            "passives",
            "detractors",
            "NPS",
        ]
        .map(String::from),
    );
    let mut rows = Vec::new();
    let day = |d| Cell::Date(crate::model::When::Date(d));
    for (label, lines) in groups {
        for line in lines {
            let n = &line.count;
            let mut row = Vec::new();
            let mut shown = Vec::new();
            if grouped {
                row.push(Cell::Text(label.clone()));
                shown.push(Shown::text(label));
            }
            row.extend([
                Cell::Text(line.label.clone()),
                day(line.span.since),
                day(line.span.until),
                Cell::Int(n.responses() as i64),
                Cell::Int(n.promoters as i64),
                Cell::Int(n.passives as i64),
                Cell::Int(n.detractors as i64),
                n.score().map_or(Cell::Null, Cell::Float),
            ]);
            let of = |k: u64| {
                let share = super::measure::share(k, n.responses());
                Shown::number(if n.responses() == 0 {
                    "0".to_string()
                } else {
                    format!("{k} ({})", percent(share))
                })
            };
            let whole = line.label == WHOLE;
            let first = Shown::text(&line.label);
            shown.extend([
                if whole { first.strong() } else { first },
                Shown::count(n.responses()),
                of(n.promoters),
                of(n.passives),
                of(n.detractors),
                {
                    let s = Shown::decimal(n.score(), 1);
                    if whole { s.strong() } else { s }
                },
            ]);
            data.rows.push(row);
            rows.push(shown);
        }
    }
    let mut blocks = vec![Block::View(View {
        title: "Net promoter score".into(),
        header,
        rows,
    })];
    if let Some((_, lines)) = groups.iter().find(|(l, _)| l == ALL) {
        let monthly = calendar == Calendar::Month;
        blocks.insert(
            0,
            Block::Chart(Chart::Columns {
                title: "NPS by period (−100 to 100)".into(),
                columns: lines
                    .iter()
                    .filter(|l| l.label != WHOLE)
                    .map(|l| Bar {
                        label: if monthly {
                            super::calendar::short_month(&l.label)
                        } else {
                            l.label.clone()
                        },
                        value: l.count.score().unwrap_or(0.0),
                        text: l
                            .count
                            .score()
                            .map_or_else(String::new, |s| trim_decimals(s, 0)),
                    })
                    .collect(),
            }),
        );
    }
    Report {
        name: "nps".into(),
        title: scope.title("Net promoter score"),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            "Of each customer's latest score in the span: promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors (−100 to 100). `all` is the whole period; the other rows its calendar periods, the first and last clipped to it.".into(),
        ],
    }
}
