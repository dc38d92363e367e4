//! Reports: pure functions from customers to figures, and from figures to
//! a [`crate::table::Report`] whose every table is described once, column
//! by column (key, header, typed value, display form); `output` derives
//! each format from that. Nothing here reads files or prints; the commands
//! read, and the printer prints.
//!
//! Each report takes the customers already selected (`--where`) and a
//! [`Scope`]: the period, the day it is as of, the book's settings and the
//! grouping of `--by`. Its figures are defined in DESIGN.md section 7 and in
//! each module's documentation; [`lifecycle`] holds what several share
//! (the stage on a day, becoming a customer, being active).

pub mod activity;
pub mod agenda;
pub mod calendar;
pub mod clv;
pub mod clv_holdout;
pub mod cohorts;
pub mod deals;
pub mod followups;
pub mod funnel;
pub mod journey;
pub mod kano;
pub mod lifecycle;
pub mod measure;
pub mod nps;
pub mod pipeline;
pub mod profile;
pub mod rfm;
pub mod scope;
pub mod service;
pub mod servqual;
pub mod summary;

pub use scope::{Grouping, Period, Scope};
