//! Which column goes to which field: by the field's own name or path
//! (`email`, `address.city`, `fields.industry`, a declared custom field's
//! name), by the built-in synonyms of other programs' exports, and by
//! `--map 'Column=field'`, which wins over both. `--map-value` renames the
//! values of a field (`--map-value 'stage:Marketing Qualified Lead=lead'`).

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use super::source::Table;
use super::synonyms;
use crate::error::{Error, Result};
use crate::model::Schema;
use crate::model::fields::{self, CUSTOM_PREFIX, ID, NAME, STAGE};
use crate::model::parse::nearest;
use crate::model::translit;

/// The fields a column of customers can go to: the stored keys, with the
/// id and a name in two parts (joined on import).
static CUSTOMER_TARGETS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut targets = vec![ID, NAME.path, synonyms::FIRST_NAME, synonyms::LAST_NAME];
    targets.extend(fields::paths().filter(|path| *path != NAME.path));
    targets
});

/// Returns the help of `import --map`, with the fields a column of
/// customers can go to (a table's keys as `address.*`).
pub fn map_help() -> String {
    let mut names: Vec<String> = vec![
        ID.into(),
        NAME.path.into(),
        synonyms::FIRST_NAME.into(),
        synonyms::LAST_NAME.into(),
    ];
    let (head, tail) = fields::around_custom();
    let custom = format!("{CUSTOM_PREFIX}NAME");
    let listed = head
        .iter()
        .map(Some)
        .chain([None])
        .chain(tail.iter().map(Some));
    for f in listed {
        let name = match f.map(|f| (f, f.table())) {
            None => custom.clone(),
            Some((_, Some(t))) => format!("{t}.*"),
            Some((f, None)) => f.path.to_string(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    format!(
        "Map a column to a field, as 'Column=field' (repeatable); 'Column=' leaves the column out. Fields: {}",
        names.join(", ")
    )
}

/// What a file holds: customers, interactions or deals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Customers,
    Interactions,
    Deals,
}

impl Kind {
    /// Returns the fixed fields a column can go to.
    pub fn targets(self) -> &'static [&'static str] {
        match self {
            Kind::Customers => CUSTOMER_TARGETS.as_slice(),
            Kind::Interactions => &[
                "customer", "email", "date", "kind", "amount", "summary", "ref", "nps", "csat",
                "ces", "from", "to", "resolved", "owner", "priority", "deal", "survey", "answers",
            ],
            Kind::Deals => &[
                "customer",
                "email",
                "title",
                "key",
                "value",
                "stage",
                "opened",
                "closed",
                "lost_reason",
                "expected",
                "owner",
            ],
        }
    }

    fn synonyms(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            Kind::Customers => synonyms::CUSTOMERS.as_slice(),
            Kind::Interactions => synonyms::INTERACTIONS,
            Kind::Deals => synonyms::DEALS,
        }
    }

    /// Returns the field `--map-value` renames when it names none.
    pub fn default_value_field(self) -> &'static str {
        match self {
            Kind::Customers => STAGE.path,
            Kind::Deals => "stage",
            Kind::Interactions => "kind",
        }
    }

    /// Returns true when `target` is a field of this kind of file.
    fn knows(self, target: &str, schema: &Schema) -> bool {
        self.targets().contains(&target)
            || (self == Kind::Customers
                && target
                    .strip_prefix(CUSTOM_PREFIX)
                    .is_some_and(|name| is_field_name(name) || schema.fields.contains_key(name)))
    }
}

/// Returns true for a name `--keep-unmapped` and `--map` may give a custom
/// field: lowercase ASCII letters, digits and `_`.
fn is_field_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Returns `Country / Region` as `country_region`: the name
/// `--keep-unmapped` gives a column.
pub fn snake_case(header: &str) -> String {
    let mut out = String::new();
    for c in translit::fold(header).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// A column that is not imported, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub column: usize,
    pub header: String,
    pub why: String,
}

/// The field of each column.
#[derive(Clone, Debug, Default)]
pub struct Mapping {
    /// For each column, the field it goes to (`email`, `fields.industry`,
    /// or for `--keep-unmapped` columns of interactions and deals, the key).
    pub targets: Vec<Option<String>>,
    /// The columns not imported.
    pub skipped: Vec<Skipped>,
    /// The columns imported only because of `--keep-unmapped`.
    pub kept: Vec<usize>,
    /// For a column found by name: the other columns of the same field, in
    /// order of preference, read when its cell is empty (`MobilePhone` when
    /// `Phone` is empty).
    pub fallbacks: BTreeMap<usize, Vec<usize>>,
}

impl Mapping {
    /// Returns the column that goes to `target`.
    pub fn column(&self, target: &str) -> Option<usize> {
        self.targets
            .iter()
            .position(|t| t.as_deref() == Some(target))
    }

    /// Returns `(column, target)` for every imported column.
    pub fn columns(&self) -> impl Iterator<Item = (usize, &str)> {
        self.targets
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.as_deref().map(|t| (i, t)))
    }
}

/// Maps the columns of `table`. `maps` are the `--map` options as given.
pub fn map_columns(
    table: &Table,
    kind: Kind,
    schema: &Schema,
    maps: &[String],
    keep_unmapped: bool,
) -> Result<Mapping> {
    let n = table.headers.len();
    // (class, rank): class 0 is --map, 1 the field's own name, 2 a synonym.
    let mut candidates: Vec<Option<(String, (u8, usize))>> = vec![None; n];
    let mut explicit_skip = vec![false; n];
    for spec in maps {
        let (column, target) = spec.rsplit_once('=').ok_or_else(|| {
            Error::usage(crate::msg!("map.write-column-field", spec = spec.as_str()))
        })?;
        let i = find_column(table, column.trim()).ok_or_else(|| {
            Error::usage(crate::msg!(
                "map.no-column",
                spec = spec.as_str(),
                column = column.trim()
            ))
            .with_hint(crate::msg!(
                "map.its-columns",
                columns = table.headers.join(", ")
            ))
        })?;
        let target = target.trim();
        if target.is_empty() || target == "-" {
            explicit_skip[i] = true;
            continue;
        }
        if !kind.knows(target, schema) {
            let all = all_targets(kind, schema);
            let hint = match nearest(target, all.iter().map(String::as_str)) {
                Some(near) => crate::msg!("cmd.did-you-mean", name = near),
                None => crate::msg!("map.fields", fields = all.join(", ")),
            };
            return Err(Error::usage(crate::msg!(
                "map.not-a-field",
                spec = spec.as_str(),
                target = target
            ))
            .with_hint(hint));
        }
        if let Some((other, _)) = candidates.iter().enumerate().find(|(_, c)| {
            c.as_ref()
                .is_some_and(|(t, (class, _))| *class == 0 && t == target)
        }) {
            return Err(Error::usage(crate::msg!(
                "map.both",
                first = table.column_name(other),
                second = column.trim(),
                target = target
            )));
        }
        candidates[i] = Some((target.to_string(), (0, 0)));
    }
    for (i, header) in table.headers.iter().enumerate() {
        if candidates[i].is_some() || explicit_skip[i] || header.is_empty() {
            continue;
        }
        candidates[i] = automatic(header, kind, schema);
    }
    // The best column for each field wins.
    let mut winner: BTreeMap<String, (u8, usize, usize)> = BTreeMap::new();
    for (i, c) in candidates.iter().enumerate() {
        if let Some((target, (class, rank))) = c {
            let key = (*class, *rank, i);
            let entry = winner.entry(target.clone()).or_insert(key);
            if key < *entry {
                *entry = key;
            }
        }
    }
    let mut mapping = Mapping {
        targets: vec![None; n],
        ..Mapping::default()
    };
    let mut others: Vec<(u8, usize, usize, usize)> = Vec::new();
    for (i, c) in candidates.into_iter().enumerate() {
        let header = table.column_name(i);
        match c {
            Some((target, _)) if winner[&target].2 == i => mapping.targets[i] = Some(target),
            Some((target, (class, rank))) if winner[&target].0 > 0 => {
                others.push((class, rank, i, winner[&target].2));
                mapping.skipped.push(Skipped {
                    column: i,
                    header,
                    why: crate::msg!(
                        "map.read-where-empty",
                        column = table.column_name(winner[&target].2)
                    ),
                });
            }
            Some((target, _)) => mapping.skipped.push(Skipped {
                column: i,
                header,
                why: crate::msg!(
                    "map.comes-from",
                    target = target.as_str(),
                    column = table.column_name(winner[&target].2)
                ),
            }),
            None if explicit_skip[i] => mapping.skipped.push(Skipped {
                column: i,
                header,
                why: "skipped with --map".into(),
            }),
            None => mapping.skipped.push(Skipped {
                column: i,
                header,
                why: String::new(),
            }),
        }
    }
    others.sort();
    for (_, _, column, winner) in others {
        mapping.fallbacks.entry(winner).or_default().push(column);
    }
    if keep_unmapped {
        keep(&mut mapping, table, kind);
    }
    Ok(mapping)
}

/// Gives each column no field took a field of its own name
/// (`fields.record_id` for customers, a key of the entry otherwise).
fn keep(mapping: &mut Mapping, table: &Table, kind: Kind) {
    let mut taken: HashSet<String> = mapping.targets.iter().flatten().cloned().collect();
    let mut still = Vec::new();
    for s in std::mem::take(&mut mapping.skipped) {
        if !s.why.is_empty() || table.headers[s.column].is_empty() {
            still.push(s);
            continue;
        }
        let name = snake_case(&table.headers[s.column]);
        let target = match kind {
            Kind::Customers => format!("{CUSTOM_PREFIX}{name}"),
            _ => name.clone(),
        };
        let clash = name.is_empty()
            || taken.contains(&target)
            || (kind != Kind::Customers && is_reserved_key(kind, &name));
        if clash {
            still.push(Skipped {
                why: crate::msg!("map.name-taken", name = name.as_str()),
                ..s
            });
        } else {
            taken.insert(target.clone());
            mapping.targets[s.column] = Some(target);
            mapping.kept.push(s.column);
        }
    }
    mapping.skipped = still;
}

/// Returns true for keys an interaction or deal already has.
fn is_reserved_key(kind: Kind, name: &str) -> bool {
    kind.targets().contains(&name)
        || crate::model::parse::INTERACTION_KEYS.contains(&name)
        || crate::model::parse::DEAL_KEYS.contains(&name)
}

/// Returns every field a column can go to, for suggestions.
fn all_targets(kind: Kind, schema: &Schema) -> Vec<String> {
    let mut all: Vec<String> = kind.targets().iter().map(|s| s.to_string()).collect();
    if kind == Kind::Customers {
        all.extend(schema.fields.keys().map(|f| format!("{CUSTOM_PREFIX}{f}")));
    }
    all
}

/// Finds a column by its header: exactly, else in normal form.
fn find_column(table: &Table, name: &str) -> Option<usize> {
    table.headers.iter().position(|h| h == name).or_else(|| {
        let want = synonyms::normal(name);
        table
            .headers
            .iter()
            .position(|h| synonyms::normal(h) == want)
    })
}

/// Returns the field a header names by itself, with its priority.
fn automatic(header: &str, kind: Kind, schema: &Schema) -> Option<(String, (u8, usize))> {
    // A column named `id` is rapport's own id; other programs' `ID`, `Record
    // ID` or `Id` columns hold their ids, which are not rapport's.
    if header == ID && kind == Kind::Customers {
        return Some((ID.into(), (1, 0)));
    }
    if header == ID {
        return Some(("customer".into(), (1, 0)));
    }
    if header != ID && kind.targets().contains(&header) {
        return Some((header.to_string(), (1, 0)));
    }
    if kind == Kind::Customers {
        if let Some(name) = header.strip_prefix(CUSTOM_PREFIX)
            && (schema.fields.contains_key(name) || is_field_name(name))
        {
            return Some((header.to_string(), (1, 0)));
        }
        if schema.fields.contains_key(header) {
            return Some((format!("{CUSTOM_PREFIX}{header}"), (1, 0)));
        }
        let normal = synonyms::normal(header);
        if let Some(name) = schema.fields.keys().find(|f| synonyms::normal(f) == normal) {
            return Some((format!("{CUSTOM_PREFIX}{name}"), (2, 0)));
        }
    }
    synonyms::lookup(kind.synonyms(), header).map(|(f, rank)| (f.to_string(), (2, rank)))
}

/// Renamings of values, from `--map-value 'field:Value=target'`.
#[derive(Clone, Debug, Default)]
pub struct ValueMaps {
    /// field → (value lowercased → replacement)
    maps: BTreeMap<String, BTreeMap<String, String>>,
}

impl ValueMaps {
    /// Parses the `--map-value` options. The field may be left out
    /// (`'Marketing Qualified Lead=lead'`): it is then the stage (the
    /// interaction kind for `--interactions`).
    pub fn parse(specs: &[String], kind: Kind, schema: &Schema) -> Result<ValueMaps> {
        let mut out = ValueMaps::default();
        for spec in specs {
            let (field, rest) = match spec.split_once(':') {
                Some((f, rest)) if kind.knows(f.trim(), schema) => (f.trim(), rest),
                _ => (kind.default_value_field(), spec.as_str()),
            };
            let (from, to) = rest.rsplit_once('=').ok_or_else(|| {
                Error::usage(crate::msg!("import.map-value-form", spec = spec.as_str()))
            })?;
            out.maps
                .entry(field.to_string())
                .or_default()
                .insert(from.trim().to_lowercase(), to.trim().to_string());
        }
        Ok(out)
    }

    /// Returns `value` renamed for `field` (compared without regard to case
    /// and surrounding spaces), or `value` itself.
    pub fn apply<'v>(&'v self, field: &str, value: &'v str) -> &'v str {
        let Some(map) = self.maps.get(field) else {
            return value;
        };
        map.get(&value.trim().to_lowercase())
            .map_or(value, String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv::source;

    fn mapped(csv: &str, maps: &[&str], keep: bool) -> (Vec<Option<String>>, Vec<Skipped>) {
        let table = source::parse("x.csv", csv, None).unwrap();
        let maps: Vec<String> = maps.iter().map(|s| s.to_string()).collect();
        let m = map_columns(&table, Kind::Customers, &Schema::default(), &maps, keep).unwrap();
        (m.targets, m.skipped)
    }

    #[test]
    fn maps_a_hubspot_header_without_help() {
        let (targets, skipped) = mapped(
            "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Lifecycle Stage,Create Date,Contact owner,City,Country/Region\n",
            &[],
            false,
        );
        let targets: Vec<&str> = targets
            .iter()
            .map(|t| t.as_deref().unwrap_or("-"))
            .collect();
        assert_eq!(
            targets,
            [
                "-",
                "first_name",
                "last_name",
                "email",
                "phone",
                "company",
                "stage",
                "created",
                "owner",
                "address.city",
                "address.country"
            ]
        );
        assert_eq!(skipped.len(), 1);
        assert_eq!(skipped[0].header, "Record ID");
    }

    #[test]
    fn the_better_name_wins_and_map_wins_over_all() {
        let (targets, skipped) = mapped("Mobile,Phone,Notes\n", &[], false);
        assert_eq!(targets[1].as_deref(), Some("phone"));
        assert_eq!(targets[0], None);
        assert_eq!(skipped[0].why, "read where `Phone` is empty");

        let (targets, _) = mapped("Mobile,Phone\n", &["Mobile=phone", "Phone=-"], false);
        assert_eq!(targets[0].as_deref(), Some("phone"));
        assert_eq!(targets[1], None);
    }

    #[test]
    fn keeps_unmapped_columns_as_custom_fields() {
        let (targets, skipped) = mapped("Name,Record ID,Country / Region\n", &[], true);
        assert_eq!(targets[1].as_deref(), Some("fields.record_id"));
        assert_eq!(targets[2].as_deref(), Some("address.country"));
        assert!(skipped.is_empty());
        assert_eq!(snake_case("Piezīmes (2024)"), "piezimes_2024");
    }

    #[test]
    fn refuses_maps_to_unknown_fields_and_columns() {
        let table = source::parse("x.csv", "Name,Mail\n", None).unwrap();
        let bad = |m: &str| {
            map_columns(
                &table,
                Kind::Customers,
                &Schema::default(),
                &[m.to_string()],
                false,
            )
            .unwrap_err()
        };
        assert_eq!(bad("Mail=emial").hint(), Some("did you mean `email`?"));
        assert!(bad("Nope=email").to_string().contains("no column `Nope`"));
    }

    #[test]
    fn renames_values_by_field() {
        let maps = ValueMaps::parse(
            &[
                "stage:Marketing Qualified Lead=prospect".to_string(),
                "Subscriber=lead".to_string(),
                "kind:Organisation=company".to_string(),
            ],
            Kind::Customers,
            &Schema::default(),
        )
        .unwrap();
        assert_eq!(maps.apply("stage", "marketing qualified lead "), "prospect");
        assert_eq!(maps.apply("stage", "Subscriber"), "lead");
        assert_eq!(maps.apply("kind", "Organisation"), "company");
        assert_eq!(maps.apply("stage", "Customer"), "Customer");
    }
}
