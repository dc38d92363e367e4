//! `rapport import` as a library: customers, interactions or deals from a
//! CSV file, all or nothing, in passes a test can drive one by one.
//!
//! 1. `read`: the bytes decoded and split into records with their lines.
//! 2. `map`: each column given a field; the file refused when it lacks a
//!    column every row needs; notes on what is left out.
//! 3. `validate`: every row read into checked values in parallel; every
//!    problem collected, and listed when the import is refused.
//! 4. `plan`, under the book's lock: rows matched against the book and the
//!    new text of every changed file built.
//! 5. `write`: every file written at once, then committed with git when
//!    the book asks for it.
//!
//! Nothing is written unless no pass found a problem. The passes never
//! print: progress goes to a [`Progress`], notes and the listing of
//! problems to [`Notes`], and the [`Outcome`] says what was done.

mod map;
mod plan;
mod read;
mod survey;
mod validate;
mod write;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

use crate::book::Book;
use crate::book::load::Progress;
use crate::csv::cells::Reader;
use crate::csv::customers::{self, MatchBy, OnMatch};
use crate::csv::dialects;
use crate::csv::entries::{EntryRow, RowOutcome};
use crate::csv::mapping::Kind;
use crate::csv::problems::Problems;
use crate::diag::Notes;
use crate::error::Result;
use crate::model::{Deal, Id, Interaction};

pub use read::Input;
pub use survey::{SurveyOptions, run_survey};
pub(crate) use write::write_all;

/// How to import: what the file holds, how its rows match the book, and how
/// to read its columns and cells.
#[derive(Clone, Debug)]
pub struct Options {
    /// Customers, interactions or deals.
    pub kind: Kind,
    /// How a customer row finds the customer it updates.
    pub match_by: MatchBy,
    /// What to do with a customer row that matches a customer of the book.
    pub on_match: OnMatch,
    /// `--map 'Column=field'`, as given.
    pub maps: Vec<String>,
    /// `--map-value 'field:Value=new'`, as given.
    pub map_values: Vec<String>,
    /// Keep the columns no field takes, as custom fields or extra keys.
    pub keep_unmapped: bool,
    /// The file's encoding label, when it is not UTF-8.
    pub encoding: Option<String>,
    /// The delimiter (`,` `;` `|` or `tab`), when detection should not decide.
    pub delimiter: Option<String>,
    /// How the file writes dates, as a strftime pattern.
    pub date_format: Option<String>,
    /// Numbers use a decimal comma.
    pub decimal_comma: bool,
    /// Plan and list, write nothing.
    pub dry_run: bool,
    /// Asked, with the number of customer files about to be written, before
    /// anything is: false stops the import with nothing changed (a terminal
    /// asks; None goes ahead).
    pub confirm: Option<fn(usize) -> bool>,
}

impl Default for Options {
    /// Customers, matched by id, a match refused; everything else detected.
    fn default() -> Options {
        Options {
            kind: Kind::Customers,
            match_by: MatchBy::Id,
            on_match: OnMatch::Error,
            maps: Vec::new(),
            map_values: Vec::new(),
            keep_unmapped: false,
            encoding: None,
            delimiter: None,
            date_format: None,
            decimal_comma: false,
            dry_run: false,
            confirm: None,
        }
    }
}

/// What an import did (or, for a dry run, would do).
#[derive(Debug)]
pub struct Outcome {
    /// The file's name, as messages give it.
    pub name: String,
    pub kind: Kind,
    pub dry_run: bool,
    pub counts: Counts,
    /// For a dry run: what becomes of each row.
    pub listing: Option<Listing>,
}

/// How many rows each thing happens to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counts {
    Customers {
        created: usize,
        updated: usize,
        unchanged: usize,
        /// Rows skipped (`--on-match skip`, or a person erased).
        skipped: usize,
        /// Companies created for the `company` column (counted in created).
        companies: usize,
    },
    Entries {
        appended: usize,
        /// Rows already there.
        skipped: usize,
        /// The customers that gain entries.
        customers: usize,
    },
}

/// What becomes of each row, for `--dry-run`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Listing {
    /// In file order, then the companies to create, then the rows skipped
    /// as erased people.
    Customers(Vec<CustomerLine>),
    /// In line order.
    Entries(Vec<RowOutcome>),
}

/// What becomes of one customer row, or of a company a row names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerLine {
    /// The row's line; None for a company created for the `company` column.
    pub line: Option<u64>,
    /// `create`, `update`, `unchanged` or `skip`.
    pub action: &'static str,
    pub id: Id,
    pub name: String,
    /// For an update: the keys it changes; else why (skipped, a company).
    pub detail: String,
}

impl Outcome {
    /// Returns the one line that says what was done (`imported
    /// contacts.csv: 3 created, 1 updated, 0 unchanged, 0 skipped`).
    pub fn summary(&self) -> String {
        let name = &self.name;
        match self.counts {
            Counts::Customers {
                created,
                updated,
                unchanged,
                skipped,
                companies,
            } => {
                let id = if self.dry_run {
                    "import.customers-dry-run"
                } else {
                    "import.customers-done"
                };
                let mut summary = crate::msg!(
                    id,
                    name = name.as_str(),
                    created = created,
                    updated = updated,
                    unchanged = unchanged,
                    skipped = skipped
                );
                if companies > 0 {
                    summary.push_str(&crate::msg!("import.companies", count = companies));
                }
                summary
            }
            Counts::Entries {
                appended,
                skipped,
                customers,
            } => {
                let what = noun(self.kind);
                if self.dry_run {
                    crate::msg!(
                        "import.entries-dry-run",
                        name = name.as_str(),
                        what = what,
                        appended = appended,
                        skipped = skipped
                    )
                } else {
                    crate::msg!(
                        "import.entries-done",
                        name = name.as_str(),
                        what = what,
                        appended = appended,
                        customers = customers,
                        skipped = skipped
                    )
                }
            }
        }
    }
}

/// Imports `input` into `book`: reads, maps and validates every row, then
/// under the book's lock plans every file and writes them all (unless a
/// dry run). Any problem refuses the whole import: each is told to `notes`
/// as a located line, and nothing is written.
pub fn run(
    book: &Book,
    input: Input,
    options: &Options,
    today: NaiveDate,
    progress: &dyn Progress,
    notes: &dyn Notes,
) -> Result<Outcome> {
    let (name, table) = read::table(
        input,
        options.encoding.as_deref(),
        options.delimiter.as_deref(),
    )?;
    run_table(book, name, table, options, today, progress, notes)
}

/// Imports the records of `table` (read from the input `name`: a CSV
/// file's rows, or the cards of a vCard file turned into rows) as [`run`]
/// does after reading.
pub fn run_table(
    book: &Book,
    name: String,
    table: crate::csv::source::Table,
    options: &Options,
    today: NaiveDate,
    progress: &dyn Progress,
    notes: &dyn Notes,
) -> Result<Outcome> {
    let kind = options.kind;
    let schema = &book.settings.schema;
    // Other CRMs' exports are customers; an interactions or deals file is
    // read as it is.
    let dialect = (kind == Kind::Customers)
        .then(|| dialects::recognise(&table.headers))
        .flatten();
    if let Some(d) = dialect {
        notes.note(&format!("recognised {}", d.name));
    }
    let (mapping, maps) = map::map(&name, &table, schema, options, dialect)?;
    map::tell_mapping(&table, &mapping, kind, options.dry_run, notes);
    let mut problems = Problems::default();
    let dates = map::dates(
        &table,
        &mapping,
        kind,
        schema,
        options.date_format.as_deref(),
        dialect,
        &mut problems,
    );
    let reader = Reader {
        table: &table,
        mapping: &mapping,
        maps: &maps,
        decimal_comma: options.decimal_comma,
        currency: &book.settings.currency,
        dates,
        dialect,
    };
    // The column each field comes from, for the messages; the rows read
    // hold everything else needed, so the file's cells can go.
    let columns = map::Columns::of(&table, &mapping);
    let refuse = |problems| validate::refuse(&name, problems, &columns, kind, schema, notes);
    let (plan, _lock) = match kind {
        Kind::Customers => {
            let mut rows = validate::customers(&reader, schema, &mut problems, progress);
            if dialect.is_some() {
                let merged;
                (rows, merged) = customers::merge_same_email(rows);
                if !merged.is_empty() {
                    let lines: Vec<String> = merged
                        .iter()
                        .map(|(line, first)| format!("line {line} (of line {first})"))
                        .collect();
                    notes.note(&format!(
                        "the e-mail of an earlier row again on {}: one customer per e-mail, a later row filling only what the earlier left empty",
                        lines.join(", ")
                    ));
                }
            }
            drop(reader);
            drop(table);
            let lock = book.lock()?;
            let steps = plan::steps(book, rows, options, &mut problems, notes)?;
            if !problems.is_empty() {
                return Err(refuse(problems));
            }
            let built = plan::build(steps, book, schema, today, &mut problems, progress);
            if !problems.is_empty() {
                return Err(refuse(problems));
            }
            (
                plan::customers(book, &name, built, options.dry_run, notes),
                lock,
            )
        }
        Kind::Interactions | Kind::Deals => {
            let rows = if kind == Kind::Deals {
                EntryRows::Deals(validate::deals(&reader, schema, &mut problems, progress))
            } else {
                EntryRows::Interactions(validate::interactions(
                    &reader,
                    schema,
                    &mut problems,
                    progress,
                ))
            };
            drop(reader);
            drop(table);
            if !problems.is_empty() {
                return Err(refuse(problems));
            }
            let lock = book.lock()?;
            let dry_run = options.dry_run;
            let plan = match rows {
                EntryRows::Interactions(rows) => {
                    plan::entries(book, rows, dry_run, &mut problems, progress, notes)?
                }
                EntryRows::Deals(rows) => {
                    plan::entries(book, rows, dry_run, &mut problems, progress, notes)?
                }
            };
            if !problems.is_empty() {
                return Err(refuse(problems));
            }
            (plan, lock)
        }
    };
    if !options.dry_run
        && let Some(confirm) = options.confirm
        && plan.files.len() > 1
        && !confirm(plan.files.len())
    {
        return Err(crate::error::Error::data(crate::msg!("import.declined")));
    }
    if !options.dry_run {
        write::write(book, &name, kind, plan.files, &plan.counts, progress, notes)?;
    }
    Ok(Outcome {
        name,
        kind,
        dry_run: options.dry_run,
        counts: plan.counts,
        listing: plan.listing,
    })
}

/// The rows of an interactions or a deals file.
enum EntryRows {
    Interactions(Vec<EntryRow<Interaction>>),
    Deals(Vec<EntryRow<Deal>>),
}

/// Returns what one row of an interactions or deals file is called
/// (`interaction`, `deal`).
pub fn noun(kind: Kind) -> &'static str {
    match kind {
        Kind::Deals => "deal",
        Kind::Interactions | Kind::Customers => "interaction",
    }
}

/// Returns the `s` of a plural.
fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
