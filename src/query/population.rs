//! Fields whose value depends on the whole book, not on one customer: the
//! RFM segment (`rfm`, scored among every customer with an order) and the
//! predicted lifetime value (`clv`, from models fitted on every customer's
//! purchases). A command computes them once, before it evaluates any
//! customer, and only when an expression, a column or a sort names them.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::Customer;
use crate::report::clv::{self, Options, Unit};
use crate::report::rfm;

/// The horizon of the `clv` field, in months, and its monthly discount rate:
/// the defaults of `rapport report clv`.
pub const CLV_MONTHS: u32 = 12;
pub const CLV_DISCOUNT: f64 = 0.01;

/// What a command must compute before it evaluates customers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    pub rfm: bool,
    pub clv: bool,
}

impl Needs {
    /// Returns true when anything must be computed.
    pub fn any(self) -> bool {
        self.rfm || self.clv
    }
}

impl std::ops::BitOr for Needs {
    type Output = Needs;
    fn bitor(self, other: Needs) -> Needs {
        Needs {
            rfm: self.rfm || other.rfm,
            clv: self.clv || other.clv,
        }
    }
}

/// The population fields of every customer, by id.
#[derive(Clone, Debug, Default)]
pub struct Population {
    rfm: HashMap<String, &'static str>,
    clv: HashMap<String, f64>,
}

/// Why the `clv` field cannot be computed for this book.
#[derive(Debug, thiserror::Error)]
#[error("`clv` cannot be computed for this book: {0}")]
pub struct PopulationError(pub String);

impl Population {
    /// Computes what `needs` asks for over `customers` (the whole book) as
    /// of `today`. RFM is scored as `rapport segment rfm` scores it; CLV is
    /// the 12-month discounted value `rapport report clv` prints with its
    /// defaults (weeks, 1 % a month).
    pub fn compute(
        customers: &[Customer],
        today: NaiveDate,
        needs: Needs,
    ) -> Result<Population, PopulationError> {
        let mut population = Population::default();
        if needs.rfm {
            population.rfm = rfm::rfm(customers, today)
                .into_iter()
                .map(|line| (line.id, line.score.segment.name()))
                .collect();
        }
        if needs.clv {
            let summaries = clv::summaries(customers, today, Unit::Week);
            let options = Options {
                today,
                unit: Unit::Week,
                months: CLV_MONTHS,
                monthly_discount: CLV_DISCOUNT,
            };
            let report = clv::report(&summaries, |_| true, &options)
                .map_err(|e| PopulationError(e.to_string()))?;
            population.clv = report
                .predictions
                .into_iter()
                .map(|p| (p.id.to_string(), p.clv))
                .collect();
        }
        Ok(population)
    }

    /// Returns the RFM segment of `id` (None without an order).
    pub fn rfm(&self, id: &str) -> Option<&'static str> {
        self.rfm.get(id).copied()
    }

    /// Returns the predicted CLV of `id` (None without a purchase).
    pub fn clv(&self, id: &str) -> Option<f64> {
        self.clv.get(id).copied()
    }
}
