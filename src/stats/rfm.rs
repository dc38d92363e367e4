//! RFM scoring (DESIGN.md section 7): recency, frequency and monetary scores 1..5 by
//! quintile of rank, and the segment their code falls in.
//!
//! Over the n customers with at least one purchase as of a date: R = days since the
//! last purchase, F = number of purchase interactions, M = their revenue in cents. For
//! each of the three keys (−R, F, M) customers are sorted by (key ascending, id
//! ascending), and the customer at position i = 1..n scores max(1, ⌈5(i−1)/(n−1)⌉)
//! (n = 1 scores 5). This equals pandas `qcut(key.rank(method="first"), 5)` on a frame
//! sorted by id. Ties in a key are broken by id, so equal values can score
//! differently, deterministically.

mod segment;

#[cfg(test)]
mod cdnow_tests;

use std::cmp::Reverse;

pub use segment::{SEGMENT_CODES, Segment};

/// What RFM needs to know about one customer with at least one purchase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RfmInput<'a> {
    /// The customer's id; breaks ties (compared bytewise, i.e. by code point).
    pub id: &'a str,
    /// Days from the last purchase to the scoring date.
    pub recency_days: i64,
    /// Number of purchase interactions.
    pub frequency: u32,
    /// Revenue of those purchases, in cents.
    pub monetary_cents: i64,
}

/// One customer's RFM scores, code and segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RfmScore {
    /// Recency score, 5 = most recent.
    pub r: u8,
    /// Frequency score, 5 = most purchases.
    pub f: u8,
    /// Monetary score, 5 = most revenue.
    pub m: u8,
    /// r·100 + f·10 + m, e.g. 545.
    pub code: u16,
    /// The segment of `code`.
    pub segment: Segment,
}

/// Scores every customer; the result is in the order of `customers`.
///
/// Callers pass only customers with at least one purchase (the n of the definition).
/// Customers sharing an id (which a book does not allow) are ordered by their position
/// in the input.
pub fn score(customers: &[RfmInput<'_>]) -> Vec<RfmScore> {
    let r = quintile_scores(customers, |c| Reverse(c.recency_days));
    let f = quintile_scores(customers, |c| c.frequency);
    let m = quintile_scores(customers, |c| c.monetary_cents);
    (0..customers.len())
        .map(|i| RfmScore {
            r: r[i],
            f: f[i],
            m: m[i],
            code: u16::from(r[i]) * 100 + u16::from(f[i]) * 10 + u16::from(m[i]),
            segment: Segment::of(r[i], f[i], m[i]),
        })
        .collect()
}

/// Scores each customer 1..5 by their position when sorted by (key, id).
fn quintile_scores<K: Ord>(
    customers: &[RfmInput<'_>],
    key: impl Fn(&RfmInput<'_>) -> K,
) -> Vec<u8> {
    let mut order: Vec<usize> = (0..customers.len()).collect();
    order.sort_by(|&i, &j| {
        let (a, b) = (&customers[i], &customers[j]);
        key(a)
            .cmp(&key(b))
            .then_with(|| a.id.cmp(b.id))
            .then(i.cmp(&j))
    });
    let n = customers.len();
    let mut scores = vec![0; n];
    for (position, &i) in order.iter().enumerate() {
        scores[i] = score_at(position + 1, n);
    }
    scores
}

/// The score of 1-based `position` among `n`: max(1, ⌈5(position−1)/(n−1))⌉, or 5
/// when n = 1.
fn score_at(position: usize, n: usize) -> u8 {
    if n <= 1 {
        return 5;
    }
    let (i, n) = (position as u64, n as u64);
    let ceil = (5 * (i - 1)).div_ceil(n - 1);
    u8::try_from(ceil.max(1)).expect("score is at most 5")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(id: &str, recency_days: i64, frequency: u32, monetary_cents: i64) -> RfmInput<'_> {
        RfmInput {
            id,
            recency_days,
            frequency,
            monetary_cents,
        }
    }

    /// Worked by hand. n = 6, so position i scores max(1, ⌈(i−1)·5/5⌉) = max(1, i−1):
    /// positions 1..6 score 1, 1, 2, 3, 4, 5.
    ///
    /// Recency, key −R ascending (oldest first), ties by id:
    ///   dan (−90), then ann, cat (−30 each, by id), bob (−10), eve, fay (−2 each).
    ///   → dan 1, ann 1, cat 2, bob 3, eve 4, fay 5.
    /// Frequency, F ascending: ann 1, bob 1, eve 1 (by id), cat 3, fay 3, dan 7.
    ///   → ann 1, bob 1, eve 2, cat 3, fay 4, dan 5.
    /// Monetary, M ascending: fay 500, then ann, bob, cat (2000 each, by id), eve 9000,
    ///   dan 12000. → fay 1, ann 1, bob 2, cat 3, eve 4, dan 5.
    #[test]
    fn hand_worked_example_with_ties() {
        let customers = [
            input("bob", 10, 1, 2_000),
            input("ann", 30, 1, 2_000),
            input("cat", 30, 3, 2_000),
            input("dan", 90, 7, 12_000),
            input("eve", 2, 1, 9_000),
            input("fay", 2, 3, 500),
        ];
        let got: Vec<(u16, &str)> = score(&customers)
            .iter()
            .map(|s| (s.code, s.segment.name()))
            .collect();
        assert_eq!(
            got,
            [
                (312, "About To Sleep"),     // bob
                (111, "Lost"),               // ann
                (233, "Hibernating"),        // cat
                (155, "Can't Lose Them"),    // dan
                (424, "Promising"),          // eve
                (541, "Potential Loyalist"), // fay
            ]
        );
    }

    #[test]
    fn a_single_customer_scores_five() {
        let s = score(&[input("solo", 400, 1, 1)]);
        assert_eq!(s[0].code, 555);
        assert_eq!(s[0].segment, Segment::Champions);
    }

    #[test]
    fn two_customers_score_one_and_five() {
        let s = score(&[input("b", 5, 2, 10), input("a", 5, 2, 10)]);
        // Full ties: "a" sorts first in every key.
        assert_eq!((s[0].code, s[1].code), (555, 111));
    }

    #[test]
    fn score_at_matches_the_formula() {
        let n = 7;
        let scores: Vec<u8> = (1..=n).map(|i| score_at(i, n)).collect();
        // 5(i−1)/6 = 0, .83, 1.67, 2.5, 3.33, 4.17, 5.
        assert_eq!(scores, [1, 1, 2, 3, 4, 5, 5]);
    }
}
