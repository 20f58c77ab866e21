package org.cardiosleep.signal.resp;

/** Per-beat series onto an even time grid, for the spectra of the respiration measures. */
final class EvenSampling {
    private EvenSampling() {
    }

    /**
     * Linear interpolation of the series {@code v[from..to)} at times {@code t[from..to)} (ascending)
     * onto {@code startSec + i / fsHz} for every {@code i} of {@code out}, held at the ends.
     */
    static void linear(double[] t, double[] v, int from, int to, double startSec, double fsHz, double[] out) {
        int j = from;
        for (int i = 0; i < out.length; i++) {
            double ti = startSec + i / fsHz;
            while (j < to && t[j] < ti) {
                j++;
            }
            if (j == from) {
                out[i] = v[from];
            } else if (j == to) {
                out[i] = v[to - 1];
            } else {
                double w = (ti - t[j - 1]) / (t[j] - t[j - 1]);
                out[i] = v[j - 1] + w * (v[j] - v[j - 1]);
            }
        }
    }
}
