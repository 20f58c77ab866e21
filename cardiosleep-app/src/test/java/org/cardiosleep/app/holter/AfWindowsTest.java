package org.cardiosleep.app.holter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.cardiosleep.signal.rhythm.AfScoring;
import org.junit.jupiter.api.Test;

/** The per-30-s AF figures: a window is AF when at least half its beats are, in the reference and in the calls. */
class AfWindowsTest {
    @Test
    void scoresEachWindowByTheMajorityOfItsBeats() {
        // simulated: one beat a second for 120 s (4 windows); reference AF in 30-59 s and 60-74 s
        int n = 120;
        double[] t = new double[n];
        byte[] truth = new byte[n];
        boolean[] af = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            truth[i] = (i >= 30 && i < 75) ? AfScoring.POSITIVE : AfScoring.NEGATIVE;
            af[i] = i >= 40 && i < 100;   // called AF from 40 s to 99 s
        }
        // windows: 0-29 no/no -> TN; 30-59 yes (30 of 30) / called 20 of 30 -> TP;
        // 60-89 reference 15 of 30 (half, so AF) / called 30 -> TP; 90-119 no / called 10 of 30 -> TN
        assertArrayEquals(new long[] {2, 0, 0, 2}, AfBenchCommand.AfBenchmark.windows(t, truth, af, 30));
        // a window whose beats are all ignored (AFL in the AFIB-only scoring) is not scored
        for (int i = 0; i < 30; i++) {
            truth[i] = AfScoring.IGNORED;
        }
        assertArrayEquals(new long[] {2, 0, 0, 1}, AfBenchCommand.AfBenchmark.windows(t, truth, af, 30));
        // calls without AF in the reference are false positives
        af[5] = af[6] = af[7] = true;
        truth[0] = AfScoring.NEGATIVE;
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        assertArrayEquals(new long[] {2, 0, 2, 0}, AfBenchCommand.AfBenchmark.windows(t, truth, all, 30));
    }
}
