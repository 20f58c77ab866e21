package org.cardiosleep.pheno.beats;

import org.cardiosleep.signal.beat.BeatFeatureExtractor;
import org.cardiosleep.signal.beat.BeatFeatures;

/**
 * A record's beat features with their reference classes.
 *
 * @param name     record name
 * @param features one row per beat
 * @param labels   AAMI class of each beat, {@link AamiClass#NONE} for beats without one
 */
public record RecordFeatures(String name, BeatFeatures features, byte[] labels) {

    /** Extracts the features of a labelled record. */
    public static RecordFeatures of(LabeledBeats r) {
        return new RecordFeatures(r.name(), BeatFeatureExtractor.extract(r.ecg(), r.fsHz(), r.beatSamples()),
                r.aamiClass());
    }
}
