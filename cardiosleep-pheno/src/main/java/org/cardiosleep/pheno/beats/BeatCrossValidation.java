package org.cardiosleep.pheno.beats;

import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.learn.beats.BoostedTreesClassifier;

/**
 * Patient-wise cross-validation on training records: every record is held out with its fold (record
 * {@code i} goes to fold {@code i mod folds}), so no patient is ever on both sides. Gives out-of-fold
 * class probabilities for every beat, from which the decision scales are chosen.
 */
public final class BeatCrossValidation {
    private BeatCrossValidation() {
    }

    /** Out-of-fold probabilities of each record's beats, {@code beats × 5}, in record order. */
    public static List<float[]> outOfFold(List<RecordFeatures> records, int folds, BeatTrainingConfig config) {
        return outOfFold(records, folds, config, fold -> { });
    }

    /** As {@link #outOfFold(List, int, BeatTrainingConfig)}, calling {@code progress} after each fold. */
    public static List<float[]> outOfFold(List<RecordFeatures> records, int folds, BeatTrainingConfig config,
                                          java.util.function.IntConsumer progress) {
        if (folds < 2 || folds > records.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of records ("
                    + records.size() + "): " + folds);
        }
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            out.add(null);
        }
        for (int f = 0; f < folds; f++) {
            List<RecordFeatures> train = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                if (i % folds != f) {
                    train.add(records.get(i));
                }
            }
            try (BoostedTreesClassifier trees = BeatTrainer.fit(train, config)) {
                for (int i = f; i < records.size(); i += folds) {
                    RecordFeatures r = records.get(i);
                    out.set(i, trees.predictProbabilities(r.features().values(), r.features().beatCount(),
                            r.features().featureCount()));
                }
            }
            progress.accept(f);
        }
        return out;
    }

    /** Pooled confusion matrix of the decisions {@code argmax p·scale} over all records. */
    public static AamiConfusion confusion(List<RecordFeatures> records, List<float[]> probabilities, float[] scale) {
        AamiConfusion c = new AamiConfusion();
        for (int i = 0; i < records.size(); i++) {
            c.add(records.get(i).labels(), BeatModel.decide(probabilities.get(i), scale));
        }
        return c;
    }

    /**
     * Chooses the S and V decision scales (N, F, Q stay 1) on a log grid from 1/64 to 8 that maximise
     * SVEB F1 + VEB F1 of the pooled out-of-fold decisions.
     */
    public static float[] chooseScales(List<RecordFeatures> records, List<float[]> probabilities) {
        float[] best = {1, 1, 1, 1, 1};
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int si = -24; si <= 12; si++) {
            for (int vi = -24; vi <= 12; vi++) {
                float[] s = {1, (float) Math.pow(2, si / 4.0), (float) Math.pow(2, vi / 4.0), 1, 1};
                AamiConfusion c = confusion(records, probabilities, s);
                double score = nanToZero(c.f1(AamiClass.S)) + nanToZero(c.f1(AamiClass.V));
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    best = s;
                }
            }
        }
        return best;
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
