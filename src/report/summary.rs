//! `report summary`: the KPIs of DESIGN.md section 7 on one screen, for the
//! whole book and for each group of `--by`.

use std::collections::HashMap;

use super::calendar::Calendar;
use super::lifecycle::{customer_since, exists_at, is_active, stage_at};
use super::measure::{NpsCount, median, share};
use super::scope::{ALL, NONE, Period, Scope};
use crate::model::fast::Parts;
use crate::model::{Customer, Money};
use crate::table::{
    Bar, Block, Cell, Chart, Column, Form, Label, Layout, Report, Row, Table, Value, trim_decimals,
};

/// The KPIs of one group of customers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kpis {
    /// Customers that existed at the end of the period.
    pub customers: u64,
    /// Customers by their stage at the end of the period, in the book's
    /// lifecycle order (then any stage the book does not list).
    pub stages: Vec<(String, u64)>,
    /// Customers who became customers in the period.
    pub new_customers: u64,
    /// The acquisition cost of the new customers.
    pub acquisition_cost: Money,
    pub active_at_start: u64,
    pub active_at_end: u64,
    /// Active at the start of the period, not at its end.
    pub churned: u64,
    /// Revenue of the purchases in the period (refunds subtract).
    pub revenue: Money,
    /// Purchases in the period with a non-negative amount.
    pub orders: u64,
    /// Each customer's latest survey score in the period.
    pub nps: NpsCount,
    /// Customers created in the period, and those of them who had become
    /// customers by its end.
    pub created: u64,
    pub converted: u64,
    /// Deals closed in the period.
    pub won: u64,
    pub lost: u64,
    pub won_value: Money,
    /// Days from opened to closed of each deal won in the period.
    pub cycles: Vec<i64>,
    /// Deals open at the end of the period, and their value.
    pub open_deals: u64,
    pub pipeline: Money,
    /// Revenue and orders of each month of the period.
    pub months: Vec<(Money, u64)>,
}

impl Kpis {
    /// Returns churned / active at the start.
    pub fn churn_rate(&self) -> Option<f64> {
        share(self.churned, self.active_at_start)
    }

    /// Revenue per order, to the cent.
    pub fn aov(&self) -> Option<Money> {
        (self.orders > 0).then(|| self.revenue.div_round(i128::from(self.orders)))
    }

    /// Acquisition cost per new customer, to the cent.
    pub fn cac(&self) -> Option<Money> {
        (self.new_customers > 0).then(|| {
            self.acquisition_cost
                .div_round(i128::from(self.new_customers))
        })
    }

    /// Returns converted / created.
    pub fn conversion(&self) -> Option<f64> {
        share(self.converted, self.created)
    }

    /// Returns won / (won + lost).
    pub fn win_rate(&self) -> Option<f64> {
        share(self.won, self.won + self.lost)
    }

    /// The median sales cycle in days.
    pub fn sales_cycle(&self) -> Option<f64> {
        median(self.cycles.iter().map(|&d| d as f64).collect())
    }
}

/// The summary: each group's KPIs, the whole book's first.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub groups: Vec<(String, Kpis)>,
    /// The months of the period (clipped to it).
    pub months: Vec<Period>,
}

/// The parts of a customer the summary reads (see
/// [`crate::book::load::fold_parts`]).
pub const PARTS: Parts = Parts::STAGE
    .with(Parts::CREATED)
    .with(Parts::ACQUISITION_COST)
    .with(Parts::STAGE_MOVES)
    .with(Parts::DEALS);

/// A summary being added up one customer at a time, in any order and in
/// parts that are then merged: the KPIs of every customer, of each group
/// of the scope's grouping, and of the customers in none of its groups.
/// A bulk read folds the book into this without keeping the customers.
#[derive(Default)]
pub struct Sums {
    all: Acc,
    groups: std::collections::BTreeMap<String, Acc>,
    none: Option<Acc>,
    /// The number of months of the period, once known.
    months: Option<usize>,
}

impl Sums {
    /// Adds one customer to every group it falls in.
    pub fn add(&mut self, c: &Customer, scope: &Scope) {
        let months = *self.months.get_or_insert_with(|| month_count(scope));
        self.all.add(c, scope, months);
        let Some(by) = scope.by else { return };
        let labels = (by.of)(c);
        let mut seen: Vec<&str> = Vec::with_capacity(labels.len());
        for label in &labels {
            if label.is_empty() || seen.contains(&label.as_str()) {
                continue;
            }
            seen.push(label);
            match self.groups.get_mut(label.as_str()) {
                Some(acc) => acc.add(c, scope, months),
                None => {
                    let mut acc = Acc::default();
                    acc.add(c, scope, months);
                    self.groups.insert(label.clone(), acc);
                }
            }
        }
        if seen.is_empty() {
            self.none
                .get_or_insert_with(Acc::default)
                .add(c, scope, months);
        }
    }

    /// Combines the sums of two parts of the book.
    pub fn merge(mut self, other: Sums) -> Sums {
        self.all = std::mem::take(&mut self.all).merge(other.all);
        for (label, acc) in other.groups {
            let mine = self.groups.remove(&label).unwrap_or_default();
            self.groups.insert(label, mine.merge(acc));
        }
        self.none = match (self.none, other.none) {
            (Some(a), Some(b)) => Some(a.merge(b)),
            (a, b) => a.or(b),
        };
        self.months = self.months.or(other.months);
        self
    }

    /// Returns the summary: every customer as `(all)` first, then each
    /// group in label order, `(none)` last.
    pub fn finish(self, scope: &Scope) -> Summary {
        let months = Calendar::Month.spans(scope.period);
        let mut groups = vec![(ALL.to_string(), self.all.kpis(scope, months.len()))];
        if scope.by.is_some() {
            for (label, acc) in self.groups {
                groups.push((label, acc.kpis(scope, months.len())));
            }
            if let Some(acc) = self.none {
                groups.push((NONE.to_string(), acc.kpis(scope, months.len())));
            }
        }
        Summary { groups, months }
    }
}

/// The number of months of the scope's period.
fn month_count(scope: &Scope) -> usize {
    Calendar::Month.spans(scope.period).len()
}

/// What one group adds up, before the stage counts are ordered.
#[derive(Default)]
struct Acc {
    k: Kpis,
    stages: HashMap<String, u64>,
}

impl Acc {
    fn add(&mut self, c: &Customer, scope: &Scope, month_count: usize) {
        let (period, schema) = (scope.period, &scope.settings.schema);
        let churn_after = scope.settings.churn_after;
        if !exists_at(c, period.until) {
            return;
        }
        let k = &mut self.k;
        if k.months.len() < month_count {
            k.months.resize(month_count, (Money::ZERO, 0));
        }
        k.customers += 1;
        if let Some(stage) = stage_at(c, period.until, schema) {
            match self.stages.get_mut(stage) {
                Some(n) => *n += 1,
                None => {
                    self.stages.insert(stage.to_string(), 1);
                }
            }
        }
        let since = customer_since(c, period.until, schema);
        if since.is_some_and(|d| period.contains(d)) {
            k.new_customers += 1;
            k.acquisition_cost += c.acquisition_cost.unwrap_or(Money::ZERO);
        }
        if c.created.is_some_and(|d| period.contains(d)) {
            k.created += 1;
            k.converted += u64::from(since.is_some());
        }
        let at_start = is_active(c, period.eve(), churn_after, schema);
        let at_end = is_active(c, period.until, churn_after, schema);
        k.active_at_start += u64::from(at_start);
        k.active_at_end += u64::from(at_end);
        k.churned += u64::from(at_start && !at_end);

        let mut latest_score: Option<(chrono::NaiveDateTime, u8)> = None;
        for i in &c.interactions {
            let day = i.date.date();
            if !period.contains(day) {
                continue;
            }
            if i.is_purchase() {
                let amount = i.amount.unwrap_or(Money::ZERO);
                let month = Calendar::Month.index(period.since, day) as usize;
                k.revenue += amount;
                k.months[month].0 += amount;
                if !amount.is_negative() {
                    k.orders += 1;
                    k.months[month].1 += 1;
                }
            }
            if let Some(score) = i.nps
                && latest_score.is_none_or(|(when, _)| i.date.moment() >= when)
            {
                latest_score = Some((i.date.moment(), score));
            }
        }
        if let Some((_, score)) = latest_score {
            k.nps.add(score);
        }

        for deal in &c.deals {
            let value = deal.value.unwrap_or(Money::ZERO);
            if let Some(closed) = deal.closed.filter(|d| period.contains(*d)) {
                match deal.stage.as_str() {
                    "won" => {
                        k.won += 1;
                        k.won_value += value;
                        if let Some(opened) = deal.opened {
                            k.cycles.push((closed - opened).num_days());
                        }
                    }
                    "lost" => k.lost += 1,
                    _ => {}
                }
            }
            if deal.opened.is_some_and(|d| d > period.until) {
                continue;
            }
            let closed_by_end = deal.closed.is_none_or(|d| d <= period.until);
            if deal.is_open() || !closed_by_end {
                k.open_deals += 1;
                k.pipeline += value;
            }
        }
    }

    fn merge(mut self, other: Acc) -> Self {
        let (a, b) = (&mut self.k, other.k);
        a.customers += b.customers;
        a.new_customers += b.new_customers;
        a.acquisition_cost += b.acquisition_cost;
        a.active_at_start += b.active_at_start;
        a.active_at_end += b.active_at_end;
        a.churned += b.churned;
        a.revenue += b.revenue;
        a.orders += b.orders;
        a.nps.merge(b.nps);
        a.created += b.created;
        a.converted += b.converted;
        a.won += b.won;
        a.lost += b.lost;
        a.won_value += b.won_value;
        a.cycles.extend(b.cycles);
        a.open_deals += b.open_deals;
        a.pipeline += b.pipeline;
        if a.months.len() < b.months.len() {
            a.months.resize(b.months.len(), (Money::ZERO, 0));
        }
        for (i, (m, n)) in b.months.into_iter().enumerate() {
            a.months[i].0 += m;
            a.months[i].1 += n;
        }
        for (stage, n) in other.stages {
            *self.stages.entry(stage).or_default() += n;
        }
        self
    }
}

impl Acc {
    /// Returns the KPIs added up, stages in the book's lifecycle order.
    fn kpis(self, scope: &Scope, month_count: usize) -> Kpis {
        let mut k = self.k;
        k.months.resize(month_count, (Money::ZERO, 0));
        let book_stages = &scope.settings.schema.stages;
        let mut stages: Vec<(String, u64)> = book_stages
            .iter()
            .map(|s| (s.clone(), self.stages.get(s.as_str()).copied().unwrap_or(0)))
            .collect();
        let mut others: Vec<(String, u64)> = self
            .stages
            .into_iter()
            .filter(|(s, _)| !book_stages.iter().any(|b| b == s))
            .collect();
        others.sort();
        stages.extend(others);
        k.stages = stages;
        k
    }
}

/// Returns the summary as a report: a row per group in the data, the KPIs
/// down and the groups across for people, revenue by month and customers by
/// stage as charts.
pub fn render(s: &Summary, scope: &Scope) -> Report {
    let currency = &scope.settings.currency;
    let stage_names: Vec<String> = s
        .groups
        .first()
        .map(|(_, k)| k.stages.iter().map(|(n, _)| n.clone()).collect())
        .unwrap_or_default();
    let money = |key: &'static str, header: &'static str| {
        Column::new(key, header, Form::Money).with("currency", currency)
    };
    let mut columns = scope.columns([
        Column::new("since", "since", Form::Text).for_machines(),
        Column::new("until", "until", Form::Text).for_machines(),
        Column::new("customers", "customers", Form::Count),
    ]);
    columns.extend(
        stage_names.iter().map(|n| {
            Column::labelled(format!("stage.{n}"), Label::verbatim(n), Form::Count).part()
        }),
    );
    columns.extend([
        Column::new("new_customers", "new customers", Form::Count),
        Column::new("active_at_start", "active at start", Form::Count),
        Column::new("active", "active at end", Form::Count),
        Column::new("churned", "churned", Form::Count),
        Column::new("churn_rate", "churn rate", Form::Share),
        money("revenue", "revenue ({currency})"),
        Column::new("orders", "orders", Form::Count),
        money("aov", "AOV ({currency})"),
        Column::new("nps", "NPS", Form::Decimal(1)),
        Column::new("nps_responses", "survey responses", Form::Count).part(),
        money("acquisition_cost", "acquisition cost ({currency})").for_machines(),
        money("cac", "CAC ({currency})"),
        Column::new("created", "customers created", Form::Count),
        Column::new("converted", "converted", Form::Count).for_machines(),
        Column::new("conversion", "conversion", Form::Share),
        Column::new("deals_won", "deals won", Form::Count),
        Column::new("deals_lost", "deals lost", Form::Count),
        Column::new("win_rate", "win rate", Form::Share),
        money("won_value", "won value ({currency})"),
        Column::new(
            "sales_cycle_days",
            "sales cycle (median days)",
            Form::Decimal(1),
        ),
        Column::new("open_deals", "open deals", Form::Count),
        money("pipeline", "pipeline ({currency})"),
    ]);
    let mut data = Table::new(Label::new("summary.table", "Key figures"), columns);
    data.layout = Layout::Transposed {
        corner: Label::new("figure", "figure"),
        heads: scope.by.is_some().then_some(0),
        single: Label::new("value", "value"),
    };
    for (label, k) in &s.groups {
        let mut row = scope.group_cells(label);
        row.extend([
            Cell::day(scope.period.since).value(),
            Cell::day(scope.period.until).value(),
            Cell::count(k.customers).strong(),
        ]);
        row.extend(k.stages.iter().map(|(_, n)| Cell::count(*n).value()));
        row.extend([
            Cell::count(k.new_customers).value(),
            Cell::count(k.active_at_start).value(),
            Cell::count(k.active_at_end).value(),
            Cell::count(k.churned).value(),
            Cell::float(k.churn_rate()).value(),
            Cell::Money(k.revenue).strong(),
        ]);
        row.extend(
            [
                Cell::count(k.orders),
                Cell::money(k.aov()),
                Cell::float(k.nps.score()),
                Cell::count(k.nps.responses()),
                Cell::Money(k.acquisition_cost),
                Cell::money(k.cac()),
                Cell::count(k.created),
                Cell::count(k.converted),
                Cell::float(k.conversion()),
                Cell::count(k.won),
                Cell::count(k.lost),
                Cell::float(k.win_rate()),
                Cell::Money(k.won_value),
                Cell::float(k.sales_cycle()),
                Cell::count(k.open_deals),
                Cell::Money(k.pipeline),
            ]
            .map(Value::from),
        );
        data.push(Row::new(row));
    }

    let mut blocks = vec![Block::Data];
    if let Some((_, all)) = s.groups.iter().find(|(l, _)| l == ALL) {
        let labels: Vec<String> = s
            .months
            .iter()
            .map(|p| Calendar::Month.label(p.since))
            .collect();
        let revenues: Vec<Money> = all.months.iter().map(|(m, _)| *m).collect();
        blocks.push(Block::Chart(Chart::Columns {
            title: Label::new("summary.revenue_chart", "Revenue by month ({currency})")
                .with("currency", currency),
            columns: labels
                .iter()
                .zip(&all.months)
                .zip(compact_amounts(&revenues))
                .map(|((label, (m, _)), text)| Bar {
                    label: super::calendar::short_month(label),
                    value: m.to_f64(),
                    text,
                })
                .collect(),
        }));
        let mut months = Table::new(
            Label::new("summary.months", "Revenue by month"),
            vec![
                Column::new("month", "month", Form::Text),
                Column::new("days", "days", Form::Text),
                money("revenue", "revenue ({currency})"),
                Column::new("orders", "orders", Form::Count),
            ],
        );
        for (p, (m, n)) in s.months.iter().zip(&all.months) {
            months.push(Row::new([
                Cell::Text(Calendar::Month.label(p.since)),
                Cell::Text(format!("{}–{}", p.since.format("%d"), p.until.format("%d"))),
                Cell::Money(*m),
                Cell::count(*n),
            ]));
        }
        blocks.push(Block::Table(months));
        blocks.push(Block::Chart(Chart::Bars {
            title: Label::new("summary.stages_chart", "Customers by stage"),
            bars: all
                .stages
                .iter()
                .map(|(name, n)| Bar {
                    label: name.clone(),
                    value: *n as f64,
                    text: n.to_string(),
                })
                .collect(),
        }));
    }

    let churn_after = scope.settings.churn_after;
    Report {
        name: "summary".into(),
        title: Label::new("summary.title", "Summary"),
        book: scope.book(),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            Label::new("summary.note1", "Active: in stage customer with a purchase within {churn_after} (churn_after). Churned: active at the start of the period (the end of {until_eve}), not at its end; churn rate = churned / active at start.").with("churn_after", churn_after).with("until_eve", scope.period.eve()),
            Label::new("summary.note2", "New customers: became customers in the period (first move into stage customer or first purchase). CAC = their acquisition cost / their number. Conversion: customers created in the period who became customers by its end."),
            Label::new("summary.note3", "Revenue: purchases dated in the period, refunds subtracted; orders: purchases with a non-negative amount; AOV = revenue / orders. NPS: % promoters (9–10) − % detractors (0–6) of each customer's latest score in the period."),
            Label::new("summary.note4", "Win rate: won / (won + lost) of the deals closed in the period; sales cycle: median days from opened to closed of those won. Stages, open deals and pipeline: as at the end of the period."),
        ],
    }
}

/// Returns the amounts compactly for the labels of one chart: whole
/// amounts below 1000 (950), thousands with at least three significant
/// digits (1.25k, 38.3k, 100k) and, where two different whole amounts would
/// still read the same (38.31k and 38.34k), as many more decimals as tell
/// them apart. Zero is no label.
pub fn compact_amounts(amounts: &[Money]) -> Vec<String> {
    let label = |m: &Money, extra: usize| {
        let x = m.to_f64().round();
        let a = x.abs();
        if x == 0.0 {
            String::new()
        } else if a >= 1000.0 {
            let k = a / 1000.0;
            let significant = if k < 10.0 {
                2
            } else if k < 100.0 {
                1
            } else {
                0
            };
            format!(
                "{}k",
                trim_decimals(x / 1000.0, (significant + extra).min(3))
            )
        } else {
            trim_decimals(x, 0)
        }
    };
    let mut labels = Vec::new();
    for extra in 0..=3 {
        labels = amounts.iter().map(|m| label(m, extra)).collect();
        let mut read: HashMap<&str, i64> = HashMap::new();
        let distinct = amounts.iter().zip(&labels).all(|(m, text)| {
            let whole = m.to_f64().round() as i64;
            *read.entry(text.as_str()).or_insert(whole) == whole
        });
        if distinct {
            break;
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amounts(texts: &[&str]) -> Vec<Money> {
        texts.iter().map(|t| Money::parse(t).unwrap()).collect()
    }

    #[test]
    fn chart_labels_keep_three_digits_and_tell_amounts_apart() {
        assert_eq!(
            compact_amounts(&amounts(&[
                "1250.00",
                "1200.00",
                "950.40",
                "0.00",
                "100000.00"
            ])),
            ["1.25k", "1.2k", "950", "", "100k"]
        );
        assert_eq!(
            compact_amounts(&amounts(&["38312.00", "38340.00", "4400.00"])),
            ["38.31k", "38.34k", "4.4k"]
        );
        // Amounts that differ by a unit still read differently.
        assert_eq!(
            compact_amounts(&amounts(&["38312.00", "38313.00"])),
            ["38.312k", "38.313k"]
        );
        // The same whole amount reads the same.
        assert_eq!(
            compact_amounts(&amounts(&["-1250.00", "1250.20", "1249.90"])),
            ["-1.25k", "1.25k", "1.25k"]
        );
    }
}
