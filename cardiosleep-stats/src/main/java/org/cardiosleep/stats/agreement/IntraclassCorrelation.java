package org.cardiosleep.stats.agreement;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * ICC(2,1): two-way random effects, absolute agreement, single measurement (Shrout &amp; Fleiss
 * 1979, case 2; McGraw &amp; Wong 1996 "ICC(A,1)"), from the two-way ANOVA mean squares of n
 * subjects by k raters (methods). The 95 % CI is McGraw &amp; Wong's (1996, table 7) F-based interval.
 *
 * @param n       subjects (complete rows)
 * @param k       raters / methods
 * @param icc     (MSR - MSE) / (MSR + (k - 1) MSE + k (MSC - MSE) / n)
 * @param ciLower 95 % CI lower bound
 * @param ciUpper 95 % CI upper bound
 */
public record IntraclassCorrelation(int n, int k, double icc, double ciLower, double ciUpper) {

    /** ICC(2,1) of two paired methods (rows with a NaN are skipped). */
    public static IntraclassCorrelation icc21(double[] a, double[] b) {
        Pairs p = Pairs.complete(a, b);
        double[][] m = new double[p.n()][];
        for (int i = 0; i < p.n(); i++) {
            m[i] = new double[] {p.x()[i], p.y()[i]};
        }
        return icc21(m);
    }

    /** ICC(2,1) of an n x k table (subjects by raters), all values present. */
    public static IntraclassCorrelation icc21(double[][] table) {
        int n = table.length;
        if (n < 3) {
            throw new IllegalArgumentException("ICC needs at least 3 subjects, got " + n);
        }
        int k = table[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("ICC needs at least 2 raters");
        }
        double grand = 0;
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double v = table[i][j];
                rowMean[i] += v;
                colMean[j] += v;
                grand += v;
            }
        }
        grand /= n * k;
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            rowMean[i] /= k;
            ssr += (rowMean[i] - grand) * (rowMean[i] - grand);
        }
        ssr *= k;
        double ssc = 0;
        for (int j = 0; j < k; j++) {
            colMean[j] /= n;
            ssc += (colMean[j] - grand) * (colMean[j] - grand);
        }
        ssc *= n;
        double sst = 0;
        for (double[] row : table) {
            for (double v : row) {
                sst += (v - grand) * (v - grand);
            }
        }
        double sse = sst - ssr - ssc;
        double msr = ssr / (n - 1);
        double msc = ssc / (k - 1);
        double mse = sse / ((double) (n - 1) * (k - 1));
        double icc = (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n);

        // McGraw & Wong 1996: Satterthwaite df v for the denominator, F quantiles
        double a = k * icc / (n * (1 - icc));
        double b = 1 + k * icc * (n - 1) / (n * (1 - icc));
        double v = Math.pow(a * msc + b * mse, 2)
                / (Math.pow(a * msc, 2) / (k - 1) + Math.pow(b * mse, 2) / ((double) (n - 1) * (k - 1)));
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (Double.isFinite(v) && v > 0) {
            double fs = new FDistribution(null, n - 1, v).inverseCumulativeProbability(0.975);
            double fi = new FDistribution(null, v, n - 1).inverseCumulativeProbability(0.975);
            lo = n * (msr - fs * mse) / (fs * (k * msc + (k * n - k - n) * mse) + n * msr);
            hi = n * (fi * msr - mse) / (k * msc + (k * n - k - n) * mse + n * fi * msr);
        }
        return new IntraclassCorrelation(n, k, icc, lo, hi);
    }
}
