package org.cardiosleep.signal.spo2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class HypoxicBurdenTest {

    /** Baseline 96 %, and after each event end a 10-s dip to 92 % from +5 s to +14 s. */
    private static float[] dips(int n, double[] ends) {
        float[] s = new float[n];
        Arrays.fill(s, 96);
        for (double e : ends) {
            for (int t = (int) e + 5; t < (int) e + 15; t++) {
                s[t] = 92;
            }
        }
        return s;
    }

    @Test
    void rectangularDipsGiveHandWorkedArea() {
        // each dip: 4 % x 10 s = 40 %·s; two events = 80 %·s = 1.3333 %·min; over 1 h of sleep
        double[] ends = {500, 1000};
        HypoxicBurden.Result r = HypoxicBurden.compute(dips(3600, ends), 1, ends, new double[] {20, 20}, 1.0);
        assertEquals(80 / 60.0, r.totalAreaPctMin(), 1e-9);
        assertEquals(80 / 60.0, r.burdenPctMinPerHour(), 1e-9);
        assertEquals(2, r.events());
        assertTrue(r.windowStartSec() <= 5 && r.windowEndSec() >= 14, r.toString());
        // over 2 h of sleep the burden halves
        assertEquals(40 / 60.0, HypoxicBurden.compute(dips(3600, ends), 1, ends, new double[] {20, 20}, 2.0)
                .burdenPctMinPerHour(), 1e-9);
    }

    @Test
    void overlappingWindowsAreCountedOnce() {
        // events 8 s apart: their dips overlap into one 18-s dip (t=505..522): area 4 x 18 = 72 %·s
        double[] ends = {500, 508};
        HypoxicBurden.Result r = HypoxicBurden.compute(dips(3600, ends), 1, ends, new double[] {20, 20}, 1.0);
        assertEquals(72 / 60.0, r.totalAreaPctMin(), 1e-9);
    }

    @Test
    void noEventsNoBurden() {
        HypoxicBurden.Result r = HypoxicBurden.compute(dips(100, new double[0]), 1, new double[0], new double[0], 7);
        assertEquals(0, r.burdenPctMinPerHour());
    }
}
