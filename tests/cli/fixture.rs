//! A small book with hand-checked figures, for the query, segment and
//! `set --where` tests. Today is 2026-11-23 (support::TODAY), so:
//! -30d = 2026-10-24, -2w = 2026-11-09, -6m = 2026-05-23, -180d = 2026-05-27,
//! -1y = 2025-11-23, +7d = 2026-11-30, yesterday = 2026-11-22.
//!
//! | id              | stage    | revenue | orders | last_contact | tags     | country |
//! |-----------------|----------|---------|--------|--------------|----------|---------|
//! | acme-sia        | churned  | 4800.00 | 1      | 2022-08-01   | b2b      | LV      |
//! | anna-liepa      | lead     | 0.00    | 0      | -            | (none)   | LT      |
//! | eriks-ozolins   | customer | 1500.30 | 3      | 2026-11-20   | b2b, vip | LV      |
//! | jiri-dvorak     | customer | 1050.50 | 2      | 2023-05-01   | (none)   | CZ      |
//! | jovana-petrovic | prospect | 0.00    | 0      | 2026-10-30   | b2c      | RS      |
//! | oliver-obrien   | customer | 2000.00 | 1      | 2026-11-23   | vip      | GB      |
//! | tamm-ou         | prospect | 0.00    | 0      | -            | (none)   | EE      |
//!
//! Revenue sums each customer's purchase amounts up to today: Ēriks
//! 1500.00 + 0.10 + 0.20 (his 999.00 on 2026-12-01 is after today), Acme
//! 5000.00 − 200.00 (a refund, not an order), Jiří 800.00 + 250.50.
//! customers/broken.toml cannot be read (a quoted date) and is skipped.

use crate::support::TestBook;

/// Every readable customer of the fixture, in id order.
pub const ALL: &[&str] = &[
    "acme-sia",
    "anna-liepa",
    "eriks-ozolins",
    "jiri-dvorak",
    "jovana-petrovic",
    "oliver-obrien",
    "tamm-ou",
];

pub const SETTINGS: &str = r#"name = "Fixture"
currency = "EUR"
stages = ["lead", "prospect", "customer", "churned"]

[fields.industry]
type = "enum"
values = ["manufacturing", "retail", "services"]

[fields.employees]
type = "int"

[fields.renewal]
type = "date"

[fields.newsletter]
type = "bool"

[segments]
vip = "revenue >= 1500"
dormant = "stage = customer and last_contact < -180d"
loyal_vip = "segment = vip and tags has vip"
"#;

const CUSTOMERS: &[(&str, &str)] = &[
    (
        "eriks-ozolins",
        r#"name = "Ēriks Ozoliņš"
kind = "person"
stage = "customer"
email = "eriks@ozolins.example"
tags = ["b2b", "vip"]
source = "webinar"
acquisition_cost = 120.00
created = 2024-03-01

[address]
city = "Rīga"
country = "LV"

[fields]
industry = "manufacturing"
employees = 120

[next]
date = 2026-12-01
action = "Call about the renewal"

[consent]
email = true
date = 2024-03-01

[[deals]]
title = "Annual licence 2025"
value = 12000.00
stage = "won"
opened = 2024-11-02
closed = 2025-01-15

[[deals]]
title = "Extension"
value = 3000.00
stage = "proposal"
opened = 2026-10-01

[[interactions]]
date = 2024-03-01
kind = "purchase"
amount = 1500.00

[[interactions]]
date = 2025-06-10
kind = "purchase"
amount = 0.10

[[interactions]]
date = 2026-09-10
kind = "survey"
nps = 9

[[interactions]]
date = 2026-11-01
kind = "purchase"
amount = 0.20

[[interactions]]
date = 2026-11-20T10:30:00
kind = "call"
summary = "Renewal"

[[interactions]]
date = 2026-12-01
kind = "purchase"
amount = 999.00
"#,
    ),
    (
        "jovana-petrovic",
        r#"name = "Јована Петровић"
kind = "person"
stage = "prospect"
email = "jovana@petrovic.example"
tags = ["b2c"]
source = "referral"
created = 2025-10-01

[address]
city = "Београд"
country = "RS"

[[interactions]]
date = 2026-10-30
kind = "call"
"#,
    ),
    (
        "jiri-dvorak",
        r#"name = "Jiří Dvořák"
kind = "person"
stage = "customer"
email = "jiri@dvorak.example"
source = "ads"
created = 2023-01-15

[address]
city = "Praha"
country = "CZ"

[fields]
industry = "retail"

[next]
date = 2026-11-22

[[interactions]]
date = 2023-02-01
kind = "purchase"
amount = 800.00

[[interactions]]
date = 2023-05-01
kind = "purchase"
amount = 250.50
"#,
    ),
    (
        "acme-sia",
        r#"name = "Acme SIA"
kind = "company"
stage = "churned"
tags = ["b2b"]
created = 2022-06-01
legacy_id = "A-17"

[address]
city = "Liepāja"
country = "LV"

[[deals]]
title = "Pilot"
value = 500.00
stage = "lost"
opened = 2022-05-01
closed = 2022-05-20

[[interactions]]
date = 2022-07-01
kind = "purchase"
amount = 5000.00

[[interactions]]
date = 2022-08-01
kind = "purchase"
amount = -200.00
summary = "Refund"

[[interactions]]
date = 2023-01-01
kind = "stage"
from = "customer"
to = "churned"
"#,
    ),
    (
        "anna-liepa",
        r#"name = "Anna Liepa"
kind = "person"
stage = "lead"
email = "Anna.Liepa@Example.com"
tags = []
created = 2026-11-01

[address]
city = "Vilnius"
country = "LT"

[fields]
newsletter = true
"#,
    ),
    (
        "oliver-obrien",
        r#"name = "Oliver O'Brien"
kind = "person"
stage = "customer"
email = "oliver@obrien.example"
tags = ["vip"]
created = 2026-10-24

[address]
country = "GB"

[[interactions]]
date = 2026-11-22T10:30:00
kind = "survey"
nps = 3

[[interactions]]
date = 2026-11-23
kind = "purchase"
amount = 2000.00
"#,
    ),
    (
        "tamm-ou",
        r#"name = "Tamm OÜ"
kind = "company"
stage = "prospect"
owner = "kadri"
created = 2025-05-23

[address]
city = "Tallinn"
country = "EE"

[fields]
employees = 12
renewal = 2027-01-01

[next]
date = 2026-11-30
action = "Send the offer"

[[deals]]
title = "Fleet"
value = 10000.00
stage = "negotiation"
opened = 2026-11-01
"#,
    ),
    ("broken", "name = \"Broken\"\ncreated = \"2024-01-01\"\n"),
];

/// Returns the fixture book.
pub fn book() -> TestBook {
    let book = TestBook::with_settings(SETTINGS);
    for (id, text) in CUSTOMERS {
        book.write(&format!("customers/{id}.toml"), text);
    }
    book
}
