package org.cardiosleep.pheno.apnea;

import org.cardiosleep.signal.resp.ApneaMinuteFeatures;
import org.cardiosleep.signal.sleep.EpochFeatures;
import org.cardiosleep.signal.sleep.NnSeries;

/**
 * A recording prepared for per-minute apnea detection.
 *
 * @param record   record name
 * @param features per-minute features
 * @param labels   per-minute labels (1 apnea, 0 normal, −1 unknown), or null
 */
public record ApneaNight(String record, EpochFeatures features, int[] labels) {

    /** Features of {@code minutes} minutes from time 0 of the beat clock. */
    public static EpochFeatures features(double[] beatTimeSec, boolean[] normal, int minutes) {
        return ApneaMinuteFeatures.compute(NnSeries.fromBeats(beatTimeSec, normal), minutes);
    }

    public static ApneaNight of(ApneaEcgRecord r) {
        return new ApneaNight(r.name(), features(r.beatTimeSec(), r.normal(), r.minutes()), r.labels());
    }
}
