//! The query language: `stage = customer and revenue > 1000`.
//!
//! Text flows through [`lexer`] (tokens with spans) and [`parser`] (an
//! [`ast::Expr`]) into [`eval`], which resolves every field through
//! [`fields`] — the one place that knows every field path and derived
//! figure — types each value by its field, inlines saved segments, and
//! yields a [`Filter`] evaluated per customer. [`listing`] turns the
//! selected customers into rows (`--columns`, `--sort`, `--limit`).
//! Errors are [`QueryError`]s, shown with a caret under the word.
//!
//! The language is documented for users in docs/query.md.

pub mod ast;
pub mod error;
pub mod eval;
pub mod fields;
pub mod lexer;
pub mod listing;
pub mod parser;
pub mod population;
pub mod quick;

pub use error::QueryError;
pub use eval::{Filter, SEGMENT_FIELD};
pub use fields::{Field, FieldValue, Subject};
pub use listing::Listing;
pub use population::{Needs, Population};
