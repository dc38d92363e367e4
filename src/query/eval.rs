//! Compiling an [`Expr`] into a [`Filter`] (fields resolved, values typed,
//! segments inlined, once) and evaluating it per customer.
//!
//! Values are typed by the field they are compared with: `revenue > 1000`
//! reads `1000` as an amount (exact to the cent), `created > -30d` as a
//! date, `stage >= prospect` as a stage in the book's order. A value that
//! cannot be of that type is an error pointing at it. Fields whose type is
//! known only from the files (undeclared custom fields, unknown keys) are
//! compared by what each customer holds.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};

use chrono::{NaiveDate, NaiveDateTime};

use super::ast::{CmpOp, Expr, FieldRef, Literal};
use super::error::{Origin, QueryError};
use super::fields::{Field, FieldValue, Subject, ValueType};
use super::parser::parse;
use super::population::Needs;
use crate::book::Settings;
use crate::model::date::parse_when;
use crate::model::fast::Parts;
use crate::model::parse::nearest;
use crate::model::translit::fold;
use crate::model::{Customer, FieldType, Money, When};

/// The pseudo-field of segment membership: `segment = vip`.
pub const SEGMENT_FIELD: &str = "segment";

/// A compiled expression: which customers it selects.
///
/// Compile once with [`Filter::compile`], then call [`Filter::matches`] for
/// each customer, from any number of threads.
#[derive(Debug)]
pub struct Filter {
    root: Node,
    /// Unknown keys the expression names, and whether any customer had one.
    dynamic: Vec<(String, Arc<AtomicBool>)>,
    /// The parts of a customer record the filter reads.
    parts: Parts,
    /// What of the whole book the filter needs computed first.
    needs: Needs,
}

impl Default for Filter {
    fn default() -> Filter {
        Filter::all()
    }
}

#[derive(Debug)]
enum Node {
    All,
    And(Vec<Node>),
    Or(Vec<Node>),
    Not(Box<Node>),
    Test {
        field: Field,
        test: Test,
        /// For an unknown key: set once any customer has it.
        seen: Option<Arc<AtomicBool>>,
    },
    Segment(Arc<Node>),
}

#[derive(Debug)]
enum Test {
    Compare(CmpOp, Lit),
    /// `~` on the folded text; `!~` when negated.
    Contains {
        needle: String,
        negated: bool,
    },
    /// `phone ~ 26123456`: `~` on the digits alone, so the pattern finds
    /// `+371 2612 3456` however the number is spaced or punctuated.
    ContainsDigits {
        digits: String,
        negated: bool,
    },
    Has(Lit),
    In {
        values: Vec<Lit>,
        negated: bool,
    },
    Exists,
}

/// A value typed for the field it is compared with.
#[derive(Debug)]
enum Lit {
    Text(String),
    /// A stage's position in the book's list.
    Rank(usize, Arc<[String]>),
    Int(i64),
    Float(f64),
    Money(Money),
    /// A date compares with a value's day; a date-time with its moment.
    Date(When),
    Bool(bool),
    /// For fields typed only in the files: every reading of the text.
    Any(Box<AnyLit>),
}

#[derive(Debug)]
struct AnyLit {
    text: String,
    int: Option<i64>,
    float: Option<f64>,
    date: Option<When>,
    boolean: Option<bool>,
}

impl Filter {
    /// Returns the filter that selects every customer.
    pub fn all() -> Filter {
        Filter {
            root: Node::All,
            dynamic: Vec::new(),
            parts: Parts::NONE,
            needs: Needs::default(),
        }
    }

    /// Compiles `expression`, typed on the command line, against the
    /// book's settings (custom fields, stages, segments), with relative
    /// dates counted from `today`. An empty expression selects everyone.
    pub fn compile(
        expression: &str,
        settings: &Settings,
        today: NaiveDate,
    ) -> Result<Filter, QueryError> {
        let mut c = Compiler::new(settings, today);
        let root = c.compile_text(expression).map_err(|e| {
            e.within(Origin::Argument {
                expression: expression.to_string(),
            })
        })?;
        Ok(c.finish(root))
    }

    /// Compiles the saved segment `name` of rapport.toml.
    pub fn segment(
        name: &str,
        settings: &Settings,
        today: NaiveDate,
    ) -> Result<Filter, QueryError> {
        let mut c = Compiler::new(settings, today);
        let root = c.segment(name, None)?;
        Ok(c.finish(Node::Segment(root)))
    }

    /// Returns the filter selecting what both select.
    pub fn and(self, other: Filter) -> Filter {
        let mut dynamic = self.dynamic;
        dynamic.extend(other.dynamic);
        Filter {
            root: Node::And(vec![self.root, other.root]),
            dynamic,
            parts: self.parts | other.parts,
            needs: self.needs | other.needs,
        }
    }

    /// Returns the parts of a customer record the filter reads; a scan for
    /// it need build no others.
    pub fn parts(&self) -> Parts {
        self.parts
    }

    /// Returns what of the whole book (`rfm`, `clv`) the filter needs
    /// computed before it evaluates a customer.
    pub fn needs(&self) -> Needs {
        self.needs
    }

    /// Returns true when the filter selects every customer.
    pub fn is_all(&self) -> bool {
        matches!(self.root, Node::All)
    }

    /// Returns true when `subject` is selected.
    pub fn matches(&self, subject: &Subject<'_>) -> bool {
        self.eval(&self.root, subject)
    }

    /// Returns true when `customer` is selected, its figures as of `today`.
    pub fn matches_customer(&self, customer: &Customer, today: NaiveDate) -> bool {
        self.matches(&Subject::new(customer, today))
    }

    /// Returns the unknown keys the expression names that no customer
    /// evaluated so far had: likely mistakes worth a warning.
    pub fn unseen_keys(&self) -> Vec<&str> {
        self.dynamic
            .iter()
            .filter(|(_, seen)| !seen.load(AtomicOrdering::Relaxed))
            .map(|(path, _)| path.as_str())
            .collect()
    }

    fn eval(&self, node: &Node, s: &Subject<'_>) -> bool {
        match node {
            Node::All => true,
            Node::And(parts) => parts.iter().all(|n| self.eval(n, s)),
            Node::Or(parts) => parts.iter().any(|n| self.eval(n, s)),
            Node::Not(inner) => !self.eval(inner, s),
            Node::Segment(inner) => self.eval(inner, s),
            Node::Test { field, test, seen } => {
                let value = field.get(s);
                // Load before storing: most customers find the flag set, and
                // a load does not contend for the cache line.
                if let Some(seen) = seen
                    && value != FieldValue::Missing
                    && !seen.load(AtomicOrdering::Relaxed)
                {
                    seen.store(true, AtomicOrdering::Relaxed);
                }
                test.holds(&value)
            }
        }
    }
}

impl Test {
    fn holds(&self, value: &FieldValue<'_>) -> bool {
        match self {
            Test::Exists => value.exists(),
            Test::Compare(op, lit) => {
                let ord = order(value, lit);
                match op {
                    CmpOp::Eq => ord == Some(Ordering::Equal),
                    CmpOp::Ne => ord != Some(Ordering::Equal),
                    CmpOp::Lt => ord == Some(Ordering::Less),
                    CmpOp::Le => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
                    CmpOp::Gt => ord == Some(Ordering::Greater),
                    CmpOp::Ge => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
                }
            }
            Test::Contains { needle, negated } => contains(value, needle) != *negated,
            Test::ContainsDigits { digits, negated } => {
                let text = value.display();
                let own: String = text.chars().filter(char::is_ascii_digit).collect();
                own.contains(digits.as_str()) != *negated
            }
            Test::Has(lit) => value
                .elements()
                .is_some_and(|items| items.iter().any(|v| order(v, lit) == Some(Ordering::Equal))),
            Test::In { values, negated } => {
                let equal = |v: &FieldValue<'_>| {
                    values
                        .iter()
                        .any(|lit| order(v, lit) == Some(Ordering::Equal))
                };
                let found = match value.elements() {
                    Some(items) => items.iter().any(equal),
                    None => equal(value),
                };
                found != *negated
            }
        }
    }
}

/// Compares a value with a literal; None when they cannot be compared (a
/// missing value, or a value of another type), which makes every
/// comparison but `!=` false.
fn order(value: &FieldValue<'_>, lit: &Lit) -> Option<Ordering> {
    match (value, lit) {
        (FieldValue::Missing, _) => None,
        (FieldValue::Text(s), Lit::Text(t)) => Some((*s).cmp(t.as_str())),
        (FieldValue::Text(s), Lit::Rank(rank, stages)) => {
            let own = stages.iter().position(|x| x == s)?;
            Some(own.cmp(rank))
        }
        (FieldValue::Int(a), Lit::Int(b)) => Some(a.cmp(b)),
        (FieldValue::Int(a), Lit::Float(b)) => (*a as f64).partial_cmp(b),
        (FieldValue::Float(a), Lit::Float(b)) => a.partial_cmp(b),
        (FieldValue::Float(a), Lit::Int(b)) => a.partial_cmp(&(*b as f64)),
        (FieldValue::Money(a), Lit::Money(b)) => Some(a.cmp(b)),
        (FieldValue::Date(a), Lit::Date(b)) => Some(compare_when(*a, *b)),
        (FieldValue::Bool(a), Lit::Bool(b)) => Some(a.cmp(b)),
        (v, Lit::Any(any)) => match v {
            FieldValue::Text(s) => Some((*s).cmp(any.text.as_str())),
            FieldValue::Int(a) => match (any.int, any.float) {
                (Some(b), _) => Some(a.cmp(&b)),
                (None, Some(b)) => (*a as f64).partial_cmp(&b),
                _ => None,
            },
            FieldValue::Float(a) => a.partial_cmp(&any.float?),
            FieldValue::Date(a) => Some(compare_when(*a, any.date?)),
            FieldValue::Bool(a) => Some(a.cmp(&any.boolean?)),
            _ => None,
        },
        _ => None,
    }
}

/// Compares a stored date or date-time with a literal one: a plain date in
/// the query compares days (`created = 2024-03-01` holds all day), a
/// date-time compares moments (a plain date counting as its midnight).
fn compare_when(value: When, literal: When) -> Ordering {
    match literal {
        When::Date(day) => value.date().cmp(&day),
        When::DateTime(moment) => value.moment().cmp(&moment),
    }
}

/// The field whose `~` compares digits when the pattern holds any.
const PHONE_FIELD: &str = crate::model::fields::PHONE.path;

/// Returns true when the value's text (any element of a list) contains the
/// folded needle, regardless of case, accents and script.
fn contains(value: &FieldValue<'_>, needle: &str) -> bool {
    match value {
        FieldValue::Missing => false,
        FieldValue::Text(s) => folded_contains(s, needle),
        FieldValue::Strings(items) => items.iter().any(|s| folded_contains(s, needle)),
        FieldValue::Values(_) => value
            .elements()
            .unwrap_or_default()
            .iter()
            .any(|v| contains(v, needle)),
        other => folded_contains(&other.display(), needle),
    }
}

/// Returns true when `haystack` folded contains `needle` (already folded),
/// without allocating for ASCII text.
fn folded_contains(haystack: &str, needle: &str) -> bool {
    if haystack.is_ascii() {
        let (h, n) = (haystack.as_bytes(), needle.as_bytes());
        if n.is_empty() {
            return true;
        }
        return h.len() >= n.len()
            && h.windows(n.len())
                .any(|w| w.iter().zip(n).all(|(a, b)| a.to_ascii_lowercase() == *b));
    }
    fold(haystack).contains(needle)
}

/// Compiles expressions and segments, keeping each segment compiled once.
struct Compiler<'s> {
    settings: &'s Settings,
    today: NaiveDate,
    now: NaiveDateTime,
    stages: Arc<[String]>,
    segments: HashMap<String, Arc<Node>>,
    /// Segments being compiled, innermost last: a name seen twice is a
    /// cycle.
    stack: Vec<String>,
    dynamic: Vec<(String, Arc<AtomicBool>)>,
    parts: Parts,
    needs: Needs,
}

impl<'s> Compiler<'s> {
    fn new(settings: &'s Settings, today: NaiveDate) -> Compiler<'s> {
        let now = today.and_time(chrono::Local::now().time());
        Compiler {
            settings,
            today,
            now,
            stages: settings.schema.stages.clone().into(),
            segments: HashMap::new(),
            stack: Vec::new(),
            dynamic: Vec::new(),
            parts: Parts::NONE,
            needs: Needs::default(),
        }
    }

    fn finish(self, root: Node) -> Filter {
        Filter {
            root,
            dynamic: self.dynamic,
            parts: self.parts,
            needs: self.needs,
        }
    }

    fn compile_text(&mut self, text: &str) -> Result<Node, QueryError> {
        match parse(text)? {
            None => Ok(Node::All),
            Some(expr) => self.expr(&expr),
        }
    }

    /// Compiles the segment `name`; `used_at` is where an expression names
    /// it (for the error when it does not exist).
    fn segment(&mut self, name: &str, used_at: Option<&Literal>) -> Result<Arc<Node>, QueryError> {
        if let Some(done) = self.segments.get(name) {
            return Ok(done.clone());
        }
        let span = used_at.map_or(0..0, |l| l.span.clone());
        let Some(segment) = self.settings.segments.get(name) else {
            let names: Vec<&str> = self.settings.segments.keys().map(String::as_str).collect();
            let hint = match nearest(name, names.iter().copied()) {
                Some(near) => crate::msg!("model.did-you-mean", near = near),
                None if names.is_empty() => crate::msg!("query.define-segments"),
                None => crate::msg!("query.the-segments-are", names = names.join(", ")),
            };
            return Err(
                QueryError::new(span, crate::msg!("query.no-segment", name = name)).with_hint(hint),
            );
        };
        if let Some(at) = self.stack.iter().position(|s| s == name) {
            let mut cycle: Vec<&str> = self.stack[at..].iter().map(String::as_str).collect();
            cycle.push(name);
            return Err(QueryError::new(
                span,
                crate::msg!(
                    "query.segment-cycle",
                    name = name,
                    cycle = cycle.join(" → ")
                ),
            )
            .with_hint(crate::msg!("query.segment-cycle-hint")));
        }
        if self.stack.len() >= super::parser::MAX_DEPTH {
            return Err(QueryError::new(
                span,
                crate::msg!("query.segment-too-deep", depth = super::parser::MAX_DEPTH),
            )
            .with_hint(crate::msg!("query.segment-too-deep-hint")));
        }
        self.stack.push(name.to_string());
        let origin = Origin::Segment {
            name: name.to_string(),
            line: segment.line,
            expression: segment.expression.clone(),
        };
        let compiled = self
            .compile_text(&segment.expression)
            .map_err(|e| e.within(origin));
        self.stack.pop();
        let node = Arc::new(compiled?);
        self.segments.insert(name.to_string(), node.clone());
        Ok(node)
    }

    fn expr(&mut self, e: &Expr) -> Result<Node, QueryError> {
        Ok(match e {
            Expr::And(parts) => Node::And(
                parts
                    .iter()
                    .map(|p| self.expr(p))
                    .collect::<Result<_, _>>()?,
            ),
            Expr::Or(parts) => Node::Or(
                parts
                    .iter()
                    .map(|p| self.expr(p))
                    .collect::<Result<_, _>>()?,
            ),
            Expr::Not(inner) => Node::Not(Box::new(self.expr(inner)?)),
            Expr::Compare { field, op, value } if field.name == SEGMENT_FIELD => match op {
                CmpOp::Eq => Node::Segment(self.segment(&value.text, Some(value))?),
                CmpOp::Ne => Node::Not(Box::new(Node::Segment(
                    self.segment(&value.text, Some(value))?,
                ))),
                _ => return Err(segment_misuse(field)),
            },
            Expr::In {
                field,
                values,
                negated,
            } if field.name == SEGMENT_FIELD => {
                let any = Node::Or(
                    values
                        .iter()
                        .map(|v| self.segment(&v.text, Some(v)).map(Node::Segment))
                        .collect::<Result<_, _>>()?,
                );
                if *negated {
                    Node::Not(Box::new(any))
                } else {
                    any
                }
            }
            Expr::Compare { field, .. }
            | Expr::Contains { field, .. }
            | Expr::Has { field, .. }
            | Expr::In { field, .. }
            | Expr::Exists(field)
                if field.name == SEGMENT_FIELD =>
            {
                return Err(segment_misuse(field));
            }
            Expr::Compare { field, op, value } => {
                let f = self.field(field)?;
                let lit = self.literal(&f, field, *op, value)?;
                self.test(f, Test::Compare(*op, lit))
            }
            Expr::Contains {
                field,
                value,
                negated,
            } => {
                let f = self.field(field)?;
                let digits: String = value.text.chars().filter(char::is_ascii_digit).collect();
                let test = if field.name == PHONE_FIELD && !digits.is_empty() {
                    Test::ContainsDigits {
                        digits,
                        negated: *negated,
                    }
                } else {
                    Test::Contains {
                        needle: fold(&value.text),
                        negated: *negated,
                    }
                };
                self.test(f, test)
            }
            Expr::Has { field, value } => {
                let f = self.field(field)?;
                let ty = f.value_type();
                if !matches!(ty, ValueType::List | ValueType::Any) {
                    return Err(QueryError::new(
                        field.span.clone(),
                        crate::msg!(
                            "query.has-not-list",
                            field = field.name.as_str(),
                            ty = ty.describe()
                        ),
                    )
                    .with_hint(crate::msg!(
                        "query.has-not-list-hint",
                        field = field.name.as_str(),
                        value = value.text.as_str()
                    )));
                }
                let lit = self.element_literal(&f, value)?;
                self.test(f, Test::Has(lit))
            }
            Expr::In {
                field,
                values,
                negated,
            } => {
                let f = self.field(field)?;
                let lits = values
                    .iter()
                    .map(|v| match f.value_type() {
                        ValueType::List => self.element_literal(&f, v),
                        _ => self.literal(&f, field, CmpOp::Eq, v),
                    })
                    .collect::<Result<_, _>>()?;
                self.test(
                    f,
                    Test::In {
                        values: lits,
                        negated: *negated,
                    },
                )
            }
            Expr::Exists(field) => {
                let f = self.field(field)?;
                self.test(f, Test::Exists)
            }
        })
    }

    fn test(&mut self, field: Field, test: Test) -> Node {
        self.parts |= field.parts();
        self.needs = self.needs | field.needs();
        let seen = match &field {
            Field::Extra(_) | Field::Custom { ty: None, .. } => {
                let path = field.path().into_owned();
                let flag = match self.dynamic.iter().find(|(p, _)| *p == path) {
                    Some((_, flag)) => flag.clone(),
                    None => {
                        let flag = Arc::new(AtomicBool::new(false));
                        self.dynamic.push((path, flag.clone()));
                        flag
                    }
                };
                Some(flag)
            }
            _ => None,
        };
        Node::Test { field, test, seen }
    }

    fn field(&self, field: &FieldRef) -> Result<Field, QueryError> {
        Field::parse(&field.name, &self.settings.schema).map_err(|e| {
            let err = QueryError::new(field.span.clone(), e.message);
            match e.hint {
                Some(h) => err.with_hint(h),
                None => err,
            }
        })
    }

    /// Types a value compared with `field` by `op`.
    fn literal(
        &self,
        field: &Field,
        at: &FieldRef,
        op: CmpOp,
        value: &Literal,
    ) -> Result<Lit, QueryError> {
        let text = value.text.as_str();
        let clash = |expected: &str, hint: String| {
            QueryError::new(
                value.span.clone(),
                crate::msg!(
                    "query.clash",
                    text = text,
                    field = at.name.as_str(),
                    expected = crate::msg!(expected)
                ),
            )
            .with_hint(hint)
        };
        match field.value_type() {
            ValueType::Text => Ok(Lit::Text(text.to_string())),
            ValueType::Stage => {
                let rank = self.stages.iter().position(|s| s == text);
                if let Some(rank) = rank
                    && op.is_ordering()
                {
                    return Ok(Lit::Rank(rank, self.stages.clone()));
                }
                if rank.is_none() {
                    let near = nearest(text, self.stages.iter().map(String::as_str));
                    if op.is_ordering() || near.is_some() {
                        let hint = match near {
                            Some(n) => crate::msg!(
                                "model.did-you-mean-among",
                                near = n,
                                setting = "stages",
                                allowed = self.stages.join(", ")
                            ),
                            None => crate::msg!(
                                "query.stages-in-order",
                                stages = self.stages.join(", ")
                            ),
                        };
                        return Err(QueryError::new(
                            value.span.clone(),
                            crate::msg!("model.not-a-stage", stage = text),
                        )
                        .with_hint(hint));
                    }
                }
                Ok(Lit::Text(text.to_string()))
            }
            ValueType::Kind => match text {
                "person" | "company" => Ok(Lit::Text(text.to_string())),
                _ => Err(QueryError::new(
                    value.span.clone(),
                    crate::msg!("query.not-a-kind", text = text),
                )),
            },
            ValueType::Int | ValueType::Number => {
                if let Ok(i) = text.parse::<i64>() {
                    return Ok(Lit::Int(i));
                }
                match text.parse::<f64>() {
                    Ok(x) if x.is_finite() => Ok(Lit::Float(x)),
                    _ => Err(clash(
                        "model.a-number",
                        crate::msg!("query.write-number", field = at.name.as_str()),
                    )),
                }
            }
            ValueType::Money => Money::parse(text).map(Lit::Money).map_err(|e| {
                QueryError::new(
                    value.span.clone(),
                    crate::msg!("query.not-an-amount", text = text, field = at.name.as_str()),
                )
                .with_hint(crate::msg!(
                    "query.write-amount",
                    problem = e.to_string(),
                    field = at.name.as_str()
                ))
            }),
            ValueType::Date => self
                .date(text)
                .map(Lit::Date)
                .map_err(|_| clash("model.a-date", crate::msg!("query.write-date"))),
            ValueType::Bool => match text {
                "true" => Ok(Lit::Bool(true)),
                "false" => Ok(Lit::Bool(false)),
                _ => Err(clash(
                    "model.true-or-false",
                    crate::msg!("query.write-bool", field = at.name.as_str()),
                )),
            },
            ValueType::List => Err(QueryError::new(
                at.span.clone(),
                crate::msg!(
                    "query.list-compare",
                    field = at.name.as_str(),
                    op = op.as_str()
                ),
            )
            .with_hint(crate::msg!(
                "query.list-compare-hint",
                field = at.name.as_str(),
                value = text
            ))),
            ValueType::Any => Ok(self.any(text)),
        }
    }

    /// Types a value looked for in a list field.
    fn element_literal(&self, field: &Field, value: &Literal) -> Result<Lit, QueryError> {
        match field {
            Field::Stored(_)
            | Field::Custom {
                ty: Some(FieldType::List(_)),
                ..
            } if field.value_type() == ValueType::List => Ok(Lit::Text(value.text.clone())),
            _ => Ok(self.any(&value.text)),
        }
    }

    fn any(&self, text: &str) -> Lit {
        Lit::Any(Box::new(AnyLit {
            text: text.to_string(),
            int: text.parse().ok(),
            float: text.parse().ok().filter(|x: &f64| x.is_finite()),
            date: self.date(text).ok(),
            boolean: match text {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            },
        }))
    }

    /// Reads a date as the query language writes it: every form of
    /// [`parse_when`], and `now` (today at the clock's time of day).
    fn date(&self, text: &str) -> Result<When, ()> {
        if text == "now" {
            return Ok(When::DateTime(self.now));
        }
        parse_when(text, self.today).map_err(|_| ())
    }
}

fn segment_misuse(field: &FieldRef) -> QueryError {
    QueryError::new(field.span.clone(), crate::msg!("query.segment-misuse"))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use proptest::prelude::*;

    use super::*;
    use crate::book::settings::parse_settings;
    use crate::model::parse::parse_customer;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn settings() -> Settings {
        parse_settings(
            "[fields.size]\ntype = \"int\"\n[segments]\nbig = \"fields.size > 100\"\nrich = \"revenue >= 1000 or segment = big\"\n",
            Path::new("rapport.toml"),
        )
        .settings
    }

    fn customers() -> Vec<Customer> {
        [
            "name = \"Ēriks Ozoliņš\"\nstage = \"customer\"\ntags = [\"vip\"]\nlegacy = 7\n[fields]\nsize = 120\n[[interactions]]\ndate = 2026-01-10T09:00:00\nkind = \"purchase\"\namount = 999.99\n",
            "name = \"Јована Петровић\"\nstage = \"lead\"\nlegacy = \"seven\"\n[[interactions]]\ndate = 2026-01-10\nkind = \"purchase\"\namount = 1000\n",
            "name = \"Plain\"\n",
        ]
        .iter()
        .map(|t| parse_customer(t, Path::new("x.toml"), None).customer.unwrap())
        .collect()
    }

    fn select(expr: &str) -> Vec<usize> {
        let today = day("2026-11-23");
        let f = Filter::compile(expr, &settings(), today).unwrap();
        customers()
            .iter()
            .enumerate()
            .filter(|(_, c)| f.matches_customer(c, today))
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn a_date_compares_days_and_a_date_time_compares_moments() {
        assert_eq!(select("last_purchase = 2026-01-10"), [0, 1]);
        // last_contact is a day: against a date-time it counts as that
        // day's midnight.
        assert_eq!(select("last_contact < 2026-01-10T08:00"), [0, 1]);
        assert_eq!(
            select("last_contact > 2026-01-10T00:00:00"),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn unknown_keys_compare_by_what_each_customer_holds() {
        assert_eq!(select("legacy = 7"), [0]);
        assert_eq!(select("legacy > 6.5 and legacy < 8"), [0]);
        // The customer's value decides: the text "seven" compares as text.
        assert_eq!(select("legacy > 6.5"), [0, 1]);
        assert_eq!(select("legacy = seven"), [1]);
        assert_eq!(select("legacy != 7"), [1, 2]);
    }

    #[test]
    fn segments_nest_and_are_inlined() {
        // rich: revenue >= 1000 (Јована, exactly 1000.00) or big (Ēriks).
        assert_eq!(select("segment = rich"), [0, 1]);
        assert_eq!(select("segment != big"), [1, 2]);
    }

    /// A rapport.toml of 10,000 segments each using the next overflowed the
    /// stack of the compiler; a chain is limited like a nesting.
    #[test]
    fn regression_a_long_chain_of_segments_is_an_error_not_a_stack_overflow() {
        let chain = |n: usize| {
            let mut text = String::from("[segments]\n");
            for i in 0..n {
                text.push_str(&format!("s{i} = \"segment = s{}\"\n", i + 1));
            }
            text.push_str(&format!("s{n} = \"stage = lead\"\n"));
            parse_settings(&text, Path::new("rapport.toml")).settings
        };
        let today = day("2026-11-23");
        assert!(Filter::compile("segment = s0", &chain(50), today).is_ok());
        let e = Filter::compile("segment = s0", &chain(10_000), today).unwrap_err();
        assert_eq!(e.message, "segments use segments more than 100 deep here");
        assert!(matches!(e.origin, Some(Origin::Segment { .. })));
    }

    #[test]
    fn records_unknown_keys_no_customer_has() {
        let today = day("2026-11-23");
        let f = Filter::compile("legacy = 1 or colour = red", &settings(), today).unwrap();
        for c in customers() {
            f.matches_customer(&c, today);
        }
        assert_eq!(f.unseen_keys(), ["colour"]);
    }

    #[test]
    fn reports_what_the_filter_reads() {
        let f = Filter::compile("stage = lead", &settings(), day("2026-11-23")).unwrap();
        assert_eq!(f.parts(), Parts::STAGE);
        let f = Filter::compile("segment = rich", &settings(), day("2026-11-23")).unwrap();
        assert_eq!(f.parts(), Parts::FIGURES | Parts::FIELDS);
    }

    proptest! {
        #[test]
        fn folded_contains_agrees_with_fold(haystack in "\\PC{0,12}", needle in "[a-zA-Z ]{0,3}") {
            let n = fold(&needle);
            prop_assert_eq!(folded_contains(&haystack, &n), fold(&haystack).contains(&n));
        }

        #[test]
        fn an_expression_and_its_negation_split_every_customer(
            atoms in prop::collection::vec((
                prop::sample::select(vec![
                    "name", "stage", "tags", "legacy", "fields.size", "revenue", "orders",
                    "last_contact", "created", "email", "segment",
                ]),
                prop::sample::select(vec!["=", "!=", "<", ">=", "~", "!~", "has", "in"]),
                prop::sample::select(vec![
                    "7", "lead", "vip", "1000", "-30d", "2026-01-10", "ozol", "big", "rich", "x",
                ]),
            ), 1..5),
            joins in prop::collection::vec(prop::sample::select(vec![" and ", " or ", " and not "]), 4),
        ) {
            let mut expr = String::new();
            for (i, (field, op, value)) in atoms.iter().enumerate() {
                if i > 0 {
                    expr.push_str(joins[i - 1]);
                }
                match *op {
                    "in" => expr.push_str(&format!("{field} in [{value}, x]")),
                    _ => expr.push_str(&format!("{field} {op} {value}")),
                }
            }
            let today = day("2026-11-23");
            // Many generated expressions are type errors; those must fail
            // both ways alike.
            let yes = Filter::compile(&expr, &settings(), today);
            let no = Filter::compile(&format!("not ({expr})"), &settings(), today);
            prop_assert_eq!(yes.is_ok(), no.is_ok(), "{}", expr);
            if let (Ok(yes), Ok(no)) = (yes, no) {
                for c in customers() {
                    prop_assert_ne!(yes.matches_customer(&c, today), no.matches_customer(&c, today), "{}", expr);
                }
            }
        }
    }
}
