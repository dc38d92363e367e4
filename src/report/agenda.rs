//! `agenda`: what needs doing, as of today. Follow-ups (`[next]`) due within
//! the coming days, overdue first; support cases still open whose deadline
//! (`date` + `sla`) has passed; and open deals whose customer
//! has had no activity for 30 days or more.

use crate::model::When;
use chrono::{Days, NaiveDate, NaiveDateTime};

use super::service::SUPPORT;
use crate::model::Customer;
use crate::model::duration::Sla;
use crate::model::schema::is_move;
use crate::table::{Block, Cell, Column, Form, Label, Report, Row, Table};

/// The parts of a customer this report reads (the follow-ups, support cases and deals); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::NAME
    .with(crate::model::fast::Parts::OWNER)
    .with(crate::model::fast::Parts::NEXT)
    .with(crate::model::fast::Parts::INTERACTION_DETAILS)
    .with(crate::model::fast::Parts::DEALS);

/// Days without activity after which an open deal is listed.
pub const STALE_DAYS: i64 = 30;

/// What an agenda item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    FollowUp,
    Support,
    Deal,
}

impl Kind {
    /// Returns the word the data's `type` column holds.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::FollowUp => "follow-up",
            Kind::Support => "support",
            Kind::Deal => "deal",
        }
    }
}

/// One thing to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    pub id: String,
    pub name: String,
    pub owner: Option<String>,
    /// Follow-up: when it is planned; support: the case's deadline; deal:
    /// the last activity (None: never).
    pub date: Option<NaiveDate>,
    /// `date` − today: negative is past.
    pub days: Option<i64>,
    /// The planned action, the case's summary, the deal's title and value.
    pub what: String,
}

/// Returns the agenda of `customers` as of `now` (on `today`), follow-ups up
/// to `days` ahead, in order: follow-ups by date, cases by deadline, deals by
/// last activity. A case is past its SLA only once its deadline is before
/// `now`, not hours before it.
pub fn agenda(
    customers: &[Customer],
    today: NaiveDate,
    now: NaiveDateTime,
    days: u64,
    sla: &Sla,
) -> Vec<Item> {
    let horizon = today + Days::new(days);
    let end_of_today: NaiveDateTime = (today + Days::new(1)).and_time(chrono::NaiveTime::MIN);
    let mut items = Vec::new();
    for c in customers {
        let id = c.id.as_ref().map(ToString::to_string).unwrap_or_default();
        let item = |kind: Kind, date: Option<NaiveDate>, what: String| Item {
            kind,
            id: id.clone(),
            name: c.name.clone(),
            owner: c.owner.clone(),
            date,
            days: date.map(|d| (d - today).num_days()),
            what,
        };
        if let Some(when) = c.next.date.filter(|d| d.date() <= horizon) {
            let action = c.next.action.clone().unwrap_or_default();
            // A follow-up planned at a time shows it before the action.
            let what = match when {
                When::DateTime(t) => format!("{} {action}", t.format("%H:%M")),
                When::Date(_) => action,
            };
            items.push(item(
                Kind::FollowUp,
                Some(when.date()),
                what.trim_end().to_string(),
            ));
        }
        for case in c.interactions.iter().filter(|i| i.kind == SUPPORT) {
            let opened = case.date.moment();
            let open = case.resolved.is_none_or(|r| r.moment() >= end_of_today);
            if opened >= end_of_today || !open {
                continue;
            }
            let deadline = sla
                .of(case.priority.as_deref())
                .after_moment(opened)
                .unwrap_or(NaiveDateTime::MAX);
            if deadline < now {
                let what = match &case.summary {
                    Some(s) => format!("{s} (opened {})", case.date),
                    None => format!("opened {}", case.date),
                };
                items.push(item(Kind::Support, Some(deadline.date()), what));
            }
        }
        let last_contact = c
            .interactions
            .iter()
            .filter(|i| !is_move(&i.kind))
            .map(|i| i.date.date())
            .filter(|d| *d <= today)
            .max();
        for deal in &c.deals {
            if deal.opened.is_some_and(|d| d > today) {
                continue;
            }
            let open = deal.is_open() || deal.closed.is_some_and(|d| d > today);
            if !open {
                continue;
            }
            let last = last_contact.max(deal.opened);
            if last.is_none_or(|d| (today - d).num_days() >= STALE_DAYS) {
                let value = deal.value.map(|v| format!(", {v}")).unwrap_or_default();
                items.push(item(
                    Kind::Deal,
                    last,
                    format!("{} ({}{value})", deal.title, deal.stage),
                ));
            }
        }
    }
    items.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then_with(|| a.date.cmp(&b.date))
            .then_with(|| a.id.cmp(&b.id))
    });
    items
}

/// Says how far a day is: `today`, `in 3 days`, `5 days ago` (or `5 days
/// overdue`, as `past` says).
fn when(days: Option<i64>, past: Past) -> Label {
    match days {
        None => Label::new("agenda.never", "never"),
        Some(0) => Label::new("agenda.today", "today"),
        Some(1) => Label::new("agenda.tomorrow", "tomorrow"),
        Some(n) if n > 0 => Label::new("agenda.in_days", "in {days} days").with("days", n),
        Some(n) => match past {
            Past::Overdue if n == -1 => Label::new("agenda.overdue_day", "1 day overdue"),
            Past::Overdue => {
                Label::new("agenda.overdue_days", "{days} days overdue").with("days", -n)
            }
            Past::Ago if n == -1 => Label::new("agenda.ago_day", "1 day ago"),
            Past::Ago => Label::new("agenda.ago_days", "{days} days ago").with("days", -n),
        },
    }
}

/// How a day past is said: a follow-up is overdue, a deadline or an
/// activity was some days ago.
#[derive(Clone, Copy)]
enum Past {
    Overdue,
    Ago,
}

/// Returns the agenda as a report: one row per item in the data (id first,
/// for `--format ids`), one view per kind of item.
pub fn render(items: &[Item], today: NaiveDate, days: u64, sla: &Sla, currency: &str) -> Report {
    let owner = Column::new("owner", "owner", Form::Text);
    let id = Column::new("id", "id", Form::Text);
    let name = Column::new("name", "name", Form::Text);
    let what = Column::new("what", "what", Form::Text);
    let mut data = Table::new(
        Label::default(),
        vec![
            id.clone(),
            Column::new("type", "type", Form::Text),
            Column::new("date", "date", Form::Text),
            Column::new("days", "days", Form::Count),
            owner.clone(),
            name.clone(),
            what.clone(),
        ],
    );
    for i in items {
        data.push(Row::new([
            Cell::Text(i.id.clone()),
            Cell::Text(i.kind.as_str().into()),
            i.date.map_or(Cell::Null, Cell::day),
            i.days.map_or(Cell::Null, Cell::Int),
            Cell::text(i.owner.as_deref()),
            Cell::Text(i.name.clone()),
            Cell::Text(i.what.clone()),
        ]));
    }
    // For people: one table per kind, the date headed as the kind means it
    // and the days said in words.
    let view = |kind: Kind, title: Label, date: Column, past: Past| {
        let mut table = Table::new(
            title,
            vec![
                date,
                Column::new("when", "when", Form::Text),
                owner.clone(),
                id.clone(),
                name.clone(),
                what.clone(),
            ],
        );
        for i in items.iter().filter(|i| i.kind == kind) {
            let when = when(i.days, past);
            table.push(Row::new([
                Cell::Text(i.date.map_or_else(|| "–".into(), |d| d.to_string())).value(),
                Cell::Text(when.text()).shown(when),
                Cell::text(i.owner.as_deref()).value(),
                Cell::Text(i.id.clone()).value(),
                Cell::Text(i.name.clone()).value(),
                Cell::Text(i.what.clone()).value(),
            ]));
        }
        Block::Table(table)
    };
    let horizon = today + Days::new(days);
    Report {
        name: "agenda".into(),
        title: Label::new("agenda.title", "Agenda"),
        book: None,
        facts: vec![
            ("today".into(), Cell::day(today)),
            ("follow-ups until".into(), Cell::day(horizon)),
            ("sla".into(), Cell::Text(sla.to_string())),
            ("currency".into(), Cell::Text(currency.into())),
        ],
        data,
        blocks: vec![
            view(
                Kind::FollowUp,
                Label::new(
                    "agenda.followups",
                    "Follow-ups due by {horizon}, overdue first",
                )
                .with("horizon", horizon),
                Column::new("due", "due", Form::Text),
                Past::Overdue,
            ),
            view(
                Kind::Support,
                Label::new(
                    "agenda.support",
                    "Open support cases past their SLA ({sla})",
                )
                .with("sla", sla),
                Column::new("deadline", "deadline", Form::Text),
                Past::Ago,
            ),
            view(
                Kind::Deal,
                Label::new(
                    "agenda.deals",
                    "Open deals with no activity for {days} days",
                )
                .with("days", STALE_DAYS),
                Column::new("last_activity", "last activity", Form::Text),
                Past::Ago,
            ),
        ],
        notes: vec![Label::new(
            "agenda.note1",
            "Mark a follow-up done with `rapport done ID` (add --next DATE ACTION to plan the next). A deal's activity is its customer's latest interaction (not a stage move) or the day it was opened.",
        )],
    }
}
