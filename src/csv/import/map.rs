//! The map pass: which field each column of the file gives, the columns a
//! kind of file cannot do without, the `--map-value` renames, how each date
//! column writes its dates, and the notes saying which columns are left
//! out (or, for a dry run, where each goes).

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::csv::dates::DateReader;
use crate::csv::dialects::Dialect;
use crate::csv::mapping::{self, Kind, Mapping, ValueMaps};
use crate::csv::problems::Problems;
use crate::csv::source::Table;
use crate::csv::synonyms;
use crate::diag::Notes;
use crate::error::{Error, Result};
use crate::model::fields::{self, CUSTOM_PREFIX, EMAIL, ID, NAME, Slot};
use crate::model::{FieldType, Schema};

use super::Options;

/// Maps the columns of `table` (of the file `name`) with the options'
/// `--map` (after those of the export `dialect`, which they override),
/// refuses a file that lacks a column every row needs, and parses the
/// `--map-value` renames (the user's before the dialect's).
pub(super) fn map(
    name: &str,
    table: &Table,
    schema: &Schema,
    options: &Options,
    dialect: Option<&Dialect>,
) -> Result<(Mapping, ValueMaps)> {
    let kind = options.kind;
    let mut maps = options.maps.clone();
    let mut map_values = Vec::new();
    if let Some(d) = dialect {
        maps = dialect_maps(table, d, &options.maps);
        map_values.extend(d.map_values.iter().map(|v| v.to_string()));
    }
    let mapping = mapping::map_columns(table, kind, schema, &maps, options.keep_unmapped)?;
    require_columns(name, table, &mapping, kind)?;
    map_values.extend(options.map_values.iter().cloned());
    let maps = ValueMaps::parse(&map_values, kind, schema)?;
    Ok((mapping, maps))
}

/// Returns the dialect's `Column=field` maps for the columns the file has
/// and the user's `--map` leaves alone, followed by the user's.
fn dialect_maps(table: &Table, dialect: &Dialect, user: &[String]) -> Vec<String> {
    let split = |spec: &str| {
        spec.rsplit_once('=')
            .map(|(c, t)| (synonyms::normal(c), t.trim().to_string()))
    };
    let user_split: Vec<(String, String)> = user.iter().filter_map(|m| split(m)).collect();
    let mut maps: Vec<String> = dialect
        .maps
        .iter()
        .filter(|spec| {
            let Some((column, target)) = split(spec) else {
                return false;
            };
            let in_file = table.headers.iter().any(|h| synonyms::normal(h) == column);
            let overridden = user_split
                .iter()
                .any(|(c, t)| *c == column || (!target.is_empty() && *t == target));
            in_file && !overridden
        })
        .map(|spec| spec.to_string())
        .collect();
    maps.extend(user.iter().cloned());
    maps
}

/// Returns the date reader of each column that holds dates; a column whose
/// slashed dates read two ways without `--date-format` is a problem of the
/// file.
pub(super) fn dates(
    table: &Table,
    mapping: &Mapping,
    kind: Kind,
    schema: &Schema,
    date_format: Option<&str>,
    dialect: Option<&Dialect>,
    problems: &mut Problems,
) -> BTreeMap<usize, DateReader> {
    let date_columns: Vec<usize> = mapping
        .columns()
        .filter(|(_, t)| is_date_target(kind, t, schema))
        .map(|(c, _)| c)
        .collect();
    let (dates, undecided) =
        crate::csv::cells::date_readers(table, &date_columns, date_format, dialect);
    for (column, why) in undecided {
        problems.file.push(crate::msg!(
            "import.date-order",
            column = table.column_name(column),
            why = why
        ));
    }
    dates
}

/// The column each field comes from, by the name messages give it; kept
/// when the table itself is let go.
pub(super) struct Columns(HashMap<String, String>);

impl Columns {
    pub(super) fn of(table: &Table, mapping: &Mapping) -> Columns {
        Columns(
            mapping
                .columns()
                .map(|(c, t)| (t.to_string(), table.column_name(c)))
                .collect(),
        )
    }

    /// Returns the name of the column `field` comes from.
    pub(super) fn name(&self, field: &str) -> String {
        self.0
            .get(field)
            .cloned()
            .unwrap_or_else(|| field.to_string())
    }
}

fn is_date_target(kind: Kind, target: &str, schema: &Schema) -> bool {
    match kind {
        Kind::Customers => {
            fields::by_path(target)
                .is_some_and(|f| matches!(f.slot, Slot::Date(..) | Slot::When(..)))
                || target
                    .strip_prefix(CUSTOM_PREFIX)
                    .and_then(|f| schema.fields.get(f))
                    .is_some_and(|d| d.ty == FieldType::Date)
        }
        Kind::Interactions => matches!(target, "date" | "resolved"),
        Kind::Deals => matches!(target, "opened" | "closed"),
    }
}

/// Refuses a file that lacks a column every row needs, before reading rows.
fn require_columns(name: &str, table: &Table, mapping: &Mapping, kind: Kind) -> Result<()> {
    let has = |t: &str| mapping.column(t).is_some();
    let missing: Vec<&str> = match kind {
        Kind::Customers => {
            let (first, last) = (synonyms::FIRST_NAME, synonyms::LAST_NAME);
            if has(NAME.path) || has(first) || has(last) || has(ID) || has(EMAIL.path) {
                vec![]
            } else {
                vec![NAME.path]
            }
        }
        Kind::Interactions => {
            let mut m = vec![];
            if !has("customer") && !has("email") {
                m.push("customer");
            }
            m.extend(["date", "kind"].into_iter().filter(|t| !has(t)));
            m
        }
        Kind::Deals => {
            let mut m = vec![];
            if !has("customer") && !has("email") {
                m.push("customer");
            }
            m.extend(["title", "stage"].into_iter().filter(|t| !has(t)));
            m
        }
    };
    if missing.is_empty() {
        return Ok(());
    }
    let first = missing[0];
    Err(Error::data(crate::msg!(
        "import.no-column",
        name = name,
        fields = missing
            .iter()
            .map(|m| format!("`{m}`"))
            .collect::<Vec<_>>()
            .join(", "),
        columns = table.headers.join(", ")
    ))
    .with_hint(crate::msg!(
        "import.no-column-hint",
        map = format!("--map 'Column={first}'")
    )))
}

/// Tells which columns are left out (and, for a dry run, where each of the
/// others goes).
pub(super) fn tell_mapping(
    table: &Table,
    mapping: &Mapping,
    kind: Kind,
    dry_run: bool,
    notes: &dyn Notes,
) {
    if dry_run {
        let mut parts: Vec<String> = mapping
            .columns()
            .map(|(c, t)| {
                let mut part = format!("`{}` → {t}", table.column_name(c));
                for &f in mapping.fallbacks.get(&c).into_iter().flatten() {
                    part.push(' ');
                    part.push_str(&crate::msg!(
                        "import.column-else",
                        column = table.column_name(f)
                    ));
                }
                part
            })
            .collect();
        if parts.is_empty() {
            parts.push(crate::msg!("import.columns-none"));
        }
        notes.note(&crate::msg!("import.columns", columns = parts.join(", ")));
    }
    let fallbacks: HashSet<usize> = mapping.fallbacks.values().flatten().copied().collect();
    let left_out: Vec<String> = mapping
        .skipped
        .iter()
        .filter(|s| s.why != "skipped with --map" && !fallbacks.contains(&s.column))
        .filter(|s| {
            !(s.header.is_empty() || s.header.starts_with("column "))
                || column_has_values(table, s.column)
        })
        .map(|s| {
            if s.why.is_empty() {
                format!("`{}`", s.header)
            } else {
                format!("`{}` ({})", s.header, s.why)
            }
        })
        .collect();
    if !left_out.is_empty() {
        notes.warning(&crate::msg!(
            "import.not-imported",
            columns = left_out.join(", ")
        ));
    }
    if !mapping.kept.is_empty() {
        let kept: Vec<String> = mapping
            .kept
            .iter()
            .map(|&c| {
                crate::msg!(
                    "import.kept-column",
                    column = table.column_name(c),
                    field = mapping.targets[c].as_deref().unwrap_or("")
                )
            })
            .collect();
        let id = match kind {
            Kind::Customers => "import.kept-custom",
            _ => "import.kept-extra",
        };
        notes.note(&crate::msg!(id, columns = kept.join(", ")));
    }
}

fn column_has_values(table: &Table, column: usize) -> bool {
    table.rows().any(|r| !r.get(column).trim().is_empty())
}
