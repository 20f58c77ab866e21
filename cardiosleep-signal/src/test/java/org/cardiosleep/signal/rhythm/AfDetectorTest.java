package org.cardiosleep.signal.rhythm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Simulated rhythms with known answers. */
class AfDetectorTest {

    /** Beat times from RR intervals (ms). */
    static double[] times(double[] rrMs) {
        double[] t = new double[rrMs.length + 1];
        for (int i = 0; i < rrMs.length; i++) {
            t[i + 1] = t[i] + rrMs[i] / 1000;
        }
        return t;
    }

    @Test
    void sinusArrhythmiaIsNotAfButIrregularRrIs() {
        Random rnd = new Random(1);
        int n = 1500;
        double[] rr = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i * 0.85;
            boolean af = i >= 500 && i < 1000;
            rr[i] = af ? 450 + 500 * rnd.nextDouble() // AF: RR uniformly irregular 450–950 ms
                    : 850 + 60 * Math.sin(2 * Math.PI * 0.25 * t) + 5 * rnd.nextGaussian(); // respiratory sinus arrhythmia
        }
        double[] t = times(rr);
        boolean[] af = AfDetector.withDefaults(false).detect(t, null);
        int fp = 0, fn = 0;
        for (int i = 1; i < t.length; i++) {
            boolean truth = i - 1 >= 500 && i - 1 < 1000;
            if (af[i] && !truth) {
                fp++;
            } else if (!af[i] && truth) {
                fn++;
            }
        }
        // errors only where the 127-beat window straddles a rhythm change (at most half a window per edge)
        assertTrue(fp < 2 * 63, "false AF beats " + fp);
        assertTrue(fn < 2 * 63, "missed AF beats " + fn);
        for (int i = 1; i < t.length; i++) {
            int k = i - 1;
            if (k >= 500 + 63 && k < 1000 - 63) {
                assertTrue(af[i], "AF beat " + k + " missed");
            } else if (k < 500 - 63 || k >= 1000 + 63) {
                assertFalse(af[i], "sinus beat " + k + " called AF");
            }
        }
    }

    /** A strip shorter than {@link AfDetector#MIN_INTERVALS} intervals gets no AF call, even when irregular. */
    @Test
    void aShortStripIsNotJudged() {
        Random rnd = new Random(2);
        double[] shortRr = new double[AfDetector.MIN_INTERVALS - 1], longRr = new double[3 * AfDetector.MIN_INTERVALS];
        for (int i = 0; i < longRr.length; i++) {
            double v = 450 + 500 * rnd.nextDouble();
            longRr[i] = v;
            if (i < shortRr.length) {
                shortRr[i] = v;
            }
        }
        boolean[] few = AfDetector.withDefaults(false).detect(times(shortRr), null);
        for (boolean b : few) {
            assertFalse(b, "AF called on " + shortRr.length + " intervals");
        }
        // the same irregular rhythm, long enough, is AF
        boolean[] more = AfDetector.withDefaults(false).detect(times(longRr), null);
        assertTrue(more[longRr.length / 2], "AF missed on " + longRr.length + " intervals");
    }

    @Test
    void ventricularBigeminyWithClassesIsNotAf() {
        int n = 600;
        double[] rr = new double[n];
        byte[] cls = new byte[n + 1];
        java.util.Arrays.fill(cls, BeatLabels.N);
        for (int i = 0; i < n; i++) {
            boolean pvc = i % 2 == 1;
            rr[i] = pvc ? 500 : 1100;
            if (pvc) {
                cls[i + 1] = BeatLabels.V;
            }
        }
        boolean[] af = AfDetector.withDefaults(true).detect(times(rr), cls);
        for (boolean b : af) {
            assertFalse(b);
        }
        // and without classes the strict alternation repeats two words: still not AF
        boolean[] afRr = AfDetector.withDefaults(false).detect(times(rr), null);
        int count = 0;
        for (boolean b : afRr) {
            count += b ? 1 : 0;
        }
        assertEquals(0, count);
    }

    @Test
    void slidingEntropyMatchesDirectCount() {
        Random rnd = new Random(2);
        int[] w = new int[300];
        for (int i = 0; i < w.length; i++) {
            w[i] = rnd.nextInt(40);
        }
        double[] h = AfDetector.slidingEntropy(w, 127);
        int i = 150;
        int a = i - 63;
        int[] c = new int[40];
        for (int k = a; k < a + 127; k++) {
            c[w[k]]++;
        }
        double e = 0;
        for (int v : c) {
            if (v > 0) {
                double p = v / 127.0;
                e -= p * Math.log(p);
            }
        }
        assertEquals(e / Math.log(127), h[i], 1e-9);
    }

    @Test
    void shortRunsAreMerged() {
        boolean[] d = new boolean[100];
        for (int i = 40; i < 50; i++) {
            d[i] = true; // 10-beat AF blip: removed
        }
        AfDetector.smoothRuns(d, 20);
        for (boolean b : d) {
            assertFalse(b);
        }
    }
}
