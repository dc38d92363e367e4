//! Predicted customer lifetime value: the BG/NBD model (Fader, Hardie & Lee 2005) or the
//! Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) of how many purchases a
//! customer will make and the Gamma-Gamma model of how much they
//! spend per purchase (Fader & Hardie 2013), fitted by maximum likelihood on the book's
//! own purchase history, and their combination into a discounted lifetime value.
//!
//! Everything works on per-customer [`Summary`] values built by [`summarize`]; the
//! functions are pure and deterministic. The module map:
//!
//! - `summary`: [`Summary`] and [`summarize`] (dated purchases → x, t_x, T, mean spend)
//! - `bgnbd`, `bgnbd_fit`: the BG/NBD model and its fit; `expectation`: its
//!   conditional expectation, free of cancellation
//! - `pareto_nbd`, `pareto_nbd_fit`: the Pareto/NBD model and its fit
//! - `purchase_model`: [`PurchaseModel`], the interface both count models share, and
//!   [`CountModel`] / [`CountModelKind`] to pick one (`--model`)
//! - [`holdout`]: the calibration/holdout check of a count model (`--holdout`)
//! - `gamma_gamma`, `gamma_gamma_fit`: the Gamma-Gamma model and its fit
//! - `lifetime_value`: the discounted CLV, as lifetimes 0.11.3 computes it
//! - `fit`: [`Fit`], [`FitError`] and the log-parameter maximum-likelihood glue
//! - `optimize`: Nelder–Mead followed by damped Newton
//! - `hyp2f1`, `special`, `bridge`: ₂F₁, log-gamma and digamma, and interpolation
//!   across removable singularities

mod bgnbd;
mod bgnbd_fit;
mod bridge;
mod expectation;
mod fit;
mod gamma_gamma;
mod gamma_gamma_fit;
mod holdout;
mod hyp2f1;
mod lifetime_value;
mod optimize;
mod pareto_nbd;
mod pareto_nbd_fit;
mod purchase_model;
mod special;
mod summary;

pub use bgnbd::BgNbd;
pub use bgnbd_fit::{BGNBD_MIN_REPEAT_BUYERS, fit_bgnbd};
pub use fit::{Fit, FitError, Model};
pub use gamma_gamma::GammaGamma;
pub use gamma_gamma_fit::{GAMMA_GAMMA_MIN_REPEAT_BUYERS, fit_gamma_gamma};
pub use holdout::{
    CustomerHoldout, FrequencyBin, Holdout, HoldoutError, LAST_FREQUENCY_BIN, TrackingWeek, holdout,
};
pub use hyp2f1::hyp2f1;
pub use lifetime_value::lifetime_value;
pub use pareto_nbd::ParetoNbd;
pub use pareto_nbd_fit::{PARETO_NBD_MIN_REPEAT_BUYERS, fit_pareto_nbd};
pub use purchase_model::{
    CountModel, CountModelKind, ImpreciseParameter, Parameters, PurchaseModel,
};
pub use summary::{Summary, summarize};

#[cfg(test)]
mod cdnow_tests;
