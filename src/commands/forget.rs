//! `rapport forget ID [--keep-figures]`: erasure on request (GDPR art. 17).
//!
//! All or nothing, even across a crash: the salted hashes in
//! suppressed.toml, the anonymous record (with --keep-figures), other
//! customers' `company` references and the removal of the customer's file
//! are one journaled write. After a crash the person is either untouched
//! (run `forget` again) or wholly erased (the next writer or `rapport check`
//! completes the journal). Afterwards nothing of the person is left in the
//! book outside git history: the cache and leftovers in `.rapport/` go too.

use std::path::PathBuf;

use toml_edit::Item;

use crate::book::erase::{anonymous_record, purchases_kept};
use crate::book::load::load_all;
use crate::book::suppressed;
use crate::book::{Book, document::CustomerDoc};
use crate::cli::ForgetArgs;
use crate::error::{Error, Result};
use crate::git::Repo;
use crate::model::Id;
use crate::model::fields::COMPANY;
use crate::output::{Printer, stderr};

use super::{Context, autocommit, confirm};

pub fn run(ctx: &Context, args: ForgetArgs) -> Result<()> {
    let book = ctx.book()?;
    let id = Book::parse_id(&args.id)?;
    if !book.customer_path(&id).is_file() {
        book.read_customer(&id)?;
    }
    if !args.yes && !args.dry_run {
        if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return Err(Error::usage(crate::msg!("forget.needs-yes")));
        }
        let question = crate::msg!("forget.question", id = id.to_string());
        if !confirm(&question, false) {
            return Err(Error::data(crate::msg!("forget.nothing-erased")));
        }
    }

    let _lock = book.lock()?;
    let file = book.read_customer(&id)?;
    let Some(customer) = &file.parsed.customer else {
        return Err(Error::Diagnostics(file.parsed.diagnostics));
    };
    // Every file of the erasure is staged, then all of them change at once
    // (the journal of `atomic::commit_all_and_remove`): a crash leaves the
    // person either wholly there or wholly erased, never both erased and
    // counted again in an anonymous record.
    // An erasure is never undone: its record in the undo store holds no
    // bytes and names no file.
    book.recorder().mark_irreversible();
    let writer = book.writer()?;
    writer.scratch()?;
    let mut staged = Vec::new();
    let mut paths: Vec<PathBuf> = Vec::new();
    let suppressed = suppressed::with_added(
        &book,
        customer.email.as_deref(),
        customer.phone.as_deref(),
        ctx.today,
    )?;
    let had_details = customer.email.is_some() || customer.phone.is_some();
    if let Some((path, text)) = &suppressed {
        staged.push(writer.stage_for(path, text.as_bytes())?);
        paths.push(path.clone());
    }

    let anonymous = if args.keep_figures {
        let anon = new_anonymous_id(&book)?;
        let name = format!("Anonymous {}", &anon.as_str()["anon-".len()..]);
        let path = book.customer_path(&anon);
        staged.push(writer.stage_for(&path, anonymous_record(customer, &name).as_bytes())?);
        paths.push(path);
        Some(anon)
    } else {
        None
    };

    let referencing = unlink_company(&book, &id)?;
    for (other, text) in &referencing {
        let path = book.customer_path(other);
        staged.push(writer.stage_for(&path, text.as_bytes())?);
        paths.push(path);
    }
    let referencing: Vec<Id> = referencing.into_iter().map(|(other, _)| other).collect();

    writer.commit_all_and_remove(staged, vec![file.path.clone()])?;
    if book.is_dry_run() {
        return Ok(());
    }
    // The undo store never keeps an erased customer's data.
    let relative_path = book.relative(&file.path).to_string_lossy().into_owned();
    let mut needles: Vec<&str> = [customer.email.as_deref(), customer.phone.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    needles.push(&customer.name);
    crate::book::undo::purge(&book.state_dir()?, &relative_path, &needles)?;
    paths.push(file.path.clone());
    erase_leftovers(&book, &id)?;
    autocommit(&book, &paths, "forget a customer (erasure request)");

    let relative = book.relative(&file.path).display().to_string();
    stderr::note(&crate::msg!(
        "forget.erased",
        id = id.to_string(),
        file = relative.as_str()
    ));
    match (&suppressed, had_details) {
        (Some(_), _) => stderr::note(&crate::msg!(
            "forget.suppressed",
            file = suppressed::FILE_NAME
        )),
        (None, true) => stderr::note(&crate::msg!(
            "forget.already-suppressed",
            file = suppressed::FILE_NAME
        )),
        (None, false) => stderr::note(&crate::msg!("forget.nothing-to-suppress")),
    }
    if !referencing.is_empty() {
        let list: Vec<&str> = referencing.iter().map(Id::as_str).collect();
        stderr::note(&crate::msg!(
            "forget.company-removed",
            setting = format!("company = \"{id}\""),
            ids = list.join(", ")
        ));
    }
    if let Some(anon) = &anonymous {
        stderr::note(&crate::msg!(
            "forget.kept-purchases",
            count = purchases_kept(customer),
            id = anon.to_string()
        ));
    }
    purge_advice(&book, &id, &relative);
    if let Some(anon) = anonymous {
        Printer::stdout(None::<crate::output::Format>)
            .line(anon.as_str())
            .map_err(Error::Output)?;
    }
    Ok(())
}

/// Returns a fresh id `anon-` + 8 random hex digits that says nothing about
/// the person.
fn new_anonymous_id(book: &Book) -> Result<Id> {
    loop {
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes)
            .map_err(|e| Error::data(crate::msg!("forget.no-random", why = e.to_string())))?;
        let candidate = format!("anon-{}", suppressed::hex(&bytes));
        if !book.is_taken(&candidate) {
            return Book::parse_id(&candidate);
        }
    }
}

/// Returns the new text of every other customer whose `company` is `id`,
/// without that line.
fn unlink_company(book: &Book, id: &Id) -> Result<Vec<(Id, String)>> {
    let loaded = load_all(book)?;
    let mut changed = Vec::new();
    for c in &loaded.customers {
        let Some(other) = &c.id else { continue };
        if other == id || c.company.as_deref() != Some(id.as_str()) {
            continue;
        }
        let file = book.read_customer(other)?;
        let mut doc = CustomerDoc::parse(&file.text)
            .map_err(|e| Error::data(format!("{}: {e}", book.relative(&file.path).display())))?;
        if doc.document().get(COMPANY.path).is_some_and(Item::is_value) {
            doc.remove(&[COMPANY.path]);
            changed.push((other.clone(), doc.render()));
        }
    }
    Ok(changed)
}

/// Removes what `.rapport/` may still hold of the person: the cache of
/// parsed customers (rebuilt by the next read, without them), the copy of
/// an `edit` that failed, and temporary files of interrupted writes (the
/// lock is held and interrupted writes are finished, so none is in use).
fn erase_leftovers(book: &Book, id: &Id) -> Result<()> {
    let state = book.state_dir()?;
    let mut leftovers = vec![
        state.join(crate::book::cache::FILE_NAME),
        state.join("edit").join(format!("{id}.toml")),
    ];
    for dir in [state.join("tmp"), state.clone()] {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            leftovers.extend(entries.flatten().map(|e| e.path()).filter(|p| {
                p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    n.starts_with(".tmp-") || n.starts_with(crate::book::cache::TEMP_PREFIX)
                })
            }));
        }
    }
    for path in leftovers {
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        }
    }
    Ok(())
}

/// Tells that git history still holds the file, and how to purge it.
fn purge_advice(book: &Book, id: &Id, relative: &str) {
    let Some(repo) = Repo::discover(book.root()) else {
        return;
    };
    let path = repo.relative(&book.root().join(relative));
    let committed = repo
        .run(&["log", "--all", "--format=%h", "-1", "--", &path])
        .is_ok_and(|out| !out.trim().is_empty());
    if !committed {
        return;
    }
    stderr::warning(&purge_text(&path, id, &repo.top().display().to_string()));
}

/// Returns the advice on purging `path` and the id from git history: the
/// commands for git-filter-repo, and for plain git (filter-branch).
fn purge_text(path: &str, id: &Id, top: &str) -> String {
    // The id as a whole word: `anna` must not match inside `anna-2`.
    let pattern = format!("(^|[^a-z0-9-]){id}([^a-z0-9-]|$)");
    let lines = [
        crate::msg!("forget.purge", path = path, id = id.to_string(), top = top),
        String::new(),
        format!(
            "    printf '%s\\n' 'regex:{pattern}==>\\1forgotten-customer\\2' > /tmp/rapport-purge.txt"
        ),
        format!(
            "    git filter-repo --force --invert-paths --path '{path}' --replace-message /tmp/rapport-purge.txt --replace-text /tmp/rapport-purge.txt"
        ),
        String::new(),
        crate::msg!("forget.purge-filter-branch", id = id.to_string()),
        String::new(),
        format!(
            "    git filter-branch --force --prune-empty --index-filter 'git rm -q --cached --ignore-unmatch {path}' --msg-filter \"sed -E 's/{pattern}/\\\\1forgotten-customer\\\\2/g'\" -- --all"
        ),
        "    git for-each-ref --format='%(refname)' refs/original/ | xargs -n 1 git update-ref -d"
            .to_string(),
        "    git reflog expire --expire=now --all && git gc --prune=now".to_string(),
        String::new(),
        crate::msg!("forget.purge-then"),
    ];
    lines.join("\n")
}
