package org.cardiosleep.stats.agreement;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A correlation coefficient with its test and interval.
 *
 * @param n       complete pairs used
 * @param r       Pearson r, or Spearman rho (Pearson r of mid-ranks)
 * @param pValue  two-sided, from t = r sqrt((n-2)/(1-r^2)) with n - 2 df (exact for Pearson under
 *                bivariate normality; the usual large-sample approximation for Spearman)
 * @param ciLower 95 % CI by Fisher's z transform, tanh(atanh(r) -/+ 1.96 / sqrt(n - 3))
 * @param ciUpper 95 % CI upper bound
 */
public record Correlation(int n, double r, double pValue, double ciLower, double ciUpper) {

    /** Pearson product-moment correlation of complete pairs. */
    public static Correlation pearson(double[] a, double[] b) {
        Pairs p = Pairs.complete(a, b);
        return of(p.n(), pearsonR(p.x(), p.y(), p.n()));
    }

    /** Spearman rank correlation of complete pairs (ties get average ranks). */
    public static Correlation spearman(double[] a, double[] b) {
        Pairs p = Pairs.complete(a, b);
        return of(p.n(), pearsonR(Ranks.midRanks(p.x()), Ranks.midRanks(p.y()), p.n()));
    }

    private static Correlation of(int n, double r) {
        if (n < 4) {
            throw new IllegalArgumentException("correlation needs at least 4 complete pairs, got " + n);
        }
        double pv;
        if (Math.abs(r) >= 1.0) {
            pv = 0.0;
        } else {
            double t = r * Math.sqrt((n - 2) / (1 - r * r));
            pv = Math.min(1.0, 2 * new TDistribution(null, n - 2).cumulativeProbability(-Math.abs(t)));
        }
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double h = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975) / Math.sqrt(n - 3);
        return new Correlation(n, r, pv, Math.tanh(z - h), Math.tanh(z + h));
    }

    static double pearsonR(double[] x, double[] y, int n) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
