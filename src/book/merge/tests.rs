//! Unit tests of the three-way merge, on hand-written versions of one file.

use super::*;

fn clean(base: &str, ours: &str, theirs: &str) -> String {
    let m = merge(base, ours, theirs, OnConflict::Markers).expect("mergeable");
    assert!(
        m.conflicts.is_empty(),
        "unexpected conflicts {:?}",
        m.conflicts
    );
    // Whatever merges cleanly is a valid customer file.
    let parsed = crate::model::parse::parse_customer(&m.text, "x.toml".as_ref(), None);
    assert!(
        parsed.customer.is_some(),
        "{:?}\n{}",
        parsed.diagnostics,
        m.text
    );
    m.text
}

const BASE: &str = "\
# Met at the Riga fair
name = \"Ēriks Ozoliņš\"
stage = \"lead\"      # since the fair
email = \"eriks@example.lv\"
phone = \"+371 2612 3456\"
tags = [\"b2b\"]

[[interactions]]
date = 2026-10-01
kind = \"call\"
summary = \"First call\"
";

fn call(date: &str, summary: &str) -> String {
    format!("\n[[interactions]]\ndate = {date}\nkind = \"call\"\nsummary = \"{summary}\"\n")
}

#[test]
fn changes_to_different_fields_both_land_and_comments_stay() {
    let ours = BASE.replace("\"lead\"", "\"prospect\"");
    let theirs = BASE.replace("+371 2612 3456", "+371 2000 0000");
    let merged = clean(BASE, &ours, &theirs);
    assert_eq!(
        merged,
        BASE.replace("\"lead\"", "\"prospect\"")
            .replace("+371 2612 3456", "+371 2000 0000")
    );
}

#[test]
fn calls_logged_on_both_sides_are_all_kept_in_date_order() {
    let ours = format!("{BASE}{}", call("2026-11-20", "Ours, later"));
    let theirs = format!(
        "{BASE}{}{}",
        call("2026-11-02", "Theirs, earlier"),
        call("2026-11-25", "Theirs, last")
    );
    let merged = clean(BASE, &ours, &theirs);
    assert_eq!(
        merged,
        format!(
            "{BASE}{}{}{}",
            call("2026-11-02", "Theirs, earlier"),
            call("2026-11-20", "Ours, later"),
            call("2026-11-25", "Theirs, last")
        )
    );
}

#[test]
fn the_same_entry_added_on_both_sides_is_kept_once() {
    let both = format!("{BASE}{}", call("2026-11-20", "Same call"));
    let theirs = format!("{both}{}", call("2026-11-21", "Another"));
    assert_eq!(clean(BASE, &both, &theirs), theirs);
}

#[test]
fn two_equal_purchases_on_one_side_stay_two() {
    let purchase = "\n[[interactions]]\ndate = 2026-11-20\nkind = \"purchase\"\namount = 10.00\n";
    let ours = format!("{BASE}{purchase}{purchase}");
    let theirs = format!("{BASE}{purchase}");
    // Theirs added one, ours two: the larger count is what happened.
    assert_eq!(clean(BASE, &ours, &theirs), ours);
    assert_eq!(clean(BASE, &theirs, &ours), ours);
}

#[test]
fn the_same_field_changed_twice_is_a_conflict_on_that_line_only() {
    let ours = BASE
        .replace("+371 2612 3456", "+371 1111 1111")
        .replace("\"lead\"", "\"prospect\"");
    let theirs = format!(
        "{}{}",
        BASE.replace("+371 2612 3456", "+371 2222 2222"),
        call("2026-11-22", "Theirs")
    );
    let m = merge(BASE, &ours, &theirs, OnConflict::Markers).unwrap();
    assert_eq!(m.conflicts, vec!["phone".to_string()]);
    let expected = format!(
        "{}{}",
        BASE.replace("\"lead\"", "\"prospect\"").replace(
            "phone = \"+371 2612 3456\"\n",
            "<<<<<<< ours\nphone = \"+371 1111 1111\"\n=======\nphone = \"+371 2222 2222\"\n>>>>>>> theirs\n"
        ),
        call("2026-11-22", "Theirs")
    );
    assert_eq!(m.text, expected);
}

#[test]
fn a_field_removed_on_one_side_and_changed_on_the_other_is_a_conflict() {
    let ours = BASE.replace("email = \"eriks@example.lv\"\n", "");
    let theirs = BASE.replace("eriks@example.lv", "eriks@new.lv");
    let m = merge(BASE, &ours, &theirs, OnConflict::Markers).unwrap();
    assert_eq!(m.conflicts, vec!["email".to_string()]);
    assert!(
        m.text
            .contains("<<<<<<< ours\n=======\nemail = \"eriks@new.lv\"\n>>>>>>> theirs\nphone =")
    );
    // Removed on one side, untouched on the other: removed.
    assert_eq!(clean(BASE, &ours, BASE), ours);
    assert_eq!(clean(BASE, BASE, &ours), ours);
}

#[test]
fn an_entry_edited_on_one_side_takes_the_edit() {
    let base = format!(
        "{BASE}\n[[interactions]]\ndate = 2026-11-01T09:00:00\nkind = \"support\"\nsummary = \"Invoice missing\"\n"
    );
    let ours = base.replace(
        "summary = \"Invoice missing\"\n",
        "summary = \"Invoice missing\"\nresolved = 2026-11-01T15:00:00\n",
    );
    let theirs = format!("{base}{}", call("2026-11-05", "Follow-up"));
    let expected = format!("{ours}{}", call("2026-11-05", "Follow-up"));
    assert_eq!(clean(&base, &ours, &theirs), expected);
    assert_eq!(clean(&base, &theirs, &ours), expected);
}

#[test]
fn an_entry_edited_on_both_sides_merges_key_by_key() {
    let base =
        format!("{BASE}\n[[deals]]\ntitle = \"Licence\"\nvalue = 1000.00\nstage = \"proposal\"\n");
    let ours = base.replace("stage = \"proposal\"", "stage = \"won\"");
    let theirs = base.replace("1000.00", "1200.00");
    let merged = clean(&base, &ours, &theirs);
    assert!(merged.contains("[[deals]]\ntitle = \"Licence\"\nvalue = 1200.00\nstage = \"won\"\n"));

    let other = base.replace("stage = \"proposal\"", "stage = \"lost\"");
    let m = merge(&base, &ours, &other, OnConflict::Markers).unwrap();
    assert_eq!(m.conflicts, vec!["deals (Licence).stage".to_string()]);
    assert!(m.text.contains(
        "value = 1000.00\n<<<<<<< ours\nstage = \"won\"\n=======\nstage = \"lost\"\n>>>>>>> theirs\n"
    ));
}

#[test]
fn an_entry_deleted_on_one_side_and_edited_on_the_other_is_a_conflict() {
    let ours = BASE.replace(call("2026-10-01", "First call").trim_start(), "");
    let theirs = BASE.replace("First call", "First call, about prices");
    let m = merge(BASE, &ours, &theirs, OnConflict::Markers).unwrap();
    assert_eq!(
        m.conflicts,
        vec!["interactions (2026-10-01 call)".to_string()]
    );
    assert!(
        m.text.contains(
            "tags = [\"b2b\"]\n\n<<<<<<< ours\n=======\n[[interactions]]\ndate = 2026-10-01\nkind = \"call\"\nsummary = \"First call, about prices\"\n>>>>>>> theirs\n"
        ),
        "{}",
        m.text
    );
    // Deleted on one side, untouched on the other: deleted.
    assert_eq!(clean(BASE, &ours, BASE), ours);
}

#[test]
fn tags_merge_as_a_set() {
    let ours = BASE.replace("[\"b2b\"]", "[\"b2b\", \"vip\"]");
    let theirs = BASE.replace("[\"b2b\"]", "[\"fair\"]");
    let merged = clean(BASE, &ours, &theirs);
    assert!(merged.contains("tags = [\"vip\", \"fair\"]\n"), "{merged}");
}

#[test]
fn a_new_section_from_theirs_goes_where_the_layout_puts_it() {
    let theirs = BASE.replace(
        "\n[[interactions]]",
        "\n[next]\ndate = 2026-12-01\naction = \"Call back\"\n\n[[interactions]]",
    );
    let ours = format!("{BASE}{}", call("2026-11-20", "Ours"));
    let merged = clean(BASE, &ours, &theirs);
    assert_eq!(merged, format!("{theirs}{}", call("2026-11-20", "Ours")));
}

#[test]
fn history_added_to_a_file_without_one() {
    let base = "name = \"A\"\n";
    let theirs = format!("{base}{}", call("2026-11-20", "Theirs"));
    let ours = "name = \"A\"\nemail = \"a@x.lv\"\n";
    assert_eq!(
        clean(base, ours, &theirs),
        format!("{ours}{}", call("2026-11-20", "Theirs"))
    );
}

#[test]
fn no_common_ancestor_merges_both_additions() {
    let ours = "name = \"A\"\nemail = \"a@x.lv\"\n";
    let theirs = "name = \"A\"\nphone = \"123\"\n";
    assert_eq!(
        clean("", ours, theirs),
        "name = \"A\"\nemail = \"a@x.lv\"\nphone = \"123\"\n"
    );
}

#[test]
fn refuses_what_it_cannot_read() {
    let broken = "name = \"A\"\n<<<<<<< ours\n";
    assert!(merge(BASE, broken, BASE, OnConflict::Markers).is_err());
    let nested = "name = \"A\"\n[address.geo]\nlat = 1\n";
    assert!(merge(BASE, BASE, nested, OnConflict::Markers).is_err());
    let inline = "name = \"A\"\naddress = { city = \"Rīga\" }\n";
    let table = "name = \"A\"\n[address]\ncity = \"Cēsis\"\n";
    assert!(merge("name = \"A\"\n", inline, table, OnConflict::Markers).is_err());
}

#[test]
fn keep_ours_fills_empty_fields_and_unions_histories() {
    let keep = "name = \"Jiří Dvořák\"\nemail = \"\"\nphone = \"+420 1\"\ntags = [\"b2b\"]\n\n[[interactions]]\ndate = 2026-01-10\nkind = \"call\"\n";
    let other = "name = \"Jiri Dvorak\"\nemail = \"jiri@x.cz\"\nphone = \"+420 2\"\ntags = [\"vip\"]\n\n[[interactions]]\ndate = 2026-01-10\nkind = \"call\"\n\n[[interactions]]\ndate = 2025-12-01\nkind = \"purchase\"\namount = 50.00\n";
    let m = merge("", keep, other, OnConflict::KeepOurs).unwrap();
    assert!(m.conflicts.is_empty());
    assert_eq!(
        m.text,
        "name = \"Jiří Dvořák\"\nemail = \"jiri@x.cz\"\nphone = \"+420 1\"\ntags = [\"b2b\", \"vip\"]\n\n[[interactions]]\ndate = 2025-12-01\nkind = \"purchase\"\namount = 50.00\n\n[[interactions]]\ndate = 2026-01-10\nkind = \"call\"\n"
    );
    assert_eq!(
        m.kept_ours,
        vec![
            (
                "name".into(),
                "\"Jiří Dvořák\"".into(),
                "\"Jiri Dvorak\"".into()
            ),
            ("phone".into(), "\"+420 1\"".into(), "\"+420 2\"".into()),
        ]
    );
    assert_eq!(m.added.get("interactions"), Some(&1));
}

/// A small deterministic random source for the generated cases below.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

const KEYS: &[&str] = &["email", "phone", "owner", "source"];

/// An interaction of the generated cases: date, kind, summary.
type Entry = (String, String, String);

/// Renders a customer file from values and interactions (date, kind,
/// summary).
fn render(fields: &[Option<String>], history: &[Entry]) -> String {
    let mut out = String::from("name = \"Generated\"\n");
    for (key, value) in KEYS.iter().zip(fields) {
        if let Some(v) = value {
            out.push_str(&format!("{key} = \"{v}\"\n"));
        }
    }
    for (date, kind, summary) in history {
        out.push_str(&format!(
            "\n[[interactions]]\ndate = {date}\nkind = \"{kind}\"\nsummary = \"{summary}\"\n"
        ));
    }
    out
}

/// Changes a few keys (those `mine` allows) and the history of `base`:
/// removes some entries, adds new ones dated in 2026 (base entries are
/// from 2025, so an addition is never mistaken for an edit).
fn change(
    rng: &mut Lcg,
    fields: &[Option<String>],
    history: &[Entry],
    mine: &[usize],
    side: &str,
) -> (Vec<Option<String>>, Vec<Entry>, Vec<Entry>) {
    let mut f = fields.to_vec();
    for &k in mine {
        match rng.next(3) {
            0 => f[k] = None,
            1 => f[k] = Some(format!("{side}-{}", rng.next(5))),
            _ => {}
        }
    }
    let mut h: Vec<_> = history
        .iter()
        .filter(|_| rng.next(4) != 0)
        .cloned()
        .collect();
    let mut added = Vec::new();
    for _ in 0..rng.next(4) {
        // Summaries from a small pool, so both sides often add the same entry.
        let entry = (
            format!("2026-0{}-1{}", 1 + rng.next(3), rng.next(3)),
            "call".to_string(),
            format!("new {}", rng.next(3)),
        );
        added.push(entry.clone());
        h.push(entry);
    }
    h.sort();
    (f, h, added)
}

#[test]
fn generated_merges_keep_every_change_of_both_sides() {
    let mut rng = Lcg(7);
    for case in 0..300 {
        let base_fields: Vec<Option<String>> = (0..KEYS.len())
            .map(|k| (rng.next(2) == 0).then(|| format!("base-{k}")))
            .collect();
        let mut base_history: Vec<Entry> = (0..rng.next(5))
            .map(|i| {
                (
                    format!("2025-0{}-0{}", 1 + rng.next(9), 1 + i),
                    ["call", "meeting"][rng.next(2) as usize].to_string(),
                    format!("base {i}"),
                )
            })
            .collect();
        base_history.sort();
        // Each key belongs to one side, so no key conflicts.
        let ours_keys: Vec<usize> = (0..KEYS.len()).filter(|k| k % 2 == case % 2).collect();
        let theirs_keys: Vec<usize> = (0..KEYS.len()).filter(|k| k % 2 != case % 2).collect();
        let (of, oh, oa) = change(&mut rng, &base_fields, &base_history, &ours_keys, "ours");
        let (tf, th, ta) = change(
            &mut rng,
            &base_fields,
            &base_history,
            &theirs_keys,
            "theirs",
        );
        let (base, ours, theirs) = (
            render(&base_fields, &base_history),
            render(&of, &oh),
            render(&tf, &th),
        );
        let merged = clean(&base, &ours, &theirs);

        // Expected: each key from the side that owns it; the base entries
        // neither side removed, and the additions of both sides, an entry
        // added on both counted as often as the side that added it most.
        let fields: Vec<Option<String>> = (0..KEYS.len())
            .map(|k| {
                if ours_keys.contains(&k) {
                    of[k].clone()
                } else {
                    tf[k].clone()
                }
            })
            .collect();
        let mut history: Vec<_> = base_history
            .iter()
            .filter(|e| oh.contains(e) && th.contains(e))
            .cloned()
            .collect();
        let mut additions = oa.clone();
        let mut unmatched = oa.clone();
        for e in &ta {
            match unmatched.iter().position(|x| x == e) {
                Some(i) => {
                    unmatched.remove(i);
                }
                None => additions.push(e.clone()),
            }
        }
        history.extend(additions);
        history.sort();
        let expected = render(&fields, &history);
        let read = |text: &str| {
            let mut c = crate::model::parse::parse_customer(text, "x.toml".as_ref(), None)
                .customer
                .unwrap();
            c.interactions
                .sort_by(|a, b| (a.date, &a.summary).cmp(&(b.date, &b.summary)));
            c
        };
        assert_eq!(
            read(&merged),
            read(&expected),
            "case {case}\n--- base\n{base}\n--- ours\n{ours}\n--- theirs\n{theirs}\n--- merged\n{merged}"
        );
        // Both sides keep their histories in date order; so does the merge.
        let dates: Vec<&str> = merged
            .lines()
            .filter(|l| l.starts_with("date = "))
            .collect();
        assert!(
            dates.windows(2).all(|w| w[0] <= w[1]),
            "case {case}\n{merged}"
        );
        // Merging the other way round gives the same record.
        assert_eq!(
            read(&clean(&base, &theirs, &ours)),
            read(&expected),
            "case {case} reversed"
        );
    }
}

#[test]
fn windows_line_ends_stay() {
    let crlf = |t: &str| t.replace('\n', "\r\n");
    let ours = crlf(&BASE.replace("\"lead\"", "\"prospect\""));
    let theirs = crlf(&format!("{BASE}{}", call("2026-11-20", "Theirs")));
    let merged = clean(&crlf(BASE), &ours, &theirs);
    assert_eq!(
        merged,
        crlf(&format!(
            "{}{}",
            BASE.replace("\"lead\"", "\"prospect\""),
            call("2026-11-20", "Theirs")
        ))
    );
}

const DEAL: &str = "\
name = \"Ēriks Ozoliņš\"

[[deals]]
title = \"Website redesign\"
key = \"website\"
stage = \"qualified\"
opened = 2026-11-01
";

#[test]
fn a_deal_is_its_key_through_a_retitle_on_one_side_and_a_move_on_the_other() {
    let ours = DEAL.replace("Website redesign", "New website");
    let theirs = format!(
        "{}\n[[interactions]]\ndate = 2026-11-20\nkind = \"deal\"\nfrom = \"qualified\"\nto = \"proposal\"\ndeal = \"website\"\n",
        DEAL.replace("\"qualified\"", "\"proposal\"")
    );
    let merged = clean(DEAL, &ours, &theirs);
    let c = crate::model::parse::parse_customer(&merged, "x.toml".as_ref(), None)
        .customer
        .unwrap();
    assert_eq!(c.deals.len(), 1, "{merged}");
    assert_eq!(c.deals[0].title, "New website");
    assert_eq!(c.deals[0].stage, "proposal");
    assert_eq!(c.deals[0].key.as_deref(), Some("website"));
    assert_eq!(c.interactions.len(), 1);
}

#[test]
fn a_deal_added_on_both_sides_under_one_key_is_one_deal() {
    let base = "name = \"Ēriks Ozoliņš\"\n";
    let ours = format!(
        "{base}\n[[deals]]\ntitle = \"Renewal\"\nkey = \"renewal\"\nstage = \"qualified\"\nopened = 2026-11-01\nvalue = 100.00\n"
    );
    let theirs = format!(
        "{base}\n[[deals]]\ntitle = \"Renewal\"\nkey = \"renewal\"\nstage = \"qualified\"\nopened = 2026-11-01\nexpected = 2027-01-31\n"
    );
    let merged = clean(base, &ours, &theirs);
    let c = crate::model::parse::parse_customer(&merged, "x.toml".as_ref(), None)
        .customer
        .unwrap();
    assert_eq!(c.deals.len(), 1, "{merged}");
    assert_eq!(
        c.deals[0].value.map(|v| v.to_string()).as_deref(),
        Some("100.00")
    );
    assert!(c.deals[0].extra.contains_key("expected"), "{merged}");
    // Different values under one key are a conflict on that key, not two deals.
    let theirs = theirs
        .replace("\"qualified\"", "\"proposal\"")
        .replace("expected = 2027-01-31\n", "value = 200.00\n");
    let m = merge(base, &ours, &theirs, OnConflict::Markers).unwrap();
    assert_eq!(m.conflicts.len(), 2, "{:?}\n{}", m.conflicts, m.text);
}

const TAGGED: &str = "\
name = \"Anna\"
tags = [ # kept by sales
  \"vip\", # since the 2024 renewal
  \"b2b\",
]
";

#[test]
fn comments_inside_a_multi_line_tag_list_survive_a_merge_of_tags_from_both_sides() {
    let ours = TAGGED.replace("  \"b2b\",\n", "  \"b2b\",\n  \"fair\", # met in Riga\n");
    let theirs = TAGGED.replace(
        "  \"b2b\",\n",
        "  \"b2b\",\n  \"web\", # signed up online\n",
    );
    let merged = clean(TAGGED, &ours, &theirs);
    assert_eq!(
        merged,
        "\
name = \"Anna\"
tags = [ # kept by sales
  \"vip\", # since the 2024 renewal
  \"b2b\",
  \"fair\", # met in Riga
  \"web\", # signed up online
]
"
    );
}

#[test]
fn a_comment_one_side_adds_to_the_tag_list_survives_the_other_sides_change() {
    // Theirs comments a tag and removes another; ours adds one.
    let theirs = TAGGED
        .replace("  \"b2b\",\n", "")
        .replace("# kept by sales", "# kept by sales (and support)");
    let theirs = theirs.replace(
        "\"vip\", # since the 2024 renewal",
        "\"vip\", # since the 2024 renewal, renewed 2026",
    );
    let ours = TAGGED.replace("  \"b2b\",\n", "  \"b2b\",\n  \"fair\",\n");
    let merged = clean(TAGGED, &ours, &theirs);
    assert_eq!(
        merged,
        "\
name = \"Anna\"
tags = [ # kept by sales (and support)
  \"vip\", # since the 2024 renewal, renewed 2026
  \"fair\",
]
"
    );
    // Only the comment changed on their side, the list on ours.
    let theirs = TAGGED.replace("\"b2b\",", "\"b2b\", # from the fair");
    let ours = format!("{TAGGED}email = \"anna@example.lv\"\n");
    let merged = clean(TAGGED, &ours, &theirs);
    assert_eq!(
        merged,
        format!("{theirs}email = \"anna@example.lv\"\n"),
        "a comment added by theirs alone is kept"
    );
}
