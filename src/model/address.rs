//! Addresses of deals and support cases (`CUSTOMER/KEY`, `CUSTOMER/REF`):
//! finding the entry an address names within its customer, and making the
//! keys and refs of new entries.

use super::customer::{Customer, Deal, Interaction};
use super::id::bare_slug;
use super::schema::{DEAL_KIND, SUPPORT_KIND};

/// Splits `CUSTOMER/ENTRY` into its two parts (the entry None when absent
/// or empty).
pub fn split(address: &str) -> (&str, Option<&str>) {
    match address.split_once('/') {
        Some((customer, entry)) if !entry.is_empty() => (customer, Some(entry)),
        Some((customer, _)) => (customer, None),
        None => (address, None),
    }
}

/// Why an address names no single entry; each holds the candidates, the
/// entry part of their addresses with a word on each (`website (proposal)`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Miss {
    /// No entry has that key (or, without one, none is open).
    Unknown(Vec<String>),
    /// More than one entry answers to the address.
    Ambiguous(Vec<String>),
}

/// Finds the deal `key` names, or without a key the customer's one open
/// deal; returns its index in `customer.deals`.
pub fn find_deal(customer: &Customer, key: Option<&str>) -> Result<usize, Miss> {
    let describe = |d: &Deal| format!("{} ({})", d.address_key(), d.stage);
    let all = |keep: &dyn Fn(&Deal) -> bool| -> Vec<usize> {
        (0..customer.deals.len())
            .filter(|&i| keep(&customer.deals[i]))
            .collect()
    };
    let found = match key {
        Some(k) => all(&|d| d.address_key() == k),
        None => all(&Deal::is_open),
    };
    match found.as_slice() {
        [one] => Ok(*one),
        [] => {
            // Open deals first: they are the ones a user most likely meant.
            let mut order = all(&Deal::is_open);
            order.extend(all(&|d| !d.is_open()));
            Err(Miss::Unknown(
                order
                    .iter()
                    .map(|&i| describe(&customer.deals[i]))
                    .collect(),
            ))
        }
        many => Err(Miss::Ambiguous(
            many.iter().map(|&i| describe(&customer.deals[i])).collect(),
        )),
    }
}

/// Returns a key for a new deal titled `title`: the slug of the title,
/// with `-2`, `-3` … when the customer has a deal of that key already;
/// None when the title has no letter or digit to make one from.
pub fn new_deal_key(customer: &Customer, title: &str) -> Option<String> {
    let stem = bare_slug(title);
    if stem.is_empty() {
        return None;
    }
    let taken = |k: &str| customer.deals.iter().any(|d| d.address_key() == k);
    if !taken(&stem) {
        return Some(stem);
    }
    (2u64..).map(|n| format!("{stem}-{n}")).find(|k| !taken(k))
}

/// Returns a customer's moves of deal `key`, in file order.
pub fn deal_moves<'c>(customer: &'c Customer, key: &str) -> impl Iterator<Item = &'c Interaction> {
    customer
        .interactions
        .iter()
        .filter(move |i| i.kind == DEAL_KIND && move_key(i).as_deref() == Some(key))
}

/// Returns the deal a deal move belongs to (its `deal` key).
pub fn move_key(i: &Interaction) -> Option<String> {
    i.extra.get("deal").map(ToString::to_string)
}

/// Returns the address part of a support case: its `ref`, or without one
/// its date (`2026-11-20T09:10:00`).
pub fn case_key(i: &Interaction) -> String {
    match &i.reference {
        Some(r) => r.clone(),
        None => i.date.to_string(),
    }
}

/// Finds the support case `reference` names (by `ref`, or by date for a
/// case without one), or without it the customer's one open case; returns
/// its index in `customer.interactions`.
pub fn find_case(customer: &Customer, reference: Option<&str>) -> Result<usize, Miss> {
    let cases: Vec<usize> = (0..customer.interactions.len())
        .filter(|&i| customer.interactions[i].kind == SUPPORT_KIND)
        .collect();
    let describe = |i: &Interaction| {
        let state = if i.resolved.is_some() {
            "resolved"
        } else {
            "open"
        };
        format!("{} ({state})", case_key(i))
    };
    let open = |i: &Interaction| i.resolved.is_none();
    let found: Vec<usize> = cases
        .iter()
        .copied()
        .filter(|&n| {
            let i = &customer.interactions[n];
            match reference {
                Some(r) => case_key(i) == r || (i.reference.is_none() && i.date.to_string() == r),
                None => open(i),
            }
        })
        .collect();
    let listed = |which: &[usize]| -> Vec<String> {
        let mut order: Vec<usize> = which
            .iter()
            .copied()
            .filter(|&n| open(&customer.interactions[n]))
            .collect();
        order.extend(
            which
                .iter()
                .copied()
                .filter(|&n| !open(&customer.interactions[n])),
        );
        order
            .iter()
            .map(|&n| describe(&customer.interactions[n]))
            .collect()
    };
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(Miss::Unknown(listed(&cases))),
        many => Err(Miss::Ambiguous(listed(many))),
    }
}

/// Returns a ref for a new support case: `S-` and the number after the
/// highest `S-n` the customer has.
pub fn new_case_ref(customer: &Customer) -> String {
    let highest = customer
        .interactions
        .iter()
        .filter_map(|i| {
            i.reference
                .as_deref()?
                .strip_prefix("S-")?
                .parse::<u64>()
                .ok()
        })
        .max()
        .unwrap_or(0);
    format!("S-{}", highest + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::When;
    use chrono::NaiveDate;

    fn deal(title: &str, key: Option<&str>, stage: &str) -> Deal {
        Deal {
            title: title.into(),
            key: key.map(Into::into),
            stage: stage.into(),
            ..Deal::default()
        }
    }

    #[test]
    fn a_customer_alone_names_its_one_open_deal() {
        let mut c = Customer::default();
        c.deals.push(deal("Old", None, "won"));
        c.deals
            .push(deal("Website redesign", Some("website"), "proposal"));
        assert_eq!(find_deal(&c, None), Ok(1));
        assert_eq!(find_deal(&c, Some("old")), Ok(0));
        assert_eq!(
            find_deal(&c, Some("nope")),
            Err(Miss::Unknown(vec![
                "website (proposal)".into(),
                "old (won)".into()
            ]))
        );
        c.deals.push(deal("Support plan", None, "qualified"));
        assert_eq!(
            find_deal(&c, None),
            Err(Miss::Ambiguous(vec![
                "website (proposal)".into(),
                "support-plan (qualified)".into()
            ]))
        );
    }

    #[test]
    fn new_keys_are_slugs_made_unique() {
        let mut c = Customer::default();
        assert_eq!(
            new_deal_key(&c, "Ēku projekts 2026!"),
            Some("eku-projekts-2026".into())
        );
        assert_eq!(new_deal_key(&c, " — !"), None);
        c.deals.push(deal("Renewal", None, "won"));
        c.deals.push(deal("x", Some("renewal-2"), "won"));
        assert_eq!(new_deal_key(&c, "Renewal"), Some("renewal-3".into()));
    }

    #[test]
    fn cases_are_found_by_ref_or_date_and_refs_count_up() {
        let day = |d: u32| When::Date(NaiveDate::from_ymd_opt(2026, 11, d).unwrap());
        let mut c = Customer::default();
        let mut a = Interaction::new(day(1), "support");
        a.reference = Some("S-4".into());
        a.resolved = Some(day(2));
        let b = Interaction::new(day(5), "support");
        c.interactions = vec![a, Interaction::new(day(3), "call"), b];
        assert_eq!(find_case(&c, None), Ok(2));
        assert_eq!(find_case(&c, Some("S-4")), Ok(0));
        assert_eq!(find_case(&c, Some("2026-11-05")), Ok(2));
        assert_eq!(
            find_case(&c, Some("S-9")),
            Err(Miss::Unknown(vec![
                "2026-11-05 (open)".into(),
                "S-4 (resolved)".into()
            ]))
        );
        assert_eq!(new_case_ref(&c), "S-5");
    }
}
