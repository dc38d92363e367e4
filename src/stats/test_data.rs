//! Test-only readers for the public CDNOW reference data in `tests/data/cdnow/` (see its
//! README): the raw purchase logs and the published per-customer summaries.

use std::path::PathBuf;

use chrono::NaiveDate;

/// Path of a file in the repository's copy of the data, `tests/data/cdnow/`.
pub fn data(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cdnow/")).join(name)
}

/// Reads a data file to a string.
pub fn read(name: &str) -> String {
    let path = data(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Parses an amount with two decimals ("29.33") to cents exactly, from its text.
pub fn cents(text: &str) -> i64 {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "00"));
    assert_eq!(fraction.len(), 2, "amount {text} has two decimals");
    whole.parse::<i64>().unwrap() * 100 + fraction.parse::<i64>().unwrap()
}

/// Parses YYYYMMDD.
pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y%m%d").unwrap()
}

/// One purchase row of a CDNOW log.
#[derive(Debug, Clone)]
pub struct Purchase {
    /// Customer id as written (zero-padded, so text order is numeric order).
    pub customer: String,
    pub date: NaiveDate,
    pub cents: i64,
}

/// `CDNOW_master.txt`: one header line, then customer_id, date, cds, dollars.
pub fn master_purchases() -> Vec<Purchase> {
    read("CDNOW_master.txt")
        .lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            Purchase {
                customer: f[0].to_owned(),
                date: date(f[1]),
                cents: cents(f[3]),
            }
        })
        .collect()
}

/// `CDNOW_sample.txt`: no header; master id, sample id, date, cds, dollars. The
/// customer is the sample id (1..2357), matching the summary files' ID.
pub fn sample_purchases() -> Vec<Purchase> {
    read("CDNOW_sample.txt")
        .lines()
        .map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            Purchase {
                customer: f[1].parse::<u32>().unwrap().to_string(),
                date: date(f[2]),
                cents: cents(f[4]),
            }
        })
        .collect()
}

/// Groups purchases by customer, customers in ascending text order.
pub fn by_customer(mut purchases: Vec<Purchase>) -> Vec<(String, Vec<(NaiveDate, i64)>)> {
    purchases.sort_by(|a, b| a.customer.cmp(&b.customer));
    purchases
        .chunk_by(|a, b| a.customer == b.customer)
        .map(|rows| {
            let history = rows.iter().map(|p| (p.date, p.cents)).collect();
            (rows[0].customer.clone(), history)
        })
        .collect()
}

/// A row of `cdnow_customers_summary_with_transactions.csv`: ID, x, t_x, T, zbar.
#[derive(Debug, Clone, Copy)]
pub struct PublishedSummary {
    pub id: u32,
    pub x: f64,
    pub t_x: f64,
    pub t: f64,
    pub zbar: f64,
}

/// Reads `cdnow_customers_summary_with_transactions.csv`, checking its header.
pub fn published_summaries() -> Vec<PublishedSummary> {
    let text = read("cdnow_customers_summary_with_transactions.csv");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("ID,x,t_x,T,zbar"));
    lines
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            PublishedSummary {
                id: f[0].parse().unwrap(),
                x: f[1].parse().unwrap(),
                t_x: f[2].parse().unwrap(),
                t: f[3].parse().unwrap(),
                zbar: f[4].parse().unwrap(),
            }
        })
        .collect()
}

/// Reads `cdnow_customers_summary.csv` (ID, frequency = x, recency = t_x, T, in
/// weeks), checking its header; returns (x, t_x, T) per customer.
pub fn published_bgnbd_summaries() -> Vec<(f64, f64, f64)> {
    let text = read("cdnow_customers_summary.csv");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("ID,frequency,recency,T"));
    lines
        .map(|line| {
            let f: Vec<f64> = line.split(',').map(|v| v.parse().unwrap()).collect();
            (f[1], f[2], f[3])
        })
        .collect()
}

/// A row of `cdnow_holdout_reference.csv` (written by `pareto_holdout_reference.py`
/// beside it): a sample customer's calibration summary to 1997-09-30 in weeks, their
/// purchase days from 1997-10-01 to 1998-06-30, and lifetimes 0.11.3's conditional
/// expectations of them over 39 weeks under BG/NBD and Pareto/NBD.
#[derive(Debug, Clone, Copy)]
pub struct HoldoutReference {
    pub id: u32,
    pub x: f64,
    pub t_x: f64,
    pub t: f64,
    pub holdout: u32,
    pub bgnbd: f64,
    pub pareto_nbd: f64,
}

/// Reads `cdnow_holdout_reference.csv`, checking its header.
pub fn holdout_reference() -> Vec<HoldoutReference> {
    let text = read("cdnow_holdout_reference.csv");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("id,x,t_x,T,holdout,bgnbd,pareto_nbd"));
    lines
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            HoldoutReference {
                id: f[0].parse().unwrap(),
                x: f[1].parse().unwrap(),
                t_x: f[2].parse().unwrap(),
                t: f[3].parse().unwrap(),
                holdout: f[4].parse().unwrap(),
                bgnbd: f[5].parse().unwrap(),
                pareto_nbd: f[6].parse().unwrap(),
            }
        })
        .collect()
}
