package org.cardiosleep.learn.gbm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Simulated data with known structure: interactions, three classes, missing values. */
class GradientBoostedTreesTest {

    @Test
    void learnsXorWithMissingValues() throws Exception {
        SplittableRandom r = new SplittableRandom(1);
        int n = 3000;
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextDouble(-1, 1);
            x[i][1] = r.nextDouble(-1, 1);
            x[i][2] = r.nextDouble(); // noise
            y[i] = (x[i][0] > 0) ^ (x[i][1] > 0) ? 1 : 0;
            if (i % 10 == 0) {
                x[i][2] = Double.NaN;
            }
        }
        GradientBoostedTrees m = GradientBoostedTrees.fit(x, y, 2, GbmParams.defaults(7).withRounds(100));
        double[][] p = m.predictProba(x);
        int ok = 0;
        for (int i = 0; i < n; i++) {
            ok += (p[i][1] > 0.5 ? 1 : 0) == y[i] ? 1 : 0;
            assertEquals(1.0, p[i][0] + p[i][1], 1e-12);
        }
        assertTrue(ok > 0.95 * n, "XOR accuracy " + ok);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(new DataOutputStream(bytes));
        GradientBoostedTrees back = GradientBoostedTrees.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(p[i], back.predictProba(new double[][] {x[i]})[0], 1e-12);
        }
    }

    @Test
    void threeClassesAndDeterminism() {
        SplittableRandom r = new SplittableRandom(2);
        int n = 2000;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(3);
            x[i][0] = y[i] + r.nextGaussian() * 0.3;
            x[i][1] = r.nextGaussian();
        }
        GbmParams p = GbmParams.defaults(3).withRounds(60);
        GradientBoostedTrees a = GradientBoostedTrees.fit(x, y, 3, p);
        GradientBoostedTrees b = GradientBoostedTrees.fit(x, y, 3, p);
        double[][] pa = a.predictProba(x);
        int ok = 0;
        for (int i = 0; i < n; i++) {
            assertArrayEquals(pa[i], b.predictProba(new double[][] {x[i]})[0], 0.0);
            int best = pa[i][0] > pa[i][1] ? (pa[i][0] > pa[i][2] ? 0 : 2) : (pa[i][1] > pa[i][2] ? 1 : 2);
            ok += best == y[i] ? 1 : 0;
        }
        // Bayes accuracy for unit-spaced classes with sd 0.3 is about 0.91.
        assertTrue(ok > 0.85 * n, "3-class accuracy " + ok);
    }
}
