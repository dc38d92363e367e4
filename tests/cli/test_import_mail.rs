//! `rapport import --mail`: an mbox, a Maildir, .eml files and standard
//! input logged as `email` interactions, through the real binary.
//!
//! The mailbox `tests/fixtures/mail/inbox.mbox` (written by its
//! `make-inbox.py`) holds eight messages: subjects as UTF-8, windows-1257,
//! windows-1250 and ISO-8859-5 encoded words, raw windows-1257 and
//! windows-1250 headers, raw UTF-8 Cyrillic, a body line escaped `>From`,
//! two strangers and the firm's four owners.

use std::fs;
use std::path::PathBuf;

use crate::support::{TestBook, stderr_of, stdout_of};

/// Riga's time zone as a POSIX rule (no tz database needed): UTC+2 in
/// November.
const RIGA: &str = "EET-2EEST,M3.5.0/3,M10.5.0/4";

fn inbox() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/mail/inbox.mbox"
    ))
}

const OWNERS: &str = "
[owners]
anna = [\"anna@amberline.example\"]
petra = [\"petra@amberline.example\"]
ondrej = [\"Ondrej@Amberline.example\"]
marko = [\"marko@amberline.example\"]
";

/// A book with the firm's owners and four customers of the inbox (one
/// e-mail written in capitals).
fn book() -> TestBook {
    let book = TestBook::new();
    let settings = book.read("rapport.toml");
    book.write("rapport.toml", &format!("{settings}{OWNERS}"));
    for (id, text) in [
        (
            "eriks-ozolins",
            "name = \"Ēriks Ozoliņš\"\nstage = \"customer\"\nemail = \"eriks@ozolins.example\"\n",
        ),
        (
            "liga-kalnina",
            "name = \"Līga Kalniņa\"\nstage = \"lead\"\nemail = \"LIGA@Kalns.example\"\n",
        ),
        (
            "jiri-dvorak",
            "# a comment that stays\nname = \"Jiří Dvořák\"\nstage = \"prospect\"\nemail = \"jiri@dvorak.example\"\n",
        ),
        (
            "jovana-petrovic",
            "name = \"Јована Петровић\"\nstage = \"customer\"\nemail = \"jovana@petrovic.example\"\n",
        ),
    ] {
        book.write(&format!("customers/{id}.toml"), text);
    }
    fs::copy(inbox(), book.path("inbox.mbox")).unwrap();
    book
}

/// Runs `rapport import --mail ARGS` in Riga's time zone.
fn import(book: &TestBook, args: &[&str]) -> assert_cmd::assert::Assert {
    book.rapport()
        .env("TZ", RIGA)
        .args(["import", "--mail"])
        .args(args)
        .assert()
}

/// Returns every customer file's name and text.
fn snapshot(book: &TestBook) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(book.path("customers"))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn an_mbox_logs_each_message_on_its_customers_with_decoded_subjects_local_dates_and_owners() {
    let book = book();
    let out = import(&book, &["inbox.mbox"]).success();
    assert_eq!(
        stderr_of(&out),
        "rapport: imported inbox.mbox: 7 e-mails appended to 4 customers, 0 already there; 2 addresses matched no customer, and 1 message has no customer at all: --list-unmatched lists the addresses, --create adds them as leads\n"
    );
    assert_eq!(
        book.customer("eriks-ozolins"),
        "name = \"Ēriks Ozoliņš\"\nstage = \"customer\"\nemail = \"eriks@ozolins.example\"\n\n\
         [[interactions]]\ndate = 2026-11-16T09:12:00\nkind = \"email\"\nsummary = \"Piedāvājums Rīgai\"\nref = \"20261116091200.A1@ozolins.example\"\nowner = \"anna\"\n\n\
         [[interactions]]\ndate = 2026-11-17T10:30:00\nkind = \"email\"\nsummary = \"Re: Piedāvājums Rīgai\"\nref = \"a2@amberline.example\"\nowner = \"anna\"\n"
    );
    // Raw windows-1257 headers, matched without regard to case.
    assert!(
        book.customer("liga-kalnina").contains(
            "date = 2026-11-18T14:00:00\nkind = \"email\"\nsummary = \"Rēķins Nr. 12 šodien\"\nref = \"l3@kalns.example\"\nowner = \"anna\"\n"
        ),
        "{}",
        book.customer("liga-kalnina")
    );
    // windows-1250, as encoded words and raw; +01:00 shown in Riga's time;
    // the owner's address in [owners] is compared without regard to case.
    let jiri = book.customer("jiri-dvorak");
    assert!(jiri.starts_with("# a comment that stays\n"), "{jiri}");
    assert!(
        jiri.contains("date = 2026-11-19T11:00:00\nkind = \"email\"\nsummary = \"Nabídka etiket škoda červený\"\nref = \"c4@amberline.example\"\nowner = \"ondrej\"\n"),
        "{jiri}"
    );
    assert!(
        jiri.contains("date = 2026-11-19T17:00:00\nkind = \"email\"\nsummary = \"Re: Nabídka škoda červený\"\nref = \"j5@dvorak.example\"\nowner = \"ondrej\"\n"),
        "{jiri}"
    );
    // ISO-8859-5 encoded words and raw UTF-8 Cyrillic.
    let jovana = book.customer("jovana-petrovic");
    assert!(
        jovana.contains(
            "summary = \"Понуда за етикете\"\nref = \"m6@amberline.example\"\nowner = \"marko\"\n"
        ),
        "{jovana}"
    );
    assert!(jovana.contains("summary = \"Одговор: понуда за етикете\"\nref = \"j7@petrovic.example\"\nowner = \"marko\"\n"), "{jovana}");
    // One undo step puts all four files back.
    book.run(&["undo"]);
    assert_eq!(
        book.customer("eriks-ozolins"),
        "name = \"Ēriks Ozoliņš\"\nstage = \"customer\"\nemail = \"eriks@ozolins.example\"\n"
    );
    assert!(!book.customer("jovana-petrovic").contains("interactions"));
}

#[test]
fn importing_a_mailbox_twice_writes_nothing_the_second_time_and_says_so() {
    let book = book();
    import(&book, &["inbox.mbox"]).success();
    let before = snapshot(&book);
    let undo_steps = book
        .run(&["undo", "--list", "--format", "tsv"])
        .lines()
        .count();
    let out = import(&book, &["inbox.mbox"]).success();
    assert!(
        stderr_of(&out).starts_with(
            "rapport: imported inbox.mbox: nothing new, nothing written: 7 e-mails already there;"
        ),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(snapshot(&book), before);
    assert_eq!(
        book.run(&["undo", "--list", "--format", "tsv"])
            .lines()
            .count(),
        undo_steps,
        "no undo step for a write that wrote nothing"
    );
}

#[test]
fn a_body_line_escaped_from_stays_in_its_message_and_the_mbox_reads_on() {
    let book = book();
    let out = import(&book, &["inbox.mbox", "--dry-run", "--format", "tsv"]).success();
    let listing = stdout_of(&out);
    let lines: Vec<&str> = listing.lines().collect();
    assert_eq!(lines[0], "message\taction\tcustomer\tdate\tsummary");
    assert_eq!(
        lines[1],
        "inbox.mbox:1 (message 1)\tappend\teriks-ozolins\t2026-11-16T09:12:00\tPiedāvājums Rīgai"
    );
    assert_eq!(
        lines[2],
        "inbox.mbox:17 (message 2)\tappend\teriks-ozolins\t2026-11-17T10:30:00\tRe: Piedāvājums Rīgai"
    );
    assert_eq!(lines.len(), 8, "{listing}");
    assert!(
        stderr_of(&out).starts_with(
            "rapport: inbox.mbox (dry run, nothing written): 7 e-mails would be appended to 4 customers"
        ),
        "{}",
        stderr_of(&out)
    );
    assert!(!book.customer("eriks-ozolins").contains("interactions"));
}

#[test]
fn the_date_is_converted_to_the_local_time_zone() {
    let book = book();
    book.rapport()
        .env("TZ", "UTC0")
        .args(["import", "--mail", "inbox.mbox"])
        .assert()
        .success();
    assert!(
        book.customer("eriks-ozolins")
            .contains("date = 2026-11-16T07:12:00\n")
    );
}

#[test]
fn list_unmatched_lists_the_strangers_but_never_the_owners_and_writes_nothing() {
    let book = book();
    let before = snapshot(&book);
    let out = import(
        &book,
        &["inbox.mbox", "--list-unmatched", "--format", "csv"],
    )
    .success();
    assert_eq!(
        stdout_of(&out),
        "email,name,messages\nnews@labels.example,Labels Weekly,1\npetar@markovic.example,Petar Marković,1\n"
    );
    assert_eq!(
        stderr_of(&out),
        "rapport: inbox.mbox: 1 of 8 messages matched no customer; 2 addresses listed, nothing written\n"
    );
    assert_eq!(snapshot(&book), before);
}

#[test]
fn create_adds_each_stranger_as_a_lead_named_by_the_display_name_and_once_only() {
    let book = book();
    let out = import(&book, &["inbox.mbox", "--create"]).success();
    assert_eq!(
        stderr_of(&out),
        "rapport: imported inbox.mbox: 9 e-mails appended to 6 customers, 0 already there; 2 leads created\n"
    );
    assert_eq!(
        book.customer("petar-markovic"),
        format!(
            "name = \"Petar Marković\"\nkind = \"person\"\nstage = \"lead\"\nemail = \"petar@markovic.example\"\ncreated = {}\n\n\
             [[interactions]]\ndate = 2026-11-20T10:00:00\nkind = \"email\"\nsummary = \"Понуда за етикете\"\nref = \"m6@amberline.example\"\nowner = \"marko\"\n",
            crate::support::TODAY
        )
    );
    assert!(
        book.customer("labels-weekly")
            .contains("email = \"news@labels.example\"\n")
    );
    // The message to Jovana with Petar in Cc is on both.
    assert!(
        book.customer("jovana-petrovic")
            .contains("ref = \"m6@amberline.example\"")
    );
    let before = snapshot(&book);
    let out = import(&book, &["inbox.mbox", "--create"]).success();
    assert_eq!(
        stderr_of(&out),
        "rapport: imported inbox.mbox: nothing new, nothing written: 9 e-mails already there\n"
    );
    assert_eq!(snapshot(&book), before);
}

#[test]
fn create_without_owners_is_refused_so_the_firm_is_not_added_as_leads() {
    let book = TestBook::new();
    book.write(
        "customers/anna.toml",
        "name = \"Anna\"\nemail = \"eriks@ozolins.example\"\n",
    );
    fs::copy(inbox(), book.path("inbox.mbox")).unwrap();
    let before = snapshot(&book);
    let out = import(&book, &["inbox.mbox", "--create"]).code(2);
    assert!(stderr_of(&out).contains("--create needs the firm's own addresses in [owners]"));
    assert_eq!(snapshot(&book), before);
}

/// One message as an .eml file, Maildir file or mbox entry.
fn message(id: &str, from: &str, to: &str, date: &str, subject: &str) -> String {
    format!(
        "From: {from}\r\nTo: {to}\r\nDate: {date}\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n\r\nHello.\r\n"
    )
}

#[test]
fn a_maildir_reads_cur_and_new_but_not_tmp_and_a_copy_of_an_mbox_message_adds_nothing() {
    let book = book();
    import(&book, &["inbox.mbox"]).success();
    book.write(
        "Mail/INBOX/cur/1763280000.M1P1.host:2,S",
        &message(
            "20261116091200.A1@ozolins.example",
            "eriks@ozolins.example",
            "anna@amberline.example",
            "Mon, 16 Nov 2026 09:12:00 +0200",
            "Piedāvājums Rīgai",
        ),
    );
    book.write(
        "Mail/INBOX/new/1763290000.M2P2.host",
        &message(
            "new1@ozolins.example",
            "Ēriks <ERIKS@ozolins.example>",
            "petra@amberline.example",
            "Sun, 22 Nov 2026 18:05:09 +0200",
            "=?utf-8?q?Jauns_pas=C5=ABt=C4=ABjums?=",
        ),
    );
    book.write(
        "Mail/INBOX/tmp/1763290001.M3P3.host",
        "From: half a delivery",
    );
    let out = import(&book, &["Mail/INBOX"]).success();
    assert_eq!(
        stderr_of(&out),
        "rapport: imported Mail/INBOX: 1 e-mail appended to 1 customer, 1 already there\n"
    );
    assert!(book.customer("eriks-ozolins").ends_with(
        "[[interactions]]\ndate = 2026-11-22T18:05:09\nkind = \"email\"\nsummary = \"Jauns pasūtījums\"\nref = \"new1@ozolins.example\"\nowner = \"petra\"\n"
    ));
}

#[test]
fn a_folder_of_eml_files_one_eml_and_standard_input_are_read() {
    let book = book();
    book.write(
        "eml/one.eml",
        &message(
            "e1@dvorak.example",
            "jiri@dvorak.example",
            "ondrej@amberline.example",
            "Tue, 3 Nov 2026 08:00:00 +0100",
            "=?windows-1250?B?UG/4YWRhdmVr?=",
        ),
    );
    book.write("eml/notes.txt", "not a message, and not read");
    book.write(
        "two.eml",
        &message(
            "e2@dvorak.example",
            "ondrej@amberline.example",
            "jiri@dvorak.example",
            "Wed, 4 Nov 2026 08:00:00 +0100",
            "Faktura",
        ),
    );
    let out = import(&book, &["eml"]).success();
    assert!(stderr_of(&out).starts_with("rapport: imported eml: 1 e-mail appended to 1 customer"));
    assert!(
        book.customer("jiri-dvorak")
            .contains("summary = \"Pořadavek\"\nref = \"e1@dvorak.example\"\nowner = \"ondrej\"")
    );
    import(&book, &["two.eml"]).success();
    assert!(
        book.customer("jiri-dvorak")
            .contains("ref = \"e2@dvorak.example\"")
    );
    let out = book
        .rapport()
        .env("TZ", RIGA)
        .args(["import", "--mail", "-"])
        .write_stdin(message(
            "e3@dvorak.example",
            "jiri@dvorak.example",
            "ondrej@amberline.example",
            "Thu, 5 Nov 2026 08:00:00 +0100",
            "Z mutt",
        ))
        .assert()
        .success();
    assert_eq!(
        stderr_of(&out),
        "rapport: imported <stdin>: 1 e-mail appended to 1 customer, 0 already there\n"
    );
}

#[test]
fn a_message_without_message_id_gets_a_derived_ref_and_imports_once() {
    let book = book();
    let text = "From: jiri@dvorak.example\nTo: ondrej@amberline.example\nDate: Thu, 5 Nov 2026 08:00:00 +0100\nSubject: No id\n\nx\n";
    book.write("noid.eml", text);
    let out = import(&book, &["noid.eml"]).success();
    assert!(
        stderr_of(&out).contains(
            "rapport: 1 message without a Message-ID: its ref is derived from its Date, From, To, Cc and Subject (`sha256:…`)"
        ),
        "{}",
        stderr_of(&out)
    );
    let jiri = book.customer("jiri-dvorak");
    assert!(jiri.contains("ref = \"sha256:"), "{jiri}");
    // mutt marks a message read by adding Status: the ref stays.
    book.write("noid.eml", &format!("Status: RO\n{text}"));
    let out = import(&book, &["noid.eml"]).success();
    assert!(stderr_of(&out).contains("nothing new, nothing written: 1 e-mail already there"));
    assert_eq!(book.customer("jiri-dvorak"), jiri);
}

#[test]
fn a_message_without_a_date_is_skipped_with_a_warning_naming_it() {
    let book = book();
    book.write(
        "box.mbox",
        "From x Thu Nov  5 08:00:00 2026\nFrom: jiri@dvorak.example\nTo: ondrej@amberline.example\nSubject: No date\nMessage-ID: <nd@x>\n\nx\n\nFrom x Thu Nov  5 08:00:00 2026\nFrom: jiri@dvorak.example\nDate: Thu, 5 Nov 2026 08:00:00 +0100\nSubject: Dated\nMessage-ID: <d@x>\n\nx\n\n",
    );
    let out = import(&book, &["box.mbox"]).success();
    assert_eq!(
        stderr_of(&out),
        "rapport: warning: box.mbox:1 (message 1): the message has no readable Date header; skipped\n\
         rapport: imported box.mbox: 1 e-mail appended to 1 customer, 0 already there\n"
    );
}

#[test]
fn a_truncated_mbox_is_refused_naming_the_line_and_nothing_is_written() {
    let book = book();
    let mut bytes = fs::read(inbox()).unwrap();
    bytes.truncate(bytes.len() - 20);
    fs::write(book.path("cut.mbox"), &bytes).unwrap();
    let before = snapshot(&book);
    let out = import(&book, &["cut.mbox"]).code(1);
    assert_eq!(
        stderr_of(&out),
        "rapport: error: cut.mbox:85: the mbox ends inside a line: it looks cut off (message 8 is not whole)\nhint: copy the mailbox again (or from a backup); nothing was imported\n"
    );
    assert_eq!(snapshot(&book), before);
    // Cut inside the headers of the last message, at the end of a line.
    let text = fs::read(inbox()).unwrap();
    let end = text
        .windows(12)
        .rposition(|w| w == b"Message-ID: ")
        .unwrap();
    fs::write(book.path("cut.mbox"), &text[..end]).unwrap();
    let out = import(&book, &["cut.mbox"]).code(1);
    assert!(stderr_of(&out).starts_with(
        "rapport: error: cut.mbox:80: message 8 is cut off: its headers never end (the mbox looks truncated)"
    ));
    assert_eq!(snapshot(&book), before);
}

#[test]
fn a_file_that_is_not_mail_is_refused_with_its_name_and_line() {
    let book = book();
    book.write("contacts.csv", "name,email\nAnna,anna@x.lv\n");
    let out = import(&book, &["contacts.csv"]).code(1);
    assert!(stderr_of(&out).starts_with(
        "rapport: error: contacts.csv:1: not an e-mail message: its first line is not a header"
    ));
    // A header-shaped file that has none of From, Date and Message-ID.
    book.write("notes.eml", "Title: shopping\n\nmilk\n");
    let out = import(&book, &["notes.eml"]).code(1);
    assert_eq!(
        stderr_of(&out),
        "notes.eml: not an e-mail message: it has no From, Date or Message-ID header\nrapport: error: 1 bad message in notes.eml; nothing was written\nhint: fix or remove the messages listed and import again; --dry-run checks a mailbox without writing\n"
    );
    // A multipart message whose closing boundary never came.
    book.write(
        "cut.eml",
        "From: jiri@dvorak.example\nMessage-ID: <m@x>\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nhel",
    );
    let out = import(&book, &["cut.eml"]).code(1);
    assert!(stderr_of(&out).starts_with(
        "cut.eml: the message is cut off: its multipart body never closes (no `--b1--`)"
    ));
    assert!(!book.customer("jiri-dvorak").contains("interactions"));
}

#[test]
fn csv_options_and_the_mail_flags_do_not_mix() {
    let book = book();
    book.rapport()
        .args(["import", "--mail", "inbox.mbox", "--delimiter", ";"])
        .assert()
        .code(2);
    book.rapport()
        .args(["import", "inbox.mbox", "--create"])
        .assert()
        .code(2);
    book.rapport()
        .args([
            "import",
            "--mail",
            "inbox.mbox",
            "--list-unmatched",
            "--create",
        ])
        .assert()
        .code(2);
}
