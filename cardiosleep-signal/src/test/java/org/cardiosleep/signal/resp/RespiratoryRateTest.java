package org.cardiosleep.signal.resp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Breathing rate from a beat-sampled EDR: known sinusoidal rates, noise without breathing, a gap. */
class RespiratoryRateTest {

    /** Beats at about 70 bpm with a little jitter; EDR = breathing sinusoid of {@code hz} + noise. */
    private static double[][] series(double seconds, double hz, double noise, long seed) {
        Random rnd = new Random(seed);
        int n = (int) (seconds * 70 / 60);
        double[] t = new double[n], v = new double[n];
        double now = 0.3;
        for (int i = 0; i < n; i++) {
            t[i] = now;
            v[i] = (hz > 0 ? Math.sin(2 * Math.PI * hz * now) : 0) + noise * rnd.nextGaussian();
            now += 60.0 / 70 * (1 + 0.05 * rnd.nextGaussian());
        }
        return new double[][] {t, v};
    }

    @Test
    void knownRatesAreFound() {
        for (double perMin : new double[] {9, 12, 15, 20, 26}) {
            double[][] s = series(600, perMin / 60, 0.3, 1);
            float[] r = RespiratoryRate.perEpoch(s[0], s[1], 20, 30);
            int found = 0;
            for (int e = 2; e < 18; e++) {
                if (!Float.isNaN(r[e])) {
                    assertEquals(perMin, r[e], 0.6, perMin + "/min, epoch " + e);
                    found++;
                }
            }
            assertTrue(found >= 15, perMin + "/min: rate in " + found + " of 16 inner epochs");
            assertTrue(Float.isNaN(r[0]), "the first epoch's window starts before the data");
        }
    }

    @Test
    void noBreathingOrNoBeatsGivesNoRate() {
        double[][] s = series(600, 0, 1, 2);
        float[] r = RespiratoryRate.perEpoch(s[0], s[1], 20, 30);
        int found = 0;
        for (float v : r) {
            found += Float.isNaN(v) ? 0 : 1;
        }
        assertTrue(found <= 3, "white noise gave a rate in " + found + " of 20 epochs");
        // a 3-min gap in the beats: the epochs whose window falls in it have no rate
        double[][] b = series(600, 0.25, 0.2, 3);
        int keep = 0;
        for (int i = 0; i < b[0].length; i++) {
            if (b[0][i] < 240 || b[0][i] > 420) {
                b[0][keep] = b[0][i];
                b[1][keep++] = b[1][i];
            }
        }
        float[] g = RespiratoryRate.perEpoch(java.util.Arrays.copyOf(b[0], keep), java.util.Arrays.copyOf(b[1], keep),
                20, 30);
        assertTrue(Float.isNaN(g[11]), "epoch inside the gap");
        assertEquals(15, g[4], 0.6);
    }
}
