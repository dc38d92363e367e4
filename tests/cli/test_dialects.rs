//! Other CRMs' exports import as they come (DESIGN.md section 17): each
//! file of tests/data/dialects, written from the vendor's documented
//! header, imports without `--map`, says which export it recognised, and
//! makes the customers it holds.

use std::fs;
use std::path::PathBuf;

use crate::support::{TODAY, TestBook, stderr_of};

/// Copies `tests/data/dialects/NAME` into a new book, imports it, and
/// returns the book and what the import told on stderr, after checking
/// that it recognised `dialect`.
fn imported(name: &str, dialect: &str) -> (TestBook, String) {
    let book = TestBook::new();
    let from =
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dialects")).join(name);
    fs::copy(from, book.path(name)).unwrap();
    let out = book.rapport().args(["import", name]).assert().success();
    let err = stderr_of(&out);
    assert!(
        err.starts_with(&format!("rapport: recognised {dialect}\n")),
        "{err}"
    );
    (book, err)
}

/// Asserts that the customer `id` has each of `lines` (as the file writes
/// them: `city = "Rīga"`).
fn has(book: &TestBook, id: &str, lines: &[&str]) {
    let text = book.customer(id);
    for line in lines {
        assert!(
            text.lines().any(|l| l == *line),
            "{id}: no line {line:?} in\n{text}"
        );
    }
}

/// Asserts that the customer `id` has no line starting with `key = `.
fn lacks(book: &TestBook, id: &str, key: &str) {
    let text = book.customer(id);
    assert!(
        !text.lines().any(|l| l.starts_with(&format!("{key} = "))),
        "{id} has `{key}`:\n{text}"
    );
}

#[test]
fn hubspot_us_dates_two_digit_years_and_a_contact_known_by_its_email() {
    let (book, _) = imported("hubspot-contacts.csv", "a HubSpot contacts export");
    assert_eq!(
        book.ids(),
        [
            "brnenska-pekarna-s-r-o",
            "daugava-koks-sia",
            "info-vecrigas-maiznica-example",
            "liga-kalnina",
            "tomas-dvorak"
        ]
    );
    has(
        &book,
        "liga-kalnina",
        &[
            "name = \"Līga Kalniņa\"",
            "stage = \"customer\"",
            "email = \"liga.kalnina@daugava-koks.example\"",
            "phone = \"+371 2614 2231\"",
            "company = \"daugava-koks-sia\"",
            "created = 2024-02-05",
            "city = \"Rīga\"",
        ],
    );
    has(
        &book,
        "info-vecrigas-maiznica-example",
        &[
            "name = \"info@vecrigas-maiznica.example\"",
            "created = 2023-11-23",
        ],
    );
    has(
        &book,
        "tomas-dvorak",
        &[
            "created = 2024-12-01",
            "company = \"brnenska-pekarna-s-r-o\"",
        ],
    );
    has(&book, "daugava-koks-sia", &["kind = \"company\""]);
}

#[test]
fn the_same_dates_without_a_recognised_header_are_refused_as_before() {
    let book = TestBook::new();
    // HubSpot's dates under a header HubSpot does not write: the order and
    // the century are not guessed.
    book.write(
        "contacts.csv",
        "Name,Email,Create Date\nLīga Kalniņa,liga@example.lv,2/5/24 1:51\n",
    );
    let out = book
        .rapport()
        .args(["import", "contacts.csv"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    assert!(!err.contains("recognised"), "{err}");
    assert!(
        err.contains("column `Create Date` has dates such as `2/5/24 1:51` (line 2) that read as day/month or month/day"),
        "{err}"
    );
    book.write(
        "contacts.csv",
        "Name,Email,Create Date\nLīga Kalniņa,liga@example.lv,2/25/24\n",
    );
    let out = book
        .rapport()
        .args(["import", "contacts.csv"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    assert!(
        err.contains(
            "contacts.csv:2: column `Create Date`: `2/25/24`: write the year with four digits"
        ),
        "{err}"
    );
    // And a row without a name is not named by its e-mail.
    book.write("contacts.csv", "Name,Email\n,liga@example.lv\n");
    let out = book
        .rapport()
        .args(["import", "contacts.csv"])
        .assert()
        .code(1);
    assert!(stderr_of(&out).contains("contacts.csv:2: the name is empty"));
}

#[test]
fn a_salesforce_report_in_windows_1252_with_us_dates() {
    let (book, _) = imported("salesforce-report.csv", "a Salesforce contacts report");
    assert_eq!(
        book.ids(),
        ["sarka-novakova", "zamecke-sklepy-a-s", "zofie-kralova"]
    );
    has(
        &book,
        "sarka-novakova",
        &[
            "name = \"Šárka Nováková\"",
            "phone = \"+420 777 231 908\"",
            "company = \"zamecke-sklepy-a-s\"",
            "owner = \"Jan Novák\"",
            "source = \"Web\"",
            "created = 2024-03-14",
            "city = \"Mikulov\"",
            "postcode = \"692 01\"",
        ],
    );
    has(
        &book,
        "zofie-kralova",
        &[
            "phone = \"+420 519 510 000\"",
            "created = 2023-11-02",
            "company = \"zamecke-sklepy-a-s\"",
        ],
    );
    has(
        &book,
        "zamecke-sklepy-a-s",
        &["name = \"Zámecké sklepy a.s.\""],
    );
}

#[test]
fn a_salesforce_data_loader_export_keeps_salesforce_ids_out() {
    let (book, err) = imported(
        "salesforce-dataloader.csv",
        "a Salesforce Data Loader contacts export",
    );
    assert!(!err.contains("`Id`"), "{err}");
    assert_eq!(book.ids(), ["eriks-ozolins", "ilze-jansone"]);
    has(
        &book,
        "eriks-ozolins",
        &[
            "name = \"Ēriks Ozoliņš\"",
            "email = \"eriks.ozolins@baltijas-tekstils.example\"",
            "phone = \"+371 6722 1100\"",
            "source = \"Partner Referral\"",
            "created = 2024-01-15",
            "city = \"Rīga\"",
            "postcode = \"LV-1050\"",
        ],
    );
    has(
        &book,
        "ilze-jansone",
        &["phone = \"+371 2655 7788\"", "created = 2024-02-20"],
    );
    lacks(&book, "ilze-jansone", "owner");
}

#[test]
fn pipedrive_people_with_prefixed_columns_and_a_home_email() {
    let (book, _) = imported("pipedrive-people.csv", "a Pipedrive people export");
    assert_eq!(
        book.ids(),
        ["jelena-nikolic", "marko-petrovic", "petrovic-trade-d-o-o"]
    );
    has(
        &book,
        "marko-petrovic",
        &[
            "email = \"marko@petrovic-trade.example\"",
            "phone = \"+381 11 3344 556\"",
            "company = \"petrovic-trade-d-o-o\"",
            "owner = \"Јована Ђурић\"",
            "tags = [\"Hot lead\"]",
            "created = 2024-03-04",
        ],
    );
    has(
        &book,
        "jelena-nikolic",
        &[
            "name = \"Јелена Николић\"",
            "email = \"jelena.nikolic@posta.example\"",
            "phone = \"+381 63 765 4321\"",
            "created = 2023-12-19",
        ],
    );
}

#[test]
fn zoho_a_company_named_like_a_person_is_a_company_of_its_own() {
    let (book, _) = imported("zoho-contacts.csv", "a Zoho CRM contacts export");
    assert_eq!(
        book.ids(),
        ["janis-berzins", "janis-berzins-2", "kristine-liepa"]
    );
    // Jānis Bērziņš the person works at Jānis Bērziņš the sole trader: the
    // company cell makes (and links) a company, never the person.
    has(
        &book,
        "janis-berzins-2",
        &["name = \"Jānis Bērziņš\"", "kind = \"company\""],
    );
    lacks(&book, "janis-berzins", "kind");
    has(
        &book,
        "janis-berzins",
        &[
            "company = \"janis-berzins-2\"",
            "created = 2024-04-08",
            "tags = [\"Kokapstrāde\"]",
            "city = \"Cēsis\"",
        ],
    );
    has(
        &book,
        "kristine-liepa",
        &[
            "company = \"janis-berzins-2\"",
            "phone = \"+371 2999 4455\"",
        ],
    );
    // Imported again, matched by e-mail, the
    // company cell finds the company, not the person of that name.
    let out = book
        .rapport()
        .args([
            "import",
            "zoho-contacts.csv",
            "--match",
            "email",
            "--on-match",
            "update",
        ])
        .assert()
        .success();
    assert!(stderr_of(&out).contains("0 created, 0 updated, 2 unchanged"));
}

#[test]
fn shopify_quotes_before_phones_and_postcodes_go() {
    let (book, _) = imported("shopify-customers.csv", "a Shopify customers export");
    assert_eq!(
        book.ids(),
        ["cerny-design-s-r-o", "dace-zarina", "petr-cerny"]
    );
    has(
        &book,
        "dace-zarina",
        &[
            "phone = \"+37126001234\"",
            "postcode = \"2015\"",
            "city = \"Jūrmala\"",
            "country = \"Latvia\"",
            "tags = [\"VIP\", \"Jūrmala\"]",
            "email = true",
        ],
    );
    has(
        &book,
        "petr-cerny",
        &[
            "phone = \"+420602111222\"",
            "postcode = \"11000\"",
            "company = \"cerny-design-s-r-o\"",
            "email = false",
        ],
    );
}

#[test]
fn shopify_2024_default_address_columns() {
    let (book, err) = imported(
        "shopify-customers-2024.csv",
        "a Shopify customers export (2024)",
    );
    assert!(
        err.contains("`Customer ID`"),
        "Shopify's id is not rapport's: {err}"
    );
    assert_eq!(
        book.ids(),
        ["milica-jovanovic", "stastny-kola-s-r-o", "vojtech-stastny"]
    );
    has(
        &book,
        "milica-jovanovic",
        &[
            "phone = \"+381641112233\"",
            "city = \"Beograd\"",
            "postcode = \"11000\"",
            "country = \"RS\"",
            "email = true",
        ],
    );
    has(
        &book,
        "vojtech-stastny",
        &[
            "name = \"Vojtěch Šťastný\"",
            "phone = \"+420585222333\"",
            "company = \"stastny-kola-s-r-o\"",
            "city = \"Olomouc\"",
            "email = false",
        ],
    );
}

#[test]
fn stripe_one_customer_per_email_and_its_id_kept_as_a_field() {
    let (book, err) = imported("stripe-customers.csv", "a Stripe customers export");
    assert!(
        err.contains("the e-mail of an earlier row again on line 3 (of line 2)"),
        "{err}"
    );
    assert_eq!(book.ids(), ["dragana-ilic", "edgars-kalnins"]);
    has(
        &book,
        "edgars-kalnins",
        &[
            "name = \"Edgars Kalniņš\"",
            "phone = \"+37129876543\"",
            "created = 2024-02-05",
            "city = \"Rīga\"",
            "stripe_id = \"cus_PxA1b2C3d4E5f6\"",
        ],
    );
    has(
        &book,
        "dragana-ilic",
        &[
            "created = 2024-04-22",
            "city = \"Novi Sad\"",
            "stripe_id = \"cus_QyB2c3D4e5F6h8\"",
        ],
    );
}

#[test]
fn mailchimp_an_audience_export_is_consent_given_on_its_optin_time() {
    let (book, _) = imported("mailchimp-subscribed.csv", "a Mailchimp audience export");
    assert_eq!(book.ids(), ["inese-ozola", "jiri-novak"]);
    has(
        &book,
        "inese-ozola",
        &["email = true", "date = 2024-01-10", "tags = [\"Jaunumi\"]"],
    );
    // No OPTIN_TIME: the confirmation's time is the consent's.
    has(
        &book,
        "jiri-novak",
        &["name = \"Jiří Novák\"", "email = true", "date = 2023-11-30"],
    );
    has(&book, "jiri-novak", &[&format!("created = {TODAY}")]);
}

#[test]
fn google_contacts_value_columns_and_labels() {
    let (book, _) = imported("google-contacts.csv", "a Google Contacts export");
    assert_eq!(
        book.ids(),
        ["aija-vitola", "nikola-stojanovic", "stojanovic-soft-d-o-o"]
    );
    has(
        &book,
        "nikola-stojanovic",
        &[
            "email = \"nikola@stojanovic-soft.example\"",
            "phone = \"+381 65 222 3344\"",
            "website = \"https://stojanovic-soft.example\"",
            "company = \"stojanovic-soft-d-o-o\"",
            "tags = [\"Klijenti\", \"Beograd\"]",
            "street = \"Bulevar kralja Aleksandra 73\"",
            "city = \"Beograd\"",
        ],
    );
    has(
        &book,
        "aija-vitola",
        &["name = \"Aija Vītola\"", "phone = \"+371 2600 1199\""],
    );
    lacks(&book, "aija-vitola", "tags");
}

#[test]
fn google_contacts_legacy_export() {
    let (book, _) = imported(
        "google-contacts-legacy.csv",
        "a Google Contacts export (legacy)",
    );
    assert_eq!(book.ids(), ["katerina-svobodova", "svoboda-tisk-s-r-o"]);
    has(
        &book,
        "katerina-svobodova",
        &[
            "name = \"Kateřina Svobodová\"",
            "email = \"katerina@svoboda-tisk.example\"",
            "phone = \"+420 224 111 222\"",
            "company = \"svoboda-tisk-s-r-o\"",
            "tags = [\"Dodavatelé\"]",
            "city = \"Praha\"",
            "postcode = \"120 00\"",
        ],
    );
}

#[test]
fn outlook_business_address_first_then_home() {
    let (book, _) = imported("outlook-contacts.csv", "an Outlook contacts export");
    assert_eq!(
        book.ids(),
        ["kurzemes-osta-sia", "raimonds-krumins", "svetlana-markovic"]
    );
    has(
        &book,
        "raimonds-krumins",
        &[
            "phone = \"+371 6342 0011\"",
            "company = \"kurzemes-osta-sia\"",
            "website = \"https://kurzemes-osta.example\"",
            "tags = [\"Klienti\", \"Osta\"]",
            "city = \"Ventspils\"",
        ],
    );
    has(
        &book,
        "svetlana-markovic",
        &[
            "phone = \"+381 21 456 789\"",
            "city = \"Novi Sad\"",
            "postcode = \"21000\"",
        ],
    );
}

#[test]
fn thunderbird_rows_with_a_trailing_comma() {
    let (book, _) = imported("thunderbird.csv", "a Thunderbird address book export");
    assert_eq!(
        book.ids(),
        ["kucera-stavby-s-r-o", "ondrej-kucera", "ruta-silina"]
    );
    has(
        &book,
        "ruta-silina",
        &[
            "name = \"Rūta Siliņa\"",
            "email = \"ruta.silina@pasts.example\"",
            "phone = \"+371 2633 4455\"",
            "city = \"Daugavpils\"",
        ],
    );
    has(
        &book,
        "ondrej-kucera",
        &[
            "phone = \"+420 545 000 111\"",
            "company = \"kucera-stavby-s-r-o\"",
            "city = \"Brno\"",
            "postcode = \"602 00\"",
        ],
    );
}

#[test]
fn a_row_longer_than_the_header_by_more_than_an_empty_cell_is_still_refused() {
    let book = TestBook::new();
    book.write(
        "contacts.csv",
        "name,email\nA,a@example.lv,\nB,b@example.lv,x\n",
    );
    let out = book
        .rapport()
        .args(["import", "contacts.csv"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    assert!(
        err.contains("contacts.csv:3: the row has 3 cells where the header has 2"),
        "{err}"
    );
    assert!(!err.contains("contacts.csv:2"), "{err}");
}

#[test]
fn odoo_is_a_company_makes_companies_and_related_company_links_them() {
    let (book, _) = imported("odoo-contacts.csv", "an Odoo contacts export");
    assert_eq!(book.ids(), ["ana-djordjevic", "srpska-pivara-d-o-o"]);
    has(
        &book,
        "srpska-pivara-d-o-o",
        &["kind = \"company\"", "created = 2024-05-06"],
    );
    lacks(&book, "ana-djordjevic", "kind");
    has(
        &book,
        "ana-djordjevic",
        &[
            "name = \"Ana Đorđević\"",
            "company = \"srpska-pivara-d-o-o\"",
            "phone = \"+381 64 555 6677\"",
            "owner = \"Јована Ђурић\"",
            "tags = [\"Pivo\", \"Nabavka\"]",
        ],
    );
}

#[test]
fn suitecrm_primary_address_and_us_dates() {
    let (book, _) = imported("suitecrm-contacts.csv", "a SuiteCRM contacts export");
    assert_eq!(book.ids(), ["valdis-liepins", "vidzemes-piens-as"]);
    has(
        &book,
        "valdis-liepins",
        &[
            "name = \"Valdis Liepiņš\"",
            "phone = \"+371 6410 2030\"",
            "company = \"vidzemes-piens-as\"",
            "owner = \"anna\"",
            "created = 2024-02-05",
            "street = \"Piena iela 1\"",
            "city = \"Valmiera\"",
            "postcode = \"LV-4201\"",
        ],
    );
}

#[test]
fn mailchimp_an_unsubscribed_export_is_consent_withdrawn_on_its_unsub_time() {
    let (book, _) = imported(
        "mailchimp-unsubscribed.csv",
        "a Mailchimp audience export (unsubscribed)",
    );
    assert_eq!(book.ids(), ["petra-horakova"]);
    has(
        &book,
        "petra-horakova",
        &[
            "name = \"Petra Horáková\"",
            "email = false",
            "date = 2024-06-18",
        ],
    );
}

#[test]
fn salesforce_accounts_are_companies() {
    let (book, _) = imported(
        "salesforce-accounts-report.csv",
        "a Salesforce accounts report",
    );
    assert_eq!(book.ids(), ["rigas-tekstils-as"]);
    has(
        &book,
        "rigas-tekstils-as",
        &[
            "name = \"Rīgas Tekstils AS\"",
            "kind = \"company\"",
            "owner = \"Anna Bērziņa\"",
            "website = \"https://rigas-tekstils.example\"",
            "created = 2023-07-30",
            "street = \"Krasta iela 52\"",
            "city = \"Rīga\"",
            "postcode = \"LV-1003\"",
        ],
    );
    let (book, _) = imported(
        "salesforce-dataloader-accounts.csv",
        "a Salesforce Data Loader accounts export",
    );
    assert_eq!(book.ids(), ["beogradska-stamparija-d-o-o"]);
    has(
        &book,
        "beogradska-stamparija-d-o-o",
        &[
            "kind = \"company\"",
            "created = 2023-09-12",
            "city = \"Beograd\"",
            "phone = \"+381 11 303 0303\"",
        ],
    );
    lacks(&book, "beogradska-stamparija-d-o-o", "owner");
}

#[test]
fn hubspot_without_the_lifecycle_stage_column_is_still_hubspot() {
    // A user picks the properties HubSpot exports; the stage may be left out.
    let (book, _) = imported("hubspot-contacts-no-stage.csv", "a HubSpot contacts export");
    assert_eq!(book.ids(), ["janis-ozols", "liepajas-zivis-sia"]);
    has(
        &book,
        "janis-ozols",
        &[
            "name = \"Jānis Ozols\"",
            "created = 2025-03-14",
            "company = \"liepajas-zivis-sia\"",
        ],
    );
}

#[test]
fn odoo_company_is_the_users_own_firm_and_related_company_the_customers() {
    let (book, err) = imported("odoo-contacts-own-company.csv", "an Odoo contacts export");
    assert_eq!(book.ids(), ["milan-ilic", "novi-sad-pak-d-o-o"]);
    has(&book, "milan-ilic", &["company = \"novi-sad-pak-d-o-o\""]);
    assert!(!err.contains("amberline"), "{err}");
    let all: String = book
        .ids()
        .iter()
        .map(|id| fs::read_to_string(book.path(&format!("customers/{id}.toml"))).unwrap())
        .collect();
    assert!(!all.contains("Amberline"), "{all}");
}
