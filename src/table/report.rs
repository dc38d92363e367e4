//! A report as the library returns it: the facts that frame the figures,
//! the data table, and the tables and charts people read.

use super::{Cell, Label, Table};

/// A report ready to print.
///
/// Machine formats (csv, tsv, json, ndjson, ids) print [`Report::data`],
/// whose keys are stable and whose values are raw (shares as fractions,
/// money exact); json wraps it with the facts. People's formats (table,
/// markdown, html) print the [`Block`]s: the same figures laid out to be
/// read, shares as percentages and money with its currency.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The report's name, as json's `report` key (`summary`).
    pub name: String,
    /// The heading people read (`Summary`).
    pub title: Label,
    /// The book's name, shown after the title (`Summary — Acme Sales`).
    pub book: Option<String>,
    /// What frames the figures (`since`, `until`, `today`, `currency`, `by`):
    /// json keys, and the lines under the title. `since` and `until` together
    /// print as one `period` line.
    pub facts: Vec<(String, Cell)>,
    /// The figures in one table with stable columns.
    pub data: Table,
    /// What people read, in order (charts only in html).
    pub blocks: Vec<Block>,
    /// Lines under the tables: what a figure means, what is incomplete.
    pub notes: Vec<Label>,
}

/// One part of a report as people read it.
#[derive(Clone, Debug)]
pub enum Block {
    /// The data table itself, laid out for people.
    Data,
    /// A table for people only (a matrix, a list with totals).
    Table(Table),
    /// Drawn in html only.
    Chart(Chart),
}

impl Report {
    /// Returns the tables people read, in order (what text formats print).
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Data => Some(&self.data),
            Block::Table(t) => Some(t),
            Block::Chart(_) => None,
        })
    }
}

/// A chart of an html report.
#[derive(Clone, Debug, PartialEq)]
pub enum Chart {
    /// Horizontal bars, one per label: funnel stages, segment sizes, value by
    /// deal stage.
    Bars { title: Label, bars: Vec<Bar> },
    /// Vertical columns in time order (revenue by month); values may be
    /// negative (NPS).
    Columns { title: Label, columns: Vec<Bar> },
    /// Lines over the same points in order (actual against expected, week by
    /// week): one label per point, and each series a name and one value per point.
    Lines {
        title: Label,
        labels: Vec<String>,
        series: Vec<(String, Vec<f64>)>,
    },
    /// A grid of shares 0..1, darker for more: cohort retention, segment moves.
    Heatmap {
        title: Label,
        rows: Vec<String>,
        columns: Vec<String>,
        /// Row by row: the share that sets the shade and the text shown.
        cells: Vec<Vec<Option<(f64, String)>>>,
    },
    /// Labelled points on two axes with fixed ranges, split into quadrants
    /// at their middles (KANO's better against |worse|).
    Scatter(Box<Scatter>),
}

impl Chart {
    /// Returns the chart's title.
    pub fn title(&self) -> &Label {
        match self {
            Chart::Bars { title, .. }
            | Chart::Columns { title, .. }
            | Chart::Lines { title, .. }
            | Chart::Heatmap { title, .. } => title,
            Chart::Scatter(scatter) => &scatter.title,
        }
    }
}

/// A scatter plot: labelled points on two axes with fixed ranges, split
/// into named quadrants at the middle of each range.
#[derive(Clone, Debug, PartialEq)]
pub struct Scatter {
    pub title: Label,
    /// The axes' names, x then y.
    pub axes: (Label, Label),
    /// Each axis' range, x then y.
    pub ranges: ((f64, f64), (f64, f64)),
    /// The names of the quadrants: top left, top right, bottom left,
    /// bottom right.
    pub quadrants: [Label; 4],
    pub points: Vec<(String, f64, f64)>,
}

/// One bar or column: its label, its length, and the text written by it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}
