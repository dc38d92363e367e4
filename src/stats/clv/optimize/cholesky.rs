//! Cholesky factorization of small symmetric matrices: solves Newton systems, tests
//! positive definiteness, and inverts the Hessian for standard errors.

/// The lower-triangular factor L of a symmetric positive definite matrix A = L Lᵀ.
#[derive(Debug, Clone)]
pub(crate) struct Cholesky<const N: usize> {
    lower: [[f64; N]; N],
}

impl<const N: usize> Cholesky<N> {
    /// Factors `a`; `None` when it is not (numerically) positive definite.
    pub(crate) fn new(a: &[[f64; N]; N]) -> Option<Self> {
        let mut lower = [[0.0; N]; N];
        for i in 0..N {
            for j in 0..=i {
                let dot: f64 = (0..j).map(|k| lower[i][k] * lower[j][k]).sum();
                if i == j {
                    let pivot = a[i][i] - dot;
                    if !pivot.is_finite() || pivot <= 0.0 {
                        return None;
                    }
                    lower[i][i] = pivot.sqrt();
                } else {
                    lower[i][j] = (a[i][j] - dot) / lower[j][j];
                }
            }
        }
        Some(Self { lower })
    }

    /// Solves A x = b.
    pub(crate) fn solve(&self, b: &[f64; N]) -> [f64; N] {
        let l = &self.lower;
        let mut y = [0.0; N];
        for i in 0..N {
            let dot: f64 = (0..i).map(|k| l[i][k] * y[k]).sum();
            y[i] = (b[i] - dot) / l[i][i];
        }
        let mut x = [0.0; N];
        for i in (0..N).rev() {
            let dot: f64 = (i + 1..N).map(|k| l[k][i] * x[k]).sum();
            x[i] = (y[i] - dot) / l[i][i];
        }
        x
    }

    /// Returns A⁻¹.
    pub(crate) fn inverse(&self) -> [[f64; N]; N] {
        let mut inverse = [[0.0; N]; N];
        for j in 0..N {
            let mut unit = [0.0; N];
            unit[j] = 1.0;
            let column = self.solve(&unit);
            for i in 0..N {
                inverse[i][j] = column[i];
            }
        }
        inverse
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::needless_range_loop)] // index notation reads as the matrix algebra
    fn solves_and_inverts() {
        let a = [[4.0, 2.0, 0.4], [2.0, 5.0, 1.0], [0.4, 1.0, 3.0]];
        let chol = Cholesky::new(&a).unwrap();
        let x = chol.solve(&[1.0, 2.0, 3.0]);
        for (row, want) in a.iter().zip([1.0, 2.0, 3.0]) {
            let got: f64 = row.iter().zip(&x).map(|(r, x)| r * x).sum();
            assert!((got - want).abs() < 1e-14);
        }
        let inv = chol.inverse();
        for i in 0..3 {
            for j in 0..3 {
                let got: f64 = (0..3).map(|k| a[i][k] * inv[k][j]).sum();
                assert!((got - if i == j { 1.0 } else { 0.0 }).abs() < 1e-14);
            }
        }
    }

    #[test]
    fn rejects_indefinite_matrices() {
        assert!(Cholesky::new(&[[1.0, 2.0], [2.0, 1.0]]).is_none());
    }
}
