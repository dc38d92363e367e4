//! Importing customers: each row read into validated changes, then the rows
//! matched against the book (`--match id|email`, `--on-match`), ids given
//! to new customers, companies resolved, and every file to create or change
//! built with the format-preserving document, before anything is written.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rayon::prelude::*;
use toml_edit::Value as Toml;

use super::cells::{Problem, Reader, one_of};
use super::problems::{Problems, lines_english};
use super::synonyms;
use crate::book::Book;
use crate::book::change::{self, Change, validate_email};
use crate::book::document::{CustomerDoc, date_value, money_value};
use crate::book::suppressed::Suppressed;
use crate::book::values::to_toml;
use crate::model::fields::{
    self, COMPANY, CREATED, CUSTOM_PREFIX, EMAIL, ID, KIND, NAME, PHONE, Rule, STAGE, Slot, TAGS,
};
use crate::model::{FieldType, Id, Kind, Schema, Value, When};

/// How a row finds the customer it updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchBy {
    /// By the `id` column.
    Id,
    /// By e-mail, compared without regard to case.
    Email,
}

/// What to do with a row that matches a customer of the book.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnMatch {
    /// Set the row's non-empty cells on the customer.
    Update,
    /// Leave the customer as it is.
    Skip,
    /// Refuse the import, listing the row.
    Error,
}

/// One row, read and checked.
#[derive(Clone, Debug, Default)]
pub struct CustomerRow {
    pub line: u64,
    pub id: Option<Id>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub stage: Option<String>,
    /// The company cell, to resolve to a customer's id.
    pub company: Option<String>,
    /// Every other value, in column order.
    pub changes: Vec<Change>,
    /// True when the row sets `created`.
    pub has_created: bool,
    /// True when the row had no name and is named by its e-mail.
    pub named_by_email: bool,
}

/// Reads every row of the file in parallel; problems are keyed by line.
pub fn read_rows(
    reader: &Reader<'_>,
    schema: &Schema,
    progress: &dyn crate::book::load::Progress,
) -> (Vec<CustomerRow>, Problems) {
    super::problems::read_rows(reader.table.len(), |i| {
        progress.advance(1);
        read_row(reader, schema, i)
    })
}

/// Returns why a row has the wrong number of cells, if it does. One empty
/// cell more than the header is a delimiter at the end of the row
/// (Thunderbird writes one), not a cell.
pub fn ragged(reader: &Reader<'_>, row: &super::source::Row<'_>) -> Option<Problem> {
    let want = reader.table.headers.len();
    let trailing = row.len() == want + 1 && row.get(want).is_empty();
    (row.len() != want && !trailing)
        .then(|| Problem::Bad(crate::msg!("import.ragged", count = row.len(), want = want)))
}

fn read_row(
    reader: &Reader<'_>,
    schema: &Schema,
    index: usize,
) -> Result<CustomerRow, (u64, Vec<Problem>)> {
    let row = reader.table.row(index);
    let line = row.line();
    if let Some(p) = ragged(reader, &row) {
        return Err((line, vec![p]));
    }
    let mut out = CustomerRow {
        line,
        ..CustomerRow::default()
    };
    let (mut first, mut last) = (None, None);
    let mut problems = Vec::new();
    for (column, target) in reader.mapping.columns() {
        let text = match reader.text(&row, column, target) {
            Ok(Some(t)) => t,
            Ok(None) => continue,
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        let result = read_field(reader, schema, column, target, text);
        match result {
            Ok(Field::Id(id)) => out.id = Some(id),
            Ok(Field::Name(n)) => out.name = Some(n),
            Ok(Field::First(n)) => first = Some(n),
            Ok(Field::Last(n)) => last = Some(n),
            Ok(Field::Stage(s)) => out.stage = Some(s),
            Ok(Field::Email(e)) => {
                out.changes.push(Change::Value(
                    vec![EMAIL.path.into()],
                    Toml::from(e.as_str()),
                ));
                out.email = Some(e);
            }
            Ok(Field::Company(c)) => out.company = Some(c),
            Ok(Field::Change(c)) => {
                if let Change::Value(path, v) = &c
                    && path == &[PHONE.path]
                {
                    out.phone = v.as_str().map(str::to_string);
                }
                if matches!(&c, Change::Value(path, _) if path == &[CREATED.path]) {
                    out.has_created = true;
                }
                out.changes.push(c);
            }
            Err(p) => problems.push(p),
        }
    }
    if out.name.is_none() {
        out.name = match (first, last) {
            (Some(f), Some(l)) => Some(format!("{f} {l}")),
            (Some(n), None) | (None, Some(n)) => Some(n),
            (None, None) => None,
        };
    }
    if let Some(dialect) = reader.dialect {
        // Another CRM's export: a contact known only by an e-mail is named
        // by it, and the values every row of such an export means are set.
        if out.name.is_none() && out.email.is_some() {
            out.name = out.email.clone();
            out.named_by_email = true;
        }
        for (field, value) in dialect.fixed {
            let set = out
                .changes
                .iter()
                .any(|c| matches!(c, Change::Value(path, _) if path.join(".") == *field));
            if !set {
                out.changes.push(fixed(field, value));
            }
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err((line, problems))
    }
}

/// Returns the change that sets `field` to a dialect's fixed `value` (`kind`
/// to `company`, `consent.email` to `true`).
fn fixed(field: &str, value: &str) -> Change {
    let v = match fields::by_path(field).map(|f| f.slot) {
        Some(Slot::Bool(..)) => Toml::from(value == "true"),
        _ => Toml::from(value),
    };
    Change::Value(path(field), v)
}

/// Makes the rows with one e-mail (compared without case) one row, at the
/// place of the first: each later row fills what the rows before it left
/// empty (a name only when the first was named by its e-mail). Returns
/// the rows and, for each row merged away, its line and the first's.
pub fn merge_same_email(rows: Vec<CustomerRow>) -> (Vec<CustomerRow>, Vec<(u64, u64)>) {
    let mut out: Vec<CustomerRow> = Vec::with_capacity(rows.len());
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut merged = Vec::new();
    for row in rows {
        let Some(key) = row.email.as_ref().map(|e| e.to_lowercase()) else {
            out.push(row);
            continue;
        };
        let Some(&k) = at.get(&key) else {
            at.insert(key, out.len());
            out.push(row);
            continue;
        };
        let first = &mut out[k];
        merged.push((row.line, first.line));
        if first.named_by_email && !row.named_by_email && row.name.is_some() {
            first.name = row.name;
            first.named_by_email = false;
        }
        first.id = first.id.take().or(row.id);
        first.phone = first.phone.take().or(row.phone);
        first.stage = first.stage.take().or(row.stage);
        first.company = first.company.take().or(row.company);
        first.has_created |= row.has_created;
        let keys: HashSet<String> = first.changes.iter().map(change_key).collect();
        first.changes.extend(
            row.changes
                .into_iter()
                .filter(|c| !keys.contains(&change_key(c))),
        );
    }
    (out, merged)
}

/// What one cell sets.
enum Field {
    Id(Id),
    Name(String),
    First(String),
    Last(String),
    Stage(String),
    Email(String),
    Company(String),
    Change(Change),
}

fn read_field(
    reader: &Reader<'_>,
    schema: &Schema,
    column: usize,
    target: &str,
    text: &str,
) -> Result<Field, Problem> {
    let bad = |why: String| Problem::Bad(format!("column `{}`: {why}", reader.column(column)));
    let t = text.trim();
    let value = |v: Toml| Ok(Field::Change(Change::Value(path(target), v)));
    if target == ID {
        return Id::parse(t).map(Field::Id).map_err(|e| bad(e.to_string()));
    }
    if target == synonyms::FIRST_NAME {
        return Ok(Field::First(t.to_string()));
    }
    if target == synonyms::LAST_NAME {
        return Ok(Field::Last(t.to_string()));
    }
    let unknown = |f: &fields::Stored| Problem::Unknown {
        field: f.path.into(),
        value: t.to_string(),
    };
    let Some(f) = fields::by_path(target) else {
        return match target.strip_prefix(CUSTOM_PREFIX) {
            Some(name) => {
                let v = custom_field(reader, schema, column, target, name, t)?;
                value(to_toml(&v))
            }
            None => value(Toml::from(t)),
        };
    };
    match f.slot {
        Slot::Name => Ok(Field::Name(t.to_string())),
        Slot::Kind => match Kind::parse(&t.to_lowercase()) {
            Some(k) => value(Toml::from(k.as_str())),
            None => Err(unknown(f)),
        },
        Slot::Text(..) => match f.rule {
            Rule::Stage => match one_of(t, &schema.stages) {
                Some(s) => Ok(Field::Stage(s.to_string())),
                None => Err(unknown(f)),
            },
            Rule::Email => validate_email(t)
                .map(|e| Field::Email(e.to_string()))
                .map_err(bad),
            Rule::Company => Ok(Field::Company(t.to_string())),
            Rule::Plain => value(Toml::from(t)),
        },
        Slot::List(..) => Ok(Field::Change(Change::Tags(split_list(t)))),
        Slot::Money(..) => value(money_value(reader.money(column, t)?)),
        Slot::Date(..) => value(date_value(When::Date(reader.day(column, t)?))),
        Slot::When(..) => value(date_value(reader.when(column, t)?)),
        Slot::Bool(..) => value(Toml::from(reader.boolean(column, t)?)),
    }
}

/// Reads a custom field by its declared type; an undeclared one is text.
fn custom_field(
    reader: &Reader<'_>,
    schema: &Schema,
    column: usize,
    target: &str,
    name: &str,
    t: &str,
) -> Result<Value, Problem> {
    let unknown = |v: &str| Problem::Unknown {
        field: target.to_string(),
        value: v.to_string(),
    };
    let Some(def) = schema.fields.get(name) else {
        return Ok(Value::String(t.to_string()));
    };
    Ok(match &def.ty {
        FieldType::String => Value::String(t.to_string()),
        FieldType::Enum(allowed) => {
            Value::String(one_of(t, allowed).ok_or_else(|| unknown(t))?.to_string())
        }
        FieldType::Int => Value::Integer(reader.integer(column, t)?),
        FieldType::Number => reader.number(column, t)?,
        FieldType::Bool => Value::Bool(reader.boolean(column, t)?),
        FieldType::Date => Value::Date(reader.when(column, t)?),
        FieldType::List(allowed) => {
            let mut items = Vec::new();
            for item in split_list(t) {
                let item = match allowed {
                    Some(values) => one_of(&item, values)
                        .ok_or_else(|| unknown(&item))?
                        .to_string(),
                    None => item,
                };
                items.push(Value::String(item));
            }
            Value::List(items)
        }
    })
}

/// Splits a list cell at `;` (what export writes), `,`, or ` ::: ` (Google
/// Contacts' labels). Google's own groups (`* myContacts`, `* starred`)
/// are not labels anyone gave and are left out.
pub fn split_list(text: &str) -> Vec<String> {
    text.split(":::")
        .flat_map(|part| part.split([';', ',']))
        .map(str::trim)
        .filter(|s| !s.is_empty() && !s.starts_with("* "))
        .map(str::to_string)
        .collect()
}

fn path(target: &str) -> Vec<String> {
    target.split('.').map(str::to_string).collect()
}

/// What the book holds already, read under the lock.
#[derive(Debug, Default)]
pub struct Existing {
    /// Every name taken in customers/ (readable or not).
    pub taken: HashSet<String>,
    /// The readable customers: id, name, e-mail.
    pub customers: Vec<(Id, String, Option<String>)>,
    /// The ids of those that are companies: a `company` cell names one
    /// of them (never a person, though one may share the name).
    pub companies: HashSet<Id>,
}

/// What happens to one customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Skip,
    /// Skipped: the row is a person erased with `rapport forget`.
    Erased,
}

/// One customer to create, update or leave, with its changes.
#[derive(Clone, Debug)]
pub struct Step {
    pub action: Action,
    /// The row, or None for a company created for a `company` cell.
    pub line: Option<u64>,
    pub id: Id,
    pub name: String,
    pub stage: Option<String>,
    pub changes: Vec<Change>,
    /// For a skipped row: why. For a created company: the lines naming it.
    pub note: String,
}

/// Matches the rows against the book and against each other, gives new
/// customers their ids and resolves companies. A row whose e-mail or phone
/// belongs to a person erased with `rapport forget` is skipped, whether it
/// would create a customer or update one.
pub fn plan(
    rows: Vec<CustomerRow>,
    existing: &Existing,
    suppressed: &Suppressed,
    match_by: MatchBy,
    on_match: OnMatch,
    problems: &mut Problems,
) -> Vec<Step> {
    let mut by_email: HashMap<String, Vec<&Id>> = HashMap::new();
    for (id, _, email) in &existing.customers {
        if let Some(e) = email {
            by_email.entry(e.to_lowercase()).or_default().push(id);
        }
    }
    let mut taken = existing.taken.clone();
    let mut seen_ids: HashMap<Id, u64> = HashMap::new();
    let mut seen_emails: HashMap<String, u64> = HashMap::new();
    // First pass: the row's own problems against the file and the book.
    let mut matched: Vec<Option<Id>> = Vec::with_capacity(rows.len());
    let mut ok = vec![true; rows.len()];
    for (k, row) in rows.iter().enumerate() {
        let mut bad = |why: String| {
            problems.add(row.line, Problem::Bad(why));
            ok[k] = false;
        };
        if let Some(id) = &row.id
            && let Some(first) = seen_ids.insert(id.clone(), row.line)
        {
            bad(crate::msg!(
                "import.id-twice",
                id = id.to_string(),
                line = first.to_string()
            ));
        }
        if let Some(email) = &row.email {
            let lower = email.to_lowercase();
            if let Some(first) = seen_emails.get(&lower) {
                bad(crate::msg!(
                    "import.email-twice",
                    email = email.as_str(),
                    line = first.to_string()
                ));
            } else {
                seen_emails.insert(lower, row.line);
            }
        }
        let by_mail: &[&Id] = row
            .email
            .as_ref()
            .and_then(|e| by_email.get(&e.to_lowercase()))
            .map_or(&[], Vec::as_slice);
        let found = match match_by {
            MatchBy::Id => row
                .id
                .clone()
                .filter(|id| existing.taken.contains(id.as_str())),
            MatchBy::Email => match by_mail {
                [] => None,
                [one] => Some((*one).clone()),
                many => {
                    let ids: Vec<String> = many.iter().map(|i| format!("`{i}`")).collect();
                    bad(crate::msg!(
                        "import.email-several",
                        email = row.email.as_deref().unwrap_or(""),
                        ids = ids.join(", ")
                    ));
                    None
                }
            },
        };
        match (&found, match_by) {
            (Some(f), MatchBy::Email) => {
                if let Some(id) = row.id.as_ref().filter(|id| *id != f) {
                    bad(crate::msg!(
                        "import.email-other-id",
                        owner = f.to_string(),
                        id = id.to_string()
                    ));
                }
            }
            (None, MatchBy::Id) => {
                if let Some(owner) = by_mail.first() {
                    bad(crate::msg!(
                        "import.email-taken",
                        email = row.email.as_deref().unwrap_or(""),
                        owner = owner.to_string()
                    ));
                }
            }
            (None, MatchBy::Email) => {
                if let Some(id) = row
                    .id
                    .as_ref()
                    .filter(|id| existing.taken.contains(id.as_str()))
                {
                    bad(crate::msg!("import.id-taken", id = id.to_string()));
                }
            }
            _ => {}
        }
        if let Some(id) = &found {
            match on_match {
                OnMatch::Error => bad(crate::msg!("import.matches", id = id.to_string())),
                OnMatch::Update | OnMatch::Skip => {}
            }
        } else if row.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
            bad(crate::msg!("import.name-empty"));
        }
        matched.push(found);
    }
    // Reserve the ids the file gives new customers before making others.
    for (row, found) in rows.iter().zip(&matched) {
        if found.is_none()
            && let Some(id) = &row.id
        {
            taken.insert(id.to_string());
        }
    }
    let mut steps = Vec::with_capacity(rows.len());
    // The companies by name, which `company` cells are resolved against:
    // the book's, then those of the file.
    let mut names: HashMap<String, Vec<Id>> = HashMap::new();
    for (id, name, _) in &existing.customers {
        if existing.companies.contains(id) {
            names
                .entry(name.trim().to_lowercase())
                .or_default()
                .push(id.clone());
        }
    }
    let mut rows_ok = Vec::with_capacity(rows.len());
    let mut erased = Vec::new();
    for ((row, found), good) in rows.into_iter().zip(matched).zip(ok) {
        if !good {
            continue;
        }
        // An erased person's e-mail or phone is never stored again: not on
        // a new customer, nor on the customer a row updates.
        if let Some(m) = suppressed.check(row.email.as_deref(), row.phone.as_deref()) {
            erased.push(Step {
                action: Action::Erased,
                line: Some(row.line),
                id: found
                    .or_else(|| row.id.clone())
                    .unwrap_or_else(|| Id::from_name(row.name.as_deref().unwrap_or(""), |_| false)),
                name: row.name.clone().unwrap_or_default(),
                stage: None,
                changes: Vec::new(),
                note: format!(
                    "its {} belongs to a person erased with `rapport forget`",
                    m.as_str()
                ),
            });
            continue;
        }
        let (action, id) = match found {
            Some(id) => (
                if on_match == OnMatch::Skip {
                    Action::Skip
                } else {
                    Action::Update
                },
                id,
            ),
            None => {
                let id = match &row.id {
                    Some(id) => id.clone(),
                    None => {
                        let id =
                            Id::from_name(row.name.as_deref().unwrap_or(""), |c| taken.contains(c));
                        taken.insert(id.to_string());
                        id
                    }
                };
                if let Some(n) = row.name.as_ref().filter(|_| is_company(&row.changes)) {
                    names
                        .entry(n.trim().to_lowercase())
                        .or_default()
                        .push(id.clone());
                }
                (Action::Create, id)
            }
        };
        rows_ok.push((row, action, id));
    }
    let new_ids: HashSet<Id> = rows_ok
        .iter()
        .filter(|(_, a, _)| *a == Action::Create)
        .map(|(_, _, id)| id.clone())
        .collect();
    let mut companies: Vec<(Step, Vec<u64>)> = Vec::new();
    let mut company_by_name: HashMap<String, usize> = HashMap::new();
    for (mut row, action, id) in rows_ok {
        if let Some(value) = row.company.take() {
            let resolved = resolve_company(&value, existing, &new_ids, &names);
            let company_id = match resolved {
                Ok(Some(id)) => Some(id),
                Ok(None) => {
                    let key = value.to_lowercase();
                    let k = *company_by_name.entry(key).or_insert_with(|| {
                        let id = Id::from_name(&value, |c| taken.contains(c));
                        taken.insert(id.to_string());
                        let step = Step {
                            action: Action::Create,
                            line: None,
                            id,
                            name: value.clone(),
                            stage: None,
                            changes: vec![Change::Value(
                                vec![KIND.path.into()],
                                Toml::from(Kind::Company.as_str()),
                            )],
                            note: String::new(),
                        };
                        companies.push((step, Vec::new()));
                        companies.len() - 1
                    });
                    let (company, lines) = &mut companies[k];
                    lines.push(row.line);
                    Some(company.id.clone())
                }
                Err(why) => {
                    problems.add(row.line, Problem::Bad(why));
                    None
                }
            };
            if let Some(cid) = company_id {
                row.changes.push(Change::Value(
                    vec![COMPANY.path.into()],
                    Toml::from(cid.as_str()),
                ));
            }
        }
        let note = if action == Action::Skip {
            "--on-match skip".to_string()
        } else {
            String::new()
        };
        steps.push(Step {
            action,
            line: Some(row.line),
            id,
            name: row.name.unwrap_or_default(),
            stage: row.stage,
            changes: row.changes,
            note,
        });
    }
    for (mut company, lines) in companies {
        company.note = format!("the company of {}", lines_english(&lines));
        steps.push(company);
    }
    steps.extend(erased);
    steps
}

/// Returns true when a row's changes make it a company.
fn is_company(changes: &[Change]) -> bool {
    changes.iter().any(|c| {
        matches!(c, Change::Value(path, v)
            if path.len() == 1 && path[0] == KIND.path && v.as_str() == Some(Kind::Company.as_str()))
    })
}

/// Finds the customer a `company` cell names: an id of the book or the
/// file, else the one company of that name. Ok(None): nobody; a company
/// record is to be created.
fn resolve_company(
    value: &str,
    existing: &Existing,
    new_ids: &HashSet<Id>,
    names: &HashMap<String, Vec<Id>>,
) -> Result<Option<Id>, String> {
    if let Ok(id) = Id::parse(value)
        && (existing.taken.contains(id.as_str()) || new_ids.contains(&id))
    {
        return Ok(Some(id));
    }
    match names.get(&value.trim().to_lowercase()).map(Vec::as_slice) {
        None | Some([]) => Ok(None),
        Some([one]) => Ok(Some(one.clone())),
        Some(many) => {
            let ids: Vec<String> = many.iter().map(|i| format!("`{i}`")).collect();
            Err(crate::msg!(
                "import.company-ambiguous",
                company = value,
                ids = ids.join(", ")
            ))
        }
    }
}

/// A customer file to write, or a row that changes nothing.
#[derive(Debug)]
pub struct Built {
    pub step: Step,
    /// The new text; None when the file does not change (or is skipped).
    pub text: Option<String>,
    /// For an update: the keys it changes.
    pub changed: Vec<String>,
}

/// Builds the text of every file to create or change, in parallel. New
/// files start from an empty document as `rapport add` makes them; changed
/// ones are edited in place, keeping everything else of the file.
pub fn build(
    steps: Vec<Step>,
    book: &Book,
    schema: &Schema,
    today: NaiveDate,
    problems: &mut Problems,
    progress: &dyn crate::book::load::Progress,
) -> Vec<Built> {
    let results: Vec<Result<Built, (Option<u64>, String)>> = steps
        .into_par_iter()
        .map(|step| {
            let built = match step.action {
                Action::Create => Ok(create(step, schema, today)),
                Action::Update => update(step, book, today),
                Action::Skip | Action::Erased => Ok(Built {
                    step,
                    text: None,
                    changed: Vec::new(),
                }),
            };
            progress.advance(1);
            built
        })
        .collect();
    let mut built = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(b) => built.push(b),
            Err((line, why)) => problems.add(line.unwrap_or(0), Problem::Bad(why)),
        }
    }
    built
}

fn create(step: Step, schema: &Schema, today: NaiveDate) -> Built {
    let mut doc = CustomerDoc::new();
    let stage = step
        .stage
        .clone()
        .or_else(|| schema.default_stage().map(str::to_string));
    if let Some(s) = &stage {
        doc.set(&[STAGE.path], Toml::from(s.as_str()));
    }
    doc.set(&[NAME.path], Toml::from(step.name.as_str()));
    for c in &step.changes {
        change::apply(&mut doc, c, today);
    }
    if doc.get(&[CREATED.path]).is_none() {
        doc.set(&[CREATED.path], date_value(When::Date(today)));
    }
    Built {
        text: Some(doc.render()),
        changed: Vec::new(),
        step,
    }
}

fn update(step: Step, book: &Book, today: NaiveDate) -> Result<Built, (Option<u64>, String)> {
    let fail = |why: String| (step.line, why);
    let file = book
        .read_customer(&step.id)
        .map_err(|e| fail(e.to_string()))?;
    if file.parsed.customer.is_none() {
        let why = file
            .parsed
            .first_error()
            .map_or_else(|| "unreadable".to_string(), |d| d.one_line());
        return Err(fail(crate::msg!(
            "import.matches-unreadable",
            id = step.id.to_string(),
            why = why
        )));
    }
    let mut doc = CustomerDoc::parse(&file.text).map_err(|e| fail(e.to_string()))?;
    let mut changes = Vec::with_capacity(step.changes.len() + 2);
    if !step.name.is_empty() {
        changes.push(Change::Value(
            vec![NAME.path.into()],
            Toml::from(step.name.as_str()),
        ));
    }
    if let Some(s) = &step.stage {
        changes.push(Change::Stage(s.clone()));
    }
    // An e-mail that differs only in case is the same address: kept as the
    // file writes it.
    let stored = doc.get_str(&[EMAIL.path]).map(str::to_lowercase);
    changes.extend(
        step.changes
            .iter()
            .filter(|c| match c {
                Change::Value(path, v) if path == &[EMAIL.path] => {
                    stored.is_none() || v.as_str().map(str::to_lowercase) != stored
                }
                _ => true,
            })
            .cloned(),
    );
    let mut changed = Vec::new();
    for c in &changes {
        let before = snapshot(&doc, c);
        change::apply(&mut doc, c, today);
        if snapshot(&doc, c) != before {
            changed.push(change_key(c));
        }
    }
    let text = doc.render();
    Ok(Built {
        text: (text != file.text).then_some(text),
        changed,
        step,
    })
}

/// Returns what `c` would change in `doc`, as text, to tell whether it did.
fn snapshot(doc: &CustomerDoc, c: &Change) -> Option<String> {
    match c {
        Change::Value(path, _) | Change::Unset(path) => {
            let keys: Vec<&str> = path.iter().map(String::as_str).collect();
            doc.get(&keys).map(|v| v.to_string().trim().to_string())
        }
        Change::Tags(_) | Change::AddTag(_) | Change::RemoveTag(_) => Some(doc.tags().join(";")),
        Change::Stage(_) => doc.get_str(&[STAGE.path]).map(str::to_string),
    }
}

fn change_key(c: &Change) -> String {
    match c {
        Change::Value(path, _) | Change::Unset(path) => path.join("."),
        Change::Tags(_) | Change::AddTag(_) | Change::RemoveTag(_) => TAGS.path.into(),
        Change::Stage(_) => STAGE.path.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(line: u64, name: Option<&str>, email: &str, phone: Option<&str>) -> CustomerRow {
        let mut changes = vec![Change::Value(vec![EMAIL.path.into()], Toml::from(email))];
        if let Some(p) = phone {
            changes.push(Change::Value(vec![PHONE.path.into()], Toml::from(p)));
        }
        CustomerRow {
            line,
            name: Some(name.unwrap_or(email).to_string()),
            named_by_email: name.is_none(),
            email: Some(email.to_string()),
            phone: phone.map(str::to_string),
            changes,
            ..CustomerRow::default()
        }
    }

    #[test]
    fn rows_with_one_email_are_one_customer_the_first_row_winning() {
        let rows = vec![
            row(2, None, "anna@example.lv", None),
            row(3, Some("Ilze"), "ilze@example.lv", Some("+371 1")),
            row(4, Some("Anna Bērziņa"), "ANNA@example.lv", Some("+371 2")),
            row(5, Some("Anna B."), "anna@example.lv", Some("+371 3")),
        ];
        let (rows, merged) = merge_same_email(rows);
        assert_eq!(merged, [(4, 2), (5, 2)]);
        assert_eq!(rows.len(), 2);
        let anna = &rows[0];
        assert_eq!(anna.line, 2);
        assert_eq!(
            anna.name.as_deref(),
            Some("Anna Bērziņa"),
            "a real name replaces one made from the e-mail, once"
        );
        assert_eq!(anna.phone.as_deref(), Some("+371 2"));
        let phones: Vec<String> = anna
            .changes
            .iter()
            .filter(|c| change_key(c) == PHONE.path)
            .map(|c| format!("{c:?}"))
            .collect();
        assert_eq!(phones.len(), 1, "{phones:?}");
        assert!(phones[0].contains("+371 2"), "{phones:?}");
        assert_eq!(rows[1].name.as_deref(), Some("Ilze"));
    }
}
