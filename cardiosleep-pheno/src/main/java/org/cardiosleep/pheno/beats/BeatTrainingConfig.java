package org.cardiosleep.pheno.beats;

import org.cardiosleep.learn.beats.BoostedTreesParams;

/**
 * How the beat classifier is trained.
 *
 * @param trees            boosted-tree hyper-parameters
 * @param classWeightPower each beat is weighted {@code (total / (5 · count of its class))^power}
 *                         (0 = no reweighting, 1 = fully balanced classes), against the class
 *                         imbalance of MIT-BIH (about 90 % N)
 * @param maxClassWeight   cap on a class weight, so the handful of Q beats cannot dominate
 * @param normalKeepEvery  keep every k-th N beat of each record (weighted k) to train faster; 1 keeps all
 */
public record BeatTrainingConfig(BoostedTreesParams trees, double classWeightPower, double maxClassWeight,
                                 int normalKeepEvery) {

    public BeatTrainingConfig {
        if (normalKeepEvery < 1) {
            throw new IllegalArgumentException("normalKeepEvery must be at least 1: " + normalKeepEvery);
        }
    }

    /**
     * The defaults, chosen by 11-fold patient-wise cross-validation on DS1 only (criterion: SVEB F1 +
     * VEB F1 of the pooled out-of-fold decisions): class-weight power 1.0 vs 0.5 gave 1.414 vs 1.409.
     * Tree shapes (rounds × depth, learning rate → criterion): 300 × 3, 0.1 → 1.420; 100 × 3, 0.2 →
     * 1.410; 60 × 3, 0.3 → 1.383; 50 × 4, 0.3 → 1.392; 40 × 5, 0.3 → 1.420; 30 × 5, 0.3 → 1.419;
     * 25 × 6, 0.3 → 1.420; 20 × 6, 0.4 → 1.397. The classifier runs on every beat of every night, so
     * the cheapest shape within 0.002 of the best is used: 30 rounds of depth-5 trees (150 trees, a
     * sixth of the node visits per beat of 300 × 3).
     */
    public static BeatTrainingConfig defaults() {
        return new BeatTrainingConfig(new BoostedTreesParams(30, 5, 0.3, 0.8, 0.8, 1.0, 1, 20040701L), 1.0, 50, 3);
    }
}
