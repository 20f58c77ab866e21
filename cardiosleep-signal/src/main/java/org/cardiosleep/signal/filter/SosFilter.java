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
        for (int i = 0; i < x.length; i++) {
            x[i] = step(x[i]);
        }
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
