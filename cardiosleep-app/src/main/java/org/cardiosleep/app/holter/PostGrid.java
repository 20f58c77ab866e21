package org.cardiosleep.app.holter;

import org.cardiosleep.signal.rhythm.AfDetector;

/**
 * The grid of post-processing settings of the learned AF detector searched by {@code bench af}:
 * {median-filter beats, threshold × 100, shortest run/gap beats}.
 */
final class PostGrid {
    static final int[] MEDIAN = {1, 9, 15, 25, 35};
    static final int[] THRESHOLD_PCT = {5, 10, 15, 20, 25, 30, 40, 50, 60, 70};
    static final int[] MIN_RUN = {5, 10, 20};
    static final String DESCRIPTION = "median {1,9,15,25,35} beats x threshold {0.05,0.1,0.15,0.2,0.25,0.3,0.4,0.5,0.6,0.7} x run {5,10,20} beats";

    private PostGrid() {
    }

    static int[][] settings() {
        int[][] s = new int[MEDIAN.length * THRESHOLD_PCT.length * MIN_RUN.length][];
        int k = 0;
        for (int m : MEDIAN) {
            for (int t : THRESHOLD_PCT) {
                for (int r : MIN_RUN) {
                    s[k++] = new int[] {m, t, r};
                }
            }
        }
        return s;
    }

    static int index(int[][] settings, int median, double threshold, int run) {
        for (int k = 0; k < settings.length; k++) {
            if (settings[k][0] == median && settings[k][1] == (int) Math.round(threshold * 100) && settings[k][2] == run) {
                return k;
            }
        }
        throw new IllegalStateException("a-priori post-processing not in the grid");
    }

    static boolean[] decide(double[] probability, int[] setting) {
        return AfDetector.decideProbability(probability, setting[0], setting[1] / 100.0, setting[2]);
    }

    static String describe(int[] s) {
        return "median " + s[0] + ", threshold " + s[1] / 100.0 + ", run " + s[2];
    }
}
