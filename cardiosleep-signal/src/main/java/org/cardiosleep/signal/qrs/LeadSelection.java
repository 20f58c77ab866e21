package org.cardiosleep.signal.qrs;

import java.util.Arrays;

/**
 * Multi-lead beats by choosing, window by window, a lead: the first lead (in the caller's order of
 * preference) whose window is usable, or, when none is, the one with the highest quality index.
 * Each lead is detected on its own; nothing is averaged, so a lead that saturates or picks up noise
 * simply stops being used where it does, and the preferred lead is kept wherever it is usable.
 */
public final class LeadSelection {
    private LeadSelection() {
    }

    /**
     * @param beats   per lead in order of preference, ascending beat sample indices (all leads at the same rate)
     * @param quality per lead, the windows of {@link SignalQuality#assessAll} (same window length)
     * @param windowSamples window length in samples
     * @return the beats of the best lead in each window, ascending, no two closer than
     *         {@code minGapSamples} across window borders
     */
    public static long[] bestPerWindow(long[][] beats, SignalQuality.Window[][] quality, int windowSamples,
                                       int minGapSamples) {
        int leads = beats.length;
        if (leads == 0 || quality.length != leads) {
            throw new IllegalArgumentException("need beats and quality for every lead: " + beats.length + " vs "
                    + quality.length);
        }
        int windows = Integer.MAX_VALUE;
        for (SignalQuality.Window[] q : quality) {
            windows = Math.min(windows, q.length);
        }
        long[] out = new long[Arrays.stream(beats).mapToInt(b -> b.length).max().orElse(0) + 16];
        int n = 0;
        int[] idx = new int[leads];
        for (int w = 0; w < windows; w++) {
            int best = -1;
            for (int l = 0; l < leads && best < 0; l++) {
                if (quality[l][w].usable()) {
                    best = l;
                }
            }
            if (best < 0) {
                best = 0;
                for (int l = 1; l < leads; l++) {
                    if (quality[l][w].quality() > quality[best][w].quality()) {
                        best = l;
                    }
                }
            }
            long from = (long) w * windowSamples, to = from + windowSamples;
            for (int l = 0; l < leads; l++) {
                while (idx[l] < beats[l].length && beats[l][idx[l]] < from) {
                    idx[l]++;
                }
            }
            for (int k = idx[best]; k < beats[best].length && beats[best][k] < to; k++) {
                long b = beats[best][k];
                if (n > 0 && b - out[n - 1] < minGapSamples) {
                    continue; // the same beat seen by two leads across a window border
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = b;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
