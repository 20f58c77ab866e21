package org.cardiosleep.signal.sim;

import java.util.SplittableRandom;

/**
 * Draws a plausible hypnogram of 30-s epochs: sleep-onset latency, then ~90-min NREM-REM cycles in
 * which N3 shrinks and REM grows across the night (Carskadon &amp; Dement's classic architecture),
 * brief awakenings between cycles, and a final awakening. Recordings longer than 12 h repeat
 * 8-h nights separated by 16 h awake.
 */
final class HypnogramGenerator {
    static final double EPOCH_SEC = 30;

    private HypnogramGenerator() {
    }

    static byte[] generate(double durationSec, SplittableRandom rnd) {
        int n = (int) Math.ceil(durationSec / EPOCH_SEC);
        byte[] stages = new byte[n];
        java.util.Arrays.fill(stages, (byte) SimStage.WAKE.ordinal());
        if (durationSec <= 12 * 3600) {
            night(stages, 0, n, rnd);
        } else {
            int day = (int) (86400 / EPOCH_SEC);
            int sleepLen = (int) (8 * 3600 / EPOCH_SEC);
            for (int start = 0; start < n; start += day) {
                night(stages, start, Math.min(n, start + sleepLen), rnd);
            }
        }
        return stages;
    }

    private static void night(byte[] st, int from, int to, SplittableRandom rnd) {
        int i = from + minutes(rnd, 8, 22);            // sleep-onset latency
        int end = to - minutes(rnd, 5, 15);            // final awakening
        for (int cycle = 0; i < end; cycle++) {
            i = fill(st, i, end, SimStage.N1, minutes(rnd, 2, 6));
            i = fill(st, i, end, SimStage.N2, minutes(rnd, 12, 22));
            int n3 = Math.max(0, 38 - 12 * cycle) + (cycle < 3 ? minutes(rnd, 0, 6) / 2 : 0);
            i = fill(st, i, end, SimStage.N3, n3 * 2);
            i = fill(st, i, end, SimStage.N2, minutes(rnd, 10, 20));
            i = fill(st, i, end, SimStage.REM, 2 * Math.min(35, 8 + 7 * cycle) + minutes(rnd, 0, 4));
            if (rnd.nextDouble() < 0.6) {
                i = fill(st, i, end, SimStage.WAKE, minutes(rnd, 1, 4));
            }
        }
    }

    /** A random whole number of minutes in [lo, hi], as a count of epochs. */
    private static int minutes(SplittableRandom rnd, int lo, int hi) {
        return 2 * (lo + rnd.nextInt(hi - lo + 1));
    }

    private static int fill(byte[] st, int from, int end, SimStage stage, int epochs) {
        int to = Math.min(end, from + epochs);
        for (int i = from; i < to; i++) {
            st[i] = (byte) stage.ordinal();
        }
        return to;
    }
}
