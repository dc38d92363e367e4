//! SERVQUAL (Parasuraman, Zeithaml & Berry 1988): each respondent rates
//! what they expect of a service (`E<n>`) and what they perceive of this
//! one (`P<n>`), 1–7, for items grouped into dimensions, and may share
//! 100 points among the dimensions (`W:<dimension>`).
//!
//! - item gap = mean P − mean E, over the respondents who answered both;
//! - a dimension's expectation, perception and gap: the means of its
//!   items' (items nobody answered left out);
//! - weight = the mean of the respondents' points / 100, over those who
//!   gave points (a dimension they gave none counts 0); 1/k each (0.2 for
//!   the five dimensions) when nobody gave points;
//! - weighted gap = gap × weight; overall: the unweighted score (mean of
//!   the dimension gaps) and the weighted one (sum of the weighted gaps).

#[cfg(test)]
use std::collections::BTreeMap;
use std::collections::BTreeSet;

use super::{Response, Value};

/// The dimensions of the 22-item instrument, with their items.
pub fn default_dimensions() -> Vec<(String, Vec<u32>)> {
    [
        ("tangibles", 1..=4),
        ("reliability", 5..=9),
        ("responsiveness", 10..=13),
        ("assurance", 14..=17),
        ("empathy", 18..=22),
    ]
    .into_iter()
    .map(|(d, items)| (d.to_string(), items.collect()))
    .collect()
}

/// One item's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub item: u32,
    pub dimension: String,
    /// Respondents who rated both its expectation and its perception.
    pub n: u64,
    pub expectation: Option<f64>,
    pub perception: Option<f64>,
}

impl Item {
    /// Returns perception − expectation.
    pub fn gap(&self) -> Option<f64> {
        Some(self.perception? - self.expectation?)
    }
}

/// One dimension's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    pub name: String,
    pub items: Vec<u32>,
    /// Respondents who rated both sides of at least one of its items.
    pub n: u64,
    pub expectation: Option<f64>,
    pub perception: Option<f64>,
    pub gap: Option<f64>,
    pub weight: f64,
}

impl Dimension {
    /// Returns gap × weight.
    pub fn weighted_gap(&self) -> Option<f64> {
        self.gap.map(|g| g * self.weight)
    }
}

/// The evaluation of a SERVQUAL survey.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub items: Vec<Item>,
    pub dimensions: Vec<Dimension>,
    /// True when some respondent gave weights.
    pub weighted_by_respondents: bool,
}

impl Evaluation {
    /// Returns the mean of the dimension gaps.
    pub fn unweighted(&self) -> Option<f64> {
        mean(self.dimensions.iter().filter_map(|d| d.gap))
    }

    /// Returns the sum of the weighted gaps.
    pub fn weighted(&self) -> Option<f64> {
        let gaps: Vec<f64> = self
            .dimensions
            .iter()
            .filter_map(Dimension::weighted_gap)
            .collect();
        (!gaps.is_empty()).then(|| gaps.iter().sum())
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u64), |(s, n), x| (s + x, n + 1));
    (n > 0).then(|| sum / n as f64)
}

fn number(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Integer(i) => Some(*i as f64),
        Value::Float(x) => Some(*x),
        _ => None,
    }
}

/// Evaluates `responses` over `dimensions` (each with its items).
pub fn evaluate(responses: &[Response<'_>], dimensions: &[(String, Vec<u32>)]) -> Evaluation {
    let mut items = Vec::new();
    let mut dims = Vec::new();
    let weighers: Vec<&Response<'_>> = responses
        .iter()
        .filter(|r| r.answers.keys().any(|k| k.starts_with("W:")))
        .collect();
    let k = dimensions.len().max(1) as f64;
    for (name, list) in dimensions {
        let mut answered: BTreeSet<usize> = BTreeSet::new();
        let mut mine = Vec::new();
        for &item in list {
            let (mut e, mut p, mut n) = (0.0, 0.0, 0u64);
            for (index, r) in responses.iter().enumerate() {
                if let (Some(x), Some(y)) = (
                    number(r.answers.get(&format!("E{item}"))),
                    number(r.answers.get(&format!("P{item}"))),
                ) {
                    e += x;
                    p += y;
                    n += 1;
                    answered.insert(index);
                }
            }
            mine.push(Item {
                item,
                dimension: name.clone(),
                n,
                expectation: (n > 0).then(|| e / n as f64),
                perception: (n > 0).then(|| p / n as f64),
            });
        }
        let weight = if weighers.is_empty() {
            1.0 / k
        } else {
            weighers
                .iter()
                .map(|r| number(r.answers.get(&format!("W:{name}"))).unwrap_or(0.0))
                .sum::<f64>()
                / weighers.len() as f64
                / 100.0
        };
        dims.push(Dimension {
            name: name.clone(),
            items: list.clone(),
            n: answered.len() as u64,
            expectation: mean(mine.iter().filter_map(|i| i.expectation)),
            perception: mean(mine.iter().filter_map(|i| i.perception)),
            gap: mean(mine.iter().filter_map(Item::gap)),
            weight,
        });
        items.extend(mine);
    }
    Evaluation {
        items,
        dimensions: dims,
        weighted_by_respondents: !weighers.is_empty(),
    }
}

/// Answers keyed as stored, for tests.
#[cfg(test)]
fn answers(pairs: &[(&str, i64)]) -> BTreeMap<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), Value::Integer(*v)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::When;

    fn response(a: &BTreeMap<String, Value>) -> Response<'_> {
        Response {
            date: When::Date(chrono::NaiveDate::MIN),
            customer: None,
            answers: a,
        }
    }

    /// Worked by hand: two dimensions, three respondents.
    #[test]
    fn gaps_weights_and_scores_by_hand() {
        let dims = vec![
            ("speed".to_string(), vec![1, 2]),
            ("care".to_string(), vec![3]),
        ];
        let r1 = answers(&[
            ("E1", 7),
            ("P1", 5),
            ("E2", 6),
            ("P2", 6),
            ("E3", 7),
            ("P3", 4),
            ("W:speed", 60),
            ("W:care", 40),
        ]);
        let r2 = answers(&[
            ("E1", 6),
            ("P1", 6),
            ("E3", 5),
            ("P3", 5),
            ("W:speed", 20),
            ("W:care", 80),
        ]);
        // r3 rated item 2's expectation only: it counts for no item.
        let r3 = answers(&[("E2", 7)]);
        let rs = [response(&r1), response(&r2), response(&r3)];
        let e = evaluate(&rs, &dims);
        // Item 1: E (7+6)/2 = 6.5, P (5+6)/2 = 5.5, gap −1; item 2: E 6, P 6,
        // gap 0 (n 1); item 3: E 6, P 4.5, gap −1.5.
        assert_eq!(e.items[0].n, 2);
        assert_eq!(e.items[0].gap(), Some(-1.0));
        assert_eq!((e.items[1].n, e.items[1].gap()), (1, Some(0.0)));
        assert_eq!(e.items[2].gap(), Some(-1.5));
        // speed: gap (−1 + 0)/2 = −0.5, E (6.5+6)/2 = 6.25, P 5.75, n 2;
        // weight (60+20)/2/100 = 0.4 → −0.2. care: gap −1.5, weight 0.6 →
        // −0.9.
        let speed = &e.dimensions[0];
        assert_eq!(
            (speed.n, speed.expectation, speed.perception),
            (2, Some(6.25), Some(5.75))
        );
        assert_eq!((speed.gap, speed.weight), (Some(-0.5), 0.4));
        assert!((speed.weighted_gap().unwrap() + 0.2).abs() < 1e-12);
        let care = &e.dimensions[1];
        assert_eq!((care.gap, care.weight), (Some(-1.5), 0.6));
        // Unweighted (−0.5 − 1.5)/2 = −1; weighted −0.2 − 0.9 = −1.1.
        assert_eq!(e.unweighted(), Some(-1.0));
        assert!((e.weighted().unwrap() + 1.1).abs() < 1e-12);
        // Nobody gave points: 1/2 each.
        let plain = [response(&r3)];
        let e = evaluate(&plain, &dims);
        assert_eq!(e.dimensions[0].weight, 0.5);
        assert_eq!(e.dimensions[0].gap, None);
        assert_eq!(e.unweighted(), None);
    }

    #[test]
    fn the_default_map_has_22_items() {
        let d = default_dimensions();
        assert_eq!(d.iter().map(|(_, i)| i.len()).sum::<usize>(), 22);
        assert_eq!(d[4], ("empathy".to_string(), (18..=22).collect()));
    }
}
