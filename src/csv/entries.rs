//! Importing interactions and deals: each row read into an entry of the
//! customer it names (by id, or by e-mail), then appended to that
//! customer's file unless it is already there.
//!
//! An interaction is already there when the customer has one with the same
//! `ref`, or, without a ref, one equal in every key. Equal rows within one
//! file are all kept (two equal purchases on one day are real): a row is
//! skipped only when the customer already holds as many equal entries as the
//! file has up to and including that row. So importing a file twice changes
//! nothing the second time. Deals have no ref and are compared whole.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use rayon::prelude::*;

use super::cells::{Problem, Reader, one_of};
use super::customers::ragged;
use super::problems::Problems;
use crate::book::Book;
use crate::book::document::CustomerDoc;
use crate::model::schema::{CLOSED_DEAL_STAGES, DEAL_KIND, is_move};
use crate::model::{Customer, Deal, Id, Interaction, Schema, Value, When};

/// Who a row belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Who {
    Id(Id),
    /// An e-mail, lowercased.
    Email(String),
}

/// One row, read and checked.
#[derive(Clone, Debug)]
pub struct EntryRow<T> {
    pub line: u64,
    pub who: Who,
    pub entry: T,
}

/// An interaction or a deal, as far as appending it is concerned.
pub trait Entry: Clone + std::fmt::Debug + Send + Sync {
    /// The entries of this kind a customer holds.
    fn held(customer: &Customer) -> &[Self];
    /// The external reference that identifies the entry, if any.
    fn reference(&self) -> Option<&str>;
    /// Appends entries to a customer document.
    fn append(doc: &mut CustomerDoc, entries: &[Self]);
    /// A text equal for two entries exactly when they are equal.
    fn content_key(&self) -> String {
        format!("{self:?}")
    }
    /// A short description for listings (`2024-03-01 purchase`).
    fn describe(&self) -> String;
    /// The keys beyond the known ones (`--keep-unmapped` columns).
    fn extra(&self) -> &BTreeMap<String, Value>;
}

impl Entry for Interaction {
    fn held(customer: &Customer) -> &[Interaction] {
        &customer.interactions
    }
    fn reference(&self) -> Option<&str> {
        self.reference.as_deref()
    }
    fn append(doc: &mut CustomerDoc, entries: &[Interaction]) {
        doc.append_interactions(entries);
    }
    fn extra(&self) -> &BTreeMap<String, Value> {
        &self.extra
    }
    fn describe(&self) -> String {
        match &self.reference {
            Some(r) => format!("{} {} {r}", self.date, self.kind),
            None => format!("{} {}", self.date, self.kind),
        }
    }
}

impl Entry for Deal {
    fn held(customer: &Customer) -> &[Deal] {
        &customer.deals
    }
    fn reference(&self) -> Option<&str> {
        None
    }
    fn append(doc: &mut CustomerDoc, entries: &[Deal]) {
        doc.append_deals(entries);
    }
    fn describe(&self) -> String {
        format!("{} ({})", self.title, self.stage)
    }
    fn extra(&self) -> &BTreeMap<String, Value> {
        &self.extra
    }
}

/// Reads every row of an interactions file in parallel.
pub fn read_interactions(
    reader: &Reader<'_>,
    schema: &Schema,
    progress: &dyn crate::book::load::Progress,
) -> (Vec<EntryRow<Interaction>>, Problems) {
    read_all(reader, |row| {
        progress.advance(1);
        read_interaction(reader, schema, row)
    })
}

/// Reads every row of a deals file in parallel.
pub fn read_deals(
    reader: &Reader<'_>,
    schema: &Schema,
    progress: &dyn crate::book::load::Progress,
) -> (Vec<EntryRow<Deal>>, Problems) {
    read_all(reader, |row| {
        progress.advance(1);
        read_deal(reader, schema, row)
    })
}

type RowResult<T> = Result<EntryRow<T>, (u64, Vec<Problem>)>;

fn read_all<T: Send>(
    reader: &Reader<'_>,
    read: impl Fn(usize) -> RowResult<T> + Sync + Send,
) -> (Vec<EntryRow<T>>, Problems) {
    super::problems::read_rows(reader.table.len(), read)
}

/// The cells of one row by field, read in column order, plus the kept
/// columns (`--keep-unmapped`).
struct Cells<'a> {
    by_field: HashMap<&'a str, (usize, &'a str)>,
    kept: Vec<(String, &'a str)>,
    problems: Vec<Problem>,
}

fn cells<'a>(
    reader: &Reader<'a>,
    index: usize,
    fixed: &[&str],
) -> Result<(u64, Cells<'a>), (u64, Vec<Problem>)> {
    let row = reader.table.row(index);
    let line = row.line();
    if let Some(p) = ragged(reader, &row) {
        return Err((line, vec![p]));
    }
    let mut out = Cells {
        by_field: HashMap::new(),
        kept: Vec::new(),
        problems: Vec::new(),
    };
    for (column, target) in reader.mapping.columns() {
        // A summary, ref or owner of only spaces is one (`rapport log`
        // keeps it as written).
        let raw = row.get(column);
        if let Some(&field) = KEPT_AS_WRITTEN.iter().find(|f| **f == target)
            && fixed.contains(&field)
            && !raw.is_empty()
            && raw.trim().is_empty()
        {
            out.by_field.insert(field, (column, raw));
            continue;
        }
        match reader.text(&row, column, target) {
            Ok(Some(t)) if fixed.contains(&target) => {
                out.by_field.insert(target, (column, t));
            }
            Ok(Some(t)) => out.kept.push((target.to_string(), t)),
            Ok(None) => {}
            Err(p) => out.problems.push(p),
        }
    }
    Ok((line, out))
}

/// Returns who the row belongs to: the `customer` column, else `email`.
fn who(reader: &Reader<'_>, c: &Cells<'_>, problems: &mut Vec<Problem>) -> Option<Who> {
    if let Some(&(column, t)) = c.by_field.get("customer") {
        return match Id::parse(t.trim()) {
            Ok(id) => Some(Who::Id(id)),
            Err(e) => {
                problems.push(Problem::Bad(format!(
                    "column `{}`: {e}",
                    reader.column(column)
                )));
                None
            }
        };
    }
    if let Some(&(_, t)) = c.by_field.get("email") {
        return Some(Who::Email(t.trim().to_lowercase()));
    }
    problems.push(Problem::Bad(crate::msg!("import.no-customer")));
    None
}

/// The keys of an interaction kept as written, not trimmed.
const KEPT_AS_WRITTEN: &[&str] = &["summary", "ref", "owner", "lost_reason"];

/// Reads a survey's answers as `export --interactions` writes them, an
/// inline TOML table (`{ "F:app" = "like", E1 = 6 }`), with the reader of
/// customer files; None when the cell is not one table of plain values.
fn answers_cell(text: &str) -> Option<Value> {
    let text = text.trim();
    if !text.starts_with('{') || text.contains('\n') {
        return None;
    }
    let file = format!(
        "name = \"-\"\n[[interactions]]\ndate = 2000-01-01\nkind = \"survey\"\nanswers = {text}\n"
    );
    let parsed = crate::model::parse::parse_customer(&file, std::path::Path::new("-"), None);
    let mut c = parsed.customer?;
    let i = c.interactions.pop()?;
    match i.extra.get(crate::survey::ANSWERS_KEY)? {
        Value::Table(t)
            if t.values()
                .all(|v| matches!(v, Value::String(_) | Value::Integer(_) | Value::Float(_))) =>
        {
            Some(Value::Table(t.clone()))
        }
        _ => None,
    }
}

const INTERACTION_FIELDS: &[&str] = &[
    "customer", "email", "date", "kind", "amount", "summary", "ref", "nps", "csat", "ces", "from",
    "to", "resolved", "owner", "priority", "deal", "survey", "answers",
];

fn read_interaction(reader: &Reader<'_>, schema: &Schema, index: usize) -> RowResult<Interaction> {
    let (line, c) = cells(reader, index, INTERACTION_FIELDS)?;
    let mut problems = c.problems.clone();
    let who = who(reader, &c, &mut problems);
    let get = |f: &str| c.by_field.get(f).copied();
    let mut take = |r: Result<(), Problem>| {
        if let Err(p) = r {
            problems.push(p);
        }
    };
    let mut date = None;
    let mut kind = None;
    match get("date") {
        Some((col, t)) => take(reader.when(col, t).map(|w| date = Some(w))),
        None => take(Err(Problem::Bad(crate::msg!(
            "import.empty",
            field = "date"
        )))),
    }
    match get("kind") {
        Some((_, t)) => {
            let t = t.trim();
            if is_move(t) {
                kind = Some(t.to_string());
            } else {
                match one_of(t, &schema.interaction_kinds) {
                    Some(k) => kind = Some(k.to_string()),
                    None => take(Err(Problem::Unknown {
                        field: "kind".into(),
                        value: t.to_string(),
                    })),
                }
            }
        }
        None => take(Err(Problem::Bad(crate::msg!(
            "import.empty",
            field = "kind"
        )))),
    }
    let mut i = Interaction::new(
        date.unwrap_or(When::Date(chrono::NaiveDate::MIN)),
        kind.clone().unwrap_or_default(),
    );
    if let Some((col, t)) = get("amount") {
        take(reader.money(col, t).map(|m| i.amount = Some(m)));
    }
    i.summary = get("summary").map(|(_, t)| t.to_string());
    i.reference = get("ref").map(|(_, t)| t.to_string());
    i.owner = get("owner").map(|(_, t)| t.to_string());
    i.priority = get("priority").map(|(_, t)| t.trim().to_string());
    // A research survey's response, as `export --interactions` writes it:
    // the survey's name, and its answers as an inline TOML table.
    if let Some((_, t)) = get("survey") {
        i.extra.insert(
            crate::survey::SURVEY_KEY.into(),
            Value::String(t.trim().to_string()),
        );
    }
    if let Some((col, t)) = get("answers") {
        match answers_cell(t) {
            Some(answers) => {
                i.extra.insert(crate::survey::ANSWERS_KEY.into(), answers);
            }
            None => take(Err(Problem::Bad(format!(
                "column `{}`: not a table of answers ({{ \"F:feature\" = \"like\", E1 = 6, … }})",
                reader.column(col)
            )))),
        }
    }
    if let Some((_, t)) = get("deal") {
        i.extra
            .insert("deal".into(), Value::String(t.trim().to_string()));
    }
    // A deal move goes between deal stages, a stage move between stages.
    let mut deal_stages = schema.deal_stages.clone();
    deal_stages.extend(CLOSED_DEAL_STAGES.iter().map(|s| s.to_string()));
    let move_stages = if kind.as_deref() == Some(DEAL_KIND) {
        &deal_stages
    } else {
        &schema.stages
    };
    if let Some((col, t)) = get("nps") {
        take(reader.score(col, t, 0..=10).map(|n| i.nps = Some(n)));
    }
    if let Some((col, t)) = get("csat") {
        take(reader.score(col, t, 1..=5).map(|n| i.csat = Some(n)));
    }
    if let Some((col, t)) = get("ces") {
        take(reader.score(col, t, 1..=7).map(|n| i.ces = Some(n)));
    }
    for (field, slot) in [("from", &mut i.from), ("to", &mut i.to)] {
        if let Some((_, t)) = get(field) {
            match one_of(t, move_stages) {
                Some(s) => *slot = Some(s.to_string()),
                None => take(Err(Problem::Unknown {
                    field: field.into(),
                    value: t.trim().to_string(),
                })),
            }
        }
    }
    if let Some((col, t)) = get("resolved") {
        match reader.when(col, t) {
            Ok(r) if date.is_some_and(|d| r.moment() < d.moment()) => take(Err(Problem::Bad(
                crate::msg!("import.resolved-before", column = reader.column(col)),
            ))),
            Ok(r) => i.resolved = Some(r),
            Err(p) => take(Err(p)),
        }
    }
    for (key, t) in &c.kept {
        i.extra.insert(key.clone(), Value::String(t.to_string()));
    }
    match who {
        Some(who) if problems.is_empty() => Ok(EntryRow {
            line,
            who,
            entry: i,
        }),
        _ => Err((line, problems)),
    }
}

const DEAL_FIELDS: &[&str] = &[
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
];

fn read_deal(reader: &Reader<'_>, schema: &Schema, index: usize) -> RowResult<Deal> {
    let (line, c) = cells(reader, index, DEAL_FIELDS)?;
    let mut problems = c.problems.clone();
    let who = who(reader, &c, &mut problems);
    let get = |f: &str| c.by_field.get(f).copied();
    let mut d = Deal::default();
    match get("title") {
        Some((_, t)) => d.title = t.trim().to_string(),
        None => problems.push(Problem::Bad(crate::msg!("import.empty", field = "title"))),
    }
    let mut stages = schema.deal_stages.clone();
    stages.extend(CLOSED_DEAL_STAGES.iter().map(|s| s.to_string()));
    match get("stage") {
        Some((_, t)) => match one_of(t, &stages) {
            Some(s) => d.stage = s.to_string(),
            None => problems.push(Problem::Unknown {
                field: "stage".into(),
                value: t.trim().to_string(),
            }),
        },
        None => problems.push(Problem::Bad(crate::msg!("import.empty", field = "stage"))),
    }
    if let Some((col, t)) = get("value") {
        match reader.money(col, t) {
            Ok(m) => d.value = Some(m),
            Err(p) => problems.push(p),
        }
    }
    for (field, slot) in [("opened", &mut d.opened), ("closed", &mut d.closed)] {
        if let Some((col, t)) = get(field) {
            match reader.day(col, t) {
                Ok(day) => *slot = Some(day),
                Err(p) => problems.push(p),
            }
        }
    }
    d.key = get("key").map(|(_, t)| t.trim().to_string());
    d.lost_reason = get("lost_reason").map(|(_, t)| t.to_string());
    // `expected` and `owner`, written by `deal add`, are keys of their own
    // in the file but typed here, so an export comes back as it was.
    if let Some((col, t)) = get("expected") {
        match reader.day(col, t) {
            Ok(day) => {
                d.extra
                    .insert("expected".into(), Value::Date(When::Date(day)));
            }
            Err(p) => problems.push(p),
        }
    }
    if let Some((_, t)) = get("owner") {
        d.extra.insert("owner".into(), Value::String(t.to_string()));
    }
    for (key, t) in &c.kept {
        d.extra.insert(key.clone(), Value::String(t.to_string()));
    }
    match who {
        Some(who) if problems.is_empty() => Ok(EntryRow {
            line,
            who,
            entry: d,
        }),
        _ => Err((line, problems)),
    }
}

/// What happened to one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowOutcome {
    pub line: u64,
    pub id: Id,
    /// True when the row is appended; false when it is already logged.
    pub appended: bool,
    /// The entry, described for listings.
    pub what: String,
}

/// A customer file gaining entries.
#[derive(Debug)]
pub struct Attached {
    pub id: Id,
    pub path: PathBuf,
    pub text: String,
}

/// The customers of the book by lowercased e-mail, for rows that name
/// their customer by e-mail.
pub type EmailIndex = HashMap<String, Vec<Id>>;

/// What importing the rows does.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The files that gain entries, with their new text.
    pub attached: Vec<Attached>,
    /// Rows appended and rows already there.
    pub appended: usize,
    pub skipped: usize,
    /// One per row, in line order, when asked for (for `--dry-run`).
    pub rows: Vec<RowOutcome>,
}

/// Appends the rows to the customers they name: resolves each row's
/// customer, reads those customers' files in parallel, skips what is
/// already there, and builds the new text of each file that gains entries.
/// With `describe`, the outcome lists every row and what it is.
pub fn attach<T: Entry>(
    rows: Vec<EntryRow<T>>,
    book: &Book,
    emails: Option<&EmailIndex>,
    describe: bool,
    problems: &mut Problems,
    progress: &dyn crate::book::load::Progress,
) -> Outcome {
    let mut taken: HashSet<String> = HashSet::new();
    if let Ok(entries) = std::fs::read_dir(book.customers_dir()) {
        for e in entries.flatten() {
            if let Some(stem) = e.file_name().to_str().and_then(|n| n.strip_suffix(".toml")) {
                taken.insert(stem.to_string());
            }
        }
    }
    let mut groups: BTreeMap<Id, Vec<EntryRow<T>>> = BTreeMap::new();
    for row in rows {
        let id = match &row.who {
            Who::Id(id) if taken.contains(id.as_str()) => id.clone(),
            Who::Id(id) => {
                problems.add(
                    row.line,
                    Problem::Bad(crate::msg!("import.no-such-customer", id = id.to_string())),
                );
                continue;
            }
            Who::Email(email) => match emails.and_then(|m| m.get(email)).map(Vec::as_slice) {
                Some([one]) => one.clone(),
                Some(many) if many.len() > 1 => {
                    let ids: Vec<String> = many.iter().map(|i| format!("`{i}`")).collect();
                    problems.add(
                        row.line,
                        Problem::Bad(crate::msg!(
                            "import.email-several-entries",
                            email = email.as_str(),
                            ids = ids.join(", ")
                        )),
                    );
                    continue;
                }
                _ => {
                    problems.add(
                        row.line,
                        Problem::Bad(crate::msg!("import.no-email", email = email.as_str())),
                    );
                    continue;
                }
            },
        };
        groups.entry(id).or_default().push(row);
    }
    let groups: Vec<(Id, Vec<EntryRow<T>>)> = groups.into_iter().collect();
    let results: Vec<OneResult> = groups
        .into_par_iter()
        .map(|(id, rows)| {
            let n = rows.len() as u64;
            let r = attach_one(book, id, rows, describe);
            progress.advance(n);
            r
        })
        .collect();
    let mut outcome = Outcome::default();
    for r in results {
        match r {
            Ok(one) => {
                outcome.attached.extend(one.attached);
                outcome.appended += one.appended;
                outcome.skipped += one.skipped;
                outcome.rows.extend(one.rows);
            }
            Err(list) => {
                for (line, why) in list {
                    problems.add(line, Problem::Bad(why));
                }
            }
        }
    }
    outcome.rows.sort_by_key(|o| o.line);
    outcome
}

/// What importing one customer's rows does.
struct One {
    attached: Option<Attached>,
    appended: usize,
    skipped: usize,
    rows: Vec<RowOutcome>,
}

type OneResult = Result<One, Vec<(u64, String)>>;

fn attach_one<T: Entry>(book: &Book, id: Id, rows: Vec<EntryRow<T>>, describe: bool) -> OneResult {
    let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
    let fail_all = |why: String| Err(lines.iter().map(|&l| (l, why.clone())).collect());
    let file = match book.read_customer(&id) {
        Ok(f) => f,
        Err(e) => return fail_all(e.to_string()),
    };
    let Some(customer) = &file.parsed.customer else {
        let why = file
            .parsed
            .first_error()
            .map_or_else(|| "unreadable".to_string(), |d| d.one_line());
        return fail_all(crate::msg!(
            "import.file-unreadable",
            id = id.to_string(),
            why = why
        ));
    };
    let held = T::held(customer);
    let held_refs: HashSet<&str> = held.iter().filter_map(Entry::reference).collect();
    let mut held_count: HashMap<String, usize> = HashMap::new();
    for e in held.iter().filter(|e| e.reference().is_none()) {
        *held_count.entry(e.content_key()).or_default() += 1;
    }
    let mut file_refs: HashMap<String, u64> = HashMap::new();
    let mut file_count: HashMap<String, usize> = HashMap::new();
    let mut problems = Vec::new();
    let mut one = One {
        attached: None,
        appended: 0,
        skipped: 0,
        rows: Vec::new(),
    };
    let mut new = Vec::new();
    for row in rows {
        let appended = match row.entry.reference() {
            Some(r) => {
                if let Some(first) = file_refs.insert(r.to_string(), row.line) {
                    problems.push((
                        row.line,
                        crate::msg!(
                            "import.ref-twice",
                            reference = r,
                            id = id.to_string(),
                            line = first.to_string()
                        ),
                    ));
                    continue;
                }
                !held_refs.contains(r)
            }
            None => {
                let key = row.entry.content_key();
                let seen = file_count.entry(key.clone()).or_default();
                *seen += 1;
                *seen > held_count.get(&key).copied().unwrap_or(0)
            }
        };
        if describe {
            one.rows.push(RowOutcome {
                line: row.line,
                id: id.clone(),
                appended,
                what: row.entry.describe(),
            });
        }
        if appended {
            one.appended += 1;
            new.push(row.entry);
        } else {
            one.skipped += 1;
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if new.is_empty() {
        return Ok(one);
    }
    let mut doc = match CustomerDoc::parse(&file.text) {
        Ok(d) => d,
        Err(e) => return fail_all(format!("{}: {e}", book.relative(&file.path).display())),
    };
    T::append(&mut doc, &new);
    one.attached = Some(Attached {
        id,
        path: file.path,
        text: doc.render(),
    });
    Ok(one)
}
