//! `--where` and `--by` for reports, `segment rfm` and `agenda`: the query
//! language selects the customers and its field resolver groups them, so
//! every field a query knows (stored, custom, derived, `rfm`, `clv`) works
//! here too.

use std::sync::Arc;

use crate::book::Book;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::model::Customer;
use crate::model::fast::Parts;
use crate::query::{Field, Filter, Needs, Population, Subject};
use crate::report::Grouping;

/// `--where` and `--by`, compiled before the book is read so that a
/// mistake in either is reported at once.
pub struct Selection {
    filter: Filter,
    by: Option<Field>,
    by_text: String,
}

impl Selection {
    /// Compiles `--where EXPR` and `--by FIELD` against the book's settings.
    pub fn compile(
        ctx: &Context,
        book: &Book,
        expression: Option<&str>,
        by: Option<&str>,
    ) -> Result<Selection> {
        let filter = match expression {
            Some(e) => Filter::compile(e, &book.settings, ctx.today)?,
            None => Filter::all(),
        };
        let field = by
            .map(|path| {
                Field::parse(path, &book.settings.schema).map_err(|e| {
                    let err = Error::usage(format!("--by {path}: {}", e.message));
                    match e.hint {
                        Some(h) => err.with_hint(h),
                        None => err,
                    }
                })
            })
            .transpose()?;
        Ok(Selection {
            filter,
            by: field,
            by_text: by.unwrap_or_default().to_string(),
        })
    }

    /// Returns the parts of a customer `--where` and `--by` read.
    pub fn parts(&self) -> Parts {
        let mut parts = self.filter.parts();
        if let Some(field) = &self.by {
            parts |= field.parts();
        }
        parts
    }

    /// Returns the whole-book fields `--where` and `--by` read.
    fn needs(&self) -> Needs {
        let mut needs = self.filter.needs();
        if let Some(field) = &self.by {
            needs = needs | field.needs();
        }
        needs
    }

    /// Returns the selector of a bulk read of `book`: when `--where` or
    /// `--by` names `rfm` or `clv`, these are computed first, in one more
    /// read of the book.
    pub fn selector(self, ctx: &Context, book: &Book) -> Result<Selector> {
        let population = crate::commands::query::population_of(ctx, book, self.needs())?;
        Ok(self.bind(ctx, population.map(Arc::new)))
    }

    fn bind(self, ctx: &Context, population: Option<Arc<Population>>) -> Selector {
        Selector {
            filter: self.filter,
            by: self.by,
            by_text: self.by_text,
            population,
            today: ctx.today,
        }
    }
}

/// `--where` and `--by` ready to be applied to customers one at a time, as
/// a bulk read hands them over.
pub struct Selector {
    filter: Filter,
    by: Option<Field>,
    by_text: String,
    population: Option<Arc<Population>>,
    today: chrono::NaiveDate,
}

impl Selector {
    /// Returns true when `--where` keeps the customer.
    pub fn matches(&self, c: &Customer) -> bool {
        self.filter.is_all()
            || self
                .filter
                .matches(&Subject::new(c, self.today).with_population(self.population.as_deref()))
    }

    /// Returns the groups of `--by` the customer falls in (None without
    /// `--by`).
    pub fn labels(&self, c: &Customer) -> Option<Vec<String>> {
        let field = self.by.as_ref()?;
        Some(labels(field, c, self.today, self.population.as_deref()))
    }

    /// Returns the grouping of `--by`, for the report functions.
    pub fn grouping(&self) -> Option<Grouping> {
        let field = self.by.clone()?;
        let (today, population) = (self.today, self.population.clone());
        Some(Grouping {
            field: self.by_text.clone(),
            of: Box::new(move |c: &Customer| labels(&field, c, today, population.as_deref())),
        })
    }
}

/// Returns a customer's values of `field` as group labels: one per element
/// of a list, none when it has no value.
fn labels(
    field: &Field,
    c: &Customer,
    today: chrono::NaiveDate,
    population: Option<&Population>,
) -> Vec<String> {
    let subject = Subject::new(c, today).with_population(population);
    let value = field.get(&subject);
    match value.elements() {
        Some(items) => items
            .iter()
            .filter(|v| v.exists())
            .map(|v| v.display().into_owned())
            .collect(),
        None if value.exists() => vec![value.display().into_owned()],
        None => Vec::new(),
    }
}
