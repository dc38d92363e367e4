//! The large book, for benchmarks and for trying rapport on something
//! bigger than a demo: `generate DIR --customers N --seed N`.
//!
//! The same seed always writes the same book, byte for byte: every customer
//! draws from its own random stream (seed and index), so the files do not
//! depend on how the writing threads are scheduled. Dates are spread from
//! 2019 up to 2026-11-23, the day the tests treat as today.
//!
//! Customers are people and companies from Latvia, Lithuania, Estonia,
//! Czechia, Serbia (in Cyrillic), Germany and Britain, with tags, custom
//! fields, deals and interactions; files are about 200 bytes to 6 KB
//! (median 800). Purchases follow the BG/NBD process (a gamma-distributed
//! rate per buyer, a beta-distributed chance to drop out after each
//! purchase), so `report clv` fits the book.
//! `rapport check` accepts every file.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use chrono::{Days, NaiveDate};
use rayon::prelude::*;

use super::pools::{
    COMPANY_WORDS, COUNTRIES, END, Event, Rng, day, money, push_interactions, quoted,
};

/// The earliest `created` date.
const START: (i32, u32, u32) = (2019, 1, 1);

/// Writes a book of `customers` customers drawn from `seed` into `dir`, a new
/// folder.
pub fn generate(dir: &Path, customers: usize, seed: u64) -> std::io::Result<()> {
    let customers_dir = dir.join("customers");
    if dir.join("rapport.toml").exists() {
        return Err(std::io::Error::other(format!(
            "{} is already a book; give a new folder",
            dir.display()
        )));
    }
    fs::create_dir_all(&customers_dir)?;
    fs::write(
        dir.join(".gitattributes"),
        "customers/*.toml merge=rapport\n",
    )?;
    fs::write(dir.join(".gitignore"), "/.rapport/\n")?;

    // Names first, in order, so ids (with -2, -3 … on collision) are
    // deterministic; the files are then written in parallel.
    let mut taken: HashMap<String, u32> = HashMap::new();
    let people: Vec<(String, Profile)> = (0..customers)
        .map(|i| {
            let mut rng = Rng::new(seed, i as u64, 0);
            let profile = Profile::draw(&mut rng);
            let base = rapport::model::id::slug(&profile.name);
            let base = if base.is_empty() {
                "customer".to_string()
            } else {
                base
            };
            let n = taken.entry(base.clone()).or_insert(0);
            *n += 1;
            let id = if *n == 1 { base } else { format!("{base}-{n}") };
            (id, profile)
        })
        .collect();
    people
        .par_iter()
        .enumerate()
        .try_for_each(|(i, (id, profile))| {
            let mut rng = Rng::new(seed, i as u64, 1);
            let text = customer_file(id, profile, &mut rng);
            write_file(&customers_dir, id, &text)
        })?;
    fs::write(dir.join("rapport.toml"), SETTINGS)?;
    eprintln!(
        "generate: wrote {} customers to {}",
        customers,
        customers_dir.display()
    );
    Ok(())
}

fn write_file(dir: &Path, id: &str, text: &str) -> std::io::Result<()> {
    fs::write(dir.join(format!("{id}.toml")), text)
}

const SETTINGS: &str = r#"name = "Generated book"
currency = "EUR"
stages = ["lead", "prospect", "customer", "churned"]
deal_stages = ["qualified", "proposal", "negotiation"]
interaction_kinds = ["call", "email", "meeting", "purchase", "support", "note", "survey"]
churn_after = "180d"
sla = "2d"

[fields.industry]
type = "enum"
values = ["manufacturing", "retail", "services", "logistics", "software"]

[fields.employees]
type = "int"

[fields.vat_id]
type = "string"

[fields.renewal]
type = "date"

[segments]
vip = "revenue >= 5000"
dormant = "stage = customer and last_contact < -180d"
"#;

const TAGS: &[&str] = &[
    "b2b",
    "b2c",
    "vip",
    "newsletter",
    "partner",
    "trial",
    "enterprise",
    "smb",
    "events-2025",
    "reseller",
];
const SOURCES: &[&str] = &[
    "webinar",
    "referral",
    "ads",
    "organic",
    "trade-fair",
    "cold-call",
    "partner",
];
const OWNERS: &[&str] = &["anna", "peteris", "jovana", "tomas", "kadri"];
const INDUSTRIES: &[&str] = &[
    "manufacturing",
    "retail",
    "services",
    "logistics",
    "software",
];
const CALL_SUMMARIES: &[&str] = &[
    "Discussed the renewal",
    "Asked about delivery times",
    "Introduced the new price list",
    "Follow-up on the offer",
    "Pārrunājām līgumu",
    "Domluvili jsme schůzku",
    "Разговор о понуди",
    "Left a voicemail",
];
const SUPPORT_SUMMARIES: &[&str] = &[
    "Invoice PDF missing",
    "Login does not work",
    "Wrong delivery address",
    "Rēķins nav saņemts",
    "Chybí faktura",
    "Проблем са испоруком",
];

/// What is drawn before the id: the name and where the customer lives.
struct Profile {
    name: String,
    company: bool,
    country: usize,
}

impl Profile {
    fn draw(rng: &mut Rng) -> Profile {
        let country = rng.below(COUNTRIES.len() as u64) as usize;
        let c = &COUNTRIES[country];
        let company = rng.percent(35);
        let name = if company {
            let word = if rng.percent(50) {
                rng.pick(COMPANY_WORDS).to_string()
            } else {
                rng.pick(c.last).to_string()
            };
            let other = rng.pick(COMPANY_WORDS);
            let second = if rng.percent(40) && other != word {
                format!(" {other}")
            } else {
                String::new()
            };
            format!("{word}{second} {}", c.company_suffix)
        } else {
            format!("{} {}", rng.pick(c.first), rng.pick(c.last))
        };
        Profile {
            name,
            company,
            country,
        }
    }
}
fn customer_file(id: &str, p: &Profile, rng: &mut Rng) -> String {
    let c = &COUNTRIES[p.country];
    let end = day(END);
    let start = day(START);
    let span = (end - start).num_days();
    let created = start + Days::new(rng.below(span as u64 - 30));
    let stage = match rng.below(100) {
        0..30 => "lead",
        30..50 => "prospect",
        50..90 => "customer",
        _ => "churned",
    };
    let mut s = String::with_capacity(1536);
    let _ = writeln!(s, "name = {}", quoted(&p.name));
    let _ = writeln!(
        s,
        "kind = \"{}\"",
        if p.company { "company" } else { "person" }
    );
    let _ = writeln!(s, "stage = \"{stage}\"");
    if rng.percent(90) {
        let local = id.replace('-', ".");
        let _ = writeln!(s, "email = \"{local}@example.{}\"", c.domain);
    }
    if rng.percent(70) {
        let _ = writeln!(
            s,
            "phone = \"{}{:03} {:04}\"",
            c.phone_prefix,
            rng.below(1000),
            rng.below(10000)
        );
    }
    let _ = writeln!(s, "owner = \"{}\"", rng.pick(OWNERS));
    let mut tags: Vec<&str> = Vec::new();
    for _ in 0..rng.below(4) {
        let t = rng.pick(TAGS);
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    if !tags.is_empty() {
        let list: Vec<String> = tags.iter().map(|t| format!("\"{t}\"")).collect();
        let _ = writeln!(s, "tags = [{}]", list.join(", "));
    }
    let _ = writeln!(s, "source = \"{}\"", rng.pick(SOURCES));
    if rng.percent(60) {
        let _ = writeln!(s, "acquisition_cost = {}", money(rng.between(500, 40000)));
    }
    let _ = writeln!(s, "created = {created}");

    s.push_str("\n[address]\n");
    if rng.percent(80) {
        let _ = writeln!(
            s,
            "street = {}",
            quoted(&format!("{} {}", rng.pick(c.last), rng.between(1, 120)))
        );
    }
    let _ = writeln!(s, "city = {}", quoted(rng.pick(c.cities)));
    if rng.percent(70) {
        let _ = writeln!(s, "postcode = \"{}-{:04}\"", c.code, rng.below(10000));
    }
    let _ = writeln!(s, "country = \"{}\"", c.code);

    if p.company || rng.percent(30) {
        s.push_str("\n[fields]\n");
        let _ = writeln!(s, "industry = \"{}\"", rng.pick(INDUSTRIES));
        if p.company {
            let _ = writeln!(s, "employees = {}", rng.between(1, 2000));
            let _ = writeln!(s, "vat_id = \"{}{:09}\"", c.code, rng.below(1_000_000_000));
        }
        if rng.percent(30) {
            let _ = writeln!(s, "renewal = {}", end + Days::new(rng.below(365)));
        }
    }

    if rng.percent(40) {
        s.push_str("\n[next]\n");
        let offset = rng.between(-60, 90);
        let date = if offset < 0 {
            end - Days::new(offset.unsigned_abs())
        } else {
            end + Days::new(offset as u64)
        };
        let _ = writeln!(s, "date = {date}");
        let _ = writeln!(s, "action = \"Call about the next order\"");
    }
    if rng.percent(50) {
        s.push_str("\n[consent]\n");
        let _ = writeln!(s, "email = {}", rng.percent(80));
        let _ = writeln!(s, "date = {created}");
    }

    let history_days = (end - created).num_days().max(1) as u64;
    let at = |rng: &mut Rng| created + Days::new(rng.below(history_days));

    let deals = match stage {
        "lead" => rng.below(2),
        _ => rng.below(3),
    };
    for _ in 0..deals {
        let opened = at(rng);
        let deal_stage = rng.pick(&["qualified", "proposal", "negotiation", "won", "lost"]);
        s.push_str("\n[[deals]]\n");
        let _ = writeln!(
            s,
            "title = {}",
            quoted(&format!(
                "{} {}",
                rng.pick(&["Licence", "Order", "Service contract", "Pilot"]),
                opened.format("%Y")
            ))
        );
        let _ = writeln!(s, "value = {}", money(rng.between(50_000, 3_000_000)));
        let _ = writeln!(s, "stage = \"{deal_stage}\"");
        let _ = writeln!(s, "opened = {opened}");
        if deal_stage == "won" || deal_stage == "lost" {
            let closed = (opened + Days::new(rng.below(90))).min(end);
            let _ = writeln!(s, "closed = {closed}");
        }
    }

    let mut events: Vec<Event> = Vec::new();
    // The journey first: purchases fall between becoming a customer and
    // churning (or today).
    let mut became_customer = created;
    let mut churned = end;
    if stage != "lead" {
        let path: &[&str] = match stage {
            "prospect" => &["lead", "prospect"],
            "customer" => &["lead", "prospect", "customer"],
            _ => &["lead", "prospect", "customer", "churned"],
        };
        let mut date = created;
        for pair in path.windows(2) {
            date = (date + Days::new(rng.below(60))).min(end);
            match pair[1] {
                "customer" => became_customer = date,
                "churned" => churned = date,
                _ => {}
            }
            events.push(Event {
                date,
                time: None,
                body: format!(
                    "kind = \"stage\"\nfrom = \"{}\"\nto = \"{}\"\n",
                    pair[0], pair[1]
                ),
            });
        }
    }
    // Purchases follow the process the BG/NBD model describes, so `report
    // clv` has something real to fit: each buyer purchases at their own
    // rate (gamma-distributed across buyers, one purchase every 90 days on
    // average) until they drop out, which they may do after any purchase
    // with their own probability (beta-distributed, 1 in 5 on average); a
    // churned customer stops at the day they churned. Each buyer has their
    // own typical spend.
    let mut purchase_days: Vec<NaiveDate> = Vec::new();
    if stage == "customer" || stage == "churned" {
        let rate = rng.gamma(0.8) / (0.8 * 90.0);
        let dropout = rng.beta(1.0, 4.0);
        let mut day = became_customer;
        loop {
            purchase_days.push(day);
            if purchase_days.len() >= 60 || rng.unit() <= dropout {
                break;
            }
            let gap = (-rng.unit().ln() / rate).ceil().min(10_000.0) as u64;
            day = day + Days::new(gap.max(1));
            if day > churned || day > end {
                break;
            }
        }
    }
    let typical = match rng.below(10) {
        0 => rng.between(50_000, 500_000),
        1..4 => rng.between(10_000, 50_000),
        _ => rng.between(1_000, 10_000),
    };
    let purchases = purchase_days.len() as i64;
    let buying_days = (churned - became_customer).num_days().max(0) as u64 + 1;
    for (n, date) in purchase_days.into_iter().enumerate() {
        let amount = typical / 2 + rng.between(0, typical);
        let mut body = format!("kind = \"purchase\"\namount = {}\n", money(amount));
        if rng.percent(60) {
            let _ = writeln!(body, "ref = \"INV-{}-{n}\"", id.len() * 1000 + n);
        }
        events.push(Event {
            date,
            time: None,
            body,
        });
    }
    if purchases > 1 && rng.percent(5) {
        events.push(Event {
            date: became_customer + Days::new(rng.below(buying_days)),
            time: None,
            body: format!(
                "kind = \"purchase\"\namount = {}\nsummary = \"Refund\"\n",
                money(-rng.between(500, 5000))
            ),
        });
    }
    for _ in 0..rng.below(4) {
        let kind = rng.pick(&["call", "email", "meeting", "note"]);
        let body = format!(
            "kind = \"{kind}\"\nsummary = {}\n",
            quoted(rng.pick(CALL_SUMMARIES))
        );
        let time = rng
            .percent(30)
            .then(|| (rng.between(8, 17) as u32, rng.below(60) as u32));
        events.push(Event {
            date: at(rng),
            time,
            body,
        });
    }
    if rng.percent(25) {
        let mut body = format!("kind = \"survey\"\nnps = {}\n", rng.between(0, 10));
        if rng.percent(50) {
            let _ = writeln!(body, "csat = {}", rng.between(1, 5));
        }
        events.push(Event {
            date: at(rng),
            time: None,
            body,
        });
    }
    if rng.percent(15) {
        let date = at(rng);
        let hour = rng.between(8, 16) as u32;
        let mut body = format!(
            "kind = \"support\"\nsummary = {}\n",
            quoted(rng.pick(SUPPORT_SUMMARIES))
        );
        if rng.percent(80) {
            let resolved = date + Days::new(rng.below(4));
            if resolved <= end {
                let _ = writeln!(body, "resolved = {resolved}T{:02}:00:00", hour + 1);
            }
        }
        events.push(Event {
            date,
            time: Some((hour, 0)),
            body,
        });
    }
    push_interactions(&mut s, events);
    s
}
