//! `segment rfm`: every customer with an order scored by recency, frequency
//! and monetary value (DESIGN.md section 7, scored by `stats::rfm`), the
//! segments' sizes and revenue, and how customers moved between segments
//! from one day to another.
//!
//! As of a day: R = days since the last order, F = the number of orders, M =
//! the revenue of the customer's purchases (refunds subtracted). An order is
//! a purchase with a non-negative amount, as everywhere in rapport, so a
//! refund lowers M but is not a purchase for R and F. The n customers scored
//! are those with at least one order by the day.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::scope::NONE;
use crate::model::{Customer, Figures, Money};
use crate::stats::rfm::{Breakpoints, RfmInput, RfmScore, SEGMENT_CODES, Segment, score_with};
use crate::table::{
    Bar, Block, Cell, Chart, Column, Form, Label, Report, Row, Table, Value, percent,
};

/// One customer's RFM figures and scores.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub id: String,
    pub recency_days: i64,
    pub frequency: u32,
    pub monetary: Money,
    pub score: RfmScore,
}

/// One customer's RFM figures by a day, before scoring: id, days since the
/// last order, orders and revenue.
pub type RfmFigures = (String, i64, u32, Money);

/// Returns a customer's RFM figures by `day`; None without an order by
/// then. A bulk read keeps just these of every customer.
pub fn figures_of(c: &Customer, day: NaiveDate) -> Option<RfmFigures> {
    let f = Figures::of(c, day);
    let last = f.last_purchase?;
    let id = c.id.as_ref()?.to_string();
    Some((id, (day - last).num_days(), f.orders, f.revenue))
}

/// Scores the figures of every customer with an order, each key by its fixed
/// `breakpoints` when set (`[rfm]` in rapport.toml) and by quintile otherwise.
pub fn score_all_with(figures: Vec<RfmFigures>, breakpoints: &Breakpoints) -> Vec<Line> {
    let inputs: Vec<RfmInput> = figures
        .iter()
        .map(|(id, r, f, m)| RfmInput {
            id,
            recency_days: *r,
            frequency: *f,
            monetary_cents: i64::try_from(m.cents()).unwrap_or(if m.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }),
        })
        .collect();
    let scores = score_with(&inputs, breakpoints);
    figures
        .into_iter()
        .zip(scores)
        .map(|((id, recency_days, frequency, monetary), score)| Line {
            id,
            recency_days,
            frequency,
            monetary,
            score,
        })
        .collect()
}

/// The segments in the order of DESIGN.md's table.
pub fn segments() -> impl Iterator<Item = Segment> {
    SEGMENT_CODES.iter().map(|(s, _)| *s)
}

/// One segment's size and revenue.
#[derive(Clone, Debug, PartialEq)]
pub struct SegmentLine {
    pub segment: Segment,
    pub customers: u64,
    pub revenue: Money,
}

/// Counts customers and revenue per segment, every segment listed.
pub fn summarize(lines: &[&Line]) -> Vec<SegmentLine> {
    let mut out: Vec<SegmentLine> = segments()
        .map(|segment| SegmentLine {
            segment,
            customers: 0,
            revenue: Money::ZERO,
        })
        .collect();
    for l in lines {
        if let Some(s) = out.iter_mut().find(|s| s.segment == l.score.segment) {
            s.customers += 1;
            s.revenue += l.monetary;
        }
    }
    out
}

/// The listing: id, recency_days, frequency, monetary, r, f, m, code,
/// segment per customer, sorted by `sort` (column names, `-name` for
/// descending; by id when empty) and cut to `limit`; the segment sizes of
/// all of `lines` as bars in html. An unknown sort column is an error naming
/// the columns.
pub fn render_list(
    lines: &[&Line],
    sort: &[String],
    limit: Option<usize>,
    facts: Vec<(String, Cell)>,
    title: Label,
) -> Result<Report, String> {
    let currency = currency_of(&facts);
    let mut data = Table::new(
        Label::new("rfm.table", "Customers"),
        vec![
            Column::new("id", "id", Form::Text),
            Column::new("recency_days", "recency_days", Form::Count),
            Column::new("frequency", "frequency", Form::Count),
            Column::new("monetary", "monetary ({currency})", Form::Money)
                .with("currency", currency),
            Column::new("r", "r", Form::Count),
            Column::new("f", "f", Form::Count),
            Column::new("m", "m", Form::Count),
            Column::new("code", "code", Form::Text),
            Column::new("segment", "segment", Form::Text),
        ],
    );
    for l in lines {
        let s = &l.score;
        let mut row: Vec<Value> = [
            Cell::Text(l.id.clone()),
            Cell::Int(l.recency_days),
            Cell::Int(i64::from(l.frequency)),
            Cell::Money(l.monetary),
            Cell::Int(i64::from(s.r)),
            Cell::Int(i64::from(s.f)),
            Cell::Int(i64::from(s.m)),
            Cell::Text(s.code.to_string()),
        ]
        .map(Value::from)
        .into();
        row.push(segment_cell(Some(s.segment)));
        data.push(Row::new(row));
    }
    data.sort_by_columns(sort)?;
    if let Some(limit) = limit {
        data.rows.truncate(limit);
    }
    let summary = summarize(lines);
    Ok(Report {
        name: "rfm".into(),
        title,
        book: None,
        facts,
        data,
        blocks: vec![
            Block::Chart(segment_bars(&summary, lines.len() as u64)),
            Block::Data,
        ],
        notes: vec![notes()],
    })
}

/// Returns the `currency` of the facts (empty without one).
fn currency_of(facts: &[(String, Cell)]) -> String {
    facts
        .iter()
        .find(|(k, _)| k == "currency")
        .map(|(_, c)| c.to_string())
        .unwrap_or_default()
}

fn notes() -> Label {
    Label::new(
        "rfm.note1",
        "R: days since the last order; F: orders; M: revenue (refunds subtracted). Scores 1–5, 5 best, by position in the order of (R descending, F, M ascending; ties by id): position i of n scores max(1, ⌈5(i−1)/(n−1)⌉). The segment is looked up from the code RFM (see docs/rfm-clv.md).",
    )
}

/// Returns the name of a segment as people read it, `(none)` for none;
/// machines read [`Segment::name`].
pub(crate) fn segment_label(segment: Option<Segment>) -> Label {
    let id = match segment {
        None => return Label::new("report.none", NONE),
        Some(Segment::Champions) => "rfm.segment.champions",
        Some(Segment::LoyalCustomers) => "rfm.segment.loyal_customers",
        Some(Segment::PotentialLoyalist) => "rfm.segment.potential_loyalist",
        Some(Segment::NewCustomers) => "rfm.segment.new_customers",
        Some(Segment::Promising) => "rfm.segment.promising",
        Some(Segment::NeedAttention) => "rfm.segment.need_attention",
        Some(Segment::AboutToSleep) => "rfm.segment.about_to_sleep",
        Some(Segment::AtRisk) => "rfm.segment.at_risk",
        Some(Segment::CantLoseThem) => "rfm.segment.cant_lose_them",
        Some(Segment::Hibernating) => "rfm.segment.hibernating",
        Some(Segment::Lost) => "rfm.segment.lost",
    };
    Label::new(id, segment.map_or(NONE, Segment::name))
}

/// Returns a segment's cell: its name for machines, shown in the language.
fn segment_cell(segment: Option<Segment>) -> Value {
    Cell::Text(segment.map_or(NONE, Segment::name).to_string()).shown(segment_label(segment))
}

/// Returns the cell of a group's name: `(all)` and `(none)` shown in the
/// language.
fn group_cell(label: &str) -> Value {
    let cell = Cell::Text(label.to_string());
    match label {
        super::scope::ALL => cell.shown(Label::new("report.all", "(all)")),
        NONE => cell.shown(Label::new("report.none", "(none)")),
        _ => cell.value(),
    }
}

/// The total row's first cell, for people.
fn total_cell() -> Value {
    Cell::Text("total".into())
        .shown(Label::new("total", "total"))
        .strong()
}

fn segment_bars(summary: &[SegmentLine], n: u64) -> Chart {
    Chart::Bars {
        title: Label::new("rfm.chart", "Customers by RFM segment"),
        bars: summary
            .iter()
            .map(|s| Bar {
                label: s.segment.name().to_string(),
                value: s.customers as f64,
                text: format!(
                    "{} ({})",
                    s.customers,
                    percent(super::measure::share(s.customers, n))
                ),
            })
            .collect(),
    }
}

/// `--summary` of groups given by their members' ids (as
/// [`crate::report::scope::partition`] makes them): customers and revenue
/// per segment of each group; `grouped` says whether there is a `--by`.
pub fn render_group_summary(
    lines: &[Line],
    members: Vec<(String, Vec<&str>)>,
    grouped: bool,
    facts: Vec<(String, Cell)>,
    title: Label,
) -> Report {
    let by_id: HashMap<&str, &Line> = lines.iter().map(|l| (l.id.as_str(), l)).collect();
    let groups: Vec<(String, Vec<&Line>)> = members
        .into_iter()
        .map(|(label, ids)| {
            let scored = ids.iter().filter_map(|id| by_id.get(id).copied()).collect();
            (label, scored)
        })
        .collect();
    let currency = currency_of(&facts);
    let mut columns: Vec<Column> = Vec::new();
    if grouped {
        columns.push(Column::new("group", "group", Form::Text));
    }
    columns.extend([
        Column::new("segment", "segment", Form::Text),
        Column::new("customers", "customers", Form::Count),
        Column::new("share", "share", Form::Share),
        Column::new("revenue", "revenue ({currency})", Form::Money).with("currency", currency),
        Column::new("revenue_share", "share of revenue", Form::Share),
    ]);
    let mut data = Table::new(Label::new("rfm.segments", "Segments"), columns);
    let mut blocks = Vec::new();
    for (label, scored) in &groups {
        let summary = summarize(scored);
        let n = scored.len() as u64;
        let total: Money = summary.iter().map(|s| s.revenue).sum();
        if blocks.is_empty() {
            blocks.push(Block::Chart(segment_bars(&summary, n)));
        }
        let revenue_share =
            |m: Money| (total.cents() > 0).then(|| m.cents() as f64 / total.cents() as f64);
        let group = || -> Vec<Value> {
            if grouped {
                vec![group_cell(label)]
            } else {
                Vec::new()
            }
        };
        for s in &summary {
            let mut row = group();
            row.push(segment_cell(Some(s.segment)));
            row.extend(
                [
                    Cell::count(s.customers),
                    Cell::float(super::measure::share(s.customers, n)),
                    Cell::Money(s.revenue),
                    Cell::float(revenue_share(s.revenue)),
                ]
                .map(Value::from),
            );
            data.push(Row::new(row));
        }
        let mut row = group();
        row.extend([
            total_cell(),
            Cell::count(n).strong(),
            Cell::float((n > 0).then_some(1.0)).value(),
            Cell::Money(total).strong(),
            Cell::float((total.cents() > 0).then_some(1.0)).value(),
        ]);
        data.push(Row::total(row));
    }
    blocks.push(Block::Data);
    Report {
        name: "rfm-summary".into(),
        title,
        book: None,
        facts,
        data,
        blocks,
        notes: vec![notes()],
    }
}

/// The short names of the segments, for the columns of the moves matrix.
fn short(segment: Option<Segment>) -> &'static str {
    match segment {
        None => "—",
        Some(s) => match s {
            Segment::Champions => "CH",
            Segment::LoyalCustomers => "LC",
            Segment::PotentialLoyalist => "PL",
            Segment::NewCustomers => "NC",
            Segment::Promising => "PR",
            Segment::NeedAttention => "NA",
            Segment::AboutToSleep => "AS",
            Segment::AtRisk => "AR",
            Segment::CantLoseThem => "CL",
            Segment::Hibernating => "HI",
            Segment::Lost => "LO",
        },
    }
}

/// `--compare DATE`: how many customers moved from each segment as of
/// `before` to each segment as of `after` (customers with no order yet by
/// `before` come from `(none)`).
pub fn render_compare(
    before: &[Line],
    after: &[&Line],
    facts: Vec<(String, Cell)>,
    title: Label,
) -> Report {
    let earlier: HashMap<&str, Segment> = before
        .iter()
        .map(|l| (l.id.as_str(), l.score.segment))
        .collect();
    let mut moves: HashMap<(Option<Segment>, Segment), u64> = HashMap::new();
    for l in after {
        let from = earlier.get(l.id.as_str()).copied();
        *moves.entry((from, l.score.segment)).or_default() += 1;
    }
    let froms: Vec<Option<Segment>> = segments().map(Some).chain([None]).collect();
    let tos: Vec<Segment> = segments().collect();
    let mut data = Table::new(
        Label::default(),
        vec![
            Column::new("from", "from", Form::Text),
            Column::new("to", "to", Form::Text),
            Column::new("customers", "customers", Form::Count),
        ],
    );
    for from in &froms {
        for to in &tos {
            if let Some(n) = moves.get(&(*from, *to)) {
                data.push(Row::new([
                    segment_cell(*from),
                    segment_cell(Some(*to)),
                    Cell::count(*n).value(),
                ]));
            }
        }
    }
    let row_total = |from: Option<Segment>| -> u64 {
        tos.iter()
            .map(|to| moves.get(&(from, *to)).copied().unwrap_or(0))
            .sum()
    };
    // For people: where they came from down, where they went across.
    let mut columns = vec![Column::new("from_to", "from \\ to", Form::Text)];
    columns.extend(
        tos.iter()
            .map(|t| Column::labelled(t.name(), Label::verbatim(short(Some(*t))), Form::Count)),
    );
    columns.push(Column::new("total", "total", Form::Count));
    let mut matrix = Table::new(
        Label::new(
            "rfm.moves",
            "Customers moving between segments (rows: before, columns: now)",
        ),
        columns,
    );
    let mut cells = Vec::new();
    for from in &froms {
        let total = row_total(*from);
        let mut row = vec![segment_cell(*from)];
        let mut heat = Vec::new();
        for to in &tos {
            let n = moves.get(&(*from, *to)).copied().unwrap_or(0);
            let share = super::measure::share(n, total);
            let value = Cell::count(n).value();
            row.push(match share {
                Some(x) if n > 0 => value.shaded(x),
                _ => value,
            });
            heat.push(share.map(|x| (x, if n > 0 { n.to_string() } else { String::new() })));
        }
        row.push(Cell::count(total).strong());
        matrix.push(Row::new(row));
        cells.push(heat);
    }
    let legend = tos
        .iter()
        .map(|t| format!("{} = {}", short(Some(*t)), t.name()))
        .collect::<Vec<_>>()
        .join(", ");
    Report {
        name: "rfm-compare".into(),
        title,
        book: None,
        facts,
        data,
        blocks: vec![
            Block::Chart(Chart::Heatmap {
                title: Label::new(
                    "rfm.moves_chart",
                    "Where each segment's customers went (share of the row)",
                ),
                rows: froms
                    .iter()
                    .map(|f| format!("{} ({})", f.map_or(NONE, |s| s.name()), row_total(*f)))
                    .collect(),
                columns: tos.iter().map(|t| short(Some(*t)).to_string()).collect(),
                cells,
            }),
            Block::Table(matrix),
        ],
        notes: vec![
            Label::new("rfm.note2", "Columns: {legend}.").with("legend", legend),
            Label::new(
                "rfm.note3",
                "Each side is scored on the purchases up to its own day, over the customers with an order by then; (none): no order yet at the earlier day.",
            ),
        ],
    }
}
