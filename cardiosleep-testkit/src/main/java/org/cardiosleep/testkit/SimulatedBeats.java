package org.cardiosleep.testkit;

import java.util.Arrays;
import java.util.Random;

/**
 * A simulated single-lead ECG for tests: sum-of-Gaussians beats (P, QRS, T; after McSharry 2003) at a
 * regular rhythm, with chosen beats replaced by premature narrow beats without P wave ("S") or
 * premature wide, inverted beats without P wave followed by a compensatory pause ("V"). Simulated
 * data, for the beat-feature and beat-classifier tests of several modules.
 */
public final class SimulatedBeats {
    /** Sampling rate (Hz). */
    public final double fsHz;
    /** The signal (mV). */
    public final double[] ecg;
    /** Beat positions (sample indices of the R peaks). */
    public final int[] beats;
    /** Kind of each beat: N, S or V. */
    public final char[] kind;

    private SimulatedBeats(double fsHz, double[] ecg, int[] beats, char[] kind) {
        this.fsHz = fsHz;
        this.ecg = ecg;
        this.beats = beats;
        this.kind = kind;
    }

    /** {@code pattern[i]} is 'N', 'S' or 'V' for beat i; RR 0.8 s; S at 60 %, V at 65 % of the RR. */
    public static SimulatedBeats of(double fsHz, String pattern, long seed) {
        Random rnd = new Random(seed);
        int n = pattern.length();
        int[] beats = new int[n];
        double t = 1.0;
        for (int i = 0; i < n; i++) {
            char k = pattern.charAt(i);
            double rr = 0.8 + 0.02 * rnd.nextGaussian();
            if (i > 0) {
                char prev = pattern.charAt(i - 1);
                if (k == 'S') {
                    rr = 0.48;
                } else if (k == 'V') {
                    rr = 0.52;
                } else if (prev == 'V') {
                    rr = 1.08; // compensatory pause
                } else if (prev == 'S') {
                    rr = 0.85;
                }
                t += rr;
            }
            beats[i] = (int) Math.round(t * fsHz);
        }
        double[] ecg = new double[(int) ((t + 1.5) * fsHz)];
        for (int i = 0; i < n; i++) {
            double c = beats[i] / fsHz;
            switch (pattern.charAt(i)) {
                case 'V' -> {
                    add(ecg, fsHz, c, 0.0, -1.4, 0.045); // wide, inverted complex
                    add(ecg, fsHz, c + 0.06, 0.0, 0.5, 0.04);
                    add(ecg, fsHz, c + 0.30, 0.0, 0.45, 0.06);
                }
                default -> {
                    if (pattern.charAt(i) == 'N') {
                        add(ecg, fsHz, c - 0.16, 0.0, 0.12, 0.02); // P wave
                    }
                    add(ecg, fsHz, c - 0.025, 0.0, -0.12, 0.008);
                    add(ecg, fsHz, c, 0.0, 1.0, 0.010);
                    add(ecg, fsHz, c + 0.025, 0.0, -0.2, 0.008);
                    add(ecg, fsHz, c + 0.28, 0.0, 0.25, 0.05); // T wave
                }
            }
        }
        for (int i = 0; i < ecg.length; i++) {
            ecg[i] += 0.3 * Math.sin(2 * Math.PI * 0.15 * i / fsHz) + 0.01 * rnd.nextGaussian() + 0.5;
        }
        char[] kind = pattern.toCharArray();
        return new SimulatedBeats(fsHz, ecg, beats, Arrays.copyOf(kind, kind.length));
    }

    private static void add(double[] x, double fsHz, double centerSec, double unused, double amp, double widthSec) {
        int lo = Math.max(0, (int) ((centerSec - 5 * widthSec) * fsHz));
        int hi = Math.min(x.length - 1, (int) ((centerSec + 5 * widthSec) * fsHz));
        for (int i = lo; i <= hi; i++) {
            double z = (i / fsHz - centerSec) / widthSec;
            x[i] += amp * Math.exp(-0.5 * z * z);
        }
    }
}
