//! Fields of a customer by path: the one place that knows every field the
//! query language, `--sort`, `--columns`, `--by` and exports can name, and
//! how to get its value.
//!
//! - Stored keys by their path: `name`, `stage`, `tags`, `address.city`,
//!   `fields.industry`, `next.date`, `consent.email` …, and any key rapport
//!   does not know (`legacy_id`, or `legacy.id` inside a table).
//! - Derived figures as of "today" (see [`crate::model::Figures`]): `id`,
//!   `revenue`, `orders`, `aov`, `first_purchase`, `last_purchase`,
//!   `last_contact`, `interactions`, `nps`, `open_deals`, `pipeline`, `won`.
//!
//! ```
//! use rapport::model::{Customer, Schema};
//! use rapport::query::fields::{Field, FieldValue, Subject};
//!
//! let field = Field::parse("address.city", &Schema::default()).unwrap();
//! let mut customer = Customer::default();
//! customer.address.city = Some("Rīga".into());
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! let subject = Subject::new(&customer, today);
//! assert_eq!(field.get(&subject), FieldValue::Text("Rīga"));
//! ```

use std::borrow::Cow;
use std::cell::OnceCell;
use std::cmp::Ordering;
use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::population::{Needs, Population};
use crate::model::fast::Parts;
use crate::model::fields::{
    self, CUSTOM_PREFIX, CUSTOM_TABLE, DERIVED, Figure, Got, ID, LAYOUT, Rule, STORED, Slot,
};
use crate::model::parse::nearest;
use crate::model::{Customer, FieldType, Figures, Money, Schema, Value, When};
use crate::table::Cell;

/// A field of a customer, resolved from its path.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Id,
    /// A stored field, by its number in [`fields::STORED`].
    Stored(usize),
    /// `fields.NAME`, with its declared type when rapport.toml declares it.
    Custom {
        name: String,
        ty: Option<FieldType>,
    },
    /// A key rapport does not know, by its path (`legacy_id`, `legacy.id`).
    Extra(Vec<String>),
    Derived(Derived),
}

/// A figure derived from the history as of today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Derived {
    /// A figure of the customer's own history, by its number in
    /// [`fields::DERIVED`].
    Figure(usize),
    /// The RFM segment, scored among the whole book.
    Rfm,
    /// The predicted 12-month lifetime value, from models fitted on the
    /// whole book.
    Clv,
}

/// What values of a field are, for checking a query before it runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    Text,
    /// A lifecycle stage: text, ordered as the book lists its stages.
    Stage,
    /// `person` or `company`.
    Kind,
    Int,
    Number,
    Money,
    Date,
    Bool,
    List,
    /// Known only from the file (undeclared custom fields, unknown keys).
    Any,
}

impl ValueType {
    /// Returns the type's name for messages (`a date`, `an amount` …).
    pub fn describe(self) -> String {
        crate::msg!(match self {
            ValueType::Text | ValueType::Stage | ValueType::Kind => "query.type-text",
            ValueType::Int => "query.type-whole-number",
            ValueType::Number => "model.a-number",
            ValueType::Money => "query.type-amount",
            ValueType::Date => "model.a-date",
            ValueType::Bool => "model.true-or-false",
            ValueType::List => "model.a-list",
            ValueType::Any => "query.type-any",
        })
    }
}

/// The fields computed among the whole book, by name.
const POPULATION: &[(&str, Derived)] = &[("rfm", Derived::Rfm), ("clv", Derived::Clv)];

/// Why a path does not name a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub message: String,
    pub hint: Option<String>,
}

impl Field {
    /// Resolves a field path (`revenue`, `address.city`, `fields.industry`,
    /// `legacy_id`). A path close to a known field is taken as a misspelling
    /// and refused with a suggestion; any other unknown path is a key
    /// rapport does not know, which customers may or may not have.
    pub fn parse(path: &str, schema: &Schema) -> Result<Field, FieldError> {
        if path == ID {
            return Ok(Field::Id);
        }
        if let Some(i) = STORED.iter().position(|f| f.path == path) {
            return Ok(Field::Stored(i));
        }
        if let Some(i) = fields::derived(path) {
            return Ok(Field::Derived(Derived::Figure(i)));
        }
        if let Some((_, d)) = POPULATION.iter().find(|(name, _)| *name == path) {
            return Ok(Field::Derived(*d));
        }
        let parts: Vec<&str> = path.split('.').collect();
        if parts.iter().any(|p| p.is_empty()) {
            return Err(FieldError {
                message: crate::msg!("query.not-a-path", path = path),
                hint: Some(crate::msg!("query.not-a-path-hint")),
            });
        }
        let is_table = |t: &str| LAYOUT.table(t).is_some_and(|t| t > 0);
        match parts.as_slice() {
            [table, name] if *table == CUSTOM_TABLE => return Field::custom(name, schema),
            [table, ..] if *table == CUSTOM_TABLE => {
                return Err(unknown(
                    path,
                    schema,
                    &crate::msg!("query.custom-written", prefix = CUSTOM_PREFIX),
                ));
            }
            [table, _] if is_table(table) => {
                return Err(unknown(path, schema, ""));
            }
            [single] if is_table(single) || *single == CUSTOM_TABLE => {
                return Err(FieldError {
                    message: crate::msg!("query.a-table", path = path),
                    hint: Some(crate::msg!("query.name-a-key", keys = keys_of(single))),
                });
            }
            [single] if LAYOUT.is_container(single) => {
                return Err(FieldError {
                    message: crate::msg!("query.a-table", path = path),
                    hint: Some(crate::msg!("query.use-deal-figures")),
                });
            }
            _ => {}
        }
        if let Some(near) = nearest(path, all_names(schema).iter().map(String::as_str)) {
            return Err(FieldError {
                message: crate::msg!("query.unknown-field", field = path),
                hint: Some(crate::msg!("model.did-you-mean", near = near)),
            });
        }
        Ok(Field::Extra(parts.iter().map(|p| p.to_string()).collect()))
    }

    fn custom(name: &str, schema: &Schema) -> Result<Field, FieldError> {
        if let Some(def) = schema.fields.get(name) {
            return Ok(Field::Custom {
                name: name.to_string(),
                ty: Some(def.ty.clone()),
            });
        }
        if let Some(near) = nearest(name, schema.fields.keys().map(String::as_str)) {
            return Err(FieldError {
                message: crate::msg!(
                    "query.unknown-field",
                    field = format!("{CUSTOM_PREFIX}{name}")
                ),
                hint: Some(crate::msg!(
                    "model.did-you-mean",
                    near = format!("{CUSTOM_PREFIX}{near}")
                )),
            });
        }
        Ok(Field::Custom {
            name: name.to_string(),
            ty: None,
        })
    }

    /// Returns the field's path as written in queries and column headers.
    pub fn path(&self) -> Cow<'static, str> {
        match self {
            Field::Id => Cow::Borrowed(ID),
            Field::Stored(i) => Cow::Borrowed(STORED[*i].path),
            Field::Custom { name, .. } => Cow::Owned(format!("{CUSTOM_PREFIX}{name}")),
            Field::Extra(parts) => Cow::Owned(parts.join(".")),
            Field::Derived(Derived::Figure(i)) => Cow::Borrowed(DERIVED[*i].name),
            Field::Derived(d) => Cow::Borrowed(
                POPULATION
                    .iter()
                    .find(|(_, x)| x == d)
                    .map_or("", |(name, _)| name),
            ),
        }
    }

    /// Returns what the field's values are.
    pub fn value_type(&self) -> ValueType {
        match self {
            Field::Id => ValueType::Text,
            Field::Stored(i) => {
                let f = &STORED[*i];
                match f.slot {
                    Slot::Text(..) if f.rule == Rule::Stage => ValueType::Stage,
                    Slot::Name | Slot::Text(..) => ValueType::Text,
                    Slot::Kind => ValueType::Kind,
                    Slot::List(..) => ValueType::List,
                    Slot::Money(..) => ValueType::Money,
                    Slot::Date(..) | Slot::When(..) => ValueType::Date,
                    Slot::Bool(..) => ValueType::Bool,
                }
            }
            Field::Custom { ty, .. } => match ty {
                None => ValueType::Any,
                Some(FieldType::String | FieldType::Enum(_)) => ValueType::Text,
                Some(FieldType::Int) => ValueType::Int,
                Some(FieldType::Number) => ValueType::Number,
                Some(FieldType::Bool) => ValueType::Bool,
                Some(FieldType::Date) => ValueType::Date,
                Some(FieldType::List(_)) => ValueType::List,
            },
            Field::Extra(_) => ValueType::Any,
            Field::Derived(d) => match d {
                Derived::Figure(i) => match DERIVED[*i].get {
                    Figure::Money(_) => ValueType::Money,
                    Figure::Count(_) => ValueType::Int,
                    Figure::Date(_) => ValueType::Date,
                },
                Derived::Rfm => ValueType::Text,
                Derived::Clv => ValueType::Number,
            },
        }
    }

    /// Returns the parts of a customer record this field is read from (for
    /// [`crate::book::load::scan_parts`]).
    pub fn parts(&self) -> Parts {
        match self {
            Field::Id => Parts::NONE,
            Field::Stored(i) => STORED[*i].parts,
            Field::Custom { .. } => Parts::FIELDS,
            Field::Extra(_) => Parts::EXTRA,
            Field::Derived(_) => Parts::FIGURES,
        }
    }

    /// Returns what of the whole book this field needs computed first
    /// (`rfm`, `clv`).
    pub fn needs(&self) -> Needs {
        Needs {
            rfm: *self == Field::Derived(Derived::Rfm),
            clv: *self == Field::Derived(Derived::Clv),
        }
    }

    /// Returns true for fields computed from the history (they need the
    /// customer's [`Figures`]).
    pub fn is_derived(&self) -> bool {
        matches!(self, Field::Derived(_))
    }

    /// Returns the field's value for `subject`.
    pub fn get<'a>(&self, subject: &'a Subject<'a>) -> FieldValue<'a> {
        let c = subject.customer;
        match self {
            Field::Id => {
                c.id.as_ref()
                    .map_or(FieldValue::Missing, |id| FieldValue::Text(id.as_str()))
            }
            Field::Stored(i) => FieldValue::stored(STORED[*i].get(c)),
            Field::Custom { name, .. } => c
                .fields
                .get(name)
                .map_or(FieldValue::Missing, FieldValue::of),
            Field::Extra(parts) => {
                lookup(&c.extra, parts).map_or(FieldValue::Missing, FieldValue::of)
            }
            Field::Derived(d) => match d {
                Derived::Figure(i) => FieldValue::figure(DERIVED[*i].get, subject.figures()),
                Derived::Rfm => subject
                    .population
                    .zip(c.id.as_ref())
                    .and_then(|(p, id)| p.rfm(id.as_str()))
                    .map_or(FieldValue::Missing, FieldValue::Text),
                Derived::Clv => subject
                    .population
                    .zip(c.id.as_ref())
                    .and_then(|(p, id)| p.clv(id.as_str()))
                    .map_or(FieldValue::Missing, FieldValue::Float),
            },
        }
    }
}

/// Follows `parts` through nested tables of unknown keys.
fn lookup<'a>(extra: &'a BTreeMap<String, Value>, parts: &[String]) -> Option<&'a Value> {
    let (first, rest) = parts.split_first()?;
    let mut value = extra.get(first)?;
    for part in rest {
        match value {
            Value::Table(t) => value = t.get(part)?,
            _ => return None,
        }
    }
    Some(value)
}

/// Returns every field name a query can use, for suggestions and help:
/// stored fields, derived fields, then the book's custom fields.
pub fn all_names(schema: &Schema) -> Vec<String> {
    let mut names = vec![ID.to_string()];
    names.extend(fields::paths().map(str::to_string));
    names.extend(DERIVED.iter().map(|d| d.name.to_string()));
    names.extend(POPULATION.iter().map(|(n, _)| n.to_string()));
    names.extend(schema.fields.keys().map(|k| format!("{CUSTOM_PREFIX}{k}")));
    names
}

fn keys_of(table: &str) -> String {
    let prefix = format!("{table}.");
    let keys: Vec<String> = fields::paths()
        .filter(|n| n.starts_with(&prefix))
        .map(|n| format!("`{n}`"))
        .collect();
    if keys.is_empty() {
        format!("`{table}.NAME`")
    } else {
        keys.join(", ")
    }
}

fn unknown(path: &str, schema: &Schema, fallback: &str) -> FieldError {
    // Compare the key within its table (`address.cty` with `city`), so the
    // shared prefix does not make everything look near.
    let near = match path.split_once('.') {
        Some((table, key)) => {
            let prefix = format!("{table}.");
            let names = all_names(schema);
            let keys: Vec<&str> = names
                .iter()
                .filter_map(|n| n.strip_prefix(&prefix))
                .collect();
            nearest(key, keys.iter().copied()).map(|k| format!("{prefix}{k}"))
        }
        None => nearest(path, all_names(schema).iter().map(String::as_str)).map(str::to_string),
    };
    let hint = match near {
        Some(near) => Some(crate::msg!("model.did-you-mean", near = near)),
        None if !fallback.is_empty() => Some(fallback.to_string()),
        None => path.split_once('.').map(|(table, _)| {
            crate::msg!("query.table-holds", table = table, keys = keys_of(table))
        }),
    };
    FieldError {
        message: crate::msg!("query.unknown-field", field = path),
        hint,
    }
}

/// One customer as fields see it: the record, the day figures are computed
/// for, and the figures themselves, computed on first use.
pub struct Subject<'a> {
    pub customer: &'a Customer,
    pub today: NaiveDate,
    figures: OnceCell<Figures>,
    /// The whole book's `rfm` and `clv`, where a command computed them.
    population: Option<&'a Population>,
}

impl<'a> Subject<'a> {
    /// Returns the subject for `customer` as of `today`.
    pub fn new(customer: &'a Customer, today: NaiveDate) -> Subject<'a> {
        Subject {
            customer,
            today,
            figures: OnceCell::new(),
            population: None,
        }
    }

    /// Returns the subject with figures already computed (reports that
    /// have them need not compute them twice).
    pub fn with_figures(customer: &'a Customer, today: NaiveDate, figures: Figures) -> Subject<'a> {
        Subject {
            customer,
            today,
            figures: OnceCell::from(figures),
            population: None,
        }
    }

    /// Returns the subject with the book's population fields.
    pub fn with_population(mut self, population: Option<&'a Population>) -> Subject<'a> {
        self.population = population;
        self
    }

    /// Returns the customer's figures as of today.
    pub fn figures(&self) -> &Figures {
        self.figures
            .get_or_init(|| Figures::of(self.customer, self.today))
    }
}

/// The value of a field for one customer, borrowed from the record where
/// it can be.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldValue<'a> {
    /// The customer has no such key (or no such figure, as `aov` without
    /// orders).
    Missing,
    Text(&'a str),
    Int(i64),
    Float(f64),
    Money(Money),
    Date(When),
    Bool(bool),
    /// A list of strings (`tags`).
    Strings(&'a [String]),
    /// A list of any values (a custom `list` field, an unknown array).
    Values(&'a [Value]),
    /// A table under an unknown key.
    Table(&'a BTreeMap<String, Value>),
}

impl<'a> FieldValue<'a> {
    /// Returns the field value of a stored field's value.
    pub fn stored(value: Got<'a>) -> FieldValue<'a> {
        match value {
            Got::Missing => FieldValue::Missing,
            Got::Text(s) => FieldValue::Text(s),
            Got::List(l) => FieldValue::Strings(l),
            Got::Money(m) => FieldValue::Money(m),
            Got::Date(d) => FieldValue::Date(d),
            Got::Bool(b) => FieldValue::Bool(b),
        }
    }

    /// Returns the field value of a derived figure.
    pub fn figure(figure: Figure, figures: &Figures) -> FieldValue<'a> {
        match figure {
            Figure::Money(get) => get(figures).map_or(FieldValue::Missing, FieldValue::Money),
            Figure::Count(get) => {
                get(figures).map_or(FieldValue::Missing, |n| FieldValue::Int(i64::from(n)))
            }
            Figure::Date(get) => {
                get(figures).map_or(FieldValue::Missing, |d| FieldValue::Date(When::Date(d)))
            }
        }
    }

    /// Returns the field value of a custom field or unknown key.
    pub fn of(value: &'a Value) -> FieldValue<'a> {
        match value {
            Value::String(s) => FieldValue::Text(s),
            Value::Integer(i) => FieldValue::Int(*i),
            Value::Float(x) => FieldValue::Float(*x),
            Value::Bool(b) => FieldValue::Bool(*b),
            Value::Date(w) => FieldValue::Date(*w),
            Value::List(items) => FieldValue::Values(items),
            Value::Table(t) => FieldValue::Table(t),
        }
    }

    /// Returns true when there is a value: not missing, not an empty
    /// string, not an empty list (what `exists FIELD` tests).
    pub fn exists(&self) -> bool {
        match self {
            FieldValue::Missing => false,
            FieldValue::Text(s) => !s.is_empty(),
            FieldValue::Strings(l) => !l.is_empty(),
            FieldValue::Values(l) => !l.is_empty(),
            FieldValue::Table(t) => !t.is_empty(),
            _ => true,
        }
    }

    /// Returns the elements of a list value, each as a field value; None
    /// when the value is not a list.
    pub fn elements(&self) -> Option<Vec<FieldValue<'a>>> {
        match self {
            FieldValue::Strings(items) => Some(items.iter().map(|s| FieldValue::Text(s)).collect()),
            FieldValue::Values(items) => Some(items.iter().map(FieldValue::of).collect()),
            _ => None,
        }
    }

    /// Returns the value as text formats show it (lists joined with `;`).
    pub fn display(&self) -> Cow<'a, str> {
        match self {
            FieldValue::Missing => Cow::Borrowed(""),
            FieldValue::Text(s) => Cow::Borrowed(s),
            other => Cow::Owned(other.to_cell().to_string()),
        }
    }

    /// Returns the output cell of the value.
    pub fn to_cell(&self) -> Cell {
        match self {
            FieldValue::Missing => Cell::Null,
            FieldValue::Text(s) => Cell::Text(s.to_string()),
            FieldValue::Int(i) => Cell::Int(*i),
            FieldValue::Float(x) => Cell::Float(*x),
            FieldValue::Money(m) => Cell::Money(*m),
            FieldValue::Date(w) => Cell::Date(*w),
            FieldValue::Bool(b) => Cell::Bool(*b),
            FieldValue::Strings(items) => Cell::List(items.to_vec()),
            FieldValue::Values(items) => {
                Cell::List(items.iter().map(ToString::to_string).collect())
            }
            FieldValue::Table(t) => Cell::Text(Value::Table((*t).clone()).to_string()),
        }
    }

    /// Returns the key that sorts and groups this value.
    pub fn sort_key(&self) -> SortKey {
        match self {
            FieldValue::Missing => SortKey::Missing,
            FieldValue::Text(s) => SortKey::Text(crate::model::translit::fold(s), s.to_string()),
            FieldValue::Int(i) => SortKey::Int(*i),
            FieldValue::Float(x) => SortKey::Float(*x),
            FieldValue::Money(m) => SortKey::Money(*m),
            FieldValue::Date(w) => SortKey::Date(*w),
            FieldValue::Bool(b) => SortKey::Bool(*b),
            list @ (FieldValue::Strings(_) | FieldValue::Values(_) | FieldValue::Table(_)) => {
                let text = list.display().into_owned();
                SortKey::Text(crate::model::translit::fold(&text), text)
            }
        }
    }
}

/// An owned value that orders customers in `--sort`: numbers by value,
/// text regardless of case and accents (`Ābele` next to `Abele`), dates in
/// time, stages in the book's order, and missing values last.
#[derive(Clone, Debug, PartialEq)]
pub enum SortKey {
    Bool(bool),
    Int(i64),
    Float(f64),
    Money(Money),
    Date(When),
    /// A stage's position in the book's list (unknown stages after).
    Rank(usize, String),
    /// The folded text, then the text as written.
    Text(String, String),
    Missing,
}

impl SortKey {
    fn group(&self) -> u8 {
        match self {
            SortKey::Bool(_) => 0,
            SortKey::Int(_) | SortKey::Float(_) | SortKey::Money(_) => 1,
            SortKey::Date(_) => 2,
            SortKey::Rank(..) => 3,
            SortKey::Text(..) => 4,
            SortKey::Missing => 5,
        }
    }

    /// Compares two keys in ascending order. Missing values are not
    /// ordered here: [`compare_keys`] puts them last in either direction.
    pub fn cmp_ascending(&self, other: &SortKey) -> Ordering {
        use SortKey::*;
        match (self, other) {
            (Bool(a), Bool(b)) => a.cmp(b),
            (Int(a), Int(b)) => a.cmp(b),
            (Money(a), Money(b)) => a.cmp(b),
            (Int(a), Float(b)) => (*a as f64).total_cmp(b),
            (Float(a), Int(b)) => a.total_cmp(&(*b as f64)),
            (Float(a), Float(b)) => a.total_cmp(b),
            (Money(a), Int(b)) => a.cmp(&crate::model::Money::from_cents(i128::from(*b) * 100)),
            (Int(a), Money(b)) => crate::model::Money::from_cents(i128::from(*a) * 100).cmp(b),
            (Money(a), Float(b)) => a.to_f64().total_cmp(b),
            (Float(a), Money(b)) => a.total_cmp(&b.to_f64()),
            (Date(a), Date(b)) => a.moment().cmp(&b.moment()),
            (Rank(a, x), Rank(b, y)) => a.cmp(b).then_with(|| x.cmp(y)),
            (Text(a, x), Text(b, y)) => a.cmp(b).then_with(|| x.cmp(y)),
            _ => self.group().cmp(&other.group()),
        }
    }
}

/// Compares two keys, `descending` or not, with missing values last
/// either way.
pub fn compare_keys(a: &SortKey, b: &SortKey, descending: bool) -> Ordering {
    match (a, b) {
        (SortKey::Missing, SortKey::Missing) => Ordering::Equal,
        (SortKey::Missing, _) => Ordering::Greater,
        (_, SortKey::Missing) => Ordering::Less,
        _ if descending => b.cmp_ascending(a),
        _ => a.cmp_ascending(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FieldDef;

    fn schema() -> Schema {
        let mut s = Schema::default();
        s.fields.insert(
            "industry".into(),
            FieldDef {
                ty: FieldType::Enum(vec!["retail".into()]),
            },
        );
        s
    }

    #[test]
    fn resolves_stored_derived_custom_and_unknown_paths() {
        let s = schema();
        let city = Field::parse("address.city", &s).unwrap();
        assert!(matches!(city, Field::Stored(_)), "{city:?}");
        assert_eq!(city.value_type(), ValueType::Text);
        let revenue = Field::parse("revenue", &s).unwrap();
        assert!(
            matches!(revenue, Field::Derived(Derived::Figure(_))),
            "{revenue:?}"
        );
        assert_eq!(revenue.value_type(), ValueType::Money);
        assert_eq!(
            Field::parse("fields.industry", &s).unwrap().value_type(),
            ValueType::Text
        );
        assert_eq!(
            Field::parse("fields.colour", &s).unwrap().value_type(),
            ValueType::Any
        );
        assert_eq!(
            Field::parse("legacy.id", &s).unwrap(),
            Field::Extra(vec!["legacy".into(), "id".into()])
        );
        for path in ["id", "name", "next.date", "fields.industry", "last_contact"] {
            assert_eq!(Field::parse(path, &s).unwrap().path(), path);
        }
    }

    #[test]
    fn suggests_the_nearest_field_for_a_misspelling() {
        let s = schema();
        let hint = |p: &str| Field::parse(p, &s).unwrap_err().hint.unwrap();
        assert_eq!(hint("reveune"), "did you mean `revenue`?");
        assert_eq!(hint("last_contcat"), "did you mean `last_contact`?");
        assert_eq!(hint("fields.industy"), "did you mean `fields.industry`?");
        assert_eq!(hint("address.cty"), "did you mean `address.city`?");
        assert_eq!(
            hint("address.planet"),
            "[address] holds `address.street`, `address.city`, `address.postcode`, `address.country`"
        );
        assert_eq!(Field::parse("rfm", &s), Ok(Field::Derived(Derived::Rfm)));
        assert_eq!(Field::parse("clv", &s), Ok(Field::Derived(Derived::Clv)));
    }

    #[test]
    fn reads_values_and_figures() {
        let text = "name = \"A\"\ntags = [\"vip\"]\nlegacy = { id = 7 }\n[[interactions]]\ndate = 2026-01-02\nkind = \"purchase\"\namount = 10.50\n";
        let c = crate::model::parse::parse_customer(text, std::path::Path::new("a.toml"), None)
            .customer
            .unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let subject = Subject::new(&c, today);
        let get = |p: &str| Field::parse(p, &schema()).unwrap().get(&subject).to_cell();
        assert_eq!(get("revenue"), Cell::Money(Money::parse("10.50").unwrap()));
        assert_eq!(get("tags"), Cell::List(vec!["vip".into()]));
        assert_eq!(get("legacy.id"), Cell::Int(7));
        assert_eq!(get("email"), Cell::Null);
        assert_eq!(get("nps"), Cell::Null);
    }

    #[test]
    fn sorts_missing_values_last_both_ways() {
        let (one, two, none) = (SortKey::Int(1), SortKey::Int(2), SortKey::Missing);
        assert_eq!(compare_keys(&one, &two, false), Ordering::Less);
        assert_eq!(compare_keys(&one, &two, true), Ordering::Greater);
        assert_eq!(compare_keys(&none, &one, false), Ordering::Greater);
        assert_eq!(compare_keys(&none, &one, true), Ordering::Greater);
        let a = FieldValue::Text("Ābele").sort_key();
        let b = FieldValue::Text("Bērziņš").sort_key();
        assert_eq!(compare_keys(&a, &b, false), Ordering::Less);
    }
}
