package org.cardiosleep.pheno.rhythm;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.learn.gbm.GradientBoostedTrees;
import org.cardiosleep.signal.rhythm.AfDetector;
import org.cardiosleep.signal.rhythm.AfFeatures;

/**
 * Learned per-beat AF detector: gradient-boosted trees over the RR-irregularity features of
 * {@link AfFeatures}, then a centred median filter of the probabilities over
 * {@link #MEDIAN_BEATS} beats, the threshold {@link #THRESHOLD} and the run-length filter of
 * {@link AfDetector}. The training rows are every {@link #TRAIN_STRIDE}-th beat of the training
 * records (neighbouring beats share most of their windows, so denser rows add little but time);
 * classes are balanced by weight so the probability threshold 0.5 is the natural one.
 * Hyper-parameters: 200 rounds, rate 0.05, depth 3, smallest leaf hessian 20, row/column
 * sampling 0.8/0.7, balanced classes (depth and leaf size chosen between two settings by the
 * leave-one-record-out figure of {@code bench af}; no wider search).
 */
public final class AfModel {
    /** Beats per median-filter window of the probabilities. */
    public static final int MEDIAN_BEATS = 25;
    /** Probability threshold (classes balanced in training). */
    public static final double THRESHOLD = 0.5;
    /** Shortest AF run or non-AF gap kept (beats). */
    public static final int MIN_RUN_BEATS = AfDetector.MIN_RUN_BEATS;
    /** Every how many beats of a training record a row is taken. */
    public static final int TRAIN_STRIDE = 6;
    private static final long SEED = 20261126L;

    private final GradientBoostedTrees trees;

    private AfModel(GradientBoostedTrees trees) {
        this.trees = trees;
    }

    /** The hyper-parameters used (fixed a priori). */
    public static GbmParams params() {
        // shallower trees and large leaves: only 8 of the 48 MIT-BIH records hold AF, so small
        // leaves learn record identity rather than rhythm
        return new GbmParams(200, 0.05, 3, 20.0, 1.0, 0.8, 0.7, 63, true, SEED);
    }

    /**
     * Trains on feature rows of several records with per-beat truth (1 = AF, 0 = not AF, any
     * other value = not used).
     */
    public static AfModel fit(List<double[][]> features, List<byte[]> truth) {
        int rows = 0;
        for (int r = 0; r < features.size(); r++) {
            byte[] t = truth.get(r);
            for (int i = 0; i < t.length; i += TRAIN_STRIDE) {
                rows += t[i] == 0 || t[i] == 1 ? 1 : 0;
            }
        }
        double[][] x = new double[rows][];
        int[] y = new int[rows];
        int k = 0;
        for (int r = 0; r < features.size(); r++) {
            byte[] t = truth.get(r);
            double[][] f = features.get(r);
            for (int i = 0; i < t.length; i += TRAIN_STRIDE) {
                if (t[i] == 0 || t[i] == 1) {
                    x[k] = f[i];
                    y[k++] = t[i];
                }
            }
        }
        boolean bothClasses = false;
        for (int i = 1; i < rows; i++) {
            bothClasses |= y[i] != y[0];
        }
        if (!bothClasses) {
            throw new IllegalArgumentException("AF model training needs AF and non-AF beats");
        }
        return new AfModel(GradientBoostedTrees.fit(x, y, 2, params()));
    }

    /** Per-beat AF probability. */
    public double[] probability(double[][] features) {
        double[] p = new double[features.length];
        double[] out = new double[2];
        for (int i = 0; i < p.length; i++) {
            trees.predictProba(features[i], out);
            p[i] = out[1];
        }
        return p;
    }

    /** Per-beat decisions with the given post-processing (median filter, threshold, run-length filter). */
    public boolean[] detect(double[] beatTimeSec, byte[] classes, int medianBeats, double threshold, int minRunBeats) {
        return AfDetector.decideProbability(probability(AfFeatures.compute(beatTimeSec, classes)), medianBeats, threshold,
                minRunBeats);
    }

    /** Per-beat decisions with the default post-processing. */
    public boolean[] detect(double[] beatTimeSec, byte[] classes) {
        return AfDetector.decideProbability(probability(AfFeatures.compute(beatTimeSec, classes)), MEDIAN_BEATS, THRESHOLD, MIN_RUN_BEATS);
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(AfFeatures.count());
        trees.write(out);
    }

    public static AfModel read(DataInput in) throws IOException {
        int f = in.readInt();
        if (f != AfFeatures.count()) {
            throw new IOException("AF model expects " + f + " features, this build computes " + AfFeatures.count());
        }
        return new AfModel(GradientBoostedTrees.read(in));
    }
}
