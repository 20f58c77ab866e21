package org.cardiosleep.signal.rr;

import java.util.Arrays;

/**
 * RR intervals between successive beats. An interval is invalid (a gap, kept as a gap) when either
 * beat is masked, when it spans a stretch without usable signal, or when it is longer than
 * {@code maxRrSec}; invalid intervals are never interpolated across.
 *
 * @param beatTimesSec time of each beat, seconds, ascending
 * @param rrSec        interval ending at beat {@code i + 1}, seconds ({@code beatTimesSec.length - 1} values)
 * @param valid        whether each interval is a real RR interval
 */
public record RrSeries(double[] beatTimesSec, double[] rrSec, boolean[] valid) {

    public RrSeries {
        if (rrSec.length != valid.length || (beatTimesSec.length > 0 && rrSec.length != beatTimesSec.length - 1)) {
            throw new IllegalArgumentException("RR series: " + beatTimesSec.length + " beats need "
                    + Math.max(0, beatTimesSec.length - 1) + " intervals, got " + rrSec.length);
        }
    }

    /** Longest interval accepted by {@link #of(long[], double, boolean[])} (a 3-s pause is kept; longer is a gap). */
    public static final double DEFAULT_MAX_RR_SEC = 3.0;

    /**
     * Builds the series from beat sample indices.
     *
     * @param usableBeat per beat, false when the beat lies in an unusable stretch (null: all usable)
     */
    public static RrSeries of(long[] beats, double fsHz, boolean[] usableBeat) {
        return of(beats, fsHz, usableBeat, DEFAULT_MAX_RR_SEC);
    }

    /** As {@link #of(long[], double, boolean[])} with an explicit longest valid interval. */
    public static RrSeries of(long[] beats, double fsHz, boolean[] usableBeat, double maxRrSec) {
        int n = beats.length;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = beats[i] / fsHz;
        }
        int m = Math.max(0, n - 1);
        double[] rr = new double[m];
        boolean[] ok = new boolean[m];
        for (int i = 0; i < m; i++) {
            rr[i] = t[i + 1] - t[i];
            ok[i] = rr[i] > 0 && rr[i] <= maxRrSec
                    && (usableBeat == null || (usableBeat[i] && usableBeat[i + 1]));
        }
        return new RrSeries(t, rr, ok);
    }

    /** Number of valid intervals. */
    public int validCount() {
        int c = 0;
        for (boolean v : valid) {
            c += v ? 1 : 0;
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RrSeries r && Arrays.equals(beatTimesSec, r.beatTimesSec) && Arrays.equals(rrSec, r.rrSec)
                && Arrays.equals(valid, r.valid);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(rrSec) + Arrays.hashCode(valid);
    }

    @Override
    public String toString() {
        return "RrSeries[" + rrSec.length + " intervals, " + validCount() + " valid]";
    }
}
