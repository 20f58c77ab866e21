package org.cardiosleep.stats.agreement;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Bland–Altman agreement between two methods measuring the same quantity (Bland &amp; Altman 1986,
 * Lancet; confidence intervals of bias and limits from Bland &amp; Altman 1999, section 2.2).
 * Differences are {@code a - b}.
 *
 * @param n              pairs used
 * @param bias           mean difference
 * @param sdDifference   standard deviation of the differences (n - 1)
 * @param lowerLimit     bias - 1.96 sd (lower limit of agreement)
 * @param upperLimit     bias + 1.96 sd
 * @param biasCiLower    95 % CI of the bias (t, n - 1 df)
 * @param biasCiUpper    95 % CI of the bias
 * @param limitCiHalfWidth half-width of the 95 % CI of each limit, t * sqrt(3 sd^2 / n)
 */
public record BlandAltman(int n, double bias, double sdDifference, double lowerLimit, double upperLimit,
                          double biasCiLower, double biasCiUpper, double limitCiHalfWidth) {

    /** Agreement of paired values; pairs where either is NaN are skipped. Needs at least 3 pairs. */
    public static BlandAltman of(double[] a, double[] b) {
        Pairs pr = Pairs.complete(a, b);
        int n = pr.n();
        if (n < 3) {
            throw new IllegalArgumentException("Bland-Altman needs at least 3 complete pairs, got " + n);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += pr.x()[i] - pr.y()[i];
        }
        double bias = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = pr.x()[i] - pr.y()[i] - bias;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        double seBias = sd / Math.sqrt(n);
        return new BlandAltman(n, bias, sd, bias - 1.96 * sd, bias + 1.96 * sd, bias - t * seBias, bias + t * seBias,
                t * Math.sqrt(3 * sd * sd / n));
    }
}
