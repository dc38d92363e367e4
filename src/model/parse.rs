//! Reading a customer file: TOML text to a [`Customer`], with every problem
//! located by line and column.
//!
//! The file is parsed once into a spanned tree (`toml::de::DeTable`), which
//! keeps the literal text of numbers so money is read from its digits, never
//! through a float. Problems come in three grades: a *broken* file (bad TOML,
//! a wrong type, an impossible amount) cannot be read and is skipped by
//! listings; a value the book's schema does not allow (an unknown stage) is an
//! error for `check` but the record still loads; an unknown key is a warning.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::customer::{Deal, Interaction, Kind, Value};
use super::fields::{CUSTOM_TABLE, ENTRY_TABLES, LAYOUT, Rule, Slot, Stored};
use super::{Customer, Money, Schema, When};
use crate::diag::{Diagnostic, Severity};

/// The keys of a `[[deals]]` entry, in the order rapport writes them.
pub const DEAL_KEYS: &[&str] = &[
    "title",
    "key",
    "value",
    "stage",
    "opened",
    "closed",
    "lost_reason",
];
/// The keys of an `[[interactions]]` entry, in the order rapport writes them.
pub const INTERACTION_KEYS: &[&str] = &[
    "date", "kind", "amount", "summary", "ref", "nps", "csat", "ces", "from", "to", "resolved",
    "owner", "priority",
];

/// The result of reading one customer file.
#[derive(Debug)]
pub struct Parsed {
    /// The record, or None when the file is broken.
    pub customer: Option<Customer>,
    /// Every problem found, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    /// Returns the first problem that made the file unreadable, if any.
    pub fn first_error(&self) -> Option<&Diagnostic> {
        self.diagnostics
            .iter()
            .find(|d| d.severity == Severity::Error)
    }
}

/// Reads `text`, the contents of the customer file at `path` (relative to the
/// book, for messages). With a `schema`, values the book does not allow are
/// reported too.
pub fn parse_customer(text: &str, path: &Path, schema: Option<&Schema>) -> Parsed {
    let mut reader = Reader {
        path,
        text,
        schema,
        diagnostics: Vec::new(),
        broken: false,
    };
    let customer = match DeTable::parse(text) {
        Ok(root) => reader.customer(root.get_ref(), root.span()),
        Err(e) => {
            match super::conflict::first_marker(text) {
                Some(span) => {
                    reader.broken(span, super::conflict::message());
                    if let Some(d) = reader.diagnostics.last_mut() {
                        d.hint = Some(super::conflict::hint());
                    }
                }
                None => {
                    let span = e.span().unwrap_or(0..0);
                    let message = e.message().trim().to_string();
                    reader.broken(span, crate::msg!("model.invalid-toml", message = message));
                }
            }
            None
        }
    };
    let mut diagnostics = reader.diagnostics;
    diagnostics.sort_by_key(|d| (d.line, d.column));
    Parsed {
        customer: customer.filter(|_| !reader.broken),
        diagnostics,
    }
}

type Node<'i> = Spanned<DeValue<'i>>;

struct Reader<'a> {
    path: &'a Path,
    text: &'a str,
    schema: Option<&'a Schema>,
    diagnostics: Vec<Diagnostic>,
    broken: bool,
}

impl Reader<'_> {
    fn diagnostic(&self, severity: Severity, span: Range<usize>, message: String) -> Diagnostic {
        Diagnostic::at(severity, self.path, self.text, span, message)
    }

    /// Records a problem that makes the file unreadable.
    fn broken(&mut self, span: Range<usize>, message: String) {
        self.broken = true;
        let d = self.diagnostic(Severity::Error, span, message);
        self.diagnostics.push(d);
    }

    /// Records a value the book's schema does not allow; the record loads.
    fn disallowed(&mut self, span: Range<usize>, message: String, hint: Option<String>) {
        let mut d = self.diagnostic(Severity::Error, span, message);
        d.hint = hint;
        self.diagnostics.push(d);
    }

    fn unknown_key(&mut self, span: Range<usize>, key: &str, known: &[&str], place: &str) {
        let mut d = self.diagnostic(
            Severity::Warning,
            span,
            crate::msg!("model.unknown-key", key = key, place = place),
        );
        if let Some(near) = nearest(key, known.iter().copied()) {
            d.hint = Some(crate::msg!("model.did-you-mean", near = near));
        }
        self.diagnostics.push(d);
    }

    fn customer(&mut self, root: &DeTable<'_>, root_span: Range<usize>) -> Option<Customer> {
        let mut c = Customer::default();
        let mut has_name = false;
        let layout = &*LAYOUT;
        let [deals, interactions] = ENTRY_TABLES;
        for (key, node) in root.iter() {
            let key_span = key.span();
            let k = key.get_ref().as_ref();
            if let Some(f) = layout.field(0, k) {
                has_name |= self.stored(&mut c, f, node);
            } else if let Some(t) = layout.table(k).filter(|t| *t > 0) {
                self.fields_table(&mut c, t, node);
            } else if k == CUSTOM_TABLE {
                c.fields = self.custom_fields(node);
            } else if k == deals {
                c.deals = self.entries(node, deals, Reader::deal);
            } else if k == interactions {
                c.interactions = self.entries(node, interactions, Reader::interaction);
            } else {
                self.unknown_key(
                    key_span,
                    k,
                    &layout.top,
                    &crate::msg!("model.the-customer-file"),
                );
                let value = self.value(node);
                c.extra.insert(k.to_string(), value);
            }
        }
        if !has_name && !self.broken {
            self.broken(
                root_span.start..root_span.start,
                crate::msg!("model.name-missing", key = super::fields::NAME.path),
            );
        }
        Some(c)
    }

    /// Reads the value of a stored field into `c`; true when it is the
    /// customer's name, read.
    fn stored(&mut self, c: &mut Customer, f: &Stored, node: &Node<'_>) -> bool {
        let key = f.path;
        match f.slot {
            Slot::Name => {
                if let Some(name) = self.string(key, node) {
                    if name.trim().is_empty() {
                        self.broken(node.span(), crate::msg!("model.empty", key = key));
                    }
                    c.name = name;
                    return true;
                }
            }
            Slot::Kind => {
                if let Some(kind) = self.string(key, node) {
                    match Kind::parse(&kind) {
                        Some(k) => c.kind = Some(k),
                        None => self.broken(
                            node.span(),
                            crate::msg!("model.bad-kind", key = key, kind = kind.as_str()),
                        ),
                    }
                }
            }
            Slot::Text(_, put) => {
                let value = self.string(key, node);
                if f.rule == Rule::Stage
                    && let (Some(stage), Some(schema)) = (&value, self.schema)
                    && !schema.has_stage(stage)
                {
                    let hint = suggestion(stage, &schema.stages, "stages");
                    self.disallowed(
                        node.span(),
                        crate::msg!("model.not-a-stage", stage = stage.as_str()),
                        Some(hint),
                    );
                }
                *put(c) = value;
            }
            Slot::List(_, put) => *put(c) = self.string_list(key, node),
            Slot::Money(_, put) => *put(c) = self.money(key, node),
            Slot::Date(_, put) => *put(c) = self.date(key, node),
            Slot::When(_, put) => *put(c) = self.when(key, node),
            Slot::Bool(_, put) => *put(c) = self.bool(key, node),
        }
        false
    }

    /// Reads a table of fields (`[address]`), number `t` of the layout.
    fn fields_table(&mut self, c: &mut Customer, t: u8, node: &Node<'_>) {
        let layout = &*LAYOUT;
        let name = layout.tables[usize::from(t)].name;
        let Some(table) = self.table(name, node) else {
            return;
        };
        for (key, value) in table.iter() {
            let k = key.get_ref().as_ref();
            match layout.field(t, k) {
                Some(f) => {
                    self.stored(c, f, value);
                }
                None => {
                    let known = &layout.tables[usize::from(t)].keys;
                    self.unknown_key(key.span(), k, known, &format!("[{name}]"));
                }
            }
        }
    }

    /// Records a value of the wrong type; `expected` is the id of the
    /// message that names the type expected (`model.a-date`).
    fn type_error(&mut self, key: &str, node: &Node<'_>, expected: &str) {
        self.type_error_text(key, node, expected, crate::msg!(expected));
    }

    fn type_error_text(&mut self, key: &str, node: &Node<'_>, id: &str, expected: String) {
        let found = describe(node.get_ref());
        let mut message = crate::msg!("model.type", key = key, expected = expected, found = found);
        if id.contains("date") && node.get_ref().is_str() {
            message.push(' ');
            message.push_str(&crate::msg!("model.dates-without-quotes"));
        } else if id.contains("number") && node.get_ref().is_str() {
            message.push(' ');
            message.push_str(&crate::msg!("model.amounts-without-quotes"));
        }
        self.broken(node.span(), message);
    }

    fn string(&mut self, key: &str, node: &Node<'_>) -> Option<String> {
        match node.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.type_error(key, node, "model.a-string");
                None
            }
        }
    }

    fn string_list(&mut self, key: &str, node: &Node<'_>) -> Vec<String> {
        let DeValue::Array(items) = node.get_ref() else {
            self.type_error(key, node, "model.a-list-of-strings");
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(s.to_string()),
                _ => self.type_error(key, item, "model.a-list-of-strings"),
            }
        }
        out
    }

    fn money(&mut self, key: &str, node: &Node<'_>) -> Option<Money> {
        let (literal, radix) = match node.get_ref() {
            DeValue::Float(f) => (f.as_str(), 10),
            DeValue::Integer(i) => (i.as_str(), i.radix()),
            _ => {
                self.type_error(key, node, "model.a-number-such-as");
                return None;
            }
        };
        match Money::from_toml_number(literal, radix) {
            Ok(m) => Some(m),
            Err(e) => {
                self.broken(
                    node.span(),
                    crate::msg!("model.key-problem", key = key, problem = e.to_string()),
                );
                None
            }
        }
    }

    fn date(&mut self, key: &str, node: &Node<'_>) -> Option<NaiveDate> {
        match node.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() => When::from_toml(dt).map(|w| w.date()),
            _ => {
                self.type_error(key, node, "model.a-date-such-as");
                None
            }
        }
    }

    fn when(&mut self, key: &str, node: &Node<'_>) -> Option<When> {
        let parsed = match node.get_ref() {
            DeValue::Datetime(dt) => When::from_toml(dt),
            _ => None,
        };
        if parsed.is_none() {
            self.type_error(key, node, "model.a-date-or-date-time");
        }
        parsed
    }

    fn bool(&mut self, key: &str, node: &Node<'_>) -> Option<bool> {
        match node.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.type_error(key, node, "model.true-or-false");
                None
            }
        }
    }

    fn score(
        &mut self,
        key: &str,
        node: &Node<'_>,
        range: std::ops::RangeInclusive<u8>,
    ) -> Option<u8> {
        let value = match node.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok(),
            _ => None,
        };
        match value
            .and_then(|v| u8::try_from(v).ok())
            .filter(|v| range.contains(v))
        {
            Some(v) => Some(v),
            None => {
                let expected = crate::msg!(
                    "model.a-whole-number-from",
                    from = range.start().to_string(),
                    to = range.end().to_string()
                );
                self.type_error_text(key, node, "model.a-whole-number-from", expected);
                None
            }
        }
    }

    fn table<'n, 'i>(&mut self, key: &str, node: &'n Node<'i>) -> Option<&'n DeTable<'i>> {
        match node.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.type_error(key, node, "model.a-table");
                None
            }
        }
    }

    fn custom_fields(&mut self, node: &Node<'_>) -> BTreeMap<String, Value> {
        let mut out = BTreeMap::new();
        let Some(table) = self.table(CUSTOM_TABLE, node) else {
            return out;
        };
        for (key, value) in table.iter() {
            let name = key.get_ref().as_ref();
            let v = self.value(value);
            if let Some(schema) = self.schema {
                match schema.fields.get(name) {
                    None => {
                        let known: Vec<&str> = schema.fields.keys().map(String::as_str).collect();
                        let mut d = self.diagnostic(
                            Severity::Warning,
                            key.span(),
                            crate::msg!("model.custom-undeclared", name = name),
                        );
                        d.hint = Some(match nearest(name, known.iter().copied()) {
                            Some(near) => crate::msg!("model.did-you-mean", near = near),
                            None => crate::msg!("model.declare-field", name = name),
                        });
                        self.diagnostics.push(d);
                    }
                    Some(def) => {
                        if let Some(problem) = def.ty.mismatch(&v) {
                            self.disallowed(
                                value.span(),
                                format!("fields.{name}: {problem}"),
                                None,
                            );
                        }
                    }
                }
            }
            out.insert(name.to_string(), v);
        }
        out
    }

    /// Reads an array of tables (`[[deals]]`, `[[interactions]]`) entry by entry.
    fn entries<T>(
        &mut self,
        node: &Node<'_>,
        key: &str,
        read: fn(&mut Self, &DeTable<'_>, Range<usize>) -> Option<T>,
    ) -> Vec<T> {
        let DeValue::Array(items) = node.get_ref() else {
            let expected = crate::msg!("model.an-array-of-tables", key = key);
            self.type_error_text(key, node, "model.an-array-of-tables", expected);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(t) => {
                    if let Some(entry) = read(self, t, item.span()) {
                        out.push(entry);
                    }
                }
                _ => self.type_error(key, item, "model.a-table"),
            }
        }
        out
    }

    fn deal(&mut self, table: &DeTable<'_>, span: Range<usize>) -> Option<Deal> {
        let mut d = Deal::default();
        let (mut title, mut stage) = (None, None);
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "title" => title = self.string("deals.title", value),
                "value" => d.value = self.money("deals.value", value),
                "stage" => {
                    stage = self.string("deals.stage", value);
                    if let (Some(s), Some(schema)) = (&stage, self.schema)
                        && !schema.has_deal_stage(s)
                    {
                        let mut all = schema.deal_stages.clone();
                        all.extend(["won".to_string(), "lost".to_string()]);
                        let hint = suggestion(s, &all, &crate::msg!("model.deal-stages"));
                        self.disallowed(
                            value.span(),
                            crate::msg!("model.not-a-deal-stage", stage = s.as_str()),
                            Some(hint),
                        );
                    }
                }
                "key" => d.key = self.string("deals.key", value),
                "lost_reason" => d.lost_reason = self.string("deals.lost_reason", value),
                "opened" => d.opened = self.date("deals.opened", value),
                "closed" => d.closed = self.date("deals.closed", value),
                k => {
                    let v = self.value(value);
                    d.extra.insert(k.to_string(), v);
                }
            }
        }
        let at = span.start..span.start;
        match (title, stage) {
            (Some(t), Some(s)) => {
                d.title = t;
                d.stage = s;
                Some(d)
            }
            (None, _) => {
                self.broken(at, crate::msg!("model.deal-needs", key = "title"));
                None
            }
            (_, None) => {
                self.broken(at, crate::msg!("model.deal-needs", key = "stage"));
                None
            }
        }
    }

    fn interaction(&mut self, table: &DeTable<'_>, span: Range<usize>) -> Option<Interaction> {
        let mut date = None;
        let mut kind = None;
        let mut i = Interaction::new(When::Date(NaiveDate::MIN), "");
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "date" => date = self.when("interactions.date", value),
                "kind" => {
                    kind = self.string("interactions.kind", value);
                    if let (Some(k), Some(schema)) = (&kind, self.schema)
                        && !schema.has_interaction_kind(k)
                    {
                        let hint = suggestion(k, &schema.interaction_kinds, "interaction_kinds");
                        self.disallowed(
                            value.span(),
                            crate::msg!("model.not-an-interaction-kind", kind = k.as_str()),
                            Some(hint),
                        );
                    }
                }
                "amount" => i.amount = self.money("interactions.amount", value),
                "summary" => i.summary = self.string("interactions.summary", value),
                "ref" => i.reference = self.string("interactions.ref", value),
                "nps" => i.nps = self.score("interactions.nps", value, 0..=10),
                "csat" => i.csat = self.score("interactions.csat", value, 1..=5),
                "ces" => i.ces = self.score("interactions.ces", value, 1..=7),
                "from" => i.from = self.string("interactions.from", value),
                "to" => i.to = self.string("interactions.to", value),
                "resolved" => i.resolved = self.when("interactions.resolved", value),
                "owner" => i.owner = self.string("interactions.owner", value),
                "priority" => i.priority = self.string("interactions.priority", value),
                k => {
                    let v = self.value(value);
                    i.extra.insert(k.to_string(), v);
                }
            }
        }
        let at = span.start..span.start;
        match (date, kind) {
            (Some(d), Some(k)) => {
                i.date = d;
                i.kind = k;
                Some(i)
            }
            (None, _) => {
                self.broken(at, crate::msg!("model.interaction-needs", key = "date"));
                None
            }
            (_, None) => {
                self.broken(at, crate::msg!("model.interaction-needs", key = "kind"));
                None
            }
        }
    }

    /// Converts any TOML value, for custom fields and unknown keys.
    fn value(&mut self, node: &Node<'_>) -> Value {
        match node.get_ref() {
            DeValue::String(s) => Value::String(s.to_string()),
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(v) => Value::Integer(v),
                Err(_) => Value::String(i.as_str().to_string()),
            },
            DeValue::Float(f) => {
                Value::Float(f.as_str().replace('_', "").parse().unwrap_or(f64::NAN))
            }
            DeValue::Boolean(b) => Value::Bool(*b),
            DeValue::Datetime(dt) => match When::from_toml(dt) {
                Some(w) => Value::Date(w),
                None => Value::String(dt.to_string()),
            },
            DeValue::Array(items) => Value::List(items.iter().map(|v| self.value(v)).collect()),
            DeValue::Table(t) => Value::Table(
                t.iter()
                    .map(|(k, v)| (k.get_ref().to_string(), self.value(v)))
                    .collect(),
            ),
        }
    }
}

/// Returns how a TOML value is described in messages.
fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(s) => {
            let shown: String = s.chars().take(40).collect();
            crate::msg!("model.the-string", text = shown)
        }
        DeValue::Integer(_) => crate::msg!("model.an-integer"),
        DeValue::Float(_) => crate::msg!("model.a-float"),
        DeValue::Boolean(_) => crate::msg!("model.a-boolean"),
        DeValue::Datetime(dt) if dt.time.is_some() => crate::msg!("model.a-date-time"),
        DeValue::Datetime(_) => crate::msg!("model.a-date"),
        DeValue::Array(_) => crate::msg!("model.an-array"),
        DeValue::Table(_) => crate::msg!("model.a-table"),
    }
}

/// Returns the candidate closest to `word`, if one is close enough to be a
/// likely typo.
pub fn nearest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|(distance, c)| *distance <= (c.len().max(word.len()) / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// Returns the hint for a value outside a list of allowed ones.
fn suggestion(value: &str, allowed: &[String], setting: &str) -> String {
    match nearest(value, allowed.iter().map(String::as_str)) {
        Some(near) => crate::msg!(
            "model.did-you-mean-among",
            near = near,
            setting = setting,
            allowed = allowed.join(", ")
        ),
        None => crate::msg!(
            "model.allowed-in-settings",
            setting = setting,
            allowed = allowed.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Parsed {
        parse_customer(
            text,
            Path::new("customers/x.toml"),
            Some(&Schema::default()),
        )
    }

    #[test]
    fn reads_a_full_record() {
        let p = parse(
            r#"
name = "Ozoliņš SIA"
kind = "company"
stage = "customer"
tags = ["b2b", "vip"]
acquisition_cost = 120.00
created = 2024-03-01

[address]
city = "Rīga"

[[interactions]]
date = 2024-03-01
kind = "purchase"
amount = 1_500.10
ref = "INV-1"

[[interactions]]
date = 2024-06-10T10:30:00
kind = "survey"
nps = 9
"#,
        );
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
        let c = p.customer.unwrap();
        assert_eq!(c.name, "Ozoliņš SIA");
        assert_eq!(c.kind, Some(Kind::Company));
        assert_eq!(c.tags, ["b2b", "vip"]);
        assert_eq!(c.acquisition_cost.unwrap().to_string(), "120.00");
        assert_eq!(c.address.city.as_deref(), Some("Rīga"));
        assert_eq!(c.interactions[0].amount.unwrap().to_string(), "1500.10");
        assert_eq!(c.interactions[1].nps, Some(9));
    }

    #[test]
    fn locates_broken_values() {
        let p = parse("name = \"A\"\ncreated = \"2024-03-01\"\n");
        assert!(p.customer.is_none());
        let d = p.first_error().unwrap();
        assert_eq!((d.line, d.column), (2, 11));
        assert!(d.message.contains("without quotes"), "{}", d.message);

        let p = parse(
            "name = \"A\"\n[[interactions]]\ndate = 2024-01-01\nkind = \"purchase\"\namount = 1.005\n",
        );
        assert_eq!(p.first_error().unwrap().line, 5);
        assert!(p.customer.is_none());

        let p = parse("name = \"A\"\nstage = \n");
        assert!(p.first_error().unwrap().message.starts_with("invalid TOML"));
    }

    #[test]
    fn grades_schema_problems_and_unknown_keys() {
        let p = parse("name = \"A\"\nstage = \"custmer\"\ncolour = \"red\"\n");
        assert!(
            p.customer.is_some(),
            "a schema problem does not break the file"
        );
        assert_eq!(p.diagnostics.len(), 2);
        assert_eq!(p.diagnostics[0].severity, Severity::Error);
        assert!(
            p.diagnostics[0]
                .hint
                .as_ref()
                .unwrap()
                .contains("`customer`")
        );
        assert_eq!(p.diagnostics[1].severity, Severity::Warning);
        assert_eq!(
            p.customer.unwrap().extra["colour"],
            Value::String("red".into())
        );
    }

    #[test]
    fn requires_a_name() {
        let p = parse("stage = \"lead\"\n");
        assert!(p.customer.is_none());
        assert!(
            p.first_error()
                .unwrap()
                .message
                .contains("`name` is missing")
        );
    }
}
