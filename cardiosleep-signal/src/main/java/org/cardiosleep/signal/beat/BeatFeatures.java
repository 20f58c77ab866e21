package org.cardiosleep.signal.beat;

import java.util.List;

/**
 * Per-beat features, row-major: {@code values[beat * featureCount + feature]}; the column names are
 * {@link #names()}. Missing values are {@code NaN}.
 *
 * @param beatCount    number of beats (rows)
 * @param featureCount number of features (columns)
 * @param values       the matrix, row-major
 */
public record BeatFeatures(int beatCount, int featureCount, float[] values) {

    public BeatFeatures {
        if (values.length != (long) beatCount * featureCount) {
            throw new IllegalArgumentException("feature matrix has " + values.length + " values, expected "
                    + beatCount + " x " + featureCount);
        }
    }

    /** The value of one feature of one beat. */
    public float get(int beat, int feature) {
        return values[beat * featureCount + feature];
    }

    /** The column names, in order. */
    public List<String> names() {
        return BeatFeatureExtractor.NAMES;
    }
}
