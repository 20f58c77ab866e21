package org.cardiosleep.signal.rhythm;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-beat RR-irregularity features for a learned AF detector: for every beat, statistics of the
 * RR intervals in short windows around it (centred, and one-sided before / after it so that a
 * classifier can place rhythm changes within a few beats instead of half a window).
 *
 * <p>Two interval series are described. Series A holds the intervals between two
 * supraventricular beats (N, S or unclassified: the intervals AF disorganises; all intervals
 * when classes are unknown), as in {@link AfDetector}. Series B is the ectopy-robust subset: the
 * intervals between two N (or unclassified) beats, minus premature intervals (shorter than 85 %
 * of the running reference) and the interval that follows each — so isolated atrial or
 * ventricular ectopy with its compensatory pause does not read as irregularity, while AF, whose
 * irregularity is everywhere, stays irregular.
 *
 * <p>Statistics per window (sums over prefix arrays, so every feature costs O(1) per beat and
 * the whole computation is linear): normalised RMSSD (RMSSD / mean RR; Dash et al., Ann Biomed
 * Eng 2009), mean relative successive difference, share of successive differences &gt; 50 ms
 * (pNN50-like) and &gt; 10 % of the local RR, turning-point ratio (Dash 2009), coefficient of
 * variation; plus the normalised heart-rate-word entropy (Zhou 2014) over 127 and 63 intervals,
 * the mean heart rate and, when classes are known, the shares of S, V/F and Q beats in a
 * 64-beat window. Missing values (too few intervals) are NaN.
 */
public final class AfFeatures {
    private static final String[] STATS = {"nrmssd", "rel", "d50", "r10", "tpr", "cv"};
    private static final double PREMATURE = 0.85, PAUSE = 1.15;
    /** Series A, B, C, R and their windows: centred sizes (> 0) and one-sided 32 (−32 before, +32 after). */
    private static final String[] SERIES = {"A", "B", "C", "R"};
    private static final int[][] WINDOWS = {{16, 32, -32, 32 + 1000}, {32}, {16, 32, -32, 32 + 1000}, {32}};
    private static final int SIDE_FLAG = 1000;

    private AfFeatures() {
    }

    /** Feature names, in column order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (int si = 0; si < SERIES.length; si++) {
            for (int w : WINDOWS[si]) {
                String win = w < 0 ? "L" + (-w) : w > SIDE_FLAG ? "R" + (w - SIDE_FLAG) : "c" + w;
                for (String s : STATS) {
                    out.add(SERIES[si] + "_" + s + "_" + win);
                }
            }
        }
        for (String e : new String[] {"A_wordEntropy127", "A_wordEntropy63", "B_wordEntropy127", "C_wordEntropy127",
                "C_wordEntropy63", "R_wordEntropy127"}) {
            out.add(e);
        }
        out.add("C_intResid_c16");
        out.add("C_intResid_c32");
        out.add("hr_c32");
        out.add("fracS_c64");
        out.add("fracV_c64");
        out.add("fracQ_c64");
        out.addAll(List.of(AtrialActivity.names()));
        return out;
    }

    /** Number of features per beat. */
    public static int count() {
        return names().size();
    }

    /**
     * Feature rows, one per beat.
     *
     * @param beatTimeSec beat times (s), non-decreasing
     * @param classes     {@link BeatLabels} classes, or null when unknown
     */
    public static double[][] compute(double[] beatTimeSec, byte[] classes) {
        return compute(beatTimeSec, classes, null);
    }

    /**
     * Feature rows with atrial-activity columns from {@link AtrialActivity} ({@code atrial}: one
     * row per beat, or null when no ECG is used — those columns are then NaN).
     */
    public static double[][] compute(double[] beatTimeSec, byte[] classes, double[][] atrial) {
        int n = beatTimeSec.length;
        int f = count();
        double[][] x = new double[n][f];
        if (n < 5) {
            for (double[] row : x) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            return x;
        }
        int col = 0;
        Series[] series = {
            Series.ofIntervals(beatTimeSec, keptIntervals(beatTimeSec, classes, false)),
            Series.ofIntervals(beatTimeSec, keptIntervals(beatTimeSec, classes, true)),
            Series.ofBeats(beatTimeSec, nonEctopicBeats(beatTimeSec, classes)),
            Series.ofIntervals(beatTimeSec, keptIntervals(beatTimeSec, null, false)),
        };
        int[][] at = new int[series.length][];
        for (int si = 0; si < series.length; si++) {
            at[si] = beatToSeries(series[si].endBeat, n);
            for (int w : WINDOWS[si]) {
                int side = w < 0 ? -1 : w > SIDE_FLAG ? +1 : 0;
                col = series[si].windowStats(x, col, at[si], Math.abs(w) % SIDE_FLAG, side);
            }
        }
        int[][] entropies = {{0, 127}, {0, 63}, {1, 127}, {2, 127}, {2, 63}, {3, 127}};
        for (int[] e : entropies) {
            double[] h = AfDetector.entropyOfIntervals(series[e[0]].rr, e[1]);
            for (int i = 0; i < n; i++) {
                x[i][col] = h[at[e[0]][i]];
            }
            col++;
        }
        col = putIntegerResidual(x, col, series[2], series[1], at);
        for (int i = 0; i < n; i++) {
            double mean = series[0].meanRr(at[0][i], 32);
            x[i][col] = mean > 0 ? 60.0 / mean : Double.NaN;
        }
        col++;
        putClassShares(x, col, classes);
        col += 3;
        int na = AtrialActivity.names().length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < na; j++) {
                x[i][col + j] = atrial == null ? Double.NaN : atrial[i][j];
            }
        }
        return x;
    }

    /**
     * Integer-multiple residual of series C: each interval (which may span deleted ectopic beats)
     * divided by the local undisturbed RR (mean of series B over 32 intervals) lies near an
     * integer in sinus rhythm with premature beats and full or interpolated compensatory pauses
     * (spans of 1, 2, 3 sinus cycles), anywhere in AF; the feature is the mean distance to the
     * nearest integer (0–0.5) over centred windows of 16 and 32 intervals.
     */
    private static int putIntegerResidual(double[][] x, int col, Series c, Series b, int[][] at) {
        int[] bAtBeat = beatToSeries(b.endBeat, x.length);
        double[] sum = new double[c.m + 1];
        for (int k = 0; k < c.m; k++) {
            double base = b.meanRr(bAtBeat[c.endBeat[k]], 32);
            double q = base > 0 ? c.rr[k] / base : Double.NaN;
            double resid = Double.isNaN(q) ? 0.25 : Math.abs(q - Math.rint(q));
            sum[k + 1] = sum[k] + resid;
        }
        for (int w : new int[] {16, 32}) {
            for (int i = 0; i < x.length; i++) {
                int ww = Math.min(w, c.m);
                int a = Math.max(0, Math.min(at[2][i] - ww / 2, c.m - ww));
                x[i][col] = ww > 0 ? (sum[a + ww] - sum[a]) / ww : Double.NaN;
            }
            col++;
        }
        return col;
    }

    /**
     * Series C: the beats left after deleting ectopic ones — S, V, F, Q when classes are known, and
     * (always) premature beats followed by a pause (interval &lt; 85 % of the running reference and
     * the next one &gt; 115 % of it) — so the intervals span the ectopic beats. Bigeminy and
     * trigeminy then become regular; AF stays irregular.
     */
    static int[] nonEctopicBeats(double[] t, byte[] c) {
        int n = t.length;
        int[] keep = new int[n];
        int m = 0;
        keep[m++] = 0;
        double ref = Double.NaN;
        for (int i = 1; i < n; i++) {
            boolean ectopic = c != null && !isNormal(c[i]);
            double rr = t[i] - t[i - 1];
            if (Double.isNaN(ref)) {
                ref = rr;
            }
            if (!ectopic && i + 1 < n) {
                double next = t[i + 1] - t[i];
                ectopic = rr < PREMATURE * ref && next > PAUSE * rr;
            }
            if (ectopic) {
                continue;
            }
            double span = t[i] - t[keep[m - 1]];
            if (keep[m - 1] == i - 1) {
                ref += (span - ref) / 8; // reference follows undisturbed intervals only
            }
            keep[m++] = i;
        }
        if (m < 9) {
            for (int i = 0; i < n; i++) {
                keep[i] = i;
            }
            m = n;
        }
        return java.util.Arrays.copyOf(keep, m);
    }

    /** Beat indices i whose interval (i−1, i) belongs to series A (robust = false) or B. */
    static int[] keptIntervals(double[] t, byte[] c, boolean robust) {
        int n = t.length;
        int[] kept = new int[n];
        int m = 0;
        double ref = Double.NaN;
        boolean skipNext = false;
        for (int i = 1; i < n; i++) {
            boolean ok = c == null || (robust ? isNormal(c[i]) && isNormal(c[i - 1])
                    : isSupraventricular(c[i]) && isSupraventricular(c[i - 1]));
            if (!ok) {
                skipNext = true;
                continue;
            }
            double rr = t[i] - t[i - 1];
            if (robust) {
                if (Double.isNaN(ref)) {
                    ref = rr;
                }
                boolean premature = rr < PREMATURE * ref;
                boolean after = skipNext;
                skipNext = premature;
                // the reference follows accepted intervals only (slowly: 1/8 per interval)
                if (premature || after) {
                    continue;
                }
                ref += (rr - ref) / 8;
            }
            kept[m++] = i;
        }
        if (m < 8) {
            m = 0;
            for (int i = 1; i < n; i++) {
                kept[m++] = i;
            }
        }
        return java.util.Arrays.copyOf(kept, m);
    }

    private static boolean isSupraventricular(byte c) {
        return c == BeatLabels.N || c == BeatLabels.S || c == BeatLabels.UNCLASSIFIED;
    }

    private static boolean isNormal(byte c) {
        return c == BeatLabels.N || c == BeatLabels.UNCLASSIFIED;
    }

    /** For each beat, the index in the series of the nearest kept interval at or after it. */
    static int[] beatToSeries(int[] kept, int n) {
        int[] at = new int[n];
        int k = 0;
        int m = kept.length;
        for (int i = 0; i < n; i++) {
            while (k < m - 1 && kept[k] < i) {
                k++;
            }
            at[i] = k;
        }
        return at;
    }

    private static void putClassShares(double[][] x, int col, byte[] c) {
        int n = x.length;
        if (c == null) {
            for (double[] row : x) {
                row[col] = row[col + 1] = row[col + 2] = Double.NaN;
            }
            return;
        }
        int[] s = new int[n + 1], v = new int[n + 1], q = new int[n + 1];
        for (int i = 0; i < n; i++) {
            s[i + 1] = s[i] + (c[i] == BeatLabels.S ? 1 : 0);
            v[i + 1] = v[i] + (c[i] == BeatLabels.V || c[i] == BeatLabels.F ? 1 : 0);
            q[i + 1] = q[i] + (c[i] == BeatLabels.Q ? 1 : 0);
        }
        int w = Math.min(64, n);
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, Math.min(i - w / 2, n - w));
            int b = a + w;
            x[i][col] = (double) (s[b] - s[a]) / w;
            x[i][col + 1] = (double) (v[b] - v[a]) / w;
            x[i][col + 2] = (double) (q[b] - q[a]) / w;
        }
    }

    /** Prefix sums of one interval series. */
    private static final class Series {
        final int m;
        final double[] rr;
        /** The beat at which each interval ends. */
        final int[] endBeat;
        final double[] sumRr, sumRr2, sumD2, sumRel, cnt50, cnt10, cntTp;

        /** Intervals (kept[k] − 1, kept[k]). */
        static Series ofIntervals(double[] t, int[] kept) {
            double[] rr = new double[kept.length];
            for (int k = 0; k < rr.length; k++) {
                rr[k] = t[kept[k]] - t[kept[k] - 1];
            }
            return new Series(rr, kept);
        }

        /** Intervals between consecutive beats of a subset (beats[0] starts the first). */
        static Series ofBeats(double[] t, int[] beats) {
            double[] rr = new double[beats.length - 1];
            for (int k = 0; k < rr.length; k++) {
                rr[k] = t[beats[k + 1]] - t[beats[k]];
            }
            return new Series(rr, java.util.Arrays.copyOfRange(beats, 1, beats.length));
        }

        Series(double[] rr, int[] endBeat) {
            this.rr = rr;
            this.endBeat = endBeat;
            m = rr.length;
            sumRr = new double[m + 1];
            sumRr2 = new double[m + 1];
            sumD2 = new double[m + 1];
            sumRel = new double[m + 1];
            cnt50 = new double[m + 1];
            cnt10 = new double[m + 1];
            cntTp = new double[m + 1];
            for (int k = 0; k < m; k++) {
                double d = k > 0 ? rr[k] - rr[k - 1] : 0;
                double rel = k > 0 ? Math.abs(d) / Math.max(1e-3, 0.5 * (rr[k] + rr[k - 1])) : 0;
                boolean tp = k > 0 && k < m - 1 && (rr[k] - rr[k - 1]) * (rr[k + 1] - rr[k]) < 0;
                sumRr[k + 1] = sumRr[k] + rr[k];
                sumRr2[k + 1] = sumRr2[k] + rr[k] * rr[k];
                sumD2[k + 1] = sumD2[k] + d * d;
                sumRel[k + 1] = sumRel[k] + rel;
                cnt50[k + 1] = cnt50[k] + (Math.abs(d) > 0.05 ? 1 : 0);
                cnt10[k + 1] = cnt10[k] + (rel > 0.10 ? 1 : 0);
                cntTp[k + 1] = cntTp[k] + (tp ? 1 : 0);
            }
        }

        /** Window [a, b) of w intervals: centred (side 0), ending at k (−1) or starting at k (+1). */
        int[] window(int k, int w, int side) {
            int a, b;
            if (side == 0) {
                int ww = Math.min(w, m);
                a = Math.max(0, Math.min(k - ww / 2, m - ww));
                b = a + ww;
            } else if (side < 0) {
                b = k + 1;
                a = Math.max(0, b - w);
            } else {
                a = k;
                b = Math.min(m, k + w);
            }
            // successive differences need the previous interval inside the series
            return new int[] {Math.max(a, 1), b};
        }

        double meanRr(int k, int w) {
            int[] ab = window(k, w, 0);
            int len = ab[1] - ab[0];
            return len > 0 ? (sumRr[ab[1]] - sumRr[ab[0]]) / len : Double.NaN;
        }

        int windowStats(double[][] x, int col, int[] at, int w, int side) {
            for (int i = 0; i < x.length; i++) {
                int[] ab = window(at[i], w, side);
                int a = ab[0], b = ab[1];
                int len = b - a;
                double[] row = x[i];
                if (len < 4) {
                    for (int j = 0; j < STATS.length; j++) {
                        row[col + j] = Double.NaN;
                    }
                    continue;
                }
                double mean = (sumRr[b] - sumRr[a]) / len;
                double var = Math.max(0, (sumRr2[b] - sumRr2[a]) / len - mean * mean);
                row[col] = Math.sqrt((sumD2[b] - sumD2[a]) / len) / mean;
                row[col + 1] = (sumRel[b] - sumRel[a]) / len;
                row[col + 2] = (cnt50[b] - cnt50[a]) / len;
                row[col + 3] = (cnt10[b] - cnt10[a]) / len;
                int tpB = Math.min(b, m - 1);
                row[col + 4] = tpB > a ? (cntTp[tpB] - cntTp[a]) / (tpB - a) : Double.NaN;
                row[col + 5] = Math.sqrt(var) / mean;
            }
            return col + STATS.length;
        }
    }
}
