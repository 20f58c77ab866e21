package org.cardiosleep.signal.hrv;

/**
 * Sample entropy (Richman &amp; Moorman, Am J Physiol 2000): −ln(A/B), where B counts pairs of
 * templates of length m within tolerance r (Chebyshev distance, self-matches excluded) and A the
 * pairs that still match at length m + 1; both over the same N − m templates.
 */
public final class SampleEntropy {
    private SampleEntropy() {
    }

    /**
     * SampEn of {@code x[from, to)} with template length {@code m} and tolerance
     * {@code rFactor}·SD of that range. Infinite when no (m+1)-match, NaN when too short.
     */
    public static double compute(double[] x, int from, int to, int m, double rFactor) {
        int n = to - from;
        if (n < m + 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += x[i];
        }
        mean /= n;
        double ss = 0;
        for (int i = from; i < to; i++) {
            ss += (x[i] - mean) * (x[i] - mean);
        }
        double r = rFactor * Math.sqrt(ss / (n - 1));
        // templates sorted by their first value: only pairs whose first values lie within r are compared
        int templates = n - m;
        double[] first = new double[templates];
        int[] order = sortedByValue(x, from, templates);
        for (int p = 0; p < templates; p++) {
            first[p] = x[from + order[p]];
        }
        long b = 0, a = 0;
        for (int p = 0; p < templates; p++) {
            int i = from + order[p];
            double lim = first[p] + r;
            for (int q = p + 1; q < templates && first[q] <= lim; q++) {
                int j = from + order[q];
                int k = 1;
                while (k < m && Math.abs(x[i + k] - x[j + k]) <= r) {
                    k++;
                }
                if (k == m) {
                    b++;
                    if (Math.abs(x[i + m] - x[j + m]) <= r) {
                        a++;
                    }
                }
            }
        }
        if (b == 0) {
            return Double.NaN;
        }
        return a == 0 ? Double.POSITIVE_INFINITY : -Math.log((double) a / b);
    }

    /** Indices 0..count-1 sorted by x[from + index] (primitive sort of packed value/index pairs). */
    private static int[] sortedByValue(double[] x, int from, int count) {
        double[] v = new double[count];
        int[] idx = new int[count];
        for (int i = 0; i < count; i++) {
            v[i] = x[from + i];
            idx[i] = i;
        }
        // sort indices by value: sort a copy of values with their indices via a simple merge of parallel arrays
        sort(v, idx, 0, count, new double[count], new int[count]);
        return idx;
    }

    private static void sort(double[] v, int[] idx, int lo, int hi, double[] tv, int[] ti) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        sort(v, idx, lo, mid, tv, ti);
        sort(v, idx, mid, hi, tv, ti);
        int i = lo, j = mid, k = lo;
        while (i < mid || j < hi) {
            if (j >= hi || (i < mid && v[i] <= v[j])) {
                tv[k] = v[i];
                ti[k++] = idx[i++];
            } else {
                tv[k] = v[j];
                ti[k++] = idx[j++];
            }
        }
        System.arraycopy(tv, lo, v, lo, hi - lo);
        System.arraycopy(ti, lo, idx, lo, hi - lo);
    }
}
