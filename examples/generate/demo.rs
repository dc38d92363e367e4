//! The demo book, `examples/demo-book`: 300 customers of Amberline
//! Packaging, an invented supplier of labels, film, tape, cartons and label
//! printers with sales people in Rīga, Brno and Belgrade, over three years
//! up to 2026-11-23.
//!
//! Companies (with their contact persons, whose `company` names the
//! company's id) and sole traders come in through channels and campaigns
//! (`source`, with an `acquisition_cost`), move from lead to prospect to
//! customer (`stage` interactions; the deal that makes them a customer is
//! won on that day; after a lost one, half go back to lead), then buy again
//! and again until they stop, and are marked churned some months after their
//! last order. Their buying follows the story the CLV models tell (each
//! customer buys at their own rate and may stop after any purchase; each
//! spends around their own mean), so `report clv` has something to fit.
//! Around that: calls, e-mails, meetings and notes by the owners, NPS survey
//! waves twice a year (some with csat), support cases (most resolved within
//! the two-day SLA, some late, a few still open; with refs and priorities,
//! the SLA per priority), upsell deals in every stage, follow-ups (some
//! overdue), consent, custom fields of every type, and three duplicates of
//! the kind a trade-fair badge scanner makes. Every deal has its key and its
//! moves through the deal stages (`kind = "deal"`), the open ones an
//! expected close day and the lost ones a `lost_reason`, so `report
//! pipeline` shows a forecast, days in each stage and why deals were lost.
//!
//! Everything is drawn from seeded streams in a fixed order (the stories
//! from one; the deals' histories and the cases' priorities, drawn
//! afterwards, each from its own), and the
//! only floating-point functions are `libm`'s (the same bits on every
//! platform), so the book comes out byte for byte the same anywhere.

use std::collections::{BTreeSet, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use chrono::{Datelike, Days, NaiveDate};

use super::pools::{COUNTRIES, END, Event, Rng, day, money, push_interactions, quoted};

/// The seed of the demo book. Of the first 24 seeds, 20 gives a book whose
/// orders span three years (from November 2023), whose figures look like a
/// healthy small firm's (NPS 37, a churn rate of 35 %), and whose CLV models
/// fit with every parameter away from its bounds.
const SEED: u64 = 20;
/// The day the firm opened its books: the earliest `created`. The first
/// orders follow some months later, three years before 2026-11-23.
const OPENED: (i32, u32, u32) = (2023, 7, 1);
/// How many customer files the book holds.
const CUSTOMERS: usize = 300;
/// How many of them are companies.
const COMPANIES: usize = 130;
/// Silence after which an owner gives a customer up: no order for this many
/// days ends their buying.
const GIVE_UP_DAYS: i64 = 240;

/// Indices into `COUNTRIES`.
const LV: usize = 0;
const LT: usize = 1;
const EE: usize = 2;
const CZ: usize = 3;
const RS: usize = 4;

/// Writes the demo book into `dir`, a new folder.
pub fn generate(dir: &Path) -> io::Result<()> {
    if dir.join("rapport.toml").exists() {
        return Err(io::Error::other(format!(
            "{} is already a book; remove it first or give a new folder",
            dir.display()
        )));
    }
    let files = files();
    for (path, text) in &files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, text)?;
    }
    eprintln!(
        "generate: wrote the demo book ({} customers) to {}",
        files.len() - 3,
        dir.display()
    );
    Ok(())
}

/// Returns every file of the demo book as (path in the book, text), the
/// customers sorted by id.
pub fn files() -> Vec<(String, String)> {
    let mut world = World::new();
    world.populate();
    world.number_invoices();
    world.mark_key_accounts();
    world.deal_histories();
    world.case_priorities();
    world.research();
    let mut records: Vec<&Record> = world.records.iter().collect();
    records.sort_by(|a, b| a.id.cmp(&b.id));
    let mut files = vec![
        ("rapport.toml".to_string(), SETTINGS.to_string()),
        (
            ".gitattributes".to_string(),
            "customers/*.toml merge=rapport\nsuppressed.toml merge=union\n".to_string(),
        ),
        (".gitignore".to_string(), "/.rapport/\n".to_string()),
    ];
    files.extend(
        records
            .into_iter()
            .map(|r| (format!("customers/{}.toml", r.id), r.render())),
    );
    files
}

const SETTINGS: &str = r#"# rapport.toml of the demo book: Amberline Packaging, an invented supplier of labels,
# film, tape, cartons and label printers, selling in Latvia, Czechia and Serbia.
#
# Every customer, date and figure is made up by the seeded generator
# (examples/generate/demo.rs; remake with `bash examples/regenerate.sh`).
# Its history ends on 2026-11-23: run commands on it with `--today 2026-11-23`
# or `export RAPPORT_TODAY=2026-11-23`, and the figures are the README's.

name = "Amberline Packaging (demo)"
currency = "EUR"
# The language people read: en, lv, cs, sr or sr-Latn (--lang and $RAPPORT_LANG go first;
# csv and json are the same in every language). Uncomment for Latvian reports:
# language = "lv"

stages = ["lead", "prospect", "customer", "churned"]
deal_stages = ["qualified", "proposal", "negotiation"]
interaction_kinds = ["call", "email", "meeting", "purchase", "support", "note", "survey"]

churn_after = "180d"        # no purchase for this long counts as churned in reports
sla = { high = "4h", normal = "2d", low = "5d" }   # support cases should be resolved within this, by priority
git = "off"                 # the book lives inside rapport's own repository

[fields.employees]
type = "int"

[fields.industry]
type = "enum"
values = ["food", "beverages", "pharma", "logistics", "retail", "manufacturing", "printing"]

[fields.key_account]        # the largest accounts, looked after by name
type = "bool"

[fields.language]           # the language a contact person prefers
type = "enum"
values = ["lv", "lt", "et", "cs", "sr", "en"]

[fields.products]           # what the customer buys (or asked about)
type = "list"
values = ["labels", "film", "tape", "cartons", "printers", "service"]

[fields.renewal]            # when the printer service contract renews
type = "date"

[fields.vat_id]
type = "string"

[segments]
vip = "revenue >= 20000"
key_accounts = "fields.key_account = true"
dormant = "stage = customer and last_purchase < -120d"
at_risk = "rfm in ['At Risk', \"Can't Lose Them\", 'About To Sleep']"
promoters = "nps >= 9"
detractors = "nps <= 6"
overdue = "next.date < today"
hot_deals = "pipeline >= 5000"
new_leads = "stage = lead and created >= -30d"
no_consent = "consent.email != true"
contacts = "kind = person and exists company"
renewals_soon = "fields.renewal <= +6m"

# Research surveys (report kano, report servqual), imported from form exports
# with `rapport import --survey NAME FILE`.
[surveys.features-2026]     # which portal features matter, and how (KANO)
method = "kano"
columns = { "How would you feel if you could order from a mobile app?" = "F:mobile_app", "How would you feel if you could not?" = "D:mobile_app" }

[surveys.service-2026]      # the gap between expected and perceived service (SERVQUAL, 22 items)
method = "servqual"
"#;

/// People's names of one country: male and female first names, and
/// surnames in their (male, female) forms.
struct Names {
    male: &'static [&'static str],
    female: &'static [&'static str],
    surnames: &'static [(&'static str, &'static str)],
}

/// What differs between the firm's markets.
struct Market {
    country: usize,
    names: Names,
    /// First words of company names, and the trade words with the industry
    /// they stand for.
    prefixes: &'static [&'static str],
    trades: &'static [(&'static str, &'static str)],
    /// A family firm's name: `{}` is the owner's surname.
    family: &'static str,
    streets: &'static [&'static str],
    /// City, and the range of its postcodes.
    cities: &'static [(&'static str, u32, u32)],
    mailboxes: &'static [&'static str],
    owners: &'static [&'static str],
    language: &'static str,
    /// What the owners write in the local language: a touch, and a support
    /// case.
    local: (&'static str, &'static str),
    case: &'static str,
}

const MARKETS: &[Market] = &[
    Market {
        country: LV,
        names: Names {
            male: &[
                "Jānis",
                "Andris",
                "Mārtiņš",
                "Kārlis",
                "Ēriks",
                "Edgars",
                "Roberts",
                "Artūrs",
                "Raimonds",
                "Guntis",
                "Aivars",
                "Oskars",
                "Valdis",
                "Uldis",
                "Krišjānis",
                "Reinis",
            ],
            female: &[
                "Anna",
                "Līga",
                "Ilze",
                "Zane",
                "Dace",
                "Inese",
                "Kristīne",
                "Laura",
                "Baiba",
                "Sanita",
                "Ieva",
                "Agnese",
                "Elīna",
                "Marta",
                "Evija",
                "Madara",
            ],
            surnames: &[
                ("Ozoliņš", "Ozoliņa"),
                ("Bērziņš", "Bērziņa"),
                ("Kalniņš", "Kalniņa"),
                ("Jansons", "Jansone"),
                ("Liepiņš", "Liepiņa"),
                ("Krūmiņš", "Krūmiņa"),
                ("Zariņš", "Zariņa"),
                ("Vītols", "Vītola"),
                ("Pētersons", "Pētersone"),
                ("Eglītis", "Eglīte"),
                ("Kļaviņš", "Kļaviņa"),
                ("Lācis", "Lāce"),
                ("Siliņš", "Siliņa"),
                ("Grīnbergs", "Grīnberga"),
                ("Balodis", "Balode"),
                ("Ābols", "Ābola"),
                ("Upītis", "Upīte"),
                ("Strazdiņš", "Strazdiņa"),
                ("Kalējs", "Kalēja"),
                ("Zvaigzne", "Zvaigzne"),
            ],
        },
        prefixes: &[
            "Rīgas", "Baltijas", "Vidzemes", "Kurzemes", "Latgales", "Zemgales", "Dzintara",
            "Jūras", "Daugavas", "Gaujas", "Saules", "Ziemeļu",
        ],
        trades: &[
            ("Maiznīca", "food"),
            ("Piens", "food"),
            ("Konditoreja", "food"),
            ("Zivis", "food"),
            ("Dzērieni", "beverages"),
            ("Alus", "beverages"),
            ("Farmācija", "pharma"),
            ("Loģistika", "logistics"),
            ("Noliktavas", "logistics"),
            ("Tirdzniecība", "retail"),
            ("Mēbeles", "manufacturing"),
            ("Metāls", "manufacturing"),
            ("Koks", "manufacturing"),
            ("Tipogrāfija", "printing"),
        ],
        family: "{} un dēli",
        streets: &[
            "Brīvības iela",
            "Krasta iela",
            "Maskavas iela",
            "Dzirnavu iela",
            "Ganību dambis",
            "Lielā iela",
            "Rūpniecības iela",
            "Skanstes iela",
            "Tērbatas iela",
            "Ūdeļu iela",
        ],
        cities: &[
            ("Rīga", 1001, 1084),
            ("Rīga", 1001, 1084),
            ("Rīga", 1001, 1084),
            ("Liepāja", 3401, 3414),
            ("Daugavpils", 5401, 5422),
            ("Jelgava", 3001, 3008),
            ("Valmiera", 4201, 4202),
            ("Ventspils", 3601, 3602),
            ("Cēsis", 4101, 4101),
        ],
        mailboxes: &["info", "birojs", "pasutijumi"],
        owners: &["anna", "janis"],
        language: "lv",
        local: ("call", "Pārrunājām piegādes grafiku"),
        case: "Rēķins nav saņemts",
    },
    Market {
        country: CZ,
        names: Names {
            male: &[
                "Jiří",
                "Petr",
                "Tomáš",
                "Jan",
                "Martin",
                "Ondřej",
                "Pavel",
                "Lukáš",
                "Jakub",
                "Michal",
                "Vojtěch",
                "Radek",
                "Zdeněk",
                "Miroslav",
                "Karel",
                "Štěpán",
            ],
            female: &[
                "Jana",
                "Tereza",
                "Lucie",
                "Šárka",
                "Kateřina",
                "Petra",
                "Lenka",
                "Markéta",
                "Veronika",
                "Eva",
                "Hana",
                "Barbora",
                "Zuzana",
                "Alena",
                "Michaela",
                "Klára",
            ],
            surnames: &[
                ("Novák", "Nováková"),
                ("Dvořák", "Dvořáková"),
                ("Svoboda", "Svobodová"),
                ("Černý", "Černá"),
                ("Procházka", "Procházková"),
                ("Kučera", "Kučerová"),
                ("Veselý", "Veselá"),
                ("Horák", "Horáková"),
                ("Němec", "Němcová"),
                ("Marek", "Marková"),
                ("Pokorný", "Pokorná"),
                ("Růžička", "Růžičková"),
                ("Beneš", "Benešová"),
                ("Fiala", "Fialová"),
                ("Sedláček", "Sedláčková"),
                ("Doležal", "Doležalová"),
                ("Zeman", "Zemanová"),
                ("Kolář", "Kolářová"),
                ("Navrátil", "Navrátilová"),
                ("Čermák", "Čermáková"),
            ],
        },
        prefixes: &[
            "Moravské",
            "Pražské",
            "Jihočeské",
            "Brněnské",
            "Krkonošské",
            "Slezské",
            "Šumavské",
            "Valašské",
            "Hanácké",
            "Plzeňské",
            "Ostravské",
            "Labské",
        ],
        trades: &[
            ("pekárny", "food"),
            ("mlékárny", "food"),
            ("uzeniny", "food"),
            ("lahůdky", "food"),
            ("pivovary", "beverages"),
            ("nápoje", "beverages"),
            ("lékárny", "pharma"),
            ("sklady", "logistics"),
            ("obchody", "retail"),
            ("strojírny", "manufacturing"),
            ("sklárny", "manufacturing"),
            ("pily", "manufacturing"),
            ("tiskárny", "printing"),
        ],
        family: "{} a syn",
        streets: &[
            "Masarykova",
            "Vídeňská",
            "Palackého",
            "Nádražní",
            "Průmyslová",
            "Husova",
            "Žižkova",
            "Tovární",
            "Komenského",
            "Štefánikova",
        ],
        cities: &[
            ("Praha", 110, 199),
            ("Praha", 110, 199),
            ("Brno", 602, 644),
            ("Brno", 602, 644),
            ("Ostrava", 702, 725),
            ("Plzeň", 301, 326),
            ("Olomouc", 779, 783),
            ("České Budějovice", 370, 371),
            ("Zlín", 760, 763),
        ],
        mailboxes: &["info", "objednavky", "obchod"],
        owners: &["petra", "ondrej"],
        language: "cs",
        local: ("call", "Domluvili jsme další objednávku"),
        case: "Chybí dodací list",
    },
    Market {
        country: RS,
        names: Names {
            male: &[
                "Милош",
                "Никола",
                "Драган",
                "Ђорђе",
                "Марко",
                "Стефан",
                "Немања",
                "Душан",
                "Александар",
                "Милан",
                "Зоран",
                "Владимир",
                "Бојан",
                "Предраг",
                "Лазар",
                "Вук",
            ],
            female: &[
                "Јована",
                "Ана",
                "Љиљана",
                "Невена",
                "Милица",
                "Јелена",
                "Марија",
                "Драгана",
                "Снежана",
                "Тијана",
                "Ивана",
                "Катарина",
                "Сања",
                "Бранкица",
                "Мирјана",
                "Теодора",
            ],
            surnames: &[
                ("Петровић", "Петровић"),
                ("Јовановић", "Јовановић"),
                ("Николић", "Николић"),
                ("Ђорђевић", "Ђорђевић"),
                ("Марковић", "Марковић"),
                ("Илић", "Илић"),
                ("Стојановић", "Стојановић"),
                ("Павловић", "Павловић"),
                ("Милошевић", "Милошевић"),
                ("Станковић", "Станковић"),
                ("Поповић", "Поповић"),
                ("Живковић", "Живковић"),
                ("Томић", "Томић"),
                ("Лазић", "Лазић"),
                ("Костић", "Костић"),
                ("Радовановић", "Радовановић"),
                ("Ђурић", "Ђурић"),
                ("Филиповић", "Филиповић"),
                ("Џаковић", "Џаковић"),
                ("Јанковић", "Јанковић"),
            ],
        },
        prefixes: &[
            "Дунав",
            "Морава",
            "Сава",
            "Тара",
            "Шумадија",
            "Војводина",
            "Златибор",
            "Ибар",
            "Фрушка",
            "Авала",
            "Копаоник",
            "Тимок",
        ],
        trades: &[
            ("Пекара", "food"),
            ("Млекара", "food"),
            ("Млин", "food"),
            ("Вино", "beverages"),
            ("Пиво", "beverages"),
            ("Фарм", "pharma"),
            ("Транс", "logistics"),
            ("Логистика", "logistics"),
            ("Трговина", "retail"),
            ("Метал", "manufacturing"),
            ("Пласт", "manufacturing"),
            ("Штампа", "printing"),
        ],
        family: "{} и синови",
        streets: &[
            "Булевар ослобођења",
            "Кнеза Милоша",
            "Индустријска",
            "Војводе Степе",
            "Немањина",
            "Булевар краља Александра",
            "Цара Душана",
            "Железничка",
            "Браће Југовића",
            "Његошева",
        ],
        cities: &[
            ("Београд", 11000, 11300),
            ("Београд", 11000, 11300),
            ("Нови Сад", 21000, 21138),
            ("Нови Сад", 21000, 21138),
            ("Ниш", 18000, 18116),
            ("Крагујевац", 34000, 34000),
            ("Суботица", 24000, 24000),
            ("Чачак", 32000, 32000),
        ],
        mailboxes: &["info", "prodaja", "kancelarija"],
        owners: &["jovana", "marko"],
        language: "sr",
        local: ("call", "Договорили испоруку за следећу недељу"),
        case: "Проблем са испоруком",
    },
    Market {
        country: LT,
        names: Names {
            male: &["Tomas", "Jonas", "Mantas", "Andrius", "Darius"],
            female: &["Rūta", "Eglė", "Aušra", "Inga", "Jurgita"],
            surnames: &[
                ("Kazlauskas", "Kazlauskienė"),
                ("Petrauskas", "Petrauskienė"),
                ("Stankevičius", "Stankevičienė"),
                ("Vasiliauskas", "Vasiliauskienė"),
                ("Žukauskas", "Žukauskienė"),
            ],
        },
        prefixes: &["Baltijos", "Nemuno", "Vilniaus", "Kauno"],
        trades: &[
            ("Duona", "food"),
            ("Logistika", "logistics"),
            ("Prekyba", "retail"),
            ("Spauda", "printing"),
        ],
        family: "{} ir sūnūs",
        streets: &[
            "Gedimino pr.",
            "Savanorių pr.",
            "Pramonės g.",
            "Laisvės al.",
        ],
        cities: &[("Vilnius", 1100, 14300), ("Kaunas", 44100, 52500)],
        mailboxes: &["info", "uzsakymai"],
        owners: &["janis"],
        language: "lt",
        local: ("call", "Aptarėme pristatymo grafiką"),
        case: "Negauta sąskaita",
    },
    Market {
        country: EE,
        names: Names {
            male: &["Jüri", "Tõnu", "Märt", "Andres", "Priit"],
            female: &["Mari", "Kadri", "Liis", "Kristiina", "Triin"],
            surnames: &[
                ("Tamm", "Tamm"),
                ("Saar", "Saar"),
                ("Sepp", "Sepp"),
                ("Mägi", "Mägi"),
                ("Kask", "Kask"),
            ],
        },
        prefixes: &["Tallinna", "Tartu", "Pärnu", "Saare"],
        trades: &[
            ("Leib", "food"),
            ("Logistika", "logistics"),
            ("Kaubandus", "retail"),
            ("Trükk", "printing"),
        ],
        family: "{} ja pojad",
        streets: &["Pärnu mnt", "Tartu mnt", "Peterburi tee", "Narva mnt"],
        cities: &[("Tallinn", 10111, 13522), ("Tartu", 50050, 51014)],
        mailboxes: &["info", "tellimus"],
        owners: &["janis"],
        language: "et",
        local: ("call", "Arutasime tarnegraafikut"),
        case: "Arve puudub",
    },
];

/// The share (in percent) of companies, and of sole traders, from each
/// market, in the order of `MARKETS`.
const COMPANY_MIX: [u64; 5] = [40, 30, 24, 3, 3];
const TRADER_MIX: [u64; 5] = [40, 32, 28, 0, 0];

/// An acquisition channel: its share (of 100), the acquisition cost in
/// cents (low, high), and how often the cost is known (percent).
struct Channel {
    name: &'static str,
    weight: u64,
    cost: (i64, i64),
    costed: u64,
}

const CHANNELS: &[Channel] = &[
    Channel {
        name: "website",
        weight: 24,
        cost: (4_000, 12_000),
        costed: 60,
    },
    Channel {
        name: "referral",
        weight: 18,
        cost: (5_000, 15_000),
        costed: 70,
    },
    Channel {
        name: "google-ads",
        weight: 16,
        cost: (15_000, 45_000),
        costed: 100,
    },
    Channel {
        name: "linkedin",
        weight: 12,
        cost: (20_000, 60_000),
        costed: 100,
    },
    Channel {
        name: "cold-call",
        weight: 12,
        cost: (8_000, 25_000),
        costed: 80,
    },
    Channel {
        name: "partner",
        weight: 8,
        cost: (30_000, 90_000),
        costed: 100,
    },
];

/// A campaign: the customers it brought in were created in its two weeks.
struct Campaign {
    name: &'static str,
    start: (i32, u32, u32),
    /// The markets it reached (indices into `COUNTRIES`).
    countries: &'static [usize],
    cost: (i64, i64),
    /// The first interaction's summary.
    met: &'static str,
}

const CAMPAIGNS: &[Campaign] = &[
    Campaign {
        name: "riga-food-2024",
        start: (2024, 9, 4),
        countries: &[LV, LT, EE],
        cost: (35_000, 90_000),
        met: "Met at the stand; took the catalogue",
    },
    Campaign {
        name: "webinar-labels-2025",
        start: (2025, 3, 12),
        countries: &[LV, CZ, RS, LT, EE],
        cost: (8_000, 20_000),
        met: "Joined the webinar on labels",
    },
    Campaign {
        name: "msv-brno-2025",
        start: (2025, 9, 23),
        countries: &[CZ],
        cost: (40_000, 110_000),
        met: "Met at the stand; took the catalogue",
    },
    Campaign {
        name: "sajam-ambalaze-2026",
        start: (2026, 4, 14),
        countries: &[RS],
        cost: (30_000, 80_000),
        met: "Met at the stand; took the catalogue",
    },
];

/// The NPS survey waves: everyone who is a customer on the day is asked.
const SURVEYS: &[(i32, u32, u32)] = &[
    (2024, 2, 12),
    (2024, 8, 12),
    (2025, 2, 10),
    (2025, 8, 11),
    (2026, 2, 9),
    (2026, 8, 10),
];

/// What the firm sells.
struct Product {
    /// The value of the `products` field.
    field: &'static str,
    /// The deal that makes a customer, and the order that comes of it.
    deal: &'static str,
    first_order: &'static str,
    /// Repeat orders: what, counted in what, at what price (cents).
    repeat: &'static str,
    unit: &'static str,
    price: i64,
}

const PRODUCTS: &[Product] = &[
    Product {
        field: "labels",
        deal: "Label printer LP-4",
        first_order: "Label printer LP-4 with installation and starter labels",
        repeat: "Thermal labels 100×150",
        unit: "rolls",
        price: 1_150,
    },
    Product {
        field: "labels",
        deal: "Label printers LP-2",
        first_order: "Two label printers LP-2 and a year of labels",
        repeat: "Printed labels with logo",
        unit: "thousand",
        price: 2_800,
    },
    Product {
        field: "film",
        deal: "Pallet wrapper PW-2",
        first_order: "Pallet wrapper PW-2 and stretch film",
        repeat: "Stretch film 23 µm",
        unit: "rolls",
        price: 1_450,
    },
    Product {
        field: "film",
        deal: "Shrink tunnel ST-1",
        first_order: "Shrink tunnel ST-1 and film",
        repeat: "Shrink film",
        unit: "rolls",
        price: 3_900,
    },
    Product {
        field: "tape",
        deal: "Tape dispensers",
        first_order: "Tape dispensers and a year of tape",
        repeat: "Packing tape",
        unit: "boxes",
        price: 4_400,
    },
    Product {
        field: "cartons",
        deal: "Carton erector CE-1",
        first_order: "Carton erector CE-1 and starter cartons",
        repeat: "Cartons, five sizes",
        unit: "pcs",
        price: 120,
    },
];

/// Titles of the deals that sell more to a customer.
const UPSELLS: &[(&str, &str)] = &[
    ("Second packing line", "film"),
    ("Labels for the new warehouse", "labels"),
    ("Annual supply agreement", "tape"),
    ("Printer fleet upgrade", "printers"),
    ("Custom printed cartons", "cartons"),
    ("Pilot: recyclable film", "film"),
];

const LEAD_CALLS: &[&str] = &[
    "Intro call: uses labels from a competitor",
    "Intro call: interested in film",
];
const LEAD_EMAILS: &[&str] = &[
    "Sent the brochure and the price list",
    "Sent the catalogue they asked for",
];
const PROSPECT_TOUCHES: &[(&str, &str)] = &[
    ("meeting", "Demo of the label printer at their site"),
    ("email", "Sent the offer"),
    ("call", "Went through the offer line by line"),
    ("email", "Sent samples of the film"),
    ("call", "Negotiated the price and delivery terms"),
    ("meeting", "Visited their packing line"),
];
const CUSTOMER_TOUCHES: &[(&str, &str)] = &[
    ("call", "Checked their stock of labels"),
    ("call", "Asked about delivery times"),
    ("call", "Reorder reminder"),
    ("call", "Talked about a second packing line"),
    ("email", "Sent the updated price list"),
    ("email", "Sent the order confirmation"),
    ("email", "Sent samples of the new recyclable film"),
    ("email", "Invoice copy sent"),
    ("meeting", "Quarterly review"),
    ("meeting", "Visit at their plant"),
    ("meeting", "Met at the trade fair stand"),
    ("note", "Prefers deliveries on Tuesdays"),
    ("note", "New purchasing manager from January"),
    ("note", "Pays late; ask for prepayment on big orders"),
    ("note", "Budget for next year approved"),
];
const SUPPORT_CASES: &[&str] = &[
    "Printer shows a ribbon error",
    "Labels peel off in the cold store",
    "Wrong film width delivered",
    "Invoice PDF missing",
    "Driver update for the label printer",
    "Delivery arrived damaged",
];
const LOST_REASONS: &[&str] = &[
    "Lost: chose a cheaper supplier",
    "Lost: the project is postponed to next year",
    "Lost: they keep their old printers",
];
const CHURN_NOTES: &[&str] = &[
    "No orders for months; they moved to a competitor",
    "Closed their packing site",
    "Buys from a distributor now",
];

/// A person's or a company's name, drawn.
struct Person {
    name: String,
    first: String,
    last: String,
}

/// One customer file being made.
struct Record {
    market: &'static Market,
    id: String,
    name: String,
    company_kind: bool,
    stage: &'static str,
    email: Option<String>,
    phone: Option<String>,
    company: Option<String>,
    owner: &'static str,
    tags: Vec<&'static str>,
    source: Option<&'static str>,
    acquisition_cost: Option<i64>,
    created: NaiveDate,
    street: Option<String>,
    city: &'static str,
    postcode: Option<String>,
    country: &'static str,
    employees: Option<i64>,
    industry: Option<&'static str>,
    key_account: Option<bool>,
    language: Option<&'static str>,
    products: BTreeSet<&'static str>,
    renewal: Option<NaiveDate>,
    vat_id: Option<String>,
    next: Option<(NaiveDate, &'static str)>,
    consent: Option<bool>,
    deals: Vec<Deal>,
    acts: Vec<Act>,
}

struct Deal {
    title: String,
    value: i64,
    stage: &'static str,
    opened: NaiveDate,
    closed: Option<NaiveDate>,
    /// Its key, expected close and lost reason: set by `deal_histories`.
    history: DealHistory,
}

/// What `deal add`, `deal move` and `deal lost` write besides the deal's
/// stage: drawn after the stories by [`World::deal_histories`].
#[derive(Default)]
struct DealHistory {
    key: Option<String>,
    expected: Option<NaiveDate>,
    lost_reason: Option<&'static str>,
}

/// One interaction, its keys in the file's order.
#[derive(Clone, Default)]
struct Act {
    date: Option<NaiveDate>,
    time: Option<(u32, u32)>,
    kind: &'static str,
    amount: Option<i64>,
    summary: Option<String>,
    reference: Option<String>,
    nps: Option<i64>,
    csat: Option<i64>,
    from: Option<&'static str>,
    to: Option<&'static str>,
    resolved: Option<(NaiveDate, u32, u32)>,
    owner: Option<&'static str>,
    /// A support case's priority (set by `case_priorities`).
    priority: Option<&'static str>,
    /// The deal a `deal` move moved (its key).
    deal: Option<String>,
    /// Customer effort, 1–7.
    ces: Option<i64>,
    /// A research survey's name and its answers, written last.
    research: Option<(&'static str, Vec<(String, String)>)>,
}

impl Act {
    fn new(date: NaiveDate, kind: &'static str) -> Act {
        Act {
            date: Some(date),
            kind,
            ..Act::default()
        }
    }

    fn said(mut self, summary: &str) -> Act {
        self.summary = Some(summary.to_string());
        self
    }

    fn day(&self) -> NaiveDate {
        self.date.expect("every act is dated")
    }

    fn event(&self) -> Event {
        let mut body = format!("kind = \"{}\"\n", self.kind);
        if let Some(a) = self.amount {
            let _ = writeln!(body, "amount = {}", money(a));
        }
        if let Some(s) = &self.summary {
            let _ = writeln!(body, "summary = {}", quoted(s));
        }
        if let Some(r) = &self.reference {
            let _ = writeln!(body, "ref = {}", quoted(r));
        }
        if let Some(n) = self.nps {
            let _ = writeln!(body, "nps = {n}");
        }
        if let Some(n) = self.csat {
            let _ = writeln!(body, "csat = {n}");
        }
        if let Some(n) = self.ces {
            let _ = writeln!(body, "ces = {n}");
        }
        if let Some(f) = self.from {
            let _ = writeln!(body, "from = \"{f}\"");
        }
        if let Some(t) = self.to {
            let _ = writeln!(body, "to = \"{t}\"");
        }
        if let Some(k) = &self.deal {
            let _ = writeln!(body, "deal = {}", quoted(k));
        }
        if let Some((d, h, m)) = self.resolved {
            let _ = writeln!(body, "resolved = {d}T{h:02}:{m:02}:00");
        }
        if let Some(o) = self.owner {
            let _ = writeln!(body, "owner = \"{o}\"");
        }
        // Where rapport writes it: after `resolved` and `owner`.
        if let Some(p) = self.priority {
            let _ = writeln!(body, "priority = \"{p}\"");
        }
        if let Some((survey, answers)) = &self.research {
            let _ = writeln!(body, "survey = \"{survey}\"\n\n[interactions.answers]");
            for (key, value) in answers {
                let _ = writeln!(body, "{key} = {value}");
            }
        }
        Event {
            date: self.day(),
            time: self.time,
            body,
        }
    }
}

/// The customer's journey through the lifecycle, as the account's story
/// decided it: the day of each stage move, and whether it stopped buying.
#[derive(Default)]
struct Journey {
    prospect: Option<NaiveDate>,
    customer: Option<NaiveDate>,
    /// The last order of a customer who stopped buying.
    stopped: Option<NaiveDate>,
    churned: Option<NaiveDate>,
    /// A lost first deal sent the prospect back to lead on this day.
    recycled: Option<NaiveDate>,
}

impl Journey {
    /// Returns the stage at the end of `d`.
    fn stage_at(&self, d: NaiveDate) -> &'static str {
        let on = |x: Option<NaiveDate>| x.is_some_and(|x| x <= d);
        if on(self.churned) {
            "churned"
        } else if on(self.customer) {
            "customer"
        } else if on(self.recycled) {
            "lead"
        } else if on(self.prospect) {
            "prospect"
        } else {
            "lead"
        }
    }

    /// Returns the stage moves: (day, from, to).
    fn moves(&self) -> Vec<(NaiveDate, &'static str, &'static str)> {
        let mut moves = Vec::new();
        if let Some(d) = self.prospect {
            moves.push((d, "lead", "prospect"));
        }
        if let Some(d) = self.recycled {
            moves.push((d, "prospect", "lead"));
        }
        if let Some(d) = self.customer {
            moves.push((d, "prospect", "customer"));
        }
        if let Some(d) = self.churned {
            moves.push((d, "customer", "churned"));
        }
        moves
    }
}

struct World {
    rng: Rng,
    today: NaiveDate,
    opened: NaiveDate,
    ids: HashSet<String>,
    names: HashSet<String>,
    records: Vec<Record>,
}

fn plus(d: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        d + Days::new(days as u64)
    } else {
        d - Days::new(days.unsigned_abs())
    }
}

fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

impl World {
    fn new() -> World {
        World {
            rng: Rng::new(SEED, 0, 0),
            today: day(END),
            opened: day(OPENED),
            ids: HashSet::new(),
            names: HashSet::new(),
            records: Vec::new(),
        }
    }

    /// Draws an index by weights.
    fn weighted(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        let mut x = self.rng.below(total);
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }

    /// A day in `lo..=hi`.
    fn day_in(&mut self, lo: NaiveDate, hi: NaiveDate) -> NaiveDate {
        let span = days_between(lo, hi).max(0);
        plus(lo, self.rng.between(0, span))
    }

    /// An exponential draw with mean `mean`.
    fn exponential(&mut self, mean: f64) -> f64 {
        -libm::log(self.rng.unit()) * mean
    }

    /// A beta(1/2, k) draw: X / (X + Y) with X = Z²/2 ~ gamma(1/2) (Z
    /// standard normal, by Box-Muller) and Y ~ gamma(k), a sum of k
    /// exponentials.
    fn beta_half(&mut self, k: u32) -> f64 {
        let radius = libm::sqrt(-2.0 * libm::log(self.rng.unit()));
        let z = radius * libm::cos(2.0 * std::f64::consts::PI * self.rng.unit());
        let x = z * z / 2.0;
        let y: f64 = (0..k).map(|_| self.exponential(1.0)).sum();
        x / (x + y)
    }

    /// A working-hours time of day.
    fn office_time(&mut self) -> (u32, u32) {
        (
            self.rng.between(8, 17) as u32,
            5 * self.rng.below(12) as u32,
        )
    }

    /// Returns the id a second record of a name gets, numbered as `rapport
    /// add` numbers it (`-2`, `-3` …).
    fn claim_again(&mut self, name: &str) -> String {
        let base = rapport::model::id::slug(name);
        let mut id = base.clone();
        let mut n = 1;
        while self.ids.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.ids.insert(id.clone());
        id
    }

    /// Returns the id a name gets, or None when it is taken.
    fn claim(&mut self, name: &str) -> Option<String> {
        let id = rapport::model::id::slug(name);
        if self.names.contains(name) || self.ids.contains(&id) {
            return None;
        }
        self.names.insert(name.to_string());
        self.ids.insert(id.clone());
        Some(id)
    }

    fn person_name(&mut self, m: &Market) -> Person {
        let female = self.rng.percent(50);
        let first = if female {
            self.rng.pick(m.names.female)
        } else {
            self.rng.pick(m.names.male)
        };
        let (he, she) = *self.rng.choose(m.names.surnames);
        let last = if female { she } else { he };
        Person {
            name: format!("{first} {last}"),
            first: first.to_string(),
            last: last.to_string(),
        }
    }

    fn phone(&mut self, country: usize, mobile: bool) -> String {
        let r = &mut self.rng;
        match (country, mobile) {
            (LV, true) => format!("+371 2{:03} {:04}", r.below(1000), r.below(10000)),
            (LV, false) => format!("+371 67{:02} {:04}", r.below(100), r.below(10000)),
            (CZ, _) => format!(
                "+420 {}{:02} {:03} {:03}",
                if mobile { 6 + r.below(2) } else { 5 },
                r.below(100),
                r.below(1000),
                r.below(1000)
            ),
            (RS, true) => format!(
                "+381 6{} {:03} {:04}",
                r.below(10),
                r.below(1000),
                r.below(10000)
            ),
            (RS, false) => format!("+381 11 {:03} {:04}", r.below(1000), r.below(10000)),
            (LT, _) => format!("+370 6{:02} {:05}", r.below(100), r.below(100000)),
            _ => format!("+372 5{:03} {:04}", r.below(1000), r.below(10000)),
        }
    }

    fn postcode(&mut self, country: usize, lo: u32, hi: u32) -> String {
        let n = self.rng.between(lo as i64, hi as i64);
        match country {
            LV => format!("LV-{n:04}"),
            LT => format!("LT-{n:05}"),
            CZ => format!("{n:03} 00"),
            _ => format!("{n:05}"),
        }
    }

    /// A blank record of a market, with an address.
    fn blank(
        &mut self,
        m: &'static Market,
        id: String,
        name: String,
        created: NaiveDate,
    ) -> Record {
        let (city, lo, hi) = *self.rng.choose(m.cities);
        let street = self
            .rng
            .percent(85)
            .then(|| format!("{} {}", self.rng.pick(m.streets), self.rng.between(1, 140)));
        let postcode = self
            .rng
            .percent(80)
            .then(|| self.postcode(m.country, lo, hi));
        Record {
            market: m,
            id,
            name,
            company_kind: false,
            stage: "lead",
            email: None,
            phone: None,
            company: None,
            owner: self.rng.pick(m.owners),
            tags: Vec::new(),
            source: None,
            acquisition_cost: None,
            created,
            street,
            city,
            postcode,
            country: COUNTRIES[m.country].code,
            employees: None,
            industry: None,
            key_account: None,
            language: None,
            products: BTreeSet::new(),
            renewal: None,
            vat_id: None,
            next: None,
            consent: None,
            deals: Vec::new(),
            acts: Vec::new(),
        }
    }

    /// Where an account came from and when: (source, cost, created).
    fn arrival(&mut self, country: usize) -> (&'static str, Option<i64>, NaiveDate) {
        let campaigns: Vec<&Campaign> = CAMPAIGNS
            .iter()
            .filter(|c| c.countries.contains(&country))
            .collect();
        if !campaigns.is_empty() && self.rng.percent(22) {
            let c = *self.rng.choose(&campaigns);
            let start = day(c.start);
            let created = plus(start, self.rng.between(0, 13));
            let cost = self.rng.between(c.cost.0, c.cost.1);
            return (c.name, Some(cost), created);
        }
        let weights: Vec<u64> = CHANNELS.iter().map(|c| c.weight).collect();
        let ch = &CHANNELS[self.weighted(&weights)];
        let cost = self
            .rng
            .percent(ch.costed)
            .then(|| self.rng.between(ch.cost.0, ch.cost.1));
        // More accounts every year: `created` is spread as U^(2/3), so its
        // density grows as the square root of the time since the start.
        let span = days_between(self.opened, plus(self.today, -3)) as f64;
        let cube = libm::cbrt(self.rng.unit());
        let offset = (span * cube * cube) as i64;
        (ch.name, cost, plus(self.opened, offset))
    }

    fn populate(&mut self) {
        let mut companies = 0;
        while companies < COMPANIES {
            let m = &MARKETS[self.weighted(&COMPANY_MIX)];
            if self.company(m) {
                companies += 1;
            }
        }
        while self.records.len() < CUSTOMERS - 3 {
            let m = &MARKETS[self.weighted(&TRADER_MIX)];
            self.sole_trader(m);
        }
        self.duplicates();
    }

    /// Adds a company and its contact persons; false when the drawn name is
    /// taken.
    fn company(&mut self, m: &'static Market) -> bool {
        let (prefix_name, industry) = if self.rng.percent(15) {
            let (he, _) = *self.rng.choose(m.names.surnames);
            let (_, industry) = *self.rng.choose(m.trades);
            (m.family.replace("{}", he), industry)
        } else {
            let prefix = self.rng.pick(m.prefixes);
            let (trade, industry) = *self.rng.choose(m.trades);
            (format!("{prefix} {trade}"), industry)
        };
        let name = format!("{prefix_name} {}", COUNTRIES[m.country].company_suffix);
        let Some(id) = self.claim(&name) else {
            return false;
        };
        let domain = format!(
            "{}.example",
            rapport::model::id::slug(&prefix_name).replace("-un-", "-")
        );
        let (source, cost, created) = self.arrival(m.country);
        let mut r = self.blank(m, id, name, created);
        r.company_kind = true;
        r.source = Some(source);
        r.acquisition_cost = cost;
        r.industry = Some(industry);
        r.employees = Some((5.0 * libm::exp(4.5 * self.rng.unit())) as i64);
        r.vat_id = Some(match m.country {
            LV => format!("LV4000{:07}", self.rng.below(10_000_000)),
            CZ => format!("CZ{:08}", self.rng.below(100_000_000)),
            RS => format!("RS1{:08}", self.rng.below(100_000_000)),
            LT => format!("LT{:09}", self.rng.below(1_000_000_000)),
            _ => format!("EE10{:07}", self.rng.below(10_000_000)),
        });
        if self.rng.percent(95) {
            r.email = Some(format!("{}@{domain}", self.rng.pick(m.mailboxes)));
        }
        if self.rng.percent(85) {
            r.phone = Some(self.phone(m.country, false));
        }
        r.tags.push("b2b");
        if self.rng.percent(6) {
            r.tags.push("reseller");
        }
        if self.rng.percent(20) {
            r.tags.push("exporter");
        }
        if self.rng.percent(75) {
            r.consent = Some(self.rng.percent(88));
            if r.consent == Some(true) && self.rng.percent(60) {
                r.tags.push("newsletter");
            }
        }

        let contacts = match self.rng.below(100) {
            0..45 => 0,
            45..85 => 1,
            _ => 2,
        };
        let journey = self.story(&mut r, true);
        let mut people: Vec<Record> = Vec::new();
        for n in 0..contacts {
            let person = self.person_name(m);
            let Some(pid) = self.claim(&person.name) else {
                continue;
            };
            // The first contact comes with the account; a second one is met
            // when it becomes a prospect.
            let created = match (n, journey.prospect) {
                (0, _) | (_, None) => r.created,
                (_, Some(p)) => p,
            };
            let mut p = self.blank(m, pid, person.name.clone(), created);
            p.city = r.city;
            p.street = None;
            p.postcode = None;
            p.owner = r.owner;
            p.company = Some(r.id.clone());
            p.language = Some(if self.rng.percent(8) {
                "en"
            } else {
                m.language
            });
            if self.rng.percent(92) {
                p.email = Some(format!(
                    "{}.{}@{domain}",
                    rapport::model::id::slug(&person.first),
                    rapport::model::id::slug(&person.last)
                ));
            }
            if self.rng.percent(80) {
                p.phone = Some(self.phone(m.country, true));
            }
            p.consent = r.consent;
            for (d, from, to) in journey.moves() {
                if d >= p.created {
                    let mut a = Act::new(d, "stage");
                    a.from = Some(from);
                    a.to = Some(to);
                    p.acts.push(a);
                }
            }
            p.stage = journey.stage_at(self.today);
            people.push(p);
        }
        // Contact persons carry part of the conversation: calls, e-mails,
        // meetings, support cases and survey answers.
        let acts = std::mem::take(&mut r.acts);
        for a in acts {
            let movable = matches!(a.kind, "call" | "email" | "meeting" | "support" | "survey");
            let eligible: Vec<usize> = (0..people.len())
                .filter(|&i| people[i].created <= a.day())
                .collect();
            if movable && !eligible.is_empty() && self.rng.percent(60) {
                let i = *self.rng.choose(&eligible);
                people[i].acts.push(a);
            } else {
                r.acts.push(a);
            }
        }
        self.records.push(r);
        self.records.extend(people);
        true
    }

    fn sole_trader(&mut self, m: &'static Market) {
        let person = self.person_name(m);
        let Some(id) = self.claim(&person.name) else {
            return;
        };
        let (source, cost, created) = self.arrival(m.country);
        let mut r = self.blank(m, id, person.name.clone(), created);
        r.source = Some(source);
        r.acquisition_cost = cost.map(|c| c / 2);
        r.language = Some(m.language);
        let (_, industry) = *self.rng.choose(m.trades);
        r.industry = Some(industry);
        if self.rng.percent(90) {
            r.email = Some(format!(
                "{}.{}@mail.example",
                rapport::model::id::slug(&person.first),
                rapport::model::id::slug(&person.last)
            ));
        }
        if self.rng.percent(85) {
            r.phone = Some(self.phone(m.country, true));
        }
        r.tags.push("sole-trader");
        if self.rng.percent(70) {
            r.consent = Some(self.rng.percent(85));
            if r.consent == Some(true) && self.rng.percent(50) {
                r.tags.push("newsletter");
            }
        }
        self.story(&mut r, false);
        self.records.push(r);
    }

    /// Plays an account's story: its journey (with the stage moves), deals,
    /// orders, the owner's contacts, surveys, support cases and the next
    /// follow-up.
    fn story(&mut self, r: &mut Record, company: bool) -> Journey {
        let j = self.play(r, company);
        for (d, from, to) in j.moves() {
            let mut a = Act::new(d, "stage");
            a.from = Some(from);
            a.to = Some(to);
            r.acts.push(a);
        }
        self.follow_up(r, &j);
        r.stage = j.stage_at(self.today);
        j
    }

    fn play(&mut self, r: &mut Record, company: bool) -> Journey {
        let today = self.today;
        let mut j = Journey::default();
        let first = if r.source == Some("website") {
            Act::new(r.created, "note").said("Asked for the catalogue through the website form")
        } else if let Some(c) = CAMPAIGNS.iter().find(|c| Some(c.name) == r.source) {
            Act::new(r.created, "meeting").said(c.met)
        } else {
            let (kind, summary) = if self.rng.percent(50) {
                ("call", self.rng.pick(LEAD_CALLS))
            } else {
                ("email", self.rng.pick(LEAD_EMAILS))
            };
            Act::new(r.created, kind).said(summary)
        };
        r.acts.push(first);

        let product = self.rng.choose(PRODUCTS);
        r.products.insert(product.field);
        let scale: i64 = if company { 100 } else { 25 };
        let prospect = plus(r.created, self.rng.between(4, 60));
        let progresses = self.rng.percent(80);
        if !progresses || prospect > today {
            // Still a lead: recent ones may have a qualified deal.
            if days_between(r.created, today) <= 45 && self.rng.percent(45) {
                let opened = plus(r.created, self.rng.between(1, 6)).min(today);
                r.deals.push(Deal {
                    title: product.deal.to_string(),
                    value: scale * self.rng.between(20, 120) * 100,
                    stage: "qualified",
                    opened,
                    closed: None,
                    history: DealHistory::default(),
                });
            } else if days_between(r.created, today) > 90 && self.rng.percent(40) {
                let d = plus(r.created, self.rng.between(20, 80));
                r.acts
                    .push(Act::new(d, "note").said("Not now; call again next year"));
            }
            return j;
        }
        j.prospect = Some(prospect);
        r.acts
            .push(Act::new(prospect, "meeting").said("Demo of the label printer at their site"));
        let value = scale * self.rng.between(15, 130) * 100;
        let close = plus(prospect, self.rng.between(14, 100));
        let wins = self.rng.percent(70);
        let mut deal = Deal {
            title: product.deal.to_string(),
            value,
            stage: "proposal",
            opened: prospect,
            closed: None,
            history: DealHistory::default(),
        };
        let until = close.min(today);
        let touches = self.rng.between(1, 3);
        for _ in 0..touches {
            let d = self.day_in(plus(prospect, 1), until);
            let (kind, summary) = *self.rng.choose(PROSPECT_TOUCHES);
            r.acts.push(Act::new(d, kind).said(summary));
        }
        if close > today {
            // An open deal, further along the longer it has been open.
            let age = days_between(prospect, today);
            deal.stage = match (age, self.rng.below(100)) {
                (0..10, _) => "qualified",
                (_, 0..55) => "proposal",
                _ => "negotiation",
            };
            // A few prospects went quiet: no contact for over a month.
            if age > 45 && self.rng.percent(30) {
                r.acts
                    .retain(|a| days_between(a.day(), today) > 35 || a.kind == "stage");
            }
            r.deals.push(deal);
            return j;
        }
        if !wins {
            deal.stage = "lost";
            deal.closed = Some(close);
            r.deals.push(deal);
            r.acts
                .push(Act::new(close, "note").said(self.rng.pick(LOST_REASONS)));
            // Half of them go back to the leads, to be tried again later.
            if self.rng.percent(50) {
                j.recycled = Some(close);
            }
            return j;
        }
        deal.stage = "won";
        deal.closed = Some(close);
        r.deals.push(deal);
        j.customer = Some(close);
        self.buying(r, &mut j, close, value, product, scale);
        self.upsell(r, &j, scale);
        self.conversation(r, &j);
        self.surveys(r, &j);
        self.support(r, &j, company);
        j
    }

    /// The orders of a customer from `since` on: the first one the won deal,
    /// then repeat orders at the customer's own rate until they stop (after
    /// any order, with their own probability) or go silent too long.
    fn buying(
        &mut self,
        r: &mut Record,
        j: &mut Journey,
        since: NaiveDate,
        first: i64,
        product: &Product,
        scale: i64,
    ) {
        let today = self.today;
        let mut order = Act::new(since, "purchase").said(product.first_order);
        order.amount = Some(first);
        r.acts.push(order);
        // As BG/NBD has it: orders a week at a gamma(3)-distributed rate, and
        // after each order the customer stops with a beta(1/2, 10)-distributed
        // probability (mean 0.05: most are loyal, some fickle). Spend: each
        // order gamma(4)-distributed around the customer's own mean.
        let mean_weekly = if scale >= 100 { 0.2 } else { 0.1 };
        let shape: f64 = (0..3).map(|_| self.exponential(1.0)).sum();
        let rate = mean_weekly / 3.0 * shape;
        let stop = self.beta_half(10);
        let spend = scale as f64 * 6.0 * (self.exponential(1.0) + self.exponential(1.0) + 1.0);
        let mut last = since;
        let mut stopped = false;
        loop {
            if self.rng.unit() < stop {
                stopped = true;
                break;
            }
            let gap = (self.exponential(7.0 / rate)).round().max(1.0) as i64;
            if gap > GIVE_UP_DAYS {
                stopped = true;
                break;
            }
            let next = plus(last, gap);
            if next > today {
                break;
            }
            let shape: f64 = (0..4).map(|_| self.exponential(0.25)).sum();
            let amount = (spend * shape * 100.0) as i64 + 500;
            let mut a = Act::new(next, "purchase");
            a.amount = Some(amount);
            let qty = (amount / product.price).max(1);
            a.summary = Some(format!("{} ({qty} {})", product.repeat, product.unit));
            r.acts.push(a);
            if self.rng.percent(3) {
                let mut refund =
                    Act::new(plus(next, self.rng.between(3, 20)).min(today), "purchase");
                refund.amount = Some(-amount * self.rng.between(10, 50) / 100);
                refund.summary = Some("Credit note: damaged rolls".into());
                refund.reference = Some("CN".into());
                r.acts.push(refund);
            }
            last = next;
        }
        // A printer service contract, renewed every year while they buy.
        if r.products.contains("labels") && self.rng.percent(45) {
            r.products.insert("service");
            let fee = scale * self.rng.between(6, 24) * 100;
            let mut renew = since;
            let end = if stopped { last } else { today };
            while renew <= end {
                let mut a = Act::new(renew, "purchase");
                a.amount = Some(fee);
                a.summary = Some(format!("Printer service contract {}", renew.year()));
                r.acts.push(a);
                renew = renew
                    .with_year(renew.year() + 1)
                    .unwrap_or(plus(renew, 365));
            }
            if !stopped {
                r.renewal = Some(renew);
            }
        }
        if stopped {
            j.stopped = Some(last);
            let churned = plus(last, self.rng.between(190, 300));
            if churned <= today {
                j.churned = Some(churned);
                r.acts
                    .push(Act::new(churned, "note").said(self.rng.pick(CHURN_NOTES)));
            }
        }
        if self.rng.percent(35) {
            r.products.insert(self.rng.choose(PRODUCTS).field);
        }
    }

    /// A deal to sell a customer more, in any stage.
    fn upsell(&mut self, r: &mut Record, j: &Journey, scale: i64) {
        if !self.rng.percent(40) {
            return;
        }
        let today = self.today;
        let since = plus(j.customer.expect("a customer"), 30);
        let until = j.stopped.unwrap_or(today).min(today);
        if since >= until {
            return;
        }
        let opened = self.day_in(since, until);
        let (title, product) = *self.rng.choose(UPSELLS);
        let value = scale * self.rng.between(20, 250) * 100;
        let close = plus(opened, self.rng.between(20, 120));
        let mut deal = Deal {
            title: format!("{title} {}", opened.year()),
            value,
            stage: "qualified",
            opened,
            closed: None,
            history: DealHistory::default(),
        };
        if close > today {
            deal.stage = *self
                .rng
                .choose(&["qualified", "proposal", "proposal", "negotiation"]);
            r.acts
                .push(Act::new(opened, "email").said("Sent the offer"));
        } else if j.stopped.is_none() && self.rng.percent(55) {
            deal.stage = "won";
            deal.closed = Some(close);
            r.products.insert(product);
            let mut a = Act::new(close, "purchase");
            a.amount = Some(value);
            a.summary = Some(title.to_string());
            r.acts.push(a);
        } else {
            deal.stage = "lost";
            deal.closed = Some(close);
        }
        r.deals.push(deal);
    }

    /// The owner's calls, e-mails, meetings and notes while they buy.
    fn conversation(&mut self, r: &mut Record, j: &Journey) {
        let today = self.today;
        let start = j.customer.expect("a customer");
        let end = j.churned.unwrap_or(today);
        let colleagues = ["anna", "janis", "petra", "ondrej", "jovana", "marko"];
        let mut d = start;
        loop {
            d = plus(d, self.rng.between(40, 130));
            if d > end {
                break;
            }
            let (kind, summary) = if self.rng.percent(12) {
                r.market.local
            } else {
                *self.rng.choose(CUSTOMER_TOUCHES)
            };
            let mut a = Act::new(d, kind).said(summary);
            if kind == "call" && self.rng.percent(40) {
                a.time = Some(self.office_time());
            }
            if self.rng.percent(10) {
                let other = *self.rng.choose(&colleagues);
                if other != r.owner {
                    a.owner = Some(other);
                }
            }
            r.acts.push(a);
        }
        if let Some(c) = j.churned
            && self.rng.percent(30)
        {
            let d = plus(c, self.rng.between(30, 200));
            if d <= today {
                r.acts
                    .push(Act::new(d, "call").said("Win-back call with the new price list"));
            }
        }
    }

    /// Answers to the NPS waves: promoters while they buy, detractors among
    /// those about to stop.
    fn surveys(&mut self, r: &mut Record, j: &Journey) {
        for wave in SURVEYS {
            let wave = day(*wave);
            if j.stage_at(wave) != "customer" || !self.rng.percent(45) {
                continue;
            }
            let leaving = j.stopped.is_some_and(|s| s <= plus(wave, 90));
            let roll = self.rng.below(100);
            let nps = match (leaving, roll) {
                (false, 0..65) => self.rng.between(9, 10),
                (false, 65..92) => self.rng.between(7, 8),
                (false, _) => self.rng.between(2, 6),
                (true, 0..20) => self.rng.between(9, 10),
                (true, 20..55) => self.rng.between(7, 8),
                (true, _) => self.rng.between(0, 6),
            };
            let answered = plus(wave, self.rng.between(0, 12)).min(self.today);
            let mut a = Act::new(answered, "survey");
            a.nps = Some(nps);
            if self.rng.percent(35) {
                a.csat = Some((1 + nps / 2).clamp(1, 5));
            }
            r.acts.push(a);
        }
    }

    /// Support cases while they are customers: most solved within the SLA,
    /// some late, the newest ones (and a few old ones) still open.
    fn support(&mut self, r: &mut Record, j: &Journey, company: bool) {
        let today = self.today;
        let start = j.customer.expect("a customer");
        let end = j.churned.unwrap_or(today);
        let mean_days = if company { 300.0 } else { 700.0 };
        let mut d = start;
        loop {
            d = plus(d, self.exponential(mean_days) as i64 + 1);
            if d > end {
                break;
            }
            let (h, m) = self.office_time();
            let case = if self.rng.percent(20) {
                r.market.case
            } else {
                self.rng.pick(SUPPORT_CASES)
            };
            let mut a = Act::new(d, "support").said(case);
            a.time = Some((h, m));
            let age = days_between(d, today);
            let open = (age <= 12 && self.rng.percent(45)) || self.rng.percent(2);
            if !open {
                let hours = match self.rng.below(100) {
                    0..55 => self.rng.between(1, 8),
                    55..85 => self.rng.between(9, 47),
                    _ => self.rng.between(49, 150),
                };
                let minutes = (h * 60 + m) as i64 + hours * 60 + self.rng.between(0, 59);
                let rd = plus(d, minutes / (24 * 60));
                if rd <= today {
                    let rest = minutes % (24 * 60);
                    a.resolved = Some((rd, (rest / 60) as u32, (rest % 60) as u32));
                }
            }
            let resolved = a.resolved;
            r.acts.push(a);
            if let Some((rd, _, _)) = resolved
                && self.rng.percent(25)
            {
                let mut s = Act::new(plus(rd, 1).min(today), "survey");
                s.csat = Some(self.rng.between(2, 5));
                r.acts.push(s);
            }
        }
    }

    /// The planned follow-up: for about a third of the accounts in play, a
    /// few of them overdue.
    fn follow_up(&mut self, r: &mut Record, j: &Journey) {
        let stage = j.stage_at(self.today);
        let chance = match stage {
            "churned" => 12,
            "lead" if j.recycled.is_some() => 20,
            _ => 34,
        };
        if !self.rng.percent(chance) {
            return;
        }
        let offset = match self.rng.below(100) {
            0..15 => self.rng.between(-21, -1),
            15..28 => self.rng.between(0, 7),
            _ => self.rng.between(8, 60),
        };
        let action = match stage {
            "lead" => *self.rng.choose(&[
                "Intro call",
                "Send the brochure",
                "Call about the trade-fair samples",
            ]),
            "prospect" => *self.rng.choose(&[
                "Follow up on the offer",
                "Call about the offer",
                "Book a demo at their site",
            ]),
            "customer" => *self.rng.choose(&[
                "Check the stock of labels",
                "Send the 2027 price list",
                "Talk about the renewal",
                "Quarterly review",
            ]),
            _ => "Win-back call with the new price list",
        };
        r.next = Some((plus(self.today, offset), action));
    }

    /// Three records a badge scanner and a hurried colleague made: the same
    /// company in capitals with its legal form first, a Serbian contact
    /// typed in Latin script, and a Czech sole trader entered surname first.
    fn duplicates(&mut self) {
        let today = self.today;
        let company = self
            .records
            .iter()
            .position(|r| {
                r.company_kind
                    && r.country == "LV"
                    && r.email.is_some()
                    && !r.name.contains("un dēli")
            })
            .expect("a Latvian company");
        let serbian = self
            .records
            .iter()
            .position(|r| r.country == "RS" && !r.company_kind && r.phone.is_some())
            .expect("a Serbian person");
        let czech = self
            .records
            .iter()
            .position(|r| {
                r.country == "CZ" && !r.company_kind && r.company.is_none() && r.email.is_some()
            })
            .expect("a Czech sole trader");

        let original = &self.records[company];
        let bare = original.name.trim_end_matches(" SIA");
        let name = format!(
            "SIA \"{}\"",
            rapport::model::translit::to_ascii(bare).to_uppercase()
        );
        let email = original.email.clone();
        let m = &MARKETS[0];
        let created = plus(today, -9);
        let id = self.claim_again(&name);
        let mut r = self.blank(m, id, name, created);
        r.company_kind = true;
        r.email = email;
        r.source = Some("website");
        r.acts.push(
            Act::new(created, "note").said("Asked for the catalogue through the website form"),
        );
        self.records.push(r);

        let original = &self.records[serbian];
        let name = serbian_latin(&original.name);
        let phone = original.phone.clone().map(|p| p.replace(' ', ""));
        let m = &MARKETS[2];
        let created = plus(today, -4);
        let id = self.claim_again(&name);
        let mut r = self.blank(m, id, name, created);
        r.phone = phone;
        r.owner = "marko";
        r.acts
            .push(Act::new(created, "call").said("Called about film prices"));
        self.records.push(r);

        let original = &self.records[czech];
        let parts: Vec<&str> = original.name.split(' ').collect();
        let name = format!("{}, {}", parts[1], parts[0]);
        let email = original.email.as_ref().map(|e| {
            let (local, host) = e.split_once('@').expect("an e-mail address");
            let mut cap = String::new();
            for (i, part) in local.split('.').enumerate() {
                if i > 0 {
                    cap.push('.');
                }
                let mut chars = part.chars();
                if let Some(c) = chars.next() {
                    cap.extend(c.to_uppercase());
                    cap.push_str(chars.as_str());
                }
            }
            format!("{cap}@{host}")
        });
        let m = &MARKETS[1];
        let created = plus(today, -2);
        let id = self.claim_again(&name);
        let mut r = self.blank(m, id, name, created);
        r.email = email;
        r.acts
            .push(Act::new(created, "email").said("Asked for a quote for cartons"));
        self.records.push(r);
    }

    /// Gives every purchase an invoice number (`INV-2025-0042`), counted per
    /// year in date order over the whole firm; credit notes get `CN-…`.
    fn number_invoices(&mut self) {
        let mut all: Vec<(NaiveDate, String, usize, usize, bool)> = Vec::new();
        for (ri, r) in self.records.iter().enumerate() {
            for (ai, a) in r.acts.iter().enumerate() {
                if a.kind == "purchase" {
                    let credit = a.amount.is_some_and(|x| x < 0);
                    all.push((a.day(), r.id.clone(), ri, ai, credit));
                }
            }
        }
        all.sort();
        let mut year = 0;
        let (mut inv, mut cn) = (0, 0);
        for (date, _, ri, ai, credit) in all {
            if date.year() != year {
                year = date.year();
                inv = 0;
                cn = 0;
            }
            let reference = if credit {
                cn += 1;
                format!("CN-{year}-{cn:03}")
            } else {
                inv += 1;
                format!("INV-{year}-{inv:04}")
            };
            self.records[ri].acts[ai].reference = Some(reference);
        }
    }

    /// Marks the companies with the most revenue as key accounts (a tag and
    /// `key_account = true`); about half the others say `false`.
    fn mark_key_accounts(&mut self) {
        let mut revenue: Vec<(i64, usize)> = self
            .records
            .iter()
            .enumerate()
            .filter(|(_, r)| r.company_kind && !r.acts.is_empty())
            .map(|(i, r)| {
                let sum: i64 = r
                    .acts
                    .iter()
                    .filter(|a| a.kind == "purchase")
                    .filter_map(|a| a.amount)
                    .sum();
                (-sum, i)
            })
            .collect();
        revenue.sort();
        let top = COMPANIES / 10;
        for (rank, (_, i)) in revenue.into_iter().enumerate() {
            let key = rank < top;
            let say = key || self.rng.percent(50);
            let r = &mut self.records[i];
            if say {
                r.key_account = Some(key);
            }
            if key {
                r.tags.push("key-account");
            }
        }
    }
}

/// Deal stages in order, as the demo book's rapport.toml lists them.
const DEAL_STAGES: [&str; 3] = ["qualified", "proposal", "negotiation"];

/// Why upsell deals were lost (the first deals' reasons come from the note
/// the owner wrote on the day).
const UPSELL_LOST_REASONS: &[&str] = &["price", "timing", "no need", "no decision"];

/// Returns the `lost_reason` a first deal's note tells.
fn reason_of_note(note: &str) -> &'static str {
    if note.contains("cheaper") {
        "price"
    } else if note.contains("postponed") {
        "timing"
    } else {
        "no need"
    }
}

/// Returns the key `deal add` makes of a title: lowercase letters and
/// digits, words joined by `-`, numbered `-2` when taken.
fn deal_key(title: &str, taken: &[String]) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    let mut key = slug.clone();
    let mut n = 2;
    while taken.contains(&key) {
        key = format!("{slug}-{n}");
        n += 1;
    }
    key
}

impl World {
    /// Gives every deal what `rapport deal` writes: its key, the moves
    /// through the deal stages (`kind = "deal"` interactions, from
    /// qualified on), an expected close day for the open ones and a
    /// `lost_reason` for the lost ones. Drawn from a stream of its own
    /// after the stories, so the rest of the book does not change with it.
    fn deal_histories(&mut self) {
        let mut rng = Rng::new(SEED, 1, 17);
        let today = self.today;
        for r in &mut self.records {
            let mut taken: Vec<String> = Vec::new();
            let mut moves: Vec<Act> = Vec::new();
            for d in &mut r.deals {
                let key = deal_key(&d.title, &taken);
                taken.push(key.clone());
                // The open stages it passes through, and where it ends.
                let (reached, end) = match d.stage {
                    "won" => (if rng.percent(20) { 2 } else { 3 }, Some("won")),
                    // Most lost deals never got past the offer.
                    "lost" => (
                        match rng.below(100) {
                            0..40 => 1,
                            40..75 => 2,
                            _ => 3,
                        },
                        Some("lost"),
                    ),
                    open => (
                        1 + DEAL_STAGES.iter().position(|s| *s == open).unwrap_or(0),
                        None,
                    ),
                };
                let last = d.closed.unwrap_or(today);
                let span = days_between(d.opened, last).max(0);
                // Each stage's share of the time: the current stage of an
                // open deal the longest, so quiet deals stay quiet.
                let weights: Vec<i64> = (0..reached)
                    .map(|i| {
                        if end.is_none() && i + 1 == reached {
                            rng.between(6, 14)
                        } else {
                            rng.between(2, 8)
                        }
                    })
                    .collect();
                let total: i64 = weights.iter().sum();
                let mut day = d.opened;
                let mut elapsed = 0;
                for i in 1..reached {
                    elapsed += weights[i - 1];
                    day = plus(d.opened, span * elapsed / total).max(day);
                    let mut a = Act::new(day, "deal");
                    a.from = Some(DEAL_STAGES[i - 1]);
                    a.to = Some(DEAL_STAGES[i]);
                    a.deal = Some(key.clone());
                    moves.push(a);
                }
                if let (Some(to), Some(closed)) = (end, d.closed) {
                    let mut a = Act::new(closed, "deal");
                    a.from = Some(DEAL_STAGES[reached - 1]);
                    a.to = Some(to);
                    a.deal = Some(key.clone());
                    moves.push(a);
                }
                if d.stage == "lost" {
                    let note = d.closed.and_then(|c| {
                        r.acts.iter().find(|a| {
                            a.kind == "note"
                                && a.day() == c
                                && a.summary.as_deref().is_some_and(|s| s.starts_with("Lost:"))
                        })
                    });
                    d.history.lost_reason = Some(match note.and_then(|a| a.summary.as_deref()) {
                        Some(text) => reason_of_note(text),
                        None => rng.pick(UPSELL_LOST_REASONS),
                    });
                }
                if end.is_none() {
                    let expected = plus(today, rng.between(-20, 110));
                    d.history.expected = Some(expected.max(plus(d.opened, 14)));
                }
                d.history.key = Some(key);
            }
            r.acts.extend(moves);
        }
    }

    /// Gives the support cases a reference (`S-1`, `S-2` … per customer in
    /// date order, as `rapport case open` makes them) and a priority: the
    /// urgent ones were mostly solved within hours, the low ones could
    /// wait. The book's `sla` is set per priority.
    fn case_priorities(&mut self) {
        let mut rng = Rng::new(SEED, 2, 17);
        for r in &mut self.records {
            let mut cases: Vec<usize> = (0..r.acts.len())
                .filter(|&i| r.acts[i].kind == "support")
                .collect();
            cases.sort_by_key(|&i| (r.acts[i].day(), r.acts[i].time));
            for (n, i) in cases.into_iter().enumerate() {
                let a = &mut r.acts[i];
                a.reference = Some(format!("S-{}", n + 1));
                let (h, m) = a.time.unwrap_or((9, 0));
                let opened = a.day().and_hms_opt(h, m, 0).expect("a time of day");
                let hours = a.resolved.map(|(d, h, m)| {
                    let done = d.and_hms_opt(h, m, 0).expect("a time of day");
                    (done - opened).num_hours()
                });
                let roll = rng.below(100);
                a.priority = match hours {
                    Some(0..4) if roll < 45 => Some("high"),
                    Some(0..48) if roll < 10 => Some("high"),
                    Some(0..48) if roll < 30 => Some("low"),
                    _ if roll < 5 => Some("high"),
                    _ if roll < 40 => Some("low"),
                    _ => None,
                };
            }
        }
    }
}

impl Record {
    /// Writes the customer file in the layout rapport writes.
    fn render(&self) -> String {
        let mut s = String::with_capacity(2048);
        let _ = writeln!(s, "name = {}", quoted(&self.name));
        let kind = if self.company_kind {
            "company"
        } else {
            "person"
        };
        let _ = writeln!(s, "kind = \"{kind}\"");
        let _ = writeln!(s, "stage = \"{}\"", self.stage);
        if let Some(e) = &self.email {
            let _ = writeln!(s, "email = {}", quoted(e));
        }
        if let Some(p) = &self.phone {
            let _ = writeln!(s, "phone = {}", quoted(p));
        }
        if let Some(c) = &self.company {
            let _ = writeln!(s, "company = {}", quoted(c));
        }
        let _ = writeln!(s, "owner = \"{}\"", self.owner);
        if !self.tags.is_empty() {
            let tags: Vec<String> = self.tags.iter().map(|t| format!("\"{t}\"")).collect();
            let _ = writeln!(s, "tags = [{}]", tags.join(", "));
        }
        if let Some(src) = self.source {
            let _ = writeln!(s, "source = \"{src}\"");
        }
        if let Some(c) = self.acquisition_cost {
            let _ = writeln!(s, "acquisition_cost = {}", money(c));
        }
        let _ = writeln!(s, "created = {}", self.created);

        s.push_str("\n[address]\n");
        if let Some(street) = &self.street {
            let _ = writeln!(s, "street = {}", quoted(street));
        }
        let _ = writeln!(s, "city = {}", quoted(self.city));
        if let Some(p) = &self.postcode {
            let _ = writeln!(s, "postcode = {}", quoted(p));
        }
        let _ = writeln!(s, "country = \"{}\"", self.country);

        let mut fields = String::new();
        if let Some(n) = self.employees {
            let _ = writeln!(fields, "employees = {n}");
        }
        if let Some(i) = self.industry {
            let _ = writeln!(fields, "industry = \"{i}\"");
        }
        if let Some(k) = self.key_account {
            let _ = writeln!(fields, "key_account = {k}");
        }
        if let Some(l) = self.language {
            let _ = writeln!(fields, "language = \"{l}\"");
        }
        if !self.products.is_empty() && self.company.is_none() {
            let list: Vec<String> = self.products.iter().map(|p| format!("\"{p}\"")).collect();
            let _ = writeln!(fields, "products = [{}]", list.join(", "));
        }
        if let Some(d) = self.renewal {
            let _ = writeln!(fields, "renewal = {d}");
        }
        if let Some(v) = &self.vat_id {
            let _ = writeln!(fields, "vat_id = {}", quoted(v));
        }
        if !fields.is_empty() {
            s.push_str("\n[fields]\n");
            s.push_str(&fields);
        }
        if let Some((date, action)) = self.next {
            let _ = write!(s, "\n[next]\ndate = {date}\naction = {}\n", quoted(action));
        }
        if let Some(email) = self.consent {
            let _ = write!(s, "\n[consent]\nemail = {email}\ndate = {}\n", self.created);
        }
        for d in &self.deals {
            s.push_str("\n[[deals]]\n");
            let _ = writeln!(s, "title = {}", quoted(&d.title));
            if let Some(k) = &d.history.key {
                let _ = writeln!(s, "key = {}", quoted(k));
            }
            let _ = writeln!(s, "value = {}", money(d.value));
            let _ = writeln!(s, "stage = \"{}\"", d.stage);
            let _ = writeln!(s, "opened = {}", d.opened);
            if let Some(e) = d.history.expected {
                let _ = writeln!(s, "expected = {e}");
            }
            if let Some(c) = d.closed {
                let _ = writeln!(s, "closed = {c}");
            }
            if let Some(r) = d.history.lost_reason {
                let _ = writeln!(s, "lost_reason = {}", quoted(r));
            }
        }
        let mut acts: Vec<&Act> = self.acts.iter().collect();
        // Stage moves first among the entries of a day: the move, then what
        // followed from it.
        acts.sort_by_key(|a| (a.day(), a.time, a.kind != "stage"));
        push_interactions(&mut s, acts.iter().map(|a| a.event()).collect());
        s
    }
}

/// Writes Serbian Cyrillic in Serbian Latin script (Ђорђе → Đorđe).
fn serbian_latin(text: &str) -> String {
    const PAIRS: &[(char, &str)] = &[
        ('а', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "g"),
        ('д', "d"),
        ('ђ', "đ"),
        ('е', "e"),
        ('ж', "ž"),
        ('з', "z"),
        ('и', "i"),
        ('ј', "j"),
        ('к', "k"),
        ('л', "l"),
        ('љ', "lj"),
        ('м', "m"),
        ('н', "n"),
        ('њ', "nj"),
        ('о', "o"),
        ('п', "p"),
        ('р', "r"),
        ('с', "s"),
        ('т', "t"),
        ('ћ', "ć"),
        ('у', "u"),
        ('ф', "f"),
        ('х', "h"),
        ('ц', "c"),
        ('ч', "č"),
        ('џ', "dž"),
        ('ш', "š"),
    ];
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let lower: char = ch.to_lowercase().next().unwrap_or(ch);
        match PAIRS.iter().find(|(c, _)| *c == lower) {
            Some((_, latin)) if lower != ch => {
                let mut chars = latin.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            }
            Some((_, latin)) => out.push_str(latin),
            None => out.push(ch),
        }
    }
    out
}

/// The research surveys of 2026 and the effort scores (DESIGN.md section
/// 15), drawn from a stream of their own after everything else, so the rest
/// of the book is the same with them or without.
const RESEARCH_STREAM: u64 = 0x5E;

/// The KANO survey's features, each with the share (percent) of answer
/// pairs of each category A, O, M, I, R, Q: the story is that e-invoicing is
/// one-dimensional, a mobile app attractive, on-time delivery must-be and a
/// carbon report indifferent.
const KANO_FEATURES: [(&str, [u64; 6]); 4] = [
    ("e_invoicing", [15, 50, 20, 12, 0, 3]),
    ("mobile_app", [50, 15, 7, 25, 3, 0]),
    ("on_time_delivery", [5, 30, 55, 8, 0, 2]),
    ("carbon_report", [20, 8, 7, 60, 5, 0]),
];

/// SERVQUAL's dimensions: their items, how far perception falls short of
/// expectation on average (late deliveries hurt reliability most), and the
/// points respondents give them on average.
const SERVQUAL_DIMENSIONS: [(&str, u32, u32, i64, i64); 5] = [
    ("tangibles", 1, 4, 0, 15),
    ("reliability", 5, 9, 2, 30),
    ("responsiveness", 10, 13, 1, 20),
    ("assurance", 14, 17, 0, 15),
    ("empathy", 18, 22, 1, 20),
];

impl World {
    /// Adds the research surveys of 2026 to the customers with an e-mail,
    /// and a customer effort score to some answers with `csat`.
    fn research(&mut self) {
        let mut rng = Rng::new(SEED, 0, RESEARCH_STREAM);
        let kano_day = day((2026, 9, 7));
        let servqual_day = day((2026, 10, 5));
        for r in &mut self.records {
            for a in &mut r.acts {
                if let Some(csat) = a.csat
                    && rng.percent(60)
                {
                    a.ces = Some((csat + 2 + rng.between(-1, 1)).clamp(1, 7));
                }
            }
            let buying = r.stage == "customer" || r.stage == "churned";
            if r.email.is_none() || !buying || r.created >= kano_day {
                continue;
            }
            if r.stage == "customer" && rng.percent(55) {
                let when = plus(kano_day, rng.between(0, 18));
                let answers = sorted(KANO_FEATURES.iter().flat_map(|(feature, shares)| {
                    let (f, d) = kano_pair(&mut rng, shares);
                    [
                        (format!("F:{feature}"), format!("\"{f}\"")),
                        (format!("D:{feature}"), format!("\"{d}\"")),
                    ]
                }));
                let mut act = Act::new(when, "survey");
                act.research = Some(("features-2026", answers));
                r.acts.push(act);
            }
            if rng.percent(45) {
                let when = plus(servqual_day, rng.between(0, 18));
                let mut act = Act::new(when, "survey");
                act.research = Some(("service-2026", servqual_answers(&mut rng)));
                r.acts.push(act);
            }
        }
    }
}

/// Returns a functional and a dysfunctional answer whose pair falls in a
/// category drawn from `shares` (percent of A, O, M, I, R, Q).
fn kano_pair(rng: &mut Rng, shares: &[u64; 6]) -> (&'static str, &'static str) {
    let mut roll = rng.below(100);
    let mut category = 3;
    for (k, share) in shares.iter().enumerate() {
        if roll < *share {
            category = k;
            break;
        }
        roll -= share;
    }
    let middle = ["expect", "neutral", "tolerate"];
    let any = |rng: &mut Rng| middle[rng.below(3) as usize];
    match category {
        0 => ("like", any(rng)),
        1 => ("like", "dislike"),
        2 => (any(rng), "dislike"),
        4 => ("dislike", if rng.percent(50) { "like" } else { any(rng) }),
        5 => ("like", "like"),
        _ => (any(rng), any(rng)),
    }
}

/// Returns one respondent's SERVQUAL answers: E and P of the 22 items
/// (1–7) and their 100 points over the dimensions, keys in file order.
fn servqual_answers(rng: &mut Rng) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut points: Vec<i64> = SERVQUAL_DIMENSIONS
        .iter()
        .map(|d| (d.4 + 5 * rng.between(-1, 1)).max(5))
        .collect();
    // The points add up to 100: the rest goes to (or comes from) reliability.
    let rest = 100 - points.iter().sum::<i64>();
    points[1] += rest;
    let mut e_items = Vec::new();
    let mut p_items = Vec::new();
    for (_, first, last, shortfall, _) in SERVQUAL_DIMENSIONS {
        for item in first..=last {
            let e = rng.between(5, 7);
            let p = (e - shortfall + rng.between(-1, 1)).clamp(1, 7);
            e_items.push((item, e));
            p_items.push((item, p));
        }
    }
    for (item, e) in &e_items {
        out.push((format!("E{item}"), e.to_string()));
    }
    for (item, p) in &p_items {
        out.push((format!("P{item}"), p.to_string()));
    }
    for ((name, ..), w) in SERVQUAL_DIMENSIONS.iter().zip(points) {
        out.push((format!("W:{name}"), w.to_string()));
    }
    sorted(out)
}

/// Returns answers in the order rapport writes them (by key), each key
/// quoted where TOML needs it (`"F:mobile_app"`).
fn sorted(answers: impl IntoIterator<Item = (String, String)>) -> Vec<(String, String)> {
    let map: std::collections::BTreeMap<String, String> = answers.into_iter().collect();
    map.into_iter()
        .map(|(k, v)| {
            if k.contains(':') {
                (format!("\"{k}\""), v)
            } else {
                (k, v)
            }
        })
        .collect()
}
