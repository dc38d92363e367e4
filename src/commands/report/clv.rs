//! `rapport report clv`: predicted customer lifetime value.

use crate::book::load;
use crate::cli::ClvArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::model::Duration;
use crate::model::fast::Parts;
use crate::output::{Cell, Printer, Record, stderr};
use std::collections::HashMap;

use crate::model::Id;
use crate::report::clv::{self, Options, Report, Unit};
use crate::stats::clv::{CountModelKind, ImpreciseParameter, Parameters};
use crate::table::{Label, trim_decimals};

pub fn run(ctx: &Context, args: ClvArgs) -> Result<()> {
    let months = horizon_months(&args.horizon)?;
    if !(0.0..1.0).contains(&args.discount) {
        return Err(Error::usage(crate::msg!(
            "clv-run.discount",
            discount = args.discount.to_string()
        )));
    }
    if let Some(until) = &args.holdout {
        return super::clv_holdout::run(ctx, &args, until);
    }
    let book = ctx.book()?;
    let selection =
        super::selection::Selection::compile(ctx, &book, args.filter.expr.as_deref(), None)?;
    let parts = Parts::FIGURES | Parts::NAME | selection.parts();
    let selector = selection.selector(ctx, &book)?;
    // Each buyer's purchase summary and, when --where keeps them, their
    // name: the models are fitted on every buyer, only the kept ones are
    // shown.
    let (today, unit) = (ctx.today, args.unit);
    let scanned = load::scan_parts(&book, parts, |c| {
        clv::summary_of(c, today, unit)
            .map(|summary| (summary, selector.matches(c).then(|| c.name.clone())))
    })?;
    for w in &scanned.warnings {
        stderr::skipped(w);
    }
    let mut names: HashMap<Id, String> = HashMap::new();
    let mut summaries = Vec::with_capacity(scanned.items.len());
    for ((id, summary), name) in scanned.items {
        if let Some(name) = name {
            names.insert(id.clone(), name);
        }
        summaries.push((id, summary));
    }
    let options = Options {
        unit: args.unit,
        months,
        monthly_discount: args.discount,
        model: args.model,
    };
    let report = clv::report(&summaries, |id| names.contains_key(id), &options)
        .map_err(|e| Error::data(crate::msg!("clv-run.cannot-fit", why = e.to_string())))?;
    warn_imprecise(
        crate::report::clv_holdout::model_name(args.model),
        &report.count.imprecise(),
    );
    warn_imprecise("Gamma-Gamma", &report.gamma_gamma.imprecise());
    let mut printer = Printer::stdout(args.format);
    if args.params {
        return printer.record(&params(&report)).map_err(Error::Output);
    }
    let mut facts = vec![
        ("today".to_string(), Cell::day(ctx.today)),
        (
            "horizon".into(),
            Cell::Text(crate::msg!("clv.horizon", count = months)),
        ),
        (
            "discount".into(),
            Cell::Text(crate::msg!(
                "clv.discount",
                percent = crate::lang::Arg::try_number(&trim_decimals(args.discount * 100.0, 4))
            )),
        ),
        ("unit".into(), Cell::Text(unit_name(args.unit))),
        (
            "fitted on".into(),
            Cell::Text(crate::msg!("clv.fitted_on", count = report.count.customers)),
        ),
    ];
    facts.push((
        "currency".into(),
        Cell::Text(book.settings.currency.clone()),
    ));
    let title = Label::new("clv.title", "Customer lifetime value");
    let mut shown = clv::render(
        &report,
        |id| names.get(id).map(String::as_str),
        facts,
        title,
    );
    shown.book = book.settings.name.clone().filter(|n| !n.is_empty());
    shown
        .data
        .sort_by_columns(&args.sort)
        .map_err(Error::usage)?;
    if let Some(limit) = args.limit {
        shown.data.rows.truncate(limit);
    }
    printer.listing_report(&shown).map_err(Error::Output)
}

/// Returns `n` and the noun, with an s for more than one.
/// Returns the name of `--unit`, as people read it (these facts are for
/// people only: machines read the rows).
fn unit_name(unit: Unit) -> String {
    match unit {
        Unit::Day => crate::msg!("clv.unit_day"),
        Unit::Week => crate::msg!("clv.unit_week"),
    }
}

/// Warns of each parameter whose standard error exceeds its estimate (DESIGN.md
/// section 16).
pub(super) fn warn_imprecise(model: &str, imprecise: &[ImpreciseParameter]) {
    for p in imprecise {
        stderr::warning(&crate::msg!(
            "clv-run.imprecise",
            model = model,
            parameter = format!("{} = {:.4}", p.name, p.value),
            error = format!("{:.4}", p.std_error)
        ));
    }
}

/// Parses `--horizon`: whole months (`12m`) or years (`2y`).
fn horizon_months(text: &str) -> Result<u32> {
    let months = match Duration::parse(text) {
        Ok(Duration::Months(n)) => n,
        Ok(Duration::Years(n)) => n * 12,
        _ => -1,
    };
    u32::try_from(months)
        .ok()
        .filter(|m| (1..=1200).contains(m))
        .ok_or_else(|| Error::usage(crate::msg!("clv-run.horizon-form", text = text)))
}

/// Returns the fitted parameters as one record (`--params`): the purchase-count
/// model's (r, alpha, a, b or r, alpha, s, beta), Gamma-Gamma's, their standard
/// errors and the log-likelihoods (`ll_bgnbd` or `ll_pareto_nbd`).
fn params(report: &Report) -> Record {
    let count = &report.count;
    let (gg, gg_se) = (&report.gamma_gamma.params, &report.gamma_gamma.std_errors);
    let f = |name: &str, x: f64| (name.to_string(), Cell::Float(x));
    let (title, ll) = match count.params.kind() {
        CountModelKind::BgNbd => ("BG/NBD and Gamma-Gamma parameters", "ll_bgnbd"),
        CountModelKind::ParetoNbd => ("Pareto/NBD and Gamma-Gamma parameters", "ll_pareto_nbd"),
    };
    let mut fields: Vec<(String, Cell)> = Vec::new();
    fields.extend(count.params.named().into_iter().map(|(n, x)| f(n, x)));
    fields.extend([f("p", gg.p), f("q", gg.q), f("gamma", gg.gamma)]);
    fields.extend(
        count
            .std_errors
            .named()
            .into_iter()
            .map(|(n, x)| f(&format!("se_{n}"), x)),
    );
    fields.extend([
        f("se_p", gg_se.p),
        f("se_q", gg_se.q),
        f("se_gamma", gg_se.gamma),
        f(ll, count.log_likelihood),
        f("ll_gamma_gamma", report.gamma_gamma.log_likelihood),
        ("customers".into(), Cell::Int(count.customers as i64)),
        (
            "repeat_buyers".into(),
            Cell::Int(report.gamma_gamma.customers as i64),
        ),
    ]);
    Record {
        id: String::new(),
        title: title.into(),
        fields,
        groups: Vec::new(),
        lists: Vec::new(),
    }
}
