//! The messages of the commands and of import on stderr speak the language
//! of the run (`--lang`): confirmations with their counts in each
//! language's plural forms, located errors that keep `FILE:LINE`, usage
//! errors that keep their flags and values. English is checked byte for
//! byte by the error catalogue (tests/errors/) and the docs.

use crate::support::{TestBook, stderr_of};

/// Returns a customers CSV of `n` customers, ids `c1`…`cN`.
fn customers_csv(n: usize) -> String {
    let mut csv = String::from("id,name\n");
    for k in 1..=n {
        csv.push_str(&format!("c{k},Customer {k}\n"));
    }
    csv
}

/// Returns an interactions CSV with one call for each of `n` customers.
fn calls_csv(n: usize) -> String {
    let mut csv = String::from("customer,date,kind\n");
    for k in 1..=n {
        csv.push_str(&format!("c{k},2026-01-02,call\n"));
    }
    csv
}

/// Imports `n` customers (in English), then one call for each in `lang`,
/// and returns what the second import said on stderr.
fn import_calls(lang: &str, n: usize) -> String {
    let book = TestBook::new();
    book.write("customers.csv", &customers_csv(n));
    book.write("calls.csv", &calls_csv(n));
    book.rapport()
        .args(["import", "customers.csv"])
        .assert()
        .success();
    let out = book
        .rapport()
        .args(["--lang", lang, "import", "--interactions", "calls.csv"])
        .assert()
        .success();
    stderr_of(&out)
}

#[test]
fn an_import_confirmation_counts_in_each_language_plural_forms() {
    let cases: [(&str, usize, &str); 20] = [
        (
            "en",
            1,
            "imported calls.csv: 1 interaction appended to 1 customer, 0 already there",
        ),
        (
            "en",
            3,
            "imported calls.csv: 3 interactions appended to 3 customers, 0 already there",
        ),
        (
            "en",
            5,
            "imported calls.csv: 5 interactions appended to 5 customers, 0 already there",
        ),
        (
            "en",
            21,
            "imported calls.csv: 21 interactions appended to 21 customers, 0 already there",
        ),
        // Latvian: one (1, 21, 31 …) and other.
        (
            "lv",
            1,
            "imports calls.csv: 1 saskarsme pievienota 1 klientam, jau bija: 0",
        ),
        (
            "lv",
            3,
            "imports calls.csv: 3 saskarsmes pievienotas 3 klientiem, jau bija: 0",
        ),
        (
            "lv",
            5,
            "imports calls.csv: 5 saskarsmes pievienotas 5 klientiem, jau bija: 0",
        ),
        (
            "lv",
            21,
            "imports calls.csv: 21 saskarsme pievienota 21 klientam, jau bija: 0",
        ),
        // Czech: one, few (2–4), other (5 and more, 21 too).
        (
            "cs",
            1,
            "import calls.csv: 1 kontakt přidán u 1 zákazníka, již existujících: 0",
        ),
        (
            "cs",
            3,
            "import calls.csv: 3 kontakty přidány u 3 zákazníků, již existujících: 0",
        ),
        (
            "cs",
            5,
            "import calls.csv: 5 kontaktů přidáno u 5 zákazníků, již existujících: 0",
        ),
        (
            "cs",
            21,
            "import calls.csv: 21 kontaktů přidáno u 21 zákazníků, již existujících: 0",
        ),
        // Serbian: one (1, 21 …), few (2–4, 22–24 …), other.
        (
            "sr",
            1,
            "увоз calls.csv: 1 контакт додат код 1 купца, већ постојећих: 0",
        ),
        (
            "sr",
            3,
            "увоз calls.csv: 3 контакта додата код 3 купца, већ постојећих: 0",
        ),
        (
            "sr",
            5,
            "увоз calls.csv: 5 контаката додато код 5 купаца, већ постојећих: 0",
        ),
        (
            "sr",
            21,
            "увоз calls.csv: 21 контакт додат код 21 купца, већ постојећих: 0",
        ),
        (
            "sr-Latn",
            1,
            "uvoz calls.csv: 1 kontakt dodat kod 1 kupca, već postojećih: 0",
        ),
        (
            "sr-Latn",
            3,
            "uvoz calls.csv: 3 kontakta dodata kod 3 kupca, već postojećih: 0",
        ),
        (
            "sr-Latn",
            5,
            "uvoz calls.csv: 5 kontakata dodato kod 5 kupaca, već postojećih: 0",
        ),
        (
            "sr-Latn",
            21,
            "uvoz calls.csv: 21 kontakt dodat kod 21 kupca, već postojećih: 0",
        ),
    ];
    for (lang, n, line) in cases {
        let err = import_calls(lang, n);
        assert!(
            err.contains(&format!("rapport: {line}\n")),
            "{lang}, {n}: missing {line:?} in\n{err}"
        );
    }
}

#[test]
fn a_deal_added_and_customers_changed_are_confirmed_in_the_language() {
    let book = TestBook::new();
    book.write("customers.csv", &customers_csv(5));
    book.rapport()
        .args(["import", "customers.csv"])
        .assert()
        .success();
    for (lang, line) in [
        (
            "lv",
            "rapport: c1/web: pievienots darījums “Web” (qualified)",
        ),
        ("cs", "rapport: c1/web: přidán obchod „Web“ (qualified)"),
        ("sr", "rapport: c1/web: додат посао „Web“ (qualified)"),
        ("sr-Latn", "rapport: c1/web: dodat posao „Web“ (qualified)"),
    ] {
        let out = book
            .rapport()
            .args(["--lang", lang, "deal", "add", "c1", "Web", "--dry-run"])
            .assert()
            .success();
        let err = stderr_of(&out);
        assert!(err.contains(line), "{lang}: missing {line:?} in\n{err}");
    }
    for (lang, line) in [
        ("lv", "rapport: tiktu mainīti 5 klienti"),
        ("cs", "rapport: bylo by změněno 5 zákazníků"),
        ("sr", "rapport: било би промењено 5 купаца"),
        ("sr-Latn", "rapport: bilo bi promenjeno 5 kupaca"),
    ] {
        let out = book
            .rapport()
            .args(["--lang", lang, "set", "--where", "stage = lead", "tags+=x"])
            .arg("--dry-run")
            .assert()
            .success();
        let err = stderr_of(&out);
        assert!(err.contains(line), "{lang}: missing {line:?} in\n{err}");
    }
}

#[test]
fn an_import_error_keeps_its_file_and_line_in_every_language() {
    let book = TestBook::new();
    book.write(
        "bad.csv",
        "name,email\nAnna,anna@example.com\n,bob@example.com\n",
    );
    for (lang, located, summary) in [
        (
            "en",
            "bad.csv:3: the name is empty; every customer needs a name",
            "1 bad row in bad.csv; nothing was written",
        ),
        (
            "lv",
            "bad.csv:3: vārds ir tukšs; katram klientam vajag vārdu",
            "bad.csv: 1 kļūdaina rinda; nekas nav ierakstīts",
        ),
        (
            "cs",
            "bad.csv:3: jméno je prázdné; každý zákazník potřebuje jméno",
            "bad.csv: 1 chybný řádek; nic nebylo zapsáno",
        ),
        (
            "sr",
            "bad.csv:3: име је празно; сваки купац мора имати име",
            "bad.csv: 1 лош ред; ништа није уписано",
        ),
        (
            "sr-Latn",
            "bad.csv:3: ime je prazno; svaki kupac mora imati ime",
            "bad.csv: 1 loš red; ništa nije upisano",
        ),
    ] {
        let out = book
            .rapport()
            .args(["--lang", lang, "import", "bad.csv"])
            .assert()
            .code(1);
        let err = stderr_of(&out);
        assert!(
            err.starts_with(&format!("{located}\n")),
            "{lang}: missing {located:?} in\n{err}"
        );
        assert!(
            err.contains(summary),
            "{lang}: missing {summary:?} in\n{err}"
        );
    }
}

#[test]
fn a_usage_error_keeps_its_flag_and_values_in_every_language() {
    let book = TestBook::new();
    book.write("customers.csv", &customers_csv(1));
    book.rapport()
        .args(["import", "customers.csv"])
        .assert()
        .success();
    for (lang, message) in [
        ("en", "--nps: 11 is not a score from 0 to 10"),
        ("lv", "--nps: 11 nav vērtējums no 0 līdz 10"),
        ("cs", "--nps: 11 není hodnocení od 0 do 10"),
        ("sr", "--nps: 11 није оцена од 0 до 10"),
        ("sr-Latn", "--nps: 11 nije ocena od 0 do 10"),
    ] {
        let out = book
            .rapport()
            .args(["--lang", lang, "log", "c1", "survey", "--nps", "11"])
            .assert()
            .code(2);
        let err = stderr_of(&out);
        assert!(
            err.contains(message),
            "{lang}: missing {message:?} in\n{err}"
        );
    }
}

#[test]
fn serbian_in_latin_letters_shows_no_cyrillic() {
    let book = TestBook::new();
    book.write("bad.csv", "name,email\n,bob@example.com\n");
    let out = book
        .rapport()
        .args(["--lang", "sr-Latn", "import", "bad.csv"])
        .assert()
        .code(1);
    let err = stderr_of(&out);
    assert!(
        !err.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c)),
        "Cyrillic in\n{err}"
    );
}
