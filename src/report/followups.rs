//! `report followups`: how each owner keeps up with their customers. As of
//! the end of the period: follow-ups planned (`[next]`), overdue, due within
//! a week and later, and customers in play with none planned; and how many
//! customers each owner was in contact with during the period.
//!
//! A follow-up is the planned `next.date` as the file holds it now (rapport
//! keeps no history of plans). Customers "in play" are those whose stage is
//! `customer` or earlier in the lifecycle (not churned).

use chrono::{Days, NaiveDate};

use super::lifecycle::{CUSTOMER, exists_at, stage_at};
use super::scope::{ALL, NONE, Scope, partition};
use crate::model::Customer;
use crate::model::schema::STAGE_KIND;
use crate::output::report::{Bar, Block, Chart, Report, Shown, View};
use crate::output::{Cell, Rows};

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
    /// Planned on the period's last day or the six days after.
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
        match c.next.date {
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
                } else if date < soon_end {
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
            .any(|i| i.kind != STAGE_KIND && period.contains(i.date.date()));
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
    let grouped = scope.by.is_some();
    let end = scope.period.until;
    let mut columns: Vec<&str> = Vec::new();
    if grouped {
        columns.push("group");
    }
    columns.extend([
        "owner",
        "customers",
        "planned",
        "overdue",
        "due_7d",
        "later",
        "unplanned",
        "contacted",
    ]);
    let mut data = Rows::new(columns);
    let mut header: Vec<String> = Vec::new();
    if grouped {
        header.push("group".into());
    }
    header.extend(
        [
            "owner",
            "customers",
            "planned",
            "overdue",
            "due within 7 days",
            "later",
            "in play, none planned",
            "contacted in period",
        ]
        .map(String::from),
    );
    let mut rows = Vec::new();
    for (label, lines, _) in groups {
        for l in lines {
            let int = |n: u64| Cell::Int(n as i64);
            let mut row = Vec::new();
            let mut shown = Vec::new();
            if grouped {
                row.push(Cell::Text(label.clone()));
                shown.push(Shown::text(label));
            }
            row.extend([
                Cell::Text(l.owner.clone()),
                int(l.customers),
                int(l.planned),
                int(l.overdue),
                int(l.soon),
                int(l.later),
                int(l.unplanned),
                int(l.contacted),
            ]);
            let total = l.owner == "total";
            let s = |x: Shown| if total { x.strong() } else { x };
            shown.extend([
                s(Shown::text(&l.owner)),
                s(Shown::count(l.customers)),
                s(Shown::count(l.planned)),
                s(Shown::count(l.overdue)),
                s(Shown::count(l.soon)),
                s(Shown::count(l.later)),
                s(Shown::count(l.unplanned)),
                s(Shown::count(l.contacted)),
            ]);
            data.rows.push(row);
            rows.push(shown);
        }
    }
    let mut blocks = vec![Block::View(View {
        title: format!("Follow-ups by owner as of {end}"),
        header,
        rows,
    })];
    if let Some((_, lines, overdue)) = groups.iter().find(|(l, _, _)| l == ALL) {
        blocks.push(Block::Chart(Chart::Bars {
            title: "Overdue follow-ups by owner".into(),
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
        blocks.push(Block::View(View {
            title: "Overdue follow-ups".into(),
            header: ["due", "days overdue", "owner", "id", "name", "action"]
                .map(String::from)
                .to_vec(),
            rows: overdue
                .iter()
                .map(|o| {
                    vec![
                        Shown::text(o.date.to_string()),
                        Shown::count((end - o.date).num_days().unsigned_abs()),
                        Shown::text(&o.owner),
                        Shown::text(&o.id),
                        Shown::text(&o.name),
                        Shown::text(&o.action),
                    ]
                })
                .collect(),
        }));
    }
    Report {
        name: "followups".into(),
        title: scope.title("Follow-ups"),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![format!(
            "As of {end}, from each customer's [next] follow-up as the file holds it now: overdue (dated before {end}), due within 7 days ({end} to {}), later. In play, none planned: customers in stage customer or earlier with no [next] date. Contacted: customers with an interaction other than a stage move in the period. Owner: the customer's owner.",
            end + Days::new(SOON_DAYS - 1)
        )],
    }
}
