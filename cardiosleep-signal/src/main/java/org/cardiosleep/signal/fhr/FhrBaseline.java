package org.cardiosleep.signal.fhr;

import java.util.Arrays;

/**
 * Robust FHR baseline: the mean FHR level excluding accelerations and decelerations (FIGO 2015),
 * estimated by iterated weighted medians over 10-minute windows.
 *
 * <p>Method: medians of the 1-s averaged FHR over a sliding 10-min window (evaluated every 15 s and
 * linearly interpolated), iterated three times; at each iteration samples farther than a shrinking
 * tolerance (20, 15, 10 bpm) from the previous baseline get no weight, so accelerations and
 * decelerations stop pulling it. Finally smoothed over ±2.5 min. Windows with less than 20 % valid
 * signal borrow the nearest estimate.
 */
public final class FhrBaseline {
    static final double WINDOW_SEC = 600;
    static final double STEP_SEC = 30;
    static final double SMOOTH_HALF_SEC = 150;
    private static final double[] TOLERANCE_BPM = {20, 15, 10};

    private FhrBaseline() {
    }

    /** Baseline at each sample of {@code bpm} (sampled at {@code fsHz}); NaN only when no signal at all. */
    public static double[] estimate(double[] bpm, double fsHz) {
        double[] sec = secondMeans(bpm, fsHz);
        int m = sec.length;
        double[] base = new double[m];
        double global = median(sec, 0, m, null, 0, 1);
        Arrays.fill(base, global);
        for (double tol : TOLERANCE_BPM) {
            base = windowMedians(sec, base, tol);
        }
        base = smooth(base, (int) SMOOTH_HALF_SEC);
        // back to the sample rate
        double[] out = new double[bpm.length];
        for (int i = 0; i < out.length; i++) {
            double t = i / fsHz;
            int k = (int) Math.floor(t - 0.5);
            double f = t - 0.5 - k;
            if (m == 0) {
                out[i] = Double.NaN;
            } else if (k < 0) {
                out[i] = base[0];
            } else if (k >= m - 1) {
                out[i] = base[m - 1];
            } else {
                out[i] = base[k] * (1 - f) + base[k + 1] * f;
            }
        }
        return out;
    }

    /** Mean of each whole second, NaN when the second has no valid sample. */
    static double[] secondMeans(double[] x, double fsHz) {
        int m = (int) Math.ceil(x.length / fsHz);
        double[] out = new double[m];
        for (int s = 0; s < m; s++) {
            int a = (int) Math.round(s * fsHz), b = (int) Math.min(x.length, Math.round((s + 1) * fsHz));
            double sum = 0;
            int c = 0;
            for (int i = a; i < b; i++) {
                if (!Double.isNaN(x[i])) {
                    sum += x[i];
                    c++;
                }
            }
            out[s] = c == 0 ? Double.NaN : sum / c;
        }
        return out;
    }

    private static double[] windowMedians(double[] sec, double[] prev, double tol) {
        int m = sec.length;
        int half = (int) (WINDOW_SEC / 2);
        int step = (int) STEP_SEC;
        int points = m / step + 2;
        double[] at = new double[points];
        double[] val = new double[points];
        int count = 0;
        double[] scratch = new double[2 * half + 1];
        for (int c = 0; c < m + step; c += step) {
            int center = Math.min(c, m - 1);
            int a = Math.max(0, center - half), b = Math.min(m, center + half + 1);
            double v = median(sec, a, b, prev, tol, 0.2 * (b - a), scratch);
            if (!Double.isNaN(v)) {
                at[count] = center;
                val[count] = v;
                count++;
            }
            if (center == m - 1) {
                break;
            }
        }
        double[] out = new double[m];
        if (count == 0) {
            System.arraycopy(prev, 0, out, 0, m);
            return out;
        }
        int j = 0;
        for (int i = 0; i < m; i++) {
            while (j + 1 < count && at[j + 1] <= i) {
                j++;
            }
            if (i <= at[0]) {
                out[i] = val[0];
            } else if (j + 1 >= count) {
                out[i] = val[count - 1];
            } else {
                double f = (i - at[j]) / (at[j + 1] - at[j]);
                out[i] = val[j] * (1 - f) + val[j + 1] * f;
            }
        }
        return out;
    }

    private static double median(double[] x, int a, int b, double[] ref, double tol, double minCount) {
        return median(x, a, b, ref, tol, minCount, new double[b - a]);
    }

    /** Median of the valid values of x[a,b) within tol of ref (when ref is given); NaN if fewer than minCount. */
    private static double median(double[] x, int a, int b, double[] ref, double tol, double minCount, double[] scratch) {
        int c = 0;
        for (int i = a; i < b; i++) {
            double v = x[i];
            if (!Double.isNaN(v) && (ref == null || Math.abs(v - ref[i]) <= tol)) {
                scratch[c++] = v;
            }
        }
        if (c == 0 || c < minCount) {
            return Double.NaN;
        }
        Arrays.sort(scratch, 0, c);
        return c % 2 == 1 ? scratch[c / 2] : 0.5 * (scratch[c / 2 - 1] + scratch[c / 2]);
    }

    /** Centred moving average with half-width {@code h}, O(n). */
    static double[] smooth(double[] x, int h) {
        int n = x.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + x[i];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - h), b = Math.min(n, i + h + 1);
            out[i] = (prefix[b] - prefix[a]) / (b - a);
        }
        return out;
    }
}
