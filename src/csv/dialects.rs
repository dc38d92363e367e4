//! Other CRMs' exports as they come: which program wrote a file, told by
//! its header, and what that changes about reading it.
//!
//! Most of what such an export needs is in the synonyms of the field table
//! (`Default Address City`, `Billing City`, `E-mail 1 - Value` …). The
//! [`DIALECTS`] table holds the rest, one entry per export: the header
//! columns that identify it, the columns it maps that a synonym cannot
//! (Stripe's `id` is Stripe's, not rapport's), the values it renames, the
//! values every row gets (a Mailchimp audience export is the people who
//! opted in), whether it writes slashed dates month first with two-digit
//! years (HubSpot's `2/5/24 1:51`), and its legacy encoding.
//!
//! A recognised export is also read leniently, as such exports need: a row
//! with an e-mail and no name is named by its e-mail, and rows with the
//! same e-mail are one customer (later rows fill the fields earlier ones
//! left empty). A file no entry recognises is read exactly as before:
//! slashed dates whose order its values do not show, and two-digit years,
//! are refused.
//!
//! The headers are those the vendors document for their exports: HubSpot
//! ("Export contacts"), Salesforce (report export; Data Loader, API names),
//! Pipedrive (people), Zoho CRM (contacts), Shopify (customers, the export
//! before 2024 and the one after), Stripe (customers), Mailchimp (audience,
//! subscribed and unsubscribed), Google Contacts (Google CSV, and the
//! legacy one), Outlook, Thunderbird, Odoo (contacts) and SuiteCRM
//! (contacts).

use super::synonyms::normal;

/// One program's export.
#[derive(Debug)]
pub struct Dialect {
    /// What the import says it recognised: `a HubSpot contacts export`.
    pub name: &'static str,
    /// The columns (in the normal form of [`normal`], a leading `person`,
    /// `contact` or `lead` tried away) every one of which the header has.
    pub header: &'static [&'static str],
    /// Columns the header must not have.
    pub without: &'static [&'static str],
    /// `Column=field`, as `--map` takes them, applied before the synonyms
    /// (the user's own `--map` wins); a column the file lacks is passed
    /// over.
    pub maps: &'static [&'static str],
    /// `field:Value=replacement`, as `--map-value` takes them.
    pub map_values: &'static [&'static str],
    /// `(field, value)` every row gets where it has none of its own.
    pub fixed: &'static [(&'static str, &'static str)],
    /// Slashed dates are month first, and a two-digit year is taken
    /// (`2/5/24` is 5 February 2024).
    pub us_dates: bool,
    /// The encoding of a file that is not UTF-8 (a WHATWG label).
    pub encoding: Option<&'static str>,
}

const NONE: Dialect = Dialect {
    name: "",
    header: &[],
    without: &[],
    maps: &[],
    map_values: &[],
    fixed: &[],
    us_dates: false,
    encoding: None,
};

/// The exports rapport recognises, the more specific first: the first
/// entry whose columns the header has is the file's.
pub const DIALECTS: &[Dialect] = &[
    Dialect {
        name: "a HubSpot contacts export",
        // `Lifecycle Stage` is a column a user may leave out of the export.
        header: &["recordid", "createdate"],
        us_dates: true,
        ..NONE
    },
    Dialect {
        name: "a Zoho CRM contacts export",
        header: &["recordid", "createdtime"],
        maps: &["Email Opt Out="],
        ..NONE
    },
    Dialect {
        // Zoho's exports before `Record Id` named the id `Contact ID`.
        name: "a Zoho CRM contacts export",
        header: &["contactid", "createdtime"],
        maps: &["Email Opt Out=", "Contact ID="],
        ..NONE
    },
    Dialect {
        name: "a Salesforce contacts report",
        header: &["contactowner", "mailingzippostalcode"],
        us_dates: true,
        encoding: Some("windows-1252"),
        ..NONE
    },
    Dialect {
        name: "a Salesforce accounts report",
        header: &["accountowner", "accountname", "billingcity"],
        maps: &["Account Name=name"],
        fixed: &[("kind", "company")],
        us_dates: true,
        encoding: Some("windows-1252"),
        ..NONE
    },
    Dialect {
        name: "a Salesforce Data Loader contacts export",
        header: &["id", "accountid", "ownerid", "createddate"],
        maps: &["Id=", "AccountId=", "OwnerId="],
        encoding: Some("windows-1252"),
        ..NONE
    },
    Dialect {
        name: "a Salesforce Data Loader accounts export",
        header: &["id", "ownerid", "billingcity", "createddate"],
        maps: &["Id=", "OwnerId="],
        fixed: &[("kind", "company")],
        encoding: Some("windows-1252"),
        ..NONE
    },
    Dialect {
        name: "a Pipedrive people export",
        header: &["personcreated"],
        ..NONE
    },
    Dialect {
        name: "a Shopify customers export (2024)",
        header: &["customerid", "acceptsemailmarketing", "defaultaddresscity"],
        ..NONE
    },
    Dialect {
        name: "a Shopify customers export",
        header: &["acceptsmarketing", "totalspent"],
        ..NONE
    },
    Dialect {
        name: "a Stripe customers export",
        header: &["id", "createdutc", "delinquent"],
        maps: &["id=fields.stripe_id"],
        ..NONE
    },
    Dialect {
        name: "a Mailchimp audience export (unsubscribed)",
        header: &["emailaddress", "optintime", "unsubtime"],
        maps: &["UNSUB_TIME=consent.date", "OPTIN_TIME=", "CONFIRM_TIME="],
        fixed: &[("consent.email", "false")],
        ..NONE
    },
    Dialect {
        name: "a Mailchimp audience export",
        header: &["emailaddress", "optintime", "leid"],
        fixed: &[("consent.email", "true")],
        ..NONE
    },
    Dialect {
        name: "a Google Contacts export",
        header: &["email1value", "organizationname"],
        ..NONE
    },
    Dialect {
        name: "a Google Contacts export (legacy)",
        header: &["email1value", "givenname", "groupmembership"],
        maps: &["Group Membership=tags"],
        ..NONE
    },
    Dialect {
        name: "an Outlook contacts export",
        header: &["emailaddress", "email2address", "businesscity"],
        maps: &["Account=", "Title="],
        ..NONE
    },
    Dialect {
        name: "a Thunderbird address book export",
        header: &["primaryemail", "secondaryemail", "displayname"],
        ..NONE
    },
    Dialect {
        name: "an Odoo contacts export",
        header: &["isacompany"],
        // `Company` is the Odoo company the record belongs to (the user's
        // own firm); the customer's company is `Related Company`.
        maps: &["Is a Company=kind", "Related Company=company", "Company="],
        map_values: &[
            "kind:True=company",
            "kind:False=",
            "kind:1=company",
            "kind:0=",
        ],
        ..NONE
    },
    Dialect {
        name: "a SuiteCRM contacts export",
        header: &["primaryaddresscity", "datecreated"],
        us_dates: true,
        ..NONE
    },
];

/// Prefixes a column name may carry in one export and not another
/// (Pipedrive's `Person - Person created` and `Person created`).
const PREFIXES: &[&str] = &["person", "contact", "lead"];

/// Returns the export whose header `headers` is, if rapport knows it.
pub fn recognise(headers: &[String]) -> Option<&'static Dialect> {
    let names: Vec<String> = headers.iter().map(|h| normal(h)).collect();
    let has = |want: &str| {
        names.iter().any(|n| {
            n == want
                || PREFIXES
                    .iter()
                    .any(|p| n.strip_prefix(p).is_some_and(|rest| rest == want))
        })
    };
    DIALECTS
        .iter()
        .find(|d| d.header.iter().all(|c| has(c)) && !d.without.iter().any(|c| has(c)))
}

/// Returns the year of a two-digit year as the export means it: `24` is
/// 2024, `69` to `99` the last century (as strftime's `%y`).
pub fn full_year(two_digits: i32) -> i32 {
    if two_digits < 69 {
        2000 + two_digits
    } else {
        1900 + two_digits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(header: &str) -> Option<&'static str> {
        let headers: Vec<String> = header.split(',').map(str::to_string).collect();
        recognise(&headers).map(|d| d.name)
    }

    #[test]
    fn tells_exports_by_their_header() {
        assert_eq!(
            of("Record ID,First Name,Last Name,Email,Lifecycle Stage,Create Date"),
            Some("a HubSpot contacts export")
        );
        assert_eq!(
            of("Record Id,Contact Owner,First Name,Account Name,Created Time"),
            Some("a Zoho CRM contacts export")
        );
        assert_eq!(
            of("Person - Name,Person - Email - Work,Person - Person created"),
            Some("a Pipedrive people export")
        );
        assert_eq!(
            of("Name,Email - Work,Person created"),
            Some("a Pipedrive people export")
        );
        assert_eq!(
            of("Email Address,First Name,OPTIN_TIME,LEID,UNSUB_TIME"),
            Some("a Mailchimp audience export (unsubscribed)")
        );
        assert_eq!(
            of("Email Address,First Name,OPTIN_TIME,LEID"),
            Some("a Mailchimp audience export")
        );
        assert_eq!(
            of("Record ID,First Name,Last Name,Email,Create Date,Contact owner"),
            Some("a HubSpot contacts export")
        );
        assert_eq!(
            of("Contact ID,Contact Owner,First Name,Last Name,Email,Created Time"),
            Some("a Zoho CRM contacts export")
        );
        assert_eq!(of("name,email,created"), None);
        assert_eq!(of("Record ID,First Name,Email"), None);
    }

    #[test]
    fn every_dialect_names_columns_in_normal_form() {
        for d in DIALECTS {
            assert!(!d.header.is_empty(), "{}", d.name);
            for c in d.header.iter().chain(d.without) {
                assert_eq!(normal(c), *c, "{}", d.name);
            }
        }
        assert_eq!(full_year(24), 2024);
        assert_eq!(full_year(99), 1999);
    }
}
