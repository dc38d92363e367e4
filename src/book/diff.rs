//! What changed between two versions of a customer file, in words a
//! person reads (`phone: +371 2612 3456 → +371 2000 0000`, `added call
//! 2026-11-20 "Renewal"`): the lines of `rapport history`.
//!
//! Versions are compared as [`super::merge`] sees them: values by key, and
//! entries of the histories matched by content, an entry with the same
//! identity (date and kind, deal title) counting as changed.

use std::collections::BTreeSet;

use toml_edit::{DocumentMut, Item, Table, Value};

use super::merge::{Fate, Shape, canon, canon_table, fates, plain};
use crate::model::fields::TAGS;

/// Returns the changes from `before` to `after` (None: the file did not
/// exist), one line each.
pub fn changes(before: Option<&str>, after: Option<&str>) -> Vec<String> {
    match (before, after) {
        (None, None) => Vec::new(),
        (Some(_), None) => vec!["deleted".to_string()],
        (None, Some(after)) => {
            let mut out = vec!["created".to_string()];
            out.extend(compare("", after));
            out
        }
        (Some(before), Some(after)) => {
            let out = compare(before, after);
            if out.is_empty() && before != after {
                vec!["layout or comments only".to_string()]
            } else {
                out
            }
        }
    }
}

fn compare(before: &str, after: &str) -> Vec<String> {
    let (Ok(b), Ok(a)) = (before.parse::<DocumentMut>(), after.parse::<DocumentMut>()) else {
        return vec!["changed (a version is not valid TOML)".to_string()];
    };
    let (Ok(b), Ok(a)) = (Shape::of(&b, "before"), Shape::of(&a, "after")) else {
        return vec!["changed (not comparable key by key)".to_string()];
    };
    let mut out = Vec::new();
    let paths: BTreeSet<&Vec<String>> = b.leaves.keys().chain(a.leaves.keys()).collect();
    let mut ordered: Vec<&Vec<String>> = paths.into_iter().collect();
    ordered.sort_by_key(|p| key_rank(p));
    for path in ordered {
        let name = path.join(".");
        let (old, new) = (b.leaves.get(path).copied(), a.leaves.get(path).copied());
        if old.map(canon) == new.map(canon) {
            continue;
        }
        if name == TAGS.path
            && let Some(line) = tag_change(old, new)
        {
            out.push(line);
            continue;
        }
        out.push(match (old, new) {
            (None, Some(n)) => format!("set {name} = {}", show(n)),
            (Some(o), None) => format!("removed {name} (was {})", show(o)),
            (Some(o), Some(n)) => format!("{name}: {} → {}", show(o), show(n)),
            (None, None) => continue,
        });
    }
    let keys: BTreeSet<&String> = b.entries.keys().chain(a.entries.keys()).collect();
    let empty = Vec::new();
    for key in keys {
        let before = b.entries.get(key).unwrap_or(&empty);
        let after = a.entries.get(key).unwrap_or(&empty);
        let canon_b: Vec<String> = before.iter().map(|t| canon_table(t)).collect();
        let canon_a: Vec<String> = after.iter().map(|t| canon_table(t)).collect();
        let (fate, used) = fates(key, before, &canon_b, after, &canon_a);
        for (i, f) in fate.iter().enumerate() {
            match f {
                Fate::Kept(_) => {}
                Fate::Removed => out.push(format!("removed {}", describe(key, before[i]))),
                Fate::Edited(j) => out.push(format!(
                    "changed {}: {}",
                    describe(key, before[i]),
                    entry_changes(before[i], after[*j]).join(", ")
                )),
            }
        }
        for (j, entry) in after.iter().enumerate() {
            if !used[j] {
                out.push(format!("added {}", describe(key, entry)));
            }
        }
    }
    out
}

/// Orders keys as the file layout does (name, kind, stage, …).
fn key_rank(path: &[String]) -> (usize, Vec<String>) {
    let rank = crate::model::fields::LAYOUT
        .top
        .iter()
        .position(|k| *k == path[0])
        .unwrap_or(usize::MAX);
    (rank, path.to_vec())
}

/// Returns `tags +vip -b2b`; None when a side is not a list of strings.
fn tag_change(old: Option<&Value>, new: Option<&Value>) -> Option<String> {
    let list = |v: Option<&Value>| -> Option<Vec<String>> {
        match v {
            None => Some(Vec::new()),
            Some(v) => v
                .as_array()?
                .iter()
                .map(|x| x.as_str().map(str::to_string))
                .collect(),
        }
    };
    let (old, new) = (list(old)?, list(new)?);
    let mut parts: Vec<String> = new
        .iter()
        .filter(|t| !old.contains(t))
        .map(|t| format!("+{t}"))
        .collect();
    parts.extend(
        old.iter()
            .filter(|t| !new.contains(t))
            .map(|t| format!("-{t}")),
    );
    if parts.is_empty() {
        parts.push("reordered".to_string());
    }
    Some(format!("tags {}", parts.join(" ")))
}

/// Returns the changed keys of an entry: `resolved = 2026-11-01T15:00:00`.
fn entry_changes(before: &Table, after: &Table) -> Vec<String> {
    let names: BTreeSet<&str> = before.iter().chain(after.iter()).map(|(k, _)| k).collect();
    let mut out = Vec::new();
    for name in names {
        let get = |t: &Table| t.get(name).and_then(Item::as_value).cloned();
        let (old, new) = (get(before), get(after));
        if old.as_ref().map(canon) == new.as_ref().map(canon) {
            continue;
        }
        out.push(match (old, new) {
            (_, Some(n)) => format!("{name} = {}", show(&n)),
            (Some(_), None) => format!("removed {name}"),
            (None, None) => continue,
        });
    }
    out
}

/// Describes an entry: `call 2026-11-20 "Renewal"`, `purchase 2026-11-20
/// 1500.00`, `stage 2026-11-20 lead → customer`, `deal "Licence" 1000.00 won`.
fn describe(key: &str, t: &Table) -> String {
    let get = |name: &str| t.get(name).and_then(Item::as_value);
    let text = |name: &str| get(name).map(show);
    let mut parts: Vec<String> = Vec::new();
    match key {
        "interactions" => {
            parts.extend(text("kind"));
            parts.extend(text("date"));
            parts.extend(text("amount"));
            if let (Some(from), Some(to)) = (text("from"), text("to")) {
                parts.push(format!("{from} → {to}"));
            } else if let Some(to) = text("to") {
                parts.push(format!("→ {to}"));
            }
            parts.extend(text("summary").map(|s| format!("\"{s}\"")));
            parts.extend(text("ref").map(|r| format!("ref {r}")));
        }
        "deals" => {
            parts.push("deal".to_string());
            parts.extend(text("title").map(|s| format!("\"{s}\"")));
            parts.extend(text("value"));
            parts.extend(text("stage"));
        }
        other => {
            parts.push(format!("{other} entry"));
            let mut values: Vec<String> = t
                .iter()
                .filter_map(|(k, i)| i.as_value().map(|v| format!("{k} = {}", show(v))))
                .collect();
            values.truncate(3);
            parts.extend(values);
        }
    }
    parts.join(" ")
}

/// Shows a value as a person reads it: strings without quotes (an empty
/// one as `""`), everything else as TOML writes it.
fn show(v: &Value) -> String {
    match v.as_str() {
        Some("") => "\"\"".to_string(),
        Some(s) => s.to_string(),
        None => plain(v).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_fields_tags_and_history_entries() {
        let before = "name = \"A\"\nphone = \"1\"\nemail = \"a@x.lv\"\ntags = [\"b2b\"]\n\n[[interactions]]\ndate = 2026-11-01T09:00:00\nkind = \"support\"\nsummary = \"Invoice missing\"\n";
        let after = "name = \"A\"\nphone = \"2\"\nstage = \"customer\"\ntags = [\"vip\"]\n\n[[interactions]]\ndate = 2026-11-01T09:00:00\nkind = \"support\"\nsummary = \"Invoice missing\"\nresolved = 2026-11-01T15:00:00\n\n[[interactions]]\ndate = 2026-11-20\nkind = \"stage\"\nfrom = \"lead\"\nto = \"customer\"\n";
        assert_eq!(
            changes(Some(before), Some(after)),
            vec![
                "set stage = customer",
                "removed email (was a@x.lv)",
                "phone: 1 → 2",
                "tags +vip -b2b",
                "changed support 2026-11-01T09:00:00 \"Invoice missing\": resolved = 2026-11-01T15:00:00",
                "added stage 2026-11-20 lead → customer",
            ]
        );
    }

    #[test]
    fn creation_deletion_and_comments() {
        assert_eq!(
            changes(None, Some("name = \"A\"\n")),
            vec!["created", "set name = A"]
        );
        assert_eq!(changes(Some("name = \"A\"\n"), None), vec!["deleted"]);
        assert_eq!(
            changes(Some("name = \"A\"\n"), Some("# hi\nname = \"A\"\n")),
            vec!["layout or comments only"]
        );
    }
}
