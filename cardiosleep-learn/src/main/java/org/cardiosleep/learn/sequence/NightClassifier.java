package org.cardiosleep.learn.sequence;

/**
 * A model that gives per-epoch class probabilities for a whole night of epoch features
 * (rows = epochs in time order, columns = {@link #featureNames()}).
 */
public interface NightClassifier {
    /** What the model is for, e.g. {@code "stager4"}. */
    String kind();

    /** Names of the input columns, in order. */
    String[] featureNames();

    /** Names of the output classes, in order. */
    String[] classNames();

    /** Per-epoch class probabilities of one night (each row sums to 1). */
    double[][] predictProba(double[][] night);

    /** Per-epoch probabilities before any separate sequence smoothing (the same when the model has none). */
    default double[][] predictProbaUnsmoothed(double[][] night) {
        return predictProba(night);
    }
}
