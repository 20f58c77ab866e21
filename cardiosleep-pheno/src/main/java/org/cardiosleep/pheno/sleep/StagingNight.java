package org.cardiosleep.pheno.sleep;

import org.cardiosleep.signal.sleep.EpochFeatures;
import org.cardiosleep.signal.sleep.NnSeries;
import org.cardiosleep.signal.sleep.RrEpochFeatures;

/**
 * A night prepared for staging: its epoch features and, for training and evaluation, the
 * reference hypnogram (same number of epochs).
 *
 * @param record    record name
 * @param subject   subject id (cross-validation folds are by subject)
 * @param cohort    cohort name (for cohort-level external validation), e.g. {@code slpdb}
 * @param features  epoch features
 * @param reference reference stages, or null when unknown
 */
public record StagingNight(String record, String subject, String cohort, EpochFeatures features, Hypnogram reference) {

    /** Features for {@code epochs} 30-s epochs from time 0 of the beats' clock. */
    public static EpochFeatures features(double[] beatTimeSec, boolean[] normal, double epochSec, int epochs) {
        return RrEpochFeatures.compute(NnSeries.fromBeats(beatTimeSec, normal), 0.0, epochSec, epochs);
    }

    /** A slpdb text record as a staging night. */
    public static StagingNight of(SlpdbTextRecord r) {
        Hypnogram h = r.hypnogram();
        return new StagingNight(r.name(), r.subject(), "slpdb",
                features(r.beats().timeSec(), r.normalBeats(), h.epochSec(), h.size()), h);
    }
}
