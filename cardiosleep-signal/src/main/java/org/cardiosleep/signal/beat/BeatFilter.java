package org.cardiosleep.signal.beat;

/**
 * The band-pass used before beat morphology features: a zero-phase (forward–backward) 2nd-order
 * Butterworth high-pass at 0.5 Hz, which removes baseline wander, then a zero-phase 2nd-order
 * Butterworth low-pass at 40 Hz, which removes mains and muscle noise while keeping the QRS slopes
 * that the QRS width needs. Linear time, one output array.
 *
 * <p>Private to the beat features until the project's filter package lands; the coefficients are
 * the bilinear-transform Butterworth biquads (RBJ cookbook, Q = 1/sqrt(2)).
 */
final class BeatFilter {
    static final double HIGH_PASS_HZ = 0.5;
    static final double LOW_PASS_HZ = 40.0;

    private BeatFilter() {
    }

    /** The band-passed copy of {@code ecg}. */
    static double[] bandPass(double[] ecg, double fsHz) {
        double[] y = new double[ecg.length];
        if (ecg.length == 0) {
            return y;
        }
        double x0 = ecg[0];
        for (int i = 0; i < ecg.length; i++) {
            // start the high-pass from rest: remove the initial offset so the filter does not ring
            y[i] = ecg[i] - x0;
        }
        double[] hp = highPass(HIGH_PASS_HZ, fsHz);
        forwardBackward(y, hp, false);
        if (LOW_PASS_HZ < 0.45 * fsHz) {
            forwardBackward(y, lowPass(LOW_PASS_HZ, fsHz), true);
        }
        return y;
    }

    /** {b0, b1, b2, a1, a2} of a Butterworth low-pass biquad. */
    static double[] lowPass(double fcHz, double fsHz) {
        double k = Math.tan(Math.PI * fcHz / fsHz);
        double norm = 1 / (1 + Math.sqrt(2) * k + k * k);
        double b0 = k * k * norm;
        return new double[] {b0, 2 * b0, b0, 2 * (k * k - 1) * norm, (1 - Math.sqrt(2) * k + k * k) * norm};
    }

    /** {b0, b1, b2, a1, a2} of a Butterworth high-pass biquad. */
    static double[] highPass(double fcHz, double fsHz) {
        double k = Math.tan(Math.PI * fcHz / fsHz);
        double norm = 1 / (1 + Math.sqrt(2) * k + k * k);
        return new double[] {norm, -2 * norm, norm, 2 * (k * k - 1) * norm, (1 - Math.sqrt(2) * k + k * k) * norm};
    }

    /** Filters in place forward then backward; a unity-DC-gain filter starts at the edge value. */
    static void forwardBackward(double[] x, double[] c, boolean unityDc) {
        pass(x, c, unityDc, false);
        pass(x, c, unityDc, true);
    }

    private static void pass(double[] x, double[] c, boolean unityDc, boolean reverse) {
        int n = x.length;
        int start = reverse ? n - 1 : 0;
        int step = reverse ? -1 : 1;
        double init = unityDc ? x[start] : 0;
        double x1 = init, x2 = init, y1 = init, y2 = init;
        double b0 = c[0], b1 = c[1], b2 = c[2], a1 = c[3], a2 = c[4];
        for (int k = 0, i = start; k < n; k++, i += step) {
            double xi = x[i];
            double yi = b0 * xi + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = xi;
            y2 = y1;
            y1 = yi;
            x[i] = yi;
        }
    }
}
