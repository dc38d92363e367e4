//! `report servqual`: a SERVQUAL survey evaluated per dimension (see
//! [`crate::survey::servqual`]): items, respondents, expectation,
//! perception, gap, weight and weighted gap, then the overall unweighted
//! and weighted scores; `--items` lists the items instead.

use super::scope::{ALL, Scope, partition};
use crate::model::{Customer, Interaction};
use crate::survey::responses;
use crate::survey::servqual::{self, Evaluation};
use crate::table::{Bar, Block, Cell, Chart, Column, Form, Label, Report, Table, Value};

/// The parts of a customer this report reads (the survey answers).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::INTERACTION_DETAILS;

/// The label of the overall rows.
pub const OVERALL: &str = "overall";

/// Evaluates, for each group, the responses to `survey` dated in the
/// period over `dimensions`; the anonymous responses count in `all`
/// without `--by` only.
pub fn servqual(
    survey: &str,
    dimensions: &[(String, Vec<u32>)],
    customers: &[Customer],
    anonymous: &[Interaction],
    scope: &Scope,
) -> Vec<(String, Evaluation)> {
    let keep = |w: crate::model::When| scope.period.contains(w.date());
    partition(customers, scope.by)
        .into_iter()
        .map(|(label, members)| {
            let anon: &[Interaction] = if label == ALL && scope.by.is_none() {
                anonymous
            } else {
                &[]
            };
            let rs = responses(survey, &members, anon, keep);
            (label, servqual::evaluate(&rs, dimensions))
        })
        .collect()
}

fn facts(survey: &str, scope: &Scope) -> Vec<(String, Cell)> {
    let mut f = scope.facts();
    f.push(("survey".into(), Cell::Text(survey.to_string())));
    f
}

const NOTES: [Label; 2] = [
    Label::new(
        "servqual.note1",
        "Item gap = mean perception − mean expectation (1–7) over the respondents who rated both; a dimension's expectation, perception and gap are the means of its items'. n: respondents who rated both sides of at least one item.",
    ),
    Label::new(
        "servqual.note2",
        "Weight: the mean of the respondents' points for the dimension / 100 (equal weights when nobody gave points); weighted gap = gap × weight. Overall: unweighted = the mean of the dimension gaps, weighted = the sum of the weighted gaps.",
    ),
];

/// Returns the evaluation per dimension as a report, with the overall
/// scores as the last rows of each group; html adds the gaps as columns.
pub fn render(survey: &str, groups: &[(String, Evaluation)], scope: &Scope) -> Report {
    let mut data = Table::new(
        Label::new("servqual.table", "SERVQUAL gaps of {survey}").with("survey", survey),
        scope.columns([
            Column::new("dimension", "dimension", Form::Text),
            Column::new("items", "items", Form::Text),
            Column::new("n", "n", Form::Count),
            Column::new("expectation", "expectation", Form::Fixed(2)),
            Column::new("perception", "perception", Form::Fixed(2)),
            Column::new("gap", "gap", Form::Fixed(2)),
            Column::new("weight", "weight", Form::Fixed(2)),
            Column::new("weighted_gap", "weighted gap", Form::Fixed(2)),
        ]),
    );
    for (label, e) in groups {
        for d in &e.dimensions {
            data.push(scope.row(
                label,
                [
                    dimension_cell(&d.name),
                    Cell::Text(items_text(&d.items)).value(),
                    Cell::count(d.n).value(),
                    Cell::float(d.expectation).value(),
                    Cell::float(d.perception).value(),
                    Cell::float(d.gap).value(),
                    Cell::Float(d.weight).value(),
                    Cell::float(d.weighted_gap()).value(),
                ],
            ));
        }
        for (name, score) in [("unweighted", e.unweighted()), ("weighted", e.weighted())] {
            let gap_cell = if name == "unweighted" {
                Cell::float(score).strong()
            } else {
                Cell::Null.value()
            };
            let weighted_cell = if name == "weighted" {
                Cell::float(score).strong()
            } else {
                Cell::Null.value()
            };
            data.push(
                scope.row(
                    label,
                    [
                        Cell::Text(format!("{OVERALL} ({name})"))
                            .shown(if name == "weighted" {
                                Label::new("servqual.overall_weighted", "overall (weighted)")
                            } else {
                                Label::new("servqual.overall_unweighted", "overall (unweighted)")
                            })
                            .strong(),
                        Cell::Null.value(),
                        Cell::Null.value(),
                        Cell::Null.value(),
                        Cell::Null.value(),
                        gap_cell,
                        Cell::Null.value(),
                        weighted_cell,
                    ],
                ),
            );
        }
    }
    let mut blocks = vec![Block::Data];
    if let Some((_, e)) = groups.iter().find(|(l, _)| l == ALL) {
        blocks.push(Block::Chart(Chart::Columns {
            title: Label::new(
                "servqual.chart",
                "Gap by dimension (perception − expectation)",
            ),
            columns: e
                .dimensions
                .iter()
                .map(|d| Bar {
                    label: d.name.clone(),
                    value: d.gap.unwrap_or(0.0),
                    text: d.gap.map_or_else(String::new, |g| format!("{g:.2}")),
                })
                .collect(),
        }));
    }
    Report {
        name: "servqual".into(),
        title: Label::new("servqual.title", "SERVQUAL: {survey}").with("survey", survey),
        book: scope.book(),
        facts: facts(survey, scope),
        data,
        blocks,
        notes: NOTES.to_vec(),
    }
}

/// Returns the evaluation per item as a report (`--items`).
pub fn render_items(survey: &str, groups: &[(String, Evaluation)], scope: &Scope) -> Report {
    let mut data = Table::new(
        Label::new("servqual.items", "SERVQUAL items of {survey}").with("survey", survey),
        scope.columns([
            Column::new("item", "item", Form::Count),
            Column::new("dimension", "dimension", Form::Text),
            Column::new("n", "n", Form::Count),
            Column::new("expectation", "expectation", Form::Fixed(2)),
            Column::new("perception", "perception", Form::Fixed(2)),
            Column::new("gap", "gap", Form::Fixed(2)),
        ]),
    );
    for (label, e) in groups {
        for i in &e.items {
            data.push(scope.row(
                label,
                [
                    Cell::count(u64::from(i.item)).value(),
                    dimension_cell(&i.dimension),
                    Cell::count(i.n).value(),
                    Cell::float(i.expectation).value(),
                    Cell::float(i.perception).value(),
                    Cell::float(i.gap()).value(),
                ],
            ));
        }
    }
    Report {
        name: "servqual".into(),
        title: Label::new("servqual.items_title", "SERVQUAL items: {survey}")
            .with("survey", survey),
        book: scope.book(),
        facts: facts(survey, scope),
        data,
        blocks: vec![Block::Data],
        notes: vec![NOTES[0].clone()],
    }
}

/// Returns a dimension's cell: the five of the instrument shown in the
/// language, a dimension the survey names itself as it is; machines read
/// the name.
fn dimension_cell(name: &str) -> Value {
    let label = match name {
        "tangibles" => Label::new("servqual.dimension.tangibles", "tangibles"),
        "reliability" => Label::new("servqual.dimension.reliability", "reliability"),
        "responsiveness" => Label::new("servqual.dimension.responsiveness", "responsiveness"),
        "assurance" => Label::new("servqual.dimension.assurance", "assurance"),
        "empathy" => Label::new("servqual.dimension.empathy", "empathy"),
        _ => return Cell::Text(name.to_string()).value(),
    };
    Cell::Text(name.to_string()).shown(label)
}

/// Returns a dimension's items as text: runs as ranges (`1–4`, `5, 7`).
pub fn items_text(items: &[u32]) -> String {
    let mut sorted = items.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let start = sorted[i];
        let mut end = start;
        while i + 1 < sorted.len() && sorted[i + 1] == end + 1 {
            i += 1;
            end = sorted[i];
        }
        parts.push(if end > start + 1 {
            format!("{start}–{end}")
        } else if end == start + 1 {
            format!("{start}, {end}")
        } else {
            start.to_string()
        });
        i += 1;
    }
    parts.join(", ")
}
