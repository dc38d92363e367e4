//! RFM scoring (DESIGN.md sections 7 and 16): recency, frequency and monetary scores
//! 1..5 by quintile of rank, or by fixed breakpoints ([`Breakpoints`], `[rfm]` in
//! rapport.toml), and the segment their code falls in.
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

/// Fewest scored customers for which quintile scores say much: below this, a
/// customer's quintile moves with every other customer (with 20 customers, each
/// quintile holds four), and `segment rfm` warns.
pub const QUINTILES_SAY_LITTLE_BELOW: usize = 25;

/// Fixed breakpoints (`[rfm]` in rapport.toml, DESIGN.md section 16): each key that is
/// set is scored by four ascending thresholds instead of by quintile, the way a small
/// firm scores, so a score does not depend on the other customers. `None` keeps the
/// quintiles for that key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Breakpoints {
    /// Days since the last purchase, [b₁, b₂, b₃, b₄]: R ≤ b₁ scores 5, R ≤ b₂ 4,
    /// R ≤ b₃ 3, R ≤ b₄ 2, more 1 (`[30, 90, 180, 365]`: bought within a month scores
    /// 5).
    pub recency_days: Option<[i64; 4]>,
    /// Purchases, [b₁, b₂, b₃, b₄]: F < b₁ scores 1, F ≥ b₁ 2, F ≥ b₂ 3, F ≥ b₃ 4,
    /// F ≥ b₄ 5.
    pub frequency: Option<[i64; 4]>,
    /// Revenue in cents, scored as frequency: M < b₁ scores 1 … M ≥ b₄ 5.
    pub monetary_cents: Option<[i64; 4]>,
}

impl Breakpoints {
    /// The keys scored by quintile (those without breakpoints), in R, F, M order.
    pub fn quintile_keys(&self) -> Vec<&'static str> {
        [
            ("recency", self.recency_days.is_none()),
            ("frequency", self.frequency.is_none()),
            ("monetary", self.monetary_cents.is_none()),
        ]
        .into_iter()
        .filter_map(|(key, quintile)| quintile.then_some(key))
        .collect()
    }

    /// Whether scoring `scored` customers says little: some key is scored by quintile
    /// and there are fewer than [`QUINTILES_SAY_LITTLE_BELOW`] customers (at least one).
    pub fn says_little(&self, scored: usize) -> bool {
        (1..QUINTILES_SAY_LITTLE_BELOW).contains(&scored) && !self.quintile_keys().is_empty()
    }
}

/// Scores every customer by quintile; the result is in the order of `customers`.
///
/// Callers pass only customers with at least one purchase (the n of the definition).
/// Customers sharing an id (which a book does not allow) are ordered by their position
/// in the input.
pub fn score(customers: &[RfmInput<'_>]) -> Vec<RfmScore> {
    score_with(customers, &Breakpoints::default())
}

/// Scores every customer, each key by its `breakpoints` when set and by quintile
/// otherwise (see [`score`]); the result is in the order of `customers`.
pub fn score_with(customers: &[RfmInput<'_>], breakpoints: &Breakpoints) -> Vec<RfmScore> {
    let r = match breakpoints.recency_days {
        Some([b1, b2, b3, b4]) => {
            fixed_scores(customers, |c| -c.recency_days, [-b4, -b3, -b2, -b1])
        }
        None => quintile_scores(customers, |c| Reverse(c.recency_days)),
    };
    let f = match breakpoints.frequency {
        Some(b) => fixed_scores(customers, |c| i64::from(c.frequency), b),
        None => quintile_scores(customers, |c| c.frequency),
    };
    let m = match breakpoints.monetary_cents {
        Some(b) => fixed_scores(customers, |c| c.monetary_cents, b),
        None => quintile_scores(customers, |c| c.monetary_cents),
    };
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

/// Scores each customer 1 + the number of the ascending `thresholds` their key
/// reaches (key ≥ threshold). Recency is passed negated, days and thresholds alike,
/// so that R ≤ b (bought within b days) is −R ≥ −b.
fn fixed_scores(
    customers: &[RfmInput<'_>],
    key: impl Fn(&RfmInput<'_>) -> i64,
    thresholds: [i64; 4],
) -> Vec<u8> {
    customers
        .iter()
        .map(|c| {
            let k = key(c);
            1 + thresholds.iter().filter(|&&t| k >= t).count() as u8
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
    fn fixed_breakpoints_score_each_customer_alone() {
        let breakpoints = Breakpoints {
            recency_days: Some([30, 90, 180, 365]),
            frequency: Some([2, 3, 5, 10]),
            monetary_cents: Some([10_000, 50_000, 100_000, 500_000]),
        };
        let customers = [
            // At every breakpoint: 30 days scores 5, 2 purchases 2, 100.00 4.
            input("ann", 30, 2, 100_000),
            // Just past them: 31 days 4, 1 purchase 1, 99.99 1.
            input("bob", 31, 1, 9_999),
            // The far ends: 366 days 1, 10 purchases 5, 5000.00 5.
            input("cat", 366, 10, 500_000),
            input("dan", 180, 4, 50_000),
        ];
        let codes: Vec<u16> = score_with(&customers, &breakpoints)
            .iter()
            .map(|s| s.code)
            .collect();
        assert_eq!(codes, [524, 411, 155, 333]);
        // The same customer scores the same whoever else is in the book.
        assert_eq!(score_with(&customers[..1], &breakpoints)[0].code, 524);
        assert!(breakpoints.quintile_keys().is_empty());
        assert!(!breakpoints.says_little(3));
    }

    #[test]
    fn breakpoints_on_some_keys_keep_quintiles_on_the_others() {
        let breakpoints = Breakpoints {
            recency_days: Some([30, 90, 180, 365]),
            ..Breakpoints::default()
        };
        let customers = [input("a", 400, 1, 100), input("b", 10, 5, 900)];
        let codes: Vec<u16> = score_with(&customers, &breakpoints)
            .iter()
            .map(|s| s.code)
            .collect();
        // R fixed: 400 days 1, 10 days 5; F and M quintiles of two: 1 and 5.
        assert_eq!(codes, [111, 555]);
        assert_eq!(breakpoints.quintile_keys(), ["frequency", "monetary"]);
        assert!(breakpoints.says_little(24));
        assert!(!breakpoints.says_little(25));
        assert!(!breakpoints.says_little(0));
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
