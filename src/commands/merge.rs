//! `rapport merge KEEP OTHER…`: merge duplicate records into one.
//!
//! KEEP keeps its fields and takes the others' where its own are empty;
//! interactions, deals and tags are united without duplicates
//! ([`crate::book::merge`] with an empty base and `KeepOurs`). Other
//! customers whose `company` names an OTHER are pointed at KEEP.
//!
//! The writes happen under the lock in this order: KEEP, then the
//! customers whose `company` changes, then the OTHERs are removed. A crash
//! at any point leaves at worst a duplicate (KEEP already holding an
//! OTHER's history while the OTHER still exists), never a loss; running the
//! same merge again finishes it, since entries already in KEEP are
//! recognised and not added twice.

use std::collections::BTreeSet;
use std::path::PathBuf;

use toml_edit::Value;

use crate::book::Book;
use crate::book::document::CustomerDoc;
use crate::book::load::load_all;
use crate::book::merge::{OnConflict, merge};
use crate::cli::MergeArgs;
use crate::diag::Severity;
use crate::error::{Error, Result};
use crate::model::Id;
use crate::model::fields::COMPANY;
use crate::model::parse::parse_customer;
use crate::output::{Printer, stderr};

use super::{Context, autocommit};

pub fn run(ctx: &Context, args: MergeArgs) -> Result<()> {
    let book = ctx.book()?;
    let keep = Book::parse_id(&args.keep)?;
    let mut others: Vec<Id> = Vec::new();
    for text in &args.others {
        let id = Book::parse_id(text)?;
        if id == keep {
            return Err(Error::usage(crate::msg!(
                "merge.into-itself",
                id = id.to_string()
            )));
        }
        if !others.contains(&id) {
            others.push(id);
        }
    }

    let _lock = book.lock()?;
    let keep_file = book.read_customer(&keep)?;
    if keep_file.parsed.customer.is_none() {
        return Err(Error::Diagnostics(keep_file.parsed.diagnostics));
    }
    let mut text = keep_file.text.clone();
    let mut other_paths = Vec::with_capacity(others.len());
    let mut added: Vec<String> = Vec::new();
    for other in &others {
        let file = book.read_customer(other)?;
        if file.parsed.customer.is_none() {
            return Err(Error::Diagnostics(file.parsed.diagnostics));
        }
        let merged = merge("", &text, &file.text, OnConflict::KeepOurs).map_err(|e| {
            Error::data(crate::msg!(
                "merge.cannot",
                other = other.to_string(),
                keep = keep.to_string(),
                why = e.to_string()
            ))
            .with_hint(crate::msg!("merge.cannot-hint"))
        })?;
        for (key, ours, theirs) in &merged.kept_ours {
            stderr::note(&crate::msg!(
                "merge.kept-ours",
                setting = format!("{key} = {ours}"),
                keep = keep.to_string(),
                other = other.to_string(),
                theirs = theirs.to_string()
            ));
        }
        for (key, n) in &merged.added {
            added.push(crate::msg!(
                "merge.added",
                count = *n,
                key = key.as_str(),
                other = other.to_string()
            ));
        }
        text = merged.text;
        other_paths.push(file.path);
    }
    text = drop_self_reference(&text, &others);
    let relative = book.relative(&keep_file.path).to_path_buf();
    let parsed = parse_customer(&text, &relative, Some(&book.settings.schema));
    if let Some(d) = parsed
        .diagnostics
        .iter()
        .find(|d| d.severity == Severity::Error)
        && parsed.customer.is_none()
    {
        return Err(Error::data(crate::msg!(
            "merge.unreadable",
            why = d.one_line()
        )));
    }
    if args.dry_run {
        return Printer::stdout(None::<crate::output::Format>)
            .line(text.trim_end_matches('\n'))
            .map_err(Error::Output);
    }

    let referencing = companies_pointing_at(&book, &keep, &others)?;
    super::confirm_many(1 + others.len() + referencing.len(), "merge", args.yes)?;
    let mut paths: Vec<PathBuf> = vec![keep_file.path.clone()];
    if text != keep_file.text {
        book.write_customer(&keep_file.path, &text)?;
    }
    for (path, rewritten) in &referencing {
        book.write_customer(path, rewritten)?;
        paths.push(path.clone());
    }
    for path in &other_paths {
        if path.exists() {
            book.remove_customer(path)?;
        }
        paths.push(path.clone());
    }
    let names: Vec<&str> = others.iter().map(Id::as_str).collect();
    autocommit(
        &book,
        &paths,
        &format!("merge {} into {keep}", names.join(", ")),
    );

    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    let mut message = crate::msg!(
        "merge.merged",
        ids = quoted.join(", "),
        keep = keep.to_string()
    );
    if !added.is_empty() {
        message.push_str(&format!(": {}", added.join(", ")));
    }
    stderr::note(&message);
    if !referencing.is_empty() {
        stderr::note(&crate::msg!(
            "merge.companies",
            count = referencing.len(),
            keep = keep.to_string()
        ));
    }
    Ok(())
}

/// Removes `company` from the merged record when it names one of the
/// records merged into it.
fn drop_self_reference(text: &str, others: &[Id]) -> String {
    let Ok(mut doc) = CustomerDoc::parse(text) else {
        return text.to_string();
    };
    let names_other = doc
        .get_str(&[COMPANY.path])
        .is_some_and(|c| others.iter().any(|o| o.as_str() == c));
    if !names_other {
        return text.to_string();
    }
    doc.remove(&[COMPANY.path]);
    doc.render()
}

/// Returns the files (and their new text) of the customers, other than
/// those merged, whose `company` names one of `others`, pointed at `keep`.
fn companies_pointing_at(book: &Book, keep: &Id, others: &[Id]) -> Result<Vec<(PathBuf, String)>> {
    let merged: BTreeSet<&str> = others.iter().map(Id::as_str).collect();
    let loaded = load_all(book)?;
    let mut out = Vec::new();
    for c in &loaded.customers {
        let Some(id) = &c.id else { continue };
        if id == keep || merged.contains(id.as_str()) {
            continue;
        }
        if !c.company.as_deref().is_some_and(|co| merged.contains(co)) {
            continue;
        }
        let file = book.read_customer(id)?;
        let mut doc = CustomerDoc::parse(&file.text)
            .map_err(|e| Error::data(format!("{}: {e}", book.relative(&file.path).display())))?;
        doc.set(&[COMPANY.path], Value::from(keep.as_str()));
        out.push((file.path, doc.render()));
    }
    Ok(out)
}
