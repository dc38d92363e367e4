//! What every report is computed over: the period, the day it is as of, the
//! book's settings, and the grouping of `--by`.

use chrono::NaiveDate;

use crate::book::Settings;
use crate::model::Customer;
use crate::model::date::add_months;
use crate::table::{Cell, Column, Form, Label, Row, Value};

/// The label of the group of every customer.
pub const ALL: &str = "(all)";
/// The label of the customers without a value for the grouping field.
pub const NONE: &str = "(none)";

/// A span of days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub since: NaiveDate,
    pub until: NaiveDate,
}

impl Period {
    /// Returns the default period of the reports: the twelve months up to
    /// `until`, i.e. from the day after the same day a year before.
    pub fn year_to(until: NaiveDate) -> Period {
        let since = add_months(until, -12)
            .and_then(|d| d.succ_opt())
            .unwrap_or(until);
        Period { since, until }
    }

    /// Returns true when `day` lies in the period.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.since <= day && day <= self.until
    }

    /// Returns the last day before the period: the state "at its start".
    pub fn eve(&self) -> NaiveDate {
        self.since.pred_opt().unwrap_or(self.since)
    }
}

/// Returns the groups a customer falls in.
pub type GroupFn = Box<dyn Fn(&Customer) -> Vec<String> + Send + Sync>;

/// How `--by FIELD` sorts customers into groups: a customer may fall in
/// several (one per tag) or none.
pub struct Grouping {
    /// The field as the user wrote it.
    pub field: String,
    /// Returns the customer's groups.
    pub of: GroupFn,
}

/// The frame of a report.
pub struct Scope<'a> {
    pub period: Period,
    pub settings: &'a Settings,
    pub by: Option<&'a Grouping>,
}

impl Scope<'_> {
    /// Returns the facts that frame a report: the period, the currency and
    /// the grouping.
    pub fn facts(&self) -> Vec<(String, Cell)> {
        let mut facts = vec![
            ("since".to_string(), Cell::day(self.period.since)),
            ("until".to_string(), Cell::day(self.period.until)),
            (
                "currency".to_string(),
                Cell::Text(self.settings.currency.clone()),
            ),
        ];
        if let Some(by) = self.by {
            facts.push(("by".to_string(), Cell::Text(by.field.clone())));
        }
        facts
    }

    /// Returns the `group` column, first in every report's table with
    /// `--by`; none without.
    pub fn group_column(&self) -> Option<Column> {
        self.by
            .is_some()
            .then_some(Column::new("group", "group", Form::Text))
    }

    /// Returns the columns of a report's table: the `group` column with
    /// `--by`, then `columns`.
    pub fn columns(&self, columns: impl IntoIterator<Item = Column>) -> Vec<Column> {
        self.group_column().into_iter().chain(columns).collect()
    }

    /// Returns a row of group `label`: its group with `--by`, then `values`
    /// (as [`Scope::columns`]).
    pub fn row<V: Into<Value>>(&self, label: &str, values: impl IntoIterator<Item = V>) -> Row {
        let mut row = self.group_cells(label);
        row.extend(values.into_iter().map(Into::into));
        Row::new(row)
    }

    /// Returns the values a row of group `label` starts with: the group
    /// with `--by`, nothing without (as [`Scope::group_column`]).
    pub fn group_cells(&self, label: &str) -> Vec<Value> {
        if self.by.is_some() {
            let cell = Cell::Text(label.to_string());
            // The names of the groups rapport makes are read in the
            // language; machines read them as they are.
            vec![match label {
                ALL => cell.shown(Label::new("report.all", "(all)")),
                NONE => cell.shown(Label::new("report.none", "(none)")),
                _ => cell.value(),
            }]
        } else {
            Vec::new()
        }
    }

    /// Returns the book's name, shown after a report's title.
    pub fn book(&self) -> Option<String> {
        self.settings.name.clone().filter(|n| !n.is_empty())
    }
}

/// Sorts customers into the groups of `by`: first every customer as
/// [`ALL`], then each group in label order, [`NONE`] last. Without a
/// grouping there is only [`ALL`].
pub fn partition<'c>(
    customers: &'c [Customer],
    by: Option<&Grouping>,
) -> Vec<(String, Vec<&'c Customer>)> {
    partition_by(
        customers.iter(),
        by.map(|by| move |c: &&Customer| (by.of)(c)),
    )
}

/// Sorts items into groups as [`partition`] does, given each item's groups
/// by `labels` (no grouping without it).
pub fn partition_by<T: Copy>(
    items: impl Iterator<Item = T>,
    labels: Option<impl Fn(&T) -> Vec<String>>,
) -> Vec<(String, Vec<T>)> {
    let all: Vec<T> = items.collect();
    let Some(labels) = labels else {
        return vec![(ALL.to_string(), all)];
    };
    let mut groups: std::collections::BTreeMap<String, Vec<T>> = Default::default();
    let mut none = Vec::new();
    for item in &all {
        let labels = labels(item);
        let mut seen: Vec<&str> = Vec::with_capacity(labels.len());
        for label in &labels {
            if label.is_empty() || seen.contains(&label.as_str()) {
                continue;
            }
            seen.push(label);
            groups.entry(label.clone()).or_default().push(*item);
        }
        if seen.is_empty() {
            none.push(*item);
        }
    }
    let mut out = vec![(ALL.to_string(), all)];
    out.extend(groups);
    if !none.is_empty() {
        out.push((NONE.to_string(), none));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_default_period_is_twelve_months_ending_today() {
        let p = Period::year_to(d("2026-11-23"));
        assert_eq!((p.since, p.until), (d("2025-11-24"), d("2026-11-23")));
        assert_eq!(p.eve(), d("2025-11-23"));
        let leap = Period::year_to(d("2024-02-29"));
        assert_eq!(leap.since, d("2023-03-01"));
    }

    #[test]
    fn partitions_by_every_tag_and_none() {
        let mk = |tags: &[&str]| Customer {
            tags: tags.iter().map(|t| t.to_string()).collect(),
            ..Customer::default()
        };
        let customers = vec![mk(&["b2b", "vip"]), mk(&[]), mk(&["b2b", "b2b"])];
        let by = Grouping {
            field: "tags".into(),
            of: Box::new(|c: &Customer| c.tags.clone()),
        };
        let parts: Vec<(String, usize)> = partition(&customers, Some(&by))
            .into_iter()
            .map(|(k, v)| (k, v.len()))
            .collect();
        assert_eq!(
            parts,
            [
                ("(all)".into(), 3),
                ("b2b".into(), 2),
                ("vip".into(), 1),
                ("(none)".into(), 1)
            ]
        );
    }
}
