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
     * VEB F1 of the pooled out-of-fold decisions, each with its own CV-chosen decision scales). The
     * ensemble is capped at rounds × depth ≤ 400 so that classifying every beat of a night stays cheap.
     * With the current features: depth 5 × 80 rounds gave 0.698 + 0.885, 6 × 66 0.747 + 0.888,
     * 7 × 57 0.741 + 0.874, 8 × 50 0.737 + 0.862; at 6 × 66, learning rate 0.15 gave 0.692 + 0.880
     * and keeping every 2nd N beat 0.748 + 0.881. (Before a small fix of the P-wave shift grid, depth
     * 3 × 130 gave 0.623 + 0.888, 4 × 100 0.655 + 0.892, and at 5 × 80 class-weight power 0.7 gave
     * 0.686 + 0.867, learning rate 0.15 0.667 + 0.884.)
     */
    public static BeatTrainingConfig defaults() {
        return new BeatTrainingConfig(new BoostedTreesParams(66, 6, 0.1, 0.8, 0.8, 1.0, 1, 20040701L), 1.0, 50, 3);
    }
}
