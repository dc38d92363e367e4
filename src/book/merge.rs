//! Three-way, field-by-field merge of customer files.
//!
//! Two people change one customer on two machines; git brings the two
//! versions together with their common ancestor (the *base*). This module
//! merges them the way the file is meant to be read: one value per key, and
//! a history of entries.
//!
//! - A key changed on one side only takes that side's value; a key changed
//!   to the same value on both sides is that value; a key changed to two
//!   different values (or removed on one side and changed on the other) is a
//!   conflict, written between `<<<<<<< ours` and `>>>>>>> theirs` around
//!   that key's line only.
//! - `tags` merge as a set: a tag added on either side is added, a tag
//!   removed on either side is removed.
//! - `[[interactions]]`, `[[deals]]` (and any other array of tables) merge as
//!   histories. Entries are compared by content. An entry of the base that is
//!   unchanged on both sides stays one entry; entries added on either side
//!   are all kept, placed by date; the same entry added on both sides is
//!   kept once (as many times as the side that added it most often). An
//!   entry edited on one side (an interaction with the same date and kind,
//!   and the same `ref` if it had one; a deal with the same `key`, or without
//!   one the same title) takes the
//!   edit; edited on both sides, it merges key by key; deleted on one side
//!   and edited on the other, the whole entry is a conflict.
//!
//! The result is *ours'* text — its comments, blank lines and key order —
//! changed only where theirs brought something. Files beyond this model (bad
//! TOML, a table inside a section, a key that is a value on one side and a
//! table on the other) are refused with [`Unmergeable`]; the git merge driver
//! then falls back to git's line-by-line merge.
//!
//! The same engine merges duplicate records (`rapport merge KEEP OTHER`)
//! with an empty base and [`OnConflict::KeepOurs`].

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDateTime;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

use super::document::{CustomerDoc, set_in};
use super::list;
use crate::model::When;
use crate::model::fields::TAGS;
use crate::model::parse::{DEAL_KEYS, INTERACTION_KEYS};

/// What to do with a key changed to two different values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnConflict {
    /// Write both values between conflict markers (the merge driver).
    Markers,
    /// Keep ours, unless ours is empty (`""` or `[]`): merging duplicates.
    KeepOurs,
}

/// The merged file and what happened on the way.
#[derive(Debug, Default)]
pub struct Merged {
    pub text: String,
    /// Where conflict markers were written (`phone`,
    /// `interactions (2026-11-20 call).summary`).
    pub conflicts: Vec<String>,
    /// Under [`OnConflict::KeepOurs`]: keys where theirs held a different
    /// value that was dropped, as (key, ours, theirs).
    pub kept_ours: Vec<(String, String, String)>,
    /// How many entries of each array came from theirs.
    pub added: BTreeMap<String, usize>,
}

/// Why two versions cannot be merged field by field.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Unmergeable(pub String);

/// The marker lines around a conflict.
pub const OURS_MARKER: &str = "<<<<<<< ours";
pub const SEPARATOR: &str = "=======";
pub const THEIRS_MARKER: &str = ">>>>>>> theirs";

const SENTINEL_KEY: &str = "rapport-merge-conflict";

/// Merges `ours` and `theirs`, two versions of a customer file descended
/// from `base` (empty when there is none).
pub fn merge(
    base: &str,
    ours: &str,
    theirs: &str,
    on_conflict: OnConflict,
) -> Result<Merged, Unmergeable> {
    let parse = |text: &str, side: &str| {
        text.parse::<DocumentMut>().map_err(|e| {
            Unmergeable(crate::msg!(
                "merge.invalid-toml",
                side = side,
                message = e.message()
            ))
        })
    };
    let (base_side, our_side, their_side) = (
        crate::msg!("merge.base"),
        crate::msg!("merge.ours"),
        crate::msg!("merge.theirs"),
    );
    let base_doc = parse(base, &base_side)?;
    let ours_doc = parse(ours, &our_side)?;
    let theirs_doc = parse(theirs, &their_side)?;
    let b = Shape::of(&base_doc, &base_side)?;
    let o = Shape::of(&ours_doc, &our_side)?;
    let t = Shape::of(&theirs_doc, &their_side)?;
    check_kinds(&[&b, &o, &t])?;

    let mut m = Merger {
        doc: CustomerDoc::parse(ours).map_err(|e| Unmergeable(e.to_string()))?,
        on_conflict,
        report: Merged::default(),
        markers: Vec::new(),
    };
    let paths: BTreeSet<&Vec<String>> = b
        .leaves
        .keys()
        .chain(o.leaves.keys())
        .chain(t.leaves.keys())
        .collect();
    for path in paths {
        m.leaf(
            path,
            b.leaves.get(path).copied(),
            o.leaves.get(path).copied(),
            t.leaves.get(path).copied(),
        );
    }
    let arrays: BTreeSet<&String> = b
        .entries
        .keys()
        .chain(o.entries.keys())
        .chain(t.entries.keys())
        .collect();
    let empty = Vec::new();
    for key in arrays {
        let slots = m.entries(
            key,
            b.entries.get(key).unwrap_or(&empty),
            o.entries.get(key).unwrap_or(&empty),
            t.entries.get(key).unwrap_or(&empty),
        );
        let ours_entries: Vec<Table> = o
            .entries
            .get(key)
            .map(|v| v.iter().map(|t| (*t).clone()).collect())
            .unwrap_or_default();
        m.write_entries(key, &ours_entries, slots);
    }

    let rendered = m.doc.render();
    let mut report = m.report;
    report.text = write_markers(&rendered, &m.markers);
    if ours.contains("\r\n") {
        // toml_edit writes `\n`; a file with Windows line ends keeps them.
        report.text = report.text.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    if report.conflicts.is_empty()
        && let Err(e) = report.text.parse::<DocumentMut>()
    {
        return Err(Unmergeable(crate::msg!(
            "merge.result-invalid",
            message = e.message().trim()
        )));
    }
    Ok(report)
}

/// What kind of item a top-level key holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Value,
    Section,
    Entries,
}

/// A document seen as the merge sees it: values by path (`["phone"]`,
/// `["address", "city"]`) and arrays of tables by key.
pub(super) struct Shape<'d> {
    kinds: BTreeMap<&'d str, Kind>,
    pub(super) leaves: BTreeMap<Vec<String>, &'d Value>,
    pub(super) entries: BTreeMap<String, Vec<&'d Table>>,
}

impl<'d> Shape<'d> {
    pub(super) fn of(doc: &'d DocumentMut, side: &str) -> Result<Shape<'d>, Unmergeable> {
        let mut shape = Shape {
            kinds: BTreeMap::new(),
            leaves: BTreeMap::new(),
            entries: BTreeMap::new(),
        };
        let nested = |key: &str, inner: &str| {
            Unmergeable(crate::msg!(
                "merge.nested",
                side = side,
                table = format!("{key}.{inner}")
            ))
        };
        for (key, item) in doc.as_table().iter() {
            match item {
                Item::Value(v) => {
                    shape.kinds.insert(key, Kind::Value);
                    shape.leaves.insert(vec![key.to_string()], v);
                }
                Item::Table(table) => {
                    shape.kinds.insert(key, Kind::Section);
                    for (k, inner) in table.iter() {
                        match inner {
                            Item::Value(v) => {
                                shape.leaves.insert(vec![key.to_string(), k.to_string()], v);
                            }
                            _ => return Err(nested(key, k)),
                        }
                    }
                }
                Item::ArrayOfTables(array) => {
                    shape.kinds.insert(key, Kind::Entries);
                    for table in array.iter() {
                        if let Some((k, _)) = table.iter().find(|(_, i)| !i.is_value()) {
                            return Err(nested(key, k));
                        }
                    }
                    shape
                        .entries
                        .insert(key.to_string(), array.iter().collect());
                }
                Item::None => {}
            }
        }
        Ok(shape)
    }
}

/// Refuses a key that is a value on one side and a table on another.
fn check_kinds(shapes: &[&Shape<'_>]) -> Result<(), Unmergeable> {
    let mut seen: BTreeMap<&str, Kind> = BTreeMap::new();
    for shape in shapes {
        for (key, kind) in &shape.kinds {
            match seen.get(key) {
                Some(k) if k != kind => {
                    return Err(Unmergeable(crate::msg!(
                        "merge.value-and-table",
                        key = *key
                    )));
                }
                _ => {
                    seen.insert(key, *kind);
                }
            }
        }
    }
    Ok(())
}

/// Which side's value a key takes.
#[derive(Debug, PartialEq, Eq)]
enum Pick {
    Ours,
    Theirs,
    Conflict,
}

/// The three-way rule on one key, by content.
fn pick(base: Option<&str>, ours: Option<&str>, theirs: Option<&str>) -> Pick {
    if ours == theirs || theirs == base {
        Pick::Ours
    } else if ours == base {
        Pick::Theirs
    } else {
        Pick::Conflict
    }
}

/// A conflict to write in place of its sentinel value.
struct Marker {
    sentinel: String,
    /// For a whole entry: the array's key, whose `[[key]]` header the
    /// sentinel table brings along.
    entry_of: Option<String>,
    ours: Option<String>,
    theirs: Option<String>,
}

/// One entry of a merged array.
enum Slot {
    /// Ours' entry as it is.
    Keep(usize),
    /// Ours' entry with theirs' changes.
    Merged(Table),
    /// An entry from theirs.
    New(Table),
    /// A sentinel table standing for an entry deleted on one side and
    /// edited on the other.
    Conflict(Table, Option<NaiveDateTime>),
}

/// How a base entry fared on one side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fate {
    Kept(usize),
    Edited(usize),
    Removed,
}

struct Merger {
    doc: CustomerDoc,
    on_conflict: OnConflict,
    report: Merged,
    markers: Vec<Marker>,
}

impl Merger {
    /// Returns a new sentinel string; it stands in the document where a
    /// conflict's lines go.
    fn sentinel(&self) -> String {
        format!("@@{SENTINEL_KEY}-{}@@", self.markers.len())
    }

    /// Merges one value (top level or in a section) into the document.
    fn leaf(&mut self, path: &[String], b: Option<&Value>, o: Option<&Value>, t: Option<&Value>) {
        let keys: Vec<&str> = path.iter().map(String::as_str).collect();
        if keys == [TAGS.path]
            && let Some((tags, changed)) = merge_tags(b, o, t)
        {
            if tags.is_empty() {
                if changed {
                    self.doc.remove(&keys);
                }
                return;
            }
            // A list over several lines keeps the comments of both sides.
            let ours = o.and_then(Value::as_array);
            let (base, theirs) = (b.and_then(Value::as_array), t.and_then(Value::as_array));
            match list::merge(base, ours, theirs, &tags) {
                Some(merged) => {
                    let same = ours.is_some_and(|o| {
                        let mut o = o.clone();
                        o.decor_mut().clear();
                        o.to_string() == merged.to_string()
                    });
                    if changed || !same {
                        self.doc.set(&keys, Value::Array(merged));
                    }
                }
                None if changed => self.doc.set(&keys, Value::Array(list::relist(None, &tags))),
                None => {}
            }
            return;
        }
        let (cb, co, ct) = (b.map(canon), o.map(canon), t.map(canon));
        match pick(cb.as_deref(), co.as_deref(), ct.as_deref()) {
            Pick::Ours => {}
            Pick::Theirs => match t {
                Some(v) => self.doc.set(&keys, v.clone()),
                None => {
                    self.doc.remove(&keys);
                }
            },
            Pick::Conflict => {
                let name = keys.join(".");
                match self.on_conflict {
                    OnConflict::KeepOurs => {
                        if o.is_none_or(is_empty) {
                            if let Some(v) = t {
                                self.doc.set(&keys, v.clone());
                            }
                        } else if let (Some(o), Some(t)) = (o, t) {
                            self.report.kept_ours.push((
                                name,
                                plain(o).to_string(),
                                plain(t).to_string(),
                            ));
                        }
                    }
                    OnConflict::Markers => {
                        let sentinel = self.sentinel();
                        self.doc.set(&keys, Value::from(sentinel.as_str()));
                        self.report.conflicts.push(name);
                        self.markers.push(Marker {
                            sentinel,
                            entry_of: None,
                            ours: o.map(|v| plain(v).to_string()),
                            theirs: t.map(|v| plain(v).to_string()),
                        });
                    }
                }
            }
        }
    }

    /// Merges the arrays of tables under `key` and returns the entries of
    /// the result in order.
    fn entries(
        &mut self,
        key: &str,
        base: &[&Table],
        ours: &[&Table],
        theirs: &[&Table],
    ) -> Vec<Slot> {
        let canon_b: Vec<String> = base.iter().map(|t| canon_table(t)).collect();
        let canon_o: Vec<String> = ours.iter().map(|t| canon_table(t)).collect();
        let canon_t: Vec<String> = theirs.iter().map(|t| canon_table(t)).collect();
        let (fate_o, used_o) = fates(key, base, &canon_b, ours, &canon_o);
        let (fate_t, used_t) = fates(key, base, &canon_b, theirs, &canon_t);
        let mut base_of_ours: Vec<Option<usize>> = vec![None; ours.len()];
        for (i, fate) in fate_o.iter().enumerate() {
            if let Fate::Kept(j) | Fate::Edited(j) = fate {
                base_of_ours[*j] = Some(i);
            }
        }

        let mut slots = Vec::with_capacity(ours.len() + theirs.len());
        for (j, entry) in ours.iter().enumerate() {
            let Some(i) = base_of_ours[j] else {
                slots.push(Slot::Keep(j));
                continue;
            };
            match (fate_o[i], fate_t[i]) {
                (_, Fate::Kept(_)) => slots.push(Slot::Keep(j)),
                (Fate::Kept(_), Fate::Removed) => {}
                (_, Fate::Edited(k)) if canon_o[j] == canon_t[k] => slots.push(Slot::Keep(j)),
                (_, Fate::Edited(k)) => {
                    let merged = self.entry_fields(key, base[i], entry, theirs[k]);
                    slots.push(Slot::Merged(merged));
                }
                (_, Fate::Removed) => match self.on_conflict {
                    OnConflict::KeepOurs => slots.push(Slot::Keep(j)),
                    OnConflict::Markers => {
                        let sentinel = self.entry_conflict(key, Some(entry), None);
                        slots.push(Slot::Conflict(sentinel, entry_date(key, entry)));
                    }
                },
            }
        }
        // Deleted here, edited there.
        for (i, fate) in fate_o.iter().enumerate() {
            if let (Fate::Removed, Fate::Edited(k)) = (fate, fate_t[i]) {
                let slot = match self.on_conflict {
                    OnConflict::KeepOurs => Slot::New(theirs[k].clone()),
                    OnConflict::Markers => Slot::Conflict(
                        self.entry_conflict(key, None, Some(theirs[k])),
                        entry_date(key, theirs[k]),
                    ),
                };
                insert_by_date(key, &mut slots, ours, slot);
            }
        }
        // Added on their side, unless ours added the same entry.
        let mut ours_added: Vec<(String, bool)> = (0..ours.len())
            .filter(|j| !used_o[*j])
            .map(|j| (canon_o[j].clone(), false))
            .collect();
        for (k, entry) in theirs.iter().enumerate() {
            if used_t[k] {
                continue;
            }
            if let Some(twin) = ours_added
                .iter_mut()
                .find(|(c, taken)| !*taken && *c == canon_t[k])
            {
                twin.1 = true;
                continue;
            }
            // A deal both sides added under one key is one deal: its
            // fields merge as if from an empty base.
            if let Some(j) = same_key_added(key, ours, &used_o, entry) {
                let at = slots
                    .iter()
                    .position(|s| matches!(s, Slot::Keep(x) if *x == j));
                if let Some(at) = at {
                    let merged = self.entry_fields(key, &Table::new(), ours[j], entry);
                    slots[at] = Slot::Merged(merged);
                    continue;
                }
            }
            *self.report.added.entry(key.to_string()).or_default() += 1;
            insert_by_date(key, &mut slots, ours, Slot::New((*entry).clone()));
        }
        slots
    }

    /// Merges an entry edited on both sides, key by key, starting from
    /// ours' table.
    fn entry_fields(&mut self, key: &str, b: &Table, o: &Table, t: &Table) -> Table {
        let mut out = o.clone();
        let order: &[&str] = match key {
            "interactions" => INTERACTION_KEYS,
            "deals" => DEAL_KEYS,
            _ => &[],
        };
        let names: BTreeSet<&str> = b
            .iter()
            .chain(o.iter())
            .chain(t.iter())
            .map(|(k, _)| k)
            .collect();
        let label = entry_label(key, o);
        for name in names {
            let get = |table: &Table| table.get(name).and_then(Item::as_value).map(canon);
            let (cb, co, ct) = (get(b), get(o), get(t));
            let theirs = t.get(name).and_then(Item::as_value);
            match pick(cb.as_deref(), co.as_deref(), ct.as_deref()) {
                Pick::Ours => {}
                Pick::Theirs => match theirs {
                    Some(v) => set_in(&mut out, name, v.clone(), order),
                    None => {
                        out.remove(name);
                    }
                },
                Pick::Conflict => {
                    let ours = o.get(name).and_then(Item::as_value);
                    let path = format!("{label}.{name}");
                    match self.on_conflict {
                        OnConflict::KeepOurs => {
                            if let (Some(o), Some(t)) = (ours, theirs) {
                                self.report.kept_ours.push((
                                    path,
                                    plain(o).to_string(),
                                    plain(t).to_string(),
                                ));
                            }
                        }
                        OnConflict::Markers => {
                            let sentinel = self.sentinel();
                            set_in(&mut out, name, Value::from(sentinel.as_str()), order);
                            self.report.conflicts.push(path);
                            self.markers.push(Marker {
                                sentinel,
                                entry_of: None,
                                ours: ours.map(|v| plain(v).to_string()),
                                theirs: theirs.map(|v| plain(v).to_string()),
                            });
                        }
                    }
                }
            }
        }
        out
    }

    /// Records a whole entry in conflict and returns the table that stands
    /// for it in the document.
    fn entry_conflict(&mut self, key: &str, ours: Option<&Table>, theirs: Option<&Table>) -> Table {
        let sentinel = self.sentinel();
        let which = ours
            .or(theirs)
            .map(|t| entry_label(key, t))
            .unwrap_or_default();
        self.report.conflicts.push(which);
        self.markers.push(Marker {
            sentinel: sentinel.clone(),
            entry_of: Some(key.to_string()),
            ours: ours.map(|t| render_entry(key, t)),
            theirs: theirs.map(|t| render_entry(key, t)),
        });
        let mut table = Table::new();
        table.insert(SENTINEL_KEY, toml_edit::value(sentinel));
        table
    }

    /// Writes the merged entries of `key` into the document, keeping ours'
    /// tables (and their place among the file's tables) where they stay.
    fn write_entries(&mut self, key: &str, ours: &[Table], slots: Vec<Slot>) {
        let unchanged = slots.len() == ours.len()
            && slots
                .iter()
                .enumerate()
                .all(|(i, s)| matches!(s, Slot::Keep(j) if *j == i));
        if unchanged {
            return;
        }
        if ours.is_empty() {
            for slot in slots {
                let mut table = match slot {
                    Slot::Keep(_) => continue,
                    Slot::Merged(t) | Slot::New(t) | Slot::Conflict(t, _) => t,
                };
                table.set_position(None);
                self.doc.append_entry(key, table);
            }
            return;
        }
        let doc = self.doc.document_mut();
        if slots.is_empty() {
            doc.as_table_mut().remove(key);
            return;
        }
        // Every new table takes the position of the one before it (or of
        // ours' first): tables of equal position render in array order, so
        // the array stays where ours has it among the other tables.
        let mut position = ours[0].position();
        let mut array = ArrayOfTables::new();
        for slot in slots {
            let table = match slot {
                Slot::Keep(j) => ours[j].clone(),
                Slot::Merged(t) => t,
                Slot::New(mut t) | Slot::Conflict(mut t, _) => {
                    t.set_position(position);
                    t
                }
            };
            position = table.position();
            array.push(table);
        }
        if let Some(item) = doc.get_mut(key) {
            *item = Item::ArrayOfTables(array);
        }
    }
}

/// Matches the entries of one side to the base's: the same content is the
/// same entry; a base entry left over is *edited* when the side has a new
/// entry of the same identity, else removed. Returns each base entry's fate
/// and which of the side's entries were matched.
pub(super) fn fates(
    key: &str,
    base: &[&Table],
    canon_b: &[String],
    side: &[&Table],
    canon_s: &[String],
) -> (Vec<Fate>, Vec<bool>) {
    let mut used = vec![false; side.len()];
    let mut fate = vec![Fate::Removed; base.len()];
    for (i, c) in canon_b.iter().enumerate() {
        if let Some(j) = (0..side.len()).find(|&j| !used[j] && canon_s[j] == *c) {
            used[j] = true;
            fate[i] = Fate::Kept(j);
        }
    }
    for i in 0..base.len() {
        if fate[i] != Fate::Removed {
            continue;
        }
        let best = (0..side.len())
            .filter(|&j| !used[j] && same_identity(key, base[i], side[j]))
            .max_by_key(|&j| (shared_fields(base[i], side[j]), usize::MAX - j));
        if let Some(j) = best {
            used[j] = true;
            fate[i] = Fate::Edited(j);
        }
    }
    (fate, used)
}

/// Returns true when `edited` is `original` changed: an interaction with the
/// same date and kind (and `ref`, if the original had one), a deal with the
/// same key (without one, the same title). Entries of other arrays have no
/// identity but their content.
fn same_identity(key: &str, original: &Table, edited: &Table) -> bool {
    let same = |name: &str| {
        let get = |t: &Table| t.get(name).and_then(Item::as_value).map(canon);
        get(original) == get(edited)
    };
    match key {
        "interactions" => {
            same("date") && same("kind") && (original.get("ref").is_none() || same("ref"))
        }
        // A deal with a key is that key, whatever else changed (its title
        // too); one without is its title.
        "deals" if original.contains_key("key") => same("key"),
        "deals" => original.contains_key("title") && same("title"),
        _ => false,
    }
}

/// Returns ours' entry added since the base that holds the same deal `key`
/// as `entry`, if any.
fn same_key_added(key: &str, ours: &[&Table], used: &[bool], entry: &Table) -> Option<usize> {
    if key != "deals" {
        return None;
    }
    let of = |t: &Table| t.get("key").and_then(Item::as_value).map(canon);
    let wanted = of(entry)?;
    (0..ours.len()).find(|&j| !used[j] && of(ours[j]).as_ref() == Some(&wanted))
}

/// Counts the keys two entries hold with equal values.
fn shared_fields(a: &Table, b: &Table) -> usize {
    a.iter()
        .filter(|(k, item)| {
            let value = |i: &Item| i.as_value().map(canon);
            b.get(k).map(value) == Some(value(item))
        })
        .count()
}

/// Puts `slot` after the last entry dated on or before it (at the end when
/// it has no date), so histories stay in date order.
fn insert_by_date(key: &str, slots: &mut Vec<Slot>, ours: &[&Table], slot: Slot) {
    let date_of = |s: &Slot| match s {
        Slot::Keep(j) => entry_date(key, ours[*j]),
        Slot::Merged(t) | Slot::New(t) => entry_date(key, t),
        Slot::Conflict(_, d) => *d,
    };
    let at = match date_of(&slot) {
        None => slots.len(),
        Some(d) => slots
            .iter()
            .rposition(|s| date_of(s).is_some_and(|x| x <= d))
            .map_or(0, |i| i + 1),
    };
    slots.insert(at, slot);
}

/// Returns the date an entry is ordered by: an interaction's `date`, a
/// deal's `opened`.
fn entry_date(key: &str, table: &Table) -> Option<NaiveDateTime> {
    let name = match key {
        "interactions" => "date",
        "deals" => "opened",
        _ => return None,
    };
    let dt = table.get(name)?.as_value()?.as_datetime()?;
    When::from_toml(dt).map(When::moment)
}

/// Names an entry in messages: `interactions (2026-11-20 call)`.
fn entry_label(key: &str, table: &Table) -> String {
    let text = |name: &str| {
        table
            .get(name)
            .and_then(Item::as_value)
            .map(|v| match v.as_str() {
                Some(s) => s.to_string(),
                None => plain(v).to_string(),
            })
    };
    let what = match key {
        "interactions" => [text("date"), text("kind")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" "),
        "deals" => text("title").unwrap_or_default(),
        _ => String::new(),
    };
    if what.is_empty() {
        key.to_string()
    } else {
        format!("{key} ({what})")
    }
}

/// The three-way merge of tag lists as sets, and whether it differs from
/// ours; None when a side holds something other than a list of strings.
fn merge_tags(
    b: Option<&Value>,
    o: Option<&Value>,
    t: Option<&Value>,
) -> Option<(Vec<String>, bool)> {
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
    let (base, ours, theirs) = (list(b)?, list(o)?, list(t)?);
    let mut out: Vec<String> = ours
        .iter()
        .filter(|tag| theirs.contains(tag) || !base.contains(tag))
        .cloned()
        .collect();
    for tag in &theirs {
        if !base.contains(tag) && !out.contains(tag) {
            out.push(tag.clone());
        }
    }
    let changed = out != ours;
    Some((out, changed))
}

/// Returns a value without its spacing and comment, as written.
pub(super) fn plain(v: &Value) -> Value {
    let mut v = v.clone();
    v.decor_mut().clear();
    if let Value::Array(a) = &mut v {
        a.fmt();
    }
    v
}

/// Returns true for an empty string or list: a value `rapport merge`
/// fills from the other record.
fn is_empty(v: &Value) -> bool {
    match v {
        Value::String(s) => s.value().trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// Returns a text that is equal for two values exactly when they hold the
/// same data, however they are written (`1500.0` = `1500.00`, `'a'` = `"a"`).
pub(super) fn canon(v: &Value) -> String {
    match v {
        Value::String(s) => format!("s{:?}", s.value()),
        Value::Integer(i) => format!("i{}", i.value()),
        Value::Float(f) => format!("f{:?}", f.value()),
        Value::Boolean(b) => format!("b{}", b.value()),
        Value::Datetime(d) => format!("d{}", d.value()),
        Value::Array(a) => {
            let items: Vec<String> = a.iter().map(canon).collect();
            format!("[{}]", items.join(","))
        }
        Value::InlineTable(t) => {
            let mut items: Vec<String> = t
                .iter()
                .map(|(k, v)| format!("{k:?}={}", canon(v)))
                .collect();
            items.sort();
            format!("{{{}}}", items.join(","))
        }
    }
}

/// The content of an entry, for telling entries apart.
pub(super) fn canon_table(t: &Table) -> String {
    let mut items: Vec<String> = t
        .iter()
        .filter_map(|(k, i)| i.as_value().map(|v| format!("{k:?}={}", canon(v))))
        .collect();
    items.sort();
    items.join(",")
}

/// Renders one entry on its own, `[[key]]` header included.
fn render_entry(key: &str, table: &Table) -> String {
    let mut t = table.clone();
    t.set_position(None);
    t.decor_mut().clear();
    let mut array = ArrayOfTables::new();
    array.push(t);
    let mut doc = DocumentMut::new();
    doc.insert(key, Item::ArrayOfTables(array));
    doc.to_string().trim_start_matches('\n').to_string()
}

/// Replaces each sentinel in `text` by its conflict: the key's line as ours
/// and as theirs between the markers, or the whole entry.
fn write_markers(text: &str, markers: &[Marker]) -> String {
    if markers.is_empty() {
        return text.to_string();
    }
    let mut out: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        let Some(m) = markers
            .iter()
            .find(|m| line.contains(&format!("\"{}\"", m.sentinel)))
        else {
            out.push(line.to_string());
            continue;
        };
        let quoted = format!("\"{}\"", m.sentinel);
        let mut block = vec![format!("{OURS_MARKER}\n")];
        match &m.entry_of {
            Some(key) => {
                if out.last().is_some_and(|l| l.trim() == format!("[[{key}]]")) {
                    out.pop();
                }
                block.extend(m.ours.iter().cloned());
                block.push(format!("{SEPARATOR}\n"));
                block.extend(m.theirs.iter().cloned());
            }
            None => {
                let side = |v: &Option<String>| {
                    v.as_ref().map(|v| {
                        let mut l = line.replacen(&quoted, v, 1);
                        if !l.ends_with('\n') {
                            l.push('\n');
                        }
                        l
                    })
                };
                block.extend(side(&m.ours));
                block.push(format!("{SEPARATOR}\n"));
                block.extend(side(&m.theirs));
            }
        }
        block.push(format!("{THEIRS_MARKER}\n"));
        out.extend(block);
    }
    out.concat()
}

#[cfg(test)]
mod tests;
