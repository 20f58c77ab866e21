package org.cardiosleep.learn.gbm;

import java.util.Arrays;

/**
 * Quantile binning of feature columns for histogram-based tree growing. Bin 0 holds NaN; bins
 * 1..k hold values ≤ edge[b-1] (the last bin everything above the last edge).
 */
final class Binning {
    final double[][] edges;
    final byte[][] bins;

    private Binning(double[][] edges, byte[][] bins) {
        this.edges = edges;
        this.bins = bins;
    }

    static Binning of(double[][] x, int maxBins) {
        int n = x.length;
        int f = x[0].length;
        double[][] edges = new double[f][];
        byte[][] bins = new byte[f][n];
        double[] col = new double[n];
        for (int j = 0; j < f; j++) {
            int m = 0;
            for (double[] row : x) {
                double v = row[j];
                if (!Double.isNaN(v)) {
                    col[m++] = v;
                }
            }
            Arrays.sort(col, 0, m);
            double[] e = new double[maxBins - 1];
            int k = 0;
            for (int b = 1; b < maxBins && m > 0; b++) {
                // Edges are kept at float precision, as the trees store them, so training and prediction agree.
                double q = (float) col[Math.min(m - 1, (int) ((long) b * m / maxBins))];
                if (k == 0 || q > e[k - 1]) {
                    e[k++] = q;
                }
            }
            // The largest value needs no edge of its own: values above the last edge fall in the top bin.
            if (k > 0 && e[k - 1] >= col[m - 1]) {
                k--;
            }
            edges[j] = Arrays.copyOf(e, k);
            for (int i = 0; i < n; i++) {
                double v = x[i][j];
                bins[j][i] = (byte) (Double.isNaN(v) ? 0 : 1 + upper(edges[j], v));
            }
        }
        return new Binning(edges, bins);
    }

    /** Number of edges strictly below v, i.e. the bin index among 0..k (values equal to an edge go low). */
    private static int upper(double[] e, double v) {
        int lo = 0;
        int hi = e.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (e[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
