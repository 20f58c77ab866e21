package org.cardiosleep.signal.hrv;

/**
 * Nonlinear HRV: Poincaré SD1/SD2 (Brennan 2001), detrended fluctuation analysis α1 (4–16 beats)
 * and α2 (16–64 beats) (Peng 1995), sample entropy (Richman &amp; Moorman 2000, m = 2,
 * r = 0.2·SD). Sample entropy is quadratic in length, so it is computed on 5-min segments and
 * averaged: the customary short-term definition, and linear in recording length.
 */
public final class Nonlinear {
    private Nonlinear() {
    }

    /** All nonlinear indices. */
    public static NonlinearHrv compute(NnSeries nn) {
        double[] sd = poincare(nn);
        double a1 = Dfa.alpha(nn.nnMs(), 4, 16);
        double a2 = Dfa.alpha(nn.nnMs(), 16, 64);
        return new NonlinearHrv(sd[0], sd[1], a1, a2, segmentedSampleEntropy(nn, 300.0));
    }

    /** {SD1, SD2} in ms from pairs of adjacent NN intervals. */
    public static double[] poincare(NnSeries nn) {
        double[] x = nn.nnMs();
        int pairs = 0;
        double su = 0, sv = 0, suu = 0, svv = 0;
        for (int k = 1; k < x.length; k++) {
            if (!nn.adjacent(k)) {
                continue;
            }
            // rotate (x_k-1, x_k) by 45°: u across, v along the identity line
            double u = (x[k] - x[k - 1]) / Math.sqrt(2);
            double v = (x[k] + x[k - 1]) / Math.sqrt(2);
            su += u;
            sv += v;
            suu += u * u;
            svv += v * v;
            pairs++;
        }
        if (pairs < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double varU = (suu - su * su / pairs) / (pairs - 1);
        double varV = (svv - sv * sv / pairs) / (pairs - 1);
        return new double[] {Math.sqrt(Math.max(0, varU)), Math.sqrt(Math.max(0, varV))};
    }

    /** Mean SampEn(2, 0.2·SD) over consecutive segments of {@code segmentSec} with at least 100 intervals. */
    public static double segmentedSampleEntropy(NnSeries nn, double segmentSec) {
        int n = nn.size();
        double[] t = nn.timeSec();
        double sum = 0;
        int used = 0;
        int i = 0;
        while (i < n) {
            double end = (Math.floor(t[i] / segmentSec) + 1) * segmentSec;
            int j = org.cardiosleep.signal.SortedArrays.lowerBound(t, end);
            if (j - i >= 100) {
                double se = SampleEntropy.compute(nn.nnMs(), i, j, 2, 0.2);
                if (Double.isFinite(se)) {
                    sum += se;
                    used++;
                }
            }
            i = Math.max(j, i + 1);
        }
        return used > 0 ? sum / used : Double.NaN;
    }
}
