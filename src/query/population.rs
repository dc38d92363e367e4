//! Fields whose value depends on the whole book, not on one customer: the
//! RFM segment (`rfm`, scored among every customer with an order) and the
//! predicted lifetime value (`clv`, from models fitted on every customer's
//! purchases). A command computes them once, before it evaluates any
//! customer, and only when an expression, a column or a sort names them.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::{Customer, Id};
use crate::report::clv::{self, Options, Unit};
use crate::report::rfm;
use crate::stats::clv::Summary;
use crate::stats::rfm::Breakpoints;

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

/// What the population fields are computed from: a few figures of each
/// customer, so that a bulk read need not keep the customers.
#[derive(Debug, Default)]
pub struct Inputs {
    rfm: Vec<rfm::RfmFigures>,
    clv: Vec<(Id, Summary)>,
    /// How `rfm` is scored: `[rfm]` of rapport.toml (quintiles by default).
    rfm_breakpoints: Breakpoints,
}

impl Inputs {
    /// No inputs yet, with RFM scored by `breakpoints` (`[rfm]` in rapport.toml).
    pub fn scored_by(rfm_breakpoints: Breakpoints) -> Inputs {
        Inputs {
            rfm_breakpoints,
            ..Inputs::default()
        }
    }

    /// Adds what `needs` takes of one customer.
    pub fn add(&mut self, c: &Customer, today: NaiveDate, needs: Needs) {
        if needs.rfm
            && let Some(f) = rfm::figures_of(c, today)
        {
            self.rfm.push(f);
        }
        if needs.clv
            && let Some(s) = clv::summary_of(c, today, Unit::Week)
        {
            self.clv.push(s);
        }
    }

    /// Adds the inputs of other customers.
    pub fn merge(mut self, other: Inputs) -> Inputs {
        self.rfm.extend(other.rfm);
        self.clv.extend(other.clv);
        self
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
#[error("{}", crate::msg!("query.clv-unavailable", problem = .0.to_string()))]
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
        let mut inputs = Inputs::default();
        for c in customers {
            inputs.add(c, today, needs);
        }
        Population::from_inputs(inputs, needs)
    }

    /// Computes what `needs` asks for from the inputs of every customer of
    /// the book (gathered in any order).
    pub fn from_inputs(mut inputs: Inputs, needs: Needs) -> Result<Population, PopulationError> {
        let mut population = Population::default();
        if needs.rfm {
            inputs.rfm.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            population.rfm = rfm::score_all_with(inputs.rfm, &inputs.rfm_breakpoints)
                .into_iter()
                .map(|line| (line.id, line.score.segment.name()))
                .collect();
        }
        if needs.clv {
            inputs.clv.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            let options = Options {
                unit: Unit::Week,
                months: CLV_MONTHS,
                monthly_discount: CLV_DISCOUNT,
                model: crate::stats::clv::CountModelKind::BgNbd,
            };
            let report = clv::report(&inputs.clv, |_| true, &options)
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
