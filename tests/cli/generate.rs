//! A seeded generator of varied books, for round-trip tests: customers with
//! Latvian, Czech and Serbian Cyrillic names, tags, custom fields of every
//! type, deals, and interactions of every kind.
//!
//! Files are written the way rapport's commands write them, through the
//! same library calls: `add` builds a new document from validated changes
//! (`change::plan` + `change::apply`, `created` defaulting to today), `set`
//! re-reads the file and applies changes (a stage move logs a `stage`
//! interaction), `log` re-reads the file and appends one interaction, and
//! a deal is appended with `CustomerDoc::append_deal`. Each operation starts
//! from the text the previous one wrote, as separate commands would.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use rapport::book::change::{self, Assignment, Change, Op};
use rapport::book::document::CustomerDoc;
use rapport::model::{Deal, Id, Interaction, Money, Schema, When};

/// The settings of generated books: every custom field type.
pub const SETTINGS: &str = r#"name = "Generated"
currency = "EUR"
stages = ["lead", "prospect", "customer", "churned"]
deal_stages = ["qualified", "proposal", "negotiation"]
interaction_kinds = ["call", "email", "meeting", "purchase", "support", "note", "survey"]

[fields.industry]
type = "enum"
values = ["manufacturing", "retail", "services"]

[fields.employees]
type = "int"

[fields.score]
type = "number"

[fields.vat_payer]
type = "bool"

[fields.since]
type = "date"

[fields.products]
type = "list"

[fields.notes]
type = "string"
"#;

/// SplitMix64: a small seeded generator, so the book is the same on every
/// run and machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in 0..n.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True with probability `p` percent.
    pub fn chance(&mut self, p: u64) -> bool {
        self.below(100) < p
    }

    pub fn pick(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len() as u64) as usize]
    }
}

const FIRST: &[&str] = &[
    "Ēriks",
    "Līga",
    "Jānis",
    "Ilze",
    "Kārlis",
    "Anna",
    "Jiří",
    "Žaneta",
    "Čeněk",
    "Tomáš",
    "Petra",
    "Јована",
    "Милош",
    "Љиљана",
    "Ђорђе",
    "Драган",
    "Mary",
    "Seán",
];
const LAST: &[&str] = &[
    "Ozoliņš",
    "Kalniņa",
    "Bērziņš",
    "Liepiņa",
    "Šteins",
    "Dvořák",
    "Šťastná",
    "Říha",
    "Svoboda",
    "Nováková",
    "Петровић",
    "Јовановић",
    "Џаковић",
    "Ћирић",
    "Николић",
    "O'Brien",
    "Ó Briain",
];
const COMPANIES: &[&str] = &[
    "Ozoliņš SIA",
    "Dvořák s.r.o.",
    "Јовановић д.о.о.",
    "Acme, Inc.",
    "\"Koks\" AS",
    "=Equals Ltd",
    "+Plus Group",
    "Latvijas Koks AS",
    "Čokoláda a.s.",
    "@Home Services",
    "-Minus & Co",
];
const SUMMARIES: &[&str] = &[
    "First order",
    "Called, no answer",
    "He said \"call me later\"",
    "line one\nline two",
    "=SUM(A1:A3)",
    "+371 called back",
    "-12 discount agreed",
    "@anna please follow up",
    "\tindented",
    "'quoted",
    "''twice",
    "Ūdens; ledus",
    "Позвао, договорено",
    "  spaced  ",
    "   ",
    "ends with a comma,",
    "cr\r\nlf inside",
    "' =x",
    "-",
    "Řekl \"ano\", podepíše",
];
const TAGS: &[&str] = &["vip", "b2b", "b2c", "partner", "ūdens", "Čeština", "новый"];
const PRODUCTS: &[&str] = &["a b", "Ūdens", "licence", "support plan", "=x"];
const NOTES: &[&str] = &[
    "plain",
    "=cmd|' /C calc'!A0",
    "comma, and \"quotes\"",
    "two\nlines",
    "Ђорђе зове",
    "+1",
];
const STAGES: &[&str] = &["lead", "prospect", "customer", "churned"];
const DEAL_STAGES: &[&str] = &["qualified", "proposal", "negotiation", "won", "lost"];
const DEAL_TITLES: &[&str] = &[
    "Annual licence 2025",
    "Pilot, phase 1",
    "\"Big\" renewal",
    "=Upsell",
    "Ūdens piegāde",
    "Поновна продаја",
];

/// The day the generator treats as today (the tests' RAPPORT_TODAY).
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn schema() -> Schema {
    rapport::book::settings::parse_settings(SETTINGS, Path::new("rapport.toml"))
        .settings
        .schema
}

fn assign(key: &str, value: &str) -> Assignment {
    Assignment {
        key: key.to_string(),
        op: Op::Set,
        value: value.to_string(),
    }
}

fn day(rng: &mut Rng) -> NaiveDate {
    NaiveDate::from_ymd_opt(
        2022 + rng.below(4) as i32,
        1 + rng.below(12) as u32,
        1 + rng.below(28) as u32,
    )
    .unwrap()
}

fn when(rng: &mut Rng) -> When {
    let d = day(rng);
    if rng.chance(30) {
        let t = chrono::NaiveTime::from_hms_opt(
            rng.below(24) as u32,
            rng.below(60) as u32,
            rng.below(60) as u32,
        )
        .unwrap();
        When::DateTime(NaiveDateTime::new(d, t))
    } else {
        When::Date(d)
    }
}

fn money(rng: &mut Rng) -> String {
    let cents = rng.below(500_000) as i64 - if rng.chance(10) { 600_000 } else { 0 };
    Money::from_cents(i128::from(cents)).to_string()
}

/// Writes `n` customers into the book at `root`, seeded by `seed`.
pub fn book(root: &Path, n: usize, seed: u64) {
    let schema = schema();
    let today = today();
    let mut rng = Rng::new(seed);
    let mut taken: HashSet<String> = HashSet::new();
    let mut ids: Vec<String> = Vec::new();
    let dir = root.join("customers");
    fs::create_dir_all(&dir).unwrap();
    for k in 0..n {
        let name = if rng.chance(15) {
            rng.pick(COMPANIES).to_string()
        } else {
            format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
        };
        let id = Id::from_name(&name, |c| taken.contains(c)).to_string();
        taken.insert(id.clone());
        let exists = |c: &str| taken.contains(c);
        let mut text = add(&mut rng, &schema, &name, k, &ids, &exists);
        for _ in 0..rng.below(9) {
            text = match rng.below(10) {
                0..=2 => set(&mut rng, &schema, &text, &exists),
                3 => deal(&mut rng, &text),
                _ => log(&mut rng, &text),
            };
        }
        fs::write(dir.join(format!("{id}.toml")), text).unwrap();
        ids.push(id);
    }
    let _ = today;
}

/// What `rapport add NAME …` writes.
fn add(
    rng: &mut Rng,
    schema: &Schema,
    name: &str,
    k: usize,
    ids: &[String],
    exists: &dyn Fn(&str) -> bool,
) -> String {
    let today = today();
    let mut assignments = vec![assign("name", name)];
    if rng.chance(30) {
        assignments.push(assign(
            "kind",
            if rng.chance(50) { "person" } else { "company" },
        ));
    }
    if rng.chance(80) {
        let mail = format!("user{k}@Example{}.lv", rng.below(3));
        assignments.push(assign("email", &mail));
    }
    if rng.chance(50) {
        assignments.push(assign(
            "phone",
            &format!("+371 2{:03} {:04}", rng.below(1000), rng.below(10000)),
        ));
    }
    if !ids.is_empty() && rng.chance(20) {
        let company = ids[rng.below(ids.len() as u64) as usize].clone();
        assignments.push(assign("company", &company));
    }
    if rng.chance(40) {
        assignments.push(assign(
            "owner",
            rng.pick(&["anna", "petr", "Ђорђе", "=boss"]),
        ));
    }
    if rng.chance(40) {
        assignments.push(assign(
            "source",
            rng.pick(&["webinar", "referral", "trade fair, Rīga"]),
        ));
    }
    if rng.chance(50) {
        let tags: Vec<&str> = (0..1 + rng.below(3)).map(|_| rng.pick(TAGS)).collect();
        assignments.push(assign("tags", &tags.join(",")));
    }
    if rng.chance(30) {
        assignments.push(assign("acquisition_cost", &money(rng).replace('-', "")));
    }
    fields(rng, &mut assignments);
    if rng.chance(30) {
        assignments.push(assign("address.street", "Brīvības iela 1, dz. 5"));
    }
    if rng.chance(50) {
        assignments.push(assign(
            "address.city",
            rng.pick(&["Rīga", "Brno", "Београд", "Ústí nad Labem"]),
        ));
    }
    if rng.chance(20) {
        assignments.push(assign("address.postcode", "LV-1010"));
    }
    if rng.chance(30) {
        assignments.push(assign("address.country", rng.pick(&["LV", "CZ", "RS"])));
    }
    if rng.chance(20) {
        assignments.push(assign("next.date", &day(rng).to_string()));
        assignments.push(assign("next.action", "Call about the renewal, \"soon\""));
    }
    if rng.chance(15) {
        assignments.push(assign(
            "consent.email",
            if rng.chance(50) { "true" } else { "false" },
        ));
        assignments.push(assign("consent.date", &day(rng).to_string()));
    }
    if rng.chance(40) {
        assignments.push(assign("created", &day(rng).to_string()));
    }
    let stage = if rng.chance(50) {
        schema.default_stage().unwrap().to_string()
    } else {
        rng.pick(STAGES).to_string()
    };
    let mut doc = CustomerDoc::new();
    // As `add` does: the customer starts in its stage, without a move.
    doc.set(&["stage"], toml_edit::Value::from(stage.as_str()));
    for a in &assignments {
        let c = change::plan(a, schema, today, exists).unwrap_or_else(|e| panic!("{a:?}: {e}"));
        change::apply(&mut doc, &c, today);
    }
    if doc.get(&["created"]).is_none() {
        doc.set(
            &["created"],
            rapport::book::document::date_value(When::Date(today)),
        );
    }
    doc.render()
}

fn fields(rng: &mut Rng, out: &mut Vec<Assignment>) {
    if rng.chance(40) {
        out.push(assign(
            "fields.industry",
            rng.pick(&["manufacturing", "retail", "services"]),
        ));
    }
    if rng.chance(30) {
        out.push(assign(
            "fields.employees",
            &(rng.below(5000) as i64 - 10).to_string(),
        ));
    }
    if rng.chance(30) {
        out.push(assign(
            "fields.score",
            rng.pick(&["2.0", "0.1", "3.75", "-1.5", "1e-7", "42"]),
        ));
    }
    if rng.chance(20) {
        out.push(assign(
            "fields.vat_payer",
            if rng.chance(50) { "true" } else { "false" },
        ));
    }
    if rng.chance(20) {
        let w = when(rng);
        out.push(assign("fields.since", &w.to_string()));
    }
    if rng.chance(20) {
        let items: Vec<&str> = (0..1 + rng.below(3)).map(|_| rng.pick(PRODUCTS)).collect();
        out.push(assign("fields.products", &items.join(",")));
    }
    if rng.chance(20) {
        out.push(assign("fields.notes", rng.pick(NOTES)));
    }
}

/// What `rapport set ID KEY=VALUE…` writes.
fn set(rng: &mut Rng, schema: &Schema, text: &str, exists: &dyn Fn(&str) -> bool) -> String {
    let today = today();
    let mut assignments = Vec::new();
    match rng.below(4) {
        0 => assignments.push(assign("stage", rng.pick(STAGES))),
        1 => assignments.push(Assignment {
            key: "tags".into(),
            op: if rng.chance(70) { Op::Add } else { Op::Remove },
            value: rng.pick(TAGS).to_string(),
        }),
        2 => fields(rng, &mut assignments),
        _ => {
            assignments.push(assign("owner", rng.pick(&["anna", "petr"])));
            assignments.push(assign("next.date", &day(rng).to_string()));
        }
    }
    let mut doc = CustomerDoc::parse(text).unwrap();
    for a in &assignments {
        let c: Change = change::plan(a, schema, today, exists).unwrap();
        change::apply(&mut doc, &c, today);
    }
    doc.render()
}

/// What `rapport log ID KIND …` writes.
fn log(rng: &mut Rng, text: &str) -> String {
    let kinds = [
        "call", "email", "meeting", "purchase", "support", "note", "survey",
    ];
    let kind = rng.pick(&kinds);
    let date = when(rng);
    let mut i = Interaction::new(date, kind);
    if rng.chance(60) {
        i.summary = Some(rng.pick(SUMMARIES).to_string());
    }
    match kind {
        "purchase" => {
            i.amount = Some(Money::parse(&money(rng)).unwrap());
            if rng.chance(50) {
                i.reference = Some(format!("INV-{}", rng.next() % 1_000_000_000));
            }
        }
        "survey" => {
            i.nps = Some(rng.below(11) as u8);
            if rng.chance(50) {
                i.csat = Some(1 + rng.below(5) as u8);
            }
        }
        "support" => {
            if rng.chance(50) {
                i.resolved = Some(When::DateTime(
                    date.moment() + chrono::Duration::hours(rng.below(72) as i64),
                ));
            }
            if rng.chance(50) {
                i.owner = Some("anna".into());
            }
            if rng.chance(30) {
                i.reference = Some(format!("T-{}", rng.next() % 1_000_000));
            }
        }
        _ => {}
    }
    let mut doc = CustomerDoc::parse(text).unwrap();
    doc.append_interaction(&i);
    let once = doc.render();
    // Now and then the same purchase twice on one day: two real orders.
    if kind == "purchase" && i.reference.is_none() && rng.chance(30) {
        let mut doc = CustomerDoc::parse(&once).unwrap();
        doc.append_interaction(&i);
        return doc.render();
    }
    once
}

/// A deal appended as rapport appends deals.
fn deal(rng: &mut Rng, text: &str) -> String {
    let mut d = Deal {
        title: rng.pick(DEAL_TITLES).to_string(),
        stage: rng.pick(DEAL_STAGES).to_string(),
        ..Deal::default()
    };
    if rng.chance(80) {
        d.value = Some(Money::parse(&money(rng).replace('-', "")).unwrap());
    }
    if rng.chance(70) {
        d.opened = Some(day(rng));
    }
    if !d.is_open() && rng.chance(80) {
        d.closed = Some(day(rng));
    }
    let mut doc = CustomerDoc::parse(text).unwrap();
    doc.append_deal(&d);
    doc.render()
}
