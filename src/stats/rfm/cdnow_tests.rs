//! RFM scores on the real CDNOW purchase history (23,570 customers, as of
//! 1998-06-30), checked against an independent re-implementation of what DESIGN.md
//! says the rule equals — pandas `qcut(key.rank(method="first"), 5)` on a frame sorted
//! by id — and against figures computed with pandas itself.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{RfmInput, Segment, score};
use crate::stats::test_data::{by_customer, master_purchases};

/// One customer's R, F, M as of the scoring date.
struct Figures {
    id: String,
    recency_days: i64,
    frequency: u32,
    monetary_cents: i64,
}

/// The CDNOW master customers as of 1998-06-30, sorted by id.
fn cdnow_figures() -> Vec<Figures> {
    let today = NaiveDate::from_ymd_opt(1998, 6, 30).unwrap();
    by_customer(master_purchases())
        .into_iter()
        .map(|(id, purchases)| {
            let last = purchases.iter().map(|&(date, _)| date).max().unwrap();
            Figures {
                id,
                recency_days: (today - last).num_days(),
                frequency: u32::try_from(purchases.len()).unwrap(),
                monetary_cents: purchases.iter().map(|&(_, cents)| cents).sum(),
            }
        })
        .collect()
}

/// pandas `Series.rank(method="first")`: 1-based ranks, ties in order of appearance.
/// Done with a stable sort on the key alone (the frame is already sorted by id).
fn rank_first(keys: &[i64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_key(|&i| keys[i]); // stable
    let mut ranks = vec![0.0; keys.len()];
    for (position, &i) in order.iter().enumerate() {
        ranks[i] = (position + 1) as f64;
    }
    ranks
}

/// numpy 2.x `np.quantile(a, q, method="linear")` on sorted `a`, step by step as in
/// `numpy/lib/_function_base_impl.py`: `_compute_virtual_index` with α = β = 1,
/// `_get_indexes` and `_lerp`.
fn numpy_linear_quantile(sorted: &[f64], q: f64) -> f64 {
    let n = sorted.len() as f64;
    let (alpha, beta) = (1.0, 1.0);
    let virtual_index = n * q + (alpha + q * (1.0 - alpha - beta)) - 1.0;
    let (previous, next) = if virtual_index >= n - 1.0 {
        (sorted.len() - 1, sorted.len() - 1)
    } else if virtual_index < 0.0 {
        (0, 0)
    } else {
        let p = virtual_index.floor() as usize;
        (p, p + 1)
    };
    let gamma = virtual_index - virtual_index.floor();
    let (a, b) = (sorted[previous], sorted[next]);
    let diff_b_a = b - a;
    if gamma >= 0.5 {
        b - diff_b_a * (1.0 - gamma)
    } else {
        a + diff_b_a * gamma
    }
}

/// pandas `qcut(values, 5, labels=False) + 1`: edges at `np.linspace(0, 1, 6)`
/// quantiles, then `searchsorted(edges, value, side="left")`, with values equal to the
/// lowest edge put in the first bin (`include_lowest=True`).
fn qcut_5(values: &[f64]) -> Vec<u8> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    // np.linspace(0, 1, 6): arange(6) * 0.2 + 0.0, last element set to 1.0.
    let mut quantiles: Vec<f64> = (0..6).map(|k| f64::from(k) * (1.0 / 5.0) + 0.0).collect();
    quantiles[5] = 1.0;
    let edges: Vec<f64> = quantiles
        .iter()
        .map(|&q| numpy_linear_quantile(&sorted, q))
        .collect();
    values
        .iter()
        .map(|&v| {
            let id = edges.partition_point(|&e| e < v); // searchsorted side="left"
            let id = if v == edges[0] { 1 } else { id };
            u8::try_from(id).unwrap()
        })
        .collect()
}

#[test]
fn scores_match_pandas_qcut_on_cdnow() {
    let figures = cdnow_figures();
    assert_eq!(figures.len(), 23_570);
    assert!(figures.windows(2).all(|w| w[0].id < w[1].id));
    let inputs: Vec<RfmInput<'_>> = figures
        .iter()
        .map(|c| RfmInput {
            id: &c.id,
            recency_days: c.recency_days,
            frequency: c.frequency,
            monetary_cents: c.monetary_cents,
        })
        .collect();
    let scores = score(&inputs);

    let r = qcut_5(&rank_first(
        &figures.iter().map(|c| -c.recency_days).collect::<Vec<_>>(),
    ));
    let f = qcut_5(&rank_first(
        &figures
            .iter()
            .map(|c| i64::from(c.frequency))
            .collect::<Vec<_>>(),
    ));
    let m = qcut_5(&rank_first(
        &figures.iter().map(|c| c.monetary_cents).collect::<Vec<_>>(),
    ));
    for (i, s) in scores.iter().enumerate() {
        assert_eq!(
            (s.r, s.f, s.m),
            (r[i], f[i], m[i]),
            "customer {}",
            figures[i].id
        );
        assert_eq!(
            s.code,
            u16::from(s.r) * 100 + u16::from(s.f) * 10 + u16::from(s.m)
        );
    }

    // pandas 3.1.1 / numpy 2.4.6 on the same file: `qcut(key.rank(method="first"), 5)`
    // per key on the frame sorted by customer_id, the code mapped through the table.
    let by_id = |id: &str| scores[figures.iter().position(|c| c.id == id).unwrap()].code;
    assert_eq!(
        ["00001", "00002", "00003", "00004", "00005", "23570"].map(by_id),
        [111, 134, 555, 444, 455, 344]
    );
    let code_sum: u64 = scores.iter().map(|s| u64::from(s.code)).sum();
    assert_eq!(code_sum, 7_848_810);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &scores {
        *counts.entry(s.segment.name()).or_default() += 1;
    }
    let pandas = [
        (Segment::Champions, 5812),
        (Segment::Hibernating, 3649),
        (Segment::Lost, 3080),
        (Segment::AboutToSleep, 2912),
        (Segment::PotentialLoyalist, 2063),
        (Segment::LoyalCustomers, 1930),
        (Segment::NeedAttention, 1827),
        (Segment::CantLoseThem, 1361),
        (Segment::AtRisk, 905),
        (Segment::Promising, 16),
        (Segment::NewCustomers, 15),
    ];
    for (segment, want) in pandas {
        assert_eq!(
            counts.get(segment.name()).copied().unwrap_or(0),
            want,
            "{segment}"
        );
    }
}

#[test]
fn reimplemented_qcut_agrees_with_the_closed_form_for_every_small_n() {
    // Guards the test's own reference: pandas qcut of ranks 1..n equals
    // max(1, ⌈5(i−1)/(n−1)⌉) (checked with pandas 3.1.1 for n = 2..3000 as well).
    for n in 2..=500usize {
        let ranks: Vec<f64> = (1..=n).map(|i| i as f64).collect();
        let bins = qcut_5(&ranks);
        for (i, &bin) in (1..=n).zip(&bins) {
            let closed = (5 * (i - 1)).div_ceil(n - 1).max(1);
            assert_eq!(usize::from(bin), closed, "n = {n}, i = {i}");
        }
    }
}
