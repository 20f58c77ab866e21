package org.cardiosleep.signal.filter;

import java.util.Arrays;

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
        return filtfilt(filter, x, from, n, scale, null);
    }

    /**
     * The same, written into {@code out} when it has exactly {@code n} elements (a buffer reused
     * across the chunks of a long recording), else into a new array; returns the array written.
     */
    public static double[] filtfilt(SosFilter filter, double[] x, int from, int n, double scale, double[] out) {
        if (from < 0 || n < 0 || from + n > x.length) {
            throw new IllegalArgumentException("range [" + from + ", " + (from + n) + ") outside a signal of "
                    + x.length + " samples");
        }
        if (n == 0) {
            return new double[0];
        }
        // the output array holds the signal while it is filtered; the odd reflections at either end
        // live in small arrays of their own
        int pad = Math.min(n - 1, 3 * (2 * filter.sections().size() + 1));
        double[] y = out != null && out.length == n ? out : new double[n];
        int settle = filter.sections().size() == 2 ? filter.settlingSamples() : Integer.MAX_VALUE;
        boolean halves = settle < n / 8;
        double[] pre = new double[pad], post = new double[pad];
        double first = x[from] * scale, last = x[from + n - 1] * scale;
        for (int i = 0; i < pad; i++) {
            pre[i] = 2 * first - x[from + pad - i] * scale;
            post[i] = 2 * last - x[from + n - 2 - i] * scale;
        }
        // forward over pre, y, post
        SosFilter a = filter.copy();
        a.resetTo(pad > 0 ? pre[0] : first);
        a.run(pre, 0, 1, pad);
        int h = n / 2;
        if (halves) {
            // y[0, h) continues from the reflection; y[h, n) starts from a steady state `settle` samples
            // before h, run up to h on a copy. The first pass reads the signal where it lies and writes
            // y (no copy of the signal first): the same doubles x[i] * scale a scaled copy would hold.
            SosFilter b = filter.copy();
            double[] warm = new double[settle];
            for (int i = 0; i < settle; i++) {
                warm[i] = x[from + h - settle + i] * scale;
            }
            b.resetTo(warm[0]);
            b.applyInPlace(warm);
            b.runTwoFrom(a, x, from, scale, y, h, 0, h);
            if (n > 2 * h) { // the last sample when n is odd
                y[2 * h] = x[from + 2 * h] * scale;
                b.run(y, 2 * h, 1, 1);
            }
            a = b;
        } else {
            if (scale == 1) {
                System.arraycopy(x, from, y, 0, n);
            } else {
                for (int i = 0; i < n; i++) {
                    y[i] = x[from + i] * scale;
                }
            }
            a.run(y, 0, 1, n);
        }
        a.run(post, 0, 1, pad);
        // backward over post and y; the reflection before the signal is not needed any more
        SosFilter c = filter.copy();
        c.resetTo(pad > 0 ? post[pad - 1] : y[n - 1]);
        c.run(post, pad - 1, -1, pad);
        if (halves) {
            // y[h, n) continues from the reflection; y[0, h) starts from a steady state `settle` samples above h
            SosFilter d = filter.copy();
            double[] warm = Arrays.copyOfRange(y, h, h + settle);
            d.resetTo(warm[warm.length - 1]);
            d.applyBackwardInPlace(warm);
            c.runTwo(d, y, n - 1, h - 1, -1, h);
            c.run(y, n - 1 - h, -1, n - 2 * h); // y[h] when n is odd
        } else {
            c.run(y, n - 1, -1, n);
        }
        return y;
    }
}
