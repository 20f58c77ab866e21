package org.cardiosleep.signal.beat;

/**
 * Prefix sums of a signal span and of its squares, for the searches that slide one window over it
 * (template lag, P-wave shift): Σx and Σx² of any window inside the span cost two subtractions.
 * The buffers are reused from call to call (not thread-safe).
 */
final class WindowSums {
    private double[] sum = new double[0], sumSq = new double[0];

    /** Prefix sums of {@code x[first..first+span)}. */
    void fill(double[] x, int first, int span) {
        if (sum.length < span + 1) {
            sum = new double[span + 1];
            sumSq = new double[span + 1];
        }
        double[] ps = sum, pq = sumSq;
        double acc = 0, accSq = 0;
        for (int i = 0; i < span; i++) {
            double v = x[first + i];
            acc += v;
            accSq += v * v;
            ps[i + 1] = acc;
            pq[i + 1] = accSq;
        }
    }

    /** Σx over span offsets {@code [o, o + len)}. */
    double sum(int o, int len) {
        return sum[o + len] - sum[o];
    }

    /** Σx² over span offsets {@code [o, o + len)}. */
    double sumOfSquares(int o, int len) {
        return sumSq[o + len] - sumSq[o];
    }
}
