package org.cardiosleep.signal.filter;

/**
 * Zero-phase (forward-backward) filtering, as {@code scipy.signal.sosfiltfilt}: the signal is
 * extended at both ends by odd reflection to damp the start-up transients, filtered forward, then
 * backward. The magnitude response is squared and the phase is zero.
 *
 * <p>Long signals through a two-section design are filtered as two halves side by side (each pass's
 * second half starts from a steady state far enough before the split, {@link SosFilter#settlingSamples},
 * that its state at the split equals the serial one to about 1e-17): the same output to rounding, in
 * about half the time, because the recursions are latency-bound.
 */
public final class ZeroPhase {
    private ZeroPhase() {
    }

    /** Returns the zero-phase filtered copy of {@code x} with the design of {@code filter}. */
    public static double[] filtfilt(SosFilter filter, double[] x) {
        return filtfilt(filter, x, 0, x.length, 1);
    }

    /**
     * The zero-phase filtered copy of {@code scale · x[from..from+n)}, without copying the range
     * first (the scaled samples are the same doubles {@code x[i] * scale} a scaled copy would hold).
     */
    public static double[] filtfilt(SosFilter filter, double[] x, int from, int n, double scale) {
        if (from < 0 || n < 0 || from + n > x.length) {
            throw new IllegalArgumentException("range [" + from + ", " + (from + n) + ") outside a signal of "
                    + x.length + " samples");
        }
        if (n == 0) {
            return new double[0];
        }
        int pad = Math.min(n - 1, 3 * (2 * filter.sections().size() + 1));
        double[] ext = new double[n + 2 * pad];
        if (scale == 1) {
            System.arraycopy(x, from, ext, pad, n);
        } else {
            for (int i = 0; i < n; i++) {
                ext[pad + i] = x[from + i] * scale;
            }
        }
        for (int i = 0; i < pad; i++) {
            ext[i] = 2 * ext[pad] - ext[2 * pad - i];
            ext[n + pad + i] = 2 * ext[n + pad - 1] - ext[n + pad - 2 - i];
        }
        SosFilter f = filter.copy();
        int settle = f.sections().size() == 2 ? f.settlingSamples() : Integer.MAX_VALUE;
        if (settle < ext.length / 8) {
            twoHalves(f, ext, settle);
        } else {
            f.resetTo(ext[0]);
            f.applyInPlace(ext);
            f.resetTo(ext[ext.length - 1]);
            f.applyBackwardInPlace(ext);
        }
        double[] y = new double[n];
        System.arraycopy(ext, pad, y, 0, n);
        return y;
    }

    /** Forward then backward pass over {@code ext}, each as two halves run side by side. */
    private static void twoHalves(SosFilter design, double[] ext, int settle) {
        int len = ext.length, mid = len / 2, count = len - mid; // the upper half is the longer one (by 0 or 1)
        // forward: first half [0, mid) from a steady state at ext[0]; second half [mid, len) from a
        // steady state `settle` samples before mid, run up to mid on a copy (the first half has not
        // yet overwritten those samples)
        SosFilter a = design.copy(), b = design.copy();
        a.resetTo(ext[0]);
        b.resetTo(ext[mid - settle]);
        b.applyInPlace(java.util.Arrays.copyOfRange(ext, mid - settle, mid));
        b.runTwo(a, ext, mid, 0, 1, mid);
        if (count > mid) {
            b.run(ext, len - 1, 1, 1); // the upper half's last sample (len odd)
        }
        // backward: upper part (len-1 down to len-count) from a steady state at ext[len-1]; lower part
        // (len-count-1 down to 0) from a steady state `settle` samples above it
        int lowTop = len - count - 1; // = mid - 1
        a = design.copy();
        b = design.copy();
        a.resetTo(ext[len - 1]);
        double[] warm = java.util.Arrays.copyOfRange(ext, lowTop + 1, lowTop + 1 + settle);
        b.resetTo(warm[warm.length - 1]);
        b.applyBackwardInPlace(warm);
        a.runTwo(b, ext, len - 1, lowTop, -1, mid);
        if (count > mid) {
            a.run(ext, mid, -1, 1); // the upper part's last sample (len odd)
        }
    }
}
