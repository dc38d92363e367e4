//! The validate pass: every row read into typed, checked values (in
//! parallel; problems kept by line), and, when anything is wrong, every
//! problem listed and the import refused before anything is written.

use crate::book::load::Progress;
use crate::csv::cells::Reader;
use crate::csv::customers::{self, CustomerRow};
use crate::csv::entries::{self, EntryRow};
use crate::csv::mapping::Kind;
use crate::csv::problems::{Problems, lines_text};
use crate::diag::Notes;
use crate::error::Error;
use crate::model::fields::{CUSTOM_PREFIX, KIND, STAGE};
use crate::model::parse::nearest;
use crate::model::{Deal, FieldType, Interaction, Schema};

use super::map::Columns;

/// Reads every row of a customers file; its problems join `problems`.
pub(super) fn customers(
    reader: &Reader<'_>,
    schema: &Schema,
    problems: &mut Problems,
    progress: &dyn Progress,
) -> Vec<CustomerRow> {
    reading(reader, problems, progress, || {
        customers::read_rows(reader, schema, progress)
    })
}

/// Reads every row of an interactions file.
pub(super) fn interactions(
    reader: &Reader<'_>,
    schema: &Schema,
    problems: &mut Problems,
    progress: &dyn Progress,
) -> Vec<EntryRow<Interaction>> {
    reading(reader, problems, progress, || {
        entries::read_interactions(reader, schema, progress)
    })
}

/// Reads every row of a deals file.
pub(super) fn deals(
    reader: &Reader<'_>,
    schema: &Schema,
    problems: &mut Problems,
    progress: &dyn Progress,
) -> Vec<EntryRow<Deal>> {
    reading(reader, problems, progress, || {
        entries::read_deals(reader, schema, progress)
    })
}

fn reading<T>(
    reader: &Reader<'_>,
    problems: &mut Problems,
    progress: &dyn Progress,
    read: impl FnOnce() -> (Vec<T>, Problems),
) -> Vec<T> {
    progress.stage("reading rows", Some(reader.table.len() as u64));
    let (rows, more) = read();
    progress.finish();
    problems.merge(more);
    rows
}

/// Lists every problem and returns the error that ends the import.
pub(super) fn refuse(
    name: &str,
    mut problems: Problems,
    columns: &Columns,
    kind: Kind,
    schema: &Schema,
    notes: &dyn Notes,
) -> Error {
    problems.sort();
    for why in &problems.file {
        notes.located(name, why);
    }
    for (line, why) in &problems.rows {
        notes.located(&format!("{name}:{line}"), why);
    }
    let mut hints = Vec::new();
    for (field, values) in &problems.unknown {
        let (allowed, setting) = allowed_values(kind, field, schema);
        let column = columns.name(field);
        notes.located(
            name,
            &crate::msg!(
                "import.unknown-values",
                column = column,
                count = values.len(),
                field = field,
                what = describe_field(kind, field),
                allowed = allowed.join(", ")
            ),
        );
        let mut maps = Vec::new();
        let mut values: Vec<(&String, Vec<u64>)> = values
            .iter()
            .map(|(v, lines)| {
                let mut lines = lines.clone();
                lines.sort_unstable();
                (v, lines)
            })
            .collect();
        values.sort_by_key(|(_, lines)| lines[0]);
        for (value, lines) in values {
            let also = if lines.len() > 1 {
                format!(
                    " {}",
                    crate::msg!("import.also-on", lines = lines_text(&lines[1..]))
                )
            } else {
                String::new()
            };
            notes.located(&format!("{name}:{}", lines[0]), &format!("`{value}`{also}"));
            maps.push(format!(
                "--map-value '{field}:{value}={}'",
                guess(value, &allowed)
            ));
        }
        hints.push(match setting {
            Some(s) => crate::msg!(
                "import.map-values-or-add",
                maps = maps.join(" "),
                setting = s
            ),
            None => crate::msg!("import.map-values", maps = maps.join(" ")),
        });
    }
    let bad = problems.bad_rows();
    let message = if bad == 0 {
        crate::msg!("import.refused", name = name)
    } else {
        crate::msg!("import.bad-rows", count = bad, name = name)
    };
    let error = Error::data(message);
    if !hints.is_empty() {
        error.with_hint(hints.join("; "))
    } else if bad > 0 {
        error.with_hint(crate::msg!("import.bad-rows-hint"))
    } else {
        // A problem of the whole file says itself what to do.
        error
    }
}

/// Returns the values a field allows and the setting of rapport.toml that
/// lists them.
fn allowed_values(kind: Kind, field: &str, schema: &Schema) -> (Vec<String>, Option<&'static str>) {
    match (kind, field) {
        (Kind::Customers, f) if f == STAGE.path => (schema.stages.clone(), Some("stages")),
        (Kind::Interactions, "from" | "to") => (schema.stages.clone(), Some("stages")),
        (Kind::Customers, f) if f == KIND.path => (vec!["person".into(), "company".into()], None),
        (Kind::Interactions, "kind") => {
            let mut k = schema.interaction_kinds.clone();
            k.push("stage".into());
            (k, Some("interaction_kinds"))
        }
        (Kind::Deals, "stage") => {
            let mut s = schema.deal_stages.clone();
            s.extend(["won".to_string(), "lost".to_string()]);
            (s, Some("deal_stages"))
        }
        (_, f) => match f
            .strip_prefix(CUSTOM_PREFIX)
            .and_then(|n| schema.fields.get(n))
            .map(|d| &d.ty)
        {
            Some(FieldType::Enum(v)) | Some(FieldType::List(Some(v))) => (v.clone(), None),
            _ => (Vec::new(), None),
        },
    }
}

/// Returns what the values of `field` are, as `import.unknown-values`
/// selects its words by: `stages`, `kinds`, `interaction-kinds`,
/// `deal-stages`, else `values` (of the field).
fn describe_field(kind: Kind, field: &str) -> &'static str {
    match (kind, field) {
        (Kind::Customers, f) if f == STAGE.path => "stages",
        (Kind::Interactions, "from" | "to") => "stages",
        (Kind::Customers, f) if f == KIND.path => "kinds",
        (Kind::Interactions, "kind") => "interaction-kinds",
        (Kind::Deals, "stage") => "deal-stages",
        _ => "values",
    }
}

/// Returns the allowed value a hint suggests for `value`: one named in it as
/// a word, else the nearest, else a placeholder.
fn guess(value: &str, allowed: &[String]) -> String {
    let lower = value.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    allowed
        .iter()
        .find(|a| words.contains(&a.to_lowercase().as_str()))
        .cloned()
        .or_else(|| nearest(&lower, allowed.iter().map(String::as_str)).map(str::to_string))
        .unwrap_or_else(|| "…".to_string())
}
