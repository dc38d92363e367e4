//! Changes to a customer's fields, as `rapport set` and `rapport add` write
//! them (`stage=customer`, `tags+=vip`, `address.city=Rīga`, `email=`).
//!
//! An assignment is parsed and validated against the book's schema once,
//! before any file is touched, into a [`Change`]; applying a change to a
//! document is then infallible.

use chrono::NaiveDate;
use toml_edit::Value;

use super::document::{CustomerDoc, date_value, money_value};
use crate::error::{Error, Result};
use crate::model::customer::Interaction;
use crate::model::date::{parse_day, parse_when};
use crate::model::fields::{self, CUSTOM_PREFIX, Rule, STAGE, Slot, Stored, TAGS};
use crate::model::parse::nearest;
use crate::model::schema::STAGE_KIND;
use crate::model::{Id, Kind, Money, Schema, When};

/// How an assignment combines with the current value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `KEY=VALUE`
    Set,
    /// `KEY+=VALUE`
    Add,
    /// `KEY-=VALUE`
    Remove,
}

/// One `KEY=VALUE` as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub key: String,
    pub op: Op,
    pub value: String,
}

impl Assignment {
    /// Parses `KEY=VALUE`, `KEY+=VALUE` or `KEY-=VALUE`; None when `text` is
    /// not an assignment (it is then an id).
    pub fn parse(text: &str) -> Option<Assignment> {
        let (left, value) = text.split_once('=')?;
        let (key, op) = if let Some(k) = left.strip_suffix('+') {
            (k, Op::Add)
        } else if let Some(k) = left.strip_suffix('-') {
            (k, Op::Remove)
        } else {
            (left, Op::Set)
        };
        Some(Assignment {
            key: key.trim().to_string(),
            op,
            value: value.to_string(),
        })
    }
}

/// A validated change to one customer file.
#[derive(Clone, Debug)]
pub enum Change {
    /// Set a plain value at a path.
    Value(Vec<String>, Value),
    /// Remove the value at a path.
    Unset(Vec<String>),
    /// Replace the tags.
    Tags(Vec<String>),
    AddTag(String),
    RemoveTag(String),
    /// Move to a lifecycle stage, logging the move.
    Stage(String),
}

/// Validates an assignment into a change. `customer_exists` tells whether
/// an id names a customer of the book (for `company`).
pub fn plan(
    a: &Assignment,
    schema: &Schema,
    today: NaiveDate,
    customer_exists: &dyn Fn(&str) -> bool,
) -> Result<Change> {
    let path: Vec<String> = a.key.split('.').map(str::to_string).collect();
    let invalid =
        |why: String| Error::usage(format!("`{}{}={}`: {why}", a.key, op_text(a.op), a.value));
    let stored = fields::by_path(&a.key);
    if stored.is_none() && !is_custom(&a.key, schema) {
        return Err(unknown_key(&a.key, schema));
    }
    if let Some(f) = stored
        && let Slot::List(..) = f.slot
    {
        let tags = split_list(&a.value);
        if let Some(bad) = tags.iter().find(|t| t.contains(';')) {
            return Err(invalid(crate::msg!(
                "change.tag-semicolon",
                tag = bad.as_str()
            )));
        }
        return Ok(match a.op {
            Op::Set => Change::Tags(tags),
            Op::Add | Op::Remove if tags.len() != 1 => {
                return Err(invalid(crate::msg!("change.one-tag")));
            }
            Op::Add => Change::AddTag(tags[0].clone()),
            Op::Remove => Change::RemoveTag(tags[0].clone()),
        });
    }
    if a.op != Op::Set {
        return Err(invalid(crate::msg!("change.only-tags", key = TAGS.path)));
    }
    if a.value.is_empty() {
        if stored.is_some_and(|f| matches!(f.slot, Slot::Name)) {
            return Err(invalid(crate::msg!("change.needs-name")));
        }
        return Ok(Change::Unset(path));
    }
    let v = a.value.as_str();
    let value = match stored {
        Some(f) => {
            match stored_value(f, v, schema, today, customer_exists).map_err(|(why, hint)| {
                let err = invalid(why);
                match hint {
                    Some(h) => err.with_hint(h),
                    None => err,
                }
            })? {
                Some(value) => value,
                None => return Ok(Change::Stage(v.to_string())),
            }
        }
        None => {
            let name = &a.key[CUSTOM_PREFIX.len()..];
            let def = &schema.fields[name];
            let parsed = def.ty.parse_text(v, today).map_err(invalid)?;
            super::values::to_toml(&parsed)
        }
    };
    Ok(Change::Value(path, value))
}

/// Checks `v`, typed for the stored field `f`, into the value to write;
/// Ok(None) for a stage, which moves the customer (see [`Change::Stage`]).
fn stored_value(
    f: &Stored,
    v: &str,
    schema: &Schema,
    today: NaiveDate,
    customer_exists: &dyn Fn(&str) -> bool,
) -> std::result::Result<Option<Value>, Invalid> {
    let key = f.path;
    Ok(Some(match f.slot {
        Slot::Name => {
            if v.trim().is_empty() {
                return Err((crate::msg!("change.needs-name"), None));
            }
            Value::from(v.trim())
        }
        Slot::Kind => match Kind::parse(v) {
            Some(k) => Value::from(k.as_str()),
            None => return Err((crate::msg!("change.kind", key = key), None)),
        },
        Slot::Text(..) => match f.rule {
            Rule::Stage => {
                if !schema.has_stage(v) {
                    return Err((
                        crate::msg!("change.not-a-stage"),
                        Some(choices(v, &schema.stages)),
                    ));
                }
                return Ok(None);
            }
            Rule::Email => Value::from(validate_email(v).map_err(|e| (e, None))?),
            Rule::Company => {
                Id::parse(v).map_err(|e| (e.to_string(), None))?;
                if !customer_exists(v) {
                    return Err((crate::msg!("change.no-company", id = v, key = key), None));
                }
                Value::from(v)
            }
            Rule::Plain => Value::from(v.trim()),
        },
        Slot::List(..) => Value::from(v.trim()),
        Slot::Money(..) => {
            money_value(Money::parse_typed(v, "").map_err(|e| (e.to_string(), None))?)
        }
        Slot::Date(..) => date_value(When::Date(
            parse_day(v, today).map_err(|e| (e.to_string(), None))?,
        )),
        Slot::When(..) => date_value(parse_when(v, today).map_err(|e| (e.to_string(), None))?),
        Slot::Bool(..) => match v {
            "true" | "yes" => Value::from(true),
            "false" | "no" => Value::from(false),
            _ => return Err((crate::msg!("change.bool", key = key), None)),
        },
    }))
}

/// Why a value does not fit a field, with a hint.
type Invalid = (String, Option<String>);

fn op_text(op: Op) -> &'static str {
    match op {
        Op::Set => "",
        Op::Add => "+",
        Op::Remove => "-",
    }
}

/// Returns true when `key` is a custom field the book declares.
fn is_custom(key: &str, schema: &Schema) -> bool {
    key.strip_prefix(CUSTOM_PREFIX)
        .is_some_and(|name| schema.fields.contains_key(name))
}

/// Returns the error for a key `set` does not know, with the nearest one.
fn unknown_key(key: &str, schema: &Schema) -> Error {
    if let Some(name) = key.strip_prefix(CUSTOM_PREFIX) {
        let declared: Vec<&str> = schema.fields.keys().map(String::as_str).collect();
        let err = Error::usage(crate::msg!("model.custom-undeclared", name = name));
        return match nearest(name, declared.iter().copied()) {
            Some(near) => err.with_hint(crate::msg!(
                "model.did-you-mean",
                near = format!("{CUSTOM_PREFIX}{near}")
            )),
            None => err.with_hint(crate::msg!(
                "change.declare-first",
                field = format!("{CUSTOM_PREFIX}{name}")
            )),
        };
    }
    let fields: Vec<String> = schema
        .fields
        .keys()
        .map(|f| format!("{CUSTOM_PREFIX}{f}"))
        .collect();
    let settable: Vec<&str> = fields::paths().collect();
    let candidates = settable
        .iter()
        .copied()
        .chain(fields.iter().map(String::as_str));
    let err = Error::usage(crate::msg!("change.not-settable", key = key));
    match nearest(key, candidates) {
        Some(near) => err.with_hint(crate::msg!("model.did-you-mean", near = near)),
        None => err.with_hint(crate::msg!(
            "change.settable-keys",
            keys = settable.join(", "),
            prefix = CUSTOM_PREFIX
        )),
    }
}

fn choices(value: &str, allowed: &[String]) -> String {
    match nearest(value, allowed.iter().map(String::as_str)) {
        Some(near) => crate::msg!(
            "model.did-you-mean-among",
            near = near,
            setting = "stages",
            allowed = allowed.join(", ")
        ),
        None => crate::msg!("change.stages", stages = allowed.join(", ")),
    }
}

/// Checks an e-mail address lightly: one `@` with text on both sides and no
/// spaces. Real validation is sending mail.
pub fn validate_email(text: &str) -> std::result::Result<&str, String> {
    let t = text.trim();
    match t.split_once('@') {
        Some((user, domain))
            if !user.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !t.chars().any(char::is_whitespace) =>
        {
            Ok(t)
        }
        _ => Err(crate::msg!("change.not-an-email", text = text)),
    }
}

fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Applies a change to `doc`. A stage move also appends the `stage`
/// interaction dated `today`; moving to the current stage changes nothing.
pub fn apply(doc: &mut CustomerDoc, change: &Change, today: NaiveDate) {
    match change {
        Change::Value(path, value) => {
            let keys: Vec<&str> = path.iter().map(String::as_str).collect();
            let same = doc.get(&keys).is_some_and(|old| same_value(old, value));
            if !same {
                doc.set(&keys, value.clone());
            }
        }
        Change::Unset(path) => {
            let keys: Vec<&str> = path.iter().map(String::as_str).collect();
            doc.remove(&keys);
        }
        Change::Tags(tags) => {
            if doc.tags() != *tags {
                if tags.is_empty() {
                    doc.remove(&[TAGS.path]);
                } else {
                    doc.set_tags(tags);
                }
            }
        }
        Change::AddTag(tag) => {
            let mut tags = doc.tags();
            if !tags.contains(tag) {
                tags.push(tag.clone());
                doc.set_tags(&tags);
            }
        }
        Change::RemoveTag(tag) => {
            let mut tags = doc.tags();
            if tags.contains(tag) {
                tags.retain(|t| t != tag);
                // No tags left: no `tags` key, as `tags=` writes it.
                if tags.is_empty() {
                    doc.remove(&[TAGS.path]);
                } else {
                    doc.set_tags(&tags);
                }
            }
        }
        Change::Stage(stage) => {
            let old = doc.get_str(&[STAGE.path]).map(str::to_string);
            if old.as_deref() == Some(stage.as_str()) {
                return;
            }
            doc.set(&[STAGE.path], Value::from(stage.as_str()));
            let mut move_ = Interaction::new(When::Date(today), STAGE_KIND);
            move_.from = old;
            move_.to = Some(stage.clone());
            doc.append_interaction(&move_);
        }
    }
}

/// Returns true when two TOML values hold the same data, whatever their
/// formatting.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.value() == y.value(),
        (Value::Integer(x), Value::Integer(y)) => x.value() == y.value(),
        (Value::Float(x), Value::Float(y)) => x.value() == y.value(),
        (Value::Boolean(x), Value::Boolean(y)) => x.value() == y.value(),
        (Value::Datetime(x), Value::Datetime(y)) => x.value() == y.value(),
        _ => false,
    }
}

/// Parses a date-or-time option (`--date`, `--resolved`).
pub fn parse_when_arg(flag: &str, text: &str, today: NaiveDate) -> Result<When> {
    parse_when(text, today).map_err(|e| Error::usage(format!("{flag}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn run(text: &str, assignments: &[&str]) -> String {
        let mut doc = CustomerDoc::parse(text).unwrap();
        for a in assignments {
            let change = plan(
                &Assignment::parse(a).unwrap(),
                &Schema::default(),
                today(),
                &|_| true,
            )
            .unwrap();
            apply(&mut doc, &change, today());
        }
        doc.render()
    }

    #[test]
    fn a_set_is_a_one_line_change_that_keeps_comments() {
        let before = "# Our best customer\nname = \"A\"\nstage = \"lead\"   # since the fair\n\n# contact\nemail = \"a@x.lv\"\n";
        let after = run(before, &["email=b@x.lv"]);
        assert_eq!(after, before.replace("a@x.lv", "b@x.lv"));
    }

    #[test]
    fn windows_line_ends_are_kept() {
        let before = "name = \"A\"\r\nemail = \"a@x.lv\"\r\n";
        assert_eq!(
            run(before, &["email=b@x.lv"]),
            "name = \"A\"\r\nemail = \"b@x.lv\"\r\n"
        );
    }

    #[test]
    fn a_new_key_goes_where_the_layout_puts_it() {
        let after = run(
            "name = \"A\"\nemail = \"a@x.lv\"\n",
            &["stage=prospect", "owner=anna"],
        );
        assert_eq!(
            after,
            "name = \"A\"\nstage = \"prospect\"\nemail = \"a@x.lv\"\nowner = \"anna\"\n\n[[interactions]]\ndate = 2026-11-23\nkind = \"stage\"\nto = \"prospect\"\n"
        );
    }

    #[test]
    fn a_new_section_goes_before_the_history() {
        let before = "name = \"A\"\n\n[[interactions]]\ndate = 2024-01-01\nkind = \"call\"\n";
        let after = run(before, &["next.date=2026-12-01", "address.city=Rīga"]);
        assert_eq!(
            after,
            "name = \"A\"\n\n[address]\ncity = \"Rīga\"\n\n[next]\ndate = 2026-12-01\n\n[[interactions]]\ndate = 2024-01-01\nkind = \"call\"\n"
        );
    }

    #[test]
    fn tags_add_and_remove_once() {
        let after = run(
            "name = \"A\"\ntags = [\"b2b\"]\n",
            &["tags+=vip", "tags+=vip", "tags-=b2b"],
        );
        assert_eq!(after, "name = \"A\"\ntags = [\"vip\"]\n");
        let after = run("name = \"A\"\ntags = [\"vip\"]\n", &["tags-=vip"]);
        assert_eq!(after, "name = \"A\"\n", "no tags left, no `tags` key");
    }

    #[test]
    fn refuses_unknown_keys_with_a_suggestion() {
        let err = plan(
            &Assignment::parse("stgae=lead").unwrap(),
            &Schema::default(),
            today(),
            &|_| true,
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert_eq!(err.hint(), Some("did you mean `stage`?"));
    }
}
