package org.cardiosleep.stats.beats;

import java.util.Arrays;

/**
 * Beat-by-beat comparison of test beat times against reference beat times with the semantics of
 * the WFDB program {@code bxb} for ANSI/AAMI EC57 QRS detection:
 * <ul>
 *   <li>a test beat matches a reference beat within the match window (150 ms);</li>
 *   <li>matching is one-to-one in time order: the earlier of the next reference and next test beat
 *       is paired with the other when they are within the window, unless the other is closer to
 *       the following beat of the first's stream (then the first is left unmatched);</li>
 *   <li>only beats in {@code [startSample, endSample)} count (EC57 starts at 5 min);</li>
 *   <li>beats inside excluded intervals (EC57: ventricular flutter/fibrillation episodes) count on
 *       neither side.</li>
 * </ul>
 */
public final class BeatComparator {
    private BeatComparator() {
    }

    /**
     * Compares sample indices of reference and test beats (both ascending, same sampling rate).
     *
     * @param excluded   pairs {@code [from, to)} of sample intervals to ignore, ascending; may be empty
     * @param windowSamples match window in samples (EC57: round(0.15 s × fs))
     */
    public static BeatMatch compare(long[] ref, long[] test, long startSample, long endSample, long[][] excluded,
                                    long windowSamples) {
        long[] r = select(ref, startSample, endSample, excluded);
        long[] t = select(test, startSample, endSample, excluded);
        int i = 0, j = 0, tp = 0, fn = 0, fp = 0;
        double[] err = new double[Math.min(r.length, t.length)];
        while (i < r.length && j < t.length) {
            long ri = r[i], tj = t[j];
            if (Math.abs(tj - ri) <= windowSamples) {
                long d = Math.abs(tj - ri);
                if (tj <= ri && j + 1 < t.length && Math.abs(t[j + 1] - ri) < d) {
                    fp++; // the next test beat is a better match for this reference beat
                    j++;
                } else if (ri < tj && i + 1 < r.length && Math.abs(r[i + 1] - tj) < d) {
                    fn++; // the next reference beat is a better match for this test beat
                    i++;
                } else {
                    err[tp++] = tj - ri;
                    i++;
                    j++;
                }
            } else if (tj < ri) {
                fp++;
                j++;
            } else {
                fn++;
                i++;
            }
        }
        fn += r.length - i;
        fp += t.length - j;
        return new BeatMatch(tp, fn, fp, Arrays.copyOf(err, tp));
    }

    /** As {@link #compare(long[], long[], long, long, long[][], long)} with times converted to seconds. */
    public static BeatMatch compare(long[] ref, long[] test, double fsHz, double startSec, long[][] excluded) {
        long window = Math.round(0.15 * fsHz);
        BeatMatch m = compare(ref, test, Math.round(startSec * fsHz), Long.MAX_VALUE, excluded, window);
        double[] e = m.timingErrorsSec();
        for (int k = 0; k < e.length; k++) {
            e[k] /= fsHz;
        }
        return m;
    }

    private static long[] select(long[] beats, long start, long end, long[][] excluded) {
        long[] out = new long[beats.length];
        int n = 0, x = 0;
        long prev = Long.MIN_VALUE;
        for (long b : beats) {
            if (b < prev) {
                throw new IllegalArgumentException("beat times must be ascending: " + b + " after " + prev);
            }
            prev = b;
            if (b < start || b >= end) {
                continue;
            }
            while (x < excluded.length && excluded[x][1] <= b) {
                x++;
            }
            if (x < excluded.length && excluded[x][0] <= b) {
                continue;
            }
            out[n++] = b;
        }
        return Arrays.copyOf(out, n);
    }
}
