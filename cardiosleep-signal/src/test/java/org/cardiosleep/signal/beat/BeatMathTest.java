package org.cardiosleep.signal.beat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BeatMathTest {

    /** Selection gives the same order statistics and medians as sorting, duplicates and ties included. */
    @Test
    void selectionAgreesWithSorting() {
        Random r = new Random(4);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + r.nextInt(80);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = trial % 3 == 0 ? r.nextInt(4) : r.nextGaussian();
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            int k = r.nextInt(n);
            assertEquals(sorted[k], BeatMath.select(a.clone(), n, k));
            double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            assertEquals(median, BeatMath.median(a.clone(), n));
        }
    }

    /** The one-pass correlation equals the two-pass definition, and is 0 on a flat segment. */
    @Test
    void pearsonMatchesDefinition() {
        Random r = new Random(9);
        double[] x = new double[200], t = new double[200];
        for (int i = 0; i < 200; i++) {
            x[i] = 3 + r.nextGaussian();
            t[i] = 0.5 * x[i] + r.nextGaussian();
        }
        double mx = 0, mt = 0;
        for (int i = 10; i < 57; i++) {
            mx += x[i] / 47;
            mt += t[i + 5] / 47;
        }
        double sxy = 0, sxx = 0, stt = 0;
        for (int i = 10; i < 57; i++) {
            sxy += (x[i] - mx) * (t[i + 5] - mt);
            sxx += (x[i] - mx) * (x[i] - mx);
            stt += (t[i + 5] - mt) * (t[i + 5] - mt);
        }
        assertEquals(sxy / Math.sqrt(sxx * stt), BeatMath.pearson(x, 10, t, 15, 47), 1e-12);
        double[] flat = new double[100];
        Arrays.fill(flat, 0.3);
        assertEquals(0, BeatMath.pearson(flat, 10, t, 15, 47));
        assertEquals(0, BeatMath.pearson(x, 10, flat, 15, 47));
    }
}
