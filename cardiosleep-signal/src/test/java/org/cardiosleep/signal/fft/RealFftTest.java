package org.cardiosleep.signal.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RealFftTest {

    /** The packed spectrum equals the DFT summed term by term (simulated random sequences). */
    @Test
    void matchesTheDefinition() {
        SplittableRandom r = new SplittableRandom(5);
        for (int n = 2; n <= 2048; n *= 2) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextDouble(-1, 1) + 0.3;
            }
            double[] a = x.clone();
            new RealFft(n).forward(a);
            double tol = 1e-12 * n;
            for (int k = 0; k <= n / 2; k++) {
                double re = 0, im = 0;
                for (int j = 0; j < n; j++) {
                    double angle = 2 * Math.PI * ((long) j * k % n) / n;
                    re += x[j] * Math.cos(angle);
                    im -= x[j] * Math.sin(angle);
                }
                if (k == 0) {
                    assertEquals(re, a[0], tol, "n=" + n + " k=0");
                } else if (k == n / 2) {
                    assertEquals(re, a[1], tol, "n=" + n + " k=n/2");
                } else {
                    assertEquals(re, a[2 * k], tol, "n=" + n + " Re k=" + k);
                    assertEquals(im, a[2 * k + 1], tol, "n=" + n + " Im k=" + k);
                }
            }
        }
    }

    /** A cosine at bin 5 of 64 puts n/2 in Re X[5] and nothing elsewhere. */
    @Test
    void pureToneInItsBin() {
        int n = 64;
        double[] a = new double[n];
        for (int j = 0; j < n; j++) {
            a[j] = Math.cos(2 * Math.PI * 5 * j / n);
        }
        new RealFft(n).forward(a);
        for (int k = 1; k < n / 2; k++) {
            assertEquals(k == 5 ? n / 2.0 : 0, a[2 * k], 1e-12, "Re " + k);
            assertEquals(0, a[2 * k + 1], 1e-12, "Im " + k);
        }
        assertEquals(0, a[0], 1e-12);
        assertEquals(0, a[1], 1e-12);
    }

    @Test
    void lengthMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new RealFft(96));
        assertThrows(IllegalArgumentException.class, () -> new RealFft(1));
        assertThrows(IllegalArgumentException.class, () -> new RealFft(8).forward(new double[4]));
    }
}
