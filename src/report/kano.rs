//! `report kano`: a KANO survey evaluated per feature (see
//! [`crate::survey::kano`]): the respondents, the counts of each category,
//! the category, better and worse; html plots better against |worse|.

use std::collections::BTreeMap;

use super::scope::{ALL, Scope, partition};
use crate::model::{Customer, Interaction};
use crate::survey::kano::{self, Counts};
use crate::survey::responses;
use crate::table::{Block, Cell, Chart, Column, Form, Label, Report, Scatter, Table};

/// The parts of a customer this report reads (the survey answers); a bulk
/// read builds only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::INTERACTION_DETAILS;

/// Counts, for each group, each feature's categories over the responses
/// to `survey` dated in the period. The anonymous responses count in the
/// whole book only: `all` without `--by` (the command passes none when
/// `--where` selects).
pub fn kano(
    survey: &str,
    customers: &[Customer],
    anonymous: &[Interaction],
    scope: &Scope,
) -> Vec<(String, BTreeMap<String, Counts>)> {
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
            (label, kano::tally(&rs))
        })
        .collect()
}

/// Returns the evaluation as a report: a row per group and feature; html
/// adds the better/worse plot of the whole book.
pub fn render(
    survey: &str,
    groups: &[(String, BTreeMap<String, Counts>)],
    scope: &Scope,
) -> Report {
    let mut data = Table::new(
        Label::new("kano.table", "KANO evaluation of {survey}").with("survey", survey),
        scope.columns([
            Column::new("feature", "feature", Form::Text),
            Column::new("n", "n", Form::Count),
            Column::labelled("a", Label::new("kano.a", "A"), Form::Count),
            Column::labelled("o", Label::new("kano.o", "O"), Form::Count),
            Column::labelled("m", Label::new("kano.m", "M"), Form::Count),
            Column::labelled("i", Label::new("kano.i", "I"), Form::Count),
            Column::labelled("r", Label::new("kano.r", "R"), Form::Count),
            Column::labelled("q", Label::new("kano.q", "Q"), Form::Count),
            Column::new("category", "category", Form::Text),
            Column::new("better", "better", Form::Fixed(2)),
            Column::new("worse", "worse", Form::Fixed(2)),
        ]),
    );
    for (label, features) in groups {
        for (feature, c) in features {
            let category = match c.category() {
                Some(k) => Cell::Text(k.letter().into()).shown(category_label(k)),
                None => Cell::Null.value(),
            };
            data.push(scope.row(
                label,
                [
                    Cell::Text(feature.clone()).value(),
                    Cell::count(c.n()).value(),
                    Cell::count(c.a).value(),
                    Cell::count(c.o).value(),
                    Cell::count(c.m).value(),
                    Cell::count(c.i).value(),
                    Cell::count(c.r).value(),
                    Cell::count(c.q).value(),
                    category.strong(),
                    Cell::float(c.better()).value(),
                    Cell::float(c.worse()).value(),
                ],
            ));
        }
    }
    let mut blocks = vec![Block::Data];
    if let Some((_, features)) = groups.iter().find(|(l, _)| l == ALL) {
        let points: Vec<(String, f64, f64)> = features
            .iter()
            .filter_map(|(f, c)| Some((f.clone(), -c.worse()?, c.better()?)))
            .collect();
        if !points.is_empty() {
            blocks.push(Block::Chart(Chart::Scatter(Box::new(Scatter {
                title: Label::new("kano.plot", "Better against worse"),
                axes: (
                    Label::new("kano.plot.x", "|worse|: dissatisfaction when missing"),
                    Label::new("kano.plot.y", "better: satisfaction when there"),
                ),
                ranges: ((0.0, 1.0), (0.0, 1.0)),
                quadrants: [
                    Label::new("kano.plot.attractive", "attractive"),
                    Label::new("kano.plot.one_dimensional", "one-dimensional"),
                    Label::new("kano.plot.indifferent", "indifferent"),
                    Label::new("kano.plot.must_be", "must-be"),
                ],
                points,
            }))));
        }
    }
    Report {
        name: "kano".into(),
        title: Label::new("kano.title", "KANO: {survey}").with("survey", survey),
        book: scope.book(),
        facts: {
            let mut f = scope.facts();
            f.push(("survey".into(), Cell::Text(survey.to_string())));
            f
        },
        data,
        blocks,
        notes: vec![
            Label::new(
                "kano.note1",
                "Each respondent's answers to a feature's functional and dysfunctional question map through the evaluation table to A (attractive), O (one-dimensional), M (must-be), I (indifferent), R (reverse) or Q (questionable); n counts the respondents who answered both.",
            ),
            Label::new(
                "kano.note2",
                "Category: the most frequent, ties broken M > O > A > I > R > Q. Better = (A+O)/(A+O+M+I), worse = −(O+M)/(A+O+M+I) (Berger et al. 1993).",
            ),
        ],
    }
}

/// Returns a category as people read it: its letter and its name
/// (attractive, one-dimensional, must-be, indifferent, reverse,
/// questionable), in the language; machines read the letter.
fn category_label(category: kano::Category) -> Label {
    match category {
        kano::Category::A => Label::new("kano.category.a", "A attractive"),
        kano::Category::O => Label::new("kano.category.o", "O one-dimensional"),
        kano::Category::M => Label::new("kano.category.m", "M must-be"),
        kano::Category::I => Label::new("kano.category.i", "I indifferent"),
        kano::Category::R => Label::new("kano.category.r", "R reverse"),
        kano::Category::Q => Label::new("kano.category.q", "Q questionable"),
    }
}
