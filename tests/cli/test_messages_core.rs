//! The messages of the layers below the commands (customer files, the query
//! language, the book's files) in every language: the words are
//! translated, the `rapport:` prefix, the `FILE:LINE:COL:` location, the
//! excerpt with its caret, field names and values stay as they are.

use std::fs;

use crate::support::{TestBook, stderr_of};

/// Runs `rapport --lang LANG ARGS` in `book`, expecting failure; returns
/// stderr.
fn failing(book: &TestBook, lang: &str, args: &[&str]) -> String {
    let out = book
        .rapport()
        .args(["--lang", lang])
        .args(args)
        .assert()
        .failure();
    stderr_of(&out)
}

#[test]
fn a_bad_date_in_a_customer_file_is_located_the_same_in_every_language() {
    let book = TestBook::new();
    book.write(
        "customers/anna.toml",
        "name = \"Anna\"\ncreated = \"2024-13-01\"\n",
    );
    let excerpt = "\n  |\n2 | created = \"2024-13-01\"\n  |           ^^^^^^^^^^^^\n";
    let expected = [
        (
            "en",
            "customers/anna.toml:2:11: error: `created` must be a date such as 2024-03-01, found the string \"2024-13-01\" (write dates without quotes, e.g. 2024-03-01)",
        ),
        (
            "lv",
            "customers/anna.toml:2:11: kļūda: `created` jābūt: datums, piem., 2024-03-01; atrasts: teksts \"2024-13-01\" (rakstiet datumus bez pēdiņām, piem., 2024-03-01)",
        ),
        (
            "cs",
            "customers/anna.toml:2:11: chyba: `created` musí být datum, např. 2024-03-01, nalezeno: řetězec \"2024-13-01\" (data pište bez uvozovek, např. 2024-03-01)",
        ),
        (
            "sr",
            "customers/anna.toml:2:11: грешка: `created` мора бити датум, нпр. 2024-03-01, пронађено: текст \"2024-13-01\" (датуме пишите без наводника, нпр. 2024-03-01)",
        ),
        (
            "sr-Latn",
            "customers/anna.toml:2:11: greška: `created` mora biti datum, npr. 2024-03-01, pronađeno: tekst \"2024-13-01\" (datume pišite bez navodnika, npr. 2024-03-01)",
        ),
    ];
    for (lang, first) in expected {
        let err = failing(&book, lang, &["check"]);
        assert!(
            err.starts_with(&format!("{first}{excerpt}")),
            "--lang {lang}:\n{err}"
        );
    }
}

#[test]
fn an_unknown_query_field_keeps_the_expression_and_its_caret() {
    let book = TestBook::new();
    let expression = "stage = customer and reveune > 1000";
    let caret = "\n  stage = customer and reveune > 1000\n                       ^^^^^^^\n";
    let expected = [
        (
            "en",
            "error: unknown field `reveune`",
            "hint: did you mean `revenue`?",
        ),
        (
            "lv",
            "kļūda: nezināms lauks `reveune`",
            "padoms: vai domājāt `revenue`?",
        ),
        (
            "cs",
            "chyba: neznámé pole `reveune`",
            "nápověda: měli jste na mysli `revenue`?",
        ),
        (
            "sr",
            "грешка: непознато поље `reveune`",
            "савет: да ли сте мислили `revenue`?",
        ),
    ];
    for (lang, message, hint) in expected {
        let err = failing(&book, lang, &["query", expression]);
        assert_eq!(
            err,
            format!("rapport: {message}{caret}{hint}\n"),
            "--lang {lang}"
        );
    }
}

#[test]
fn a_lock_that_is_a_link_is_refused_in_every_language() {
    let book = TestBook::new();
    fs::create_dir_all(book.path(".rapport")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("../../elsewhere-lock", book.path(".rapport/lock")).unwrap();
    #[cfg(not(unix))]
    fs::create_dir(book.path(".rapport/lock")).unwrap();
    let expected = [
        (
            "lv",
            "kļūda: ",
            "simboliska saite; rapport neraksta caur saitēm",
            "padoms: ",
        ),
        (
            "cs",
            "chyba: ",
            "symbolický odkaz; rapport přes odkazy nezapisuje",
            "nápověda: ",
        ),
        (
            "sr",
            "грешка: ",
            "симболичка веза; rapport не пише кроз везе",
            "савет: ",
        ),
    ];
    for (lang, word, message, hint) in expected {
        let err = failing(&book, lang, &["log", "anna", "call"]);
        let first = err.lines().next().unwrap_or_default();
        // The prefix and the path are as in English; the words are not.
        assert!(first.starts_with(&format!("rapport: {word}")), "{err}");
        assert!(
            first.ends_with(&format!(".rapport/lock: {message}")),
            "{err}"
        );
        assert!(
            err.lines().nth(1).unwrap_or_default().starts_with(hint),
            "{err}"
        );
        assert!(!err.contains("symbolic link"), "{err}");
    }
}

#[test]
fn a_plural_follows_the_language() {
    // `needs at least N entry`: Czech says položku / položky / položek.
    let book = TestBook::with_settings("stages = []\n");
    let err = failing(&book, "cs", &["check"]);
    assert!(
        err.contains("rapport.toml:1:10: chyba: `stages` potřebuje aspoň 1 položku"),
        "{err}"
    );
    let err = failing(&book, "lv", &["check"]);
    assert!(
        err.contains("rapport.toml:1:10: kļūda: `stages` vajag vismaz 1 ierakstu"),
        "{err}"
    );
}

#[test]
fn a_warning_about_rapport_toml_speaks_the_language_the_book_declares() {
    // The warning is made while rapport.toml is read, before anything
    // else: the book's `language` holds for it and for the rest of the run.
    let book = TestBook::with_settings("language = \"lv\"\ncolour = \"red\"\n");
    let out = book.rapport().args(["check"]).assert().success();
    let err = stderr_of(&out);
    assert!(
        err.starts_with(
            "rapport.toml:2:1: brīdinājums: nezināms iestatījums `colour`; rapport to neņem vērā\n"
        ),
        "{err}"
    );
    let out = book
        .rapport()
        .args(["report", "summary", "--format", "table"])
        .assert()
        .success();
    assert!(crate::support::stdout_of(&out).starts_with("Kopsavilkums"));
    // --lang still goes first.
    let out = book
        .rapport()
        .args(["--lang", "cs", "check"])
        .assert()
        .success();
    assert!(stderr_of(&out).contains("varování: neznámé nastavení `colour`"));
}
