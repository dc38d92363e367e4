//! `rapport add NAME`: create a customer and print its id.

use toml_edit::Value;

use crate::book::change::{self, Assignment, Change, Op};
use crate::book::document::{CustomerDoc, date_value};
use crate::book::{Book, suppressed};
use crate::cli::AddArgs;
use crate::error::{Error, Result};
use crate::model::fields::{
    COMPANY, CREATED, CUSTOM_PREFIX, EMAIL, KIND, NAME, OWNER, PHONE, SOURCE, STAGE, TAGS,
};
use crate::model::{Id, When};
use crate::output::Printer;

use super::Context;

pub fn run(ctx: &Context, args: AddArgs) -> Result<()> {
    let book = ctx.book()?;
    if args.name.trim().is_empty() {
        return Err(Error::usage(crate::msg!("add.empty-name")));
    }
    let explicit_id = args.id.as_deref().map(Book::parse_id).transpose()?;
    let changes = plan_changes(ctx, &book, &args)?;
    suppressed::refuse_erased(&book, args.email.as_deref(), args.phone.as_deref())?;
    if !args.allow_duplicate {
        refuse_duplicate(ctx, &book, args.email.as_deref(), args.phone.as_deref())?;
    }

    let _lock = book.lock()?;
    let id = match explicit_id {
        Some(id) if book.is_taken(id.as_str()) => {
            return Err(Error::data(crate::msg!("add.exists", id = id.to_string()))
                .with_hint(crate::msg!("add.exists-hint")));
        }
        Some(id) => id,
        None => Id::from_name(&args.name, |candidate| book.is_taken(candidate)),
    };
    let mut doc = CustomerDoc::new();
    for c in &changes {
        change::apply(&mut doc, c, ctx.today);
    }
    if doc.get(&[CREATED.path]).is_none() {
        doc.set(&[CREATED.path], date_value(When::Date(ctx.today)));
    }
    let path = book.customer_path(&id);
    book.write_customer(&path, &doc.render())?;
    super::autocommit(&book, &[path], &format!("add {id}"));
    Printer::stdout(None::<crate::output::Format>)
        .line(id.as_str())
        .map_err(Error::Output)
}

/// Turns the options into validated changes, before anything is written.
fn plan_changes(ctx: &Context, book: &Book, args: &AddArgs) -> Result<Vec<Change>> {
    let mut assignments = vec![Assignment {
        key: NAME.path.into(),
        op: Op::Set,
        value: args.name.clone(),
    }];
    let mut put = |key: &str, value: &Option<String>| {
        if let Some(v) = value {
            assignments.push(Assignment {
                key: key.into(),
                op: Op::Set,
                value: v.clone(),
            });
        }
    };
    put(KIND.path, &args.kind);
    put(EMAIL.path, &args.email);
    put(PHONE.path, &args.phone);
    put(COMPANY.path, &args.company);
    put(OWNER.path, &args.owner);
    put(SOURCE.path, &args.source);
    put(CREATED.path, &args.created);
    if !args.tags.is_empty() {
        assignments.push(Assignment {
            key: TAGS.path.into(),
            op: Op::Set,
            value: args.tags.join(","),
        });
    }
    for field in &args.fields {
        let a = Assignment::parse(field)
            .filter(|a| a.op == Op::Set)
            .ok_or_else(|| {
                Error::usage(crate::msg!(
                    "add.write-assignment",
                    flag = format!("--field `{field}`"),
                    form = "NAME=VALUE"
                ))
            })?;
        assignments.push(Assignment {
            key: format!("{CUSTOM_PREFIX}{}", a.key),
            ..a
        });
    }
    for set in &args.sets {
        let a = Assignment::parse(set).ok_or_else(|| {
            Error::usage(crate::msg!(
                "add.write-assignment",
                flag = format!("--set `{set}`"),
                form = "KEY=VALUE"
            ))
        })?;
        assignments.push(a);
    }
    let schema = &book.settings.schema;
    let exists = |id: &str| book.is_taken(id);
    let mut changes = Vec::with_capacity(assignments.len() + 1);
    let stage = match &args.stage {
        Some(s) => s.clone(),
        None => schema.default_stage().unwrap_or("lead").to_string(),
    };
    let stage_assignment = Assignment {
        key: STAGE.path.into(),
        op: Op::Set,
        value: stage,
    };
    // A new customer starts in its stage; only later moves are logged.
    match change::plan(&stage_assignment, schema, ctx.today, &exists)? {
        Change::Stage(s) => changes.push(Change::Value(vec![STAGE.path.into()], Value::from(s))),
        other => changes.push(other),
    }
    for a in &assignments {
        changes.push(change::plan(a, schema, ctx.today, &exists)?);
    }
    Ok(changes)
}

/// Refuses a new customer whose e-mail (without case) or phone (its
/// digits) another customer already has: a second record of one person is
/// the duplicate `rapport dupes` would find later, so it is named now.
fn refuse_duplicate(
    ctx: &Context,
    book: &Book,
    email: Option<&str>,
    phone: Option<&str>,
) -> Result<()> {
    use crate::model::contact::{email_key, phone_key};
    let email = email.and_then(email_key);
    let phone = phone.and_then(phone_key);
    if email.is_none() && phone.is_none() {
        return Ok(());
    }
    let filter = crate::query::Filter::all();
    let parts = crate::model::fast::Parts::EMAIL | crate::model::fast::Parts::PHONE;
    let found = super::query::select(ctx, book, &filter, parts, Default::default(), |s| {
        let c = s.customer;
        let same_email = email.is_some() && c.email.as_deref().and_then(email_key) == email;
        let same_phone = phone.is_some() && c.phone.as_deref().and_then(phone_key) == phone;
        match (&c.id, same_email, same_phone) {
            (Some(id), true, _) => Some((id.clone(), "e-mail")),
            (Some(id), _, true) => Some((id.clone(), "phone")),
            _ => None,
        }
    })?;
    match found.into_iter().flatten().next() {
        None => Ok(()),
        Some((id, what)) => Err(Error::data(crate::msg!(
            "add.duplicate",
            id = id.to_string(),
            what = what
        ))
        .with_hint(crate::msg!("add.duplicate-hint", id = id.to_string()))),
    }
}
