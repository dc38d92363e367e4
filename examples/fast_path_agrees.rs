//! Checks the fast reader of listings against the full reader on every
//! customer file of a book: how many files the fast path reads, and that
//! each of them reads exactly as `parse_customer` reads it.
//!
//! ```text
//! cargo run --release --example fast_path_agrees -- BOOK_DIR
//! ```
//!
//! `benches/speed.sh` runs it on the generated 100,000-customer book.
//! Exits 1 when a file reads differently.

use std::path::PathBuf;
use std::process::ExitCode;

use rapport::model::fast::read_customer;
use rapport::model::parse::parse_customer;
use rayon::prelude::*;

fn main() -> ExitCode {
    let Some(book) = std::env::args().nth(1) else {
        eprintln!("usage: fast_path_agrees BOOK_DIR");
        return ExitCode::from(2);
    };
    let paths: Vec<PathBuf> = match std::fs::read_dir(PathBuf::from(&book).join("customers")) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) => {
            eprintln!("fast_path_agrees: {book}/customers: {e}");
            return ExitCode::FAILURE;
        }
    };
    let results: Vec<(bool, bool)> = paths
        .par_iter()
        .map(|path| {
            let Ok(text) = std::fs::read_to_string(path) else {
                return (false, true);
            };
            match read_customer(&text) {
                None => (false, true),
                Some(fast) => {
                    let same = parse_customer(&text, path, None).customer == Some(fast);
                    if !same {
                        eprintln!("fast_path_agrees: {} reads differently", path.display());
                    }
                    (true, same)
                }
            }
        })
        .collect();
    let fast = results.iter().filter(|(f, _)| *f).count();
    let differ = results.iter().filter(|(_, same)| !same).count();
    println!(
        "{} files: {fast} read on the fast path, {differ} differing from the full reader",
        paths.len()
    );
    if differ > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
