package org.cardiosleep.signal.filter;

import java.util.Arrays;

/**
 * Running median and median baseline removal. The running median keeps its window sorted and
 * moves one sample in and one out per step (O(w) per sample by array shift, cheap for the
 * window lengths used on ECG).
 */
public final class MedianFilter {
    private MedianFilter() {
    }

    /** Centred running median of odd window {@code width}; the ends use the truncated window. */
    public static double[] apply(double[] x, int width) {
        if (width < 1 || width % 2 == 0) {
            throw new IllegalArgumentException("median window must be odd and positive: " + width);
        }
        int n = x.length;
        double[] y = new double[n];
        if (n == 0) {
            return y;
        }
        int h = width / 2;
        double[] win = new double[width];
        int len = 0;
        // window for output i is [i - h, i + h] clipped to the array
        for (int j = 0; j <= Math.min(h, n - 1); j++) {
            len = insert(win, len, x[j]);
        }
        for (int i = 0; i < n; i++) {
            y[i] = len % 2 == 1 ? win[len / 2] : 0.5 * (win[len / 2 - 1] + win[len / 2]);
            int out = i - h, in = i + h + 1;
            if (out >= 0) {
                len = remove(win, len, x[out]);
            }
            if (in < n) {
                len = insert(win, len, x[in]);
            }
        }
        return y;
    }

    /**
     * Baseline wander removal by two cascaded medians of 200 ms and 600 ms (de Chazal et al. 2004):
     * the first removes QRS and P waves, the second T waves; the result is subtracted.
     */
    public static double[] removeBaseline(double[] x, double fsHz) {
        int w1 = odd(0.2 * fsHz), w2 = odd(0.6 * fsHz);
        double[] base = apply(apply(x, w1), w2);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - base[i];
        }
        return y;
    }

    private static int odd(double samples) {
        int w = (int) Math.round(samples);
        return w % 2 == 0 ? w + 1 : Math.max(1, w);
    }

    private static int insert(double[] win, int len, double v) {
        int pos = Arrays.binarySearch(win, 0, len, v);
        if (pos < 0) {
            pos = -pos - 1;
        }
        System.arraycopy(win, pos, win, pos + 1, len - pos);
        win[pos] = v;
        return len + 1;
    }

    private static int remove(double[] win, int len, double v) {
        int pos = Arrays.binarySearch(win, 0, len, v);
        if (pos < 0) {
            // NaN or -0.0 mismatch: find by equality
            pos = 0;
            while (pos < len && Double.compare(win[pos], v) != 0) {
                pos++;
            }
            if (pos == len) {
                return len;
            }
        }
        System.arraycopy(win, pos + 1, win, pos, len - pos - 1);
        return len - 1;
    }
}
