//! What a deal's history says, read one way by `report pipeline`, `agenda`
//! and `deal list`: whether it is open on a day, its last activity and
//! whether it is stale, its path through the deal stages (from its
//! `kind = "deal"` moves) and the furthest stage it reached.
//!
//! Why here: `deal list`'s `last_activity` and the agenda's stale deals
//! used to be two rules (the agenda ignored the deal's own moves); both now
//! call [`last_activity`] and [`is_stale`].

use chrono::NaiveDate;

use crate::model::address::deal_moves;
use crate::model::schema::is_move;
use crate::model::{Customer, Deal, Interaction, Value};

/// Days without activity after which an open deal is stale.
pub const STALE_DAYS: i64 = 30;

/// Returns true when `deal` is open at the end of `day`: opened by then (or
/// without `opened`) and neither won nor lost by then (a deal closed later
/// was still open).
pub fn open_on(deal: &Deal, day: NaiveDate) -> bool {
    deal.opened.is_none_or(|d| d <= day) && (deal.is_open() || deal.closed.is_some_and(|c| c > day))
}

/// Returns the day of the customer's latest contact on or before `day`: an
/// interaction that is not a move (`stage`, `deal`).
pub fn last_contact(c: &Customer, day: NaiveDate) -> Option<NaiveDate> {
    c.interactions
        .iter()
        .filter(|i| !is_move(&i.kind))
        .map(|i| i.date.date())
        .filter(|d| *d <= day)
        .max()
}

/// Returns a deal's last activity as of `day`: the latest of its customer's
/// last contact (`contact`, from [`last_contact`]), the deal's own latest
/// move and the day it was opened, all on or before `day`.
pub fn last_activity(
    c: &Customer,
    deal: &Deal,
    contact: Option<NaiveDate>,
    day: NaiveDate,
) -> Option<NaiveDate> {
    let last_move = deal_moves(c, &deal.address_key())
        .map(|i| i.date.date())
        .filter(|d| *d <= day)
        .max();
    contact
        .max(last_move)
        .max(deal.opened.filter(|d| *d <= day))
}

/// Returns true when an open deal whose last activity is `last` is stale on
/// `day`: no activity for [`STALE_DAYS`] days or more (or none at all).
pub fn is_stale(last: Option<NaiveDate>, day: NaiveDate) -> bool {
    last.is_none_or(|d| (day - d).num_days() >= STALE_DAYS)
}

/// Returns the deal's moves in time order (file order within a day).
pub fn moves<'c>(c: &'c Customer, deal: &Deal) -> Vec<&'c Interaction> {
    let mut moves: Vec<&Interaction> = deal_moves(c, &deal.address_key()).collect();
    moves.sort_by_key(|i| i.date.moment());
    moves
}

/// One stage on a deal's path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stay<'a> {
    pub stage: &'a str,
    pub entered: NaiveDate,
    /// The day a recorded move left it; None while the deal is in it, or
    /// when it closed without a recorded move.
    pub left: Option<NaiveDate>,
}

/// Returns the deal's path: the stage it was opened in (entered on
/// `opened`: the stage its first move left; without moves its stage while
/// open, else the first of `deal_stages`), then the stage each move entered,
/// in time order. A deal without `opened` starts at its first move.
pub fn path<'a>(c: &'a Customer, deal: &'a Deal, deal_stages: &'a [String]) -> Vec<Stay<'a>> {
    let moves = moves(c, deal);
    let mut path: Vec<Stay<'a>> = Vec::with_capacity(moves.len() + 1);
    if let Some(opened) = deal.opened {
        let initial = match moves.first() {
            Some(first) => first.from.as_deref(),
            None if deal.is_open() => Some(deal.stage.as_str()),
            None => deal_stages.first().map(String::as_str),
        };
        if let Some(stage) = initial {
            path.push(Stay {
                stage,
                entered: opened,
                left: None,
            });
        }
    }
    for m in moves {
        let day = m.date.date();
        if let Some(last) = path.last_mut() {
            last.left = Some(day);
        }
        if let Some(to) = m.to.as_deref() {
            path.push(Stay {
                stage: to,
                entered: day,
                left: None,
            });
        }
    }
    path
}

/// Returns the furthest open deal stage (by its place in `deal_stages`) a
/// deal's path reached, or None when it reached none of them.
pub fn furthest_stage<'a>(path: &[Stay<'a>], deal_stages: &[String]) -> Option<&'a str> {
    path.iter()
        .filter_map(|s| {
            deal_stages
                .iter()
                .position(|d| d == s.stage)
                .map(|i| (i, s.stage))
        })
        .max_by_key(|(i, _)| *i)
        .map(|(_, s)| s)
}

/// Returns the day a deal is expected to close (`expected`), if it has one.
pub fn expected(deal: &Deal) -> Option<NaiveDate> {
    match deal.extra.get("expected") {
        Some(Value::Date(w)) => Some(w.date()),
        Some(Value::String(s)) => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::When;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn mv(date: &str, key: &str, from: &str, to: &str) -> Interaction {
        let mut i = Interaction::new(When::Date(d(date)), "deal");
        i.from = Some(from.into());
        i.to = Some(to.into());
        i.extra.insert("deal".into(), Value::String(key.into()));
        i
    }

    fn stages() -> Vec<String> {
        ["qualified", "proposal", "negotiation"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn the_path_starts_where_the_first_move_left() {
        let deal = Deal {
            title: "Big".into(),
            key: Some("big".into()),
            stage: "lost".into(),
            opened: Some(d("2026-01-01")),
            closed: Some(d("2026-03-01")),
            ..Deal::default()
        };
        let c = Customer {
            deals: vec![deal.clone()],
            interactions: vec![
                mv("2026-03-01", "big", "proposal", "lost"),
                mv("2026-02-01", "big", "qualified", "proposal"),
                mv("2026-02-01", "other", "qualified", "negotiation"),
            ],
            ..Customer::default()
        };
        let stages = stages();
        let path = path(&c, &deal, &stages);
        let got: Vec<(&str, NaiveDate, Option<NaiveDate>)> =
            path.iter().map(|s| (s.stage, s.entered, s.left)).collect();
        assert_eq!(
            got,
            [
                ("qualified", d("2026-01-01"), Some(d("2026-02-01"))),
                ("proposal", d("2026-02-01"), Some(d("2026-03-01"))),
                ("lost", d("2026-03-01"), None),
            ]
        );
        assert_eq!(furthest_stage(&path, &stages), Some("proposal"));
    }

    #[test]
    fn last_activity_counts_contacts_the_deals_own_moves_and_opened() {
        let deal = Deal {
            title: "Big".into(),
            key: Some("big".into()),
            stage: "proposal".into(),
            opened: Some(d("2026-01-01")),
            ..Deal::default()
        };
        let mut c = Customer {
            deals: vec![deal.clone()],
            interactions: vec![
                Interaction::new(When::Date(d("2026-01-10")), "call"),
                mv("2026-02-01", "other", "qualified", "proposal"),
            ],
            ..Customer::default()
        };
        let day = d("2026-02-20");
        let contact = last_contact(&c, day);
        assert_eq!(contact, Some(d("2026-01-10")));
        // Another deal's move is no activity of this one.
        assert_eq!(
            last_activity(&c, &deal, contact, day),
            Some(d("2026-01-10"))
        );
        assert!(is_stale(Some(d("2026-01-10")), d("2026-02-09")));
        assert!(!is_stale(Some(d("2026-01-10")), d("2026-02-08")));
        c.interactions
            .push(mv("2026-02-05", "big", "qualified", "proposal"));
        assert_eq!(
            last_activity(&c, &deal, contact, day),
            Some(d("2026-02-05"))
        );
        // Nothing after the day counts.
        assert_eq!(
            last_activity(
                &c,
                &deal,
                last_contact(&c, d("2026-01-05")),
                d("2026-01-05")
            ),
            Some(d("2026-01-01"))
        );
    }
}
