//! Format-preserving edits of a customer file.
//!
//! rapport never re-serialises a customer from its model: it edits the
//! file's own syntax tree (toml_edit), so a `set` changes one line, a `log`
//! appends one `[[interactions]]` table, and the user's comments, blank lines
//! and key order survive. New keys are placed where the file layout of
//! DESIGN.md section 3 puts them.

use std::collections::{HashMap, HashSet};

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

use crate::model::customer::{Deal, Interaction};
use crate::model::fields::{CUSTOM_TABLE, LAYOUT, TAGS};
use crate::model::parse::{DEAL_KEYS, INTERACTION_KEYS};
use crate::model::{Money, When};

/// A customer file open for editing.
pub struct CustomerDoc {
    doc: DocumentMut,
    /// Most of the file's lines end in CRLF: every line will (toml_edit
    /// writes its own line breaks, so a mix cannot be kept exactly).
    crlf: bool,
    /// The file started with a byte-order mark; it is kept.
    bom: bool,
    /// Whether any edit was made: an unchanged file is never rewritten.
    changed: bool,
    /// Custom fields added since the file was read, waiting at the end of
    /// `[fields]` for their place (see [`place_fields`]), which is found
    /// for all of them at once when the text is rendered: placing each as
    /// it comes would go through the whole table every time, and an
    /// import of 20,000 columns would never end.
    unplaced: Vec<String>,
}

/// Returns the rank of the sub-table `key` among those of a customer file,
/// in the order the file keeps them (`address`, `fields`, …, `deals`,
/// `interactions`); after all of them when it is none of them.
fn section_rank(key: &str) -> usize {
    let layout = &*LAYOUT;
    let sections = || layout.top.iter().filter(|k| layout.is_container(k));
    sections()
        .position(|s| *s == key)
        .unwrap_or_else(|| sections().count())
}

impl CustomerDoc {
    /// Returns an empty document, for a new customer.
    pub fn new() -> CustomerDoc {
        CustomerDoc {
            doc: DocumentMut::new(),
            crlf: false,
            bom: false,
            changed: false,
            unplaced: Vec::new(),
        }
    }

    /// Parses the text of a customer file for editing.
    ///
    /// A file toml_edit would not write back as it was read (dotted keys of
    /// one table interleaved with other keys, which it groups) is refused:
    /// an edit must never move a byte the user did not ask to change.
    pub fn parse(text: &str) -> Result<CustomerDoc, String> {
        let doc: toml_edit::DocumentMut = text
            .parse()
            .map_err(|e: toml_edit::TomlError| e.to_string())?;
        let normal = |s: &str| {
            s.trim_start_matches('\u{feff}')
                .replace("\r\n", "\n")
                .trim_end_matches('\n')
                .to_string()
        };
        if normal(&doc.to_string()) != normal(text) {
            return Err(crate::msg!("document.layout"));
        }
        Ok(CustomerDoc {
            doc,
            crlf: text.matches("\r\n").count() * 2 > text.matches('\n').count(),
            bom: text.starts_with('\u{feff}'),
            changed: false,
            unplaced: Vec::new(),
        })
    }

    /// Returns the string at `path` (`["stage"]`, `["address", "city"]`).
    pub fn get_str(&self, path: &[&str]) -> Option<&str> {
        self.get(path)?.as_str()
    }

    /// Returns the value at `path`.
    pub fn get(&self, path: &[&str]) -> Option<&Value> {
        let (last, parents) = path.split_last()?;
        let mut item = self.doc.as_item();
        for key in parents {
            item = item.get(key)?;
        }
        item.get(last)?.as_value()
    }

    /// Sets the value at `path`, keeping the old value's comment and spacing;
    /// a new key is placed where the file layout puts it, creating its
    /// section (`[address]`) when needed.
    pub fn set(&mut self, path: &[&str], value: Value) {
        let Some((last, parents)) = path.split_last() else {
            return;
        };
        self.changed = true;
        if parents.is_empty() {
            set_in(self.doc.as_table_mut(), last, value, &LAYOUT.top);
            return;
        }
        let section = parents[0];
        self.ensure_section(section);
        let order = section_keys(section);
        let item = &mut self.doc[section];
        match item {
            Item::Table(table) if section == CUSTOM_TABLE => {
                // Custom fields have no fixed order: a new one goes in
                // alphabetical order, so files stay alike however they
                // grew; it is placed when the text is rendered.
                if !table.contains_key(last) {
                    self.unplaced.push(last.to_string());
                }
                set_in(table, last, value, &[])
            }
            Item::Table(table) => set_in(table, last, value, order),
            Item::Value(Value::InlineTable(inline)) => match inline.get_mut(last) {
                Some(old) => {
                    let decor = old.decor().clone();
                    *old = value;
                    *old.decor_mut() = decor;
                }
                None => {
                    inline.insert(*last, value);
                }
            },
            _ => {}
        }
    }

    /// Removes the value at `path`; returns false when it was not there. A
    /// section left empty by the removal is removed too.
    pub fn remove(&mut self, path: &[&str]) -> bool {
        let removed = self.remove_path(path);
        self.changed |= removed;
        removed
    }

    fn remove_path(&mut self, path: &[&str]) -> bool {
        match path {
            [key] => self.doc.as_table_mut().remove(key).is_some(),
            [section, key] => {
                let removed = match self.doc.get_mut(section) {
                    Some(Item::Table(t)) => t.remove(key).is_some(),
                    Some(Item::Value(Value::InlineTable(t))) => t.remove(key).is_some(),
                    _ => false,
                };
                let now_empty = match self.doc.get(section) {
                    Some(Item::Table(t)) => t.is_empty(),
                    Some(Item::Value(Value::InlineTable(t))) => t.is_empty(),
                    _ => false,
                };
                if removed && now_empty {
                    self.doc.as_table_mut().remove(section);
                }
                removed
            }
            _ => false,
        }
    }

    /// Creates `[section]` when it does not exist, placed before the
    /// sections that follow it in the file layout.
    fn ensure_section(&mut self, section: &str) {
        if self.doc.contains_key(section) {
            return;
        }
        let rank = section_rank(section);
        let position = self.renumber_tables_before(rank);
        let mut table = Table::new();
        table.set_position(Some(position));
        self.doc.insert(section, Item::Table(table));
    }

    /// Gives every table of the document an even position in rendering
    /// order and returns the odd position just before the first table of a
    /// section ranked `rank` or later, so a new table can go there without
    /// moving any other.
    fn renumber_tables_before(&mut self, rank: usize) -> isize {
        let mut tables: Vec<(isize, usize, &mut Table)> = Vec::new();
        let mut last = 0;
        for (key, item) in self.doc.as_table_mut().iter_mut() {
            let section_rank = section_rank(key.get());
            match item {
                Item::Table(t) if !t.is_dotted() => {
                    last = t.position().unwrap_or(last);
                    tables.push((last, section_rank, t));
                }
                Item::ArrayOfTables(a) => {
                    for t in a.iter_mut() {
                        last = t.position().unwrap_or(last);
                        tables.push((last, section_rank, t));
                    }
                }
                _ => {}
            }
        }
        tables.sort_by_key(|(pos, _, _)| *pos);
        let mut insert_at = None;
        for (i, (_, section_rank, table)) in tables.iter_mut().enumerate() {
            let even = 2 * (i as isize + 1);
            table.set_position(Some(even));
            if insert_at.is_none() && *section_rank >= rank {
                insert_at = Some(even - 1);
            }
        }
        insert_at.unwrap_or(2 * (tables.len() as isize + 1) + 1)
    }

    /// Replaces the list of tags. A list written over several lines keeps
    /// its comments: those of the tags that stay, and every comment line
    /// (see [`super::list`]).
    pub fn set_tags(&mut self, tags: &[String]) {
        let old = self.get(&[TAGS.path]).and_then(Value::as_array);
        let array = super::list::relist(old, tags);
        self.set(&[TAGS.path], Value::Array(array));
    }

    /// Returns the tags as the file lists them.
    pub fn tags(&self) -> Vec<String> {
        self.get(&[TAGS.path])
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Appends an `[[interactions]]` entry at the end of the history.
    pub fn append_interaction(&mut self, interaction: &Interaction) {
        let table = interaction_table(interaction);
        self.append_entry("interactions", table);
    }

    /// Appends a `[[deals]]` entry.
    pub fn append_deal(&mut self, deal: &Deal) {
        self.append_entry("deals", deal_table(deal));
    }

    /// Sets `name` in the `index`-th entry of the array `key` (`deals`,
    /// `interactions`, in file order), keeping the entry's comments and the
    /// old value's decoration; a new key goes where the entry layout puts
    /// it. Returns false when there is no such entry.
    pub fn set_entry(&mut self, key: &str, index: usize, name: &str, value: Value) -> bool {
        let order = match key {
            "deals" => DEAL_KEYS,
            _ => INTERACTION_KEYS,
        };
        let done = match self.doc.get_mut(key) {
            Some(Item::ArrayOfTables(array)) => match array.get_mut(index) {
                Some(table) => {
                    set_in(table, name, value, order);
                    true
                }
                None => false,
            },
            Some(Item::Value(Value::Array(array))) => match array.get_mut(index) {
                Some(Value::InlineTable(inline)) => {
                    match inline.get_mut(name) {
                        Some(old) => {
                            let decor = old.decor().clone();
                            *old = value;
                            *old.decor_mut() = decor;
                        }
                        None => {
                            inline.insert(name, value);
                            inline.fmt();
                        }
                    }
                    true
                }
                _ => false,
            },
            _ => false,
        };
        self.changed |= done;
        done
    }

    /// Removes `name` from the `index`-th entry of the array `key`; returns
    /// false when it was not there.
    pub fn remove_from_entry(&mut self, key: &str, index: usize, name: &str) -> bool {
        let removed = match self.doc.get_mut(key) {
            Some(Item::ArrayOfTables(array)) => array
                .get_mut(index)
                .is_some_and(|t| t.remove(name).is_some()),
            Some(Item::Value(Value::Array(array))) => match array.get_mut(index) {
                Some(Value::InlineTable(inline)) => inline.remove(name).is_some(),
                _ => false,
            },
            _ => false,
        };
        self.changed |= removed;
        removed
    }

    /// Appends `[[interactions]]` entries in order; for bulk imports, where
    /// appending one by one would rescan the history for each entry.
    pub fn append_interactions(&mut self, interactions: &[Interaction]) {
        self.append_entries("interactions", interactions.iter().map(interaction_table));
    }

    /// Appends `[[deals]]` entries in order.
    pub fn append_deals(&mut self, deals: &[Deal]) {
        self.append_entries("deals", deals.iter().map(deal_table));
    }

    fn append_entries(&mut self, key: &str, mut tables: impl Iterator<Item = Table>) {
        let Some(first) = tables.next() else {
            return;
        };
        self.append_entry(key, first);
        if let Some(Item::ArrayOfTables(array)) = self.doc.get_mut(key) {
            let after = array.iter().filter_map(Table::position).max();
            for mut table in tables {
                table.set_position(after);
                array.push(table);
            }
            return;
        }
        // An inline list (`interactions = [{…}]`) grows one entry at a time.
        for table in tables {
            self.append_entry(key, table);
        }
    }

    /// Appends an entry to the array of tables `key` (`deals`,
    /// `interactions`), creating the array where the file layout puts it.
    pub fn append_entry(&mut self, key: &str, table: Table) {
        self.changed = true;
        if !self.doc.contains_key(key) {
            let rank = section_rank(key);
            let position = self.renumber_tables_before(rank + 1);
            let mut first = table;
            place(&mut first, Some(position));
            let mut array = ArrayOfTables::new();
            array.push(first);
            self.doc.insert(key, Item::ArrayOfTables(array));
            return;
        }
        match self.doc.get_mut(key) {
            Some(Item::ArrayOfTables(array)) => {
                let mut table = table;
                // After the last entry and the tables below it (a survey's
                // `[interactions.answers]`).
                let after = array.iter().filter_map(last_position).max();
                place(&mut table, after);
                array.push(table);
            }
            // The user wrote the list inline (`interactions = [{…}]`): keep
            // their style and add one more inline table.
            Some(Item::Value(Value::Array(array))) => {
                let mut inline = table.into_inline_table();
                inline.fmt();
                array.push(inline);
            }
            _ => {}
        }
    }

    /// Returns true when an edit was made since the document was read.
    pub fn is_changed(&self) -> bool {
        self.changed
    }

    /// Returns the syntax tree, for reading what this type has no method
    /// for. Custom fields added since the file was read may still wait at
    /// the end of `[fields]` for their place.
    pub fn document(&self) -> &DocumentMut {
        &self.doc
    }

    /// Returns the syntax tree for editing (the merge of two versions of a
    /// file); the document counts as changed.
    pub fn document_mut(&mut self) -> &mut DocumentMut {
        self.changed = true;
        place_fields(&mut self.doc, &std::mem::take(&mut self.unplaced));
        &mut self.doc
    }

    /// Returns the file's text.
    pub fn render(&self) -> String {
        let mut text = if self.unplaced.is_empty() {
            self.doc.to_string()
        } else {
            let mut doc = self.doc.clone();
            place_fields(&mut doc, &self.unplaced);
            doc.to_string()
        };
        if self.crlf {
            text = text.replace("\r\n", "\n").replace('\n', "\r\n");
        }
        if self.bom {
            text.insert(0, '\u{feff}');
        }
        text
    }
}

impl Default for CustomerDoc {
    fn default() -> Self {
        CustomerDoc::new()
    }
}

fn section_keys(section: &str) -> &'static [&'static str] {
    let layout = &*LAYOUT;
    match layout.table(section).filter(|t| *t > 0) {
        Some(t) => &layout.tables[usize::from(t)].keys,
        None => &[],
    }
}

/// Sets `key` in `table`. An existing value keeps its decoration (spacing
/// and trailing comment); a new key goes after the last present key that
/// precedes it in `order` (unknown keys stay where they are).
pub(crate) fn set_in(table: &mut Table, key: &str, value: Value, order: &[&str]) {
    if let Some(item) = table.get_mut(key)
        && let Item::Value(old) = item
    {
        let decor = old.decor().clone();
        *old = value;
        *old.decor_mut() = decor;
        return;
    }
    table.insert(key, Item::Value(value));
    let Some(rank) = order.iter().position(|k| *k == key) else {
        return;
    };
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    let mut desired: Vec<&str> = keys
        .iter()
        .map(String::as_str)
        .filter(|k| *k != key)
        .collect();
    let insert_at = desired
        .iter()
        .rposition(|k| order.iter().position(|o| o == k).is_some_and(|r| r < rank))
        .map_or(0, |i| i + 1);
    if insert_at == desired.len() {
        // Inserted at the end: where it goes.
        return;
    }
    desired.insert(insert_at, key);
    let index: HashMap<&str, usize> = desired.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    let index_of = |k: &str| index.get(k).copied().unwrap_or(usize::MAX);
    table.sort_values_by(|k1, _, k2, _| index_of(k1.get()).cmp(&index_of(k2.get())));
}

/// Puts the custom fields `unplaced` (added at the end of `[fields]`) in
/// their places, as if each had been placed as it came: after the last
/// field of the file that sorts before it (first when none does), and in
/// alphabetical order among the new ones. Costs a sort of the table, once
/// for any number of new fields.
fn place_fields(doc: &mut DocumentMut, unplaced: &[String]) {
    if unplaced.is_empty() {
        return;
    }
    let Some(Item::Table(table)) = doc.get_mut(CUSTOM_TABLE) else {
        return;
    };
    let new: HashSet<&str> = unplaced.iter().map(String::as_str).collect();
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    let (mut fresh, old): (Vec<&str>, Vec<&str>) = keys
        .iter()
        .map(String::as_str)
        .partition(|k| new.contains(k));
    // The old fields by name, each with the latest place in the file of a
    // field sorting at or before it.
    let mut by_name: Vec<(&str, usize)> = old.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    by_name.sort_unstable();
    let latest: Vec<usize> = by_name
        .iter()
        .scan(0, |m, (_, i)| {
            *m = (*m).max(*i + 1);
            Some(*m)
        })
        .collect();
    // A field's place: (after how many old fields, new, rank among new).
    let mut place: HashMap<&str, (usize, bool, usize)> = HashMap::with_capacity(keys.len());
    for (i, k) in old.iter().enumerate() {
        place.insert(k, (i + 1, false, 0));
    }
    fresh.sort_unstable();
    for (n, k) in fresh.iter().enumerate() {
        let before = by_name.partition_point(|(name, _)| name < k);
        let after = if before == 0 { 0 } else { latest[before - 1] };
        place.insert(k, (after, true, n));
    }
    let place_of = |k: &str| place.get(k).copied().unwrap_or((usize::MAX, true, 0));
    table.sort_values_by(|k1, _, k2, _| place_of(k1.get()).cmp(&place_of(k2.get())));
}

/// Puts an entry's table and the tables below it at `position`, so they
/// print together, in order, after what precedes them.
fn place(table: &mut Table, position: Option<isize>) {
    table.set_position(position);
    for (_, item) in table.iter_mut() {
        if let Item::Table(sub) = item {
            place(sub, position);
        }
    }
}

/// Returns the last position of an entry's table and the tables below it.
fn last_position(table: &Table) -> Option<isize> {
    let below = table.iter().filter_map(|(_, item)| match item {
        Item::Table(sub) => last_position(sub),
        _ => None,
    });
    table.position().into_iter().chain(below).max()
}

/// Returns the TOML value of an amount, written with two decimals (`1500.00`).
pub fn money_value(m: Money) -> Value {
    m.to_string()
        .parse()
        .expect("a formatted amount is a valid TOML float")
}

/// Returns the native TOML value of a date or date-time.
pub fn date_value(w: When) -> Value {
    Value::from(w.to_toml())
}

fn interaction_table(i: &Interaction) -> Table {
    let mut t = Table::new();
    for key in INTERACTION_KEYS {
        let value = match *key {
            "date" => Some(date_value(i.date)),
            "kind" => Some(Value::from(i.kind.as_str())),
            "amount" => i.amount.map(money_value),
            "summary" => i.summary.as_deref().map(Value::from),
            "ref" => i.reference.as_deref().map(Value::from),
            "nps" => i.nps.map(|n| Value::from(i64::from(n))),
            "csat" => i.csat.map(|n| Value::from(i64::from(n))),
            "ces" => i.ces.map(|n| Value::from(i64::from(n))),
            "from" => i.from.as_deref().map(Value::from),
            "to" => i.to.as_deref().map(Value::from),
            "resolved" => i.resolved.map(date_value),
            "owner" => i.owner.as_deref().map(Value::from),
            "priority" => i.priority.as_deref().map(Value::from),
            _ => None,
        };
        if let Some(v) = value {
            t.insert(key, Item::Value(v));
        }
    }
    for (key, value) in &i.extra {
        // A survey's answers go in a table of their own below the entry
        // (`[interactions.answers]`), one answer a line: a diff shows which
        // answers changed.
        if let (crate::survey::ANSWERS_KEY, crate::model::Value::Table(answers)) =
            (key.as_str(), value)
        {
            let mut sub = Table::new();
            for (k, v) in answers {
                sub.insert(k, Item::Value(crate::book::values::to_toml(v)));
            }
            t.insert(key, Item::Table(sub));
            continue;
        }
        t.insert(key, Item::Value(crate::book::values::to_toml(value)));
    }
    t
}

fn deal_table(d: &Deal) -> Table {
    let mut t = Table::new();
    for key in DEAL_KEYS {
        let value = match *key {
            "title" => Some(Value::from(d.title.as_str())),
            "key" => d.key.as_deref().map(Value::from),
            "lost_reason" => d.lost_reason.as_deref().map(Value::from),
            "value" => d.value.map(money_value),
            "stage" => Some(Value::from(d.stage.as_str())),
            "opened" => d.opened.map(|x| date_value(When::Date(x))),
            "closed" => d.closed.map(|x| date_value(When::Date(x))),
            _ => None,
        };
        if let Some(v) = value {
            t.insert(key, Item::Value(v));
        }
    }
    for (key, value) in &d.extra {
        t.insert(key, Item::Value(crate::book::values::to_toml(value)));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::change::{self, Change};
    use chrono::NaiveDate;

    const TAGGED: &str = "\
name = \"Anna\"
# the tags
tags = [ # kept by sales
  # key accounts
  \"vip\", # since the 2024 renewal
  \"b2b\", # from the fair
  # more to come
] # reviewed in March
email = \"anna@example.lv\"
";

    fn edited(text: &str, changes: &[Change]) -> String {
        let mut doc = CustomerDoc::parse(text).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        for c in changes {
            change::apply(&mut doc, c, today);
        }
        doc.render()
    }

    #[test]
    fn comments_inside_a_multi_line_tag_list_survive_adding_a_tag() {
        let after = edited(TAGGED, &[Change::AddTag("new".into())]);
        assert_eq!(
            after,
            TAGGED.replace(
                "  \"b2b\", # from the fair\n",
                "  \"b2b\", # from the fair\n  \"new\",\n"
            )
        );
    }

    #[test]
    fn comments_inside_a_multi_line_tag_list_survive_removing_a_tag() {
        // The removed tag's own comment goes with it; every other stays.
        let after = edited(TAGGED, &[Change::RemoveTag("b2b".into())]);
        assert_eq!(after, TAGGED.replace("  \"b2b\", # from the fair\n", ""));
        let after = edited(TAGGED, &[Change::RemoveTag("vip".into())]);
        assert_eq!(
            after,
            TAGGED.replace("  \"vip\", # since the 2024 renewal\n", "")
        );
        // A list without a trailing comma.
        let text = "tags = [\n  \"vip\", # since 2024\n  \"b2b\" # fair\n]\n";
        let after = edited(text, &[Change::RemoveTag("b2b".into())]);
        assert_eq!(after, "tags = [\n  \"vip\" # since 2024\n]\n");
        let after = edited(text, &[Change::AddTag("x".into())]);
        assert_eq!(
            after,
            "tags = [\n  \"vip\", # since 2024\n  \"b2b\", # fair\n  \"x\"\n]\n"
        );
    }

    #[test]
    fn comments_inside_a_multi_line_tag_list_survive_replacing_the_list() {
        // Each tag that stays keeps its comment and the comment lines above
        // it, in the new order.
        let after = edited(
            TAGGED,
            &[Change::Tags(vec!["b2b".into(), "a".into(), "vip".into()])],
        );
        assert_eq!(
            after,
            "\
name = \"Anna\"
# the tags
tags = [ # kept by sales
  \"b2b\", # from the fair
  \"a\",
  # key accounts
  \"vip\", # since the 2024 renewal
  # more to come
] # reviewed in March
email = \"anna@example.lv\"
"
        );
        // Replaced by tags none of which stay: the comment lines stay.
        let after = edited(TAGGED, &[Change::Tags(vec!["x".into()])]);
        assert_eq!(
            after,
            "\
name = \"Anna\"
# the tags
tags = [ # kept by sales
  \"x\",
  # key accounts
  # more to come
] # reviewed in March
email = \"anna@example.lv\"
"
        );
    }

    #[test]
    fn tags_sharing_a_line_keep_it_when_one_goes() {
        let text = "tags = [\n  \"a\", \"b\", # ab\n  \"c\", \"d\",\n]\n";
        let after = edited(text, &[Change::RemoveTag("b".into())]);
        assert_eq!(after, "tags = [\n  \"a\", # ab\n  \"c\", \"d\",\n]\n");
        let after = edited(text, &[Change::RemoveTag("c".into())]);
        assert_eq!(after, "tags = [\n  \"a\", \"b\", # ab\n  \"d\",\n]\n");
    }

    #[test]
    fn a_tag_list_on_one_line_is_written_as_before() {
        let text = "tags = [\"vip\", \"b2b\"] # note\n";
        let after = edited(text, &[Change::AddTag("x".into())]);
        assert_eq!(after, "tags = [\"vip\", \"b2b\", \"x\"] # note\n");
    }

    #[test]
    fn new_custom_fields_go_in_alphabetical_order_after_the_fields_before_them() {
        // The file's own order (not alphabetical) is kept; each new field
        // goes after the last field sorting before it, as if placed one by
        // one, whatever the order they are set in.
        let text = "name = \"A\"\n\n[fields]\nm = 1 # m\nc = 2\nx = 3\n";
        let want =
            "name = \"A\"\n\n[fields]\na = 0\nm = 1 # m\nc = 2\nd = 0\nn = 0\nx = 3\ny = 0\n";
        for order in [
            ["y", "n", "d", "a"],
            ["a", "d", "n", "y"],
            ["n", "a", "y", "d"],
        ] {
            let changes: Vec<Change> = order
                .iter()
                .map(|k| Change::Value(vec!["fields".into(), k.to_string()], Value::from(0)))
                .collect();
            assert_eq!(edited(text, &changes), want, "set in the order {order:?}");
        }
    }
}
