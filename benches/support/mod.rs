//! What the criterion benchmarks share: the book they run on and the
//! customer files they read.
//!
//! The book is `RAPPORT_BENCH_BOOK` when it is set (docs/speed.md generates
//! the 100,000-customer one), else a book of 2,000 customers generated with
//! seed 1 into `target/bench-book-2000` on first use, so `cargo bench` runs
//! on a fresh clone. `RAPPORT_BENCH_FILES` (default 5,000) is how many of its
//! files the readers and the codec work on: an even sample of the book,
//! in the order of the file names.

use std::path::{Path, PathBuf};

/// The book's folder, generated first when no book is given.
pub fn book() -> PathBuf {
    if let Some(dir) = std::env::var_os("RAPPORT_BENCH_BOOK") {
        return PathBuf::from(dir);
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-book-2000");
    if !dir.join("rapport.toml").exists() {
        // Generated beside it and renamed into place: a run stopped half
        // way leaves no half book to be taken for a whole one.
        let part = dir.with_extension("part");
        let _ = std::fs::remove_dir_all(&part);
        crate::large::generate(&part, 2000, 1).expect("generating the benchmark book");
        std::fs::rename(&part, &dir).expect("moving the benchmark book into place");
    }
    dir
}

/// The names of the book's customer files, sorted.
fn customer_files(book: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(book.join("customers"))
        .expect("listing customers/")
        .map(|e| e.expect("listing customers/").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

/// An even sample of the book's customer files: (path, text).
#[allow(dead_code)] // the listing's benchmark reads no file
pub fn sample(book: &Path) -> Vec<(PathBuf, String)> {
    let files = customer_files(book);
    let wanted: usize = std::env::var("RAPPORT_BENCH_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let step = files.len().div_ceil(wanted.max(1)).max(1);
    let sample: Vec<_> = files
        .into_iter()
        .step_by(step)
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("reading a customer file");
            (p, text)
        })
        .collect();
    eprintln!(
        "bench book {}: {} customer files sampled",
        book.display(),
        sample.len()
    );
    sample
}
