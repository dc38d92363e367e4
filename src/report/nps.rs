//! `report nps`: the net promoter score of the period and of each month
//! (or week, quarter) in it. Of each customer's latest score in the span,
//! promoters score 9–10, passives 7–8, detractors 0–6; NPS = % promoters −
//! % detractors, from −100 to 100. A score is any interaction's `nps`.
//! Beside it, CSAT (the share of `csat` answers 4 or 5) and CES (the mean
//! `ces` answer, 7 = easy) of every answer given in the span.

use chrono::NaiveDateTime;

use super::calendar::Calendar;
use super::measure::{NpsCount, SurveyScores};
use super::scope::{ALL, Period, Scope, partition};
use crate::model::Customer;
use crate::table::{
    Bar, Block, Cell, Chart, Column, Form, Label, Report, Table, Value, percent, trim_decimals,
};

/// The parts of a customer this report reads (the survey scores); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::INTERACTION_DETAILS;

/// The label of the row for the whole period.
pub const WHOLE: &str = "all";

/// One span's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// [`WHOLE`] or the calendar period's label.
    pub label: String,
    pub span: Period,
    pub count: NpsCount,
    pub scores: SurveyScores,
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
                scores: SurveyScores::of(&members, scope.period),
            }];
            lines.extend(spans.iter().map(|span| Line {
                label: calendar.label(calendar.start(span.since)),
                span: *span,
                count: count(&members, *span),
                scores: SurveyScores::of(&members, *span),
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
    let mut data = Table::new(
        Label::new("nps.table", "Net promoter score"),
        scope.columns(
            [
                Column::new("period", "period", Form::Text),
                Column::new("since", "since", Form::Text).for_machines(),
                Column::new("until", "until", Form::Text).for_machines(),
                Column::new("responses", "responses", Form::Count),
                Column::new("promoters", "promoters", Form::Count),
                Column::new("passives", "passives", Form::Count),
                Column::new("detractors", "detractors", Form::Count),
                Column::new("nps", "NPS", Form::Decimal(1)),
            ]
            .into_iter()
            .chain(score_columns()),
        ),
    );
    for (label, lines) in groups {
        for line in lines {
            let n = &line.count;
            // People read each part with its share of the responses.
            let of = |k: u64| {
                let shown = if n.responses() == 0 {
                    "0".to_string()
                } else {
                    format!("{k} ({})", percent(super::measure::share(k, n.responses())))
                };
                Cell::count(k).shown(shown)
            };
            let whole = line.label == WHOLE;
            let [csat_count, csat, ces_count, ces] = score_cells(&line.scores);
            data.push(scope.row(
                label,
                [
                    Cell::Text(line.label.clone()).strong_if(whole),
                    Cell::day(line.span.since).value(),
                    Cell::day(line.span.until).value(),
                    Cell::count(n.responses()).value(),
                    of(n.promoters),
                    of(n.passives),
                    of(n.detractors),
                    Cell::float(n.score()).strong_if(whole),
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
        blocks.insert(
            0,
            Block::Chart(Chart::Columns {
                title: Label::new("nps.chart", "NPS by period (−100 to 100)"),
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
        title: Label::new("nps.title", "Net promoter score"),
        book: scope.book(),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            Label::new(
                "nps.note1",
                "Of each customer's latest score in the span: promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors (−100 to 100). `all` is the whole period; the other rows its calendar periods, the first and last clipped to it.",
            ),
            SCORES_NOTE,
        ],
    }
}

/// Returns the columns of CSAT and CES, as `report nps` and `report service` show
/// them beside NPS.
pub fn score_columns() -> [Column; 4] {
    [
        Column::new("csat_responses", "CSAT answers", Form::Count).for_machines(),
        Column::new("csat", "CSAT", Form::Share),
        Column::new("ces_responses", "CES answers", Form::Count).for_machines(),
        Column::new("ces", "CES (1–7)", Form::Decimal(1)),
    ]
}

/// What the CSAT and CES columns are.
pub const SCORES_NOTE: Label = Label::new(
    "report.scores_note",
    "CSAT: of every `csat` answer (1–5) given in the span, the share that are 4 or 5; CES: the mean `ces` answer (1–7, 7 = it was easy); each shown with the number of answers.",
);

/// Returns the values under [`score_columns`]: people read each score with
/// the number of answers it is of.
pub fn score_cells(s: &SurveyScores) -> [Value; 4] {
    let csat = match s.csat() {
        Some(x) => Cell::Float(x).shown(
            Label::new("report.csat_of", "{percent} % of {count}")
                .with("percent", format!("{:.1}", x * 100.0))
                .with("count", s.csat_responses),
        ),
        None => Cell::Null.value(),
    };
    let ces = match s.ces() {
        Some(x) => Cell::Float(x).shown(
            Label::new("report.ces_of", "{mean} of {count}")
                .with("mean", trim_decimals(x, 1))
                .with("count", s.ces_responses),
        ),
        None => Cell::Null.value(),
    };
    [
        Cell::count(s.csat_responses).value(),
        csat,
        Cell::count(s.ces_responses).value(),
        ces,
    ]
}
