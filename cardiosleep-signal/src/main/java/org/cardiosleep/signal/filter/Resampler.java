package org.cardiosleep.signal.filter;

/**
 * Sampling-rate conversion for whole arrays: when down-sampling, a zero-phase Butterworth low-pass
 * (order 8, cutoff 0.45 of the new rate) prevents aliasing; then the signal is interpolated with a
 * cubic Hermite (Catmull–Rom) kernel at the new sample times {@code k / fsOut}.
 */
public final class Resampler {
    private Resampler() {
    }

    /** Resamples {@code x} from {@code fsInHz} to {@code fsOutHz}. */
    public static double[] resample(double[] x, double fsInHz, double fsOutHz) {
        if (!(fsInHz > 0) || !(fsOutHz > 0)) {
            throw new IllegalArgumentException("sampling rates must be positive: " + fsInHz + ", " + fsOutHz);
        }
        int n = x.length;
        if (n == 0 || fsInHz == fsOutHz) {
            return x.clone();
        }
        double[] src = x;
        if (fsOutHz < fsInHz) {
            src = ZeroPhase.filtfilt(Butterworth.lowpass(8, 0.45 * fsOutHz, fsInHz), x);
        }
        int m = (int) Math.floor((n - 1) * fsOutHz / fsInHz) + 1;
        double[] y = new double[m];
        double step = fsInHz / fsOutHz;
        for (int k = 0; k < m; k++) {
            double t = k * step;
            int i = (int) t;
            double f = t - i;
            double p0 = src[Math.max(0, i - 1)], p1 = src[Math.min(n - 1, i)];
            double p2 = src[Math.min(n - 1, i + 1)], p3 = src[Math.min(n - 1, i + 2)];
            y[k] = p1 + 0.5 * f * (p2 - p0 + f * (2 * p0 - 5 * p1 + 4 * p2 - p3 + f * (3 * (p1 - p2) + p3 - p0)));
        }
        return y;
    }
}
