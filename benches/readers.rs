//! The fast reader of customer files (`src/model/fast.rs`) against the full
//! reader (`src/model/parse.rs`, on toml_edit): the files of a generated
//! book, read from memory (see `support.rs` for which book).
//!
//! ```text
//! cargo bench --bench readers
//! RAPPORT_BENCH_BOOK=/tmp/book100k cargo bench --bench readers
//! ```

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rapport::model::fast::{self, Parts};
use rapport::model::parse::parse_customer;

#[allow(dead_code)]
#[path = "../examples/generate/large.rs"]
mod large;
#[allow(dead_code)]
#[path = "../examples/generate/pools.rs"]
mod pools;
mod support;

fn readers(c: &mut Criterion) {
    let files = support::sample(&support::book());
    let fast_ones = files
        .iter()
        .filter(|(_, text)| fast::read_customer(text).is_some())
        .count();
    eprintln!("the fast reader reads {fast_ones} of {} files", files.len());

    let mut group = c.benchmark_group("read customer files");
    group.throughput(Throughput::Elements(files.len() as u64));
    group.bench_function("full reader (parse.rs)", |b| {
        b.iter(|| {
            for (path, text) in &files {
                black_box(parse_customer(black_box(text), path, None));
            }
        })
    });
    group.bench_function("fast reader, all parts (fast.rs)", |b| {
        b.iter(|| {
            for (_, text) in &files {
                black_box(fast::read_customer(black_box(text)));
            }
        })
    });
    // What a bulk read does: one reused record per thread, only the parts
    // the command needs (here those of `stage = customer and revenue > 1000`).
    group.bench_function("fast reader, reused record, query's parts", |b| {
        let mut record = fast::Reusable::default();
        let parts = Parts::STAGE | Parts::FIGURES;
        b.iter(|| {
            for (_, text) in &files {
                black_box(record.read(black_box(text), parts).is_some());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, readers);
criterion_main!(benches);
