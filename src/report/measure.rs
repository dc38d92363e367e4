//! Measures the reports share: medians, shares and the net promoter score.

/// Returns the median of `values` (the mean of the middle two for an even
/// count), or None for none.
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

/// Returns `part / whole`, or None when `whole` is 0.
pub fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// Survey answers sorted into promoters (9–10), passives (7–8) and
/// detractors (0–6).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NpsCount {
    pub promoters: u64,
    pub passives: u64,
    pub detractors: u64,
}

impl NpsCount {
    /// Counts one score.
    pub fn add(&mut self, score: u8) {
        match score {
            9.. => self.promoters += 1,
            7..=8 => self.passives += 1,
            _ => self.detractors += 1,
        }
    }

    /// Adds another count.
    pub fn merge(&mut self, other: NpsCount) {
        self.promoters += other.promoters;
        self.passives += other.passives;
        self.detractors += other.detractors;
    }

    /// Returns the number of answers.
    pub fn responses(&self) -> u64 {
        self.promoters + self.passives + self.detractors
    }

    /// Returns % promoters − % detractors, from −100 to 100; None without
    /// answers.
    pub fn score(&self) -> Option<f64> {
        let n = self.responses();
        (n > 0).then(|| 100.0 * (self.promoters as f64 - self.detractors as f64) / n as f64)
    }
}

/// The survey scores of a group: of each customer's latest answer among the
/// interactions given, the NPS count, the CSAT answers (1–5) and the CES
/// answers (customer effort, 1–7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    pub nps: NpsCount,
    /// The sum and the number of the customers' latest CSAT answers.
    pub csat_sum: u64,
    pub csat_responses: u64,
    /// The sum and the number of the customers' latest CES answers.
    pub ces_sum: u64,
    pub ces_responses: u64,
}

impl Scores {
    /// Adds one customer's latest `nps` and latest `csat` among
    /// `interactions` (the later in the file of two at the same moment).
    pub fn add_customer<'i>(
        &mut self,
        interactions: impl IntoIterator<Item = &'i crate::model::customer::Interaction>,
    ) {
        let mut nps: Option<(chrono::NaiveDateTime, u8)> = None;
        let mut csat: Option<(chrono::NaiveDateTime, u8)> = None;
        let mut ces: Option<(chrono::NaiveDateTime, u8)> = None;
        let later = |slot: &mut Option<(chrono::NaiveDateTime, u8)>, when, score: Option<u8>| {
            if let Some(score) = score
                && slot.is_none_or(|(w, _)| when >= w)
            {
                *slot = Some((when, score));
            }
        };
        for i in interactions {
            let when = i.date.moment();
            later(&mut nps, when, i.nps);
            later(&mut csat, when, i.csat);
            later(&mut ces, when, i.ces);
        }
        if let Some((_, score)) = nps {
            self.nps.add(score);
        }
        if let Some((_, score)) = csat {
            self.csat_sum += u64::from(score);
            self.csat_responses += 1;
        }
        if let Some((_, score)) = ces {
            self.ces_sum += u64::from(score);
            self.ces_responses += 1;
        }
    }

    /// Returns the mean CES (1–7), None without answers.
    pub fn ces(&self) -> Option<f64> {
        (self.ces_responses > 0).then(|| self.ces_sum as f64 / self.ces_responses as f64)
    }

    /// Returns the mean CSAT (1–5), None without answers.
    pub fn csat(&self) -> Option<f64> {
        (self.csat_responses > 0).then(|| self.csat_sum as f64 / self.csat_responses as f64)
    }
}

/// The satisfaction and effort answers of a span: every `csat` (1–5) and
/// `ces` (1–7, 7 = it was easy) given in it, each answer counted (not only a
/// customer's latest, as NPS does).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SurveyScores {
    /// csat answers, and those of them 4 or 5.
    pub csat_responses: u64,
    pub satisfied: u64,
    /// ces answers, and their sum.
    pub ces_responses: u64,
    pub ces_sum: u64,
}

impl SurveyScores {
    /// Counts the scores an interaction carries.
    pub fn add(&mut self, i: &crate::model::Interaction) {
        if let Some(s) = i.csat {
            self.csat_responses += 1;
            self.satisfied += u64::from(s >= 4);
        }
        if let Some(s) = i.ces {
            self.ces_responses += 1;
            self.ces_sum += u64::from(s);
        }
    }

    /// Counts every score given in `span` by `customers`.
    pub fn of(customers: &[&crate::model::Customer], span: super::scope::Period) -> SurveyScores {
        let mut s = SurveyScores::default();
        for c in customers {
            for i in &c.interactions {
                if span.contains(i.date.date()) {
                    s.add(i);
                }
            }
        }
        s
    }

    /// Returns CSAT: the share of csat answers that are 4 or 5 (0 to 1);
    /// None without answers.
    pub fn csat(&self) -> Option<f64> {
        share(self.satisfied, self.csat_responses)
    }

    /// Returns CES: the mean ces answer (1 to 7); None without answers.
    pub fn ces(&self) -> Option<f64> {
        (self.ces_responses > 0).then(|| self.ces_sum as f64 / self.ces_responses as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_scores() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(vec![]), None);
        let mut n = NpsCount::default();
        for s in [10, 9, 8, 6, 0] {
            n.add(s);
        }
        // 2 promoters, 2 detractors of 5: 40 % − 40 % = 0.
        assert_eq!(n.score(), Some(0.0));
        n.add(9);
        // 3 − 2 of 6: 100 / 6.
        assert!((n.score().unwrap() - 100.0 / 6.0).abs() < 1e-12);
        let mut s = SurveyScores::default();
        assert_eq!((s.csat(), s.ces()), (None, None));
        for (csat, ces) in [
            (Some(5), Some(7)),
            (Some(3), None),
            (Some(4), Some(2)),
            (None, Some(6)),
        ] {
            let mut i = crate::model::Interaction::new(
                crate::model::When::Date(chrono::NaiveDate::MIN),
                "survey",
            );
            i.csat = csat;
            i.ces = ces;
            s.add(&i);
        }
        // 2 of 3 csat answers are 4 or 5; ces (7 + 2 + 6) / 3 = 5.
        assert_eq!(s.csat(), Some(2.0 / 3.0));
        assert_eq!(s.ces(), Some(5.0));
    }

    #[test]
    fn scores_take_each_customers_latest_answer() {
        use crate::model::{Interaction, When};
        let at = |d: &str, nps: Option<u8>, csat: Option<u8>| {
            let mut i = Interaction::new(When::Date(d.parse().unwrap()), "survey");
            i.nps = nps;
            i.csat = csat;
            i
        };
        let mut s = Scores::default();
        // The later answers count: NPS 10 (05-01), CSAT 2 (04-01; the May
        // survey has no CSAT).
        s.add_customer(&[
            at("2026-03-01", Some(3), Some(5)),
            at("2026-05-01", Some(10), None),
            at("2026-04-01", None, Some(2)),
        ]);
        s.add_customer(&[at("2026-01-01", Some(6), Some(5))]);
        s.add_customer(&[]);
        assert_eq!((s.nps.promoters, s.nps.detractors), (1, 1));
        assert_eq!(s.csat(), Some(3.5));
        assert_eq!(Scores::default().csat(), None);
    }
}
