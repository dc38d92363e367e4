//! `rapport set ID… KEY=VALUE…`: change fields of customers.

use crate::book::change::{self, Assignment, Change};
use crate::book::document::CustomerDoc;
use crate::book::{Book, suppressed};
use crate::cli::SetArgs;
use crate::error::{Error, Result};
use crate::git::autocommit::ids_phrase;
use crate::model::Id;
use crate::model::fast::Parts;
use crate::model::fields::{EMAIL, PHONE, STAGE, TAGS};
use crate::output::stderr;

use super::Context;

pub fn run(ctx: &Context, args: SetArgs) -> Result<()> {
    let book = ctx.book()?;
    let mut ids: Vec<Id> = Vec::new();
    let mut assignments = Vec::new();
    for arg in &args.args {
        match Assignment::parse(arg) {
            Some(a) => assignments.push(a),
            None => ids.push(Book::parse_id(arg)?),
        }
    }
    if assignments.is_empty() {
        return Err(Error::usage(crate::msg!("set.nothing")));
    }
    if args.filter.expr.is_some() && !ids.is_empty() {
        return Err(Error::usage(crate::msg!("set.ids-or-where")));
    }
    if args.filter.expr.is_none() && ids.is_empty() {
        return Err(Error::usage(crate::msg!("set.no-customer")));
    }
    let given = |key: &str| {
        assignments
            .iter()
            .rev()
            .find(|a| a.key == key && a.op == change::Op::Set)
            .map(|a| a.value.as_str())
    };
    suppressed::refuse_erased(&book, given(EMAIL.path), given(PHONE.path))?;
    let exists = |id: &str| book.is_taken(id);
    let changes = assignments
        .iter()
        .map(|a| change::plan(a, &book.settings.schema, ctx.today, &exists))
        .collect::<Result<Vec<Change>>>()?;
    let changed = if args.filter.expr.is_some() {
        let filter = super::query::where_filter(ctx, &book, &args.filter)?;
        // Select under the lock, so no other writer changes a customer
        // between selecting it and changing it.
        let _lock = book.lock()?;
        ids = super::query::select(ctx, &book, &filter, Parts::NONE, Default::default(), |s| {
            s.customer.id.clone()
        })?
        .into_iter()
        .flatten()
        .collect();
        if ids.is_empty() {
            stderr::note(&crate::msg!("set.none-match"));
            return Ok(());
        }
        if !args.dry_run {
            super::confirm_many(ids.len(), "set", args.yes)?;
        }
        apply_locked(ctx, &book, &ids, &changes)?
    } else {
        apply_to(ctx, &book, &ids, &changes)?
    };
    let unchanged = ids.len() - changed.len();
    let mut message = if args.dry_run {
        crate::msg!("set.would-change", count = changed.len())
    } else {
        crate::msg!("set.changed", count = changed.len())
    };
    if unchanged > 0 {
        message.push(' ');
        message.push_str(&crate::msg!("set.already-so", count = unchanged));
    }
    stderr::note(&message);
    Ok(())
}

/// Applies `changes` to each customer under the lock and returns the ids
/// whose files changed. Every file is read and checked before any is
/// written, so an unknown id or a broken file stops the command whole.
pub fn apply_to(ctx: &Context, book: &Book, ids: &[Id], changes: &[Change]) -> Result<Vec<Id>> {
    let _lock = book.lock()?;
    apply_locked(ctx, book, ids, changes)
}

/// [`apply_to`] for a caller that already holds the book's lock.
pub fn apply_locked(ctx: &Context, book: &Book, ids: &[Id], changes: &[Change]) -> Result<Vec<Id>> {
    let mut edited = Vec::with_capacity(ids.len());
    for id in ids {
        let file = book.read_customer(id)?;
        if file.parsed.customer.is_none() {
            return Err(Error::Diagnostics(file.parsed.diagnostics));
        }
        let mut doc = CustomerDoc::parse(&file.text)
            .map_err(|e| Error::data(format!("{}: {e}", book.relative(&file.path).display())))?;
        for c in changes {
            change::apply(&mut doc, c, ctx.today);
        }
        if doc.is_changed() {
            edited.push((id.clone(), file.path, doc.render()));
        }
    }
    let mut changed = Vec::with_capacity(edited.len());
    let mut paths = Vec::with_capacity(edited.len());
    for (id, path, text) in edited {
        book.write_customer(&path, &text)?;
        changed.push(id);
        paths.push(path);
    }
    let message = format!("set {} on {}", changed_keys(changes), ids_phrase(&changed));
    super::autocommit(book, &paths, &message);
    Ok(changed)
}

/// Names the keys of `changes` for a commit message, never their values.
fn changed_keys(changes: &[Change]) -> String {
    let mut keys: Vec<String> = Vec::new();
    for c in changes {
        let key = match c {
            Change::Value(path, _) | Change::Unset(path) => path.join("."),
            Change::Tags(_) | Change::AddTag(_) | Change::RemoveTag(_) => TAGS.path.to_string(),
            Change::Stage(_) => STAGE.path.to_string(),
        };
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys.join(", ")
}
