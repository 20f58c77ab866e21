package org.cardiosleep.pheno.beats;

import java.util.List;
import java.util.Map;

import org.cardiosleep.learn.beats.BoostedTreesClassifier;

/** Fits the boosted trees of the beat classifier on labelled records (class-weighted, fixed seed). */
public final class BeatTrainer {
    private BeatTrainer() {
    }

    /** Trains on every beat with an AAMI class in {@code records}. */
    public static BoostedTreesClassifier fit(List<RecordFeatures> records, BeatTrainingConfig config) {
        int d = -1, rows = 0;
        int keep = config.normalKeepEvery();
        long[] classCounts = new long[AamiClass.COUNT];
        for (RecordFeatures r : records) {
            d = r.features().featureCount();
            byte[] labels = r.labels();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] >= 0) {
                    classCounts[labels[i]]++;
                    if (kept(labels[i], i, keep)) {
                        rows++;
                    }
                }
            }
        }
        if (rows == 0) {
            throw new IllegalArgumentException("no labelled beats to train on");
        }
        float[] x = new float[rows * d];
        int[] y = new int[rows];
        int row = 0;
        for (RecordFeatures r : records) {
            float[] v = r.features().values();
            byte[] labels = r.labels();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] >= 0 && kept(labels[i], i, keep)) {
                    System.arraycopy(v, i * d, x, row * d, d);
                    y[row++] = labels[i];
                }
            }
        }
        long total = 0;
        for (long c : classCounts) {
            total += c;
        }
        float[] classWeight = classWeights(classCounts, total, config);
        classWeight[AamiClass.N] *= keep;
        float[] w = new float[rows];
        for (int i = 0; i < rows; i++) {
            w[i] = classWeight[y[i]];
        }
        return BoostedTreesClassifier.train(x, rows, d, y, w, AamiClass.COUNT, config.trees());
    }

    /** Trains and wraps the trees with the decision scales and the header {@code info}. */
    public static BeatModel train(List<RecordFeatures> records, BeatTrainingConfig config, float[] classScale,
                                  Map<String, String> info) {
        return new BeatModel(fit(records, config), classScale, info);
    }

    /** N beats are thinned to every {@code keep}-th beat of the record; other classes are all kept. */
    private static boolean kept(byte label, int index, int keep) {
        return label != AamiClass.N || index % keep == 0;
    }

    static float[] classWeights(long[] counts, long total, BeatTrainingConfig config) {
        float[] w = new float[counts.length];
        for (int k = 0; k < counts.length; k++) {
            double raw = counts[k] == 0 ? 1 : (double) total / (counts.length * counts[k]);
            w[k] = (float) Math.min(config.maxClassWeight(), Math.pow(raw, config.classWeightPower()));
        }
        return w;
    }
}
