package org.cardiosleep.signal.spo2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Hand-worked cases at 1 Hz: every expected number below is derived in the comments. */
class DesaturationDetectorTest {

    private static float[] flat(int n, float v) {
        float[] a = new float[n];
        Arrays.fill(a, v);
        return a;
    }

    /** 97 % until t=200, falls 1 %/s to 93 % at t=204, holds to t=220, rises 1 %/s to 97 % at t=224. */
    private static float[] trapezoid() {
        float[] s = flat(400, 97);
        float[] fall = {97, 96, 95, 94, 93};
        for (int k = 0; k < 5; k++) {
            s[200 + k] = fall[k];
        }
        for (int t = 205; t <= 220; t++) {
            s[t] = 93;
        }
        float[] rise = {94, 95, 96, 97};
        for (int k = 0; k < 4; k++) {
            s[221 + k] = rise[k];
        }
        return s;
    }

    @Test
    void trapezoidIsOneFourPercentEventWithHandWorkedTiming() {
        // baseline 97 (max of preceding 120 s); last sample within 0.5 % of it (>= 96.5) is t=200 -> onset 200;
        // nadir 93 first reached at 204; recovery threshold 93 + 2/3 * 4 = 95.67 -> first 96 at t=223
        for (double drop : new double[] {3, 4}) {
            List<DesaturationEvent> ev = DesaturationDetector.detect(trapezoid(), 1, drop);
            assertEquals(1, ev.size(), "drop " + drop);
            DesaturationEvent e = ev.get(0);
            assertEquals(200, e.startSec());
            assertEquals(204, e.nadirSec());
            assertEquals(223, e.endSec());
            assertEquals(97, e.baselinePct());
            assertEquals(4, e.depthPct(), 1e-9);
            assertEquals(23, e.durationSec());
        }
        assertEquals(0, DesaturationDetector.detect(trapezoid(), 1, 4.5).size());
    }

    @Test
    void halfTheRateHalvesNothingButTime() {
        // the same trapezoid at 2 Hz (each sample repeated): times in seconds unchanged up to 0.5 s
        float[] one = trapezoid();
        float[] two = new float[one.length * 2];
        for (int i = 0; i < two.length; i++) {
            two[i] = one[i / 2];
        }
        DesaturationEvent e = DesaturationDetector.detect(two, 2, 3).get(0);
        assertEquals(200.5, e.startSec());   // last sample at 97: index 401
        assertEquals(204, e.nadirSec());     // first 93: index 408
        assertEquals(223, e.endSec());       // first 96: index 446
    }

    @Test
    void tooShortAndTooLongAreDiscarded() {
        float[] s = flat(600, 96);
        s[100] = 92;                          // 1-s spike: onset 99, end 101 -> 2 s < 10 s
        for (int t = 300; t < 440; t++) {      // a 140-s plateau at 91 -> longer than 120 s
            s[t] = 91;
        }
        assertEquals(0, DesaturationDetector.detect(s, 1, 3).size());
    }

    @Test
    void invalidSamplesAreNeverBaselineAndAbortEvents() {
        float[] s = flat(400, 95);
        s[50] = 0;                             // dropout, invalid: not a 95-point drop
        s[150] = Float.NaN;
        assertEquals(0, DesaturationDetector.detect(s, 1, 3).size());
        float[] t = trapezoid();
        t[210] = 0;                            // dropout inside the event: discarded
        assertEquals(0, DesaturationDetector.detect(t, 1, 3).size());
    }

    /** 96 % with a 1-s peak of 98.5 % at {@code peakAt}, a dip to 95.4 % over t=200..219, then 98 %. */
    private static float[] peakThenDip(int peakAt) {
        float[] s = flat(400, 96);
        s[peakAt] = 98.5f;
        for (int t = 200; t < 220; t++) {
            s[t] = 95.4f;
        }
        for (int t = 220; t < 400; t++) {
            s[t] = 98f;
        }
        return s;
    }

    @Test
    void baselineIsTheMaximumOfThePreceding120s() {
        // peak 190 s before the dip: outside the window, baseline 96, drop 0.6: no event
        assertEquals(0, DesaturationDetector.detect(peakThenDip(10), 1, 3).size());
        // peak 50 s before: baseline 98.5, drop 3.1 at t=200; no sample in 151..199 is within 0.5 % of
        // 98.5, so onset = the peak, t=150; recovery to 95.4 + 2/3 * 3.1 = 97.47 first at t=220
        List<DesaturationEvent> ev = DesaturationDetector.detect(peakThenDip(150), 1, 3);
        assertEquals(1, ev.size());
        assertEquals(150, ev.get(0).startSec());
        assertEquals(200, ev.get(0).nadirSec());
        assertEquals(220, ev.get(0).endSec());
        assertEquals(3.1, ev.get(0).depthPct(), 1e-5);
        assertEquals(0, DesaturationDetector.detect(peakThenDip(150), 1, 4).size());
    }

    @Test
    void noiseAtTheBaselineDoesNotMoveTheOnsetBack() {
        // baseline 97.3 reached once at t=100 (noise); SpO2 then wobbles 97.0-97.1 until the fall at t=200.
        // Onset = last sample within 0.5 % of 97.3 (>= 96.8) before the crossing: t=200, not the old
        // maximum at t=100; recovery to 93 + 2/3 * 4.3 = 95.87 at t=221
        float[] s = flat(400, 97f);
        s[100] = 97.3f;
        for (int t = 101; t < 200; t += 2) {
            s[t] = 97.1f;
        }
        float[] fall = {97, 96, 95, 94, 93};
        for (int k = 0; k < 5; k++) {
            s[200 + k] = fall[k];
        }
        for (int t = 205; t <= 220; t++) {
            s[t] = 93;
        }
        List<DesaturationEvent> ev = DesaturationDetector.detect(s, 1, 3);
        assertEquals(1, ev.size());
        assertEquals(200, ev.get(0).startSec());
        assertEquals(97.3, ev.get(0).baselinePct(), 1e-5);
        assertEquals(221, ev.get(0).endSec());
    }

    @Test
    void consecutiveEventsGetTheirOwnBaseline() {
        // two trapezoids 60 s apart; the second's baseline must not reach back into the first
        float[] a = trapezoid();
        float[] s = flat(500, 97);
        System.arraycopy(a, 190, s, 190, 40);
        System.arraycopy(a, 190, s, 250, 40);
        List<DesaturationEvent> ev = DesaturationDetector.detect(s, 1, 3);
        assertEquals(2, ev.size());
        assertEquals(260, ev.get(1).startSec());
        assertEquals(4, ev.get(1).depthPct(), 1e-9);
    }

    @Test
    void summaryT90IsExact() {
        float[] s = flat(3600, 95);
        for (int t = 0; t < 300; t++) {
            s[t] = 89;                         // 5 min below 90, of which 0 below 88
        }
        for (int t = 1000; t < 1060; t++) {
            s[t] = 87;                         // 1 more min below 90, also below 88
        }
        s[2000] = 0;                           // invalid, excluded everywhere
        Spo2Summary sum = Spo2Summary.of(s, 1, null);
        assertEquals(6, sum.t90Min(), 1e-9);
        assertEquals(1, sum.t88Min(), 1e-9);
        assertEquals(3599 / 60.0, sum.validMin(), 1e-9);
        assertEquals(100 * 360 / 3599.0, sum.t90Pct(), 1e-9);
        assertEquals(87, sum.minPct());
        boolean[] only = new boolean[3600];
        Arrays.fill(only, 1000, 3600, true);
        assertEquals(1, Spo2Summary.of(s, 1, only).t90Min(), 1e-9);
        assertTrue(Spo2Summary.of(s, 1, only).meanPct() > 94);
    }
}
