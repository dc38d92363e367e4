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
    }
}
