package org.cardiosleep.signal.sleep;

import java.util.Arrays;

/**
 * Per-night robust standardisation of a feature column: (x − median) / (IQR / 1.349), so that a
 * stager learns changes relative to the subject's own night rather than absolute levels that differ
 * between people (age, fitness, medication). NaN stays NaN.
 */
public final class NightNormalization {
    private NightNormalization() {
    }

    /** Standardises column {@code col} of {@code x} into column {@code dest} of {@code out}. */
    public static void robustZ(double[][] x, int col, double[][] out, int dest) {
        double[] v = new double[x.length];
        int m = 0;
        for (double[] row : x) {
            double a = row[col];
            if (Double.isFinite(a)) {
                v[m++] = a;
            }
        }
        if (m == 0) {
            for (double[] row : out) {
                row[dest] = Double.NaN;
            }
            return;
        }
        Arrays.sort(v, 0, m);
        double med = quantileSorted(v, m, 0.5);
        double scale = (quantileSorted(v, m, 0.75) - quantileSorted(v, m, 0.25)) / 1.349;
        if (!(scale > 1e-12)) {
            double s2 = 0;
            for (int i = 0; i < m; i++) {
                s2 += (v[i] - med) * (v[i] - med);
            }
            scale = Math.sqrt(s2 / m);
        }
        if (!(scale > 1e-12)) {
            scale = 1;
        }
        for (int i = 0; i < x.length; i++) {
            double a = x[i][col];
            out[i][dest] = Double.isFinite(a) ? (a - med) / scale : Double.NaN;
        }
    }

    /** Percentile rank (0–1) of each finite value of column {@code col} within the night. */
    public static void rank(double[][] x, int col, double[][] out, int dest) {
        int n = x.length;
        double[] v = new double[n];
        int m = 0;
        for (double[] row : x) {
            if (Double.isFinite(row[col])) {
                v[m++] = row[col];
            }
        }
        Arrays.sort(v, 0, m);
        for (int i = 0; i < n; i++) {
            double a = x[i][col];
            if (!Double.isFinite(a) || m == 0) {
                out[i][dest] = Double.NaN;
                continue;
            }
            int lo = org.cardiosleep.signal.SortedArrays.lowerBound(v, 0, m, a);
            int hi = org.cardiosleep.signal.SortedArrays.upperBound(v, 0, m, a);
            out[i][dest] = (lo + hi) / 2.0 / m;
        }
    }

    /** Linear-interpolated quantile of the first {@code m} sorted values. */
    public static double quantileSorted(double[] v, int m, double q) {
        return org.cardiosleep.signal.Selection.quantileSorted(v, m, q);
    }

    /** Mean of finite {@code x[e+lo .. e+hi][col]} into {@code out[e][dest]} (NaN when none). */
    public static void movingMean(double[][] x, int col, double[][] out, int dest, int lo, int hi) {
        int n = x.length;
        double[] prefix = new double[n + 1];
        int[] count = new int[n + 1];
        for (int i = 0; i < n; i++) {
            double v = x[i][col];
            boolean ok = Double.isFinite(v);
            prefix[i + 1] = prefix[i] + (ok ? v : 0);
            count[i + 1] = count[i] + (ok ? 1 : 0);
        }
        for (int e = 0; e < n; e++) {
            int a = Math.max(0, e + lo);
            int b = Math.min(n - 1, e + hi);
            if (b < a) {
                out[e][dest] = Double.NaN;
                continue;
            }
            int k = count[b + 1] - count[a];
            out[e][dest] = k == 0 ? Double.NaN : (prefix[b + 1] - prefix[a]) / k;
        }
    }

}
