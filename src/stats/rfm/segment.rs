//! The eleven RFM segments and the table that assigns each of the 125 codes to one
//! of them (DESIGN.md section 7, the widely used 11-segment map).

use std::fmt;

/// A customer segment named by its RFM code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    /// Bought recently, often, and spent the most.
    Champions,
    /// Buy often and spend well; responsive.
    LoyalCustomers,
    /// Recent customers with average frequency and spend.
    PotentialLoyalist,
    /// Bought recently, but not often.
    NewCustomers,
    /// Recent shoppers who have not spent much yet.
    Promising,
    /// Above-average recency, frequency and spend, slipping.
    NeedAttention,
    /// Below-average recency and frequency.
    AboutToSleep,
    /// Spent big and bought often, but long ago.
    AtRisk,
    /// Made the biggest and most frequent purchases, but have not returned for long.
    CantLoseThem,
    /// Last purchase long ago, few orders, low spend.
    Hibernating,
    /// Lowest recency, frequency and spend.
    Lost,
}

/// Each segment and its RFM codes (r·100 + f·10 + m), exactly as DESIGN.md lists them.
pub const SEGMENT_CODES: [(Segment, &[u16]); 11] = [
    (Segment::Champions, &[555, 554, 544, 545, 454, 455, 445]),
    (
        Segment::LoyalCustomers,
        &[543, 444, 435, 355, 354, 345, 344, 335],
    ),
    (
        Segment::PotentialLoyalist,
        &[
            553, 551, 552, 541, 542, 533, 532, 531, 452, 451, 442, 441, 431, 453, 433, 432, 423,
            353, 352, 351, 342, 341, 333, 323,
        ],
    ),
    (Segment::NewCustomers, &[512, 511, 422, 421, 412, 411, 311]),
    (
        Segment::Promising,
        &[
            525, 524, 523, 522, 521, 515, 514, 513, 425, 424, 413, 414, 415, 315, 314, 313,
        ],
    ),
    (
        Segment::NeedAttention,
        &[535, 534, 443, 434, 343, 334, 325, 324],
    ),
    (
        Segment::AboutToSleep,
        &[331, 321, 312, 221, 213, 231, 241, 251],
    ),
    (
        Segment::AtRisk,
        &[
            255, 254, 245, 244, 253, 252, 243, 242, 235, 234, 225, 224, 153, 152, 145, 143, 142,
            135, 134, 133, 125, 124,
        ],
    ),
    (
        Segment::CantLoseThem,
        &[155, 154, 144, 214, 215, 115, 114, 113],
    ),
    (
        Segment::Hibernating,
        &[332, 322, 233, 232, 223, 222, 132, 123, 122, 212, 211],
    ),
    (Segment::Lost, &[111, 112, 121, 131, 141, 151]),
];

/// Segment of every code, indexed by (r−1)·25 + (f−1)·5 + (m−1); built from
/// [`SEGMENT_CODES`] at compile time (a code missing from the table fails the build).
const BY_CODE: [Segment; 125] = {
    let mut found: [Option<Segment>; 125] = [None; 125];
    let mut s = 0;
    while s < SEGMENT_CODES.len() {
        let (segment, codes) = SEGMENT_CODES[s];
        let mut c = 0;
        while c < codes.len() {
            let code = codes[c];
            let index =
                ((code / 100 - 1) * 25 + (code / 10 % 10 - 1) * 5 + (code % 10 - 1)) as usize;
            found[index] = Some(segment);
            c += 1;
        }
        s += 1;
    }
    let mut table = [Segment::Lost; 125];
    let mut i = 0;
    while i < 125 {
        table[i] = match found[i] {
            Some(segment) => segment,
            None => panic!("an RFM code has no segment"),
        };
        i += 1;
    }
    table
};

impl Segment {
    /// Every segment, in the order of the table.
    pub const ALL: [Segment; 11] = [
        Segment::Champions,
        Segment::LoyalCustomers,
        Segment::PotentialLoyalist,
        Segment::NewCustomers,
        Segment::Promising,
        Segment::NeedAttention,
        Segment::AboutToSleep,
        Segment::AtRisk,
        Segment::CantLoseThem,
        Segment::Hibernating,
        Segment::Lost,
    ];

    /// Returns the segment of the scores r, f, m (each 1..=5).
    ///
    /// # Panics
    /// If a score is outside 1..=5.
    pub fn of(r: u8, f: u8, m: u8) -> Segment {
        assert!(
            [r, f, m].iter().all(|s| (1..=5).contains(s)),
            "RFM scores must be 1..=5, got {r}{f}{m}"
        );
        BY_CODE[usize::from(r - 1) * 25 + usize::from(f - 1) * 5 + usize::from(m - 1)]
    }

    /// Returns the segment's display name, as in the table ("Can't Lose Them", …).
    pub fn name(self) -> &'static str {
        match self {
            Segment::Champions => "Champions",
            Segment::LoyalCustomers => "Loyal Customers",
            Segment::PotentialLoyalist => "Potential Loyalist",
            Segment::NewCustomers => "New Customers",
            Segment::Promising => "Promising",
            Segment::NeedAttention => "Need Attention",
            Segment::AboutToSleep => "About To Sleep",
            Segment::AtRisk => "At Risk",
            Segment::CantLoseThem => "Can't Lose Them",
            Segment::Hibernating => "Hibernating",
            Segment::Lost => "Lost",
        }
    }
}

impl fmt::Display for Segment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_exactly_one_segment() {
        for r in 1..=5u16 {
            for f in 1..=5u16 {
                for m in 1..=5u16 {
                    let code = r * 100 + f * 10 + m;
                    let holders: Vec<Segment> = SEGMENT_CODES
                        .iter()
                        .filter(|(_, codes)| codes.contains(&code))
                        .map(|&(segment, _)| segment)
                        .collect();
                    assert_eq!(holders.len(), 1, "code {code} is in {holders:?}");
                    assert_eq!(Segment::of(r as u8, f as u8, m as u8), holders[0]);
                }
            }
        }
        let listed: usize = SEGMENT_CODES.iter().map(|(_, codes)| codes.len()).sum();
        assert_eq!(listed, 125);
    }

    #[test]
    fn names_match_the_design_table() {
        let names: Vec<&str> = Segment::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(
            names,
            [
                "Champions",
                "Loyal Customers",
                "Potential Loyalist",
                "New Customers",
                "Promising",
                "Need Attention",
                "About To Sleep",
                "At Risk",
                "Can't Lose Them",
                "Hibernating",
                "Lost"
            ]
        );
        assert_eq!(Segment::of(1, 5, 5), Segment::CantLoseThem);
        assert_eq!(Segment::of(5, 5, 5).to_string(), "Champions");
    }

    #[test]
    fn table_order_matches_all() {
        let order: Vec<Segment> = SEGMENT_CODES.iter().map(|&(s, _)| s).collect();
        assert_eq!(order, Segment::ALL);
    }
}
