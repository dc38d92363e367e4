//! `rapport segment`: saved segments of the fixture book (fixture.rs):
//! vip = "revenue >= 1500", dormant = "stage = customer and last_contact <
//! -180d", loyal_vip = "segment = vip and tags has vip".

use crate::fixture;
use crate::support::{TestBook, stderr_of, stdout_of};

#[test]
fn lists_the_members_of_a_segment() {
    let book = fixture::book();
    // Revenue >= 1500: Acme 4800.00, Ēriks 1500.30, Oliver 2000.00.
    assert_eq!(
        book.run(&["segment", "vip", "--format", "ids"]),
        "acme-sia\neriks-ozolins\noliver-obrien\n"
    );
    assert_eq!(
        book.run(&[
            "segment",
            "vip",
            "--sort",
            "-revenue",
            "--columns",
            "id,revenue"
        ]),
        "id\trevenue\nacme-sia\t4800.00\noliver-obrien\t2000.00\neriks-ozolins\t1500.30\n"
    );
    assert_eq!(
        book.run(&[
            "segment",
            "vip",
            "--where",
            "stage = customer",
            "--format",
            "ids"
        ]),
        "eriks-ozolins\noliver-obrien\n"
    );
}

#[test]
fn a_segment_can_use_another_segment() {
    let book = fixture::book();
    assert_eq!(
        book.run(&["segment", "loyal_vip", "--format", "ids"]),
        "eriks-ozolins\noliver-obrien\n"
    );
}

#[test]
fn segments_inside_an_expression() {
    let book = fixture::book();
    let q = |e: &str| book.run(&["query", e, "--format", "ids"]);
    assert_eq!(
        q("segment = vip and stage = customer"),
        "eriks-ozolins\noliver-obrien\n"
    );
    assert_eq!(q("segment != vip and revenue > 0"), "jiri-dvorak\n");
    // Jiří's last contact, 2023-05-01, is before -180d (2026-05-27).
    assert_eq!(
        q("segment in [dormant, loyal_vip]"),
        "eriks-ozolins\njiri-dvorak\noliver-obrien\n"
    );
    assert_eq!(q("not segment = vip and stage = customer"), "jiri-dvorak\n");
}

#[test]
fn list_shows_each_segment_with_its_size_and_revenue() {
    let book = fixture::book();
    assert_eq!(
        book.run(&["segment", "list", "--format", "tsv"]),
        "segment\tcustomers\trevenue\texpression\n\
         dormant\t1\t1050.50\tstage = customer and last_contact < -180d\n\
         loyal_vip\t2\t3500.30\tsegment = vip and tags has vip\n\
         vip\t3\t8300.30\trevenue >= 1500\n"
    );
    let json = book.run(&["segment", "list", "--format", "json"]);
    assert!(
        json.contains("\"segment\": \"vip\",\n    \"customers\": 3,\n    \"revenue\": 8300.30"),
        "{json}"
    );
}

#[test]
fn groups_by_a_field_with_count_and_revenue() {
    let book = fixture::book();
    // Countries: LV acme 4800.00 + eriks 1500.30; one each elsewhere.
    assert_eq!(
        book.run(&["segment", "--by", "address.country", "--format", "tsv"]),
        "address.country\tcustomers\trevenue\n\
         LV\t2\t6300.30\n\
         CZ\t1\t1050.50\n\
         EE\t1\t0.00\n\
         GB\t1\t2000.00\n\
         LT\t1\t0.00\n\
         RS\t1\t0.00\n"
    );
    // Within a segment, a list field counts a customer under each value;
    // customers without tags are counted under an empty key.
    assert_eq!(
        book.run(&["segment", "--by", "tags", "vip", "--format", "tsv"]),
        "tags\tcustomers\trevenue\n\
         b2b\t2\t6300.30\n\
         vip\t2\t3500.30\n"
    );
    assert_eq!(
        book.run(&[
            "segment", "--by", "tags", "--sort", "-revenue", "--format", "csv"
        ]),
        "tags,customers,revenue\nb2b,2,6300.30\nvip,2,3500.30\n,3,1050.50\nb2c,1,0.00\n"
    );
    assert_eq!(
        book.run(&[
            "segment",
            "--by",
            "stage",
            "--where",
            "exists email",
            "--format",
            "json",
            "--limit",
            "1"
        ]),
        "[\n  {\n    \"stage\": \"customer\",\n    \"customers\": 3,\n    \"revenue\": 4550.80\n  }\n]\n"
    );
}

#[test]
fn an_unknown_segment_suggests_the_nearest() {
    let book = fixture::book();
    let out = book.rapport().args(["segment", "vipp"]).assert().code(2);
    assert_eq!(
        stderr_of(&out),
        "rapport: error: no segment `vipp` in rapport.toml\nhint: did you mean `vip`?\n"
    );
    let out = book
        .rapport()
        .args(["query", "segment = dormnt"])
        .assert()
        .code(2);
    let err = stderr_of(&out);
    assert!(
        err.contains("  segment = dormnt\n            ^^^^^^\nhint: did you mean `dormant`?"),
        "{err}"
    );
    let out = book
        .rapport()
        .args(["segment", "--by", "reveune"])
        .assert()
        .code(2);
    assert!(stderr_of(&out).contains("did you mean `revenue`?"));
}

#[test]
fn a_cycle_of_segments_is_an_error() {
    let book = TestBook::with_settings(
        "[segments]\na = \"segment = b\"\nb = \"revenue > 0 and segment = a\"\n",
    );
    let out = book.rapport().args(["segment", "a"]).assert().code(1);
    let err = stderr_of(&out);
    assert!(
        err.contains("rapport.toml:3: in segment `b`: segment `a` refers to itself: a → b → a"),
        "{err}"
    );
    assert!(stdout_of(&out).is_empty());
}

#[test]
fn an_error_in_a_saved_segment_names_its_line() {
    let book =
        TestBook::with_settings("[segments]\nok = \"stage = lead\"\nbad = \"revenue > lots\"\n");
    let out = book.rapport().args(["segment", "list"]).assert().code(1);
    assert_eq!(
        stderr_of(&out),
        "rapport: error: rapport.toml:3: in segment `bad`: `lots` is not an amount, and `revenue` is an amount\n  revenue > lots\n            ^^^^\nhint: `lots` is not an amount (expected digits such as 1500 or 1500.00); write e.g. `revenue > 1000` or `revenue >= 99.90`\n"
    );
}

#[test]
fn needs_a_name_or_a_subcommand() {
    let book = fixture::book();
    let out = book.rapport().args(["segment"]).assert().code(2);
    assert!(stderr_of(&out).contains("hint: the segments are dormant, loyal_vip, vip"));
}

#[test]
fn rfm_is_the_rfm_scoring_subcommand() {
    let book = fixture::book();
    let out = book.run(&["segment", "rfm", "--format", "csv"]);
    assert!(
        out.starts_with("id,recency_days,frequency,monetary,r,f,m,code,segment\n"),
        "{out}"
    );
}

#[test]
fn regression_one_broken_segment_hid_the_good_ones_in_segment_list() {
    let book = crate::support::TestBook::new();
    let settings = book.read("rapport.toml");
    book.write(
        "rapport.toml",
        &settings.replace(
            "[segments]\n",
            "[segments]\nbuyers = \"revenue > 0\"\nbad = \"nsp <= 6\"\nleads = \"stage = lead\"\n",
        ),
    );
    book.run(&["add", "Anna"]);
    book.run(&["log", "anna", "purchase", "--amount", "10"]);
    let out = book
        .rapport()
        .args(["segment", "list", "--format", "csv"])
        .assert()
        .code(1);
    assert_eq!(
        crate::support::stdout_of(&out),
        "segment,customers,revenue,expression\nbad,,,nsp <= 6\nbuyers,1,10.00,revenue > 0\nleads,1,10.00,stage = lead\n"
    );
    let err = crate::support::stderr_of(&out);
    assert!(
        err.contains("in segment `bad`: unknown field `nsp`"),
        "{err}"
    );
    assert!(err.contains("did you mean `nps`?"), "{err}");
}
