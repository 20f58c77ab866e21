package org.cardiosleep.signal.rhythm;

import java.util.List;

/**
 * Scoring of beat-by-beat AF decisions against reference rhythm labels: per-beat confusion over
 * a grid of entropy thresholds, leave-one-record-out threshold choice, and episode sensitivity /
 * positive predictivity (an episode counts as found when it overlaps an episode of the other
 * series by at least one beat).
 */
public final class AfScoring {
    /** Truth codes per beat. */
    public static final byte NEGATIVE = 0, POSITIVE = 1, IGNORED = -1;

    private AfScoring() {
    }

    /** Thresholds 0.70, 0.705, ..., 1.00. */
    public static double[] thresholdGrid() {
        double[] g = new double[61];
        for (int i = 0; i < g.length; i++) {
            g[i] = 0.70 + 0.005 * i;
        }
        return g;
    }

    /** {tp, fn, fp, tn} per threshold of the grid, after the detector's run-length filter. */
    public static long[][] confusion(double[] entropy, byte[] truth, double[] grid) {
        long[][] c = new long[grid.length][];
        for (int g = 0; g < grid.length; g++) {
            c[g] = confusion(AfDetector.decide(entropy, grid[g]), truth);
        }
        return c;
    }

    /** {tp, fn, fp, tn} of decisions against truth (IGNORED beats skipped). */
    public static long[] confusion(boolean[] af, byte[] truth) {
        long tp = 0, fn = 0, fp = 0, tn = 0;
        for (int i = 0; i < af.length; i++) {
            if (truth[i] == POSITIVE) {
                if (af[i]) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (truth[i] == NEGATIVE) {
                if (af[i]) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }
        return new long[] {tp, fn, fp, tn};
    }

    /**
     * The grid index maximising min(Se, Sp) over the summed confusions of the given records
     * (ties: the higher threshold, i.e. the more specific).
     */
    public static int bestThreshold(List<long[][]> records) {
        int best = 0;
        double bestScore = -1;
        int grid = records.isEmpty() ? 0 : records.get(0).length;
        for (int g = 0; g < grid; g++) {
            long tp = 0, fn = 0, fp = 0, tn = 0;
            for (long[][] r : records) {
                tp += r[g][0];
                fn += r[g][1];
                fp += r[g][2];
                tn += r[g][3];
            }
            double se = tp + fn > 0 ? (double) tp / (tp + fn) : 1;
            double sp = tn + fp > 0 ? (double) tn / (tn + fp) : 1;
            double s = Math.min(se, sp);
            if (s >= bestScore) {
                bestScore = s;
                best = g;
            }
        }
        return best;
    }

    /**
     * Episode matching: {true episodes, true episodes overlapped by a detection, detected episodes,
     * detected episodes overlapping a true episode}. IGNORED truth beats are negatives here.
     */
    public static int[] episodes(byte[] truth, boolean[] af) {
        boolean[] pos = new boolean[truth.length];
        for (int i = 0; i < truth.length; i++) {
            pos[i] = truth[i] == POSITIVE;
        }
        int[] a = overlapCount(pos, af);
        int[] b = overlapCount(af, pos);
        return new int[] {a[0], a[1], b[0], b[1]};
    }

    /** {runs of x, runs of x containing at least one y beat}. */
    private static int[] overlapCount(boolean[] x, boolean[] y) {
        int runs = 0, hit = 0;
        int i = 0;
        while (i < x.length) {
            if (!x[i]) {
                i++;
                continue;
            }
            boolean any = false;
            while (i < x.length && x[i]) {
                any |= y[i];
                i++;
            }
            runs++;
            if (any) {
                hit++;
            }
        }
        return new int[] {runs, hit};
    }
}
