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
        long b = 0, a = 0;
        int templates = n - m;
        for (int i = 0; i < templates; i++) {
            for (int j = i + 1; j < templates; j++) {
                int k = 0;
                while (k < m && Math.abs(x[from + i + k] - x[from + j + k]) <= r) {
                    k++;
                }
                if (k == m) {
                    b++;
                    if (Math.abs(x[from + i + m] - x[from + j + m]) <= r) {
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
}
