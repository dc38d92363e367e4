//! Statistics over customers: RFM scoring and the BG/NBD + Gamma-Gamma lifetime-value
//! models. Pure functions over plain numbers; nothing here reads or writes files.
//!
//! - `rfm`: recency/frequency/monetary scores and segments (DESIGN.md section 7)
//! - `clv`: purchase summaries, the BG/NBD and Gamma-Gamma fits, and predicted CLV

pub mod clv;
pub mod rfm;

#[cfg(test)]
mod test_data;
