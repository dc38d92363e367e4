//! The customer's fields, described once: every stored key with its path,
//! its type, where the record keeps it, the [`Parts`] a reader must build
//! for it, how `set` and imports check a value for it and the column names
//! other programs' exports give it; and every figure derived from the
//! history, with how it is computed.
//!
//! The readers (the full one and the fast one), the cache codec, `show`,
//! `set`, `export`, import's known columns and the query fields all take
//! from these tables, so a new optional text field is one entry in
//! [`STORED`] (and a field of [`Customer`]).

use crate::model::When;
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::fast::Parts;
use super::{Customer, Figures, Money};

/// Where the record keeps a value of type `T`, to read it.
pub type Get<T> = fn(&Customer) -> &T;
/// Where the record keeps a value of type `T`, to fill it.
pub type Put<T> = fn(&mut Customer) -> &mut T;

/// What a stored field holds, and where the record keeps it.
#[derive(Clone, Copy)]
pub enum Slot {
    /// The customer's name: text, never empty, always there.
    Name,
    /// `person` or `company`.
    Kind,
    /// Optional text.
    Text(Get<Option<String>>, Put<Option<String>>),
    /// A list of strings.
    List(Get<Vec<String>>, Put<Vec<String>>),
    /// An optional amount of money.
    Money(Get<Option<Money>>, Put<Option<Money>>),
    /// An optional day.
    Date(Get<Option<NaiveDate>>, Put<Option<NaiveDate>>),
    /// An optional day or local date-time (a follow-up at 14:00).
    When(Get<Option<When>>, Put<Option<When>>),
    /// An optional true or false.
    Bool(Get<Option<bool>>, Put<Option<bool>>),
}

/// How a value given to `set` or an import is checked, beyond its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Any value of the type.
    Plain,
    /// One of the book's lifecycle stages; a change logs the move.
    Stage,
    /// An e-mail address (checked lightly); imports match by it.
    Email,
    /// The id of the company's record.
    Company,
}

/// One stored field of a customer file.
#[derive(Clone, Copy)]
pub struct Stored {
    /// The dotted path (`email`, `address.city`): the key in the file, its
    /// table before a dot.
    pub path: &'static str,
    /// What it holds, and where the record keeps it.
    pub slot: Slot,
    /// How `set` and imports check a value.
    pub rule: Rule,
    /// The part of a record it is read into (see [`Parts`]).
    pub parts: Parts,
    /// The column names other programs' exports give it, in the normal
    /// form of `crate::csv::synonyms::normal`, preferred first.
    pub synonyms: &'static [&'static str],
}

/// A stored field's value in a record.
#[derive(Clone, Debug, PartialEq)]
pub enum Got<'a> {
    /// The record has no value.
    Missing,
    Text(&'a str),
    /// A list of strings, perhaps empty.
    List(&'a [String]),
    Money(Money),
    /// A day, or a local date-time.
    Date(When),
    Bool(bool),
}

macro_rules! text {
    ($($f:ident).+) => {
        Slot::Text(|c| &c.$($f).+, |c| &mut c.$($f).+)
    };
}

macro_rules! when {
    ($($f:ident).+) => {
        Slot::When(|c| &c.$($f).+, |c| &mut c.$($f).+)
    };
}

macro_rules! date {
    ($($f:ident).+) => {
        Slot::Date(|c| &c.$($f).+, |c| &mut c.$($f).+)
    };
}

/// `name`
pub const NAME: Stored = Stored {
    path: "name",
    slot: Slot::Name,
    rule: Rule::Plain,
    parts: Parts::NAME,
    synonyms: &[
        "name",
        "fullname",
        "contactname",
        "customername",
        "clientname",
        "displayname",
        "vardsuzvards",
        "jmenoaprijmeni",
        "celejmeno",
    ],
};

/// `kind`
pub const KIND: Stored = Stored {
    path: "kind",
    slot: Slot::Kind,
    rule: Rule::Plain,
    parts: Parts::KIND,
    synonyms: &["kind"],
};

/// `stage`
pub const STAGE: Stored = Stored {
    path: "stage",
    slot: text!(stage),
    rule: Rule::Stage,
    parts: Parts::STAGE,
    synonyms: &["stage", "lifecyclestage", "lifecycle", "lifecyclestatus"],
};

/// `email`
pub const EMAIL: Stored = Stored {
    path: "email",
    slot: text!(email),
    rule: Rule::Email,
    parts: Parts::EMAIL,
    synonyms: &[
        "email",
        "emailaddress",
        "mail",
        "emailwork",
        "workemail",
        "primaryemail",
        "epasts",
        "epastaadrese",
        "emailovaadresa",
        "emailhome",
        "emailother",
        "email1value",
        "email2address",
        "secondaryemail",
    ],
};

/// `phone`
pub const PHONE: Stored = Stored {
    path: "phone",
    slot: text!(phone),
    rule: Rule::Plain,
    parts: Parts::PHONE,
    synonyms: &[
        "phone",
        "phonenumber",
        "telephone",
        "telephonenumber",
        "tel",
        "phonework",
        "workphone",
        "businessphone",
        "mobile",
        "mobilephone",
        "mobilephonenumber",
        "phonemobile",
        "cellphone",
        "talrunis",
        "telefons",
        "telefon",
        "telefonnicislo",
        "mobil",
        "phonehome",
        "phoneother",
        "phone1value",
        "primaryphone",
        "officephone",
        "mobilenumber",
        "defaultaddressphone",
        "homephone",
    ],
};

/// `company`
pub const COMPANY: Stored = Stored {
    path: "company",
    slot: text!(company),
    rule: Rule::Company,
    parts: Parts::COMPANY,
    synonyms: &[
        "company",
        "companyname",
        "organization",
        "organisation",
        "organizationname",
        "organisationname",
        "accountname",
        "account",
        "associatedcompany",
        "employer",
        "uznemums",
        "firma",
        "spolecnost",
        "organizace",
        "defaultaddresscompany",
        "organization1name",
        "relatedcompany",
    ],
};

/// `owner`
pub const OWNER: Stored = Stored {
    path: "owner",
    slot: text!(owner),
    rule: Rule::Plain,
    parts: Parts::OWNER,
    synonyms: &[
        "owner",
        "contactowner",
        "ownername",
        "leadowner",
        "accountowner",
        "recordowner",
        "hubspotowner",
        "assignedto",
        "atbildigais",
        "vlastnik",
        "salesperson",
    ],
};

/// `source`
pub const SOURCE: Stored = Stored {
    path: "source",
    slot: text!(source),
    rule: Rule::Plain,
    parts: Parts::SOURCE,
    synonyms: &[
        "source",
        "leadsource",
        "originalsource",
        "channel",
        "acquisitionchannel",
        "avots",
        "zdroj",
    ],
};

/// `tags`
pub const TAGS: Stored = Stored {
    path: "tags",
    slot: Slot::List(|c| &c.tags, |c| &mut c.tags),
    rule: Rule::Plain,
    parts: Parts::TAGS,
    synonyms: &[
        "tags",
        "tag",
        "labels",
        "label",
        "categories",
        "birkas",
        "stitky",
    ],
};

/// `created`
pub const CREATED: Stored = Stored {
    path: "created",
    slot: date!(created),
    rule: Rule::Plain,
    parts: Parts::CREATED,
    synonyms: &[
        "created",
        "createdate",
        "createddate",
        "datecreated",
        "createdon",
        "createdat",
        "personcreated",
        "addtime",
        "createdutc",
        "createdtime",
        "izveidots",
        "vytvoreno",
    ],
};

/// `next.date`
pub const NEXT_DATE: Stored = Stored {
    path: "next.date",
    slot: when!(next.date),
    rule: Rule::Plain,
    parts: Parts::NEXT,
    synonyms: &["nextdate", "followupdate", "nextactivitydate"],
};

/// `next.action`
pub const NEXT_ACTION: Stored = Stored {
    path: "next.action",
    slot: text!(next.action),
    rule: Rule::Plain,
    parts: Parts::NEXT,
    synonyms: &["nextaction", "nextstep", "followup"],
};

/// The stored fields of a customer file, custom fields aside, in the order
/// files keep them (the custom fields go before [`NEXT_DATE`], see
/// `CUSTOM_BEFORE`). The cache writes them in this order; a cache written
/// by a build with another table is never read (`build.rs` fingerprints
/// `src/model/`, this file with it).
/// The city of the address: quick find looks in it.
pub const CITY: Stored = Stored {
    path: "address.city",
    slot: text!(address.city),
    rule: Rule::Plain,
    parts: Parts::ADDRESS,
    synonyms: &[
        "addresscity",
        "city",
        "town",
        "mailingcity",
        "pilseta",
        "mesto",
        "obec",
        "defaultaddresscity",
        "billingcity",
        "primaryaddresscity",
        "address1city",
        "businesscity",
        "workcity",
        "homecity",
    ],
};

/// The customer's web site.
pub const WEBSITE: Stored = Stored {
    path: "website",
    slot: text!(website),
    rule: Rule::Plain,
    parts: Parts::own(20),
    synonyms: &[
        "website",
        "websiteurl",
        "web",
        "homepage",
        "url",
        "www",
        "companywebsite",
        "majaslapa",
        "timeklavietne",
        "webovestranky",
        "webovastranka",
        "webpage",
        "webpage1",
        "website1value",
    ],
};

/// The street of the address.
pub const STREET: Stored = Stored {
    path: "address.street",
    slot: text!(address.street),
    rule: Rule::Plain,
    parts: Parts::ADDRESS,
    synonyms: &[
        "addressstreet",
        "street",
        "streetaddress",
        "address",
        "address1",
        "addressline1",
        "mailingstreet",
        "iela",
        "adrese",
        "ulice",
        "adresa",
        "defaultaddressaddress1",
        "billingstreet",
        "primaryaddressstreet",
        "address1street",
        "businessstreet",
        "workaddress",
        "homestreet",
        "homeaddress",
    ],
};

/// The postcode of the address.
pub const POSTCODE: Stored = Stored {
    path: "address.postcode",
    slot: text!(address.postcode),
    rule: Rule::Plain,
    parts: Parts::ADDRESS,
    synonyms: &[
        "addresspostcode",
        "postcode",
        "postalcode",
        "zip",
        "zipcode",
        "zippostalcode",
        "mailingpostalcode",
        "mailingzippostalcode",
        "pastaindekss",
        "indekss",
        "psc",
        "mailingzip",
        "defaultaddresszip",
        "addresszip",
        "billingpostalcode",
        "billingzippostalcode",
        "primaryaddresspostalcode",
        "address1postalcode",
        "businesspostalcode",
        "workzipcode",
        "homepostalcode",
        "homezipcode",
    ],
};

/// The country of the address.
pub const COUNTRY: Stored = Stored {
    path: "address.country",
    slot: text!(address.country),
    rule: Rule::Plain,
    parts: Parts::ADDRESS,
    synonyms: &[
        "addresscountry",
        "country",
        "countryregion",
        "mailingcountry",
        "valsts",
        "zeme",
        "defaultaddresscountrycode",
        "billingcountry",
        "primaryaddresscountry",
        "address1country",
        "businesscountryregion",
        "workcountry",
        "homecountryregion",
        "homecountry",
        "countrycode",
    ],
};

pub const STORED: &[Stored] = &[
    NAME,
    KIND,
    STAGE,
    EMAIL,
    PHONE,
    WEBSITE,
    COMPANY,
    OWNER,
    TAGS,
    SOURCE,
    Stored {
        path: "acquisition_cost",
        slot: Slot::Money(|c| &c.acquisition_cost, |c| &mut c.acquisition_cost),
        rule: Rule::Plain,
        parts: Parts::ACQUISITION_COST,
        synonyms: &["acquisitioncost", "cac"],
    },
    CREATED,
    STREET,
    CITY,
    POSTCODE,
    COUNTRY,
    NEXT_DATE,
    NEXT_ACTION,
    Stored {
        path: "consent.email",
        slot: Slot::Bool(|c| &c.consent.email, |c| &mut c.consent.email),
        rule: Rule::Plain,
        parts: Parts::CONSENT,
        synonyms: &[
            "consentemail",
            "emailconsent",
            "emailoptin",
            "marketingconsent",
            "acceptsemailmarketing",
            "acceptsmarketing",
        ],
    },
    Stored {
        path: "consent.date",
        slot: date!(consent.date),
        rule: Rule::Plain,
        parts: Parts::CONSENT,
        synonyms: &["consentdate", "optintime", "confirmtime"],
    },
];

/// The table of custom fields (`[fields]`), and the prefix of their paths.
pub const CUSTOM_TABLE: &str = "fields";
/// The path of a custom field is `fields.NAME`.
pub const CUSTOM_PREFIX: &str = "fields.";
/// The arrays of tables of a customer file, after every field.
pub const ENTRY_TABLES: [&str; 2] = ["deals", "interactions"];
/// The path of the customer's id (not stored in the file: its name is).
pub const ID: &str = "id";

/// The path of the first stored field that comes after the custom fields
/// in a file.
const CUSTOM_BEFORE: &str = NEXT_DATE.path;

impl Stored {
    /// Returns the table the field is in (`address`), None at the top.
    pub fn table(&self) -> Option<&'static str> {
        self.path.split_once('.').map(|(t, _)| t)
    }

    /// Returns the key within its table (`city` of `address.city`).
    pub fn key(&self) -> &'static str {
        self.path.split_once('.').map_or(self.path, |(_, k)| k)
    }

    /// Returns the path as keys (`["address", "city"]`), as documents take it.
    pub fn keys(&self) -> Vec<&'static str> {
        self.path.split('.').collect()
    }

    /// Returns true for this very field (compared by path).
    pub fn is(&self, other: &Stored) -> bool {
        self.path == other.path
    }

    /// Returns the field's value in `c`.
    pub fn get<'a>(&self, c: &'a Customer) -> Got<'a> {
        match self.slot {
            Slot::Name => Got::Text(&c.name),
            Slot::Kind => c.kind.map_or(Got::Missing, |k| Got::Text(k.as_str())),
            Slot::Text(get, _) => get(c).as_deref().map_or(Got::Missing, Got::Text),
            Slot::List(get, _) => Got::List(get(c)),
            Slot::Money(get, _) => get(c).map_or(Got::Missing, Got::Money),
            Slot::Date(get, _) => get(c).map_or(Got::Missing, |d| Got::Date(When::Date(d))),
            Slot::When(get, _) => get(c).map_or(Got::Missing, Got::Date),
            Slot::Bool(get, _) => get(c).map_or(Got::Missing, Got::Bool),
        }
    }
}

/// Returns the stored field at `path`.
pub fn by_path(path: &str) -> Option<&'static Stored> {
    STORED.iter().find(|f| f.path == path)
}

/// Returns the stored fields that come before the custom fields in a file,
/// and those after.
pub fn around_custom() -> (&'static [Stored], &'static [Stored]) {
    let at = STORED
        .iter()
        .position(|f| f.path == CUSTOM_BEFORE)
        .unwrap_or(STORED.len());
    STORED.split_at(at)
}

/// Returns the paths of the stored fields, in file order.
pub fn paths() -> impl Iterator<Item = &'static str> {
    STORED.iter().map(|f| f.path)
}

/// The keys of a table of a customer file, and their fields.
pub struct Table {
    /// The table's name (`address`); empty for the top level.
    pub name: &'static str,
    /// Its keys, in file order.
    pub keys: Vec<&'static str>,
}

/// How the keys of a customer file are found: the tables, the top-level
/// keys in file order, and a small hash from (table, key) to the field, so
/// the readers find a key's field with one probe (this runs for every line
/// of every file read).
pub struct Layout {
    /// The top level first, then each table of fields in file order.
    pub tables: Vec<Table>,
    /// The top-level keys of a customer file in file order: fields, their
    /// tables, the custom fields' table, then the arrays of tables.
    pub top: Vec<&'static str>,
    /// For each entry of [`STORED`], the number of its table in `tables`
    /// and its key there.
    entries: Vec<(u8, &'static [u8])>,
    /// Entries of [`STORED`] by hash; [`EMPTY`] where none.
    slots: [u8; SLOTS],
}

const SLOTS: usize = 128;
const EMPTY: u8 = u8::MAX;

/// The layout of a customer file, built once from [`STORED`].
pub static LAYOUT: LazyLock<Layout> = LazyLock::new(Layout::build);

fn hash(table: u8, key: &[u8]) -> usize {
    let (first, last) = match key {
        [] => (0, 0),
        [only] => (*only, *only),
        [first, .., last] => (*first, *last),
    };
    (key.len()
        .wrapping_mul(31)
        .wrapping_add(usize::from(first).wrapping_mul(7))
        .wrapping_add(usize::from(last))
        .wrapping_add(usize::from(table).wrapping_mul(17)))
        % SLOTS
}

impl Layout {
    fn build() -> Layout {
        assert!(STORED.len() < SLOTS / 2, "the field table outgrew its hash");
        let mut tables = vec![Table {
            name: "",
            keys: Vec::new(),
        }];
        let mut top = Vec::new();
        let mut entries = Vec::with_capacity(STORED.len());
        let mut slots = [EMPTY; SLOTS];
        for (i, f) in STORED.iter().enumerate() {
            if f.path == CUSTOM_BEFORE {
                top.push(CUSTOM_TABLE);
            }
            let name = f.table().unwrap_or("");
            let t = match tables.iter().position(|t| t.name == name) {
                Some(t) => t,
                None => {
                    tables.push(Table {
                        name,
                        keys: Vec::new(),
                    });
                    tables.len() - 1
                }
            };
            let key = f.key();
            tables[t].keys.push(key);
            let top_key = if t == 0 { key } else { name };
            if !top.contains(&top_key) {
                top.push(top_key);
            }
            let t = u8::try_from(t).expect("few tables");
            entries.push((t, key.as_bytes()));
            let mut h = hash(t, key.as_bytes());
            while slots[h] != EMPTY {
                h = (h + 1) % SLOTS;
            }
            slots[h] = u8::try_from(i).expect("few fields");
        }
        if !top.contains(&CUSTOM_TABLE) {
            top.push(CUSTOM_TABLE);
        }
        top.extend(ENTRY_TABLES);
        Layout {
            tables,
            top,
            entries,
            slots,
        }
    }

    /// Returns the number of the table named `name` (0 for the top level,
    /// `""`), None when no field is in such a table.
    pub fn table(&self, name: &str) -> Option<u8> {
        self.tables
            .iter()
            .position(|t| t.name == name)
            .and_then(|t| u8::try_from(t).ok())
    }

    /// Returns the number in [`STORED`] of the field `key` of table number
    /// `table`.
    #[inline]
    pub fn find(&self, table: u8, key: &str) -> Option<usize> {
        let b = key.as_bytes();
        let mut h = hash(table, b);
        loop {
            let i = self.slots[h];
            if i == EMPTY {
                return None;
            }
            let i = usize::from(i);
            if self.entries[i] == (table, b) {
                return Some(i);
            }
            h = (h + 1) % SLOTS;
        }
    }

    /// Returns the field `key` of table number `table`.
    pub fn field(&self, table: u8, key: &str) -> Option<&'static Stored> {
        self.find(table, key).map(|i| &STORED[i])
    }

    /// Returns true when `key` names a table or array of tables of a
    /// customer file.
    pub fn is_container(&self, key: &str) -> bool {
        key == CUSTOM_TABLE
            || ENTRY_TABLES.contains(&key)
            || self.tables[1..].iter().any(|t| t.name == key)
    }
}

/// A figure derived from a customer's history as of a day.
pub struct Derived {
    /// The name queries, exports and `show` use.
    pub name: &'static str,
    /// What it is, and how it is read from the figures.
    pub get: Figure,
}

/// What a derived figure is, and how it is read from the [`Figures`]
/// (None: the customer has no such figure, as `aov` without orders).
#[derive(Clone, Copy)]
pub enum Figure {
    Money(fn(&Figures) -> Option<Money>),
    Count(fn(&Figures) -> Option<u32>),
    Date(fn(&Figures) -> Option<NaiveDate>),
}

/// The figures derived from every customer's history, in the order `show`
/// and exports list them.
pub const DERIVED: &[Derived] = &[
    Derived {
        name: "revenue",
        get: Figure::Money(|f| Some(f.revenue)),
    },
    Derived {
        name: "orders",
        get: Figure::Count(|f| Some(f.orders)),
    },
    Derived {
        name: "aov",
        get: Figure::Money(|f| f.aov),
    },
    Derived {
        name: "first_purchase",
        get: Figure::Date(|f| f.first_purchase),
    },
    Derived {
        name: "last_purchase",
        get: Figure::Date(|f| f.last_purchase),
    },
    Derived {
        name: "last_contact",
        get: Figure::Date(|f| f.last_contact),
    },
    Derived {
        name: "interactions",
        get: Figure::Count(|f| Some(f.interactions)),
    },
    Derived {
        name: "nps",
        get: Figure::Count(|f| f.nps.map(u32::from)),
    },
    Derived {
        name: "open_deals",
        get: Figure::Count(|f| Some(f.open_deals)),
    },
    Derived {
        name: "pipeline",
        get: Figure::Money(|f| Some(f.pipeline)),
    },
    Derived {
        name: "won",
        get: Figure::Money(|f| Some(f.won)),
    },
];

/// Returns the number in [`DERIVED`] of the figure named `name`.
pub fn derived(name: &str) -> Option<usize> {
    DERIVED.iter().position(|d| d.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_field_is_found_by_its_table_and_key() {
        let layout = &*LAYOUT;
        for (i, f) in STORED.iter().enumerate() {
            let t = layout.table(f.table().unwrap_or("")).unwrap();
            assert_eq!(layout.find(t, f.key()), Some(i), "{}", f.path);
        }
        assert_eq!(layout.find(0, "city"), None);
        assert_eq!(layout.find(0, ""), None);
        assert_eq!(layout.find(0, "legacy_id"), None);
        assert_eq!(
            layout.top,
            [
                "name",
                "kind",
                "stage",
                "email",
                "phone",
                "website",
                "company",
                "owner",
                "tags",
                "source",
                "acquisition_cost",
                "created",
                "address",
                "fields",
                "next",
                "consent",
                "deals",
                "interactions"
            ]
        );
    }

    #[test]
    fn paths_and_synonyms_are_unique() {
        let mut paths = HashSet::new();
        let mut names = HashSet::new();
        for f in STORED {
            assert!(paths.insert(f.path), "{} twice", f.path);
            for s in f.synonyms {
                assert!(names.insert(*s), "synonym {s} twice");
            }
        }
    }

    #[test]
    fn fields_of_the_top_level_have_parts_of_their_own() {
        let mut seen = Parts::NONE;
        for f in STORED.iter().filter(|f| f.table().is_none()) {
            assert!(!seen.contains(f.parts), "{} shares its part", f.path);
            seen |= f.parts;
        }
    }
}
