//! The cache's hand-written codec (`src/book/cache/codec.rs`) against a
//! derived serde codec (postcard) of the same records: encode and decode of
//! the customers of a generated book (see `support.rs` for which book).
//!
//! ```text
//! cargo bench --bench cache_codec
//! RAPPORT_BENCH_BOOK=/tmp/book100k cargo bench --bench cache_codec
//! ```
//!
//! The model types carry no serde derives, so the serde side works on a
//! mirror of them with `#[derive(Serialize, Deserialize)]`; converting to
//! and from the mirror is left out of the timings (a derive on the model
//! itself would not need it), so the serde side is timed at its best.

use std::collections::BTreeMap;
use std::hint::black_box;

use chrono::{Datelike, NaiveDate, Timelike};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rapport::book::cache::codec;
use rapport::model::customer::{Deal, Interaction, Kind, Value};
use rapport::model::fast::{self, Parts};
use rapport::model::parse::parse_customer;
use rapport::model::{Customer, When};
use serde::{Deserialize, Serialize};

#[allow(dead_code)]
#[path = "../examples/generate/large.rs"]
mod large;
#[allow(dead_code)]
#[path = "../examples/generate/pools.rs"]
mod pools;
mod support;

/// A day as its number from the common era.
fn day(d: NaiveDate) -> i32 {
    d.num_days_from_ce()
}

#[derive(Serialize, Deserialize)]
enum SWhen {
    Date(i32),
    DateTime(i32, u32, u32),
}

fn when(w: When) -> SWhen {
    match w {
        When::Date(d) => SWhen::Date(day(d)),
        When::DateTime(dt) => SWhen::DateTime(
            day(dt.date()),
            dt.num_seconds_from_midnight(),
            dt.nanosecond(),
        ),
    }
}

#[derive(Serialize, Deserialize)]
enum SValue {
    String(String),
    Integer(i64),
    Float(f64),
    Bool(bool),
    Date(SWhen),
    List(Vec<SValue>),
    Table(BTreeMap<String, SValue>),
}

fn value(v: &Value) -> SValue {
    match v {
        Value::String(s) => SValue::String(s.clone()),
        Value::Integer(i) => SValue::Integer(*i),
        Value::Float(f) => SValue::Float(*f),
        Value::Bool(b) => SValue::Bool(*b),
        Value::Date(w) => SValue::Date(when(*w)),
        Value::List(l) => SValue::List(l.iter().map(value).collect()),
        Value::Table(t) => SValue::Table(map(t)),
    }
}

fn map(m: &BTreeMap<String, Value>) -> BTreeMap<String, SValue> {
    m.iter().map(|(k, v)| (k.clone(), value(v))).collect()
}

#[derive(Serialize, Deserialize)]
struct SDeal {
    title: String,
    key: Option<String>,
    value: Option<i128>,
    stage: String,
    opened: Option<i32>,
    closed: Option<i32>,
    lost_reason: Option<String>,
    extra: BTreeMap<String, SValue>,
}

#[derive(Serialize, Deserialize)]
struct SInteraction {
    date: SWhen,
    kind: String,
    amount: Option<i128>,
    summary: Option<String>,
    reference: Option<String>,
    nps: Option<u8>,
    csat: Option<u8>,
    from: Option<String>,
    to: Option<String>,
    resolved: Option<SWhen>,
    owner: Option<String>,
    priority: Option<String>,
    extra: BTreeMap<String, SValue>,
}

/// Every stored part of a [`Customer`] (the id is the file's name).
#[derive(Serialize, Deserialize)]
struct SCustomer {
    name: String,
    kind: Option<bool>,
    stage: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    website: Option<String>,
    company: Option<String>,
    owner: Option<String>,
    tags: Vec<String>,
    source: Option<String>,
    acquisition_cost: Option<i128>,
    created: Option<i32>,
    address: [Option<String>; 4],
    fields: BTreeMap<String, SValue>,
    next: (Option<SWhen>, Option<String>),
    consent: (Option<bool>, Option<i32>),
    deals: Vec<SDeal>,
    interactions: Vec<SInteraction>,
    extra: BTreeMap<String, SValue>,
}

fn mirror(c: &Customer) -> SCustomer {
    let deal = |d: &Deal| SDeal {
        title: d.title.clone(),
        key: d.key.clone(),
        value: d.value.map(|m| m.cents()),
        stage: d.stage.clone(),
        opened: d.opened.map(day),
        closed: d.closed.map(day),
        lost_reason: d.lost_reason.clone(),
        extra: map(&d.extra),
    };
    let interaction = |i: &Interaction| SInteraction {
        date: when(i.date),
        kind: i.kind.clone(),
        amount: i.amount.map(|m| m.cents()),
        summary: i.summary.clone(),
        reference: i.reference.clone(),
        nps: i.nps,
        csat: i.csat,
        from: i.from.clone(),
        to: i.to.clone(),
        resolved: i.resolved.map(when),
        owner: i.owner.clone(),
        priority: i.priority.clone(),
        extra: map(&i.extra),
    };
    SCustomer {
        name: c.name.clone(),
        kind: c.kind.map(|k| k == Kind::Company),
        stage: c.stage.clone(),
        email: c.email.clone(),
        phone: c.phone.clone(),
        website: c.website.clone(),
        company: c.company.clone(),
        owner: c.owner.clone(),
        tags: c.tags.clone(),
        source: c.source.clone(),
        acquisition_cost: c.acquisition_cost.map(|m| m.cents()),
        created: c.created.map(day),
        address: [
            c.address.street.clone(),
            c.address.city.clone(),
            c.address.postcode.clone(),
            c.address.country.clone(),
        ],
        fields: map(&c.fields),
        next: (c.next.date.map(when), c.next.action.clone()),
        consent: (c.consent.email, c.consent.date.map(day)),
        deals: c.deals.iter().map(deal).collect(),
        interactions: c.interactions.iter().map(interaction).collect(),
        extra: map(&c.extra),
    }
}

fn codecs(c: &mut Criterion) {
    let files = support::sample(&support::book());
    let customers: Vec<Customer> = files
        .iter()
        .filter_map(|(path, text)| parse_customer(text, path, None).customer)
        .collect();
    let mirrors: Vec<SCustomer> = customers.iter().map(mirror).collect();

    let hand: Vec<Vec<u8>> = customers
        .iter()
        .map(|c| {
            let mut out = Vec::new();
            codec::encode(c, &mut out);
            out
        })
        .collect();
    let serde: Vec<Vec<u8>> = mirrors
        .iter()
        .map(|m| postcard::to_allocvec(m).expect("postcard encodes"))
        .collect();
    // The hand-written codec reads back what it wrote (the id is the
    // file's name, not encoded).
    let mut record = fast::Reusable::default();
    for (c, bytes) in customers.iter().zip(&hand) {
        let back = codec::decode(bytes, Parts::ALL, &mut record).expect("codec decodes");
        assert_eq!(
            *back,
            Customer {
                id: None,
                ..c.clone()
            }
        );
    }
    let size = |all: &[Vec<u8>]| all.iter().map(Vec::len).sum::<usize>();
    eprintln!(
        "{} customers: hand-written codec {} bytes, postcard {} bytes",
        customers.len(),
        size(&hand),
        size(&serde)
    );

    let mut group = c.benchmark_group("cache codec");
    group.throughput(Throughput::Elements(customers.len() as u64));
    group.bench_function("encode, hand-written (codec.rs)", |b| {
        let mut out = Vec::with_capacity(size(&hand));
        b.iter(|| {
            out.clear();
            for c in &customers {
                codec::encode(black_box(c), &mut out);
            }
            black_box(out.len())
        })
    });
    group.bench_function("encode, serde + postcard", |b| {
        let mut out = Vec::with_capacity(size(&serde));
        b.iter(|| {
            out.clear();
            for m in &mirrors {
                let taken = std::mem::take(&mut out);
                out = postcard::to_extend(black_box(m), taken).expect("postcard encodes");
            }
            black_box(out.len())
        })
    });
    group.bench_function("decode all parts, hand-written (codec.rs)", |b| {
        let mut record = fast::Reusable::default();
        b.iter(|| {
            for bytes in &hand {
                black_box(codec::decode(black_box(bytes), Parts::ALL, &mut record).is_some());
            }
        })
    });
    group.bench_function("decode all parts, hand-written, fresh record", |b| {
        b.iter(|| {
            for bytes in &hand {
                let mut record = fast::Reusable::default();
                black_box(codec::decode(black_box(bytes), Parts::ALL, &mut record).is_some());
            }
        })
    });
    group.bench_function("decode query's parts, hand-written (codec.rs)", |b| {
        let mut record = fast::Reusable::default();
        let parts = Parts::STAGE | Parts::FIGURES;
        b.iter(|| {
            for bytes in &hand {
                black_box(codec::decode(black_box(bytes), parts, &mut record).is_some());
            }
        })
    });
    group.bench_function("decode, serde + postcard", |b| {
        b.iter(|| {
            for bytes in &serde {
                let m: SCustomer =
                    postcard::from_bytes(black_box(bytes)).expect("postcard decodes");
                black_box(m);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, codecs);
criterion_main!(benches);
