//! rapport.toml: the book's settings, read with every problem located, and
//! the commented template `rapport init` writes.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, Severity};
use crate::model::duration::Sla;
use crate::model::parse::nearest;
use crate::model::{Duration, FieldDef, FieldType, Schema};
use crate::stats::rfm::Breakpoints;

/// The settings file's name; its presence marks the book's root.
pub const FILE_NAME: &str = "rapport.toml";

/// Whether writing commands commit what they changed to git.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GitMode {
    #[default]
    Off,
    Commit,
}

/// A saved segment: a name for a query expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub expression: String,
    /// Where the expression stands in rapport.toml, for error messages.
    pub line: usize,
}

/// The book's settings, with the defaults of every key not written.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub name: Option<String>,
    /// The one currency of the book, shown with every amount.
    pub currency: String,
    pub schema: Schema,
    /// No purchase for this long counts as churned in reports.
    pub churn_after: Duration,
    /// Support cases should be resolved within this (per priority).
    pub sla: Sla,
    pub git: GitMode,
    pub segments: BTreeMap<String, Segment>,
    /// Fixed RFM breakpoints (`[rfm]`); quintiles for the keys not set.
    pub rfm: Breakpoints,
    /// `[deal_probabilities]`: the chance (0..1) that a deal in an open deal
    /// stage is won, for `report pipeline`'s weighted pipeline; the stages
    /// not set are estimated from the book's closed deals.
    pub deal_probabilities: BTreeMap<String, f64>,
    /// Research surveys (`[surveys.NAME]`).
    pub surveys: BTreeMap<String, crate::survey::SurveyDef>,
    /// The language people read (`language = "lv"`), unless `--lang` or
    /// `$RAPPORT_LANG` says otherwise; None: the locale's.
    pub language: Option<crate::lang::Lang>,
    /// The firm's people and their e-mail addresses (`[owners]`, `anna =
    /// ["anna@firm.lv"]`): who handled a message `import --mail` logs, and
    /// addresses that are never customers. Addresses are lowercased.
    pub owners: BTreeMap<String, Vec<String>>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            name: None,
            currency: "EUR".to_string(),
            schema: Schema::default(),
            churn_after: Duration::Days(180),
            sla: Sla::flat(Duration::Days(2)),
            git: GitMode::Off,
            segments: BTreeMap::new(),
            rfm: Breakpoints::default(),
            deal_probabilities: BTreeMap::new(),
            surveys: BTreeMap::new(),
            language: None,
            owners: BTreeMap::new(),
        }
    }
}

const KEYS: &[&str] = &[
    "name",
    "currency",
    "stages",
    "deal_stages",
    "interaction_kinds",
    "churn_after",
    "sla",
    "git",
    "fields",
    "segments",
    "rfm",
    "deal_probabilities",
    "surveys",
    "language",
    "owners",
];

/// The keys of `[rfm]`, with an example of each for messages.
const RFM_KEYS: &[(&str, &str)] = &[
    ("recency", "[30, 90, 180, 365]"),
    ("frequency", "[2, 3, 5, 10]"),
    ("monetary", "[100, 500, 1000, 5000]"),
];

const FIELD_TYPES: &[&str] = &["string", "int", "number", "bool", "date", "enum", "list"];

/// Settings read from rapport.toml, and every problem found in it.
pub struct ParsedSettings {
    pub settings: Settings,
    pub diagnostics: Vec<Diagnostic>,
}

impl ParsedSettings {
    /// Returns true when a problem is an error (not only a warning).
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Returns the language rapport.toml declares (`language = "lv"`), read
/// without making any message, so that the language of the run can be
/// settled before the messages about the file are made.
pub fn declared_language(text: &str) -> Option<crate::lang::Lang> {
    let root = DeTable::parse(text).ok()?;
    match root.get_ref().get("language")?.get_ref() {
        DeValue::String(s) => crate::lang::Lang::parse(s),
        _ => None,
    }
}

/// Reads the text of rapport.toml; `path` names it in messages.
pub fn parse_settings(text: &str, path: &Path) -> ParsedSettings {
    let mut r = SettingsReader {
        path,
        text,
        diagnostics: Vec::new(),
    };
    let mut settings = Settings::default();
    match DeTable::parse(text) {
        Ok(root) => r.read(root.get_ref(), &mut settings),
        Err(e) => match crate::model::conflict::first_marker(text) {
            Some(span) => {
                r.error(span, crate::model::conflict::message());
                if let Some(d) = r.diagnostics.last_mut() {
                    d.hint = Some(crate::model::conflict::hint());
                }
            }
            None => r.error(
                e.span().unwrap_or(0..0),
                crate::msg!("model.invalid-toml", message = e.message().trim()),
            ),
        },
    }
    ParsedSettings {
        settings,
        diagnostics: r.diagnostics,
    }
}

struct SettingsReader<'a> {
    path: &'a Path,
    text: &'a str,
    diagnostics: Vec<Diagnostic>,
}

impl SettingsReader<'_> {
    fn error(&mut self, span: Range<usize>, message: String) {
        let d = Diagnostic::at(Severity::Error, self.path, self.text, span, message);
        self.diagnostics.push(d);
    }

    fn warn(&mut self, span: Range<usize>, message: String, hint: Option<String>) {
        let mut d = Diagnostic::at(Severity::Warning, self.path, self.text, span, message);
        d.hint = hint;
        self.diagnostics.push(d);
    }

    fn read(&mut self, root: &DeTable<'_>, s: &mut Settings) {
        for (key, node) in root.iter() {
            match key.get_ref().as_ref() {
                "name" => s.name = self.string("name", node),
                "currency" => {
                    if let Some(c) = self.string("currency", node) {
                        s.currency = c;
                    }
                }
                "stages" => {
                    if let Some(v) = self.words("stages", node, 1) {
                        s.schema.stages = v;
                    }
                }
                "deal_stages" => {
                    if let Some(v) = self.words("deal_stages", node, 0) {
                        if let Some(bad) = v.iter().find(|w| *w == "won" || *w == "lost") {
                            self.error(
                                node.span(),
                                crate::msg!("settings.won-lost-exist", stage = bad.as_str()),
                            );
                        }
                        s.schema.deal_stages = v;
                    }
                }
                "interaction_kinds" => {
                    if let Some(v) = self.words("interaction_kinds", node, 1) {
                        if v.iter().any(|w| w == "stage") {
                            self.error(node.span(), crate::msg!("settings.stage-kind-exists"));
                        }
                        s.schema.interaction_kinds = v;
                    }
                }
                "churn_after" => {
                    if let Some(d) = self.duration("churn_after", node) {
                        s.churn_after = d;
                    }
                }
                "sla" => self.sla(node, s),
                "git" => match self.string("git", node).as_deref() {
                    Some("off") => s.git = GitMode::Off,
                    Some("commit") => s.git = GitMode::Commit,
                    Some(other) => {
                        self.error(node.span(), crate::msg!("settings.git", value = other))
                    }
                    None => {}
                },
                "language" => {
                    if let Some(text) = self.string("language", node) {
                        match crate::lang::Lang::parse(&text) {
                            Some(lang) => s.language = Some(lang),
                            None => self.error(
                                node.span(),
                                crate::msg!(
                                    "settings.language",
                                    value = text.as_str(),
                                    choices = crate::lang::Lang::CHOICES
                                ),
                            ),
                        }
                    }
                }
                "fields" => self.fields(node, s),
                "segments" => self.segments(node, s),
                "rfm" => self.rfm(node, s),
                "deal_probabilities" => self.deal_probabilities(node, s),
                "surveys" => self.surveys(node, s),
                "owners" => self.owners(node, s),
                other => {
                    let hint = nearest(other, KEYS.iter().copied())
                        .map(|n| crate::msg!("model.did-you-mean", near = n));
                    self.warn(
                        key.span(),
                        crate::msg!("settings.unknown", key = other),
                        hint,
                    );
                }
            }
        }
        self.check_deal_probabilities(root, s);
    }

    /// Reads `[deal_probabilities]`: a number from 0 to 1 for each open deal
    /// stage it names (checked against `deal_stages` once every key is read).
    fn deal_probabilities(&mut self, node: &Spanned<DeValue<'_>>, s: &mut Settings) {
        let DeValue::Table(table) = node.get_ref() else {
            self.error(
                node.span(),
                crate::msg!(
                    "settings.probabilities-table",
                    example = "{ qualified = 0.2, proposal = 0.5 }"
                ),
            );
            return;
        };
        for (key, value) in table.iter() {
            let stage = key.get_ref().as_ref();
            let number = match value.get_ref() {
                DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
                    .ok()
                    .map(|v| v as f64),
                DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
                _ => None,
            };
            match number.filter(|p| (0.0..=1.0).contains(p)) {
                Some(p) => {
                    s.deal_probabilities.insert(stage.to_string(), p);
                }
                None => self.error(
                    value.span(),
                    crate::msg!("settings.probability-number", stage = stage),
                ),
            }
        }
    }

    /// Checks that every stage of `[deal_probabilities]` is an open deal
    /// stage of the book (`deal_stages` may stand anywhere in the file).
    fn check_deal_probabilities(&mut self, root: &DeTable<'_>, s: &mut Settings) {
        let Some(DeValue::Table(table)) = root
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == "deal_probabilities")
            .map(|(_, n)| n.get_ref())
        else {
            return;
        };
        for (key, _) in table.iter() {
            let stage = key.get_ref().as_ref();
            if s.schema.deal_stages.iter().any(|d| d == stage) {
                continue;
            }
            s.deal_probabilities.remove(stage);
            let message = if stage == "won" || stage == "lost" {
                crate::msg!("settings.probability-closed", stage = stage)
            } else {
                crate::msg!(
                    "settings.probability-not-a-stage",
                    stage = stage,
                    stages = s.schema.deal_stages.join(", ")
                )
            };
            self.error(key.span(), message);
        }
    }

    fn string(&mut self, key: &str, node: &Spanned<DeValue<'_>>) -> Option<String> {
        match node.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.error(
                    node.span(),
                    crate::msg!("settings.must-be-string", key = key),
                );
                None
            }
        }
    }

    /// Reads a list of distinct, non-empty words such as the stages.
    fn words(&mut self, key: &str, node: &Spanned<DeValue<'_>>, min: usize) -> Option<Vec<String>> {
        let DeValue::Array(items) = node.get_ref() else {
            self.error(node.span(), crate::msg!("settings.must-be-list", key = key));
            return None;
        };
        let mut out: Vec<String> = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => {
                    if out.iter().any(|w| w == s.as_ref()) {
                        self.error(
                            item.span(),
                            crate::msg!("settings.twice", value = s.as_ref(), key = key),
                        );
                    }
                    out.push(s.to_string());
                }
                _ => {
                    self.error(
                        item.span(),
                        crate::msg!("settings.must-be-non-empty", key = key),
                    );
                    return None;
                }
            }
        }
        if out.len() < min {
            self.error(
                node.span(),
                crate::msg!("settings.at-least", key = key, count = min),
            );
            return None;
        }
        Some(out)
    }

    fn duration(&mut self, key: &str, node: &Spanned<DeValue<'_>>) -> Option<Duration> {
        let text = self.string(key, node)?;
        match Duration::parse(&text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.error(
                    node.span(),
                    crate::msg!("model.key-problem", key = key, problem = e.to_string()),
                );
                None
            }
        }
    }

    /// Reads `sla = "2d"` or `sla = { high = "4h", normal = "2d", low = "5d" }`.
    fn sla(&mut self, node: &Spanned<DeValue<'_>>, s: &mut Settings) {
        let DeValue::Table(table) = node.get_ref() else {
            if let Some(d) = self.duration("sla", node) {
                s.sla = Sla::flat(d);
            }
            return;
        };
        for (name, value) in table.iter() {
            let name = name.get_ref().as_ref();
            let key = format!("sla.{name}");
            let slot = match name {
                "low" => &mut s.sla.low,
                "high" => &mut s.sla.high,
                "normal" => {
                    if let Some(d) = self.duration(&key, value) {
                        s.sla.normal = d;
                    }
                    continue;
                }
                other => {
                    self.error(
                        value.span(),
                        crate::msg!("settings.sla-priority", name = other),
                    );
                    continue;
                }
            };
            if let Some(d) = self.duration(&key, value) {
                *slot = Some(d);
            }
        }
    }

    fn fields(&mut self, node: &Spanned<DeValue<'_>>, s: &mut Settings) {
        let DeValue::Table(table) = node.get_ref() else {
            self.error(node.span(), crate::msg!("settings.fields-table"));
            return;
        };
        for (name, def) in table.iter() {
            let name_text = name.get_ref().as_ref();
            let DeValue::Table(def_table) = def.get_ref() else {
                self.error(
                    def.span(),
                    crate::msg!("settings.field-table", name = name_text),
                );
                continue;
            };
            let mut ty = None;
            let mut values = None;
            for (k, v) in def_table.iter() {
                match k.get_ref().as_ref() {
                    "type" => ty = self.string("type", v).map(|t| (t, v.span())),
                    "values" => values = self.words("values", v, 1),
                    "description" => {
                        self.string("description", v);
                    }
                    other => self.warn(
                        k.span(),
                        crate::msg!("settings.field-unknown-key", key = other, name = name_text),
                        Some(crate::msg!("settings.field-keys")),
                    ),
                }
            }
            let Some((ty_name, ty_span)) = ty else {
                self.error(
                    def.span(),
                    crate::msg!(
                        "settings.field-needs-type",
                        name = name_text,
                        types = FIELD_TYPES.join(", ")
                    ),
                );
                continue;
            };
            let ty = match ty_name.as_str() {
                "string" => FieldType::String,
                "int" => FieldType::Int,
                "number" => FieldType::Number,
                "bool" => FieldType::Bool,
                "date" => FieldType::Date,
                "list" => FieldType::List(values),
                "enum" => match values {
                    Some(v) => FieldType::Enum(v),
                    None => {
                        self.error(
                            def.span(),
                            crate::msg!("settings.enum-values", name = name_text),
                        );
                        continue;
                    }
                },
                other => {
                    self.error(
                        ty_span,
                        crate::msg!(
                            "settings.field-type",
                            ty = other,
                            types = FIELD_TYPES.join(", ")
                        ),
                    );
                    continue;
                }
            };
            s.schema
                .fields
                .insert(name_text.to_string(), FieldDef { ty });
        }
    }

    /// Reads `[surveys.NAME]`: `method`, optional `columns` (a form's header
    /// → the key it holds) and `[surveys.NAME.dimensions]` (SERVQUAL: each
    /// dimension's items).
    fn surveys(&mut self, node: &Spanned<DeValue<'_>>, s: &mut Settings) {
        use crate::survey::{Method, SurveyDef, Target};
        let DeValue::Table(table) = node.get_ref() else {
            self.error(node.span(), crate::msg!("settings.surveys-table"));
            return;
        };
        for (name, def) in table.iter() {
            let name_text = name.get_ref().as_ref();
            if crate::model::id::bare_slug(name_text) != name_text {
                self.error(
                    name.span(),
                    crate::msg!("settings.survey-name", name = name_text),
                );
                continue;
            }
            let DeValue::Table(def_table) = def.get_ref() else {
                self.error(
                    def.span(),
                    crate::msg!("settings.survey-table", name = name_text),
                );
                continue;
            };
            let mut method = None;
            let mut method_given = false;
            let mut columns = BTreeMap::new();
            let mut dimensions = None;
            for (k, v) in def_table.iter() {
                match k.get_ref().as_ref() {
                    "method" => match {
                        method_given = true;
                        self.string("method", v)
                    }
                    .as_deref()
                    {
                        Some("kano") => method = Some(Method::Kano),
                        Some("servqual") => method = Some(Method::Servqual),
                        Some(other) => self.error(
                            v.span(),
                            crate::msg!("settings.survey-method", name = name_text, method = other),
                        ),
                        None => {}
                    },
                    "columns" => {
                        let DeValue::Table(cols) = v.get_ref() else {
                            self.error(
                                v.span(),
                                crate::msg!("settings.survey-columns", name = name_text),
                            );
                            continue;
                        };
                        for (header, key) in cols.iter() {
                            let Some(key_text) = self.string("columns", key) else {
                                continue;
                            };
                            let special = ["email", "id", "date", "name", "nps", "csat", "ces"];
                            if Target::parse(&key_text).is_none()
                                && !special.contains(&key_text.as_str())
                            {
                                self.error(
                                    key.span(),
                                    crate::msg!(
                                        "settings.survey-column-key",
                                        name = name_text,
                                        key = key_text.as_str(),
                                        special = special.join(", ")
                                    ),
                                );
                                continue;
                            }
                            columns.insert(header.get_ref().trim().to_string(), key_text);
                        }
                    }
                    "dimensions" => {
                        let DeValue::Table(dims) = v.get_ref() else {
                            self.error(
                                v.span(),
                                crate::msg!("settings.survey-dimensions", name = name_text),
                            );
                            continue;
                        };
                        let mut list: Vec<(String, Vec<u32>)> = Vec::new();
                        for (dim, items) in dims.iter() {
                            let numbers: Option<Vec<u32>> = match items.get_ref() {
                                DeValue::Array(a) if !a.is_empty() => a
                                    .iter()
                                    .map(|i| match i.get_ref() {
                                        DeValue::Integer(n) => {
                                            n.as_str().parse::<u32>().ok().filter(|n| *n >= 1)
                                        }
                                        _ => None,
                                    })
                                    .collect(),
                                _ => None,
                            };
                            match numbers {
                                Some(n) => list.push((dim.get_ref().to_string(), n)),
                                None => self.error(
                                    items.span(),
                                    crate::msg!(
                                        "settings.survey-dimension-items",
                                        name = name_text,
                                        dimension = dim.get_ref().as_ref()
                                    ),
                                ),
                            }
                        }
                        // In the order of their first items.
                        list.sort_by_key(|(_, items)| items.iter().min().copied());
                        dimensions = Some(list);
                    }
                    other => self.warn(
                        k.span(),
                        crate::msg!("settings.survey-unknown-key", key = other, name = name_text),
                        Some(crate::msg!("settings.survey-keys")),
                    ),
                }
            }
            let Some(method) = method else {
                if method_given {
                    continue;
                }
                self.error(
                    def.span(),
                    crate::msg!("settings.survey-needs-method", name = name_text),
                );
                continue;
            };
            s.surveys.insert(
                name_text.to_string(),
                SurveyDef {
                    method,
                    columns,
                    dimensions,
                },
            );
        }
    }

    /// Reads `[owners]`: each owner's e-mail addresses, as a list of strings
    /// (or one string); an address that is not one, or is listed for two
    /// owners, is an error.
    fn owners(&mut self, node: &Spanned<DeValue<'_>>, s: &mut Settings) {
        let DeValue::Table(table) = node.get_ref() else {
            self.error(node.span(), crate::msg!("settings.owners-table"));
            return;
        };
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for (name, value) in table.iter() {
            let owner = name.get_ref().to_string();
            let items: Vec<&Spanned<DeValue<'_>>> = match value.get_ref() {
                DeValue::Array(items) => items.iter().collect(),
                DeValue::String(_) => vec![value],
                _ => {
                    self.error(
                        value.span(),
                        crate::msg!("settings.owner-list", owner = owner.as_str()),
                    );
                    continue;
                }
            };
            let mut addresses = Vec::new();
            for item in items {
                let DeValue::String(text) = item.get_ref() else {
                    self.error(
                        item.span(),
                        crate::msg!("settings.owner-list", owner = owner.as_str()),
                    );
                    continue;
                };
                let Some(address) = crate::model::contact::email_key(text) else {
                    self.error(
                        item.span(),
                        crate::msg!(
                            "settings.owner-not-an-address",
                            owner = owner.as_str(),
                            text = text.as_ref()
                        ),
                    );
                    continue;
                };
                if let Some(other) = seen.insert(address.clone(), owner.clone()) {
                    self.error(
                        item.span(),
                        crate::msg!(
                            "settings.owner-twice",
                            address = address.as_str(),
                            other = other.as_str(),
                            owner = owner.as_str()
                        ),
                    );
                    continue;
                }
                addresses.push(address);
            }
            s.owners.insert(owner, addresses);
        }
    }

    /// Reads `[rfm]`: for each of recency (days), frequency (purchases) and monetary
    /// (currency units), four ascending breakpoints.
    fn rfm(&mut self, node: &Spanned<DeValue<'_>>, s: &mut Settings) {
        let DeValue::Table(table) = node.get_ref() else {
            self.error(node.span(), crate::msg!("settings.rfm-table"));
            return;
        };
        for (key, value) in table.iter() {
            let name = key.get_ref().as_ref();
            let Some(&(_, example)) = RFM_KEYS.iter().find(|(k, _)| *k == name) else {
                let hint = nearest(name, RFM_KEYS.iter().map(|(k, _)| *k)).map_or_else(
                    || crate::msg!("settings.rfm-keys"),
                    |n| crate::msg!("model.did-you-mean", near = n),
                );
                self.warn(
                    key.span(),
                    crate::msg!("settings.rfm-unknown-key", key = name),
                    Some(hint),
                );
                continue;
            };
            let Some(points) = self.breakpoints(name, example, value) else {
                continue;
            };
            match name {
                "recency" => s.rfm.recency_days = Some(points.map(|p| p as i64)),
                "frequency" => s.rfm.frequency = Some(points.map(|p| p as i64)),
                _ => s.rfm.monetary_cents = Some(points.map(|p| (p * 100.0).round() as i64)),
            }
        }
    }

    /// Reads four ascending, non-negative breakpoints of `[rfm]`; whole numbers for
    /// recency and frequency, amounts with at most two decimals for monetary.
    fn breakpoints(
        &mut self,
        key: &str,
        example: &str,
        node: &Spanned<DeValue<'_>>,
    ) -> Option<[f64; 4]> {
        let whole = key != "monetary";
        let wrong = crate::msg!(
            if whole {
                "settings.rfm-four-whole"
            } else {
                "settings.rfm-four-amounts"
            },
            key = key,
            example = example
        );
        let DeValue::Array(items) = node.get_ref() else {
            self.error(node.span(), wrong.clone());
            return None;
        };
        let mut points = Vec::with_capacity(4);
        for item in items.iter() {
            let value = match item.get_ref() {
                DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
                    .ok()
                    .map(|v| v as f64),
                DeValue::Float(f) if !whole => f.as_str().replace('_', "").parse::<f64>().ok(),
                _ => None,
            };
            let Some(value) = value.filter(|v| v.is_finite() && *v >= 0.0 && *v < 1e15) else {
                self.error(item.span(), wrong.clone());
                return None;
            };
            if !whole && ((value * 100.0).round() - value * 100.0).abs() > 1e-6 {
                self.error(
                    item.span(),
                    crate::msg!(
                        "settings.rfm-decimals",
                        key = key,
                        value = value.to_string()
                    ),
                );
                return None;
            }
            points.push(value);
        }
        let Ok(points) = <[f64; 4]>::try_from(points) else {
            self.error(
                node.span(),
                crate::msg!("settings.rfm-it-has", wrong = wrong, count = items.len()),
            );
            return None;
        };
        if points.windows(2).any(|w| w[0] >= w[1]) {
            self.error(
                node.span(),
                crate::msg!("settings.rfm-ascending", key = key, example = example),
            );
            return None;
        }
        Some(points)
    }

    fn segments(&mut self, node: &Spanned<DeValue<'_>>, s: &mut Settings) {
        let DeValue::Table(table) = node.get_ref() else {
            self.error(node.span(), crate::msg!("settings.segments-table"));
            return;
        };
        for (name, expr) in table.iter() {
            if let Some(expression) = self.string(&format!("segments.{}", name.get_ref()), expr) {
                let line = self.text[..expr.span().start.min(self.text.len())]
                    .matches('\n')
                    .count()
                    + 1;
                s.segments
                    .insert(name.get_ref().to_string(), Segment { expression, line });
            }
        }
    }
}

/// The rapport.toml `rapport init` writes: every key with its default and a
/// comment saying what it does.
pub fn template(name: &str) -> String {
    let name = toml_edit::Value::from(name).to_string();
    format!(
        r#"# rapport.toml: the settings of this book. Every key is optional; the values
# below are the defaults. See docs/book.md in rapport's source for what each one does.

name = {name}
currency = "EUR"                                       # one currency per book

# The customer lifecycle, in order; new customers start in the first stage.
stages = ["lead", "prospect", "customer", "churned"]

# Open deal stages, in order; "won" and "lost" always exist.
deal_stages = ["qualified", "proposal", "negotiation"]

# What `rapport log ID KIND` accepts; "stage" (written by rapport) always exists.
interaction_kinds = ["call", "email", "meeting", "purchase", "support", "note", "survey"]

churn_after = "180d"        # no purchase for this long counts as churned in reports
sla = "2d"                  # support cases should be resolved within this
git = "off"                 # "commit": every writing command commits what it changed

# Custom fields, typed: string, int, number, bool, date, enum (with values), list.
# [fields.industry]
# type = "enum"
# values = ["manufacturing", "retail", "services"]

# Saved segments: name = query expression (`rapport segment NAME`).
[segments]
# vip = "revenue >= 10000"
# dormant = "last_contact < -180d"

# RFM scores by fixed breakpoints instead of quintiles (`rapport segment rfm`), the
# way a small book scores: recency in days (within 30 scores 5), frequency in
# purchases and monetary in the currency (at or above the last scores 5).
# [rfm]
# recency = [30, 90, 180, 365]
# frequency = [2, 3, 5, 10]
# monetary = [100, 500, 1000, 5000]

# The chance that a deal in each open deal stage is won, for the weighted pipeline of
# `rapport report pipeline`; without it (or for a stage not set) the report estimates
# it from the book's own won and lost deals.
# [deal_probabilities]
# qualified = 0.2
# proposal = 0.5
# negotiation = 0.8
# The firm's people and their e-mail addresses: `import --mail` logs the owner
# whose address is on a message, and never takes these addresses for customers.
# [owners]
# anna = ["anna@firm.example"]
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_reads_back_as_the_defaults() {
        let parsed = parse_settings(&template("Acme"), Path::new("rapport.toml"));
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        let expected = Settings {
            name: Some("Acme".into()),
            ..Settings::default()
        };
        assert_eq!(parsed.settings, expected);
    }

    #[test]
    fn reads_owners_lowercased_and_refuses_a_bad_or_shared_address() {
        let text =
            "[owners]\nanna = [\"Anna@Firm.lv\", \"sales@firm.lv\"]\nmarko = \"marko@firm.lv\"\n";
        let p = parse_settings(text, Path::new("rapport.toml"));
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
        assert_eq!(
            p.settings.owners.get("anna").unwrap(),
            &vec!["anna@firm.lv".to_string(), "sales@firm.lv".to_string()]
        );
        assert_eq!(
            p.settings.owners.get("marko").unwrap(),
            &vec!["marko@firm.lv".to_string()]
        );
        let text =
            "[owners]\nanna = [\"anna@firm.lv\", \"anna\"]\nbob = [\"ANNA@firm.lv\"]\ncarl = 3\n";
        let p = parse_settings(text, Path::new("rapport.toml"));
        let messages: Vec<&str> = p.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            vec![
                "`owners.anna`: `anna` is not an e-mail address",
                "`owners`: `anna@firm.lv` is listed for `anna` and `bob`",
                "`owners.carl` must be a list of e-mail addresses",
            ]
        );
    }

    #[test]
    fn reads_rfm_breakpoints() {
        let text = "[rfm]\nrecency = [30, 90, 180, 365]\nmonetary = [99.5, 500, 1_000, 5000]\n";
        let p = parse_settings(text, Path::new("rapport.toml"));
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
        assert_eq!(
            p.settings.rfm,
            Breakpoints {
                recency_days: Some([30, 90, 180, 365]),
                frequency: None,
                monetary_cents: Some([9_950, 50_000, 100_000, 500_000]),
            }
        );
    }

    #[test]
    fn rejects_wrong_rfm_breakpoints() {
        let text = "[rfm]\nrecency = [30, 90, 180]\nfrequency = [1, 5, 3, 10]\n\
                    monetary = [1, 2, \"x\", 4]\nrecent = [1, 2, 3, 4]\n";
        let p = parse_settings(text, Path::new("rapport.toml"));
        let mut messages: Vec<String> = p.diagnostics.iter().map(|d| d.one_line()).collect();
        messages.sort();
        assert_eq!(
            messages,
            [
                "rapport.toml:2:11: `rfm.recency` must be a list of four whole numbers, such as \
                 [30, 90, 180, 365]; it has 3",
                "rapport.toml:3:13: `rfm.frequency` must be in ascending order, each breakpoint \
                 above the one before, such as [2, 3, 5, 10]",
                "rapport.toml:4:19: `rfm.monetary` must be a list of four amounts, such as \
                 [100, 500, 1000, 5000]",
                "rapport.toml:5:1: unknown key `recent` in [rfm]; rapport ignores it",
            ]
        );
        assert_eq!(p.settings.rfm, Breakpoints::default());
    }

    #[test]
    fn reads_fields_and_reports_problems() {
        let text = r#"
stages = ["lead", "customer"]
sla = "36h"
colour = 1
[fields.industry]
type = "enum"
values = ["retail", "services"]
[fields.size]
type = "integer"
[segments]
vip = "revenue >= 10000"
"#;
        let p = parse_settings(text, Path::new("rapport.toml"));
        assert_eq!(p.settings.schema.stages, ["lead", "customer"]);
        assert_eq!(p.settings.sla, Sla::flat(Duration::Hours(36)));
        assert_eq!(
            p.settings.schema.fields["industry"].ty,
            FieldType::Enum(vec!["retail".into(), "services".into()])
        );
        assert_eq!(p.settings.segments["vip"].line, 11);
        let messages: Vec<String> = p.diagnostics.iter().map(|d| d.one_line()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("rapport.toml:4:1: unknown setting"))
        );
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("rapport.toml:9:8: unknown field type"))
        );
    }
}
