//! `agenda`: what needs doing, as of today. Follow-ups (`[next]`) due within
//! the coming days, overdue first; support cases still open whose deadline
//! (`date` + `sla`) has passed; and open deals with no activity for 30
//! days or more (see [`super::deals::last_activity`]).

use crate::model::When;
use chrono::{Days, NaiveDate, NaiveDateTime};

use super::deals;
use super::service::SUPPORT;
use crate::model::duration::Sla;
use crate::model::{Customer, Value};
use crate::table::{Block, Cell, Column, Form, Label, Report, Row, Table};

/// The parts of a customer this report reads (the follow-ups, support cases and deals); a bulk read builds
/// only these (see [`crate::model::fast::Parts`]).
pub const PARTS: crate::model::fast::Parts = crate::model::fast::Parts::NAME
    .with(crate::model::fast::Parts::OWNER)
    .with(crate::model::fast::Parts::NEXT)
    .with(crate::model::fast::Parts::INTERACTION_DETAILS)
    .with(crate::model::fast::Parts::DEALS);

/// Days without activity after which an open deal is listed (one rule
/// with `report pipeline` and `deal list`: [`super::deals`]).
pub use super::deals::STALE_DAYS;

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
    /// `what` as people read it, when it holds words of rapport's own
    /// (a case's `opened DATE`); None: `what` as it is.
    pub shown: Option<Label>,
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
            shown: None,
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
                let mut support = item(Kind::Support, Some(deadline.date()), what);
                support.shown = Some(opened_label(case.summary.as_deref(), case.date));
                items.push(support);
            }
        }
        let contact = deals::last_contact(c, today);
        for deal in &c.deals {
            if !deals::open_on(deal, today) {
                continue;
            }
            let last = deals::last_activity(c, deal, contact, today);
            if deals::is_stale(last, today) {
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

/// Returns a case's summary and the day (and time) it was opened, for
/// people: the day in the language's form, the time as `13:20`.
fn opened_label(summary: Option<&str>, opened: When) -> Label {
    let time = match opened {
        When::DateTime(t) => format!(" {}", t.format("%H:%M")),
        When::Date(_) => String::new(),
    };
    let label = match summary {
        Some(s) => {
            Label::new("agenda.case_opened", "{summary} (opened {date}{time})").with("summary", s)
        }
        None => Label::new("agenda.opened", "opened {date}{time}"),
    };
    label.with("date", opened.date()).with("time", time)
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
                i.date.map_or(Cell::Text("–".into()), Cell::day).value(),
                Cell::Text(when.text()).shown(when),
                Cell::text(i.owner.as_deref()).value(),
                Cell::Text(i.id.clone()).value(),
                Cell::Text(i.name.clone()).value(),
                match &i.shown {
                    Some(shown) => Cell::Text(i.what.clone()).shown(shown.clone()),
                    None => Cell::Text(i.what.clone()).value(),
                },
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
            "Mark a follow-up done with `rapport done ID` (add --next DATE ACTION to plan the next). A deal's last activity is the latest of its customer's latest interaction (not a stage or deal move), its own latest move and the day it was opened.",
        )],
    }
}

/// One dated thing for a calendar (`agenda --format ics`): a planned
/// follow-up, an open deal's expected close, an open support case's SLA
/// deadline.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub kind: Kind,
    /// The same for the same follow-up, deal or case on every run and after
    /// any edit that leaves it in place (`followup.anna-berzina@rapport`,
    /// `deal.anna-berzina.renewal@rapport`, `sla.anna-berzina.S-1@rapport`),
    /// so a calendar that imports the file again updates the event.
    pub uid: String,
    /// A day (an all-day event) or a local date-time.
    pub when: When,
    pub id: String,
    pub name: String,
    pub owner: Option<String>,
    pub summary: Label,
    pub description: Label,
}

/// Returns the calendar events of `customers`: every planned follow-up,
/// the expected close of every open deal that has one, and the SLA deadline
/// of every open support case; in date order (then customer and UID). Not
/// limited to a window: a calendar shows the past and the future.
pub fn events(customers: &[Customer], sla: &Sla) -> Vec<Event> {
    let mut events = Vec::new();
    for c in customers {
        let Some(id) = c.id.as_ref().map(ToString::to_string) else {
            continue;
        };
        let mut seen = std::collections::HashSet::new();
        let mut event =
            |kind: Kind, what: &str, part: Option<String>, when, summary, description| {
                let base = match part {
                    Some(p) => format!("{what}.{id}.{}", uid_part(&p)),
                    None => format!("{what}.{id}"),
                };
                // Two cases with one ref (hand-written) stay two events.
                let mut uid = format!("{base}@rapport");
                let mut n = 1;
                while !seen.insert(uid.clone()) {
                    n += 1;
                    uid = format!("{base}.{n}@rapport");
                }
                events.push(Event {
                    kind,
                    uid,
                    when,
                    id: id.clone(),
                    name: c.name.clone(),
                    owner: c.owner.clone(),
                    summary,
                    description,
                });
            };
        if let Some(when) = c.next.date {
            let action = c.next.action.as_deref().unwrap_or("").trim();
            let summary = if action.is_empty() {
                Label::new("agenda.ics.followup_plain", "Follow up with {name}")
                    .with("name", &c.name)
            } else {
                Label::new("agenda.ics.followup", "{action} — {name}")
                    .with("action", action)
                    .with("name", &c.name)
            };
            let description = Label::new(
                "agenda.ics.followup_description",
                "Follow-up planned for {name} ({id}). When done: rapport done {id}",
            )
            .with("name", &c.name)
            .with("id", &id);
            event(Kind::FollowUp, "followup", None, when, summary, description);
        }
        for deal in c.deals.iter().filter(|d| d.is_open()) {
            let Some(Value::Date(when)) = deal.extra.get("expected") else {
                continue;
            };
            let key = deal.address_key();
            let value = deal.value.map(|v| format!(", {v}")).unwrap_or_default();
            let summary = Label::new("agenda.ics.deal", "Expected close: {title} — {name}")
                .with("title", &deal.title)
                .with("name", &c.name);
            let description = Label::new(
                "agenda.ics.deal_description",
                "Deal {id}/{key} ({stage}{value}) of {name}. Close it: rapport deal won {id}/{key}",
            )
            .with("id", &id)
            .with("key", &key)
            .with("stage", &deal.stage)
            .with("value", value)
            .with("name", &c.name);
            event(Kind::Deal, "deal", Some(key), *when, summary, description);
        }
        for case in c.interactions.iter().filter(|i| i.kind == SUPPORT) {
            if case.resolved.is_some() {
                continue;
            }
            let Some(deadline) = sla
                .of(case.priority.as_deref())
                .after_moment(case.date.moment())
            else {
                continue;
            };
            let part = match &case.reference {
                Some(r) => r.clone(),
                None => case.date.moment().format("%Y%m%dT%H%M%S").to_string(),
            };
            let summary = Label::new("agenda.ics.sla", "SLA deadline: {summary} — {name}")
                .with("summary", case.summary.as_deref().unwrap_or("support case"))
                .with("name", &c.name);
            let address = match &case.reference {
                Some(r) => format!("{id}/{r}"),
                None => id.clone(),
            };
            let description = Label::new(
                "agenda.ics.sla_description",
                "Support case of {name}, opened {opened}. Resolve it: rapport case resolve {address}",
            )
            .with("name", &c.name)
            .with("opened", case.date)
            .with("address", address);
            event(
                Kind::Support,
                "sla",
                Some(part),
                When::DateTime(deadline),
                summary,
                description,
            );
        }
    }
    events.sort_by(|a, b| {
        a.when
            .moment()
            .cmp(&b.when.moment())
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| a.uid.cmp(&b.uid))
    });
    events
}

/// Returns text as a part of a UID: letters, digits, `-` and `_` kept,
/// every other byte as `%XX`, so a ref with a space or an `@` cannot
/// change what the UID says.
fn uid_part(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Duration, Id, Interaction};

    fn case(date: &str, reference: Option<&str>) -> Interaction {
        let when = NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M").unwrap();
        let mut i = Interaction::new(When::DateTime(when), SUPPORT);
        i.reference = reference.map(str::to_string);
        i
    }

    #[test]
    fn a_case_ref_is_encoded_in_the_uid_and_two_cases_of_one_ref_stay_two_events() {
        let mut c = Customer {
            id: Some(Id::parse("anna").unwrap()),
            name: "Anna".into(),
            ..Customer::default()
        };
        c.interactions = vec![
            case("2026-11-01T09:00", Some("T 1@x")),
            case("2026-11-02T09:00", Some("T 1@x")),
            case("2026-11-03T09:30", None),
        ];
        let mut resolved = case("2026-11-04T09:00", Some("done"));
        resolved.resolved = Some(When::Date(NaiveDate::from_ymd_opt(2026, 11, 5).unwrap()));
        c.interactions.push(resolved);
        let sla = Sla::flat(Duration::parse("1d").unwrap());
        let uids: Vec<String> = events(&[c], &sla).into_iter().map(|e| e.uid).collect();
        assert_eq!(
            uids,
            [
                "sla.anna.T%201%40x@rapport",
                "sla.anna.T%201%40x.2@rapport",
                "sla.anna.20261103T093000@rapport",
            ]
        );
    }
}
