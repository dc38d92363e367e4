//! `rapport import --vcard` and `export --format vcard`: cards as phones,
//! khard and vdirsyncer write them, a round trip through a fresh book, the
//! export read by an independent parser (the `ical` crate's), and bad
//! input refused whole with its file and line.

use std::collections::BTreeMap;
use std::fs;

use crate::support::{TestBook, stderr_of};

/// A book of a company, a person of it with everything a card holds, and a
/// person with little.
fn book() -> TestBook {
    let book = TestBook::new();
    book.write(
        "customers/ozolins-sia.toml",
        "name = \"Ozoliņš SIA\"\nkind = \"company\"\nemail = \"info@ozolins.example\"\nwebsite = \"https://ozolins.example\"\ntags = [\"b2b\"]\n\n[address]\nstreet = \"Brīvības iela 1\"\ncity = \"Rīga\"\npostcode = \"LV-1010\"\ncountry = \"LV\"\n",
    );
    book.write(
        "customers/anna-berzina.toml",
        "name = \"Anna Marija Bērziņa\"\nkind = \"person\"\nemail = \"anna@ozolins.example\"\nphone = \"+371 2612 3456\"\ncompany = \"ozolins-sia\"\ntags = [\"vip\", \"b2b\"]\n\n[address]\ncity = \"Rīga\"\n\n[fields]\ntitle = \"Head of sales, Baltics\"\nnote = \"Prefers mornings;\\nspeaks Latvian, Russian\"\n",
    );
    book.write(
        "customers/jovana-petrovic.toml",
        "name = \"Јована Петровић\"\nphone = \"+381 64 123 4567\"\n",
    );
    book
}

/// The contact columns of a book's customers, by id.
const COLUMNS: &str = "id,name,kind,email,phone,website,company,tags,address.street,address.city,address.postcode,address.country,fields.title,fields.note";

fn contacts(book: &TestBook) -> String {
    book.run(&["export", "--columns", COLUMNS])
}

#[test]
fn export_then_import_into_a_fresh_book_gives_the_same_customers() {
    let book = book();
    let cards = book.run(&["export", "--format", "vcard"]);
    let fresh = TestBook::new();
    fresh.write("contacts.vcf", &cards);
    let assert = fresh
        .rapport()
        .args(["import", "--vcard", "contacts.vcf"])
        .assert()
        .success();
    assert!(
        stderr_of(&assert).contains("3 created, 0 updated"),
        "{}",
        stderr_of(&assert)
    );
    assert_eq!(contacts(&fresh), contacts(&book));
    // Imported again: the UIDs find the customers, nothing changes.
    let again = fresh
        .rapport()
        .args(["import", "--vcard", "contacts.vcf"])
        .assert()
        .success();
    assert!(
        stderr_of(&again).contains("0 created, 0 updated, 3 unchanged"),
        "{}",
        stderr_of(&again)
    );
    // And a card edited elsewhere (khard) updates its customer.
    fresh.write(
        "contacts.vcf",
        &cards.replace("anna@ozolins.example", "anna.berzina@ozolins.example"),
    );
    fresh.run(&["import", "--vcard", "contacts.vcf"]);
    assert!(
        fresh
            .customer("anna-berzina")
            .contains("email = \"anna.berzina@ozolins.example\""),
        "{}",
        fresh.customer("anna-berzina")
    );
    assert_eq!(fresh.ids().len(), 3);
}

/// Returns a TEXT value of the `ical` parser (which keeps escapes) as text.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn an_independent_parser_reads_the_export_as_vcard_4_0() {
    let book = book();
    let text = book.run(&["export", "--format", "vcard"]);
    for line in text.strip_suffix("\r\n").unwrap().split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let mut cards: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for contact in ical::VcardParser::new(text.as_bytes()) {
        let contact = contact.expect("a card the ical crate reads");
        let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for p in contact.properties {
            props
                .entry(p.name.to_uppercase())
                .or_default()
                .push(p.value.unwrap_or_default());
        }
        let uid = props["UID"][0].clone();
        cards.insert(uid, props);
    }
    assert_eq!(
        cards.keys().collect::<Vec<_>>(),
        ["anna-berzina", "jovana-petrovic", "ozolins-sia"]
    );
    for props in cards.values() {
        assert_eq!(props["VERSION"], ["4.0"]);
        assert_eq!(props["FN"].len(), 1);
    }
    let anna = &cards["anna-berzina"];
    assert_eq!(unescape(&anna["FN"][0]), "Anna Marija Bērziņa");
    assert_eq!(anna["N"], ["Bērziņa;Anna Marija;;;"]);
    assert_eq!(anna["KIND"], ["individual"]);
    assert_eq!(anna["EMAIL"], ["anna@ozolins.example"]);
    assert_eq!(anna["TEL"], ["+371 2612 3456"]);
    assert_eq!(anna["ORG"], ["Ozoliņš SIA"]);
    assert_eq!(unescape(&anna["TITLE"][0]), "Head of sales, Baltics");
    assert_eq!(
        unescape(&anna["NOTE"][0]),
        "Prefers mornings;\nspeaks Latvian, Russian"
    );
    assert_eq!(anna["CATEGORIES"], ["vip,b2b"]);
    let company = &cards["ozolins-sia"];
    assert_eq!(company["KIND"], ["org"]);
    assert_eq!(company["ADR"], [";;Brīvības iela 1;Rīga;;LV-1010;LV"]);
    assert_eq!(company["URL"], ["https://ozolins.example"]);
    assert_eq!(cards["jovana-petrovic"]["N"], ["Петровић;Јована;;;"]);
}

/// A phone's export: vCard 3.0 and 2.1, folded lines, quoted-printable in
/// a legacy charset, several e-mails and numbers, a foreign UID.
const PHONE: &str = "BEGIN:VCARD\r
VERSION:3.0\r
UID:5F0C2B9A-1A2B-4C3D-8E9F-0123456789AB\r
N:Petrović;Jovana;;;\r
FN:Jovana Petrović\r
ORG:Petrović d.o.o.\r
TITLE:Direktorka\r
EMAIL;TYPE=INTERNET,HOME:jovana@home.example\r
EMAIL;TYPE=INTERNET,WORK,pref:jovana@petrovic.example\r
TEL;TYPE=CELL:+381 64 123 4567\r
ADR;TYPE=WORK:;;Knez Mihailova 1;Beograd;;11000;RS\r
CATEGORIES:partner,Beograd\r
NOTE:Met at the fair in Novi Sad\\, 2025. A long note that a phone folds \r
 onto a second line.\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:2.1\r
N;CHARSET=windows-1257;ENCODING=QUOTED-PRINTABLE:Ozoli=F2=F0;=C7riks;;;\r
FN;CHARSET=windows-1257;ENCODING=QUOTED-PRINTABLE:=C7riks Ozoli=F2=F0\r
TEL;CELL:+37126000000\r
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Br=C4=ABv=C4=ABbas iela, =\r
R=C4=ABga\r
END:VCARD\r
";

#[test]
fn imports_a_phones_cards_and_a_vdir_and_updates_them_on_reimport() {
    let book = TestBook::new();
    book.write("phone.vcf", PHONE);
    let assert = book
        .rapport()
        .args(["import", "--vcard", "phone.vcf"])
        .assert()
        .success();
    let err = stderr_of(&assert);
    // A customer has one e-mail address: the preferred one; the others are
    // kept, not dropped.
    assert!(
        err.contains("1 further e-mail address kept in fields.other_emails"),
        "{err}"
    );
    // The company ORG names is created, and linked.
    assert!(err.contains("3 created"), "{err}");
    let jovana = book.customer("jovana-petrovic");
    for want in [
        "email = \"jovana@petrovic.example\"",
        "phone = \"+381 64 123 4567\"",
        "company = \"petrovic-d-o-o\"",
        "tags = [\"partner\", \"Beograd\"]",
        "city = \"Beograd\"",
        "postcode = \"11000\"",
        "title = \"Direktorka\"",
        "vcard_uid = \"5F0C2B9A-1A2B-4C3D-8E9F-0123456789AB\"",
        "other_emails = \"jovana@home.example\"",
        "note = \"Met at the fair in Novi Sad, 2025. A long note that a phone folds onto a second line.\"",
    ] {
        assert!(jovana.contains(want), "{want}\n{jovana}");
    }
    // And the export gives both addresses back, the customer's first.
    let out = book
        .rapport()
        .args([
            "export",
            "--format",
            "vcard",
            "--where",
            "id = jovana-petrovic",
        ])
        .assert()
        .success();
    let card = crate::support::stdout_of(&out);
    let emails: Vec<&str> = card.lines().filter(|l| l.starts_with("EMAIL")).collect();
    assert_eq!(
        emails,
        [
            "EMAIL;PREF=1:jovana@petrovic.example",
            "EMAIL:jovana@home.example"
        ],
        "{card}"
    );
    let eriks = book.customer("eriks-ozolins");
    assert!(eriks.contains("name = \"Ēriks Ozoliņš\""), "{eriks}");
    assert!(eriks.contains("note = \"Brīvības iela, Rīga\""), "{eriks}");

    // The same cards in a vdir (one file each, as vdirsyncer keeps them):
    // the UID finds Jovana, whose new number updates her.
    let (first, second) = PHONE.split_at(PHONE.find("BEGIN:VCARD\r\nVERSION:2.1").unwrap());
    fs::create_dir_all(book.path("vdir/contacts")).unwrap();
    book.write(
        "vdir/contacts/5f0c2b9a.vcf",
        &first.replace("+381 64 123 4567", "+381 65 000 0000"),
    );
    book.write("vdir/contacts/eriks.vcf", second);
    book.write("vdir/contacts/.hidden.vcf", "junk");
    book.write("vdir/contacts/readme.txt", "junk");
    let assert = book
        .rapport()
        .args(["import", "--vcard", "vdir"])
        .assert()
        .success();
    let err = stderr_of(&assert);
    // Ēriks's card has no UID, so nothing says it is the customer imported
    // before: it is a new one (eriks-ozolins-2), as a CSV row without id.
    assert!(err.contains("1 created, 1 updated"), "{err}");
    assert!(
        book.customer("jovana-petrovic")
            .contains("phone = \"+381 65 000 0000\""),
        "{}",
        book.customer("jovana-petrovic")
    );
}

#[test]
fn a_card_without_a_name_a_cut_card_and_binary_junk_write_nothing() {
    let book = TestBook::new();
    book.write(
        "bad.vcf",
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Good One\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cut Short\r\n",
    );
    let assert = book
        .rapport()
        .args(["import", "--vcard", "bad.vcf"])
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    assert!(
        err.contains("bad.vcf:5: the card has no name (no FN, and no N)"),
        "{err}"
    );
    assert!(
        err.contains("bad.vcf:9: the card has no END:VCARD (the file ends on line 11)"),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert!(book.ids().is_empty());

    book.write("junk.vcf", "BEGIN:VCARD\nFN:A\u{0}\u{1}\u{2}\nEND:VCARD\n");
    let assert = book
        .rapport()
        .args(["import", "--vcard", "junk.vcf"])
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    assert!(err.contains("junk.vcf:2: binary data"), "{err}");
    fs::write(book.path("junk.vcf"), [0xff, 0xfe, 0x00, 0x42, 0x9c, 0x00]).unwrap();
    let assert = book
        .rapport()
        .args(["import", "--vcard", "junk.vcf"])
        .assert()
        .code(1);
    assert!(
        stderr_of(&assert).contains("junk.vcf:1:"),
        "{}",
        stderr_of(&assert)
    );
    // In a folder, one bad file refuses the others too.
    fs::create_dir_all(book.path("vdir")).unwrap();
    book.write(
        "vdir/a.vcf",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Fine\nEND:VCARD\n",
    );
    book.write(
        "vdir/b.vcf",
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nEND:VCARD\n",
    );
    let assert = book
        .rapport()
        .args(["import", "--vcard", "vdir"])
        .assert()
        .code(1);
    assert!(
        stderr_of(&assert).contains("b.vcf:1: the card has no name"),
        "{}",
        stderr_of(&assert)
    );
    assert!(book.ids().is_empty());
}

#[test]
fn export_vcard_takes_no_columns_and_guards_control_characters() {
    let book = book();
    book.rapport()
        .args(["export", "--format", "vcard", "--deals"])
        .assert()
        .code(2);
    book.write(
        "customers/evil.toml",
        "name = \"Evil\\u001b[2J\\nEND:VCARD\"\n",
    );
    let text = book.run(&["export", "--format", "vcard", "--where", "id = evil"]);
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert_eq!(
        text.split("\r\n").filter(|l| *l == "END:VCARD").count(),
        1,
        "{text}"
    );
}

#[test]
fn a_card_the_book_has_no_uid_for_finds_its_customer_by_e_mail() {
    let book = TestBook::new();
    book.run(&[
        "add",
        "Jovana Petrović",
        "--email",
        "Jovana@Petrovic.example",
    ]);
    book.write("phone.vcf", PHONE);
    let assert = book
        .rapport()
        .args(["import", "--vcard", "phone.vcf"])
        .assert()
        .success();
    let err = stderr_of(&assert);
    // Jovana is updated (her UID kept from now on); Ēriks, with neither a
    // UID nor an e-mail, and her company are created.
    assert!(err.contains("2 created, 1 updated"), "{err}");
    let jovana = book.customer("jovana-petrovic");
    assert!(
        jovana.contains("vcard_uid = \"5F0C2B9A-1A2B-4C3D-8E9F-0123456789AB\""),
        "{jovana}"
    );
    assert_eq!(book.ids().len(), 3);
}

#[test]
fn a_problem_in_a_folder_names_the_file_and_line_of_each_card() {
    let book = TestBook::new();
    fs::create_dir_all(book.path("vdir")).unwrap();
    book.write(
        "vdir/a.vcf",
        "BEGIN:VCARD\nVERSION:3.0\nFN:A One\nEMAIL:a@x.example\nEND:VCARD\n",
    );
    book.write(
        "vdir/b.vcf",
        "\nBEGIN:VCARD\nVERSION:3.0\nFN:B Two\nEMAIL:A@x.example\nEND:VCARD\n",
    );
    let assert = book
        .rapport()
        .args(["import", "--vcard", "vdir"])
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    assert!(
        err.contains("vdir/b.vcf:2: the e-mail `A@x.example` is also on vdir/a.vcf:1"),
        "{err}"
    );
    assert!(book.ids().is_empty());
}
