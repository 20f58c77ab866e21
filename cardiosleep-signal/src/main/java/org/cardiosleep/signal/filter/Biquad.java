package org.cardiosleep.signal.filter;

/**
 * One second-order IIR section, {@code H(z) = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2)},
 * as immutable coefficients. Filtering state lives in the caller (see {@link SosFilter}) so that one
 * design can run on many signals and streams.
 */
public record Biquad(double b0, double b1, double b2, double a1, double a2) {

    /** Complex gain magnitude at {@code freqHz} for sampling rate {@code fsHz}. */
    public double magnitude(double freqHz, double fsHz) {
        double w = 2 * Math.PI * freqHz / fsHz;
        double c1 = Math.cos(w), s1 = Math.sin(w), c2 = Math.cos(2 * w), s2 = Math.sin(2 * w);
        double nr = b0 + b1 * c1 + b2 * c2, ni = -(b1 * s1 + b2 * s2);
        double dr = 1 + a1 * c1 + a2 * c2, di = -(a1 * s1 + a2 * s2);
        return Math.sqrt((nr * nr + ni * ni) / (dr * dr + di * di));
    }

    /** Gain at DC ({@code z = 1}). */
    public double dcGain() {
        return (b0 + b1 + b2) / (1 + a1 + a2);
    }
}
