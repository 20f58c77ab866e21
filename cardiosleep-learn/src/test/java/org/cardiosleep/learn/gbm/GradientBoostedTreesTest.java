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

    /**
     * The block path (padded trees, four rows at a time) gives exactly the row-by-row numbers, with
     * missing and infinite values, values equal to thresholds, row counts that are not multiples of
     * four, two and several classes.
     */
    @Test
    void blockPredictionEqualsRowByRow() {
        SplittableRandom r = new SplittableRandom(3);
        for (int classes : new int[] {2, 4}) {
            int n = 1203;
            double[][] x = new double[n][4];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = r.nextInt(classes);
                x[i][0] = y[i] + r.nextGaussian() * 0.8;
                x[i][1] = Math.round(r.nextGaussian() * 3) / 2.0; // ties with thresholds
                x[i][2] = i % 7 == 0 ? Double.NaN : r.nextGaussian() + (y[i] == 1 ? 1 : 0);
                x[i][3] = r.nextGaussian();
            }
            GradientBoostedTrees m = GradientBoostedTrees.fit(x, y, classes, GbmParams.defaults(5).withRounds(40));
            double[][] test = new double[n + 6][];
            System.arraycopy(x, 0, test, 0, n);
            test[n] = new double[] {Double.POSITIVE_INFINITY, 0, 0, 0};
            test[n + 1] = new double[] {Double.NEGATIVE_INFINITY, -0.0, Double.NaN, 0};
            test[n + 2] = new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
            test[n + 3] = new double[] {0.0, 0.0, 0.0, 0.0};
            test[n + 4] = new double[] {-0.0, -0.0, -0.0, -0.0};
            test[n + 5] = new double[] {1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE};
            double[][] block = m.predictProba(test);
            for (int i = 0; i < test.length; i++) {
                double[] one = new double[classes];
                m.predictProba(test[i], one);
                assertArrayEquals(one, block[i], 0.0, "row " + i);
            }
        }
    }
}
