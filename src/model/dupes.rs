//! Likely duplicate customers: records that share an e-mail address, a
//! phone number or a name, each compared in the form of [`super::contact`].

use std::collections::{BTreeMap, HashMap};

use super::Customer;
use super::contact::{email_key, name_key, phone_key};

/// Why two records look like one customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    Email,
    Phone,
    Name,
}

impl Reason {
    /// Returns the word listings print.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Email => "email",
            Reason::Phone => "phone",
            Reason::Name => "name",
        }
    }
}

/// Two records (indices into the customers given, the first one lower) and
/// every reason they look alike.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    pub first: usize,
    pub second: usize,
    pub reasons: Vec<Reason>,
}

/// A value shared by so many records that it is a placeholder, not a
/// person (`000000`, `info@…` of a reseller); left out of the pairs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crowd {
    pub reason: Reason,
    pub value: String,
    pub count: usize,
}

/// More records than this sharing one value are a [`Crowd`].
pub const CROWD: usize = 20;

/// Returns the likely duplicate pairs among `customers`, in the order of
/// the customers given, and the values too common to pair on.
pub fn find(customers: &[Customer]) -> (Vec<Pair>, Vec<Crowd>) {
    let mut groups: HashMap<(Reason, String), Vec<usize>> = HashMap::new();
    for (i, c) in customers.iter().enumerate() {
        let keys = [
            (Reason::Email, c.email.as_deref().and_then(email_key)),
            (Reason::Phone, c.phone.as_deref().and_then(phone_key)),
            (Reason::Name, name_key(&c.name)),
        ];
        for (reason, key) in keys {
            if let Some(key) = key {
                groups.entry((reason, key)).or_default().push(i);
            }
        }
    }
    let mut pairs: BTreeMap<(usize, usize), Vec<Reason>> = BTreeMap::new();
    let mut crowds = Vec::new();
    for ((reason, value), members) in groups {
        if members.len() > CROWD {
            crowds.push(Crowd {
                reason,
                value,
                count: members.len(),
            });
            continue;
        }
        for (n, &a) in members.iter().enumerate() {
            for &b in &members[n + 1..] {
                let reasons = pairs.entry((a.min(b), a.max(b))).or_default();
                reasons.push(reason);
                reasons.sort_unstable();
            }
        }
    }
    crowds.sort_by(|a, b| (a.reason, &a.value).cmp(&(b.reason, &b.value)));
    let pairs = pairs
        .into_iter()
        .map(|((first, second), reasons)| Pair {
            first,
            second,
            reasons,
        })
        .collect();
    (pairs, crowds)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(name: &str, email: Option<&str>, phone: Option<&str>) -> Customer {
        Customer {
            name: name.into(),
            email: email.map(Into::into),
            phone: phone.map(Into::into),
            ..Customer::default()
        }
    }

    #[test]
    fn pairs_records_by_email_phone_and_name() {
        let cs = [
            customer("Ēriks Ozoliņš", Some("Eriks@Example.lv"), None),
            customer("Anna Bērziņa", None, Some("+371 2000 0001")),
            customer("Eriks Ozolins", Some("eriks@example.lv"), None),
            customer("A. Bērziņa", None, Some("00371 2000-0001")),
            customer(
                "Someone Else",
                Some("else@example.lv"),
                Some("+371 2999 9999"),
            ),
        ];
        let (pairs, crowds) = find(&cs);
        assert!(crowds.is_empty());
        assert_eq!(
            pairs,
            vec![
                Pair {
                    first: 0,
                    second: 2,
                    reasons: vec![Reason::Email, Reason::Name]
                },
                Pair {
                    first: 1,
                    second: 3,
                    reasons: vec![Reason::Phone]
                },
            ]
        );
    }

    #[test]
    fn a_placeholder_shared_by_many_is_a_crowd_not_pairs() {
        let cs: Vec<Customer> = (0..=CROWD)
            .map(|i| customer(&format!("Person {i}"), None, Some("+371 2000 0000")))
            .collect();
        let (pairs, crowds) = find(&cs);
        assert!(pairs.is_empty());
        assert_eq!(crowds.len(), 1);
        assert_eq!(crowds[0].count, CROWD + 1);
    }
}
