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

    /** The recording's last, partial second is judged on the samples it has (a tail under 0.25 s as the second before). */
    @Test
    void lastPartialSecondIsJudgedToo() {
        int fs = 100;
        double[] x = new double[250];   // 2.5 s
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5 * Math.sin(2 * Math.PI * i / 40.0);
        }
        boolean[] usable = new boolean[3];
        EcgQuality.mark(x, 0, x.length, fs, 0, 1, -5, 5, usable);
        assertArrayEquals(new boolean[] {true, true, true}, usable);
        java.util.Arrays.fill(x, 200, 250, 0.01);   // the last half second flat: lead off
        EcgQuality.mark(x, 0, x.length, fs, 0, 1, -5, 5, usable);
        assertArrayEquals(new boolean[] {true, true, false}, usable);
        double[] y = java.util.Arrays.copyOf(x, 210);  // a 0.1-s tail after a usable second
        java.util.Arrays.fill(y, 0.3);
        for (int i = 0; i < 200; i++) {
            y[i] = 0.5 * Math.sin(2 * Math.PI * i / 40.0);
        }
        boolean[] u = new boolean[3];
        EcgQuality.mark(y, 0, y.length, fs, 0, 1, -5, 5, u);
        assertArrayEquals(new boolean[] {true, true, true}, u);
        // a stretch that ends before the recording does leaves its last second to the next stretch
        boolean[] v = new boolean[3];
        EcgQuality.mark(x, 0, 150, fs, 0, 1, -5, 5, v);
        assertArrayEquals(new boolean[] {true, false, false}, v);
    }
}
