//! `rapport deal add|move|won|lost|list`.

use crate::support::{TestBook, stderr_of, stdout_of};

fn book_with_eriks() -> TestBook {
    let book = TestBook::new();
    book.write(
        "customers/eriks-ozolins.toml",
        "# Met at the Riga fair\nname = \"Ēriks Ozoliņš\"\nowner = \"anna\"\n\n[[deals]]\ntitle = \"Old licence\" # hand-written\nstage = \"qualified\"\nopened = 2026-01-10\n",
    );
    book
}

#[test]
fn add_writes_a_key_once_and_prints_the_address() {
    let book = book_with_eriks();
    let before = book.customer("eriks-ozolins");
    let out = book
        .rapport()
        .args([
            "deal",
            "add",
            "eriks-ozolins",
            "Website redesign",
            "--value",
            "12000",
            "--expected",
            "2027-01-31",
            "--date",
            "2026-11-01",
        ])
        .assert()
        .success();
    assert_eq!(stdout_of(&out), "eriks-ozolins/website-redesign\n");
    assert_eq!(
        stderr_of(&out),
        "rapport: eriks-ozolins/website-redesign: added deal “Website redesign” (qualified, 12000.00 EUR)\n"
    );
    let after = book.customer("eriks-ozolins");
    assert!(
        after.starts_with(&before),
        "comments and the old deal untouched:\n{after}"
    );
    assert!(after.ends_with(
        "[[deals]]\ntitle = \"Website redesign\"\nkey = \"website-redesign\"\nvalue = 12000.00\nstage = \"qualified\"\nopened = 2026-11-01\nexpected = 2027-01-31\n"
    ), "{after}");
    // The same title again gets the next free key.
    assert_eq!(
        book.run(&["deal", "add", "eriks-ozolins", "Website redesign"]),
        "eriks-ozolins/website-redesign-2\n"
    );
}

#[test]
fn moves_edit_the_deal_in_place_and_are_logged_as_deal_interactions() {
    let book = book_with_eriks();
    let out = book
        .rapport()
        .args([
            "deal",
            "move",
            "eriks-ozolins",
            "proposal",
            "--date",
            "2026-11-20",
        ])
        .assert()
        .success();
    // A hand-written deal gets its key (the slug of its title) on its first move.
    assert_eq!(
        stderr_of(&out),
        "rapport: eriks-ozolins/old-licence: stage qualified → proposal, key old-licence\n"
    );
    let text = book.customer("eriks-ozolins");
    assert!(
        text.contains(
            "title = \"Old licence\" # hand-written\nkey = \"old-licence\"\nstage = \"proposal\"\n"
        ),
        "{text}"
    );
    assert!(text.ends_with("[[interactions]]\ndate = 2026-11-20\nkind = \"deal\"\nfrom = \"qualified\"\nto = \"proposal\"\ndeal = \"old-licence\"\n"), "{text}");

    let out = book
        .rapport()
        .args([
            "deal",
            "lost",
            "eriks-ozolins/old-licence",
            "--reason",
            "price",
        ])
        .assert()
        .success();
    assert_eq!(
        stderr_of(&out),
        "rapport: eriks-ozolins/old-licence: stage proposal → lost, closed 2026-11-23, lost_reason “price”\n"
    );
    let lost = book.customer("eriks-ozolins");
    assert!(
        lost.contains(
            "stage = \"lost\"\nopened = 2026-01-10\nclosed = 2026-11-23\nlost_reason = \"price\"\n"
        ),
        "{lost}"
    );

    // Winning a lost deal needs --reopen; refused, nothing is written.
    let out = book
        .rapport()
        .args(["deal", "won", "eriks-ozolins/old-licence"])
        .assert()
        .code(2);
    assert!(
        stderr_of(&out).contains("was lost on 2026-11-23"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(book.customer("eriks-ozolins"), lost);
    book.run(&[
        "deal",
        "won",
        "eriks-ozolins/old-licence",
        "--reopen",
        "--value",
        "900",
    ]);
    let won = book.customer("eriks-ozolins");
    assert!(
        won.contains(
            "value = 900.00\nstage = \"won\"\nopened = 2026-01-10\nclosed = 2026-11-23\n\n"
        ),
        "the reason goes with the loss:\n{won}"
    );
    assert_eq!(won.matches("kind = \"deal\"").count(), 3);
}

#[test]
fn bad_addresses_and_stages_write_nothing_and_list_the_candidates() {
    let book = book_with_eriks();
    book.run(&["deal", "add", "eriks-ozolins", "Support plan"]);
    let before = book.customer("eriks-ozolins");
    let ambiguous = book
        .rapport()
        .args(["deal", "move", "eriks-ozolins", "proposal"])
        .assert()
        .code(2);
    assert_eq!(
        stderr_of(&ambiguous),
        "rapport: error: eriks-ozolins has 2 open deals; say which\nhint: one of: eriks-ozolins/old-licence (qualified), eriks-ozolins/support-plan (qualified)\n"
    );
    let unknown = book
        .rapport()
        .args(["deal", "won", "eriks-ozolins/suport-plan"])
        .assert()
        .code(1);
    assert!(stderr_of(&unknown).contains("eriks-ozolins has no deal `suport-plan`\nhint: did you mean eriks-ozolins/support-plan?"), "{}", stderr_of(&unknown));
    let stage = book
        .rapport()
        .args(["deal", "move", "eriks-ozolins/support-plan", "propsal"])
        .assert()
        .code(2);
    assert!(stderr_of(&stage).contains("did you mean `proposal`?"));
    let title = book
        .rapport()
        .args(["deal", "add", "eriks-ozolins", "—!"])
        .assert()
        .code(2);
    assert!(stderr_of(&title).contains("has no letter or digit"));
    assert_eq!(book.customer("eriks-ozolins"), before);
}

#[test]
fn list_filters_and_measures_days_in_stage() {
    let book = book_with_eriks();
    book.run(&["add", "Anna"]);
    book.run(&[
        "deal",
        "add",
        "anna",
        "Audit",
        "--value",
        "500",
        "--date",
        "2026-11-01",
        "--owner",
        "lee",
    ]);
    book.run(&[
        "deal",
        "move",
        "anna",
        "negotiation",
        "--date",
        "2026-11-13",
    ]);
    let all = book.json(&["deal", "list"]);
    let rows = all.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], "anna");
    assert_eq!(rows[0]["deal"], "audit");
    assert_eq!(rows[0]["stage"], "negotiation");
    assert_eq!(rows[0]["owner"], "lee");
    assert_eq!(rows[0]["days_in_stage"], 10);
    assert_eq!(rows[1]["owner"], "anna", "the customer's owner stands in");
    assert_eq!(rows[1]["days_in_stage"], 317);
    let lee = book.run(&["deal", "list", "--owner", "lee", "--format", "ids"]);
    assert_eq!(lee, "anna\n");
    let sorted = book.run(&[
        "deal",
        "list",
        "--sort",
        "-days_in_stage",
        "--format",
        "csv",
    ]);
    assert!(
        sorted
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("eriks-ozolins,old-licence,"),
        "{sorted}"
    );
    assert_eq!(
        book.run(&["deal", "list", "--won", "--format", "csv"])
            .lines()
            .count(),
        1
    );
}

#[test]
fn export_and_import_carry_keys_lost_reasons_and_moves() {
    let book = TestBook::new();
    book.run(&["add", "Ēriks Ozoliņš"]);
    book.run(&[
        "deal",
        "add",
        "eriks-ozolins",
        "Website redesign",
        "--value",
        "100",
        "--date",
        "2026-11-01",
        "--expected",
        "2027-01-31",
    ]);
    book.run(&[
        "deal",
        "move",
        "eriks-ozolins",
        "proposal",
        "--date",
        "2026-11-10",
    ]);
    book.run(&["deal", "lost", "eriks-ozolins", "--reason", "price, mostly"]);
    book.run(&[
        "deal",
        "add",
        "eriks-ozolins",
        "Support plan",
        "--date",
        "2026-11-02",
    ]);
    let deals = book.run(&["export", "--deals"]);
    assert_eq!(
        deals.lines().next().unwrap(),
        "customer,title,value,stage,opened,closed,expected,key,lost_reason"
    );
    let empty = TestBook::new();
    empty.write("customers.csv", &book.run(&["export"]));
    empty.write("interactions.csv", &book.run(&["export", "--interactions"]));
    empty.write("deals.csv", &deals);
    empty.run(&["import", "customers.csv"]);
    empty.run(&["import", "--interactions", "interactions.csv"]);
    empty.run(&["import", "--deals", "deals.csv"]);
    assert_eq!(
        empty.customer("eriks-ozolins"),
        book.customer("eriks-ozolins")
    );
}
