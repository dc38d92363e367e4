//! Property tests of the customer file as rapport writes it: any customer
//! (Unicode everywhere, custom fields of every type, deals, interactions
//! dated by day or to the second, money at its limits), written through the
//! code `add`, `set` and `log` use (`change::apply` and `CustomerDoc`),
//! reads back equal, and Python's tomllib (a TOML 1.0 reader) reads the
//! same values from it.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Value as J, json};
use toml_edit::Value as Toml;

use super::change::{self, Change};
use super::document::{CustomerDoc, date_value, money_value};
use super::settings::parse_settings;
use super::values::to_toml;
use crate::diag::Severity;
use crate::model::customer::{Deal, Interaction, Kind, Value};
use crate::model::fields::{Got, LAYOUT, STORED};
use crate::model::parse::{DEAL_KEYS, INTERACTION_KEYS, parse_customer};
use crate::model::{Customer, Money, When};

/// Writes `c` as `rapport add` + `set` + `log` would: scalar keys through
/// `change::apply`, entries appended with `CustomerDoc`.
pub(crate) fn render(c: &Customer) -> String {
    let mut doc = CustomerDoc::new();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut put = |path: &[&str], value: Toml| {
        let path = path.iter().map(|s| s.to_string()).collect();
        change::apply(&mut doc, &Change::Value(path, value), today);
    };
    // The stored fields but the tags (set last, as `set tags=` does).
    for f in STORED {
        let value = match f.get(c) {
            Got::Missing | Got::List(_) => continue,
            Got::Text(s) => Toml::from(s),
            Got::Money(m) => money_value(m),
            Got::Date(d) => date_value(d),
            Got::Bool(b) => Toml::from(b),
        };
        put(&f.keys(), value);
    }
    for (name, value) in &c.fields {
        put(&["fields", name], to_toml(value));
    }
    for (key, value) in &c.extra {
        put(&[key], to_toml(value));
    }
    if !c.tags.is_empty() {
        change::apply(&mut doc, &Change::Tags(c.tags.clone()), today);
    }
    for d in &c.deals {
        doc.append_deal(d);
    }
    for i in &c.interactions {
        doc.append_interaction(i);
    }
    doc.render()
}

// ---- strategies ----

/// Text as people write it: any printable Unicode, names in Latvian,
/// Serbian Cyrillic and Czech, and the characters TOML must escape.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "\\PC{0,24}",
        2 => "[a-zA-Z0-9 āčēģīķļņšūžĀČĒŠŽЂђЉљЏџěřůý'\"\\\\\\t\\n\\r\u{1b}\u{7f}\u{feff}\u{2028}#=\\[\\]{}.,]{0,16}",
        1 => Just("Ēriks Ozoliņš".to_string()),
        1 => Just("Јована Петровић".to_string()),
        1 => Just("'''\"\"\"".to_string()),
    ]
}

fn name() -> impl Strategy<Value = String> {
    text().prop_filter("a name is not blank", |s| !s.trim().is_empty())
}

/// A key that rapport does not know in `known`'s place.
fn unknown_key(known: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof!["[a-z_][a-z0-9_-]{0,8}", "\\PC{1,6}", Just(String::new())]
        .prop_filter("not a known key", move |k| !known.contains(&k.as_str()))
}

fn day() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        (1i32..=9999, 1u32..=366)
            .prop_filter_map("a real day", |(y, d)| { NaiveDate::from_yo_opt(y, d) }),
        Just(NaiveDate::from_ymd_opt(1, 1, 1).unwrap()),
        Just(NaiveDate::from_ymd_opt(9999, 12, 31).unwrap()),
        Just(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()),
    ]
}

fn moment() -> impl Strategy<Value = NaiveDateTime> {
    (day(), 0u32..86_400)
        .prop_map(|(d, s)| d.and_time(NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap()))
}

fn when() -> impl Strategy<Value = When> {
    prop_oneof![
        day().prop_map(When::Date),
        moment().prop_map(When::DateTime)
    ]
}

/// Money anywhere in ±10^12, with the limits and the smallest amounts
/// likelier than chance would make them.
fn money() -> impl Strategy<Value = Money> {
    const LIMIT: i128 = 100_000_000_000_000; // 10^12 units, in cents
    prop_oneof![
        3 => -LIMIT..=LIMIT,
        1 => prop::sample::select(vec![-LIMIT, LIMIT, LIMIT - 1, -LIMIT + 1, 0, 1, -1, 10, 99, -99]),
    ]
    .prop_map(Money::from_cents)
}

/// A float TOML writes and reads exactly: every finite value and the
/// infinities (a NaN is never equal to itself, so it is left out).
fn float() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => any::<f64>().prop_filter("not NaN", |x| !x.is_nan()),
        1 => prop::sample::select(vec![0.0, -0.0, 0.1, 1e300, -1e-300, 5e-324, f64::MAX, f64::INFINITY, f64::NEG_INFINITY]),
    ]
}

/// Any value a custom field or an unknown key can hold.
fn value() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        text().prop_map(Value::String),
        any::<i64>().prop_map(Value::Integer),
        float().prop_map(Value::Float),
        any::<bool>().prop_map(Value::Bool),
        when().prop_map(Value::Date),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::List),
            btree_map(unknown_key(&[]), inner, 0..3).prop_map(Value::Table),
        ]
    })
    .boxed()
}

fn opt<T: std::fmt::Debug>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Option<T>> {
    prop::option::of(s)
}

fn deal() -> BoxedStrategy<Deal> {
    (
        (text(), opt(text()), opt(money()), text()),
        (opt(day()), opt(day()), opt(text())),
        btree_map(unknown_key(DEAL_KEYS), value(), 0..2),
    )
        .prop_map(
            |((title, key, value, stage), (opened, closed, lost_reason), extra)| Deal {
                title,
                key,
                value,
                stage,
                opened,
                closed,
                lost_reason,
                extra,
            },
        )
        .boxed()
}

fn interaction() -> BoxedStrategy<Interaction> {
    (
        (when(), text(), opt(money()), opt(text()), opt(text())),
        (
            opt(0u8..=10),
            opt(1u8..=5),
            opt(1u8..=7),
            opt(text()),
            opt(text()),
        ),
        (opt(when()), opt(text()), opt(text())),
        btree_map(unknown_key(INTERACTION_KEYS), value(), 0..2),
    )
        .prop_map(
            |(
                (date, kind, amount, summary, reference),
                (nps, csat, ces, from, to),
                (resolved, owner, priority),
                extra,
            )| Interaction {
                date,
                kind,
                amount,
                summary,
                reference,
                nps,
                csat,
                ces,
                from,
                to,
                resolved,
                owner,
                priority,
                extra,
            },
        )
        .boxed()
}

/// Any customer. `fields` gives the custom fields.
fn customer_with(
    fields: impl Strategy<Value = BTreeMap<String, Value>> + 'static,
) -> BoxedStrategy<Customer> {
    let contact = (
        name(),
        opt(prop_oneof![Just(Kind::Person), Just(Kind::Company)]),
        opt(text()),
        opt(text()),
        opt(text()),
        opt("[a-z0-9][a-z0-9-]{0,20}"),
        opt(text()),
    );
    let more = (
        vec(text(), 0..4),
        opt(text()),
        opt(text()),
        opt(money()),
        opt(day()),
        (opt(text()), opt(text()), opt(text()), opt(text())),
    );
    let sections = (
        fields,
        (opt(when()), opt(text())),
        (opt(any::<bool>()), opt(day())),
        btree_map(unknown_key(&LAYOUT.top), value(), 0..2),
    );
    let history = (vec(deal(), 0..3), vec(interaction(), 0..5));
    (contact, more, sections, history)
        .prop_map(
            |(
                (name, kind, stage, email, phone, company, owner),
                (
                    tags,
                    website,
                    source,
                    acquisition_cost,
                    created,
                    (street, city, postcode, country),
                ),
                (fields, (next_date, action), (consent_email, consent_date), extra),
                (deals, interactions),
            )| Customer {
                id: None,
                name,
                kind,
                stage,
                email,
                phone,
                website,
                company,
                owner,
                tags,
                source,
                acquisition_cost,
                created,
                address: crate::model::customer::Address {
                    street,
                    city,
                    postcode,
                    country,
                },
                fields,
                next: crate::model::customer::Next {
                    date: next_date,
                    action,
                },
                consent: crate::model::customer::Consent {
                    email: consent_email,
                    date: consent_date,
                },
                deals,
                interactions,
                extra,
            },
        )
        .boxed()
}

pub(crate) fn customer() -> BoxedStrategy<Customer> {
    customer_with(btree_map(unknown_key(&[]), value(), 0..4))
}

/// The custom fields a book declares, one of each type.
const TYPED_SETTINGS: &str = r#"
[fields.text]
type = "string"
[fields.count]
type = "int"
[fields.ratio]
type = "number"
[fields.active]
type = "bool"
[fields.since]
type = "date"
[fields.industry]
type = "enum"
values = ["manufacturing", "retail", "services"]
[fields.topics]
type = "list"
"#;

/// Custom fields typed as [`TYPED_SETTINGS`] declares them.
fn typed_fields() -> impl Strategy<Value = BTreeMap<String, Value>> {
    let industry = prop::sample::select(vec!["manufacturing", "retail", "services"]);
    (
        opt(text()),
        opt(any::<i64>()),
        opt(prop_oneof![
            any::<i64>().prop_map(Value::Integer),
            float().prop_map(Value::Float)
        ]),
        opt(any::<bool>()),
        opt(when()),
        opt(industry),
        opt(vec(text(), 0..4)),
    )
        .prop_map(|(text, count, ratio, active, since, industry, topics)| {
            let mut f = BTreeMap::new();
            let mut put = |k: &str, v: Option<Value>| {
                if let Some(v) = v {
                    f.insert(k.to_string(), v);
                }
            };
            put("text", text.map(Value::String));
            put("count", count.map(Value::Integer));
            put("ratio", ratio);
            put("active", active.map(Value::Bool));
            put("since", since.map(Value::Date));
            put("industry", industry.map(|s| Value::String(s.to_string())));
            put(
                "topics",
                topics.map(|t| Value::List(t.into_iter().map(Value::String).collect())),
            );
            f
        })
}

// ---- the properties ----

fn read_back(text: &str) -> Customer {
    let parsed = parse_customer(text, Path::new("customers/x.toml"), None);
    match parsed.customer {
        Some(c) => c,
        None => panic!(
            "rapport cannot read its own file: {:?}\n{text}",
            parsed.first_error().map(|d| d.one_line())
        ),
    }
}

proptest! {
    #![proptest_config(Config { cases: 256, ..Config::default() })]

    #[test]
    fn a_customer_written_by_rapport_reads_back_equal(c in customer()) {
        let text = render(&c);
        prop_assert_eq!(read_back(&text), c, "file:\n{}", text);
    }

    #[test]
    fn typed_custom_fields_read_back_equal_and_fit_their_declaration(
        c in customer_with(typed_fields())
    ) {
        let settings = parse_settings(TYPED_SETTINGS, Path::new("rapport.toml"));
        prop_assert!(settings.diagnostics.is_empty(), "{:?}", settings.diagnostics);
        let text = render(&c);
        let parsed = parse_customer(&text, Path::new("customers/x.toml"), Some(&settings.settings.schema));
        let field_errors: Vec<String> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error && d.message.starts_with("fields."))
            .map(|d| d.one_line())
            .collect();
        prop_assert!(field_errors.is_empty(), "{:?}\n{}", field_errors, text);
        prop_assert_eq!(parsed.customer, Some(c));
    }

    #[test]
    fn an_appended_interaction_keeps_everything_else(
        c in customer(),
        extra in interaction(),
    ) {
        // `rapport log` on a file written earlier.
        let mut doc = CustomerDoc::parse(&render(&c)).unwrap();
        doc.append_interaction(&extra);
        let mut expected = c.clone();
        expected.interactions.push(extra);
        prop_assert_eq!(read_back(&doc.render()), expected);
    }
}

// ---- another reader: Python's tomllib ----

/// What Python should read from the file of `c`, in the shape the script
/// below prints: floats and integers as tagged strings, dates ISO.
fn expected_json(c: &Customer) -> J {
    let mut top = serde_json::Map::new();
    let put = |map: &mut serde_json::Map<String, J>, key: &str, v: Option<J>| {
        if let Some(v) = v {
            map.insert(key.to_string(), v);
        }
    };
    let s = |v: &Option<String>| v.as_ref().map(|s| J::from(s.as_str()));
    // The stored fields, from the field table: top-level keys, then tables.
    let mut tables: Vec<(&str, serde_json::Map<String, J>)> = Vec::new();
    for f in STORED {
        let value = match f.get(c) {
            Got::Missing | Got::List([]) => None,
            Got::Text(t) => Some(J::from(t)),
            Got::List(items) => Some(json!(items)),
            Got::Money(m) => Some(money_json(m)),
            Got::Date(d) => Some(when_json(d)),
            Got::Bool(b) => Some(json!({ "bool": b })),
        };
        match f.table() {
            None => put(&mut top, f.key(), value),
            Some(t) => {
                if !tables.iter().any(|(name, _)| *name == t) {
                    tables.push((t, serde_json::Map::new()));
                }
                if let Some((_, map)) = tables.iter_mut().find(|(name, _)| *name == t) {
                    put(map, f.key(), value);
                }
            }
        }
    }
    let fields: serde_json::Map<String, J> = c
        .fields
        .iter()
        .map(|(k, v)| (k.clone(), value_json(v)))
        .collect();
    tables.push(("fields", fields));
    for (name, map) in tables {
        if !map.is_empty() {
            top.insert(name.to_string(), J::Object(map));
        }
    }
    for (k, v) in &c.extra {
        top.insert(k.clone(), value_json(v));
    }
    let deals: Vec<J> = c
        .deals
        .iter()
        .map(|d| {
            let mut m = serde_json::Map::new();
            put(&mut m, "title", Some(J::from(d.title.as_str())));
            put(&mut m, "key", s(&d.key));
            put(&mut m, "lost_reason", s(&d.lost_reason));
            put(&mut m, "value", d.value.map(money_json));
            put(&mut m, "stage", Some(J::from(d.stage.as_str())));
            put(&mut m, "opened", d.opened.map(|x| when_json(When::Date(x))));
            put(&mut m, "closed", d.closed.map(|x| when_json(When::Date(x))));
            for (k, v) in &d.extra {
                m.insert(k.clone(), value_json(v));
            }
            J::Object(m)
        })
        .collect();
    if !deals.is_empty() {
        top.insert("deals".into(), J::Array(deals));
    }
    let interactions: Vec<J> = c
        .interactions
        .iter()
        .map(|i| {
            let mut m = serde_json::Map::new();
            let int = |n: Option<u8>| n.map(|n| json!({ "int": n.to_string() }));
            put(&mut m, "date", Some(when_json(i.date)));
            put(&mut m, "kind", Some(J::from(i.kind.as_str())));
            put(&mut m, "amount", i.amount.map(money_json));
            put(&mut m, "summary", s(&i.summary));
            put(&mut m, "ref", s(&i.reference));
            put(&mut m, "nps", int(i.nps));
            put(&mut m, "csat", int(i.csat));
            put(&mut m, "ces", int(i.ces));
            put(&mut m, "from", s(&i.from));
            put(&mut m, "to", s(&i.to));
            put(&mut m, "resolved", i.resolved.map(when_json));
            put(&mut m, "owner", s(&i.owner));
            put(&mut m, "priority", s(&i.priority));
            for (k, v) in &i.extra {
                m.insert(k.clone(), value_json(v));
            }
            J::Object(m)
        })
        .collect();
    if !interactions.is_empty() {
        top.insert("interactions".into(), J::Array(interactions));
    }
    J::Object(top)
}

fn money_json(m: Money) -> J {
    json!({ "float": m.to_string() })
}

fn when_json(w: When) -> J {
    match w {
        When::Date(d) => json!({ "date": d.format("%Y-%m-%d").to_string() }),
        When::DateTime(t) => json!({ "datetime": t.format("%Y-%m-%dT%H:%M:%S").to_string() }),
    }
}

fn value_json(v: &Value) -> J {
    match v {
        Value::String(s) => J::from(s.as_str()),
        Value::Integer(i) => json!({ "int": i.to_string() }),
        Value::Float(x) => json!({ "float": x.to_string() }),
        Value::Bool(b) => json!({ "bool": b }),
        Value::Date(w) => when_json(*w),
        Value::List(items) => J::Array(items.iter().map(value_json).collect()),
        Value::Table(t) => J::Object(t.iter().map(|(k, v)| (k.clone(), value_json(v))).collect()),
    }
}

/// Compares what Python read with what was written; floats by value (Python
/// writes `1e+300` and `1500.0` where Rust writes `1e300` and `1500.00`).
fn same(python: &J, rust: &J) -> bool {
    match (python, rust) {
        (J::Object(a), J::Object(b))
            if a.len() == 1 && b.len() == 1 && [a, b].iter().all(|m| float_of(m).is_some()) =>
        {
            float_of(a) == float_of(b)
        }
        (J::Object(a), J::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
        }
        (J::Array(a), J::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        _ => python == rust,
    }
}

/// The number in `{"float": "1.5"}`.
fn float_of(m: &serde_json::Map<String, J>) -> Option<f64> {
    m.get("float")?.as_str()?.parse().ok()
}

const PYTHON_READER: &str = r#"
import datetime, json, pathlib, sys, tomllib

def norm(v):
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, datetime.datetime):
        return {"datetime": v.isoformat()}
    if isinstance(v, datetime.date):
        return {"date": v.isoformat()}
    if isinstance(v, list):
        return [norm(x) for x in v]
    if isinstance(v, dict):
        return {k: norm(x) for k, x in v.items()}
    return v

for path in sorted(pathlib.Path(sys.argv[1]).glob("*.toml"), key=lambda p: int(p.stem)):
    with open(path, "rb") as f:
        print(json.dumps(norm(tomllib.load(f))))
"#;

#[test]
fn python_tomllib_reads_every_file_rapport_writes() {
    let mut runner = TestRunner::deterministic();
    let dir = tempfile::tempdir().unwrap();
    let strategy = customer();
    let customers: Vec<Customer> = (0..200)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect();
    for (n, c) in customers.iter().enumerate() {
        std::fs::write(dir.path().join(format!("{n}.toml")), render(c)).unwrap();
    }
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(PYTHON_READER)
        .arg(dir.path())
        .output()
        .expect("python3 (3.11 or later, for tomllib) runs this test");
    assert!(
        out.status.success(),
        "tomllib refused a file rapport wrote:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), customers.len());
    for (n, (line, c)) in lines.iter().zip(&customers).enumerate() {
        let python: J = serde_json::from_str(line).unwrap();
        let expected = expected_json(c);
        assert!(
            same(&python, &expected),
            "file {n} reads differently in Python:\n{python}\nexpected\n{expected}\nfile:\n{}",
            render(c)
        );
    }
}
