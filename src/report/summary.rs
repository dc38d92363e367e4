//! `report summary`: the KPIs of DESIGN.md section 7 on one screen, for the
//! whole book and for each group of `--by`.

use std::collections::HashMap;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::calendar::Calendar;
use super::lifecycle::{customer_since, exists_at, is_active, stage_at};
use super::measure::{NpsCount, median, share};
use super::scope::{ALL, NONE, Period, Scope};
use crate::model::fast::Parts;
use crate::model::{Customer, Money, When};
use crate::output::report::{Bar, Block, Chart, Report, Shown, View};
use crate::output::{Cell, Rows};

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

/// Computes the summary of `customers` (already filtered) over the scope.
pub fn summary(customers: &[Customer], scope: &Scope) -> Summary {
    customers
        .par_iter()
        .fold(Sums::default, |mut sums, c| {
            sums.add(c, scope);
            sums
        })
        .reduce(Sums::default, Sums::merge)
        .finish(scope)
}

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

/// Computes the KPIs of one group.
pub fn kpis(customers: &[&Customer], scope: &Scope, month_count: usize) -> Kpis {
    customers
        .par_iter()
        .fold(Acc::default, |mut acc, c| {
            acc.add(c, scope, month_count);
            acc
        })
        .reduce(Acc::default, Acc::merge)
        .kpis(scope, month_count)
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
    let grouped = scope.by.is_some();
    let stage_names: Vec<String> = s
        .groups
        .first()
        .map(|(_, k)| k.stages.iter().map(|(n, _)| n.clone()).collect())
        .unwrap_or_default();

    let mut columns: Vec<String> = Vec::new();
    if grouped {
        columns.push("group".into());
    }
    columns.extend(["since", "until", "customers"].map(String::from));
    columns.extend(stage_names.iter().map(|n| format!("stage.{n}")));
    columns.extend(
        [
            "new_customers",
            "active_at_start",
            "active",
            "churned",
            "churn_rate",
            "revenue",
            "orders",
            "aov",
            "nps",
            "nps_responses",
            "acquisition_cost",
            "cac",
            "created",
            "converted",
            "conversion",
            "deals_won",
            "deals_lost",
            "win_rate",
            "won_value",
            "sales_cycle_days",
            "open_deals",
            "pipeline",
        ]
        .map(String::from),
    );
    let mut data = Rows {
        columns,
        rows: Vec::new(),
    };
    let day = |d: NaiveDate| Cell::Date(When::Date(d));
    let float = |x: Option<f64>| x.map_or(Cell::Null, Cell::Float);
    let money = |m: Option<Money>| m.map_or(Cell::Null, Cell::Money);
    let int = |n: u64| Cell::Int(i64::try_from(n).unwrap_or(i64::MAX));
    for (label, k) in &s.groups {
        let mut row = Vec::new();
        if grouped {
            row.push(Cell::Text(label.clone()));
        }
        row.extend([
            day(scope.period.since),
            day(scope.period.until),
            int(k.customers),
        ]);
        row.extend(k.stages.iter().map(|(_, n)| int(*n)));
        row.extend([
            int(k.new_customers),
            int(k.active_at_start),
            int(k.active_at_end),
            int(k.churned),
            float(k.churn_rate()),
            Cell::Money(k.revenue),
            int(k.orders),
            money(k.aov()),
            float(k.nps.score()),
            int(k.nps.responses()),
            Cell::Money(k.acquisition_cost),
            money(k.cac()),
            int(k.created),
            int(k.converted),
            float(k.conversion()),
            int(k.won),
            int(k.lost),
            float(k.win_rate()),
            Cell::Money(k.won_value),
            float(k.sales_cycle()),
            int(k.open_deals),
            Cell::Money(k.pipeline),
        ]);
        data.rows.push(row);
    }

    let mut header = vec!["figure".to_string()];
    if grouped {
        header.extend(s.groups.iter().map(|(l, _)| l.clone()));
    } else {
        header.push("value".into());
    }
    let mut rows: Vec<Vec<Shown>> = Vec::new();
    let mut line = |name: String, f: &dyn Fn(&Kpis) -> Shown| {
        let mut row = vec![Shown::text(name)];
        row.extend(s.groups.iter().map(|(_, k)| f(k)));
        rows.push(row);
    };
    line("customers".into(), &|k| Shown::count(k.customers).strong());
    for (i, name) in stage_names.iter().enumerate() {
        line(format!("  {name}"), &|k| {
            Shown::count(k.stages.get(i).map_or(0, |(_, n)| *n))
        });
    }
    line("new customers".into(), &|k| Shown::count(k.new_customers));
    line("active at start".into(), &|k| {
        Shown::count(k.active_at_start)
    });
    line("active at end".into(), &|k| Shown::count(k.active_at_end));
    line("churned".into(), &|k| Shown::count(k.churned));
    line("churn rate".into(), &|k| Shown::share(k.churn_rate()));
    line(format!("revenue ({currency})"), &|k| {
        Shown::money(k.revenue).strong()
    });
    line("orders".into(), &|k| Shown::count(k.orders));
    line(format!("AOV ({currency})"), &|k| {
        Shown::money_or_dash(k.aov())
    });
    line("NPS".into(), &|k| Shown::decimal(k.nps.score(), 1));
    line("  survey responses".into(), &|k| {
        Shown::count(k.nps.responses())
    });
    line(format!("CAC ({currency})"), &|k| {
        Shown::money_or_dash(k.cac())
    });
    line("customers created".into(), &|k| Shown::count(k.created));
    line("conversion".into(), &|k| Shown::share(k.conversion()));
    line("deals won".into(), &|k| Shown::count(k.won));
    line("deals lost".into(), &|k| Shown::count(k.lost));
    line("win rate".into(), &|k| Shown::share(k.win_rate()));
    line(format!("won value ({currency})"), &|k| {
        Shown::money(k.won_value)
    });
    line("sales cycle (median days)".into(), &|k| {
        Shown::decimal(k.sales_cycle(), 1)
    });
    line("open deals".into(), &|k| Shown::count(k.open_deals));
    line(format!("pipeline ({currency})"), &|k| {
        Shown::money(k.pipeline)
    });

    let mut blocks = vec![Block::View(View {
        title: "Key figures".into(),
        header,
        rows,
    })];
    if let Some((_, all)) = s.groups.iter().find(|(l, _)| l == ALL) {
        let labels: Vec<String> = s
            .months
            .iter()
            .map(|p| Calendar::Month.label(p.since))
            .collect();
        blocks.push(Block::Chart(Chart::Columns {
            title: format!("Revenue by month ({currency})"),
            columns: labels
                .iter()
                .zip(&all.months)
                .map(|(label, (m, _))| Bar {
                    label: super::calendar::short_month(label),
                    value: m.to_f64(),
                    text: compact_money(*m),
                })
                .collect(),
        }));
        blocks.push(Block::View(View {
            title: "Revenue by month".into(),
            header: vec![
                "month".into(),
                "days".into(),
                format!("revenue ({currency})"),
                "orders".into(),
            ],
            rows: s
                .months
                .iter()
                .zip(&all.months)
                .map(|(p, (m, n))| {
                    vec![
                        Shown::text(Calendar::Month.label(p.since)),
                        Shown::text(format!("{}–{}", p.since.format("%d"), p.until.format("%d"))),
                        Shown::money(*m),
                        Shown::count(*n),
                    ]
                })
                .collect(),
        }));
        blocks.push(Block::Chart(Chart::Bars {
            title: "Customers by stage".into(),
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
        title: scope.title("Summary"),
        facts: scope.facts(),
        data,
        blocks,
        notes: vec![
            format!(
                "Active: in stage customer with a purchase within {churn_after} (churn_after). Churned: active at the start of the period (the end of {}), not at its end; churn rate = churned / active at start.",
                scope.period.eve()
            ),
            "New customers: became customers in the period (first move into stage customer or first purchase). CAC = their acquisition cost / their number. Conversion: customers created in the period who became customers by its end.".into(),
            "Revenue: purchases dated in the period, refunds subtracted; orders: purchases with a non-negative amount; AOV = revenue / orders. NPS: % promoters (9–10) − % detractors (0–6) of each customer's latest score in the period.".into(),
            "Win rate: won / (won + lost) of the deals closed in the period; sales cycle: median days from opened to closed of those won. Stages, open deals and pipeline: as at the end of the period.".into(),
        ],
    }
}

/// Returns an amount compactly for a chart label: 950, 1.5k, 12k.
pub fn compact_money(m: Money) -> String {
    let x = m.to_f64();
    if x == 0.0 {
        String::new()
    } else if x.abs() >= 1000.0 {
        format!("{}k", crate::output::report::trim_decimals(x / 1000.0, 1))
    } else {
        crate::output::report::trim_decimals(x, 0)
    }
}
