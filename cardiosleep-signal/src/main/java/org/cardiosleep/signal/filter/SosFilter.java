package org.cardiosleep.signal.filter;

import java.util.Arrays;
import java.util.List;

/**
 * A cascade of second-order sections (transposed direct form II) with its own state, usable on a
 * whole array ({@link #apply}) or sample by sample on a stream ({@link #step}). Zero-phase
 * filtering of whole arrays is {@link ZeroPhase#filtfilt}.
 */
public final class SosFilter {
    private final Biquad[] sections;
    private final double[] z1, z2;

    public SosFilter(Biquad... sections) {
        if (sections.length == 0) {
            throw new IllegalArgumentException("a filter needs at least one section");
        }
        this.sections = sections.clone();
        this.z1 = new double[sections.length];
        this.z2 = new double[sections.length];
    }

    /** The sections of this design. */
    public List<Biquad> sections() {
        return List.of(sections);
    }

    /** A filter of the same design with zero state. */
    public SosFilter copy() {
        return new SosFilter(sections);
    }

    /** Clears the state (as if the input had been zero forever). */
    public void reset() {
        Arrays.fill(z1, 0);
        Arrays.fill(z2, 0);
    }

    /** Sets the state to the steady state for a constant input {@code x} (avoids the start transient). */
    public void resetTo(double x) {
        double in = x;
        for (int s = 0; s < sections.length; s++) {
            Biquad b = sections[s];
            double y = in * b.dcGain();
            // steady state of transposed DF-II: y = b0 x + z1; z1 = b1 x - a1 y + z2; z2 = b2 x - a2 y
            z2[s] = b.b2() * in - b.a2() * y;
            z1[s] = b.b1() * in - b.a1() * y + z2[s];
            in = y;
        }
    }

    /** Filters one sample. */
    public double step(double x) {
        double v = x;
        for (int s = 0; s < sections.length; s++) {
            Biquad b = sections[s];
            double y = b.b0() * v + z1[s];
            z1[s] = b.b1() * v - b.a1() * y + z2[s];
            z2[s] = b.b2() * v - b.a2() * y;
            v = y;
        }
        return v;
    }

    /** Filters {@code x} in place, continuing from the current state. */
    public void applyInPlace(double[] x) {
        applyInPlace(x, 0, x.length);
    }

    /**
     * Filters {@code x[from..to)} in place, continuing from the current state. Section by section over
     * the whole range, with the coefficients and state in locals: the same arithmetic as {@link #step}
     * sample by sample (cascaded sections are applied in turn either way), several times faster.
     */
    public void applyInPlace(double[] x, int from, int to) {
        run(x, from, 1, to - from);
    }

    /**
     * Filters {@code x} in place in reverse time order (last sample first), continuing from the current
     * state: the same as reversing, filtering and reversing back, without the copies.
     */
    public void applyBackwardInPlace(double[] x) {
        run(x, x.length - 1, -1, x.length);
    }

    /** Filters {@code count} samples starting at {@code start}, stepping by {@code step} (±1). */
    void run(double[] x, int start, int step, int count) {
        int s = 0;
        for (; s + 1 < sections.length; s += 2) {
            runPair(s, x, start, step, count);
        }
        for (; s < sections.length; s++) {
            Biquad b = sections[s];
            double b0 = b.b0(), b1 = b.b1(), b2 = b.b2(), a1 = b.a1(), a2 = b.a2();
            double s1 = z1[s], s2 = z2[s];
            for (int c = 0, i = start; c < count; c++, i += step) {
                double v = x[i];
                double y = b0 * v + s1;
                s1 = b1 * v - a1 * y + s2;
                s2 = b2 * v - a2 * y;
                x[i] = y;
            }
            z1[s] = s1;
            z2[s] = s2;
        }
    }

    /**
     * Sections {@code s} and {@code s+1} in one loop: the two recurrences are independent chains, so
     * the processor overlaps them (the second section of sample i with the first of sample i+1).
     */
    private void runPair(int s, double[] x, int start, int step, int count) {
        Biquad p = sections[s], q = sections[s + 1];
        double p0 = p.b0(), p1 = p.b1(), p2 = p.b2(), pa1 = p.a1(), pa2 = p.a2();
        double q0 = q.b0(), q1 = q.b1(), q2 = q.b2(), qa1 = q.a1(), qa2 = q.a2();
        double u1 = z1[s], u2 = z2[s], w1 = z1[s + 1], w2 = z2[s + 1];
        for (int c = 0, i = start; c < count; c++, i += step) {
            double v = x[i];
            double y = p0 * v + u1;
            u1 = p1 * v - pa1 * y + u2;
            u2 = p2 * v - pa2 * y;
            double o = q0 * y + w1;
            w1 = q1 * y - qa1 * o + w2;
            w2 = q2 * y - qa2 * o;
            x[i] = o;
        }
        z1[s] = u1;
        z2[s] = u2;
        z1[s + 1] = w1;
        z2[s + 1] = w2;
    }

    /**
     * This filter on {@code count} samples from {@code startA} and filter {@code other} (the same
     * design) on {@code count} samples from {@code startB}, both stepping by {@code step} (±1), in one
     * loop: two independent recurrences side by side, so the processor overlaps them. Both designs
     * must have exactly two sections.
     */
    void runTwo(SosFilter other, double[] x, int startA, int startB, int step, int count) {
        runTwo(other, x, 0, 1, x, startA, startB, step, count);
    }

    /**
     * {@link #runTwo} forward over {@code count} samples, reading its input from {@code scale ·
     * src[srcFrom + i]} instead of the output array: this filter writes {@code dst[startA..)} from
     * the input at {@code startA}, filter {@code other} writes {@code dst[startB..)} from the input at
     * {@code startB}.
     */
    void runTwoFrom(SosFilter other, double[] src, int srcFrom, double scale, double[] dst, int startA, int startB,
                    int count) {
        runTwo(other, src, srcFrom, scale, dst, startA, startB, 1, count);
    }

    /**
     * The two-stream loop: input {@code scale · src[srcFrom + i]} (the output array itself with
     * offset 0 and scale 1, which multiplies exactly), output {@code dst[i]}, indices stepping by
     * {@code step}. Each index is read before it is written, and the streams touch different indices.
     */
    private void runTwo(SosFilter other, double[] src, int srcFrom, double scale, double[] dst, int startA, int startB,
                        int step, int count) {
        if (sections.length != 2 || other.sections.length != 2) {
            throw new IllegalStateException("two-stream filtering needs two-section filters");
        }
        Biquad p = sections[0], q = sections[1];
        double p0 = p.b0(), p1 = p.b1(), p2 = p.b2(), pa1 = p.a1(), pa2 = p.a2();
        double q0 = q.b0(), q1 = q.b1(), q2 = q.b2(), qa1 = q.a1(), qa2 = q.a2();
        double u1 = z1[0], u2 = z2[0], w1 = z1[1], w2 = z2[1];
        double e1 = other.z1[0], e2 = other.z2[0], g1 = other.z1[1], g2 = other.z2[1];
        for (int c = 0, i = startA, j = startB; c < count; c++, i += step, j += step) {
            double v = src[srcFrom + i] * scale;
            double y = p0 * v + u1;
            u1 = p1 * v - pa1 * y + u2;
            u2 = p2 * v - pa2 * y;
            double o = q0 * y + w1;
            w1 = q1 * y - qa1 * o + w2;
            w2 = q2 * y - qa2 * o;
            dst[i] = o;
            double vb = src[srcFrom + j] * scale;
            double yb = p0 * vb + e1;
            e1 = p1 * vb - pa1 * yb + e2;
            e2 = p2 * vb - pa2 * yb;
            double ob = q0 * yb + g1;
            g1 = q1 * yb - qa1 * ob + g2;
            g2 = q2 * yb - qa2 * ob;
            dst[j] = ob;
        }
        z1[0] = u1;
        z2[0] = u2;
        z1[1] = w1;
        z2[1] = w2;
        other.z1[0] = e1;
        other.z2[0] = e2;
        other.z1[1] = g1;
        other.z2[1] = g2;
    }

    /**
     * Samples after which the filter's memory of its starting state has decayed below {@code 1e-17} of
     * it: the slowest pole radius r of the sections gives ln(1e-17) / ln(r). Infinite for a filter
     * with a pole on or outside the unit circle.
     */
    int settlingSamples() {
        double r = 0;
        for (Biquad b : sections) {
            double disc = b.a1() * b.a1() - 4 * b.a2();
            double radius = disc < 0 ? Math.sqrt(b.a2())
                    : Math.max(Math.abs((-b.a1() + Math.sqrt(disc)) / 2), Math.abs((-b.a1() - Math.sqrt(disc)) / 2));
            r = Math.max(r, radius);
        }
        if (!(r < 1)) {
            return Integer.MAX_VALUE;
        }
        return r == 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, Math.ceil(Math.log(1e-17) / Math.log(r)));
    }

    /** Filters a copy of {@code x}, continuing from the current state. */
    public double[] apply(double[] x) {
        double[] y = x.clone();
        applyInPlace(y);
        return y;
    }

    /** Magnitude of the frequency response at {@code freqHz}. */
    public double magnitude(double freqHz, double fsHz) {
        double m = 1;
        for (Biquad b : sections) {
            m *= b.magnitude(freqHz, fsHz);
        }
        return m;
    }
}
