package org.cardiosleep.signal.qrs;

import java.util.Arrays;

import org.cardiosleep.signal.Extrema;
/**
 * The recent past of one stream, as ring buffers (power-of-two length) of the input, the
 * band-passed signal and the absolute slope, with the two look-backs the decisions need: the
 * largest slope under a candidate and the refined beat time.
 */
final class SignalRings {
    final int mask;
    final double[] x, bp, slope;
    private final int win, derivLag, refineHalf, baseHalf, groupDelay;

    SignalRings(int length, int win, int derivLag, int refineHalf, int baseHalf, int groupDelay) {
        if (Integer.bitCount(length) != 1) {
            throw new IllegalArgumentException("ring length must be a power of two: " + length);
        }
        mask = length - 1;
        x = new double[length];
        bp = new double[length];
        slope = new double[length];
        this.win = win;
        this.derivLag = derivLag;
        this.refineHalf = refineHalf;
        this.baseHalf = baseHalf;
        this.groupDelay = groupDelay;
    }

    /** Fills the rings as if the input had always been {@code v} (band-passed value {@code bpValue}). */
    void fill(double v, double bpValue) {
        Arrays.fill(x, v);
        Arrays.fill(bp, bpValue);
    }

    /** How far before its feature peak a refined beat can lie, in samples. */
    int reach() {
        return win + derivLag + 2 * refineHalf + groupDelay + 1;
    }

    /** Largest absolute slope within the integration window that ends at {@code pos}. */
    double maxSlope(long pos) {
        double m = 0;
        for (long k = pos - win + 1; k <= pos; k++) {
            m = Extrema.max(m, slope[(int) k & mask]);
        }
        return m;
    }

    /**
     * Beat time at the dominant QRS extremum: the largest band-passed deflection under the
     * integration window, moved back by the filter's group delay, then the largest deviation of the
     * input from its local mean within 50 ms of it. Reads no input after sample {@code newest} (the
     * sample being decided at), whatever the rings already hold beyond it, so the result does not
     * depend on how far ahead the input was filtered.
     */
    long refine(long pos, long newest) {
        long lo = pos - win - derivLag - refineHalf, hi = pos;
        long best = pos;
        double bv = -1;
        for (long k = lo; k <= hi; k++) {
            double a = Math.abs(bp[(int) k & mask]);
            if (a > bv) {
                bv = a;
                best = k;
            }
        }
        long c = best - groupDelay;
        double mean = 0;
        long meanHi = Math.min(c + baseHalf, newest);
        for (long k = c - baseHalf; k <= meanHi; k++) {
            mean += x[(int) k & mask];
        }
        mean /= meanHi - (c - baseHalf) + 1;
        long r = c;
        double rv = -1;
        long searchHi = Math.min(c + refineHalf, newest);
        for (long k = c - refineHalf; k <= searchHi; k++) {
            double a = Math.abs(x[(int) k & mask] - mean);
            if (a > rv) {
                rv = a;
                r = k;
            }
        }
        return Math.max(0, r);
    }
}
