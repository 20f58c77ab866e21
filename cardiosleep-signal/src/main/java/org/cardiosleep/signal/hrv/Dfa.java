package org.cardiosleep.signal.hrv;

/**
 * Detrended fluctuation analysis (Peng et al., Chaos 1995): the mean-removed series is
 * integrated, cut into non-overlapping boxes of n beats, each box detrended by its least-squares
 * line; F(n) is the RMS residual; α is the slope of log F(n) against log n over the given range
 * of box sizes (every integer n). Linear time per box size.
 */
public final class Dfa {
    private Dfa() {
    }

    /** The scaling exponent over box sizes {@code nMin..nMax}; NaN when the series is shorter than 2·nMax. */
    public static double alpha(double[] x, int nMin, int nMax) {
        int len = x.length;
        if (len < 2 * nMax || nMin < 3) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= len;
        double[] y = new double[len];
        double acc = 0;
        for (int i = 0; i < len; i++) {
            acc += x[i] - mean;
            y[i] = acc;
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int m = 0;
        for (int n = nMin; n <= nMax; n++) {
            double f = fluctuation(y, n);
            double lx = Math.log(n), ly = Math.log(f);
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
            m++;
        }
        return (m * sxy - sx * sy) / (m * sxx - sx * sx);
    }

    /**
     * RMS of the residuals of per-box linear fits of the profile, boxes of n points: F(n) of DFA, in
     * one pass over the profile (the residual sum of squares from the box's sums).
     */
    public static double fluctuation(double[] y, int n) {
        int boxes = y.length / n;
        // closed forms for x = 0..n-1
        double sx = n * (n - 1) / 2.0;
        double sxx = (n - 1) * n * (2.0 * n - 1) / 6.0;
        double den = n * sxx - sx * sx;
        double total = 0;
        for (int b = 0; b < boxes; b++) {
            int o = b * n;
            double sy = 0, sxy = 0, syy = 0;
            int i = 0;
            for (; i + 1 < n; i += 2) { // two points per loop turn for the quick compiler, sums in order
                double v = y[o + i];
                sy += v;
                sxy += i * v;
                syy += v * v;
                v = y[o + i + 1];
                sy += v;
                sxy += (i + 1) * v;
                syy += v * v;
            }
            if (i < n) {
                double v = y[o + i];
                sy += v;
                sxy += i * v;
                syy += v * v;
            }
            double slope = (n * sxy - sx * sy) / den;
            double icpt = (sy - slope * sx) / n;
            // residual sum of squares of the fit
            double rss = syy - icpt * sy - slope * sxy;
            total += Math.max(0, rss);
        }
        return Math.sqrt(total / (boxes * (double) n));
    }
}
