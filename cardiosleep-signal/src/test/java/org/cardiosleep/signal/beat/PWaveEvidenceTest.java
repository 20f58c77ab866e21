package org.cardiosleep.signal.beat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PWaveEvidenceTest {
    private static final double FS = 360;

    /** A beat at sample {@code at} of {@code x}: optional P wave (amplitude, offset from the R peak), QRS, T. */
    private static void beat(double[] x, int at, double pAmp, double pSec) {
        add(x, at + (int) Math.round(pSec * FS), pAmp, 0.02);
        add(x, at, 1.0, 0.01);
        add(x, at + (int) Math.round(0.28 * FS), 0.25, 0.05);
    }

    private static void add(double[] x, int center, double amp, double widthSec) {
        for (int i = 0; i < x.length; i++) {
            double z = (i - center) / (widthSec * FS);
            x[i] += amp * Math.exp(-0.5 * z * z);
        }
    }

    private static PWaveEvidence template(BeatWindows w) {
        double[] tpl = new double[w.beatLength];
        beat(tpl, w.beatBefore, 0.12, -0.16);
        return new PWaveEvidence(tpl, w);
    }

    @Test
    void sinusLikePWaveMatchesTheDominantOne() {
        BeatWindows w = new BeatWindows(FS);
        PWaveEvidence p = template(w);
        double[] x = new double[2000];
        beat(x, 1000, 0.12, -0.16);
        int[] shift = new int[1];
        assertTrue(p.shiftCorrelation(x, 1000, shift) > 0.99);
        assertEquals(0, shift[0]);
        assertEquals(1.0, p.amplitudeRatio(x, 1000), 0.02);
    }

    @Test
    void earlierPWaveGivesANegativeShift() {
        BeatWindows w = new BeatWindows(FS);
        PWaveEvidence p = template(w);
        double[] x = new double[2000];
        beat(x, 1000, 0.12, -0.20);
        int[] shift = new int[1];
        assertTrue(p.shiftCorrelation(x, 1000, shift) > 0.9);
        assertEquals(-0.04, shift[0] / FS, PWaveEvidence.SHIFT_STEP_SEC);
    }

    @Test
    void invertedOrAbsentPWave() {
        BeatWindows w = new BeatWindows(FS);
        PWaveEvidence p = template(w);
        double[] inverted = new double[2000];
        beat(inverted, 1000, -0.12, -0.16);
        assertEquals(-1.0, p.amplitudeRatio(inverted, 1000), 0.05);
        double[] absent = new double[2000];
        beat(absent, 1000, 0, -0.16);
        assertEquals(0.0, p.amplitudeRatio(absent, 1000), 0.05);
        // near the start of the signal the windows read the edge sample instead of failing
        double r = p.shiftCorrelation(absent, 5, new int[1]);
        assertTrue(r >= -1 && r <= 1, "correlation " + r);
    }
}
