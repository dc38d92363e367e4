//! `import --survey NAME FILE`: the responses to a research survey from a
//! form export (Google Forms, Microsoft Forms, LimeSurvey: one row a
//! respondent), through the same passes as the other imports: read, map
//! the columns, validate every row (all or nothing), then under the lock
//! match the respondents and append one `kind = "survey"` interaction each
//! (`survey = NAME`, `[interactions.answers]`), and write every file at once.
//!
//! A respondent is found by the `email` (or `id`) column. One who is not a
//! customer refuses the import, unless `--create` (a new lead with the
//! e-mail) or `--anonymous` (the answers kept without a customer in
//! `surveys/NAME.toml`).
//!
//! Identity, so a file imported twice changes nothing: each response's
//! `ref` is the survey's name and a hash of the respondent, the date
//! column's text, the answers, and how many identical rows came before it
//! in the file; a ref already there is skipped.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use crate::book::Book;
use crate::book::document::{CustomerDoc, date_value};
use crate::book::load::Progress;
use crate::csv::cells::Problem;
use crate::csv::entries::{EntryRow, Who};
use crate::csv::mapping::Kind;
use crate::csv::problems::Problems;
use crate::diag::Notes;
use crate::error::{Error, Result};
use crate::model::{Id, Interaction, Value, When};
use crate::survey::{self, ANSWERS_KEY, Method, SURVEY_KEY, SurveyDef, Target};

use super::{Counts, Input, Outcome, read};

/// How to import a survey's responses.
#[derive(Clone, Debug, Default)]
pub struct SurveyOptions {
    /// Respondents who are not customers become new leads.
    pub create: bool,
    /// Respondents who are not customers are kept without one.
    pub anonymous: bool,
    pub encoding: Option<String>,
    pub delimiter: Option<String>,
    pub dry_run: bool,
}

/// What a column of the form holds.
#[derive(Clone, Debug, PartialEq)]
enum Column {
    Answer(Target),
    Email,
    Id,
    Date,
    Name,
    /// `nps`, `csat` or `ces`, with its range.
    Score(&'static str, u8, u8),
    Ignored,
}

fn special(key: &str) -> Option<Column> {
    let k: String = key
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    Some(match k.as_str() {
        "email" | "emailaddress" | "epasts" | "epastaadrese" | "mail" => Column::Email,
        "id" | "customer" | "customerid" => Column::Id,
        "date" | "timestamp" | "completiontime" | "datesubmitted" | "submitdate" | "laiks"
        | "datums" => Column::Date,
        "name" | "fullname" | "vārds" | "vardsuzvards" => Column::Name,
        "nps" => Column::Score("nps", 0, 10),
        "csat" => Column::Score("csat", 1, 5),
        "ces" => Column::Score("ces", 1, 7),
        _ => return None,
    })
}

/// One response, read and checked.
#[derive(Debug)]
struct SurveyRow {
    line: u64,
    who: Option<Who>,
    name: Option<String>,
    interaction: Interaction,
}

/// Imports the responses in `input` to survey `name` (declared as `def`).
#[allow(clippy::too_many_arguments)]
pub fn run_survey(
    book: &Book,
    input: Input,
    name: &str,
    def: &SurveyDef,
    options: &SurveyOptions,
    today: NaiveDate,
    progress: &dyn Progress,
    notes: &dyn Notes,
) -> Result<Outcome> {
    let (file, table) = read::table(
        input,
        options.encoding.as_deref(),
        options.delimiter.as_deref(),
    )?;
    let mut problems = Problems::default();
    // Map each column: through the survey's `columns`, then by its header.
    let mut columns = Vec::with_capacity(table.headers.len());
    let mut ignored = Vec::new();
    for (i, header) in table.headers.iter().enumerate() {
        let key = def
            .columns
            .get(header.trim())
            .map_or(header.trim(), String::as_str);
        let column = match Target::parse(key) {
            Some(t) if t.fits(def.method) => Column::Answer(t),
            Some(t) => {
                problems.file.push(crate::msg!(
                    "survey-import.column-not-asked",
                    column = table.column_name(i),
                    key = t.key(),
                    method = def.method.name()
                ));
                Column::Ignored
            }
            None => special(key).unwrap_or(Column::Ignored),
        };
        if column == Column::Ignored && !key.is_empty() {
            ignored.push(format!("`{}`", table.column_name(i)));
        }
        columns.push(column);
    }
    if !columns.iter().any(|c| matches!(c, Column::Answer(_))) {
        let (first, second) = match def.method {
            Method::Kano => ("F:<feature>", "D:<feature>"),
            Method::Servqual => ("E<n>", "P<n>"),
        };
        problems.file.push(crate::msg!(
            "survey-import.no-answer-column",
            name = name,
            method = def.method.name(),
            first = first,
            second = second
        ));
    }
    let matchable = columns
        .iter()
        .any(|c| matches!(c, Column::Email | Column::Id));
    if !matchable && !options.anonymous {
        problems
            .file
            .push(crate::msg!("survey-import.no-respondent-column"));
    }
    if !problems.file.is_empty() {
        return Err(refuse(&file, problems, notes));
    }
    if !ignored.is_empty() {
        notes.note(&crate::msg!(
            "survey-import.not-imported",
            file = file.as_str(),
            columns = ignored.join(", ")
        ));
    }
    // Validate every row.
    let mut rows = Vec::with_capacity(table.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in table.rows() {
        let line = row.line();
        let mut bad = |why: String| problems.add(line, Problem::Bad(why));
        let mut answers: BTreeMap<String, Value> = BTreeMap::new();
        let mut who = None;
        let mut respondent = String::new();
        let mut person = None;
        let mut date_text = String::new();
        let mut date = When::Date(today);
        let mut interaction = Interaction::new(date, "survey");
        let mut weights = 0.0;
        let mut weighted = false;
        // Answers given but not readable: their feature is not also
        // reported as answered on one side only.
        let mut unreadable: Vec<String> = Vec::new();
        for (i, column) in columns.iter().enumerate() {
            let cell = row.get(i).trim();
            if cell.is_empty() {
                continue;
            }
            let at = table.column_name(i);
            match column {
                Column::Answer(t @ (Target::Functional(_) | Target::Dysfunctional(_))) => {
                    match survey::kano_answer(cell) {
                        Some(a) => {
                            answers.insert(t.key(), Value::String(a.into()));
                        }
                        None => {
                            unreadable.push(t.key());
                            bad(crate::msg!(
                                "survey-import.not-kano",
                                column = at,
                                cell = cell
                            ));
                        }
                    }
                }
                Column::Answer(t @ (Target::Expectation(_) | Target::Perception(_))) => {
                    match survey::leading_number(cell).filter(|n| (1..=7).contains(n)) {
                        Some(n) => {
                            answers.insert(t.key(), Value::Integer(n));
                        }
                        None => bad(crate::msg!(
                            "survey-import.not-rating",
                            column = at,
                            cell = cell
                        )),
                    }
                }
                Column::Answer(t @ Target::Weight(_)) => {
                    match survey::leading_number(cell).filter(|n| (0..=100).contains(n)) {
                        Some(n) => {
                            weights += n as f64;
                            weighted = true;
                            answers.insert(t.key(), Value::Integer(n));
                        }
                        None => bad(crate::msg!(
                            "survey-import.not-points",
                            column = at,
                            cell = cell
                        )),
                    }
                }
                Column::Email => {
                    respondent = cell.to_lowercase();
                    who = Some(Who::Email(respondent.clone()));
                }
                Column::Id => match Id::parse(cell) {
                    Ok(id) => {
                        respondent = id.to_string();
                        who = Some(Who::Id(id));
                    }
                    Err(e) => bad(crate::msg!(
                        "survey-import.column-problem",
                        column = at,
                        problem = e.to_string()
                    )),
                },
                Column::Date => match day_of(cell) {
                    Some(d) => {
                        date_text = cell.to_string();
                        date = When::Date(d);
                    }
                    None => bad(crate::msg!(
                        "survey-import.not-a-date",
                        column = at,
                        cell = cell
                    )),
                },
                Column::Name => person = Some(cell.to_string()),
                Column::Score(key, lo, hi) => {
                    match survey::leading_number(cell)
                        .filter(|n| (i64::from(*lo)..=i64::from(*hi)).contains(n))
                    {
                        Some(n) => {
                            let n = n as u8;
                            match *key {
                                "nps" => interaction.nps = Some(n),
                                "csat" => interaction.csat = Some(n),
                                _ => interaction.ces = Some(n),
                            }
                        }
                        None => bad(crate::msg!(
                            "survey-import.not-a-score",
                            column = at,
                            cell = cell,
                            from = lo.to_string(),
                            to = hi.to_string()
                        )),
                    }
                }
                Column::Ignored => {}
            }
        }
        // A KANO feature needs both its questions answered.
        for key in answers.keys() {
            let (mine, other, id) = match key.split_once(':') {
                Some(("F", f)) => (f, format!("D:{f}"), "survey-import.only-functional"),
                Some(("D", f)) => (f, format!("F:{f}"), "survey-import.only-dysfunctional"),
                _ => continue,
            };
            if !answers.contains_key(&other) && !unreadable.contains(&other) {
                bad(crate::msg!(id, feature = mine));
            }
        }
        if weighted && (weights - 100.0).abs() > 1e-9 {
            bad(crate::msg!(
                "survey-import.weights",
                sum = weights.to_string()
            ));
        }
        if answers.is_empty() {
            bad(crate::msg!("survey-import.no-answer", name = name));
        }
        // The response's identity: respondent, date text, answers, and the
        // count of identical rows before it.
        let mut content = format!("{respondent}\u{1f}{date_text}");
        for (k, v) in &answers {
            content.push_str(&format!("\u{1f}{k}={v}"));
        }
        for s in [interaction.nps, interaction.csat, interaction.ces] {
            content.push_str(&format!("\u{1f}{s:?}"));
        }
        let nth = seen.entry(content.clone()).or_default();
        content.push_str(&format!("\u{1f}{nth}"));
        *nth += 1;
        interaction.date = date;
        interaction.reference = Some(format!("{name}:{:016x}", fnv(&content)));
        interaction
            .extra
            .insert(SURVEY_KEY.into(), Value::String(name.to_string()));
        interaction
            .extra
            .insert(ANSWERS_KEY.into(), Value::Table(answers));
        rows.push(SurveyRow {
            line,
            who,
            name: person,
            interaction,
        });
    }
    drop(table);
    if !problems.is_empty() {
        return Err(refuse(&file, problems, notes));
    }
    let _lock = book.lock()?;
    // Find each respondent.
    let emails = if rows.iter().any(|r| matches!(r.who, Some(Who::Email(_)))) {
        Some(super::plan::email_index(book, notes)?)
    } else {
        None
    };
    let mut matched = Vec::new();
    let mut anonymous = Vec::new();
    let mut create: BTreeMap<String, (u64, Option<String>, Vec<Interaction>)> = BTreeMap::new();
    // A person erased with `rapport forget` is not made a lead again.
    let suppressed = if options.create {
        crate::book::suppressed::Suppressed::load(book)?
    } else {
        Default::default()
    };
    let mut erased: Vec<String> = Vec::new();
    for r in rows {
        let found = match &r.who {
            Some(Who::Id(id)) => book.is_taken(id.as_str()),
            Some(Who::Email(e)) => emails
                .as_ref()
                .and_then(|m| m.get(e))
                .is_some_and(|ids| !ids.is_empty()),
            None => false,
        };
        match (&r.who, found) {
            (Some(who), true) => matched.push(EntryRow {
                line: r.line,
                who: who.clone(),
                entry: r.interaction,
            }),
            (Some(Who::Email(e)), false)
                if options.create && suppressed.check(Some(e), None).is_some() =>
            {
                if !erased.contains(e) {
                    erased.push(e.clone());
                }
            }
            (Some(Who::Email(e)), false) if options.create => {
                let slot = create
                    .entry(e.clone())
                    .or_insert_with(|| (r.line, r.name.clone(), Vec::new()));
                slot.2.push(r.interaction);
            }
            (_, false) if options.anonymous => anonymous.push(r.interaction),
            (who, _) => problems.add(
                r.line,
                Problem::Bad(match who {
                    Some(Who::Email(e)) => {
                        crate::msg!("survey-import.no-customer-email", email = e.as_str())
                    }
                    Some(Who::Id(id)) => {
                        crate::msg!("survey-import.no-customer-id", id = id.to_string())
                    }
                    None => crate::msg!("survey-import.no-respondent"),
                }),
            ),
        }
    }
    if !problems.is_empty() {
        return Err(refuse(&file, problems, notes));
    }
    for email in &erased {
        notes.note(&crate::msg!("suppressed.skipped", email = email.as_str()));
    }
    let plan = super::plan::entries(
        book,
        matched,
        options.dry_run,
        &mut problems,
        progress,
        notes,
    )?;
    if !problems.is_empty() {
        return Err(refuse(&file, problems, notes));
    }
    let mut files = plan.files;
    let Counts::Entries {
        mut appended,
        mut skipped,
        mut customers,
    } = plan.counts
    else {
        unreachable!("an entries plan counts entries")
    };
    // New leads, each with their answers.
    let mut taken: HashSet<String> = HashSet::new();
    for (email, (_, person, interactions)) in create {
        let shown = person.unwrap_or_else(|| email.clone());
        let id = Id::from_name(&shown, |c| book.is_taken(c) || taken.contains(c));
        taken.insert(id.to_string());
        let mut doc = CustomerDoc::new();
        doc.set(&["name"], toml_edit::Value::from(shown.as_str()));
        doc.set(&["email"], toml_edit::Value::from(email.as_str()));
        if let Some(first) = book.settings.schema.stages.first() {
            doc.set(&["stage"], toml_edit::Value::from(first.as_str()));
        }
        doc.set(
            &["source"],
            toml_edit::Value::from(format!("survey:{name}")),
        );
        doc.set(&["created"], date_value(When::Date(today)));
        doc.append_interactions(&interactions);
        appended += interactions.len();
        customers += 1;
        files.push((book.customer_path(&id), doc.render()));
    }
    // Anonymous answers, in surveys/NAME.toml.
    let mut kept = 0;
    if !anonymous.is_empty() {
        let path = crate::book::surveys::path(book, name);
        let (text, held) = crate::book::surveys::read(book, name)?
            .unwrap_or_else(|| (crate::book::surveys::new_text(name), Vec::new()));
        let refs: HashSet<&str> = held.iter().filter_map(|i| i.reference.as_deref()).collect();
        let given = anonymous.len();
        let fresh: Vec<Interaction> = anonymous
            .into_iter()
            .filter(|i| !i.reference.as_deref().is_some_and(|r| refs.contains(r)))
            .collect();
        skipped += given - fresh.len();
        kept = fresh.len();
        if !fresh.is_empty() {
            let mut doc = CustomerDoc::parse(&text)
                .map_err(|e| Error::data(format!("{}: {e}", path.display())))?;
            doc.append_interactions(&fresh);
            files.push((path, doc.render()));
        }
    }
    let counts = Counts::Entries {
        appended: appended + kept,
        skipped,
        customers,
    };
    if !options.dry_run {
        if kept > 0 {
            let dir = book.root().join(survey::DIR);
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        super::write::write(
            book,
            &file,
            Kind::Interactions,
            files,
            &counts,
            progress,
            notes,
        )?;
    }
    if kept > 0 {
        notes.note(&crate::msg!(
            if options.dry_run {
                "survey-import.anonymous-would-keep"
            } else {
                "survey-import.anonymous-kept"
            },
            count = kept,
            file = format!("{}/{name}.toml", survey::DIR)
        ));
    }
    Ok(Outcome {
        name: file,
        kind: Kind::Interactions,
        dry_run: options.dry_run,
        counts,
        listing: None,
    })
}

/// Lists every problem and returns the error that ends the import.
fn refuse(name: &str, mut problems: Problems, notes: &dyn Notes) -> Error {
    problems.sort();
    for why in &problems.file {
        notes.located(name, why);
    }
    for (line, why) in &problems.rows {
        notes.located(&format!("{name}:{line}"), why);
    }
    let bad = problems.bad_rows();
    if bad == 0 {
        Error::data(crate::msg!("import.refused", name = name))
    } else {
        Error::data(crate::msg!("import.bad-rows", count = bad, name = name))
            .with_hint(crate::msg!("import.bad-rows-hint"))
    }
}

/// Returns the day a form's timestamp starts with: `2026-03-14 10:22:33`,
/// `2026/03/14 10:22:33 AM GMT+2`, `14.03.2026 10:22`, `3/14/2026 10:22:33`.
fn day_of(text: &str) -> Option<NaiveDate> {
    let first = text.split(['T', ' ']).next()?.trim_end_matches(',');
    ["%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%m/%d/%Y", "%m/%d/%y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(first, f).ok())
}

/// FNV-1a, 64 bits: stable across runs, builds and machines.
fn fnv(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
