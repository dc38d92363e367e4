//! Tables of typed values: what the library hands to the printer. It sits
//! below every layer that makes rows (`query`, `report`, `csv`, the
//! commands) and the one that prints them (`output`), so the arrows run one
//! way: the library builds these values, only `output` turns them into text.
//!
//! - [`Cell`] and [`Rows`]: a typed value, and rows under named columns
//!   (listings, exports).
//! - [`Label`]: text people read, with the message id a translation looks
//!   it up by.
//! - [`Column`], [`Form`], [`Table`]: a table described once, column by
//!   column (key, header, typed value, display form), from which every
//!   format is derived.
//! - [`Report`], [`Block`], [`Chart`]: a report: its facts, its data table,
//!   the tables and charts people read.
//! - [`Record`]: one thing printed as a whole (a customer).
//! - [`guard`]: the formula guard every csv and tsv cell gets.

mod cell;
mod column;
pub mod guard;
mod label;
mod record;
mod report;
mod rows;

pub use cell::Cell;
pub use column::{Audience, Column, Form, Layout, Row, Table, Value, percent, trim_decimals};
pub use label::Label;
pub use record::Record;
pub use report::{Bar, Block, Chart, Report, Scatter};
pub use rows::Rows;
