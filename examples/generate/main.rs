//! The seeded generator of books: the demo book the README's examples run
//! on, and large books for benchmarks.
//!
//! ```text
//! cargo run --example generate -- --demo examples/demo-book
//! cargo run --release --example generate -- DIR --customers 100000 --seed 1
//! ```
//!
//! `--demo` writes the demo book (`demo.rs`): about 300 customers of a small
//! packaging supplier selling in Latvia, Czechia and Serbia, three years of
//! history up to 2026-11-23. The other mode writes a large book of N
//! customers (`large.rs`). Both write `rapport.toml`, `customers/<id>.toml`,
//! `.gitattributes` and `.gitignore` into a new folder, and the same
//! arguments always write the same files, byte for byte.

mod demo;
mod large;
mod pools;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: generate --demo DIR\n       generate DIR [--customers N] [--seed N]";

enum Mode {
    Help,
    Demo(PathBuf),
    Large {
        dir: PathBuf,
        customers: usize,
        seed: u64,
    },
}

fn main() -> ExitCode {
    let mode = match parse_args() {
        Ok(m) => m,
        Err(message) => {
            eprintln!("generate: {message}");
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let done = match &mode {
        Mode::Help => {
            println!("{USAGE}");
            Ok(())
        }
        Mode::Demo(dir) => demo::generate(dir),
        Mode::Large {
            dir,
            customers,
            seed,
        } => large::generate(dir, *customers, *seed),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("generate: {e}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args() -> Result<Mode, String> {
    let mut dir = None;
    let mut demo = false;
    let mut customers = None;
    let mut seed = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--demo" => demo = true,
            "--customers" => {
                let n = args.next().and_then(|v| v.parse().ok());
                customers = Some(n.ok_or("--customers needs a number")?);
            }
            "--seed" => {
                let n = args.next().and_then(|v| v.parse().ok());
                seed = Some(n.ok_or("--seed needs a number")?);
            }
            "-h" | "--help" => return Ok(Mode::Help),
            other if other.starts_with('-') => return Err(format!("unknown option {other}")),
            other if dir.is_none() => dir = Some(PathBuf::from(other)),
            other => return Err(format!("one folder only, not also {other}")),
        }
    }
    let dir = dir.ok_or("no folder given")?;
    if demo {
        if customers.is_some() || seed.is_some() {
            return Err("the demo book has a fixed size and seed".into());
        }
        return Ok(Mode::Demo(dir));
    }
    Ok(Mode::Large {
        dir,
        customers: customers.unwrap_or(1000),
        seed: seed.unwrap_or(1),
    })
}
