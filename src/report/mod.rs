//! Reports: pure functions from customers to figures and rows. Nothing here
//! reads files or prints; the commands do.

pub mod clv;
