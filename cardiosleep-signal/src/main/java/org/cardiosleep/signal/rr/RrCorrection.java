package org.cardiosleep.signal.rr;

import java.util.Arrays;

/**
 * Ectopic and artefact detection and correction of RR intervals after Lipponen &amp; Tarvainen
 * (2019, J Med Eng Technol 43:173): successive differences dRR and deviations from the local median
 * mRR are scaled by time-varying thresholds (5.2 quartile deviations over 91 beats); ectopic beats
 * are the negative–positive (or positive–negative) dRR pairs of the decision region
 * {@code S12 < -c1 S11 + c2} (c1 = 0.13, c2 = 0.17); long and short intervals exceed the
 * thresholds otherwise; a long interval that is about two median intervals is a missed beat, and
 * two short intervals that sum to about one median interval contain an extra beat.
 *
 * <p>Corrections: ectopic, long and short intervals are replaced by the local median of valid
 * intervals; a missed beat splits its interval in two; an extra beat merges its two intervals.
 * Invalid intervals (gaps) stay gaps: they take no part in any window and are never filled.
 */
public final class RrCorrection {
    private static final int QD_WIN = 91, MED_WIN = 11;
    private static final double ALPHA = 5.2, C1 = 0.13, C2 = 0.17;

    private RrCorrection() {
    }

    /** Label of one interval. */
    public enum Kind { NORMAL, ECTOPIC, LONG, SHORT, MISSED, EXTRA, GAP }

    /**
     * Result: the labels of the input intervals and the corrected interval series (gaps as NaN).
     *
     * @param kinds       label per input interval
     * @param correctedRrSec corrected intervals, seconds; NaN marks a gap
     */
    public record Result(Kind[] kinds, double[] correctedRrSec) {
        /** Number of input intervals with this label. */
        public int count(Kind k) {
            int c = 0;
            for (Kind x : kinds) {
                c += x == k ? 1 : 0;
            }
            return c;
        }
    }

    /** Detects and corrects artefacts of a series. */
    public static Result correct(RrSeries series) {
        double[] rr = series.rrSec();
        boolean[] ok = series.valid();
        int n = rr.length;
        Kind[] kinds = new Kind[n];
        double[] drr = new double[n], med = new double[n], mrr = new double[n];
        for (int i = 0; i < n; i++) {
            drr[i] = ok[i] && i > 0 && ok[i - 1] ? rr[i] - rr[i - 1] : 0;
            med[i] = localMedian(rr, ok, i, MED_WIN);
            double d = rr[i] - med[i];
            mrr[i] = ok[i] ? (d < 0 ? 2 * d : d) : 0;
        }
        double[] th1 = new double[n], th2 = new double[n];
        for (int i = 0; i < n; i++) {
            th1[i] = ALPHA * quartileDeviation(drr, ok, i);
            th2[i] = ALPHA * quartileDeviation(mrr, ok, i);
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = th1[i] > 0 ? drr[i] / th1[i] : 0;
        }
        for (int i = 0; i < n; i++) {
            if (!ok[i]) {
                kinds[i] = Kind.GAP;
                continue;
            }
            kinds[i] = Kind.NORMAL;
            double s11 = s[i];
            double prev = i > 0 ? s[i - 1] : 0, next = i + 1 < n ? s[i + 1] : 0;
            double s12 = s11 > 0 ? Math.max(prev, next) : Math.min(prev, next);
            boolean ectopic = (s11 > 1 && s12 < -C1 * s11 - C2) || (s11 < -1 && s12 > -C1 * s11 + C2);
            double mrrs = th2[i] > 0 ? mrr[i] / th2[i] : 0;
            double n1 = i + 1 < n ? s[i + 1] : 0, n2 = i + 2 < n ? s[i + 2] : 0;
            double s22 = s11 >= 0 ? Math.min(n1, n2) : Math.max(n1, n2);
            boolean longShort = Math.abs(mrrs) > 3 || (Math.abs(s11) > 1 && ((s11 < -1 && s22 > 1) || (s11 > 1 && s22 < -1)));
            if (ectopic) {
                kinds[i] = Kind.ECTOPIC;
            } else if (longShort) {
                boolean isLong = rr[i] > med[i];
                kinds[i] = isLong ? Kind.LONG : Kind.SHORT;
                if (isLong && Math.abs(rr[i] / 2 - med[i]) < th2[i]) {
                    kinds[i] = Kind.MISSED;
                } else if (!isLong && i + 1 < n && ok[i + 1] && Math.abs(rr[i] + rr[i + 1] - med[i]) < th2[i]) {
                    kinds[i] = Kind.EXTRA;
                }
            }
        }
        double[] out = new double[n + count(kinds, Kind.MISSED)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            switch (kinds[i]) {
                case GAP -> out[k++] = Double.NaN;
                case NORMAL -> out[k++] = rr[i];
                case ECTOPIC, LONG, SHORT -> out[k++] = med[i];
                case MISSED -> {
                    out[k++] = rr[i] / 2;
                    out[k++] = rr[i] / 2;
                }
                case EXTRA -> {
                    out[k++] = rr[i] + rr[i + 1];
                    i++;
                    kinds[i] = Kind.EXTRA;
                }
                default -> throw new AssertionError(kinds[i]);
            }
        }
        return new Result(kinds, Arrays.copyOf(out, k));
    }

    private static int count(Kind[] kinds, Kind k) {
        int c = 0;
        for (Kind x : kinds) {
            c += x == k ? 1 : 0;
        }
        return c;
    }

    /** Median of the valid values in a centred window (the value itself when nothing else is valid). */
    private static double localMedian(double[] v, boolean[] ok, int i, int win) {
        int h = win / 2;
        double[] buf = new double[win];
        int c = 0;
        for (int j = Math.max(0, i - h); j <= Math.min(v.length - 1, i + h); j++) {
            if (ok[j]) {
                buf[c++] = v[j];
            }
        }
        if (c == 0) {
            return v[i];
        }
        Arrays.sort(buf, 0, c);
        return c % 2 == 1 ? buf[c / 2] : 0.5 * (buf[c / 2 - 1] + buf[c / 2]);
    }

    /** Quartile deviation (Q3 - Q1) / 2 of |v| over the valid values of a 91-beat centred window. */
    private static double quartileDeviation(double[] v, boolean[] ok, int i) {
        int h = QD_WIN / 2;
        double[] buf = new double[QD_WIN];
        int c = 0;
        for (int j = Math.max(0, i - h); j <= Math.min(v.length - 1, i + h); j++) {
            if (ok[j]) {
                buf[c++] = Math.abs(v[j]);
            }
        }
        if (c < 4) {
            return 0;
        }
        Arrays.sort(buf, 0, c);
        return (quantile(buf, c, 0.75) - quantile(buf, c, 0.25)) / 2;
    }

    private static double quantile(double[] sorted, int c, double q) {
        double pos = q * (c - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(c - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
