package org.cardiosleep.signal.filter;

/**
 * Second-order IIR notch (RBJ audio-EQ cookbook), for power-line hum at 50 or 60 Hz. The -3 dB
 * bandwidth is {@code f0 / q}.
 */
public final class Notch {
    private Notch() {
    }

    /** A notch at {@code f0Hz} with quality factor {@code q} (e.g. 30) for sampling rate {@code fsHz}. */
    public static SosFilter design(double f0Hz, double q, double fsHz) {
        if (!(f0Hz > 0) || !(f0Hz < fsHz / 2) || !(q > 0)) {
            throw new IllegalArgumentException("notch needs 0 < f0 < fs/2 and q > 0: f0=" + f0Hz + " fs=" + fsHz);
        }
        double w0 = 2 * Math.PI * f0Hz / fsHz;
        double alpha = Math.sin(w0) / (2 * q);
        double a0 = 1 + alpha;
        double c = -2 * Math.cos(w0) / a0;
        return new SosFilter(new Biquad(1 / a0, c, 1 / a0, c, (1 - alpha) / a0));
    }
}
