package org.cardiosleep.learn.beats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {

    /** Simulated rows: five classes from interacting features, a tenth of one column missing. */
    private static float[] data(int rows, int cols, float[] labels, long seed) {
        Random r = new Random(seed);
        float[] x = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                x[i * cols + j] = (float) r.nextGaussian();
            }
            if (r.nextDouble() < 0.1) {
                x[i * cols + 2] = Float.NaN;
            }
            float a = x[i * cols], b = x[i * cols + 1];
            labels[i] = a > 1 ? 1 : b > 1 ? 2 : a * b > 0.5 ? 3 : r.nextDouble() < 0.05 ? 4 : 0;
        }
        return x;
    }

    /**
     * The Java evaluation equals XGBoost's own prediction of the same model, missing values included,
     * at every depth of the unrolled walk (trees shallower than the deepest are padded).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 4, 5, 6, 8})
    void matchesXgboostPredictions(int depth) throws Exception {
        int n = 4000, cols = 6, k = 5;
        float[] y = new float[n];
        float[] x = data(n, cols, y, 11);
        float[] yt = new float[1500];
        float[] xt = data(1500, cols, yt, 12);
        for (int i = 0; i < 50; i++) {
            Arrays.fill(xt, i * cols, (i + 1) * cols, Float.NaN); // rows with every value missing
        }
        DMatrix train = new DMatrix(x, n, cols, Float.NaN);
        DMatrix test = new DMatrix(xt, 1500, cols, Float.NaN);
        try {
            train.setLabel(y);
            float[] w = new float[n];
            for (int i = 0; i < n; i++) {
                w[i] = y[i] == 4 ? 5f : 1f;
            }
            train.setWeight(w);
            Map<String, Object> p = new HashMap<>();
            p.put("objective", "multi:softprob");
            p.put("num_class", k);
            p.put("tree_method", "hist");
            p.put("max_depth", depth);
            p.put("eta", 0.3);
            p.put("subsample", 0.8);
            p.put("nthread", 1);
            p.put("seed", 3);
            p.put("verbosity", 0);
            Booster b = XGBoost.train(train, p, 40, new HashMap<>(), null, null);
            float[][] expected = b.predict(test);
            TreeEnsemble t = TreeEnsemble.fromXgboostJson(b.toByteArray("json"));
            b.dispose();
            assertEquals(40 * k, t.trees());
            float[] got = t.predictProbabilities(xt, 1500, cols);
            double worst = 0;
            for (int i = 0; i < 1500; i++) {
                for (int c = 0; c < k; c++) {
                    worst = Math.max(worst, Math.abs(got[i * k + c] - expected[i][c]));
                }
            }
            assertEquals(0, worst, 1e-6, "largest probability difference to XGBoost");
            TreeEnsemble back = TreeEnsemble.read(t.toBytes());
            assertArrayEquals(got, back.predictProbabilities(xt, 1500, cols));
        } finally {
            train.dispose();
            test.dispose();
        }
    }

    @Test
    void rejectsCorruptFiles() throws Exception {
        int n = 500, cols = 6;
        float[] y = new float[n];
        float[] x = data(n, cols, y, 5);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (int) y[i];
        }
        byte[] good = BoostedTreesClassifier.train(x, n, cols, labels, null, 5,
                new BoostedTreesParams(5, 3, 0.3, 1, 1, 1, 1, 1)).toBytes();
        assertThrows(IllegalArgumentException.class, () -> TreeEnsemble.read(Arrays.copyOf(good, good.length - 4)));
        byte[] magic = good.clone();
        magic[0] = 'X';
        assertThrows(IllegalArgumentException.class, () -> TreeEnsemble.read(magic));
        // a child pointing back to the root would loop forever: refused when read
        byte[] loop = good.clone();
        int classes = 5, trees = 25;
        int nodesAt = 8 + 8 + 4 * classes;
        int nodes = java.nio.ByteBuffer.wrap(good, nodesAt + 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        int leftAt = nodesAt + 8 + 8 * trees + 8 * nodes;
        java.nio.ByteBuffer.wrap(loop, leftAt, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0);
        assertThrows(IllegalArgumentException.class, () -> TreeEnsemble.read(loop));
        assertThrows(IllegalArgumentException.class, () -> TreeEnsemble.fromXgboostJson("{".getBytes()));
    }
}
