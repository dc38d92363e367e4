//! The Nelder–Mead simplex search (standard coefficients: reflection 1, expansion 2,
//! contraction ½, shrink ½; Lagarias et al. 1998), used to get from a rough start to
//! the basin of the minimum without derivatives.

/// Edge of the initial simplex along each coordinate (log-parameters: a factor of
/// e^0.5 ≈ 1.65).
const INITIAL_STEP: f64 = 0.5;

/// The search stops once the values over the simplex differ by at most this much,
/// relative to max(1, |f|), and the simplex is at most [`SIZE_TOLERANCE`] wide; Newton
/// takes over from there.
const VALUE_TOLERANCE: f64 = 1e-8;

/// Largest coordinate distance from the best vertex at which the search may stop.
const SIZE_TOLERANCE: f64 = 1e-3;

/// Iteration cap; reaching it is not an error, since Newton decides convergence.
const MAX_ITERATIONS: usize = 5_000;

/// The best vertex found.
#[derive(Debug, Clone)]
pub(crate) struct Rough<const N: usize> {
    pub point: [f64; N],
    pub iterations: usize,
}

/// Runs Nelder–Mead on `f` from `start`; NaN values count as +∞.
pub(crate) fn minimize<const N: usize>(f: impl Fn(&[f64; N]) -> f64, start: [f64; N]) -> Rough<N> {
    let eval = |p: &[f64; N]| {
        let v = f(p);
        if v.is_nan() { f64::INFINITY } else { v }
    };
    let mut simplex: Vec<([f64; N], f64)> = Vec::with_capacity(N + 1);
    simplex.push((start, eval(&start)));
    for i in 0..N {
        let mut p = start;
        p[i] += INITIAL_STEP;
        simplex.push((p, eval(&p)));
    }
    let mut iterations = 0;
    while iterations < MAX_ITERATIONS {
        simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
        let best = simplex[0].1;
        let worst = simplex[N].1;
        let size = simplex[1..]
            .iter()
            .flat_map(|(p, _)| p.iter().zip(&simplex[0].0).map(|(x, y)| (x - y).abs()))
            .fold(0.0, f64::max);
        if worst - best <= VALUE_TOLERANCE * best.abs().max(1.0) && size <= SIZE_TOLERANCE {
            break;
        }
        iterations += 1;

        let mut centroid = [0.0; N];
        for (p, _) in &simplex[..N] {
            for (c, x) in centroid.iter_mut().zip(p) {
                *c += x / N as f64;
            }
        }
        let toward = |t: f64| {
            let mut p = centroid;
            for (x, w) in p.iter_mut().zip(&simplex[N].0) {
                *x += t * (*x - w);
            }
            p
        };
        let reflected = toward(1.0);
        let f_reflected = eval(&reflected);
        if f_reflected < best {
            let expanded = toward(2.0);
            let f_expanded = eval(&expanded);
            simplex[N] = if f_expanded < f_reflected {
                (expanded, f_expanded)
            } else {
                (reflected, f_reflected)
            };
            continue;
        }
        if f_reflected < simplex[N - 1].1 {
            simplex[N] = (reflected, f_reflected);
            continue;
        }
        let (contracted, f_contracted) = if f_reflected < worst {
            let p = toward(0.5);
            (p, eval(&p))
        } else {
            let p = toward(-0.5);
            (p, eval(&p))
        };
        if f_contracted < f_reflected.min(worst) {
            simplex[N] = (contracted, f_contracted);
            continue;
        }
        let anchor = simplex[0].0;
        for (p, v) in &mut simplex[1..] {
            for (x, a) in p.iter_mut().zip(&anchor) {
                *x = a + 0.5 * (*x - a);
            }
            *v = eval(p);
        }
    }
    simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
    Rough {
        point: simplex[0].0,
        iterations,
    }
}
