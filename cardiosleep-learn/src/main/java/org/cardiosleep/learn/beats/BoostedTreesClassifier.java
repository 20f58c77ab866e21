package org.cardiosleep.learn.beats;

import java.util.HashMap;
import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A multi-class gradient-boosted tree classifier: trained by XGBoost4J (softmax objective, histogram
 * tree method), evaluated by the plain-Java {@link TreeEnsemble}. Features are row-major
 * {@code float[]} with {@code NaN} for missing values.
 *
 * <p>Why XGBoost for training: a maintained library (Apache-2.0) whose CPU trainer fits ~50 000 beats
 * × 60 features in seconds, handles missing values and per-row weights natively, and documents its
 * JSON model format. Why not for prediction: loading its native library costs about 0.15 s per process
 * and its per-call overhead dominates on one night's beats, while the trees themselves are a few
 * comparisons each; {@link TreeEnsemble} gives the same probabilities (tested) with no native code.
 */
public final class BoostedTreesClassifier implements AutoCloseable {
    private final TreeEnsemble trees;
    private final int classes;

    private BoostedTreesClassifier(TreeEnsemble trees, int classes) {
        this.trees = trees;
        this.classes = classes;
    }

    /**
     * Trains a classifier.
     *
     * @param x       features, row-major, {@code rows * cols}
     * @param labels  class of each row, {@code 0..classes-1}
     * @param weights weight of each row, or null for equal weights
     */
    public static BoostedTreesClassifier train(float[] x, int rows, int cols, int[] labels, float[] weights,
                                               int classes, BoostedTreesParams p) {
        if (x.length != (long) rows * cols || labels.length != rows || (weights != null && weights.length != rows)) {
            throw new IllegalArgumentException("training data sizes disagree: " + x.length + " values, " + rows
                    + " rows x " + cols + " cols, " + labels.length + " labels");
        }
        if (classes < 2) {
            throw new IllegalArgumentException("need at least 2 classes: " + classes);
        }
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label out of range at row " + i + ": " + labels[i]);
            }
            y[i] = labels[i];
        }
        DMatrix m = null;
        try {
            m = new DMatrix(x, rows, cols, Float.NaN);
            m.setLabel(y);
            if (weights != null) {
                m.setWeight(weights);
            }
            Map<String, Object> params = new HashMap<>();
            params.put("objective", "multi:softprob");
            params.put("num_class", classes);
            params.put("tree_method", "hist");
            params.put("max_depth", p.maxDepth());
            params.put("eta", p.learningRate());
            params.put("subsample", p.subsample());
            params.put("colsample_bytree", p.colsample());
            params.put("min_child_weight", p.minChildWeight());
            params.put("nthread", p.threads());
            params.put("seed", p.seed());
            params.put("verbosity", 0);
            Booster b = XGBoost.train(m, params, p.rounds(), new HashMap<>(), null, null);
            try {
                return new BoostedTreesClassifier(TreeEnsemble.fromXgboostJson(b.toByteArray("json")), classes);
            } finally {
                b.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        } finally {
            if (m != null) {
                m.dispose();
            }
        }
    }

    /** Reads a model written by {@link #toBytes()}. */
    public static BoostedTreesClassifier load(byte[] model, int classes) {
        TreeEnsemble t = TreeEnsemble.read(model);
        if (t.classes() != classes) {
            throw new IllegalArgumentException("model has " + t.classes() + " classes, expected " + classes);
        }
        return new BoostedTreesClassifier(t, classes);
    }

    /**
     * Converts a model saved by XGBoost itself (UBJSON or JSON, multi-class softmax); this loads
     * XGBoost's native library.
     */
    public static BoostedTreesClassifier fromXgboost(byte[] xgboostModel, int classes) {
        try {
            Booster b = XGBoost.loadModel(xgboostModel);
            try {
                return load(TreeEnsemble.fromXgboostJson(b.toByteArray("json")).toBytes(), classes);
            } finally {
                b.dispose();
            }
        } catch (XGBoostError | java.io.IOException e) {
            throw new IllegalArgumentException("not a readable XGBoost model: " + e.getMessage(), e);
        }
    }

    /** Number of classes. */
    public int classes() {
        return classes;
    }

    /** Number of trees. */
    public int trees() {
        return trees.trees();
    }

    /** The model in {@link TreeEnsemble}'s binary format. */
    public byte[] toBytes() {
        return trees.toBytes();
    }

    /** Class probabilities, row-major {@code rows * classes}. */
    public float[] predictProbabilities(float[] x, int rows, int cols) {
        return trees.predictProbabilities(x, rows, cols);
    }

    /** Nothing to free: the trees are plain Java arrays (kept for callers that close classifiers). */
    @Override
    public void close() {
    }
}
