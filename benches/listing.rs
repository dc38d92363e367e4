//! Listing customers/ as rapport does (`list_files` in `src/book/load.rs`,
//! its names kept in one string per chunk of entries) against plain
//! `std::fs::read_dir` and walkdir doing the same work: every `.toml` entry
//! that is a regular file, its id checked, its path made, sorted by id. On a
//! generated book (see `support.rs`).
//!
//! rapport listed through rustix's `getdents64` into one 64 KB buffer until
//! this benchmark found it 1.05× as fast as `read_dir` on 100,000 files
//! (within the noise, docs/speed.md); it now lists with `read_dir` too.
//!
//! ```text
//! cargo bench --bench listing
//! RAPPORT_BENCH_BOOK=/tmp/book100k cargo bench --bench listing
//! ```

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rapport::book::Book;
use rapport::book::load::list_files;
use rapport::model::Id;

#[allow(dead_code)]
#[path = "../examples/generate/large.rs"]
mod large;
#[allow(dead_code)]
#[path = "../examples/generate/pools.rs"]
mod pools;
mod support;

/// Keeps the entry `name` of `dir` when it is a customer file.
fn customer(dir: &Path, name: &std::ffi::OsStr, is_file: bool) -> Option<(Id, PathBuf)> {
    let name = name.to_str()?;
    let stem = name.strip_suffix(".toml")?;
    if !is_file {
        return None;
    }
    Some((Id::parse(stem).ok()?, dir.join(name)))
}

fn with_read_dir(dir: &Path) -> Vec<(Id, PathBuf)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("listing customers/")
        .filter_map(|e| {
            let e = e.expect("listing customers/");
            let is_file = e.file_type().is_ok_and(|t| t.is_file());
            customer(dir, &e.file_name(), is_file)
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

fn with_walkdir(dir: &Path) -> Vec<(Id, PathBuf)> {
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .max_depth(1)
        .into_iter()
        .filter_map(|e| {
            let e = e.expect("listing customers/");
            customer(dir, e.file_name(), e.file_type().is_file())
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

fn listing(c: &mut Criterion) {
    let book = Book::open(&support::book()).expect("opening the benchmark book");
    let dir = book.customers_dir();
    let (files, _) = list_files(&book).expect("listing customers/");
    assert_eq!(files, with_read_dir(&dir));
    assert_eq!(files, with_walkdir(&dir));
    eprintln!("{}: {} customer files", dir.display(), files.len());

    let mut group = c.benchmark_group("list customers");
    group.throughput(Throughput::Elements(files.len() as u64));
    group.bench_function("list_files (load.rs)", |b| {
        b.iter(|| black_box(list_files(black_box(&book)).expect("listing").0.len()))
    });
    group.bench_function("std::fs::read_dir", |b| {
        b.iter(|| black_box(with_read_dir(black_box(&dir)).len()))
    });
    group.bench_function("walkdir", |b| {
        b.iter(|| black_box(with_walkdir(black_box(&dir)).len()))
    });
    group.finish();
}

criterion_group!(benches, listing);
criterion_main!(benches);
