package org.cardiosleep.stats.agreement;

/** Mid-ranks (1-based, ties averaged), as R's {@code rank(ties.method = "average")}. */
final class Ranks {
    private Ranks() {
    }

    static double[] midRanks(double[] v) {
        int n = v.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1.0;
            for (int k = i; k <= j; k++) {
                r[idx[k]] = mid;
            }
            i = j + 1;
        }
        return r;
    }
}
