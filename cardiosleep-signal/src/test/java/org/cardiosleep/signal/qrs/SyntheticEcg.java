package org.cardiosleep.signal.qrs;

import java.util.Arrays;
import java.util.Random;

/**
 * Simulated ECG for tests: each beat is a sum of Gaussian waves (P, Q, R, S, T) placed at known
 * R-peak times, with optional baseline wander, power-line hum, white noise and inversion.
 */
final class SyntheticEcg {
    final double fsHz;
    final double[] signal;
    final long[] rPeaks;

    private SyntheticEcg(double fsHz, double[] signal, long[] rPeaks) {
        this.fsHz = fsHz;
        this.signal = signal;
        this.rPeaks = rPeaks;
    }

    /** Beats with RR around {@code rrSec} (±8 % jitter), over {@code durationSec}. */
    static SyntheticEcg of(double fsHz, double durationSec, double rrSec, long seed) {
        Random rnd = new Random(seed);
        int n = (int) Math.round(durationSec * fsHz);
        double[] x = new double[n];
        long[] peaks = new long[(int) (durationSec / (0.5 * rrSec)) + 2];
        int c = 0;
        for (double t = 0.6; t < durationSec - 0.6; t += rrSec * (1 + 0.08 * (2 * rnd.nextDouble() - 1))) {
            long p = Math.round(t * fsHz);
            peaks[c++] = p;
            addBeat(x, fsHz, p, 1.0);
        }
        return new SyntheticEcg(fsHz, x, Arrays.copyOf(peaks, c));
    }

    static void addBeat(double[] x, double fs, long r, double scale) {
        wave(x, fs, r, -0.20, 0.15 * scale, 0.025);
        wave(x, fs, r, -0.025, -0.10 * scale, 0.008);
        wave(x, fs, r, 0.0, 1.00 * scale, 0.010);
        wave(x, fs, r, 0.025, -0.25 * scale, 0.008);
        wave(x, fs, r, 0.28, 0.30 * scale, 0.050);
    }

    private static void wave(double[] x, double fs, long r, double offsetSec, double amp, double widthSec) {
        long c = r + Math.round(offsetSec * fs);
        int h = (int) Math.ceil(4 * widthSec * fs);
        for (long i = c - h; i <= c + h; i++) {
            if (i >= 0 && i < x.length) {
                double z = (i - c) / (widthSec * fs);
                x[(int) i] += amp * Math.exp(-0.5 * z * z);
            }
        }
    }

    SyntheticEcg inverted() {
        double[] y = signal.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = -y[i];
        }
        return new SyntheticEcg(fsHz, y, rPeaks);
    }

    /** Adds baseline wander (0.3 Hz, {@code wanderMv}), hum ({@code humHz}, {@code humMv}) and white noise. */
    SyntheticEcg withNoise(double wanderMv, double humHz, double humMv, double noiseSdMv, long seed) {
        Random rnd = new Random(seed);
        double[] y = signal.clone();
        for (int i = 0; i < y.length; i++) {
            double t = i / fsHz;
            y[i] += wanderMv * Math.sin(2 * Math.PI * 0.3 * t) + humMv * Math.sin(2 * Math.PI * humHz * t)
                    + noiseSdMv * rnd.nextGaussian();
        }
        return new SyntheticEcg(fsHz, y, rPeaks);
    }

    /** Fraction of true peaks with a detection within {@code tolSec}, and count of unmatched detections. */
    static int[] score(long[] truth, long[] detected, double fsHz, double tolSec) {
        long tol = Math.round(tolSec * fsHz);
        int i = 0, j = 0, tp = 0;
        while (i < truth.length && j < detected.length) {
            long d = detected[j] - truth[i];
            if (Math.abs(d) <= tol) {
                tp++;
                i++;
                j++;
            } else if (d < 0) {
                j++;
            } else {
                i++;
            }
        }
        return new int[] {tp, truth.length - tp, detected.length - tp};
    }
}
