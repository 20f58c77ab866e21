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
     * VEB F1 of the pooled out-of-fold decisions, each with its own CV-chosen decision scales), under
     * a cost cap: the classifier runs on every beat of every night inside {@code analyze}'s 1-s budget,
     * so the trees may cost at most 1000 node visits per beat (rounds × 5 classes × depth).
     * With the current features (P-wave evidence, upper-quantile RR): rounds × depth, learning rate →
     * SVEB F1 + VEB F1 (visits per beat): 66 × 6, 0.1 → 0.736 + 0.891 (1980); 50 × 6, 0.13 →
     * 0.735 + 0.875 (1500); 40 × 6, 0.16 → 0.727 + 0.875 (1200); 30 × 6, 0.2 → 0.720 + 0.869 (900);
     * 80 × 5, 0.1 → 0.689 + 0.881 (2000); 60 × 5, 0.2 → 0.653 + 0.880 (1500); 40 × 5, 0.2 →
     * 0.674 + 0.878 (1000); 40 × 5, 0.3 → 0.666 + 0.864 (1000); 30 × 5, 0.3 → 0.671 + 0.866 (750).
     * The best within the cap is 30 × 6 at learning rate 0.2. Earlier explorations (slightly different
     * feature code): 57 × 7 0.741 + 0.874, 50 × 8 0.737 + 0.862; at 66 × 6, learning rate 0.15 gave
     * 0.692 + 0.880 and keeping every 2nd N beat 0.748 + 0.881; at 80 × 5 class-weight power 0.7 was
     * no better than 1.0. Depth matters for SVEB: prematurity only means ectopy together with the
     * P-wave evidence and the rhythm's irregularity (atrial fibrillation).
     *
     * <p>Feature changes measured on the same DS1 CV at 30 × 6, 0.2 (SVEB F1 + VEB F1): dominant beat
     * from the slow quarter of the beats and the shape columns in step with their names 0.759 + 0.881
     * (was 0.720 + 0.869); slow quarter 0.5 / 0.9 instead of 0.75: 0.725 + 0.868 / 0.637 + 0.869;
     * long-term RR window from every interval instead of every 4th 0.770 + 0.883 (the shipped model);
     * with two more columns, pre- and post-RR over a sinus RR estimated from the slow quarter,
     * 0.723 + 0.846 (not kept). The subsampling seed alone moves the sum by about ±0.02 (shipped
     * features, {@code --seed} 1 / 2 / 3: 1.639, 1.607, 1.616; default seed 1.653), so differences
     * smaller than that are noise: pre-RR over the mean of the intervals either side of the beat's
     * own pair (a smooth rate change against a premature beat) gave 1.637, 1.619, 1.605 (default
     * seed 1.614) and was not kept. The features before the slow-quarter dominant beat and the
     * every-interval RR window gave 1.592, 1.552, 1.594 over the same seeds (default 1.589): the
     * change is worth about +0.05, SVEB F1 0.71 → 0.77 averaged over the four seeds. Two ways of
     * taking the slow quarter as the reference of per-record z-scores as well, averaged over the same
     * four seeds (shipped: SVEB 0.772, VEB 0.856, sum 1.629): the seven morphology z-scores centred
     * and scaled on the slow beats instead of all beats, 0.749 + 0.826 = 1.575 (every seed worse);
     * extra columns with pShiftCorr, pAmpRatio, pCorr and preOverLong z-scored on the slow beats,
     * 0.778 + 0.831 = 1.609, and with pShiftCorr and pAmpRatio alone 0.748 + 0.866 = 1.614; two
     * columns with the median pShiftCorr of the slow beats (does the record's sinus beat carry a P
     * wave) and the beat's pShiftCorr minus it, 0.763 + 0.855 = 1.617, with record 209 better but
     * 207's atrial run lost in three seeds of four. None kept.
     *
     * <p>The second lead of MIT-BIH (V1 in most records; V2, V4 or V5 in some) was tried as columns
     * beside the MLII ones. The features were computed on it at the same beats, and the same four
     * seeds were averaged (shipped: 0.772 + 0.856 = 1.629).
     * <ul>
     *   <li>Every feature of the second lead: 0.729 + 0.868 = 1.597.</li>
     *   <li>Its seven P-wave columns only: 0.752 + 0.841 = 1.593.</li>
     * </ul>
     * SVEB got worse in both, so the classifier stays single-lead. DS2 was not run.
     *
     * <p>A long-term RR reference taken from the beats that carry the dominant P wave (median pre-RR
     * over ±128 beats of the beats with {@code pShiftCorr} at or above a limit and a dominant QRS,
     * {@code corrDominantQrs} ≥ 0.9; the plain long median where fewer than 16 such beats) in place
     * of the long median in the eight columns built on it: meant for records where ectopic beats
     * outnumber sinus ones, so that the median RR is the ectopic one. Same four seeds (shipped 1.629):
     * limit 0.9, 0.729 + 0.849 = 1.579 (also over the record and local median, 1.581); 0.8, 1.606;
     * 0.95, 1.583. Not kept; DS2 was not run. Nor was dropping the median- and mean-referenced
     * prematurity columns and keeping the upper-quantile ones: all fifteen, 0.769 + 0.835 = 1.604;
     * the twelve median-based ones only, 1.580; the nine built on the long or record median, 1.591.
     *
     * <p>Three variants aimed at DS2 record 232, whose 1382 S beats are most of its rhythm and which the
     * shipped model calls N (14 found). Its atrial beats are early against the slow, sinus-like
     * intervals ({@code preOverLongUpper} 0.60) and carry another P wave ({@code pShiftCorr} 0.18
     * against 0.95 for its sinus beats). But its long pauses make the RR series as irregular as
     * atrial fibrillation by coefficient of variation (0.56, AF records of DS1 0.2–0.3), and the S
     * beats are the median rhythm. Each variant was judged on DS1 CV over the same four seeds
     * (shipped 0.772 + 0.856 = 1.629). DS2 was then run once (shipped: SVEB F1 0.168, VEB F1 0.961):
     * <ul>
     *   <li>Robust irregularity: CV as IQR/1.349 over the median, and the RMS successive difference
     *       replaced by the median absolute one. DS1 0.769 + 0.855 = 1.623. DS2: SVEB 0.162, VEB 0.962;
     *       232: 11 found (shipped model: 14).</li>
     *   <li>The word entropy of the AF detector as a column (AF evidence that pauses do not fake;
     *       232 reads 0.69, DS1's AF 0.96–1.0). DS1 0.800 + 0.837 = 1.638. DS2: SVEB 0.156,
     *       VEB 0.950; 232: 16 found.</li>
     *   <li>Sixteen median- and mean-referenced RR columns dropped, leaving the upper-quantile
     *       references. DS1 0.774 + 0.839 = 1.613. DS2: SVEB 0.149, VEB 0.960; 232: 6 found.</li>
     * </ul>
     * Also tried: pause augmentation (robustness to missed or blocked beats, which also lengthen
     * intervals in {@code analyze}'s detected beats). Each training record got two extra copies in
     * which N beats not next to a non-N beat were dropped with probability 0.3 and 0.6, so the other
     * beats' intervals spanned pauses; the copies trained only, in their record's fold. DS1 CV fell to
     * 0.482 + 0.840 = 1.322 (SVEB lost most). For information only, trained without CV scales: DS2
     * SVEB F1 0.201, VEB F1 0.936, with 83 of 232's S beats found.
     * None was kept. DS1 holds no record whose ectopic beats outnumber its sinus ones, so no
     * DS1-trained feature set tried here learns to call 232's beats S.
     *
     * <p>Polysomnographs record the ECG at 125–512 Hz, MIT-BIH at 360 Hz. Training on each DS1 record
     * at 360 Hz and again resampled to 250 and 125 Hz (copies of a record kept in its fold), scored at
     * each rate over two seeds, against training at 360 Hz only: SVEB F1 0.780 → 0.802 at 360 Hz and
     * 0.736 → 0.765 at 125 Hz, but VEB F1 0.865 → 0.854 and 0.858 → 0.837. Not kept: the trade is not
     * a gain, and at 125 Hz the single-rate model loses little on DS1. (The trial was prompted by the
     * DS2 figure at 125 Hz from {@code bench beats --resample}, VEB F1 0.931 against 0.961; it was
     * judged on DS1 only.)
     */
    public static BeatTrainingConfig defaults() {
        return new BeatTrainingConfig(new BoostedTreesParams(30, 6, 0.2, 0.8, 0.8, 1.0, 1, 20040701L), 1.0, 50, 3);
    }
}
