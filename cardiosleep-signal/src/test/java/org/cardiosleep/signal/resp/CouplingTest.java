package org.cardiosleep.signal.resp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Simulated beats whose RR and QRS amplitude share one oscillation: coupling lands in its band. */
class CouplingTest {

    static double[][] simulate(double freqHz, double seconds, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int cap = (int) (seconds / 0.5) + 10;
        double[] t = new double[cap];
        double[] rr = new double[cap];
        double[] amp = new double[cap];
        int n = 0;
        double time = 0;
        while (time < seconds) {
            double phase = 2 * Math.PI * freqHz * time;
            double v = 0.9 + 0.05 * Math.sin(phase) + 0.01 * r.nextGaussian();
            time += v;
            t[n] = time;
            rr[n] = v;
            amp[n++] = 1.0 + 0.1 * Math.sin(phase + 0.5) + 0.02 * r.nextGaussian();
        }
        return new double[][] {java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(rr, n), java.util.Arrays.copyOf(amp, n)};
    }

    @Test
    void respiratoryCouplingIsHighFrequency() {
        double[][] s = simulate(0.25, 1800, 1);
        List<CardiopulmonaryCoupling.Window> w = CardiopulmonaryCoupling.compute(s[0], s[1], s[0], s[2], 0, 1800);
        // (1800 s * 2 Hz - 1024) / 256 + 1 = 11 windows.
        assertEquals(11, w.size());
        for (CardiopulmonaryCoupling.Window x : w) {
            assertTrue(x.hfcFraction() > 0.8, "HFC fraction " + x.hfcFraction());
        }
    }

    @Test
    void periodicBreathingCouplingIsLowFrequency() {
        double[][] s = simulate(0.03, 1800, 2);
        List<CardiopulmonaryCoupling.Window> w = CardiopulmonaryCoupling.compute(s[0], s[1], s[0], s[2], 0, 1800);
        for (CardiopulmonaryCoupling.Window x : w) {
            assertTrue(x.lfc() > 5 * (x.hfc() + x.vlfc()), "LFC " + x.lfc() + " HFC " + x.hfc() + " VLFC " + x.vlfc());
            assertTrue(x.hfcToLfc() < 0.2);
        }
    }

    @Test
    void edrFollowsQrsAmplitude() {
        double fs = 250;
        int n = (int) (60 * fs);
        double[] ecg = new double[n];
        long[] peaks = new long[60];
        for (int b = 0; b < 60; b++) {
            int r = (int) ((b + 0.5) * fs);
            peaks[b] = r;
            double a = 1.0 + 0.2 * Math.sin(2 * Math.PI * b / 4.0); // breathing every 4 beats
            for (int j = -10; j <= 10; j++) {
                ecg[r + j] += a * Math.exp(-j * j / 8.0) + 0.3; // baseline offset 0.3 inside the QRS only
            }
            for (int j = -40; j <= 40; j++) {
                ecg[r + j] += j < -10 || j > 10 ? 0.3 : 0; // same offset around it
            }
        }
        Edr.Series e = Edr.fromEcg(ecg, fs, peaks);
        for (int b = 0; b < 60; b++) {
            assertEquals(1.0 + 0.2 * Math.sin(2 * Math.PI * b / 4.0), e.amplitude()[b], 1e-9);
            assertEquals((b + 0.5), e.beatTimeSec()[b], 1e-9);
        }
        assertTrue(e.area()[1] > e.area()[3]);
    }
}
