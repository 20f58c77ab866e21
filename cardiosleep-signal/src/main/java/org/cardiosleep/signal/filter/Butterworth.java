package org.cardiosleep.signal.filter;

/**
 * Butterworth filter design by the bilinear transform with frequency pre-warping, as
 * second-order sections (the design of {@code scipy.signal.butter(..., output="sos")}).
 * Orders are even (each section carries one conjugate pole pair); band-pass designs cascade a
 * high-pass and a low-pass of the given order each.
 */
public final class Butterworth {
    private Butterworth() {
    }

    /** Low-pass of even {@code order} with -3 dB at {@code cutoffHz}. */
    public static SosFilter lowpass(int order, double cutoffHz, double fsHz) {
        return new SosFilter(sections(order, cutoffHz, fsHz, false));
    }

    /** High-pass of even {@code order} with -3 dB at {@code cutoffHz}. */
    public static SosFilter highpass(int order, double cutoffHz, double fsHz) {
        return new SosFilter(sections(order, cutoffHz, fsHz, true));
    }

    /** Band-pass: a high-pass at {@code lowHz} then a low-pass at {@code highHz}, each of {@code order}. */
    public static SosFilter bandpass(int order, double lowHz, double highHz, double fsHz) {
        if (!(lowHz < highHz)) {
            throw new IllegalArgumentException("band-pass needs lowHz < highHz: " + lowHz + ", " + highHz);
        }
        Biquad[] hp = sections(order, lowHz, fsHz, true);
        Biquad[] lp = sections(order, highHz, fsHz, false);
        Biquad[] all = new Biquad[hp.length + lp.length];
        System.arraycopy(hp, 0, all, 0, hp.length);
        System.arraycopy(lp, 0, all, hp.length, lp.length);
        return new SosFilter(all);
    }

    private static Biquad[] sections(int order, double cutoffHz, double fsHz, boolean highpass) {
        if (order < 2 || order % 2 != 0) {
            throw new IllegalArgumentException("Butterworth order must be even and >= 2: " + order);
        }
        if (!(cutoffHz > 0) || !(cutoffHz < fsHz / 2)) {
            throw new IllegalArgumentException("cutoff " + cutoffHz + " Hz must lie in (0, " + fsHz / 2 + ") Hz");
        }
        // pre-warped analog cutoff for the bilinear transform s = 2 fs (z - 1) / (z + 1)
        double k = Math.tan(Math.PI * cutoffHz / fsHz);
        Biquad[] out = new Biquad[order / 2];
        for (int i = 0; i < order / 2; i++) {
            // analog prototype pole pair: s^2 + 2 sin(theta) s + 1 with theta = pi (2i + 1) / (2 order)
            double q2 = 2 * Math.sin(Math.PI * (2 * i + 1) / (2.0 * order)); // = 1/Q
            double norm = 1 / (1 + q2 * k + k * k);
            double a1 = 2 * (k * k - 1) * norm;
            double a2 = (1 - q2 * k + k * k) * norm;
            if (highpass) {
                out[i] = new Biquad(norm, -2 * norm, norm, a1, a2);
            } else {
                double b0 = k * k * norm;
                out[i] = new Biquad(b0, 2 * b0, b0, a1, a2);
            }
        }
        return out;
    }
}
