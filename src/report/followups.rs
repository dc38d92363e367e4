//! `report followups`: how each owner keeps up with their customers. As of
//! the end of the period: follow-ups planned (`[next]`), overdue, due within
//! a week and later, and customers in play with none planned; and how many
//! customers each owner was in contact with during the period.
//!
//! A follow-up is the planned `next.date` as the file holds it now (rapport
//! keeps no history of plans). Customers "in play" are those whose stage is
//! `customer` or earlier in the lifecycle (not churned).

use crate::model::When;
use chrono::{Days, NaiveDate};

use super::lifecycle::{CUSTOMER, exists_at, stage_at};
use super::scope::{ALL, NONE, Scope, partition};
use crate::model::Customer;
use crate::model::schema::is_move;
use crate::table::{Bar, Block, Cell, Chart, Column, Form, Label, Report, Row, Table};

/// The parts of a customer this report reads (the follow-ups, the stage and the contacts); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::NAME
    .with(crate::model::fast::Parts::OWNER)
    .with(crate::model::fast::Parts::NEXT)
    .with(crate::model::fast::Parts::CREATED)
    .with(crate::model::fast::Parts::STAGE)
    .with(crate::model::fast::Parts::STAGE_MOVES);

/// How many days ahead "due soon" looks.
pub const SOON_DAYS: u64 = 7;

/// One owner's follow-ups.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line {
    pub owner: String,
    pub customers: u64,
    pub planned: u64,
    /// Planned before the end of the period.
    pub overdue: u64,
    /// Planned on the period's last day or the seven days after: the
    /// window of `agenda --days 7`, so the two never disagree on a day.
    pub soon: u64,
    pub later: u64,
    /// Customers in play with no follow-up planned.
    pub unplanned: u64,
    /// Customers with an interaction (not a stage move) in the period.
    pub contacted: u64,
}

/// An overdue follow-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overdue {
    pub id: String,
    pub name: String,
    pub owner: String,
    pub date: NaiveDate,
    pub action: String,
}

/// Computes each group's lines (one per owner, then the total) and overdue
/// follow-ups.
pub fn followups(customers: &[Customer], scope: &Scope) -> Vec<(String, Vec<Line>, Vec<Overdue>)> {
    partition(customers, scope.by)
        .into_iter()
        .map(|(label, members)| {
            let (lines, overdue) = lines(&members, scope);
            (label, lines, overdue)
        })
        .collect()
}

fn lines(customers: &[&Customer], scope: &Scope) -> (Vec<Line>, Vec<Overdue>) {
    let (period, schema) = (scope.period, &scope.settings.schema);
    let end = period.until;
    let soon_end = end + Days::new(SOON_DAYS);
    let rank = |s: &str| schema.stages.iter().position(|x| x == s);
    let in_play = |stage: Option<&str>| match (stage.and_then(rank), rank(CUSTOMER)) {
        (Some(s), Some(c)) => s <= c,
        _ => true,
    };
    let mut by_owner: std::collections::BTreeMap<String, Line> = Default::default();
    let mut overdue = Vec::new();
    for c in customers {
        if !exists_at(c, end) {
            continue;
        }
        let owner = c
            .owner
            .clone()
            .filter(|o| !o.is_empty())
            .unwrap_or_else(|| NONE.to_string());
        let line = by_owner.entry(owner.clone()).or_insert_with(|| Line {
            owner: owner.clone(),
            ..Line::default()
        });
        line.customers += 1;
        match c.next.date.map(When::date) {
            Some(date) => {
                line.planned += 1;
                if date < end {
                    line.overdue += 1;
                    overdue.push(Overdue {
                        id: c.id.as_ref().map(ToString::to_string).unwrap_or_default(),
                        name: c.name.clone(),
                        owner,
                        date,
                        action: c.next.action.clone().unwrap_or_default(),
                    });
                } else if date <= soon_end {
                    line.soon += 1;
                } else {
                    line.later += 1;
                }
            }
            None => {
                if in_play(stage_at(c, end, schema)) {
                    line.unplanned += 1;
                }
            }
        }
        let contacted = c
            .interactions
            .iter()
            .any(|i| !is_move(&i.kind) && period.contains(i.date.date()));
        line.contacted += u64::from(contacted);
    }
    let mut lines: Vec<Line> = by_owner.into_values().collect();
    if let Some(i) = lines.iter().position(|l| l.owner == NONE) {
        let none = lines.remove(i);
        lines.push(none);
    }
    let mut total = Line {
        owner: "total".into(),
        ..Line::default()
    };
    for l in &lines {
        total.customers += l.customers;
        total.planned += l.planned;
        total.overdue += l.overdue;
        total.soon += l.soon;
        total.later += l.later;
        total.unplanned += l.unplanned;
        total.contacted += l.contacted;
    }
    lines.push(total);
    overdue.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    (lines, overdue)
}

/// Returns the follow-ups as a report: a row per group and owner (and the
/// total) in the data; the overdue follow-ups listed for people.
pub fn render(groups: &[(String, Vec<Line>, Vec<Overdue>)], scope: &Scope) -> Report {
    let end = scope.period.until;
    let mut columns: Vec<Column> = scope.group_column().into_iter().collect();
    columns.extend([
        Column::new("owner", "owner", Form::Text),
        Column::new("customers", "customers", Form::Count),
        Column::new("planned", "planned", Form::Count),
        Column::new("overdue", "overdue", Form::Count),
        Column::new("due_7d", "due within 7 days", Form::Count),
        Column::new("later", "later", Form::Count),
        Column::new("unplanned", "in play, none planned", Form::Count),
        Column::new("contacted", "contacted in period", Form::Count),
    ]);
    let title = Label::new("followups.table", "Follow-ups by owner as of {end}").with("end", end);
    let mut data = Table::new(title, columns);
    for (label, lines, _) in groups {
        for l in lines {
            let total = l.owner == "total";
            let mut row = scope.group_cells(label);
            row.push(Cell::Text(l.owner.clone()).strong_if(total));
            row.extend(
                [
                    l.customers,
                    l.planned,
                    l.overdue,
                    l.soon,
                    l.later,
                    l.unplanned,
                    l.contacted,
                ]
                .map(|n| Cell::count(n).strong_if(total)),
            );
            data.push(Row::new(row));
        }
    }
    let mut blocks = vec![Block::Data];
    if let Some((_, lines, overdue)) = groups.iter().find(|(l, _, _)| l == ALL) {
        blocks.push(Block::Chart(Chart::Bars {
            title: Label::new("followups.chart", "Overdue follow-ups by owner"),
            bars: lines
                .iter()
                .filter(|l| l.owner != "total")
                .map(|l| Bar {
                    label: l.owner.clone(),
                    value: l.overdue as f64,
                    text: format!("{} of {} planned", l.overdue, l.planned),
                })
                .collect(),
        }));
        let mut list = Table::new(
            Label::new("followups.overdue", "Overdue follow-ups"),
            vec![
                Column::new("due", "due", Form::Text),
                Column::new("days_overdue", "days overdue", Form::Count),
                Column::new("owner", "owner", Form::Text),
                Column::new("id", "id", Form::Text),
                Column::new("name", "name", Form::Text),
                Column::new("action", "action", Form::Text),
            ],
        );
        for o in overdue {
            list.push(Row::new([
                Cell::Text(o.date.to_string()),
                Cell::count((end - o.date).num_days().unsigned_abs()),
                Cell::Text(o.owner.clone()),
                Cell::Text(o.id.clone()),
                Cell::Text(o.name.clone()),
                Cell::Text(o.action.clone()),
            ]));
        }
        blocks.push(Block::Table(list));
    }
    Report {
        name: "followups".into(),
        title: Label::new("followups.title", "Follow-ups"),
        book: scope.book(),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            Label::new("followups.note1", "As of {end}, from each customer's [next] follow-up as the file holds it now: overdue (dated before {end}), due within 7 days ({end} to {soon}), later. In play, none planned: customers in stage customer or earlier with no [next] date. Contacted: customers with an interaction other than a stage move in the period. Owner: the customer's owner.")
                .with("end", end)
                .with("soon", end + Days::new(SOON_DAYS)),
        ],
    }
}
