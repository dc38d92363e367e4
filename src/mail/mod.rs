//! `rapport import --mail` as a library: the messages of an mbox, a
//! Maildir, a folder of `.eml` files or one message, logged as `email`
//! interactions on the customers they were exchanged with; all or nothing.
//!
//! 1. [`source`]: the mailbox split into raw messages, each knowing its
//!    place (`inbox.mbox:120 (message 3)`); a file that is no mail or is cut
//!    off refuses the import.
//! 2. [`message`]: each message's headers read in parallel: date (local
//!    time), subject (decoded, cleaned), Message-ID, From/To/Cc.
//! 3. Under the book's lock: each address matched against the customers'
//!    e-mails (without regard to case) and `[owners]`; one interaction per
//!    message and customer, `ref` = the Message-ID, `owner` = the owner
//!    whose address is on the message; with `create`, a lead for each
//!    address that matches nobody.
//! 4. The new text of every file built ([`crate::csv::entries::attach`]
//!    skips a ref the customer already holds, so a second import writes
//!    nothing), then every file written at once through the book's atomic
//!    writer: one undo step, one commit with `git = "commit"`.
//!
//! An interaction's date is a local date-time (TOML `2026-11-20T10:30:00`,
//! no offset), as `rapport log` writes it: a message's Date header is
//! converted to the time zone of the machine (`TZ`) and kept to the second.
//!
//! A message without a Message-ID gets a ref derived from its headers (see
//! [`message`]); a message without a readable Date is skipped with a
//! warning naming it; a second copy of one Message-ID in the mailbox (a
//! message in both the inbox and the sent folder) is counted once.

pub mod message;
pub mod source;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use rayon::prelude::*;

use crate::book::Book;
use crate::book::document::{CustomerDoc, date_value};
use crate::book::load::{self, Progress};
use crate::book::suppressed::Suppressed;
use crate::csv::entries::{self, EntryRow, Who};
use crate::csv::problems::Problems;
use crate::diag::Notes;
use crate::error::{Error, Result};
use crate::model::fast::Parts;
use crate::model::fields::{CREATED, EMAIL, KIND, NAME, STAGE};
use crate::model::{Id, Interaction, When};

use message::Mail;
use source::Location;

/// The interaction kind every message is logged as.
pub const KIND_EMAIL: &str = "email";

/// How to import a mailbox.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Asked, with the number of customer files about to be written, before
    /// anything is: false stops the import with nothing changed (a terminal
    /// asks; None goes ahead).
    pub confirm: Option<fn(usize) -> bool>,
    /// Add each address that matches no customer as a lead.
    pub create: bool,
    /// Only list the addresses that match no customer; write nothing.
    pub list_unmatched: bool,
    /// Plan and list, write nothing.
    pub dry_run: bool,
}

/// What an import did (or, for a dry run, would do).
#[derive(Debug)]
pub struct Outcome {
    /// The mailbox's name, as messages give it.
    pub name: String,
    pub dry_run: bool,
    /// The messages read.
    pub messages: usize,
    /// E-mails appended, and e-mails the customers already held.
    pub appended: usize,
    pub already: usize,
    /// The customers that gain e-mails (leads created among them).
    pub customers: usize,
    /// Leads created (`create`).
    pub created: usize,
    /// Messages seen before in the mailbox (the same Message-ID).
    pub copies: usize,
    /// Messages that match no customer.
    pub unmatched_messages: usize,
    /// The addresses that match no customer and are not the firm's.
    pub unmatched: Vec<Unmatched>,
    /// For a dry run: what becomes of each message and customer.
    pub listing: Option<Vec<Line>>,
}

/// An address that matches no customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmatched {
    pub email: String,
    /// The first display name the messages give it.
    pub name: Option<String>,
    /// How many messages hold it.
    pub messages: usize,
}

/// What becomes of one message for one customer, for `--dry-run`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub message: String,
    /// `append`, `skip` (already there) or `create` (a new lead's).
    pub action: &'static str,
    pub customer: Id,
    pub date: NaiveDateTime,
    pub summary: Option<String>,
}

impl Outcome {
    /// Returns the one line that says what was done (`imported inbox.mbox:
    /// 12 e-mails appended to 4 customers, 3 already there`).
    pub fn summary(&self) -> String {
        let name = self.name.as_str();
        let mut s = if self.dry_run {
            crate::msg!(
                "mail.summary-dry-run",
                name = name,
                appended = self.appended,
                customers = self.customers,
                already = self.already
            )
        } else if self.appended == 0 {
            crate::msg!("mail.summary-nothing", name = name, already = self.already)
        } else {
            crate::msg!(
                "mail.summary-done",
                name = name,
                appended = self.appended,
                customers = self.customers,
                already = self.already
            )
        };
        if self.created > 0 {
            s.push_str(&if self.dry_run {
                crate::msg!("mail.created-dry-run", count = self.created)
            } else {
                crate::msg!("mail.created", count = self.created)
            });
        }
        if self.copies > 0 {
            s.push_str(&crate::msg!("mail.copies", count = self.copies));
        }
        if self.created == 0 && !self.unmatched.is_empty() {
            s.push_str(&crate::msg!("mail.unmatched", count = self.unmatched.len()));
            if self.unmatched_messages > 0 {
                s.push_str(&crate::msg!(
                    "mail.unmatched-messages",
                    count = self.unmatched_messages
                ));
            }
            s.push_str(&crate::msg!("mail.unmatched-hint"));
        }
        s
    }
}

/// Imports the mailbox at `path` into `book` (see the module's notes).
/// A message that is no mail, or a mailbox cut off, refuses the whole
/// import: each problem is told to `notes` and nothing is written.
pub fn run(
    book: &Book,
    path: &Path,
    options: Options,
    today: NaiveDate,
    progress: &dyn Progress,
    notes: &dyn Notes,
) -> Result<Outcome> {
    let schema = &book.settings.schema;
    if !options.list_unmatched && !schema.interaction_kinds.iter().any(|k| k == KIND_EMAIL) {
        return Err(
            Error::data(crate::msg!("mail.no-email-kind", kind = KIND_EMAIL))
                .with_hint(crate::msg!("mail.no-email-kind-hint")),
        );
    }
    if options.create && book.settings.owners.is_empty() {
        return Err(Error::usage(crate::msg!("mail.create-needs-owners"))
            .with_hint(crate::msg!("mail.create-needs-owners-hint")));
    }
    let mailbox = source::read(path)?;
    let name = mailbox.name;
    let count = mailbox.messages.len();
    progress.stage("reading messages", Some(count as u64));
    let read: Vec<std::result::Result<Mail, (Location, String)>> = mailbox
        .messages
        .par_iter()
        .map(|raw| {
            let r = message::read(raw).map_err(|why| (raw.location.clone(), why));
            progress.advance(1);
            r
        })
        .collect();
    progress.finish();
    drop(mailbox.messages);
    let mut mails = Vec::with_capacity(read.len());
    let mut bad = Vec::new();
    for r in read {
        match r {
            Ok(m) => mails.push(m),
            Err(e) => bad.push(e),
        }
    }
    if !bad.is_empty() {
        for (location, why) in &bad {
            notes.located(&location.to_string(), why);
        }
        return Err(Error::data(crate::msg!(
            "mail.bad-messages",
            count = bad.len(),
            name = name.as_str()
        ))
        .with_hint(crate::msg!("mail.bad-messages-hint")));
    }
    let _lock = if options.list_unmatched || options.dry_run {
        None
    } else {
        Some(book.lock()?)
    };
    let emails = email_index(book, notes)?;
    let owners: HashMap<&str, &str> = book
        .settings
        .owners
        .iter()
        .flat_map(|(owner, addresses)| addresses.iter().map(move |a| (a.as_str(), owner.as_str())))
        .collect();
    let matched = match_messages(&mails, &emails, &owners, options.create);
    for (email, ids) in &matched.shared {
        let ids: Vec<String> = ids.iter().map(|i| format!("`{i}`")).collect();
        notes.warning(&crate::msg!(
            "mail.shared-email",
            email = email.as_str(),
            ids = ids.join(", ")
        ));
    }
    for location in &matched.undated {
        notes.warning(&crate::msg!(
            "mail.undated",
            location = location.to_string()
        ));
    }
    let derived = matched.derived;
    if derived > 0 {
        notes.note(&format!(
            "{derived} message{} without a Message-ID: {} ref is derived from {} Date, From, To, Cc and Subject (`sha256:…`)",
            if derived == 1 { "" } else { "s" },
            if derived == 1 { "its" } else { "their" },
            if derived == 1 { "its" } else { "their" },
        ));
    }
    let mut outcome = Outcome {
        name: name.clone(),
        dry_run: options.dry_run,
        messages: count,
        appended: 0,
        already: 0,
        customers: 0,
        created: 0,
        copies: matched.copies,
        unmatched_messages: matched.unmatched_messages,
        unmatched: matched.unmatched,
        listing: None,
    };
    if options.list_unmatched {
        return Ok(outcome);
    }
    let leads = if options.create {
        plan_leads(book, &matched.lead_messages, &outcome.unmatched, notes)?
    } else {
        Vec::new()
    };
    // Existing customers: appended through the entries import, which skips
    // the refs a customer already holds.
    let mut rows: Vec<EntryRow<Interaction>> = Vec::new();
    for (index, ids) in &matched.customers {
        for id in ids {
            rows.push(EntryRow {
                line: *index as u64 + 1,
                who: Who::Id(id.clone()),
                entry: interaction(&mails[*index], &matched.owner_of[*index]),
            });
        }
    }
    rows.sort_by_key(|r| (r.entry.date, r.line));
    let mut problems = Problems::default();
    progress.stage("checking customers", Some(rows.len() as u64));
    let attached = entries::attach(rows, book, None, options.dry_run, &mut problems, progress);
    progress.finish();
    if !problems.is_empty() {
        problems.sort();
        for (line, why) in &problems.rows {
            let location = mails
                .get((*line as usize).wrapping_sub(1))
                .map_or_else(|| name.clone(), |m| m.location.to_string());
            notes.located(&location, why);
        }
        return Err(Error::data(crate::msg!(
            "mail.customers-unreadable",
            name = name.as_str()
        )));
    }
    outcome.appended = attached.appended;
    outcome.already = attached.skipped;
    outcome.customers = attached.attached.len();
    let mut listing: Vec<(usize, Line)> = attached
        .rows
        .iter()
        .map(|r| {
            let index = r.line as usize - 1;
            let mail = &mails[index];
            (
                index,
                Line {
                    message: mail.location.to_string(),
                    action: if r.appended { "append" } else { "skip" },
                    customer: r.id.clone(),
                    date: mail.date.unwrap_or_default(),
                    summary: mail.subject.clone(),
                },
            )
        })
        .collect();
    let mut files: Vec<(PathBuf, String)> = attached
        .attached
        .into_iter()
        .map(|a| (a.path, a.text))
        .collect();
    let stage = schema.default_stage().unwrap_or("lead").to_string();
    for lead in &leads {
        let mut doc = CustomerDoc::new();
        doc.set(&[NAME.path], toml_edit::Value::from(lead.name.as_str()));
        doc.set(&[KIND.path], toml_edit::Value::from("person"));
        doc.set(&[STAGE.path], toml_edit::Value::from(stage.as_str()));
        doc.set(&[EMAIL.path], toml_edit::Value::from(lead.email.as_str()));
        doc.set(&[CREATED.path], date_value(When::Date(today)));
        let mut new: Vec<(NaiveDateTime, usize, Interaction)> = lead
            .messages
            .iter()
            .map(|&i| {
                let m = &mails[i];
                (
                    m.date.unwrap_or_default(),
                    i,
                    interaction(m, &matched.owner_of[i]),
                )
            })
            .collect();
        new.sort_by_key(|(date, i, _)| (*date, *i));
        for (_, i, _) in &new {
            let m = &mails[*i];
            listing.push((
                *i,
                Line {
                    message: m.location.to_string(),
                    action: "create",
                    customer: lead.id.clone(),
                    date: m.date.unwrap_or_default(),
                    summary: m.subject.clone(),
                },
            ));
        }
        let new: Vec<Interaction> = new.into_iter().map(|(_, _, i)| i).collect();
        doc.append_interactions(&new);
        outcome.appended += new.len();
        files.push((book.customer_path(&lead.id), doc.render()));
    }
    outcome.created = leads.len();
    outcome.customers += leads.len();
    if options.dry_run {
        // In mailbox order; a message's customers in id order.
        listing.sort_by(|a, b| (a.0, &a.1.customer).cmp(&(b.0, &b.1.customer)));
        outcome.listing = Some(listing.into_iter().map(|(_, l)| l).collect());
        return Ok(outcome);
    }
    if let Some(confirm) = options.confirm
        && files.len() > 1
        && !confirm(files.len())
    {
        return Err(Error::data(crate::msg!("import.declined")));
    }
    if !files.is_empty() {
        let paths: Vec<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
        crate::csv::import::write_all(book, files, progress)?;
        let message = format!(
            "import --mail {}: {} e-mail{} on {} customer{}{}",
            file_name(&name),
            outcome.appended,
            if outcome.appended == 1 { "" } else { "s" },
            outcome.customers,
            if outcome.customers == 1 { "" } else { "s" },
            if outcome.created > 0 {
                format!(
                    ", {} lead{} created",
                    outcome.created,
                    if outcome.created == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            }
        );
        if let Err(e) = crate::git::autocommit(book, &paths, &message) {
            notes.warning(&e.to_string());
        }
    }
    Ok(outcome)
}

/// Returns the interaction a message makes: an `email` at its local date
/// and time, the subject as summary, the Message-ID as ref, and the owner.
fn interaction(mail: &Mail, owner: &Option<String>) -> Interaction {
    let mut i = Interaction::new(When::DateTime(mail.date.unwrap_or_default()), KIND_EMAIL);
    i.summary = mail.subject.clone();
    i.reference = Some(mail.reference.clone());
    i.owner = owner.clone();
    i
}

/// The messages matched against the book.
#[derive(Default)]
struct Matched {
    /// By message index: the existing customers it is logged on.
    customers: Vec<(usize, Vec<Id>)>,
    /// By message index: the owner whose address is on it.
    owner_of: Vec<Option<String>>,
    /// By unmatched address: the messages that hold it (for leads).
    lead_messages: BTreeMap<String, Vec<usize>>,
    unmatched: Vec<Unmatched>,
    unmatched_messages: usize,
    copies: usize,
    /// Messages with a customer but no date.
    undated: Vec<Location>,
    /// Messages logged whose ref is derived.
    derived: usize,
    /// Addresses that belong to several customers, with them.
    shared: BTreeMap<String, Vec<Id>>,
}

/// Matches every message's addresses: the owner (From first, then To, then
/// Cc), the customers, and the addresses that are neither.
fn match_messages(
    mails: &[Mail],
    emails: &HashMap<String, Vec<Id>>,
    owners: &HashMap<&str, &str>,
    create: bool,
) -> Matched {
    let mut m = Matched {
        owner_of: vec![None; mails.len()],
        ..Matched::default()
    };
    let mut seen: HashSet<&str> = HashSet::new();
    let mut unmatched: BTreeMap<&str, Unmatched> = BTreeMap::new();
    for (index, mail) in mails.iter().enumerate() {
        if !seen.insert(&mail.reference) {
            m.copies += 1;
            continue;
        }
        m.owner_of[index] = mail
            .addresses
            .iter()
            .find_map(|p| owners.get(p.email.as_str()).map(|o| o.to_string()));
        let mut ids: Vec<Id> = Vec::new();
        let mut strangers: Vec<&str> = Vec::new();
        for party in &mail.addresses {
            if owners.contains_key(party.email.as_str()) {
                continue;
            }
            match emails.get(&party.email) {
                Some(found) => {
                    if found.len() > 1 {
                        m.shared.insert(party.email.clone(), found.clone());
                    }
                    for id in found {
                        if !ids.contains(id) {
                            ids.push(id.clone());
                        }
                    }
                }
                None => {
                    strangers.push(&party.email);
                    let u = unmatched.entry(&party.email).or_insert_with(|| Unmatched {
                        email: party.email.clone(),
                        name: None,
                        messages: 0,
                    });
                    u.messages += 1;
                    if u.name.is_none() {
                        u.name = party.name.clone();
                    }
                }
            }
        }
        if ids.is_empty() && strangers.is_empty() {
            continue;
        }
        if ids.is_empty() {
            m.unmatched_messages += 1;
        }
        let logged = !ids.is_empty() || create;
        if logged && mail.date.is_none() {
            m.undated.push(mail.location.clone());
            continue;
        }
        if logged && mail.derived {
            m.derived += 1;
        }
        if create {
            for s in strangers {
                m.lead_messages
                    .entry(s.to_string())
                    .or_default()
                    .push(index);
            }
        }
        if !ids.is_empty() {
            m.customers.push((index, ids));
        }
    }
    let mut list: Vec<Unmatched> = unmatched.into_values().collect();
    list.sort_by(|a, b| {
        b.messages
            .cmp(&a.messages)
            .then_with(|| a.email.cmp(&b.email))
    });
    m.unmatched = list;
    m
}

/// A lead to create for an address that matches nobody.
struct Lead {
    id: Id,
    name: String,
    email: String,
    /// The indexes of its messages.
    messages: Vec<usize>,
}

/// Plans a lead for each unmatched address with messages to log, in the
/// order of the addresses (most messages first): named by its display
/// name, else the address; its id made from the name. An address erased
/// with `rapport forget` is not brought back (a note says so).
fn plan_leads(
    book: &Book,
    messages: &BTreeMap<String, Vec<usize>>,
    unmatched: &[Unmatched],
    notes: &dyn Notes,
) -> Result<Vec<Lead>> {
    let suppressed = Suppressed::load(book)?;
    let mut taken: HashSet<String> = HashSet::new();
    if let Ok(entries) = std::fs::read_dir(book.customers_dir()) {
        for e in entries.flatten() {
            if let Some(stem) = e.file_name().to_str().and_then(|n| n.strip_suffix(".toml")) {
                taken.insert(stem.to_string());
            }
        }
    }
    let mut leads = Vec::new();
    for u in unmatched {
        let Some(indexes) = messages.get(&u.email) else {
            continue;
        };
        if suppressed.check(Some(&u.email), None).is_some() {
            notes.note(&crate::msg!("suppressed.skipped", email = u.email.as_str()));
            continue;
        }
        let name = u.name.clone().unwrap_or_else(|| u.email.clone());
        let id = Id::from_name(&name, |candidate| taken.contains(candidate));
        taken.insert(id.to_string());
        leads.push(Lead {
            id,
            name,
            email: u.email.clone(),
            messages: indexes.clone(),
        });
    }
    Ok(leads)
}

/// Returns the customers of the book by lowercased e-mail; unreadable
/// files are named as warnings.
fn email_index(book: &Book, notes: &dyn Notes) -> Result<HashMap<String, Vec<Id>>> {
    let scanned = load::scan_parts(book, Parts::EMAIL, |c| {
        c.id.clone().zip(
            c.email
                .as_deref()
                .and_then(crate::model::contact::email_key),
        )
    })?;
    for w in &scanned.warnings {
        notes.skipped(w);
    }
    let mut index: HashMap<String, Vec<Id>> = HashMap::new();
    for (id, email) in scanned.items {
        index.entry(email).or_default().push(id);
    }
    for ids in index.values_mut() {
        ids.sort();
    }
    Ok(index)
}

/// Returns the last part of a path, for commit messages.
fn file_name(name: &str) -> &str {
    Path::new(name)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(name)
}
