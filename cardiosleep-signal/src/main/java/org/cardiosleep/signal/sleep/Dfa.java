package org.cardiosleep.signal.sleep;

/**
 * Detrended fluctuation analysis (Peng et al. 1995) of an interval series: the scaling exponent
 * alpha over a range of box sizes (alpha1: 4–16 beats, alpha2: 16–64 beats in HRV practice).
 */
public final class Dfa {
    private Dfa() {
    }

    /**
     * The DFA exponent of {@code x[from .. to)} over box sizes {@code minBox..maxBox} (beats,
     * log-spaced), or NaN when the segment holds fewer than {@code 2 * maxBox} values.
     */
    public static double alpha(double[] x, int from, int to, int minBox, int maxBox) {
        int len = to - from;
        if (len < 2 * maxBox || minBox < 3) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += x[i];
        }
        mean /= len;
        double[] profile = new double[len];
        double acc = 0;
        for (int i = 0; i < len; i++) {
            acc += x[from + i] - mean;
            profile[i] = acc;
        }
        // Regression of log F(n) on log n over about 6 log-spaced box sizes.
        int sizes = 6;
        double sxl = 0;
        double syl = 0;
        double sxx = 0;
        double sxy = 0;
        int used = 0;
        int prev = -1;
        for (int s = 0; s < sizes; s++) {
            int box = (int) Math.round(minBox * Math.pow((double) maxBox / minBox, (double) s / (sizes - 1)));
            if (box == prev) {
                continue;
            }
            prev = box;
            double f = org.cardiosleep.signal.hrv.Dfa.fluctuation(profile, box);
            if (!(f > 0)) {
                continue;
            }
            double lx = Math.log(box);
            double ly = Math.log(f);
            sxl += lx;
            syl += ly;
            sxx += lx * lx;
            sxy += lx * ly;
            used++;
        }
        if (used < 3) {
            return Double.NaN;
        }
        double den = used * sxx - sxl * sxl;
        return den == 0 ? Double.NaN : (used * sxy - sxl * syl) / den;
    }
}
