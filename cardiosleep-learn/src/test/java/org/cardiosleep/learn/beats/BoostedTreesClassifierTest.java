package org.cardiosleep.learn.beats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class BoostedTreesClassifierTest {
    private static final BoostedTreesParams SMALL = new BoostedTreesParams(30, 3, 0.3, 1.0, 1.0, 1.0, 1, 7);

    /** Three classes decided by two of four simulated features, one column with missing values. */
    private static float[] data(int rows, int[] labels, long seed) {
        Random r = new Random(seed);
        float[] x = new float[rows * 4];
        for (int i = 0; i < rows; i++) {
            float a = (float) r.nextGaussian(), b = (float) r.nextGaussian();
            x[i * 4] = a;
            x[i * 4 + 1] = b;
            x[i * 4 + 2] = (float) r.nextGaussian();
            x[i * 4 + 3] = i % 5 == 0 ? Float.NaN : (float) r.nextGaussian();
            labels[i] = a > 0.5 ? 1 : (b > 0.8 ? 2 : 0);
        }
        return x;
    }

    @Test
    void learnsSimulatedClassesAndRoundTrips() {
        int n = 3000;
        int[] y = new int[n];
        float[] x = data(n, y, 1);
        int[] yt = new int[1000];
        float[] xt = data(1000, yt, 2);
        try (BoostedTreesClassifier c = BoostedTreesClassifier.train(x, n, 4, y, null, 3, SMALL)) {
            float[] p = c.predictProbabilities(xt, 1000, 4);
            assertEquals(3000, p.length);
            int ok = 0;
            for (int i = 0; i < 1000; i++) {
                int best = 0;
                for (int k = 1; k < 3; k++) {
                    if (p[i * 3 + k] > p[i * 3 + best]) {
                        best = k;
                    }
                }
                ok += best == yt[i] ? 1 : 0;
                assertEquals(1.0, p[i * 3] + p[i * 3 + 1] + p[i * 3 + 2], 1e-4);
            }
            assertTrue(ok > 970, "accuracy on held-out simulated rows: " + ok + "/1000");
            try (BoostedTreesClassifier back = BoostedTreesClassifier.load(c.toBytes(), 3)) {
                assertArrayEquals(p, back.predictProbabilities(xt, 1000, 4));
            }
        }
    }

    @Test
    void weightsShiftTheDecision() {
        int n = 2000;
        int[] y = new int[n];
        Random r = new Random(3);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextDouble() < 0.1 ? 1 : 0; // label independent of the feature
            x[i] = (float) r.nextGaussian();
        }
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = y[i] == 1 ? 9f : 1f;
        }
        try (BoostedTreesClassifier plain = BoostedTreesClassifier.train(x, n, 1, y, null, 2, SMALL.withRounds(10));
             BoostedTreesClassifier weighted = BoostedTreesClassifier.train(x, n, 1, y, w, 2, SMALL.withRounds(10))) {
            float[] q = {0f};
            assertTrue(plain.predictProbabilities(q, 1, 1)[1] < 0.2);
            assertEquals(0.5, weighted.predictProbabilities(q, 1, 1)[1], 0.15);
        }
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> BoostedTreesClassifier.train(new float[6], 3, 2, new int[] {0, 1}, null, 2, SMALL));
        assertThrows(IllegalArgumentException.class,
                () -> BoostedTreesClassifier.train(new float[6], 3, 2, new int[] {0, 1, 2}, null, 2, SMALL));
        assertThrows(IllegalArgumentException.class, () -> BoostedTreesClassifier.load(new byte[] {1, 2, 3}, 2));
        assertThrows(IllegalArgumentException.class, () -> SMALL.withRounds(0));
    }
}
