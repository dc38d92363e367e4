//! rapport: a customer relationship manager for people who live in a
//! terminal and keep their records in git.
//!
//! A *book* is a folder with `rapport.toml` and one TOML file per customer.
//! Data flows one way: **book → model → query / report / stats → table →
//! output**.
//!
//! - [`book`]: finding the book, its settings, the lock, atomic and
//!   format-preserving writes, reading every customer in parallel.
//! - [`model`]: customers, interactions, deals, money, ids and dates, the
//!   reader that builds them from a file, and the figures derived from them.
//! - [`query`]: the query language (`stage = customer and revenue > 1000`),
//!   the fields every listing, sort and group-by names, and listings.
//! - [`report`]: reports as pure functions from customers to figures, and
//!   each report's tables described once, column by column.
//! - [`table`]: the typed rows, cells and described tables every layer
//!   hands to the printer; below all of them, importing none.
//! - [`output`]: the printer and its formats (table, csv, tsv, json, ndjson,
//!   ids, markdown, html), derived from [`table`]; the only stdout; stderr
//!   diagnostics.
//! - [`survey`]: research surveys (KANO, SERVQUAL): their declaration,
//!   answers and evaluations; pure functions.
//! - [`stats`]: RFM scoring and the BG/NBD + Gamma-Gamma lifetime-value
//!   models; pure functions, no I/O.
//! - [`git`]: the merge driver, commit-as-audit-log and a customer's
//!   history from git.
//! - [`csv`]: CSV import (encodings, delimiters, column mapping, validation,
//!   run as passes in [`csv::import`]) and export.
//! - [`vcard`]: contacts as vCards: reading cards into the rows of the
//!   customer import, and customers as cards for export.
//! - [`mail`]: `import --mail`: an mbox, a Maildir or `.eml` files logged
//!   as `email` interactions on the customers they were exchanged with.
//!
//! Only [`cli`], [`commands`] and [`output`] print or know clap: library
//! code tells progress through [`book::load::Progress`] and notes through
//! [`diag::Notes`], or returns them.
//! - [`lang`]: the language people read (en, lv, cs, sr, sr-Latn): its
//!   messages (Fluent) and number and date forms (CLDR); machine output
//!   never uses it.
//! - [`diag`]: located problems (`file:line:column: message`).
//! - [`cli`] and [`commands`]: the command line, one module per subcommand.
//! - [`error`]: error kinds and their exit codes.

pub mod book;
pub mod cli;
pub mod commands;
pub mod csv;
pub mod diag;
pub mod error;
pub(crate) mod git;
pub mod lang;
pub(crate) mod mail;
pub mod model;
pub mod output;
pub mod query;
pub(crate) mod report;
pub mod stats;
pub(crate) mod survey;
pub(crate) mod table;
pub(crate) mod vcard;
