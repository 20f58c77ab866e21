package org.cardiosleep.signal.hrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Known answers on simulated RR: a sinusoidal modulation of amplitude A carries power A²/2 in its band. */
class FrequencyDomainTest {

    private static FrequencyDomainHrv sine(double freqHz, double ampMs) {
        double[] beats = SimulatedRr.sinusoidalBeats(800, ampMs, freqHz, 600);
        return FrequencyDomain.compute(NnSeries.fromBeats(beats, null));
    }

    @Test
    void lfSinusoidPutsItsPowerInLf() {
        FrequencyDomainHrv f = sine(0.1, 30);
        double expected = 30 * 30 / 2.0;
        assertEquals(expected, f.lfMs2(), 0.01 * expected, "LF power of a 0.1 Hz, 30 ms sinusoid");
        assertTrue(f.hfMs2() < 0.01 * expected, "HF leakage " + f.hfMs2());
        assertTrue(f.vlfMs2() < 0.01 * expected, "VLF leakage " + f.vlfMs2());
        assertTrue(f.lfHfRatio() > 100);
        assertEquals(2, f.windows()); // 0.8–600 s: windows at 0 and 150 s
    }

    @Test
    void hfSinusoidPutsItsPowerInHf() {
        FrequencyDomainHrv f = sine(0.25, 20);
        double expected = 20 * 20 / 2.0;
        assertEquals(expected, f.hfMs2(), 0.01 * expected, "HF power of a 0.25 Hz, 20 ms sinusoid");
        assertTrue(f.lfMs2() < 0.01 * expected, "LF leakage " + f.lfMs2());
        assertEquals(100 * f.hfMs2() / (f.lfMs2() + f.hfMs2()), f.hfNu(), 1e-9);
    }

    @Test
    void twoComponentsAreSeparated() {
        // sum of 0.1 Hz (25 ms) and 0.22 Hz (15 ms): beat-synchronous sampling of both
        double[] t = new double[2000];
        int n = 1;
        while (n < t.length) {
            double prev = t[n - 1];
            double next = prev + 0.8;
            for (int it = 0; it < 50; it++) {
                next = prev + (800 + 25 * Math.sin(2 * Math.PI * 0.1 * next) + 15 * Math.sin(2 * Math.PI * 0.22 * next)) / 1000;
            }
            if (next > 600) {
                break;
            }
            t[n++] = next;
        }
        FrequencyDomainHrv f = FrequencyDomain.compute(NnSeries.fromBeats(java.util.Arrays.copyOf(t, n), null));
        assertEquals(312.5, f.lfMs2(), 3.125);
        assertEquals(112.5, f.hfMs2(), 1.125);
    }

    @Test
    void tooShortGivesNaN() {
        double[] beats = SimulatedRr.sinusoidalBeats(800, 10, 0.1, 60);
        FrequencyDomainHrv f = FrequencyDomain.compute(NnSeries.fromBeats(beats, null));
        assertTrue(Double.isNaN(f.lfMs2()));
        assertEquals(0, f.windows());
    }
}
