package org.cardiosleep.signal.hrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class NonlinearTest {

    private static NnSeries series(double[] rr) {
        double[] t = SimulatedRr.beatsFromRr(rr);
        double[] times = java.util.Arrays.copyOfRange(t, 1, t.length);
        return new NnSeries(times, rr, java.util.stream.IntStream.range(1, rr.length + 1).toArray());
    }

    @Test
    void poincareMatchesDefinitions() {
        Random rnd = new Random(3);
        double[] rr = new double[3000];
        for (int i = 0; i < rr.length; i++) {
            rr[i] = 900 + 30 * rnd.nextGaussian();
        }
        NnSeries nn = series(rr);
        double[] sd = Nonlinear.poincare(nn);
        // SD1 = sqrt(Var(ΔRR)/2); for white noise SD1 ≈ SD2 ≈ SDNN
        double[] d = new double[rr.length - 1];
        for (int i = 1; i < rr.length; i++) {
            d[i - 1] = rr[i] - rr[i - 1];
        }
        double md = java.util.Arrays.stream(d).average().orElseThrow();
        double vd = java.util.Arrays.stream(d).map(v -> (v - md) * (v - md)).sum() / (d.length - 1);
        assertEquals(Math.sqrt(vd / 2), sd[0], 1e-6 * sd[0]);
        assertEquals(30, sd[1], 2.0);
    }

    @Test
    void dfaOfWhiteNoiseIsHalfAndOfBrownNoiseIsOneAndAHalf() {
        Random rnd = new Random(11);
        double[] white = new double[20000];
        double[] brown = new double[20000];
        double acc = 0;
        for (int i = 0; i < white.length; i++) {
            white[i] = rnd.nextGaussian();
            acc += rnd.nextGaussian();
            brown[i] = acc;
        }
        assertEquals(0.5, Dfa.alpha(white, 4, 16), 0.1); // small boxes bias alpha1 upwards (~0.55)
        assertEquals(0.5, Dfa.alpha(white, 16, 64), 0.07);
        assertEquals(1.5, Dfa.alpha(brown, 16, 64), 0.1);
        assertTrue(Double.isNaN(Dfa.alpha(new double[100], 16, 64)));
    }

    @Test
    void sampleEntropyMatchesBruteForceAndKnownCases() {
        // a period-2 sequence: every 2-match extends to a 3-match, SampEn = 0
        double[] periodic = new double[200];
        for (int i = 0; i < periodic.length; i++) {
            periodic[i] = i % 2 == 0 ? 800 : 850;
        }
        assertEquals(0.0, SampleEntropy.compute(periodic, 0, periodic.length, 2, 0.2), 1e-12);
        // random series: compare with an explicit template enumeration
        Random rnd = new Random(5);
        double[] x = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
        }
        double sd = Math.sqrt(java.util.Arrays.stream(x).map(v -> v * v).sum() / (x.length - 1)
                - 0); // mean ≈ 0; exact SD recomputed below
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        sd = Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1));
        double r = 0.2 * sd;
        long b = 0, a = 0;
        int nt = x.length - 2;
        for (int i = 0; i < nt; i++) {
            for (int j = 0; j < nt; j++) {
                if (i == j) {
                    continue;
                }
                boolean m2 = Math.max(Math.abs(x[i] - x[j]), Math.abs(x[i + 1] - x[j + 1])) <= r;
                if (m2) {
                    b++;
                    if (Math.abs(x[i + 2] - x[j + 2]) <= r) {
                        a++;
                    }
                }
            }
        }
        assertEquals(-Math.log((double) a / b), SampleEntropy.compute(x, 0, x.length, 2, 0.2), 1e-12);
        // white noise with r = 0.2 SD: SampEn ≈ -ln(P(|d| <= r)) ≈ 2.2
        assertTrue(SampleEntropy.compute(x, 0, x.length, 2, 0.2) > 1.5);
    }

    @Test
    void decelerationCapacityOfAPeriodicPattern() {
        // repeating 800, 810, 820, 810: by hand DC = +5 ms, AC = -5 ms
        double[] rr = new double[400];
        double[] pattern = {800, 810, 820, 810};
        for (int i = 0; i < rr.length; i++) {
            rr[i] = pattern[i % 4];
        }
        double[] dcac = DecelerationCapacity.compute(series(rr));
        assertEquals(5.0, dcac[0], 1e-9);
        assertEquals(-5.0, dcac[1], 1e-9);
    }

    @Test
    void heartRateTurbulenceOfAConstructedPvc() {
        double[] post = {780, 770, 780, 790, 800, 800, 800, 800, 800, 800, 800, 800, 800, 800, 800};
        double[] rr = new double[10 + 2 + post.length + 5];
        int k = 0;
        for (int i = 0; i < 10; i++) {
            rr[k++] = 800;
        }
        rr[k++] = 500;  // coupling interval (ends at the PVC)
        rr[k++] = 1100; // compensatory pause
        for (double v : post) {
            rr[k++] = v;
        }
        while (k < rr.length) {
            rr[k++] = 800;
        }
        double[] t = SimulatedRr.beatsFromRr(rr);
        byte[] cls = new byte[t.length];
        java.util.Arrays.fill(cls, (byte) 'N');
        cls[11] = 'V'; // beat 11 ends interval 10 (the 500 ms coupling interval)
        HeartRateTurbulence.Result r = HeartRateTurbulence.compute(t, cls);
        assertEquals(1, r.pvcCount());
        assertEquals((780 + 770 - 1600) / 1600.0 * 100, r.onsetPct(), 1e-9); // -3.125 %
        assertEquals(8.0, r.slopeMsPerBeat(), 1e-9); // steepest 5-beat slope: 770..800
        cls[12] = 'V'; // a couplet is not an isolated PVC
        assertEquals(0, HeartRateTurbulence.compute(t, cls).pvcCount());
    }
}
