package org.cardiosleep.signal.hrv;

import org.cardiosleep.signal.SortedArrays;
import org.cardiosleep.signal.rhythm.BeatLabels;

/**
 * Normal-to-normal (NN) intervals extracted from a beat series (Task Force 1996: only intervals
 * between two consecutive normal sinus beats). Parallel arrays, one entry per kept interval.
 *
 * @param timeSec   time of the beat that ends each interval (s from the recording start)
 * @param nnMs      the interval (ms)
 * @param beatIndex index of the ending beat in the source beat series; two entries are adjacent
 *                  (no excluded interval between them) when their indices differ by one
 */
public record NnSeries(double[] timeSec, double[] nnMs, int[] beatIndex) {

    /** Physiological limits for an NN interval (ms), as in common Holter practice. */
    public static final double MIN_NN_MS = 300, MAX_NN_MS = 2000;
    /** Largest relative change from the running reference still accepted (Kleiger 1987-style 20 % filter). */
    public static final double MAX_RELATIVE_CHANGE = 0.20;

    public NnSeries {
        if (timeSec.length != nnMs.length || nnMs.length != beatIndex.length) {
            throw new IllegalArgumentException("NN arrays differ in length");
        }
    }

    public int size() {
        return nnMs.length;
    }

    /** True when entry {@code k} directly follows entry {@code k-1} in the beat series. */
    public boolean adjacent(int k) {
        return k > 0 && beatIndex[k] == beatIndex[k - 1] + 1;
    }

    /**
     * Builds NN intervals from beat times and classes. An interval is kept when both its beats
     * are normal candidates ({@link BeatLabels#isNormalCandidate}), it lies in
     * [{@value #MIN_NN_MS}, {@value #MAX_NN_MS}] ms, and it differs from a running reference
     * (exponential mean of accepted intervals) by at most 20 % — the filter that removes the
     * missed/extra detections and unlabelled ectopics that distort HRV.
     *
     * @param beatTimeSec beat times, increasing (s)
     * @param classes     beat classes ({@link BeatLabels}), or null for all unclassified
     */
    public static NnSeries fromBeats(double[] beatTimeSec, byte[] classes) {
        int n = beatTimeSec.length;
        double[] t = new double[Math.max(0, n - 1)];
        double[] v = new double[t.length];
        int[] idx = new int[t.length];
        int k = 0;
        double ref = Double.NaN;
        int rejectedRun = 0;
        for (int i = 1; i < n; i++) {
            double rr = (beatTimeSec[i] - beatTimeSec[i - 1]) * 1000.0;
            boolean normal = classes == null
                    || (BeatLabels.isNormalCandidate(classes[i]) && BeatLabels.isNormalCandidate(classes[i - 1]));
            if (!normal || rr < MIN_NN_MS || rr > MAX_NN_MS) {
                continue;
            }
            if (!Double.isNaN(ref) && Math.abs(rr - ref) > MAX_RELATIVE_CHANGE * ref) {
                // a sustained change of rate (10 rejected in a row) resets the reference
                if (++rejectedRun < 10) {
                    continue;
                }
            }
            rejectedRun = 0;
            ref = Double.isNaN(ref) ? rr : 0.75 * ref + 0.25 * rr;
            t[k] = beatTimeSec[i];
            v[k] = rr;
            idx[k] = i;
            k++;
        }
        return new NnSeries(java.util.Arrays.copyOf(t, k), java.util.Arrays.copyOf(v, k), java.util.Arrays.copyOf(idx, k));
    }

    /** The entries whose time lies in [fromSec, toSec). */
    public NnSeries slice(double fromSec, double toSec) {
        int a = SortedArrays.lowerBound(timeSec, fromSec);
        int b = SortedArrays.lowerBound(timeSec, toSec);
        return range(a, b);
    }

    /** The entries {@code keep[0 .. count)}, indices ascending. */
    public NnSeries subset(int[] keep, int count) {
        double[] t = new double[count], v = new double[count];
        int[] idx = new int[count];
        for (int j = 0; j < count; j++) {
            t[j] = timeSec[keep[j]];
            v[j] = nnMs[keep[j]];
            idx[j] = beatIndex[keep[j]];
        }
        return new NnSeries(t, v, idx);
    }

    /** Entries {@code [from, to)}. */
    public NnSeries range(int from, int to) {
        return new NnSeries(java.util.Arrays.copyOfRange(timeSec, from, to),
                java.util.Arrays.copyOfRange(nnMs, from, to), java.util.Arrays.copyOfRange(beatIndex, from, to));
    }
}
