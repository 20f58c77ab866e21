package org.cardiosleep.signal.filter;

/**
 * Zero-phase (forward-backward) filtering, as {@code scipy.signal.sosfiltfilt}: the signal is
 * extended at both ends by odd reflection to damp the start-up transients, filtered forward, then
 * backward. The magnitude response is squared and the phase is zero.
 */
public final class ZeroPhase {
    private ZeroPhase() {
    }

    /** Returns the zero-phase filtered copy of {@code x} with the design of {@code filter}. */
    public static double[] filtfilt(SosFilter filter, double[] x) {
        int n = x.length;
        if (n == 0) {
            return new double[0];
        }
        int pad = Math.min(n - 1, 3 * (2 * filter.sections().size() + 1));
        double[] ext = new double[n + 2 * pad];
        for (int i = 0; i < pad; i++) {
            ext[i] = 2 * x[0] - x[pad - i];
            ext[n + pad + i] = 2 * x[n - 1] - x[n - 2 - i];
        }
        System.arraycopy(x, 0, ext, pad, n);
        SosFilter f = filter.copy();
        f.resetTo(ext[0]);
        f.applyInPlace(ext);
        f.resetTo(ext[ext.length - 1]);
        f.applyBackwardInPlace(ext);
        double[] y = new double[n];
        System.arraycopy(ext, pad, y, 0, n);
        return y;
    }
}
