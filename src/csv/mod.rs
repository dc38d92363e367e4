//! CSV import and export, for the files real spreadsheets and CRMs produce.
//!
//! Import reads a file ([`source`]: encodings, the delimiter, records with
//! their lines), maps its columns to fields ([`mapping`], [`synonyms`]),
//! reads each cell into a typed value ([`cells`], [`dates`], [`numbers`],
//! [`guard`]), and turns the rows into files to create or change
//! ([`customers`], [`entries`] for interactions and deals). Other CRMs'
//! exports are told by their header ([`dialects`]). Every problem is
//! collected first ([`problems`]); nothing is written unless there is none.
//! [`import`] runs these as passes (read, map, validate, plan, write) and
//! never prints: `rapport import` only shows what it tells.
//! Export ([`export`]) turns customers into rows that import reads back into
//! the same files.

pub mod cells;
pub mod customers;
pub mod dates;
pub mod dialects;
pub mod entries;
pub mod export;
pub mod guard;
pub mod import;
pub mod mapping;
pub use crate::model::number as numbers;
pub mod problems;
pub mod source;
pub mod synonyms;
