//! The plan pass, under the book's lock: the checked rows matched against
//! the book (customers by id or e-mail, with ids given to new ones and
//! companies resolved; interactions and deals to the customer they name),
//! and the new text of every file that changes built, before anything is
//! written.

use std::collections::HashSet;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::book::Book;
use crate::book::load::{self, Progress};
use crate::book::suppressed::Suppressed;
use crate::csv::cells::Problem;
use crate::csv::customers::{self, Action, Built, CustomerRow, Existing, Step};
use crate::csv::entries::{self, EmailIndex, Entry, EntryRow, Who};
use crate::csv::problems::Problems;
use crate::diag::Notes;
use crate::error::{Error, IoContext, Result};
use crate::model::fast::Parts;
use crate::model::{Schema, Value};

use super::{Counts, CustomerLine, Listing, Options};

/// What an import does: the files to write and what becomes of the rows.
#[derive(Debug)]
pub(super) struct Plan {
    /// Each file to write, with its new text.
    pub(super) files: Vec<(PathBuf, String)>,
    pub(super) counts: Counts,
    /// For a dry run: what becomes of each row.
    pub(super) listing: Option<Listing>,
}

/// Matches customer rows against the book and against each other (see
/// [`customers::plan`]); a row's problems join `problems`.
pub(super) fn steps(
    book: &Book,
    rows: Vec<CustomerRow>,
    options: &Options,
    problems: &mut Problems,
    notes: &dyn Notes,
) -> Result<Vec<Step>> {
    let existing = existing(book, notes)?;
    let suppressed = Suppressed::load(book)?;
    Ok(customers::plan(
        rows,
        &existing,
        &suppressed,
        options.match_by,
        options.on_match,
        problems,
    ))
}

/// Builds the text of every customer file to create or change (see
/// [`customers::build`]).
pub(super) fn build(
    steps: Vec<Step>,
    book: &Book,
    schema: &Schema,
    today: NaiveDate,
    problems: &mut Problems,
    progress: &dyn Progress,
) -> Vec<Built> {
    progress.stage("building files", Some(steps.len() as u64));
    let built = customers::build(steps, book, schema, today, problems, progress);
    progress.finish();
    built
}

/// Returns the plan of a customers import: tells each row skipped as a
/// person erased with `rapport forget`, and counts what is created,
/// updated, unchanged and skipped.
pub(super) fn customers(
    book: &Book,
    name: &str,
    built: Vec<Built>,
    dry_run: bool,
    notes: &dyn Notes,
) -> Plan {
    for b in built.iter().filter(|b| b.step.action == Action::Erased) {
        notes.located(
            &format!("rapport: {}:{}", name, b.step.line.unwrap_or(0)),
            &format!("skipped: {}", b.step.note),
        );
    }
    let count = |a: Action, changes: bool| {
        built
            .iter()
            .filter(|b| b.step.action == a && (b.text.is_some() == changes))
            .count()
    };
    let counts = Counts::Customers {
        created: count(Action::Create, true),
        updated: count(Action::Update, true),
        unchanged: count(Action::Update, false),
        skipped: count(Action::Skip, false) + count(Action::Erased, false),
        companies: built.iter().filter(|b| b.step.line.is_none()).count(),
    };
    let listing = dry_run.then(|| {
        Listing::Customers(
            built
                .iter()
                .map(|b| CustomerLine {
                    line: b.step.line,
                    action: match (&b.step.action, b.text.is_some()) {
                        (Action::Create, _) => "create",
                        (Action::Update, true) => "update",
                        (Action::Update, false) => "unchanged",
                        (Action::Skip | Action::Erased, _) => "skip",
                    },
                    id: b.step.id.clone(),
                    name: b.step.name.clone(),
                    detail: if b.step.action == Action::Update {
                        b.changed.join(", ")
                    } else {
                        b.step.note.clone()
                    },
                })
                .collect(),
        )
    });
    let files = built
        .into_iter()
        .filter_map(|b| b.text.map(|t| (book.customer_path(&b.step.id), t)))
        .collect();
    Plan {
        files,
        counts,
        listing,
    }
}

/// Returns the plan of an interactions or deals import: each row given to
/// the customer it names, skipped when already there (see
/// [`entries::attach`]); a row's problems join `problems`.
pub(super) fn entries<T: Entry>(
    book: &Book,
    rows: Vec<EntryRow<T>>,
    dry_run: bool,
    problems: &mut Problems,
    progress: &dyn Progress,
    notes: &dyn Notes,
) -> Result<Plan> {
    let emails: Option<EmailIndex> = if rows.iter().any(|r| matches!(r.who, Who::Email(_))) {
        Some(email_index(book, notes)?)
    } else {
        None
    };
    refuse_erased_details(book, &rows, problems)?;
    progress.stage("checking rows", Some(rows.len() as u64));
    let outcome = entries::attach(rows, book, emails.as_ref(), dry_run, problems, progress);
    progress.finish();
    let counts = Counts::Entries {
        appended: outcome.appended,
        skipped: outcome.skipped,
        customers: outcome.attached.len(),
    };
    Ok(Plan {
        files: outcome
            .attached
            .into_iter()
            .map(|a| (a.path, a.text))
            .collect(),
        counts,
        listing: dry_run.then_some(Listing::Entries(outcome.rows)),
    })
}

/// Refuses the rows of an interactions or deals file that would store an
/// erased person's e-mail or phone: entries carry no contact details of
/// their own, but a column kept with `--keep-unmapped` could. (A row that
/// names its customer by an erased e-mail finds nobody: no customer holds
/// it any more.)
fn refuse_erased_details<T: Entry>(
    book: &Book,
    rows: &[EntryRow<T>],
    problems: &mut Problems,
) -> Result<()> {
    if rows.iter().all(|r| r.entry.extra().is_empty()) {
        return Ok(());
    }
    let suppressed = Suppressed::load(book)?;
    if suppressed.is_empty() {
        return Ok(());
    }
    for row in rows {
        for (key, value) in row.entry.extra() {
            if let Value::String(text) = value
                && let Some(m) = suppressed.check(Some(text), Some(text))
            {
                problems.add(
                    row.line,
                    Problem::Bad(crate::msg!(
                        "import.erased",
                        key = key.as_str(),
                        what = m.as_str()
                    )),
                );
            }
        }
    }
    Ok(())
}

/// Reads what matching needs from the book: every taken file name, and the
/// id, name and e-mail of each readable customer. Unreadable files are
/// named as warnings: a row cannot match them by e-mail.
fn existing(book: &Book, notes: &dyn Notes) -> Result<Existing> {
    // The fast reader, building only the name and the e-mail of each.
    let scanned = load::scan_parts(book, Parts::NAME | Parts::EMAIL | Parts::KIND, |c| {
        c.id.clone().map(|id| {
            let company = c.kind == Some(crate::model::Kind::Company);
            ((id, c.name.clone(), c.email.clone()), company)
        })
    })?;
    for w in &scanned.warnings {
        notes.skipped(w);
    }
    let mut taken = HashSet::new();
    let dir = book.customers_dir();
    match std::fs::read_dir(&dir) {
        Ok(entries) => {
            for e in entries {
                let e = e.at(&dir)?;
                if let Some(stem) = e.file_name().to_str().and_then(|n| n.strip_suffix(".toml")) {
                    taken.insert(stem.to_string());
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&dir, e)),
    }
    let companies = scanned
        .items
        .iter()
        .filter(|(_, company)| *company)
        .map(|((id, _, _), _)| id.clone())
        .collect();
    Ok(Existing {
        taken,
        customers: scanned.items.into_iter().map(|(c, _)| c).collect(),
        companies,
    })
}

/// Returns the customers of the book by lowercased e-mail, for rows that
/// name their customer by e-mail; unreadable files are named as warnings.
pub(super) fn email_index(book: &Book, notes: &dyn Notes) -> Result<EmailIndex> {
    let scanned = load::scan_parts(book, Parts::EMAIL, |c| {
        c.id.clone().zip(c.email.as_ref().map(|e| e.to_lowercase()))
    })?;
    for w in &scanned.warnings {
        notes.skipped(w);
    }
    let mut index = EmailIndex::new();
    for (id, email) in scanned.items {
        index.entry(email).or_default().push(id);
    }
    Ok(index)
}
