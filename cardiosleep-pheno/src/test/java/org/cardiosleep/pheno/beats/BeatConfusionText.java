package org.cardiosleep.pheno.beats;

/** Test helper: a one-line rendering of a confusion matrix for assertion messages. */
final class BeatConfusionText {
    private BeatConfusionText() {
    }

    static String of(AamiConfusion c) {
        StringBuilder sb = new StringBuilder();
        long[][] m = c.matrix();
        for (int r = 0; r < m.length; r++) {
            sb.append(AamiClass.name(r)).append(java.util.Arrays.toString(m[r])).append(' ');
        }
        return sb.toString();
    }
}
