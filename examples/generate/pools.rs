//! What both books are made of: a seeded random stream, the countries with
//! their names, cities and phone numbers, and TOML writing helpers.

use std::fmt::Write as _;

use chrono::NaiveDate;

/// The day the generated history ends (the tests' today).
pub const END: (i32, u32, u32) = (2026, 11, 23);

/// A small, fast, seeded random stream (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64, index: u64, stream: u64) -> Rng {
        let mut r = Rng(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (stream << 56));
        r.next();
        r
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True with probability `p` percent.
    pub fn percent(&mut self, p: u64) -> bool {
        self.below(100) < p
    }

    pub fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    /// One item of a slice of anything.
    pub fn choose<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// A number in `(0, 1]`, from 53 random bits (exact on every platform).
    pub fn unit(&mut self) -> f64 {
        ((self.next() >> 11) + 1) as f64 / (1u64 << 53) as f64
    }

    /// A standard normal number (Box-Muller).
    pub fn normal(&mut self) -> f64 {
        let (u, v) = (self.unit(), self.unit());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }

    /// A gamma-distributed number of shape `k` and scale 1 (Marsaglia and
    /// Tsang 2000; for k < 1 boosted by U^(1/k)).
    pub fn gamma(&mut self, k: f64) -> f64 {
        if k < 1.0 {
            return self.gamma(k + 1.0) * self.unit().powf(1.0 / k);
        }
        let d = k - 1.0 / 3.0;
        let c = 1.0 / (9.0 * d).sqrt();
        loop {
            let x = self.normal();
            let v = (1.0 + c * x).powi(3);
            if v > 0.0 && self.unit().ln() < 0.5 * x * x + d - d * v + d * v.ln() {
                return d * v;
            }
        }
    }

    /// A beta-distributed number.
    pub fn beta(&mut self, a: f64, b: f64) -> f64 {
        let x = self.gamma(a);
        x / (x + self.gamma(b))
    }
}

pub struct Country {
    pub code: &'static str,
    pub first: &'static [&'static str],
    pub last: &'static [&'static str],
    pub company_suffix: &'static str,
    pub cities: &'static [&'static str],
    pub phone_prefix: &'static str,
    pub domain: &'static str,
}

pub const COUNTRIES: &[Country] = &[
    Country {
        code: "LV",
        first: &[
            "Ēriks",
            "Anna",
            "Jānis",
            "Līga",
            "Mārtiņš",
            "Ilze",
            "Kārlis",
            "Zane",
            "Andris",
            "Dace",
        ],
        last: &[
            "Ozoliņš",
            "Bērziņš",
            "Kalniņš",
            "Liepa",
            "Krūmiņš",
            "Vītols",
            "Zariņš",
            "Jansons",
            "Ozols",
            "Pētersons",
        ],
        company_suffix: "SIA",
        cities: &["Rīga", "Liepāja", "Daugavpils", "Jelgava", "Cēsis"],
        phone_prefix: "+371 2",
        domain: "lv",
    },
    Country {
        code: "LT",
        first: &["Tomas", "Rūta", "Jonas", "Eglė", "Mantas", "Aušra"],
        last: &[
            "Kazlauskas",
            "Žukauskaitė",
            "Petrauskas",
            "Jankauskienė",
            "Stankevičius",
            "Vasiliauskas",
        ],
        company_suffix: "UAB",
        cities: &["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"],
        phone_prefix: "+370 6",
        domain: "lt",
    },
    Country {
        code: "EE",
        first: &["Mari", "Jüri", "Kadri", "Tõnu", "Liis", "Märt"],
        last: &["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk"],
        company_suffix: "OÜ",
        cities: &["Tallinn", "Tartu", "Pärnu", "Narva"],
        phone_prefix: "+372 5",
        domain: "ee",
    },
    Country {
        code: "CZ",
        first: &[
            "Jiří", "Petr", "Jana", "Tereza", "Tomáš", "Lucie", "Šárka", "Ondřej",
        ],
        last: &[
            "Dvořák",
            "Novák",
            "Svoboda",
            "Černý",
            "Procházková",
            "Kučera",
            "Veselý",
            "Růžičková",
        ],
        company_suffix: "s.r.o.",
        cities: &["Praha", "Brno", "Ostrava", "České Budějovice", "Plzeň"],
        phone_prefix: "+420 6",
        domain: "cz",
    },
    Country {
        code: "RS",
        first: &[
            "Јована",
            "Милош",
            "Никола",
            "Ана",
            "Драган",
            "Љиљана",
            "Ђорђе",
            "Невена",
        ],
        last: &[
            "Петровић",
            "Јовановић",
            "Николић",
            "Ђорђевић",
            "Џаковић",
            "Марковић",
            "Илић",
            "Стојановић",
        ],
        company_suffix: "д.о.о.",
        cities: &["Београд", "Нови Сад", "Ниш", "Крагујевац"],
        phone_prefix: "+381 6",
        domain: "rs",
    },
    Country {
        code: "DE",
        first: &["Jürgen", "Käthe", "Lukas", "Sophie", "Björn", "Jörg"],
        last: &["Müller", "Schröder", "Weiß", "Groß", "Köhler", "Becker"],
        company_suffix: "GmbH",
        cities: &["Berlin", "München", "Köln", "Düsseldorf"],
        phone_prefix: "+49 15",
        domain: "de",
    },
    Country {
        code: "GB",
        first: &["Oliver", "Amelia", "Harry", "Isla", "George", "Chloë"],
        last: &["Smith", "Jones", "O'Brien", "Taylor", "Brown", "Wilson"],
        company_suffix: "Ltd",
        cities: &["London", "Leeds", "Bristol", "Manchester"],
        phone_prefix: "+44 7",
        domain: "co.uk",
    },
];

pub const COMPANY_WORDS: &[&str] = &[
    "Baltic",
    "Nord",
    "Amber",
    "Dzintars",
    "Tech",
    "Logistika",
    "Kraft",
    "Sever",
    "Meža",
    "Digital",
    "Green",
    "Union",
    "Vltava",
    "Дунав",
    "Морава",
    "Auto",
    "Pārtika",
];

pub fn day(ymd: (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(ymd.0, ymd.1, ymd.2).expect("a valid date")
}

pub fn money(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    format!("{sign}{}.{:02}", c / 100, c % 100)
}

/// Writes `text` as a TOML basic string.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            _ => out.push(ch),
        }
    }
    out.push('"');
    out
}

/// One interaction before it is written, sorted by date: `body` holds its
/// keys after `date`, one `key = value` line each.
pub struct Event {
    pub date: NaiveDate,
    pub time: Option<(u32, u32)>,
    pub body: String,
}

/// Appends the interactions as `[[interactions]]` tables, oldest first
/// (entries of one moment keep their order).
pub fn push_interactions(s: &mut String, mut events: Vec<Event>) {
    events.sort_by_key(|e| (e.date, e.time));
    for e in events {
        s.push_str("\n[[interactions]]\n");
        match e.time {
            Some((h, m)) => {
                let _ = writeln!(s, "date = {}T{h:02}:{m:02}:00", e.date);
            }
            None => {
                let _ = writeln!(s, "date = {}", e.date);
            }
        }
        s.push_str(&e.body);
    }
}
