//! KANO (Kano et al. 1984; Berger et al. 1993): each respondent's pair of
//! answers to a feature's functional question ("if the product has it")
//! and dysfunctional question ("if it has not") maps through the
//! evaluation table to a category; per feature, the counts, the most
//! frequent category (ties broken M > O > A > I > R > Q), and Berger's
//! satisfaction coefficients better = (A+O)/(A+O+M+I) and
//! worse = −(O+M)/(A+O+M+I).

use std::collections::BTreeMap;

use super::{KANO_ANSWERS, Response, Value};

/// A KANO category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Attractive: delights when there, not missed when not.
    A,
    /// One-dimensional: the more the better.
    O,
    /// Must-be: taken for granted, missed when not there.
    M,
    /// Indifferent.
    I,
    /// Reverse: the respondent would rather not have it.
    R,
    /// Questionable: the two answers contradict each other.
    Q,
}

impl Category {
    /// Returns the category's letter.
    pub fn letter(self) -> &'static str {
        match self {
            Category::A => "A",
            Category::O => "O",
            Category::M => "M",
            Category::I => "I",
            Category::R => "R",
            Category::Q => "Q",
        }
    }
}

/// The order that breaks a tie of the most frequent categories.
pub const TIE_ORDER: [Category; 6] = [
    Category::M,
    Category::O,
    Category::A,
    Category::I,
    Category::R,
    Category::Q,
];

/// The evaluation table: rows the functional answer, columns the
/// dysfunctional one, both in the order like, expect, neutral, tolerate,
/// dislike.
const TABLE: [[Category; 5]; 5] = {
    use Category::{A, I, M, O, Q, R};
    [
        [Q, A, A, A, O],
        [R, I, I, I, M],
        [R, I, I, I, M],
        [R, I, I, I, M],
        [R, R, R, R, Q],
    ]
};

/// Returns the category of a pair of answers (canonical words).
pub fn evaluate(functional: &str, dysfunctional: &str) -> Option<Category> {
    let f = KANO_ANSWERS.iter().position(|a| *a == functional)?;
    let d = KANO_ANSWERS.iter().position(|a| *a == dysfunctional)?;
    Some(TABLE[f][d])
}

/// The counts of one feature.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub a: u64,
    pub o: u64,
    pub m: u64,
    pub i: u64,
    pub r: u64,
    pub q: u64,
}

impl Counts {
    /// Counts one category.
    pub fn add(&mut self, c: Category) {
        *self.slot(c) += 1;
    }

    fn slot(&mut self, c: Category) -> &mut u64 {
        match c {
            Category::A => &mut self.a,
            Category::O => &mut self.o,
            Category::M => &mut self.m,
            Category::I => &mut self.i,
            Category::R => &mut self.r,
            Category::Q => &mut self.q,
        }
    }

    /// Returns the count of a category.
    pub fn of(&self, c: Category) -> u64 {
        match c {
            Category::A => self.a,
            Category::O => self.o,
            Category::M => self.m,
            Category::I => self.i,
            Category::R => self.r,
            Category::Q => self.q,
        }
    }

    /// Returns the number of respondents who answered both questions.
    pub fn n(&self) -> u64 {
        self.a + self.o + self.m + self.i + self.r + self.q
    }

    /// Returns the most frequent category, ties broken M > O > A > I > R >
    /// Q; None without answers.
    pub fn category(&self) -> Option<Category> {
        let top = TIE_ORDER.iter().map(|c| self.of(*c)).max()?;
        (top > 0)
            .then(|| TIE_ORDER.into_iter().find(|c| self.of(*c) == top))
            .flatten()
    }

    /// Returns better = (A+O)/(A+O+M+I); None when A+O+M+I is 0.
    pub fn better(&self) -> Option<f64> {
        let base = self.a + self.o + self.m + self.i;
        (base > 0).then(|| (self.a + self.o) as f64 / base as f64)
    }

    /// Returns worse = −(O+M)/(A+O+M+I); None when A+O+M+I is 0.
    pub fn worse(&self) -> Option<f64> {
        let base = self.a + self.o + self.m + self.i;
        // 0 − x, not −x: no `-0` when O+M is 0.
        (base > 0).then(|| 0.0 - (self.o + self.m) as f64 / base as f64)
    }
}

/// Counts each feature's categories over `responses`: a respondent counts
/// for a feature when they answered both its questions. Features in name
/// order.
pub fn tally(responses: &[Response<'_>]) -> BTreeMap<String, Counts> {
    let mut out: BTreeMap<String, Counts> = BTreeMap::new();
    for r in responses {
        for (key, value) in r.answers {
            let Some(feature) = key.strip_prefix("F:") else {
                continue;
            };
            let (Value::String(f), Some(Value::String(d))) =
                (value, r.answers.get(&format!("D:{feature}")))
            else {
                continue;
            };
            if let Some(c) = evaluate(f, d) {
                out.entry(feature.to_string()).or_default().add(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(m: u64, o: u64, a: u64, i: u64, r: u64, q: u64) -> Counts {
        Counts { a, o, m, i, r, q }
    }

    #[test]
    fn the_evaluation_table() {
        use Category::*;
        assert_eq!(evaluate("like", "dislike"), Some(O));
        assert_eq!(evaluate("like", "neutral"), Some(A));
        assert_eq!(evaluate("neutral", "dislike"), Some(M));
        assert_eq!(evaluate("expect", "tolerate"), Some(I));
        assert_eq!(evaluate("like", "like"), Some(Q));
        assert_eq!(evaluate("dislike", "dislike"), Some(Q));
        assert_eq!(evaluate("dislike", "neutral"), Some(R));
        assert_eq!(evaluate("tolerate", "like"), Some(R));
        assert_eq!(evaluate("maybe", "like"), None);
    }

    /// A published worked example: the five attributes of a cleaning
    /// equipment maker's survey (296 respondents each) in the README of the
    /// R package stp25kano (Wolfgang Peter, 2024,
    /// <https://github.com/stp4/stp25kano>), which gives the counts M O A I
    /// R Q, the most frequent category and CS+ (better) and CS− (worse) to
    /// three decimals, by the formulas of Berger et al. (1993), "Kano's
    /// methods for understanding customer-defined quality", Center for
    /// Quality Management Journal 2(4).
    #[test]
    fn matches_the_stp25kano_worked_example() {
        let published = [
            // feature, M O A I R Q, max category, CS+, CS−
            (
                "Service app",
                counts(95, 123, 45, 33, 0, 0),
                "O",
                0.568,
                -0.736,
            ),
            (
                "Excellent service",
                counts(101, 54, 54, 81, 3, 3),
                "M",
                0.372,
                -0.534,
            ),
            (
                "Hotline",
                counts(15, 24, 121, 124, 6, 6),
                "I",
                0.511,
                -0.137,
            ),
            (
                "Loan machine",
                counts(65, 87, 93, 51, 0, 0),
                "A",
                0.608,
                -0.514,
            ),
            (
                "Ready-to-use return",
                counts(9, 18, 83, 177, 6, 3),
                "I",
                0.352,
                -0.094,
            ),
        ];
        for (feature, c, category, better, worse) in published {
            assert_eq!(c.n(), 296, "{feature}");
            assert_eq!(c.category().unwrap().letter(), category, "{feature}");
            let round = |x: f64| (x * 1000.0).round() / 1000.0;
            assert_eq!(round(c.better().unwrap()), better, "{feature}");
            assert_eq!(round(c.worse().unwrap()), worse, "{feature}");
        }
    }

    #[test]
    fn ties_go_to_m_then_o_a_i_r_q() {
        // 2 A, 2 O, 2 M: must-be wins; better (2+2)/(6) = 2/3, worse −4/6.
        let c = counts(2, 2, 2, 0, 1, 1);
        assert_eq!(c.category(), Some(Category::M));
        assert_eq!(c.better(), Some(4.0 / 6.0));
        assert_eq!(c.worse(), Some(-4.0 / 6.0));
        assert_eq!(counts(0, 3, 3, 3, 0, 0).category(), Some(Category::O));
        assert_eq!(counts(0, 0, 1, 1, 0, 0).category(), Some(Category::A));
        assert_eq!(counts(0, 0, 0, 2, 2, 2).category(), Some(Category::I));
        assert_eq!(counts(0, 0, 0, 0, 1, 1).category(), Some(Category::R));
        // Only reverse and questionable answers: no coefficients.
        assert_eq!(counts(0, 0, 0, 0, 1, 1).better(), None);
        assert_eq!(Counts::default().category(), None);
    }
}
