package org.cardiosleep.signal.sleep;

/**
 * A feature matrix: one row per epoch, one named column per feature. NaN marks a feature that
 * could not be computed (too few beats in its window).
 *
 * @param names  column names
 * @param values {@code values[epoch][feature]}
 */
public record EpochFeatures(String[] names, double[][] values) {
    public int epochs() {
        return values.length;
    }

    public int width() {
        return names.length;
    }

    /** Column index of {@code name}, or −1. */
    public int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
