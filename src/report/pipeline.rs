//! `report pipeline`: the open deals at the end of the period by deal stage
//! (count, value, share of the pipeline, median age, the stage's probability
//! and the weighted value), the deals won and lost in the period (count,
//! value, median days from opened to closed, win rate), the forecast by
//! month of `expected`, the median days in each deal stage (from the
//! `kind = "deal"` moves), the deals lost by reason and by the furthest stage
//! they reached, and the stale open deals (the agenda's rule, in
//! [`super::deals`]).

use chrono::NaiveDate;

use super::deals;
use super::measure::{median, share};
use super::scope::{ALL, NONE, Scope, partition};
use crate::model::{Customer, Money};
use crate::table::{Bar, Block, Cell, Chart, Column, Form, Label, Report, Table};

/// The parts of a customer this report reads (the deals, and the
/// interactions for their moves and last activity); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts =
    crate::model::fast::Parts::DEALS.with(crate::model::fast::Parts::INTERACTION_DETAILS);

/// The stage a deal open at the end of the period is shown under when it
/// was closed (won or lost) only later.
pub const CLOSED_LATER: &str = "(closed later)";

/// Deals of one stage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageLine {
    pub stage: String,
    pub deals: u64,
    pub value: Money,
    /// Open deals: days from opened to the period's end; won and lost:
    /// days from opened to closed; velocity: days of each stay in the stage.
    pub days: Vec<i64>,
    /// Open deals: their values weighted by the stage's probability.
    pub weighted: Money,
}

impl StageLine {
    fn new(stage: &str) -> StageLine {
        StageLine {
            stage: stage.to_string(),
            ..StageLine::default()
        }
    }

    fn add(&mut self, value: Money, days: Option<i64>) {
        self.deals += 1;
        self.value += value;
        self.days.extend(days);
    }

    /// Counts one stay of `days` days (velocity).
    fn add_days(&mut self, days: i64) {
        self.deals += 1;
        self.days.push(days);
    }

    /// Returns the median of `days`.
    pub fn median_days(&self) -> Option<f64> {
        median(self.days.iter().map(|&d| d as f64).collect())
    }
}

/// One group's pipeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    /// Open at the end of the period, by stage in the book's order.
    pub open: Vec<StageLine>,
    /// Won and lost in the period.
    pub won: StageLine,
    pub lost: StageLine,
    /// Open at the end of the period, by month of `expected`.
    pub forecast: Vec<MonthLine>,
    /// Stays in each deal stage that began in the period and ended by a
    /// recorded move by its end (`deals` counts the stays).
    pub velocity: Vec<StageLine>,
    /// Lost in the period, by `lost_reason` ([`NONE`] without one) and by
    /// the furthest open stage reached.
    pub lost_reasons: Vec<StageLine>,
    pub lost_stages: Vec<StageLine>,
    /// Open at the end of the period with no activity for
    /// [`deals::STALE_DAYS`] days.
    pub stale: Vec<StaleDeal>,
}

impl Figures {
    /// Returns the number of open deals.
    pub fn open_deals(&self) -> u64 {
        self.open.iter().map(|s| s.deals).sum()
    }

    /// Returns the value of the open deals.
    pub fn open_value(&self) -> Money {
        self.open.iter().map(|s| s.value).sum()
    }

    /// Returns the weighted value of the open deals.
    pub fn weighted_value(&self) -> Money {
        self.open.iter().map(|s| s.weighted).sum()
    }

    /// Returns won / (won + lost).
    pub fn win_rate(&self) -> Option<f64> {
        share(self.won.deals, self.won.deals + self.lost.deals)
    }
}

/// Where a stage's probability comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// `[deal_probabilities]` in rapport.toml.
    Configured,
    /// The book's closed deals: the share of those that reached the stage
    /// which were won.
    Estimated,
}

impl Source {
    /// Returns the word machines read (`probability_source`).
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Configured => "configured",
            Source::Estimated => "estimated",
        }
    }
}

/// The chance that a deal in an open deal stage is won.
#[derive(Clone, Debug, PartialEq)]
pub struct Probability {
    pub stage: String,
    /// None when it is estimated and no closed deal reached the stage.
    pub p: Option<f64>,
    pub source: Source,
    /// Estimated: the deals closed by the end of the period that reached
    /// the stage, and those of them won.
    pub reached: u64,
    pub won: u64,
}

/// The probabilities of the open deal stages, in the book's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Probabilities(pub Vec<Probability>);

impl Probabilities {
    /// Returns the probability of `stage`, if it has one.
    pub fn of(&self, stage: &str) -> Option<f64> {
        self.0.iter().find(|p| p.stage == stage).and_then(|p| p.p)
    }

    /// Returns where the probabilities come from, as json's `probabilities`
    /// says it: `configured` (all from rapport.toml), `estimated` (none),
    /// or `mixed`.
    pub fn source(&self) -> &'static str {
        let configured = self
            .0
            .iter()
            .filter(|p| p.source == Source::Configured)
            .count();
        match configured {
            0 => "estimated",
            n if n == self.0.len() => "configured",
            _ => "mixed",
        }
    }
}

/// Returns the value of a deal weighted by probability `p`, to the cent.
pub fn weighted(value: Money, p: f64) -> Money {
    Money::from_cents((value.cents() as f64 * p).round() as i128)
}

/// Returns the probability of each open deal stage: from
/// `[deal_probabilities]` where set, else estimated from the deals closed
/// by the end of the period (any time before it): of those that reached the
/// stage, the share won. A won deal reached every open stage; a lost deal
/// reached the stages up to the furthest on its path.
pub fn probabilities(customers: &[Customer], scope: &Scope) -> Probabilities {
    let (until, settings) = (scope.period.until, scope.settings);
    let stages = &settings.schema.deal_stages;
    let mut won = 0u64;
    // Lost deals by the index of the furthest stage they reached.
    let mut lost_at = vec![0u64; stages.len()];
    for c in customers {
        for deal in &c.deals {
            if deal.is_open()
                || deal.opened.is_some_and(|d| d > until)
                || deal.closed.is_some_and(|d| d > until)
            {
                continue;
            }
            if deal.stage == "won" {
                won += 1;
                continue;
            }
            let path = deals::path(c, deal, stages);
            if let Some(i) = deals::furthest_stage(&path, stages)
                .and_then(|f| stages.iter().position(|s| s == f))
            {
                lost_at[i] += 1;
            }
        }
    }
    Probabilities(
        stages
            .iter()
            .enumerate()
            .map(|(i, stage)| {
                let lost: u64 = lost_at[i..].iter().sum();
                match settings.deal_probabilities.get(stage) {
                    Some(&p) => Probability {
                        stage: stage.clone(),
                        p: Some(p),
                        source: Source::Configured,
                        reached: won + lost,
                        won,
                    },
                    None => Probability {
                        stage: stage.clone(),
                        p: share(won, won + lost),
                        source: Source::Estimated,
                        reached: won + lost,
                        won,
                    },
                }
            })
            .collect(),
    )
}

/// Open deals expected to close in one month.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MonthLine {
    /// `2026-12`, or [`NONE`] for the deals without `expected`.
    pub month: String,
    pub deals: u64,
    pub value: Money,
    /// The deals' values weighted by their stage's probability.
    pub weighted: Money,
}

/// An open deal with no activity for [`deals::STALE_DAYS`] days or more.
#[derive(Clone, Debug, PartialEq)]
pub struct StaleDeal {
    pub id: String,
    pub deal: String,
    pub title: String,
    pub stage: String,
    pub value: Option<Money>,
    pub last_activity: Option<NaiveDate>,
    /// Days from the last activity to the end of the period.
    pub idle_days: Option<i64>,
}

/// The whole report: the probabilities (of the whole selection) and each
/// group's figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pipeline {
    pub probabilities: Probabilities,
    pub groups: Vec<(String, Figures)>,
}

/// Computes the pipeline of each group.
pub fn pipeline(customers: &[Customer], scope: &Scope) -> Pipeline {
    let probabilities = probabilities(customers, scope);
    let groups = partition(customers, scope.by)
        .into_iter()
        .map(|(label, members)| (label, figures(&members, scope, &probabilities)))
        .collect();
    Pipeline {
        probabilities,
        groups,
    }
}

fn figures(customers: &[&Customer], scope: &Scope, probabilities: &Probabilities) -> Figures {
    let (period, schema) = (scope.period, &scope.settings.schema);
    let stages = &schema.deal_stages;
    let lines = || -> Vec<StageLine> { stages.iter().map(|s| StageLine::new(s)).collect() };
    let mut f = Figures {
        open: lines(),
        won: StageLine::new("won"),
        lost: StageLine::new("lost"),
        velocity: lines(),
        lost_stages: lines(),
        ..Figures::default()
    };
    let days = |from: Option<NaiveDate>, to: NaiveDate| from.map(|d| (to - d).num_days());
    for c in customers {
        let contact = deals::last_contact(c, period.until);
        for deal in &c.deals {
            if deal.opened.is_some_and(|d| d > period.until) {
                continue;
            }
            let path = deals::path(c, deal, stages);
            for stay in &path {
                if let Some(left) = stay.left
                    && period.contains(stay.entered)
                    && left <= period.until
                {
                    line_of(&mut f.velocity, stay.stage).add_days((left - stay.entered).num_days());
                }
            }
            let value = deal.value.unwrap_or(Money::ZERO);
            if deals::open_on(deal, period.until) {
                let stage = if deal.is_open() {
                    deal.stage.as_str()
                } else {
                    CLOSED_LATER
                };
                let p = deal.is_open().then(|| probabilities.of(stage)).flatten();
                let worth = p.map(|p| weighted(value, p));
                let line = line_of(&mut f.open, stage);
                line.add(value, days(deal.opened, period.until));
                line.weighted += worth.unwrap_or(Money::ZERO);
                let month = deals::expected(deal)
                    .map_or_else(|| NONE.to_string(), |e| e.format("%Y-%m").to_string());
                let m = match f.forecast.iter().position(|m| m.month == month) {
                    Some(i) => &mut f.forecast[i],
                    None => {
                        f.forecast.push(MonthLine {
                            month,
                            ..MonthLine::default()
                        });
                        f.forecast.last_mut().expect("just pushed")
                    }
                };
                m.deals += 1;
                m.value += value;
                m.weighted += worth.unwrap_or(Money::ZERO);
                let last = deals::last_activity(c, deal, contact, period.until);
                if deals::is_stale(last, period.until) {
                    f.stale.push(StaleDeal {
                        id: c.id.as_ref().map(ToString::to_string).unwrap_or_default(),
                        deal: deal.address_key(),
                        title: deal.title.clone(),
                        stage: stage.to_string(),
                        value: deal.value,
                        last_activity: last,
                        idle_days: last.map(|d| (period.until - d).num_days()),
                    });
                }
                continue;
            }
            let Some(closed) = deal.closed.filter(|d| period.contains(*d)) else {
                continue;
            };
            match deal.stage.as_str() {
                "won" => f.won.add(value, days(deal.opened, closed)),
                "lost" => {
                    f.lost.add(value, days(deal.opened, closed));
                    let reason = deal
                        .lost_reason
                        .as_deref()
                        .map(str::trim)
                        .filter(|r| !r.is_empty())
                        .unwrap_or(NONE);
                    line_of(&mut f.lost_reasons, reason).add(value, None);
                    let furthest = deals::furthest_stage(&path, stages).unwrap_or(NONE);
                    line_of(&mut f.lost_stages, furthest).add(value, None);
                }
                _ => {}
            }
        }
    }
    // Months in order, the deals without one last; reasons by count, then
    // by name; stale deals the longest idle first.
    f.forecast
        .sort_by(|a, b| (a.month == NONE, &a.month).cmp(&(b.month == NONE, &b.month)));
    f.lost_reasons.sort_by(|a, b| {
        (a.stage == NONE, std::cmp::Reverse(a.deals), &a.stage).cmp(&(
            b.stage == NONE,
            std::cmp::Reverse(b.deals),
            &b.stage,
        ))
    });
    f.stale
        .sort_by(|a, b| (a.last_activity, &a.id, &a.deal).cmp(&(b.last_activity, &b.id, &b.deal)));
    f
}

/// Returns the line of `stage` in `lines`, added at the end when new.
fn line_of<'l>(lines: &'l mut Vec<StageLine>, stage: &str) -> &'l mut StageLine {
    match lines.iter().position(|s| s.stage == stage) {
        Some(i) => &mut lines[i],
        None => {
            lines.push(StageLine::new(stage));
            lines.last_mut().expect("just pushed")
        }
    }
}

/// Returns the pipeline as a report: a row per group and figure in the data
/// (`status` says which: open, won, lost, forecast, velocity, lost_reason,
/// lost_stage, stale), a table per figure for people, the open value by
/// stage and the weighted forecast by month as charts.
pub fn render(pipeline: &Pipeline, scope: &Scope) -> Report {
    let (groups, probabilities) = (&pipeline.groups, &pipeline.probabilities);
    let currency = &scope.settings.currency;

    let stage = Column::new("stage", "stage", Form::Text);
    let deals = Column::new("deals", "deals", Form::Count);
    let value = Column::labelled(
        "value",
        Label::new("pipeline.value", "value ({currency})"),
        Form::Money,
    )
    .with("currency", currency);
    let share = Column::new("share", "share", Form::Share);
    let probability = Column::new("probability", "probability", Form::Share);
    let weighted_value = Column::new("weighted_value", "weighted value ({currency})", Form::Money)
        .with("currency", currency);
    let month = Column::labelled(
        "month",
        Label::new("pipeline.expected_close", "expected close"),
        Form::Text,
    );
    let reason = Column::new("reason", "reason", Form::Text);
    let id = Column::new("id", "id", Form::Text);
    let deal = Column::new("deal", "deal", Form::Text);
    let last_activity = Column::new("last_activity", "last activity", Form::Text);
    let idle_days = Column::new("idle_days", "days idle", Form::Count);
    let mut data = Table::new(
        Label::default(),
        scope.columns([
            stage.clone(),
            Column::new("status", "status", Form::Text),
            deals.clone(),
            value.clone(),
            share.clone(),
            Column::labelled(
                "median_days",
                Label::new("pipeline.median_days", "median days"),
                Form::Decimal(1),
            ),
            probability.clone(),
            Column::new("probability_source", "probability from", Form::Text),
            weighted_value.clone(),
            month.clone(),
            reason.clone(),
            id.clone(),
            deal.clone(),
            last_activity.clone(),
            idle_days.clone(),
        ]),
    );
    // A data row: stage, status, deals, value, share, median_days, then
    // the columns added with the weighted pipeline (null where they do not
    // apply).
    let row = |label: &str, head: [Cell; 6], more: [Cell; 9]| {
        scope.row(label, head.into_iter().chain(more))
    };
    let nulls = || std::array::from_fn::<Cell, 9, _>(|_| Cell::Null);
    let mut open = Table::new(
        Label::new("pipeline.open", "Open deals at the end of the period"),
        scope.columns([
            stage.clone(),
            deals.clone(),
            value.clone(),
            share,
            Column::new("median_age", "median age (days)", Form::Decimal(1)),
            probability,
            weighted_value.clone(),
        ]),
    );
    let mut closed = Table::new(
        Label::new("pipeline.closed", "Deals closed in the period"),
        scope.columns([
            Column::new("outcome", "outcome", Form::Text),
            deals.clone(),
            value.clone(),
            Column::new("median_cycle", "median cycle (days)", Form::Decimal(1)),
            Column::new("win_rate", "win rate", Form::Share),
        ]),
    );
    let mut forecast = Table::new(
        Label::new(
            "pipeline.forecast",
            "Forecast: open deals by expected close month",
        ),
        scope.columns([month, deals.clone(), value.clone(), weighted_value.clone()]),
    );
    let mut velocity = Table::new(
        Label::new("pipeline.velocity", "Days in each deal stage"),
        scope.columns([
            stage.clone(),
            Column::new("stays", "stays ended", Form::Count),
            Column::new("median_days", "median days in stage", Form::Decimal(1)),
        ]),
    );
    let mut lost_reasons = Table::new(
        Label::new(
            "pipeline.lost_reasons",
            "Deals lost in the period, by reason",
        ),
        scope.columns([reason, deals.clone(), value.clone()]),
    );
    let mut lost_stages = Table::new(
        Label::new(
            "pipeline.lost_stages",
            "Deals lost in the period, by the furthest stage reached",
        ),
        scope.columns([stage.clone(), deals.clone(), value.clone()]),
    );
    let mut stale = Table::new(
        Label::new(
            "pipeline.stale",
            "Open deals with no activity for {days} days",
        )
        .with("days", deals::STALE_DAYS),
        scope.columns([
            id,
            deal,
            Column::new("title", "title", Form::Text),
            stage,
            value,
            last_activity,
            idle_days,
        ]),
    );
    for (label, f) in groups {
        let total = f.open_value();
        let share_of_open =
            |m: Money| (total.cents() > 0).then(|| m.cents() as f64 / total.cents() as f64);
        for line in &f.open {
            let known = probabilities.0.iter().find(|p| p.stage == line.stage);
            let p = known.and_then(|p| p.p);
            let weighted = known.map_or(Cell::Null, |_| Cell::money(p.map(|_| line.weighted)));
            data.push(row(
                label,
                [
                    Cell::Text(line.stage.clone()),
                    Cell::Text("open".into()),
                    Cell::count(line.deals),
                    Cell::Money(line.value),
                    Cell::float(share_of_open(line.value)),
                    Cell::float(line.median_days()),
                ],
                [
                    Cell::float(p),
                    known.map_or(Cell::Null, |k| Cell::Text(k.source.as_str().into())),
                    weighted.clone(),
                    Cell::Null,
                    Cell::Null,
                    Cell::Null,
                    Cell::Null,
                    Cell::Null,
                    Cell::Null,
                ],
            ));
            // People read an estimate with what it is of.
            let shown = match (known, p) {
                (Some(k), Some(x)) if k.source == Source::Estimated => Cell::Float(x).shown(
                    Label::new(
                        "pipeline.won_of_reached",
                        "{won} of {reached} ({percent} %)",
                    )
                    .with("won", k.won)
                    .with("reached", k.reached)
                    .with("percent", format!("{:.1}", x * 100.0)),
                ),
                _ => Cell::float(p).value(),
            };
            open.push(scope.row(
                label,
                [
                    Cell::Text(line.stage.clone()).value(),
                    Cell::count(line.deals).value(),
                    Cell::Money(line.value).value(),
                    Cell::float(share_of_open(line.value)).value(),
                    Cell::float(line.median_days()).value(),
                    shown,
                    weighted.value(),
                ],
            ));
        }
        let ages: Vec<f64> = f
            .open
            .iter()
            .flat_map(|l| l.days.iter().map(|&d| d as f64))
            .collect();
        let mut total_row = scope.row(
            label,
            [
                Cell::Text("open total".into())
                    .shown(Label::new("pipeline.open_total", "open total"))
                    .strong(),
                Cell::count(f.open_deals()).strong(),
                Cell::Money(total).strong(),
                Cell::float((total.cents() > 0).then_some(1.0)).value(),
                Cell::float(median(ages)).value(),
                Cell::Null.shown(""),
                Cell::Money(f.weighted_value()).strong(),
            ],
        );
        total_row.total = true;
        open.push(total_row);
        for (line, status, rate) in [(&f.won, "won", f.win_rate()), (&f.lost, "lost", None)] {
            data.push(row(
                label,
                [
                    Cell::Text(line.stage.clone()),
                    Cell::Text(status.into()),
                    Cell::count(line.deals),
                    Cell::Money(line.value),
                    Cell::Null,
                    Cell::float(line.median_days()),
                ],
                nulls(),
            ));
            closed.push(scope.row(
                label,
                [
                    Cell::Text(line.stage.clone()).value(),
                    Cell::count(line.deals).value(),
                    Cell::Money(line.value).value(),
                    Cell::float(line.median_days()).value(),
                    if status == "won" {
                        Cell::float(rate).value()
                    } else {
                        Cell::Null.shown("")
                    },
                ],
            ));
        }
        for m in &f.forecast {
            let mut more = nulls();
            more[2] = Cell::Money(m.weighted);
            more[3] = Cell::Text(m.month.clone());
            data.push(row(
                label,
                [
                    Cell::Null,
                    Cell::Text("forecast".into()),
                    Cell::count(m.deals),
                    Cell::Money(m.value),
                    Cell::Null,
                    Cell::Null,
                ],
                more,
            ));
            forecast.push(scope.row(
                label,
                [
                    Cell::Text(m.month.clone()),
                    Cell::count(m.deals),
                    Cell::Money(m.value),
                    Cell::Money(m.weighted),
                ],
            ));
        }
        let mut total_row = scope.row(
            label,
            [
                Cell::Text("total".into())
                    .shown(Label::new("total", "total"))
                    .strong(),
                Cell::count(f.forecast.iter().map(|m| m.deals).sum()).strong(),
                Cell::Money(f.forecast.iter().map(|m| m.value).sum()).strong(),
                Cell::Money(f.forecast.iter().map(|m| m.weighted).sum()).strong(),
            ],
        );
        total_row.total = true;
        forecast.push(total_row);
        for line in &f.velocity {
            data.push(row(
                label,
                [
                    Cell::Text(line.stage.clone()),
                    Cell::Text("velocity".into()),
                    Cell::count(line.deals),
                    Cell::Null,
                    Cell::Null,
                    Cell::float(line.median_days()),
                ],
                nulls(),
            ));
            velocity.push(scope.row(
                label,
                [
                    Cell::Text(line.stage.clone()),
                    Cell::count(line.deals),
                    Cell::float(line.median_days()),
                ],
            ));
        }
        for line in &f.lost_reasons {
            let mut more = nulls();
            more[4] = Cell::Text(line.stage.clone());
            data.push(row(
                label,
                [
                    Cell::Null,
                    Cell::Text("lost_reason".into()),
                    Cell::count(line.deals),
                    Cell::Money(line.value),
                    Cell::Null,
                    Cell::Null,
                ],
                more,
            ));
            lost_reasons.push(scope.row(
                label,
                [
                    Cell::Text(line.stage.clone()),
                    Cell::count(line.deals),
                    Cell::Money(line.value),
                ],
            ));
        }
        for line in &f.lost_stages {
            data.push(row(
                label,
                [
                    Cell::Text(line.stage.clone()),
                    Cell::Text("lost_stage".into()),
                    Cell::count(line.deals),
                    Cell::Money(line.value),
                    Cell::Null,
                    Cell::Null,
                ],
                nulls(),
            ));
            lost_stages.push(scope.row(
                label,
                [
                    Cell::Text(line.stage.clone()),
                    Cell::count(line.deals),
                    Cell::Money(line.value),
                ],
            ));
        }
        for d in &f.stale {
            let mut more = nulls();
            more[5] = Cell::Text(d.id.clone());
            more[6] = Cell::Text(d.deal.clone());
            more[7] = d.last_activity.map_or(Cell::Null, Cell::day);
            more[8] = d.idle_days.map_or(Cell::Null, Cell::Int);
            data.push(row(
                label,
                [
                    Cell::Text(d.stage.clone()),
                    Cell::Text("stale".into()),
                    Cell::count(1),
                    Cell::money(d.value),
                    Cell::Null,
                    Cell::Null,
                ],
                more,
            ));
            stale.push(
                scope.row(
                    label,
                    [
                        Cell::Text(d.id.clone()),
                        Cell::Text(d.deal.clone()),
                        Cell::Text(d.title.clone()),
                        Cell::Text(d.stage.clone()),
                        Cell::money(d.value),
                        d.last_activity
                            .map_or(Cell::Text("never".into()), |x| Cell::Text(x.to_string())),
                        d.idle_days.map_or(Cell::Null, Cell::Int),
                    ],
                ),
            );
        }
    }
    let all = groups.iter().find(|(l, _)| l == ALL).map(|(_, f)| f);
    let mut blocks = vec![Block::Table(open)];
    if let Some(all) = all {
        blocks.push(Block::Chart(Chart::Bars {
            title: Label::new("pipeline.chart", "Open value by stage ({currency})")
                .with("currency", currency),
            bars: all
                .open
                .iter()
                .map(|l| Bar {
                    label: l.stage.clone(),
                    value: l.value.to_f64(),
                    text: format!(
                        "{} ({} deal{})",
                        l.value,
                        l.deals,
                        if l.deals == 1 { "" } else { "s" }
                    ),
                })
                .collect(),
        }));
    }
    blocks.push(Block::Table(closed));
    blocks.push(Block::Table(forecast));
    if let Some(all) = all {
        blocks.push(Block::Chart(Chart::Columns {
            title: Label::new(
                "pipeline.forecast_chart",
                "Weighted value by expected close month ({currency})",
            )
            .with("currency", currency),
            columns: all
                .forecast
                .iter()
                .map(|m| Bar {
                    label: m.month.clone(),
                    value: m.weighted.to_f64(),
                    text: m.weighted.to_string(),
                })
                .collect(),
        }));
    }
    blocks.extend([
        Block::Table(velocity),
        Block::Table(lost_reasons),
        Block::Table(lost_stages),
        Block::Table(stale),
    ]);
    let mut facts = scope.facts();
    facts.push((
        "probabilities".into(),
        Cell::Text(probabilities.source().into()),
    ));
    Report {
        name: "pipeline".into(),
        title: Label::new("pipeline.title", "Pipeline"),
        book: scope.book(),
        facts,
        data,
        blocks,
        notes: vec![
            Label::new(
                "pipeline.note1",
                "Open: deals opened by the end of the period and not won or lost by then; their age is the days from opened to the end of the period. Share: of the open value.",
            ),
            Label::new(
                "pipeline.note2",
                "Won and lost: deals closed in the period; their cycle is the days from opened to closed. Win rate = won / (won + lost).",
            ),
            match probabilities.source() {
                "configured" => Label::new(
                    "pipeline.note_probability_configured",
                    "Probability: the chance a deal in the stage is won, from [deal_probabilities] in rapport.toml. Weighted value: each open deal's value × its stage's probability, to the cent.",
                ),
                "estimated" => Label::new(
                    "pipeline.note_probability_estimated",
                    "Probability: the chance a deal in the stage is won, estimated from the book's closed deals ([deal_probabilities] in rapport.toml sets it). Estimated (`won of reached`): of the deals closed by the end of the period that reached the stage (a won deal reached every stage, a lost one the stages up to the furthest it reached), the share won. Weighted value: each open deal's value × its stage's probability, to the cent.",
                ),
                _ => Label::new(
                    "pipeline.note_probability_mixed",
                    "Probability: the chance a deal in the stage is won, from [deal_probabilities] in rapport.toml where set, else estimated from the book's closed deals. Estimated (`won of reached`): of the deals closed by the end of the period that reached the stage (a won deal reached every stage, a lost one the stages up to the furthest it reached), the share won. Weighted value: each open deal's value × its stage's probability, to the cent.",
                ),
            },
            Label::new(
                "pipeline.note_forecast",
                "Forecast: the open deals by the month of their `expected` close day ((none): without one), with their value and weighted value.",
            ),
            Label::new(
                "pipeline.note_velocity",
                "Days in stage: the stays in each stage that began in the period and ended by a recorded move (`kind = \"deal\"`) by its end; a deal is in the stage its first move left from the day it was opened.",
            ),
            Label::new(
                "pipeline.note_lost",
                "Lost by reason (`lost_reason`) and by the furthest stage on the deal's path: the deals lost in the period; a deal with no recorded moves counts as opened in the first deal stage.",
            ),
            Label::new(
                "pipeline.note_stale",
                "Stale: open deals whose last activity (the customer's latest interaction that is not a move, the deal's own latest move, or the day it was opened) is {days} days or more before the end of the period, the agenda's rule.",
            )
            .with("days", deals::STALE_DAYS),
        ],
    }
}
