//! Column names other programs use for rapport's fields, so their exports
//! import without `--map`.
//!
//! Names are compared in a normal form: transliterated to ASCII, lowercased,
//! everything but letters and digits removed (`E-mail` → `email`,
//! `Country/Region` → `countryregion`, `Person - Email - Work` →
//! `personemailwork`). A name not found is tried again without a leading
//! `person`, `contact` or `lead` (Pipedrive writes `Person - Organization`).
//! Within one field the names are in order of preference: when a file has
//! two columns for one field, the earlier name wins and the other column is
//! reported as not imported.
//!
//! Sources: HubSpot contact exports (`Record ID, First Name, Last Name,
//! Email, Phone Number, Company Name, Lifecycle Stage, Create Date, Contact
//! owner, City, Country/Region`), Pipedrive people exports (`Person - Name`,
//! `Person - Organization`, `Person - Email - Work`, `Person - Phone -
//! Work`, `Person - Label`, `Person - Owner`, `Person - Person created`, and
//! the same without the `Person - ` prefix in newer exports), Salesforce
//! data exports and reports (`FirstName`, `LastName`, `Email`, `Phone`,
//! `MobilePhone`, `Account.Name`, `LeadSource`, `MailingStreet`,
//! `MailingCity`, `MailingPostalCode`, `MailingCountry`, `CreatedDate`;
//! `Account Name`, `Mailing City`, `Contact Owner`, `Created Date`), and
//! the column names of Latvian and Czech spreadsheets.

use std::sync::LazyLock;

use crate::model::fields::{NAME, STORED};
use crate::model::translit;

/// The column a customer's first name is read from (joined with the last
/// name when the file has no full name).
pub const FIRST_NAME: &str = "first_name";
/// The column a customer's last name is read from.
pub const LAST_NAME: &str = "last_name";

/// The synonyms of the customer fields: those of the field table
/// ([`crate::model::fields::STORED`]), with the name in two parts after
/// the name.
pub static CUSTOMERS: LazyLock<Vec<(&'static str, &'static [&'static str])>> =
    LazyLock::new(|| {
        let mut table = vec![
            (NAME.path, NAME.synonyms),
            (
                FIRST_NAME,
                &[
                    "firstname",
                    "first",
                    "givenname",
                    "forename",
                    "vards",
                    "jmeno",
                    "krestnijmeno",
                ][..],
            ),
            (
                LAST_NAME,
                &[
                    "lastname",
                    "last",
                    "surname",
                    "familyname",
                    "uzvards",
                    "prijmeni",
                ][..],
            ),
        ];
        table.extend(
            STORED
                .iter()
                .filter(|f| !f.is(&NAME))
                .map(|f| (f.path, f.synonyms)),
        );
        table
    });

/// The synonyms of the interaction columns. `email` finds the customer by
/// e-mail when the file has no `customer` column.
pub const INTERACTIONS: &[(&str, &[&str])] = &[
    (
        "customer",
        &[
            "customer",
            "customerid",
            "client",
            "clientid",
            "klients",
            "zakaznik",
        ],
    ),
    (
        "email",
        &["email", "emailaddress", "customeremail", "epasts"],
    ),
    (
        "date",
        &[
            "date",
            "when",
            "datetime",
            "activitydate",
            "datums",
            "datum",
        ],
    ),
    (
        "kind",
        &[
            "kind",
            "type",
            "activitytype",
            "interactiontype",
            "veids",
            "typ",
        ],
    ),
    (
        "amount",
        &["amount", "total", "sum", "value", "summa", "castka"],
    ),
    (
        "summary",
        &[
            "summary",
            "subject",
            "note",
            "notes",
            "description",
            "comment",
            "piezimes",
            "poznamka",
        ],
    ),
    (
        "ref",
        &[
            "ref",
            "reference",
            "invoice",
            "invoicenumber",
            "invoiceno",
            "ordernumber",
            "orderid",
            "externalid",
            "rekins",
            "faktura",
        ],
    ),
    ("nps", &["nps", "npsscore"]),
    ("csat", &["csat", "csatscore"]),
    (
        "ces",
        &["ces", "cesscore", "customereffort", "customereffortscore"],
    ),
    ("from", &["from"]),
    ("to", &["to"]),
    ("resolved", &["resolved", "resolvedat", "resolvedon"]),
    ("owner", &["owner", "assignedto", "user"]),
];

/// The synonyms of the deal columns.
pub const DEALS: &[(&str, &[&str])] = &[
    (
        "customer",
        &["customer", "customerid", "client", "clientid"],
    ),
    ("email", &["email", "emailaddress", "customeremail"]),
    ("title", &["title", "dealname", "dealtitle", "deal"]),
    ("value", &["value", "amount", "dealvalue"]),
    ("stage", &["stage", "dealstage"]),
    (
        "opened",
        &["opened", "createdate", "createddate", "dealcreated"],
    ),
    ("closed", &["closed", "closedate", "closingdate"]),
];

/// Prefixes of other programs' column names that say which record a column
/// belongs to, tried away when the whole name is not known.
const PREFIXES: &[&str] = &["person", "contact", "lead"];

/// Returns the normal form of a column name.
pub fn normal(name: &str) -> String {
    translit::fold(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Returns the field `header` is a synonym of in `table`, and the rank of
/// the synonym (lower is preferred).
pub fn lookup(table: &[(&'static str, &[&str])], header: &str) -> Option<(&'static str, usize)> {
    let key = normal(header);
    let find = |k: &str| {
        table.iter().find_map(|(field, names)| {
            names
                .iter()
                .position(|n| *n == k)
                .map(|rank| (*field, rank))
        })
    };
    find(&key).or_else(|| {
        PREFIXES
            .iter()
            .find_map(|p| key.strip_prefix(p).filter(|rest| !rest.is_empty()))
            .and_then(find)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_by_the_names_crms_export() {
        let f = |h| lookup(&CUSTOMERS, h).map(|(f, _)| f);
        assert_eq!(f("E-mail"), Some("email"));
        assert_eq!(f("Email Address"), Some("email"));
        assert_eq!(f("Phone Number"), Some("phone"));
        assert_eq!(f("Company Name"), Some("company"));
        assert_eq!(f("Lifecycle Stage"), Some("stage"));
        assert_eq!(f("Create Date"), Some("created"));
        assert_eq!(f("Contact owner"), Some("owner"));
        assert_eq!(f("Country/Region"), Some("address.country"));
        assert_eq!(f("Person - Organization"), Some("company"));
        assert_eq!(f("Person - Email - Work"), Some("email"));
        assert_eq!(f("Person - Person created"), Some("created"));
        assert_eq!(f("Account.Name"), Some("company"));
        assert_eq!(f("MailingPostalCode"), Some("address.postcode"));
        assert_eq!(f("Uzvārds"), Some("last_name"));
        assert_eq!(f("Příjmení"), Some("last_name"));
        assert_eq!(f("address.city"), Some("address.city"));
        assert_eq!(f("Record ID"), None);
        assert_eq!(f("Lead Status"), None);
        assert_eq!(f("Contact ID"), None, "ids of other systems are not ids");
    }
}
