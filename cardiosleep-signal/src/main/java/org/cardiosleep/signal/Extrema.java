package org.cardiosleep.signal;

/**
 * {@link Math#max(double, double)} and {@link Math#min(double, double)} for per-sample loops. The
 * launcher runs one-recording commands on the JVM's quick compiler, which does not inline the
 * library methods (too large for its inlining limit), so every sample paid a call; these fit. NaN is
 * sticky as in the library; signed zeros are not ordered, which no amplitude or slope can see.
 */
public final class Extrema {
    private Extrema() {
    }

    /** The larger of {@code m} and {@code v}; NaN when either is NaN. */
    public static double max(double m, double v) {
        return v > m || v != v ? v : m;
    }

    /** The smaller of {@code m} and {@code v}; NaN when either is NaN. */
    public static double min(double m, double v) {
        return v < m || v != v ? v : m;
    }
}
