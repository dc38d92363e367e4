//! `--where` and `--by` for reports, `segment rfm` and `agenda`: the query
//! language selects the customers and its field resolver groups them, so
//! every field a query knows (stored, custom, derived, `rfm`, `clv`) works
//! here too.

use std::sync::Arc;

use rayon::prelude::*;

use crate::book::Book;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::model::Customer;
use crate::query::{Field, Filter, Population, Subject};
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

    /// Selects from `customers` (the whole book, which `rfm` and `clv` are
    /// computed over) the ones `--where` keeps, and returns them with the
    /// grouping of `--by`: a customer's value of the field, one group per
    /// element of a list (tags), none when it has no value.
    pub fn apply(
        self,
        ctx: &Context,
        customers: Vec<Customer>,
    ) -> Result<(Vec<Customer>, Option<Grouping>)> {
        let today = ctx.today;
        let mut needs = self.filter.needs();
        if let Some(field) = &self.by {
            needs = needs | field.needs();
        }
        let population = if needs.any() {
            Some(Arc::new(
                Population::compute(&customers, today, needs)
                    .map_err(|e| Error::data(e.to_string()))?,
            ))
        } else {
            None
        };
        let selected: Vec<Customer> = if self.filter.is_all() {
            customers
        } else {
            let filter = &self.filter;
            let population = population.as_deref();
            customers
                .into_par_iter()
                .filter(|c| filter.matches(&Subject::new(c, today).with_population(population)))
                .collect()
        };
        let grouping = self.by.map(|field| Grouping {
            field: self.by_text.clone(),
            of: Box::new(move |c: &Customer| {
                let subject = Subject::new(c, today).with_population(population.as_deref());
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
            }),
        });
        Ok((selected, grouping))
    }
}
