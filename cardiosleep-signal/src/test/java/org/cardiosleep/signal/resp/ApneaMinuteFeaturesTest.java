package org.cardiosleep.signal.resp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.cardiosleep.signal.sleep.EpochFeatures;
import org.cardiosleep.signal.sleep.NnSeries;
import org.junit.jupiter.api.Test;

/** Simulated cyclic variation of heart rate (one apnea cycle per 60 s) in the first half of a night. */
class ApneaMinuteFeaturesTest {

    @Test
    void cyclicVariationStandsOut() {
        SplittableRandom r = new SplittableRandom(8);
        double[] t = new double[40000];
        int n = 0;
        double time = 0;
        while (time < 4 * 3600) {
            boolean apnea = time < 2 * 3600;
            // Apnea cycles: bradycardia during the event, tachycardia at its end, period 60 s (0.0167 Hz).
            double rr = 0.9 + (apnea ? 0.12 * Math.sin(2 * Math.PI * time / 60.0) : 0) + 0.01 * r.nextGaussian();
            time += rr;
            t[n++] = time;
        }
        NnSeries nn = NnSeries.fromBeats(java.util.Arrays.copyOf(t, n), null);
        EpochFeatures f = ApneaMinuteFeatures.compute(nn, 240);
        assertEquals(ApneaMinuteFeatures.names().length, f.width());
        int cv = f.indexOf("raw_lnCvhr");
        int share = f.indexOf("raw_cvhrShare");
        int acf = f.indexOf("raw_acfPeak");
        double[][] v = f.values();
        assertTrue(v[60][cv] > v[180][cv] + 3, "CVHR power: apnea " + v[60][cv] + " vs normal " + v[180][cv]);
        assertTrue(v[60][share] > 0.8, "CVHR share " + v[60][share]);
        assertTrue(v[60][acf] > 0.6 && v[180][acf] < 0.4, "acf " + v[60][acf] + " vs " + v[180][acf]);
        // The spectral peak sits at the cycle frequency.
        double[][] raw = ApneaMinuteFeatures.rawFeatures(nn, 240);
        assertEquals(1 / 60.0, raw[60][ApneaMinuteFeatures.raw("cvhrPeakHz")], 0.004);
        assertEquals(60, raw[60][ApneaMinuteFeatures.raw("acfLag")], 3);
    }
}
