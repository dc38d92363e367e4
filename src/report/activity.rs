//! `report activity`: the interactions dated in the period by owner and kind
//! (stage moves are rapport's bookkeeping and are left out), with the number
//! of customers each touched, and the interactions of each month.
//!
//! An interaction's owner is its own `owner`, else its customer's.

use std::collections::{BTreeMap, BTreeSet};

use super::calendar::Calendar;
use super::scope::{ALL, NONE, Scope, partition};
use crate::model::Customer;
use crate::model::schema::is_move;
use crate::table::{Bar, Block, Cell, Chart, Column, Form, Label, Report, Row, Table};

/// The parts of a customer this report reads (the interactions and the owner); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts =
    crate::model::fast::Parts::OWNER.with(crate::model::fast::Parts::INTERACTION_DETAILS);

/// Interactions of one owner and kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    pub interactions: u64,
    /// Distinct customers.
    pub customers: u64,
}

/// One group's activity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    /// By (owner, kind).
    pub cells: BTreeMap<(String, String), Count>,
    /// Distinct customers each owner touched, of any kind.
    pub owner_customers: BTreeMap<String, u64>,
    /// Interactions in each month of the period.
    pub months: Vec<u64>,
}

/// Computes the activity of each group.
pub fn activity(customers: &[Customer], scope: &Scope) -> Vec<(String, Figures)> {
    partition(customers, scope.by)
        .into_iter()
        .map(|(label, members)| (label, figures(&members, scope)))
        .collect()
}

fn figures(customers: &[&Customer], scope: &Scope) -> Figures {
    let period = scope.period;
    let mut f = Figures {
        months: vec![0; Calendar::Month.spans(period).len()],
        ..Figures::default()
    };
    for c in customers {
        let mut touched: BTreeSet<(String, String)> = BTreeSet::new();
        for i in &c.interactions {
            let day = i.date.date();
            if is_move(&i.kind) || !period.contains(day) {
                continue;
            }
            let owner = i
                .owner
                .as_deref()
                .or(c.owner.as_deref())
                .filter(|o| !o.is_empty())
                .unwrap_or(NONE)
                .to_string();
            let key = (owner, i.kind.clone());
            f.cells.entry(key.clone()).or_default().interactions += 1;
            touched.insert(key);
            f.months[Calendar::Month.index(period.since, day) as usize] += 1;
        }
        let mut owners: BTreeSet<&str> = BTreeSet::new();
        for key in &touched {
            f.cells.entry(key.clone()).or_default().customers += 1;
            owners.insert(&key.0);
        }
        for owner in owners {
            *f.owner_customers.entry(owner.to_string()).or_default() += 1;
        }
    }
    f
}

/// Returns the kinds that occur, in the book's order, then any others.
fn kinds(groups: &[(String, Figures)], book: &[String]) -> Vec<String> {
    let seen: BTreeSet<&str> = groups
        .iter()
        .flat_map(|(_, f)| f.cells.keys().map(|(_, k)| k.as_str()))
        .collect();
    let mut out: Vec<String> = book
        .iter()
        .filter(|k| seen.contains(k.as_str()))
        .cloned()
        .collect();
    out.extend(
        seen.iter()
            .filter(|k| !book.iter().any(|b| b == *k))
            .map(|k| k.to_string()),
    );
    out
}

/// Returns the activity as a report: a row per group, owner and kind in the
/// data; for people a table of owners by kind with totals; in html bars by
/// owner and by kind and columns by month.
pub fn render(groups: &[(String, Figures)], scope: &Scope) -> Report {
    let owner = Column::new("owner", "owner", Form::Text);
    let customers = Column::new("customers", "customers", Form::Count);
    let mut data = Table::new(
        Label::default(),
        scope.columns([
            owner.clone(),
            Column::new("kind", "kind", Form::Text),
            Column::new("interactions", "interactions", Form::Count),
            customers.clone(),
        ]),
    );
    for (label, f) in groups {
        for ((owner, kind), n) in &f.cells {
            data.push(scope.row(
                label,
                [
                    Cell::Text(owner.clone()),
                    Cell::Text(kind.clone()),
                    Cell::count(n.interactions),
                    Cell::count(n.customers),
                ],
            ));
        }
    }

    // For people: the owners down, the kinds across.
    let kinds = kinds(groups, &scope.settings.schema.interaction_kinds);
    let mut columns: Vec<Column> = scope.group_column().into_iter().collect();
    columns.push(owner);
    columns.extend(
        kinds
            .iter()
            .map(|k| Column::labelled(k.clone(), Label::verbatim(k), Form::Count)),
    );
    columns.extend([Column::new("total", "total", Form::Count), customers]);
    let mut matrix = Table::new(
        Label::new("activity.table", "Interactions by owner and kind"),
        columns,
    );
    for (label, f) in groups {
        let owners: BTreeSet<&String> = f.cells.keys().map(|(o, _)| o).collect();
        let count = |owner: &str, kind: &str| {
            f.cells
                .get(&(owner.to_string(), kind.to_string()))
                .map_or(0, |c| c.interactions)
        };
        for owner in &owners {
            let mut row = scope.group_cells(label);
            row.push(Cell::Text(owner.to_string()).value());
            row.extend(kinds.iter().map(|k| Cell::count(count(owner, k)).value()));
            row.push(Cell::count(kinds.iter().map(|k| count(owner, k)).sum()).strong());
            row.push(Cell::count(f.owner_customers.get(*owner).copied().unwrap_or(0)).value());
            matrix.push(Row::new(row));
        }
        let by_kind: Vec<u64> = kinds
            .iter()
            .map(|k| owners.iter().map(|o| count(o, k)).sum())
            .collect();
        let mut total = scope.group_cells(label);
        total.push(
            Cell::Text("total".into())
                .shown(Label::new("total", "total"))
                .strong(),
        );
        total.extend(by_kind.iter().map(|n| Cell::count(*n).strong()));
        total.push(Cell::count(by_kind.iter().sum()).strong());
        total.push(Cell::Null.value());
        matrix.push(Row::total(total));
    }
    let mut blocks = vec![Block::Table(matrix)];
    if let Some((_, all)) = groups.iter().find(|(l, _)| l == ALL) {
        let mut by_owner: BTreeMap<&str, u64> = BTreeMap::new();
        let mut by_kind: BTreeMap<&str, u64> = BTreeMap::new();
        for ((owner, kind), n) in &all.cells {
            *by_owner.entry(owner).or_default() += n.interactions;
            *by_kind.entry(kind).or_default() += n.interactions;
        }
        let bar = |(label, n): (&&str, &u64)| Bar {
            label: label.to_string(),
            value: *n as f64,
            text: n.to_string(),
        };
        blocks.push(Block::Chart(Chart::Bars {
            title: Label::new("activity.owners", "Interactions by owner"),
            bars: by_owner.iter().map(bar).collect(),
        }));
        blocks.push(Block::Chart(Chart::Bars {
            title: Label::new("activity.kinds", "Interactions by kind"),
            bars: kinds
                .iter()
                .map(|k| {
                    let n = by_kind.get(k.as_str()).copied().unwrap_or(0);
                    Bar {
                        label: k.clone(),
                        value: n as f64,
                        text: n.to_string(),
                    }
                })
                .collect(),
        }));
        blocks.push(Block::Chart(Chart::Columns {
            title: Label::new("activity.months", "Interactions by month"),
            columns: Calendar::Month
                .spans(scope.period)
                .iter()
                .zip(&all.months)
                .map(|(p, n)| Bar {
                    label: super::calendar::short_month(&Calendar::Month.label(p.since)),
                    value: *n as f64,
                    text: if *n > 0 { n.to_string() } else { String::new() },
                })
                .collect(),
        }));
    }
    Report {
        name: "activity".into(),
        title: Label::new("activity.title", "Activity"),
        book: scope.book(),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![Label::new(
            "activity.note1",
            "Interactions dated in the period, of every kind but `stage` (rapport's record of stage moves). Owner: the interaction's own owner, else its customer's. Customers: how many distinct customers the owner's interactions touched.",
        )],
    }
}
