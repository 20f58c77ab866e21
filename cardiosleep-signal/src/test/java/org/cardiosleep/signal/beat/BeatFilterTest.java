package org.cardiosleep.signal.beat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BeatFilterTest {
    private static double rms(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i] * x[i];
        }
        return Math.sqrt(s / (to - from));
    }

    @Test
    void removesBaselineKeepsPassBandAndIsZeroPhase() {
        double fs = 360;
        int n = (int) (60 * fs);
        double[] wander = new double[n];
        double[] tone = new double[n];
        for (int i = 0; i < n; i++) {
            wander[i] = 2.0 + Math.sin(2 * Math.PI * 0.05 * i / fs);
            tone[i] = Math.sin(2 * Math.PI * 10 * i / fs);
        }
        int a = (int) (10 * fs), b = n - (int) (10 * fs);
        assertTrue(rms(BeatFilter.bandPass(wander, fs), a, b) < 0.02, "0.05 Hz wander and DC removed");
        double[] y = BeatFilter.bandPass(tone, fs);
        assertEquals(Math.sqrt(0.5), rms(y, a, b), 0.01, "10 Hz passes with unit gain");
        // zero phase: the filtered 10 Hz tone lines up with the input
        double dot = 0;
        for (int i = a; i < b; i++) {
            dot += (y[i] - tone[i]) * (y[i] - tone[i]);
        }
        assertTrue(Math.sqrt(dot / (b - a)) < 0.02, "no phase shift");
        double[] mains = new double[n];
        for (int i = 0; i < n; i++) {
            mains[i] = Math.sin(2 * Math.PI * 60 * i / fs);
        }
        assertTrue(rms(BeatFilter.bandPass(mains, fs), a, b) < 0.45 * Math.sqrt(0.5), "60 Hz attenuated");
    }
}
