//! `rapport timeline`: every interaction across the book, newest first.

use crate::support::{TestBook, stderr_of};

/// Today is 2026-11-23: the default window is 2026-11-16 to 2026-11-23.
fn book() -> TestBook {
    let book = TestBook::new();
    book.write(
        "customers/anna.toml",
        "name = \"Anna\"\nowner = \"lee\"\n\n[[interactions]]\ndate = 2026-11-10\nkind = \"call\"\nsummary = \"Too old\"\n\n[[interactions]]\ndate = 2026-11-16\nkind = \"call\"\nsummary = \"First day\"\n\n[[interactions]]\ndate = 2026-11-20T09:00:00\nkind = \"purchase\"\namount = 10.50\nref = \"INV-1\"\n\n[[interactions]]\ndate = 2026-11-24\nkind = \"call\"\nsummary = \"Tomorrow\"\n",
    );
    book.write(
        "customers/bruno.toml",
        "name = \"Bruno\"\nowner = \"kim\"\ntags = [\"vip\"]\n\n[[interactions]]\ndate = 2026-11-20\nkind = \"email\"\nsummary = \"Offer\"\nowner = \"lee\"\n\n[[interactions]]\ndate = 2026-11-21\nkind = \"stage\"\nfrom = \"lead\"\nto = \"customer\"\n",
    );
    book.run(&["deal", "add", "bruno", "Audit", "--date", "2026-11-01"]);
    book.run(&["deal", "move", "bruno", "proposal", "--date", "2026-11-22"]);
    book
}

#[test]
fn the_last_seven_days_newest_first_with_moves_said_in_words() {
    let book = book();
    let csv = book.run(&["timeline", "--format", "csv"]);
    assert_eq!(
        csv,
        "id,name,date,kind,amount,summary,owner,ref\n\
         bruno,Bruno,2026-11-22,deal,,audit: qualified → proposal,kim,\n\
         bruno,Bruno,2026-11-21,stage,,lead → customer,kim,\n\
         anna,Anna,2026-11-20T09:00:00,purchase,10.50,,lee,INV-1\n\
         bruno,Bruno,2026-11-20,email,,Offer,lee,\n\
         anna,Anna,2026-11-16,call,,First day,lee,\n"
    );
}

#[test]
fn filters_and_limit() {
    let book = book();
    let ids = |args: &[&str]| {
        let mut all = vec!["timeline", "--format", "csv"];
        all.extend(args);
        book.run(&all)
            .lines()
            .skip(1)
            .map(|l| l.split(',').take(4).collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(&["--kind", "call,email"]),
        ["bruno Bruno 2026-11-20 email", "anna Anna 2026-11-16 call"]
    );
    assert_eq!(
        ids(&["--owner", "lee"]).len(),
        3,
        "the email's own owner counts"
    );
    assert_eq!(ids(&["--where", "tags has vip"]).len(), 3);
    assert_eq!(ids(&["--limit", "1"]), ["bruno Bruno 2026-11-22 deal"]);
    assert_eq!(
        ids(&["--since", "2026-11-01", "--until", "2026-11-10"]),
        ["anna Anna 2026-11-10 call"]
    );
    assert_eq!(
        ids(&["--since", "-30d", "--kind", "call"]).len(),
        2,
        "nothing after today"
    );
    let bad = book
        .rapport()
        .args(["timeline", "--kind", "cal"])
        .assert()
        .code(2);
    assert!(stderr_of(&bad).contains(
        "--kind: `cal` is not an interaction kind of this book\nhint: did you mean `call`?"
    ));
}

#[test]
fn every_format_prints() {
    let book = book();
    let json = book.json(&["timeline", "--limit", "2"]);
    assert_eq!(json[0]["summary"], "audit: qualified → proposal");
    assert_eq!(json[1]["kind"], "stage");
    assert_eq!(
        book.run(&["timeline", "--format", "ids"]),
        "bruno\nbruno\nanna\nbruno\nanna\n"
    );
    assert_eq!(
        book.run(&["timeline", "--format", "ndjson"])
            .lines()
            .count(),
        5
    );
    assert!(
        book.run(&["timeline", "--format", "tsv"])
            .starts_with("id\tname\tdate\t")
    );
    assert!(
        book.run(&["timeline", "--format", "markdown"])
            .contains("| bruno | Bruno | 2026-11-22 | deal |")
    );
    assert!(
        book.run(&["timeline", "--format", "table"])
            .contains("audit: qualified → proposal")
    );
}
