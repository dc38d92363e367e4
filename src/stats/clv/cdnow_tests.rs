//! The CLV models checked against the published CDNOW results (Fader, Hardie & Lee
//! 2005; Fader & Hardie 2013) and against lifetimes 0.11.3 and mpmath 1.3.0 on chosen
//! customers. The reference data are described in `tests/data/cdnow/README.md`.

#![allow(clippy::excessive_precision)] // reference values as printed by their source

use std::time::Instant;

use chrono::NaiveDate;

use super::*;
use crate::stats::test_data::{
    by_customer, master_purchases, published_bgnbd_summaries, published_summaries, sample_purchases,
};

/// The BG/NBD estimates published by FHL 2005 for the CDNOW cohort (weeks).
const PUBLISHED_BGNBD: BgNbd = BgNbd {
    r: 0.243,
    alpha: 4.414,
    a: 0.793,
    b: 2.426,
};

/// The Gamma-Gamma estimates published by Fader & Hardie 2013.
const PUBLISHED_GAMMA_GAMMA: GammaGamma = GammaGamma {
    p: 6.25,
    q: 3.74,
    gamma: 15.44,
};

fn summary(x: f64, t_x: f64, t: f64, mean_spend: f64) -> Summary {
    Summary {
        x,
        t_x,
        t,
        mean_spend,
    }
}

fn round_to(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}

fn assert_rel(got: f64, want: f64, rel: f64, what: &str) {
    assert!(
        (got - want).abs() <= rel * want.abs(),
        "{what}: got {got}, want {want} (rel err {:e})",
        ((got - want) / want).abs()
    );
}

fn cdnow_bgnbd_data() -> Vec<Summary> {
    published_bgnbd_summaries()
        .into_iter()
        .map(|(x, t_x, t)| summary(x, t_x, t, 0.0))
        .collect()
}

fn cdnow_spend_data() -> Vec<Summary> {
    published_summaries()
        .into_iter()
        .map(|s| summary(s.x, s.t_x, s.t, s.zbar))
        .collect()
}

#[test]
fn bgnbd_fit_reproduces_the_published_cdnow_estimates() {
    let fit = fit_bgnbd(&cdnow_bgnbd_data()).unwrap();
    let p = fit.params;
    assert_eq!(
        [p.r, p.alpha, p.a, p.b].map(|v| round_to(v, 3)),
        [0.243, 4.414, 0.793, 2.426]
    );
    assert_eq!(round_to(fit.log_likelihood, 1), -9582.4);
    assert_eq!(fit.customers, 2357);

    // lifetimes 0.11.3 `BetaGeoFitter().fit(frequency, recency, T)` on the same file:
    // params_ and summary["se(coef)"].
    let lifetimes = [0.242593, 4.413532, 0.792886, 2.425752];
    let lifetimes_se = [0.012557, 0.378221, 0.185719, 0.705345];
    let se = fit.std_errors;
    for ((got, want), name) in [p.r, p.alpha, p.a, p.b]
        .iter()
        .zip(lifetimes)
        .zip(["r", "α", "a", "b"])
    {
        assert_rel(*got, want, 5e-6, name);
    }
    for ((got, want), name) in [se.r, se.alpha, se.a, se.b]
        .iter()
        .zip(lifetimes_se)
        .zip(["r", "α", "a", "b"])
    {
        assert!(got.is_finite() && *got > 0.0, "se({name}) = {got}");
        assert_rel(*got, want, 1e-4, &format!("se({name})"));
    }
}

#[test]
fn fits_are_deterministic() {
    let data = cdnow_bgnbd_data();
    assert_eq!(fit_bgnbd(&data).unwrap(), fit_bgnbd(&data).unwrap());
}

#[test]
fn conditional_expectation_matches_the_fhl_spreadsheet() {
    // FHL 2005 spreadsheet: x = 2, t_x = 30.43, T = 38.86, next 39 weeks → 1.226.
    let s = summary(2.0, 30.43, 38.86, 0.0);
    let expected = PUBLISHED_BGNBD.expected_purchases(&s, 39.0);
    assert_eq!(round_to(expected, 3), 1.226);
}

#[test]
fn gamma_gamma_fit_reproduces_the_published_cdnow_estimates() {
    let fit = fit_gamma_gamma(&cdnow_spend_data()).unwrap();
    let p = fit.params;
    assert_eq!(fit.customers, 946);
    assert_eq!(round_to(p.p, 2), 6.25);
    assert_eq!(round_to(p.q, 2), 3.74);
    // The published γ = 15.44 came from Excel's Solver stopping short: the maximum is
    // at 15.4477 (lifetimes and scipy agree, below), 0.002 standard errors away, and the
    // log-likelihood there is 0.0015 higher than at the published point.
    assert!((p.gamma - 15.44).abs() < 0.01, "γ = {}", p.gamma);

    // lifetimes 0.11.3 `GammaGammaFitter().fit(x, zbar)` on the 946 repeat buyers, and
    // scipy 1.17.1 Nelder-Mead + BFGS on the full log-likelihood: p = 6.248804,
    // q = 3.744588, γ = 15.447740, LL = −4055.9232435.
    assert_rel(p.p, 6.248802, 2e-6, "p");
    assert_rel(p.q, 3.744588, 2e-6, "q");
    assert_rel(p.gamma, 15.447748, 2e-6, "γ");
    assert!(
        (fit.log_likelihood + 4055.9232435).abs() < 1e-6,
        "{}",
        fit.log_likelihood
    );
    let se = fit.std_errors;
    // lifetimes 0.11.3 summary["se(coef)"].
    for ((got, want), name) in [se.p, se.q, se.gamma]
        .iter()
        .zip([1.189687, 0.290166, 4.159994])
        .zip(["p", "q", "γ"])
    {
        assert!(got.is_finite() && *got > 0.0, "se({name}) = {got}");
        assert_rel(*got, want, 1e-4, &format!("se({name})"));
    }
}

/// Per-customer figures with the published parameters (weeks, 12 months at 1 % a
/// month, 4.345 weeks a month). Sources:
/// - ll: mpmath 1.3.0 (50 digits), ln of FHL 2005 eq. 6 with all constants;
/// - p_alive, e39 (expected purchases in 39 weeks), spend, clv: lifetimes 0.11.3,
///   `conditional_probability_alive`, `conditional_expected_number_of_purchases_up_to_time`,
///   `GammaGammaFitter.conditional_expected_average_profit` and
///   `customer_lifetime_value(bgf, …, time=12, discount_rate=0.01, freq="W")`, with
///   `params_` set to the published values (mpmath agrees with each to 1e-12).
#[test]
fn matches_lifetimes_for_chosen_customers() {
    struct Case {
        name: &'static str,
        s: Summary,
        ll: f64,
        p_alive: f64,
        e39: f64,
        spend: f64,
        clv: f64,
    }
    let cases = [
        Case {
            name: "ID 1",
            s: summary(2.0, 30.43, 38.86, 22.35),
            ll: -9.4586063070662712,
            p_alive: 0.726578570080673,
            e39: 1.226028174767135,
            spend: 24.663713910761157,
            clv: 36.28921112559952,
        },
        Case {
            name: "ID 2",
            s: summary(1.0, 1.71, 38.86, 11.77),
            ll: -4.4690932750325885,
            p_alive: 0.2121009853773791,
            e39: 0.20318698707975183,
            spend: 18.91685205784205,
            clv: 4.637294659747194,
        },
        Case {
            name: "ID 3 (no repeat purchase)",
            s: summary(0.0, 0.0, 38.86, 0.0),
            ll: -0.55471327643815845,
            p_alive: 1.0,
            e39: 0.19509805201125396,
            spend: 35.21897810218978,
            clv: 8.369004358920185,
        },
        Case {
            name: "ID 157 (x = 29)",
            s: summary(29.0, 37.71, 38.00, 26.26),
            ll: -43.869514053620673,
            p_alive: 0.9691295181593396,
            e39: 20.052948986498027,
            spend: 26.39341812055003,
            clv: 625.3341503463334,
        },
        Case {
            name: "ID 2356",
            s: summary(4.0, 26.57, 27.0, 33.32),
            ll: -14.126939627147155,
            p_alive: 0.8658385144616547,
            e39: 3.4882169951103617,
            spend: 33.50757029560202,
            clv: 138.0410436753432,
        },
    ];
    let (bg, gg) = (PUBLISHED_BGNBD, PUBLISHED_GAMMA_GAMMA);
    for c in cases {
        let s = &c.s;
        assert_rel(bg.log_likelihood(s), c.ll, 1e-13, &format!("{} ll", c.name));
        assert_rel(
            bg.p_alive(s),
            c.p_alive,
            1e-13,
            &format!("{} p_alive", c.name),
        );
        assert_rel(
            bg.expected_purchases(s, 39.0),
            c.e39,
            1e-11,
            &format!("{} e39", c.name),
        );
        assert_rel(
            gg.expected_spend(s.x, s.mean_spend),
            c.spend,
            1e-14,
            &format!("{} spend", c.name),
        );
        let clv = lifetime_value(&bg, &gg, s, 12, 0.01, 4.345);
        assert_rel(clv, c.clv, 1e-11, &format!("{} clv", c.name));
    }
}

/// Harder arguments. Sources: lifetimes 0.11.3 as above, and mpmath 1.3.0 (50 digits)
/// evaluating FHL eq. 10 with `mp.hyp2f1` where lifetimes' scipy ₂F₁ loses digits.
#[test]
fn matches_references_on_hard_arguments() {
    let (bg, gg) = (PUBLISHED_BGNBD, PUBLISHED_GAMMA_GAMMA);

    // A customer whose first purchase is today, over ten years (z up to 0.9916):
    // lifetimes 4.980603065455375, mpmath 4.9806030654554524; 120-month CLV lifetimes
    // 123.99626426453732, mpmath 123.99626426454021.
    let new = summary(0.0, 0.0, 0.0, 0.0);
    assert_rel(
        bg.expected_purchases(&new, 521.4),
        4.9806030654554524,
        1e-12,
        "new e",
    );
    assert_rel(
        lifetime_value(&bg, &gg, &new, 120, 0.01, 4.345),
        123.99626426454021,
        1e-11,
        "new clv",
    );

    // x = 150: lifetimes 93.5331572795538, mpmath 93.533157279569586; P(alive) mpmath
    // 0.90344712518283488.
    let heavy = summary(150.0, 38.0, 38.86, 40.0);
    assert_rel(
        bg.expected_purchases(&heavy, 39.0),
        93.533157279569586,
        1e-12,
        "heavy e",
    );
    assert_rel(
        bg.p_alive(&heavy),
        0.90344712518283488,
        1e-13,
        "heavy p_alive",
    );

    // ID 1 in days (α × 7), 6 months at 2 %, 30 days a month: expected purchases in 273
    // days lifetimes 1.2261158061493334, mpmath 1.2261158061493217; CLV lifetimes
    // `freq="D"` 19.693354616523738, mpmath 19.693354616523715.
    let days = BgNbd {
        alpha: PUBLISHED_BGNBD.alpha * 7.0,
        ..PUBLISHED_BGNBD
    };
    let id1 = summary(2.0, 213.0, 272.0, 22.35);
    assert_rel(
        days.expected_purchases(&id1, 273.0),
        1.2261158061493217,
        1e-12,
        "days e",
    );
    assert_rel(
        lifetime_value(&days, &gg, &id1, 6, 0.02, 30.0),
        19.693354616523738,
        1e-12,
        "days clv",
    );

    // a at and near 1, where eq. 10 is 0/0: mpmath 1.2439833579494507 (a = 1 + 1e-7;
    // lifetimes gives 1.2439833665, 7e-9 off) and 1.2434703837658589 (a = 1.0005).
    let s = summary(3.0, 20.0, 38.0, 0.0);
    for (a, want) in [
        (1.0 + 1e-7, 1.2439833579494507),
        (1.0005, 1.2434703837658589),
    ] {
        let model = BgNbd {
            a,
            ..PUBLISHED_BGNBD
        };
        assert_rel(
            model.expected_purchases(&s, 52.0),
            want,
            1e-11,
            &format!("a = {a}"),
        );
    }
}

#[test]
fn gamma_gamma_log_likelihood_matches_mpmath() {
    // mpmath 1.3.0 (50 digits), Fader & Hardie 2013 eq. 3 with all constants.
    let gg = PUBLISHED_GAMMA_GAMMA;
    for (x, m, want) in [
        (2.0, 22.35, -3.5513167597317047),
        (1.0, 11.77, -3.7377096787408399),
        (29.0, 26.26, -3.5604573876342277),
        (4.0, 33.32, -3.9577658299197769),
    ] {
        assert_rel(gg.log_likelihood(x, m), want, 1e-13, &format!("x = {x}"));
    }
    assert!(gg.log_likelihood(0.0, 0.0).is_nan());
    assert_rel(
        gg.population_mean(),
        35.21897810218978,
        1e-15,
        "population mean",
    );
}

#[test]
fn summarize_reproduces_the_published_summaries() {
    let today = NaiveDate::from_ymd_opt(1997, 9, 30).unwrap();
    let published = published_summaries();
    let customers = by_customer(sample_purchases());
    assert_eq!(customers.len(), 2357);
    let mut checked = 0;
    for (id, purchases) in customers {
        let id: u32 = id.parse().unwrap();
        let want = published.iter().find(|p| p.id == id).unwrap();
        // Every sample customer's first purchase is in the calibration period.
        let got = summarize(&purchases, today, 7.0).unwrap();
        // The file rounds to 2 decimals; allow for binary rounding at the half-way point.
        let close = |got: f64, want: f64| (got - want).abs() <= 0.005 + 1e-9;
        assert_eq!(got.x, want.x, "ID {id} x");
        assert!(
            close(got.t_x, want.t_x),
            "ID {id} t_x {} vs {}",
            got.t_x,
            want.t_x
        );
        assert!(close(got.t, want.t), "ID {id} T {} vs {}", got.t, want.t);
        assert!(
            close(got.mean_spend, want.zbar),
            "ID {id} zbar {} vs {}",
            got.mean_spend,
            want.zbar
        );
        checked += 1;
    }
    assert_eq!(checked, 2357);
}

#[test]
fn too_few_repeat_buyers_is_a_clear_error() {
    let mut data: Vec<Summary> = cdnow_spend_data()
        .into_iter()
        .filter(|s| s.x > 0.0)
        .take(9)
        .collect();
    data.extend(std::iter::repeat_n(summary(0.0, 0.0, 30.0, 0.0), 50));
    let err = fit_bgnbd(&data).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the BG/NBD model needs at least 10 repeat buyers (customers with purchases on two \
         or more days); the book has 9"
    );
    let err = fit_gamma_gamma(&data).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the Gamma-Gamma model needs at least 10 repeat buyers (customers with purchases on \
         two or more days and a positive mean spend); the book has 9"
    );
}

#[test]
fn identical_spends_are_reported_as_unidentified() {
    let data: Vec<Summary> = (1..=30)
        .map(|i| summary(f64::from(i % 4 + 1), 10.0, 20.0, 25.0))
        .collect();
    match fit_gamma_gamma(&data) {
        Err(FitError::Unidentified {
            model: Model::GammaGamma,
            ..
        }) => {}
        other => panic!("expected Unidentified, got {other:?}"),
    }
}

/// The fits on all 23,570 CDNOW_master customers, summarized by [`summarize`] in weeks,
/// against lifetimes 0.11.3 `BetaGeoFitter` and `GammaGammaFitter` (the latter on the
/// repeat buyers with a positive mean) on summaries built independently with pandas
/// 3.1.1 by the same definitions.
#[test]
fn master_fits_match_lifetimes() {
    let customers = by_customer(master_purchases());
    let cases = [
        (
            NaiveDate::from_ymd_opt(1997, 9, 30).unwrap(),
            [0.251624, 4.788945, 0.723433, 2.161087],
            [6.275359, 3.62445, 14.983689],
        ),
        (
            NaiveDate::from_ymd_opt(1998, 6, 30).unwrap(),
            [0.267128, 5.986493, 0.483517, 2.111608],
            [5.086044, 3.995121, 21.252238],
        ),
    ];
    for (today, bgnbd, gamma_gamma) in cases {
        let data: Vec<Summary> = customers
            .iter()
            .filter_map(|(_, purchases)| summarize(purchases, today, 7.0))
            .collect();
        assert_eq!(data.len(), 23_570);
        let bg = fit_bgnbd(&data).unwrap().params;
        for (got, want) in [bg.r, bg.alpha, bg.a, bg.b].into_iter().zip(bgnbd) {
            assert_rel(got, want, 5e-6, &format!("BG/NBD to {today}"));
        }
        let gg = fit_gamma_gamma(&data).unwrap().params;
        for (got, want) in [gg.p, gg.q, gg.gamma].into_iter().zip(gamma_gamma) {
            assert_rel(got, want, 5e-6, &format!("Gamma-Gamma to {today}"));
        }
    }
}

/// Times the fits on all 23,570 CDNOW_master customers. Run with
/// `cargo test --release -- --ignored --nocapture times_the_master_fits`.
#[test]
#[ignore = "timing; run in release mode"]
fn times_the_master_fits() {
    let customers = by_customer(master_purchases());
    for (label, today) in [
        (
            "to 1997-09-30",
            NaiveDate::from_ymd_opt(1997, 9, 30).unwrap(),
        ),
        (
            "to 1998-06-30",
            NaiveDate::from_ymd_opt(1998, 6, 30).unwrap(),
        ),
    ] {
        let data: Vec<Summary> = customers
            .iter()
            .filter_map(|(_, purchases)| summarize(purchases, today, 7.0))
            .collect();
        let start = Instant::now();
        let bg = fit_bgnbd(&data).unwrap();
        let bg_time = start.elapsed();
        let start = Instant::now();
        let gg = fit_gamma_gamma(&data).unwrap();
        let gg_time = start.elapsed();
        let start = Instant::now();
        let total: f64 = data
            .iter()
            .map(|s| lifetime_value(&bg.params, &gg.params, s, 12, 0.01, 4.345))
            .sum();
        let clv_time = start.elapsed();
        println!(
            "CDNOW_master {label}: {} customers\n  BG/NBD {:?} ({} iterations) in {bg_time:?}\n  \
             Gamma-Gamma {:?} ({} iterations) in {gg_time:?}\n  12-month CLV of everyone \
             (sum {total:.2}) in {clv_time:?}",
            data.len(),
            bg.params,
            bg.iterations,
            gg.params,
            gg.iterations,
        );
    }
}

#[test]
fn pareto_scratch() {
    let t = Instant::now();
    let fit = fit_pareto_nbd(&cdnow_bgnbd_data()).unwrap();
    println!("{:?} {:?}", fit, t.elapsed());
    let today = NaiveDate::from_ymd_opt(1997, 9, 30).unwrap();
    let data: Vec<Summary> = by_customer(sample_purchases()).iter().filter_map(|(_, p)| summarize(p, today, 7.0)).collect();
    println!("raw bg {:?}", fit_bgnbd(&data).unwrap());
    println!("raw pnbd {:?}", fit_pareto_nbd(&data).unwrap());
}
