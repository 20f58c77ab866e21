package org.cardiosleep.pheno.holter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class EcgQualityTest {
    @Test
    void flatClippedAndHugeSecondsAreUnusable() {
        int fs = 100;
        double[] x = new double[5 * fs];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 * Math.sin(2 * Math.PI * i / fs);           // 1 mV peak-to-peak: usable
        }
        for (int i = fs; i < 2 * fs; i++) {
            x[i] = 0.01;                                            // second 1: flat (lead off)
        }
        for (int i = 2 * fs; i < 2 * fs + 30; i++) {
            x[i] = 5.0;                                             // second 2: 30 % at the +5 mV limit
        }
        for (int i = 3 * fs; i < 4 * fs; i++) {
            x[i] = 6 * Math.sin(2 * Math.PI * i / 10.0) * (i % 2 == 0 ? 1 : -1) * 0.9; // second 3: ~10.8 mV p2p
        }
        boolean[] usable = new boolean[5];
        EcgQuality.mark(x, 0, x.length, fs, 0, 1, -5, 5, usable);
        assertArrayEquals(new boolean[] {true, false, false, false, true}, usable);
    }

    /** A missing (NaN) sample anywhere in a second, its first included, makes the second unusable. */
    @Test
    void secondsWithMissingSamplesAreUnusable() {
        int fs = 100;
        double[] x = new double[4 * fs];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 * Math.sin(2 * Math.PI * i / fs);
        }
        x[fs + 37] = Double.NaN;      // inside second 1
        x[2 * fs] = Double.NaN;       // first sample of second 2
        boolean[] usable = new boolean[4];
        EcgQuality.mark(x, 0, x.length, fs, 0, 1, -5, 5, usable);
        assertArrayEquals(new boolean[] {true, false, false, true}, usable);
    }
}
