package org.cardiosleep.signal.beat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DominantTemplateTest {
    private static final double FS = 360;
    private static final double P_SEC = -0.16;

    /** Adds a Gaussian wave (amplitude, width) centred at sample {@code center}, over ±5 widths. */
    private static void add(double[] x, int center, double amp, double widthSec) {
        int half = (int) Math.ceil(5 * widthSec * FS);
        for (int i = Math.max(0, center - half); i <= Math.min(x.length - 1, center + half); i++) {
            double z = (i - center) / (widthSec * FS);
            x[i] += amp * Math.exp(-0.5 * z * z);
        }
    }

    /**
     * Simulated record in which atrial ectopic beats are the majority: pairs of ectopic beats
     * (inverted P wave, RR 0.7 s) each ended by a pause and one sinus beat (upright P wave, RR 1.8 s),
     * the pattern of frequent atrial ectopy with sinus bradycardia. Same QRS and T for all beats.
     */
    private static final class Record {
        final double[] x;
        final int[] beats;

        Record(int groups) {
            beats = new int[3 * groups];
            int t = (int) FS;
            for (int g = 0; g < groups; g++) {
                t += (int) Math.round(1.8 * FS);
                beats[3 * g] = t;
                for (int k = 1; k < 3; k++) {
                    t += (int) Math.round(0.7 * FS);
                    beats[3 * g + k] = t;
                }
            }
            x = new double[t + (int) FS];
            for (int i = 0; i < beats.length; i++) {
                boolean sinus = i % 3 == 0;
                add(x, beats[i] + (int) Math.round(P_SEC * FS), sinus ? 0.12 : -0.12, 0.02);
                add(x, beats[i], 1.0, 0.01);
                add(x, beats[i] + (int) Math.round(0.28 * FS), 0.25, 0.05);
            }
        }
    }

    private static double pWave(DominantTemplate t, BeatWindows w) {
        return t.samples[w.beatBefore + (int) Math.round(P_SEC * FS)];
    }

    @Test
    void slowBeatsGiveTheSinusBeatWhereEctopicBeatsAreTheMajority() {
        Record r = new Record(100);
        BeatWindows w = new BeatWindows(FS);
        double[] prematurity = RrContext.of(r.beats, FS).preOverLongMedian();
        // the beats after the pauses are the slowest third
        assertTrue(prematurity[3] > 2 && prematurity[4] < 1.1, prematurity[3] + " " + prematurity[4]);
        assertEquals(0.12, pWave(DominantTemplate.of(r.x, r.beats, prematurity, w), w), 0.01);
        // the most common beat is the ectopic one: without the RR ratios its P wave is the template's
        assertEquals(-0.12, pWave(DominantTemplate.of(r.x, r.beats, w), w), 0.01);
    }

    @Test
    void tooFewBeatsFallBackToAllBeats() {
        Record r = new Record(20);
        BeatWindows w = new BeatWindows(FS);
        double[] prematurity = RrContext.of(r.beats, FS).preOverLongMedian();
        // 60 beats: fewer than 80, so the slow-beat selection is not applied
        assertEquals(pWave(DominantTemplate.of(r.x, r.beats, w), w),
                pWave(DominantTemplate.of(r.x, r.beats, prematurity, w), w), 1e-12);
    }
}
