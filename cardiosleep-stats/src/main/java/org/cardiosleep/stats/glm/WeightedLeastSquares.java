package org.cardiosleep.stats.glm;

/**
 * Weighted least squares by Householder QR of sqrt(W) X (Golub &amp; Van Loan 2013, section 5.3),
 * the numerically stable route R's glm.fit takes; the triangular factor also gives (X'WX)^-1.
 */
final class WeightedLeastSquares {
    private final int n;
    private final int p;
    private final double[] r; // p x p upper triangular, row-major

    private final double[] beta;

    /**
     * Solves min sum_i (w_i (x_i b - z_i))^2 where {@code sqrtW} holds w_i.
     *
     * @throws IllegalArgumentException when a column is (numerically) a combination of the others
     */
    WeightedLeastSquares(DesignMatrix x, double[] z, double[] sqrtW) {
        this.n = x.rows();
        this.p = x.columns();
        if (n < p) {
            throw new IllegalArgumentException("too few observations (" + n + ") for " + p + " model terms");
        }
        double[] a = new double[n * p]; // column-major for cache-friendly Householder sweeps
        double[] b = new double[n];
        double[] colNorm = new double[p];
        for (int i = 0; i < n; i++) {
            double w = sqrtW[i];
            b[i] = w * z[i];
            for (int j = 0; j < p; j++) {
                double v = w * x.get(i, j);
                a[j * n + i] = v;
                colNorm[j] += v * v;
            }
        }
        for (int k = 0; k < p; k++) {
            int off = k * n;
            double norm = 0;
            for (int i = k; i < n; i++) {
                norm += a[off + i] * a[off + i];
            }
            norm = Math.sqrt(norm);
            // R's dqrdc2 tolerance 1e-11 relative to the column's original norm
            if (norm <= 1e-11 * Math.sqrt(colNorm[k]) || norm == 0.0) {
                throw new IllegalArgumentException("model term '" + x.terms()[k]
                        + "' is collinear with the others (or constant); drop it");
            }
            double alpha = a[off + k] > 0 ? -norm : norm;
            a[off + k] -= alpha; // v = x - alpha e1, stored in place
            double vnorm2 = 0;
            for (int i = k; i < n; i++) {
                vnorm2 += a[off + i] * a[off + i];
            }
            for (int j = k + 1; j < p; j++) {
                int oj = j * n;
                double dot = 0;
                for (int i = k; i < n; i++) {
                    dot += a[off + i] * a[oj + i];
                }
                double f = 2 * dot / vnorm2;
                for (int i = k; i < n; i++) {
                    a[oj + i] -= f * a[off + i];
                }
            }
            double dot = 0;
            for (int i = k; i < n; i++) {
                dot += a[off + i] * b[i];
            }
            double f = 2 * dot / vnorm2;
            for (int i = k; i < n; i++) {
                b[i] -= f * a[off + i];
            }
            a[off + k] = alpha; // R_kk; entries below k are no longer needed
        }
        r = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                r[i * p + j] = a[j * n + i];
            }
        }
        beta = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < p; j++) {
                s -= r[i * p + j] * beta[j];
            }
            beta[i] = s / r[i * p + i];
        }
    }

    double[] coefficients() {
        return beta.clone();
    }

    /** Diagonal of (X'WX)^-1 = R^-1 R^-T. */
    double[] unscaledVarianceDiagonal() {
        double[] rinv = new double[p * p];
        for (int j = 0; j < p; j++) {
            rinv[j * p + j] = 1.0 / r[j * p + j];
            for (int i = j - 1; i >= 0; i--) {
                double s = 0;
                for (int k = i + 1; k <= j; k++) {
                    s += r[i * p + k] * rinv[k * p + j];
                }
                rinv[i * p + j] = -s / r[i * p + i];
            }
        }
        double[] d = new double[p];
        for (int i = 0; i < p; i++) {
            double s = 0;
            for (int k = i; k < p; k++) {
                s += rinv[i * p + k] * rinv[i * p + k];
            }
            d[i] = s;
        }
        return d;
    }
}
