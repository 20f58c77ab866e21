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
        // Record-level columns are constant over the night and equal the median / IQR of the raw minute values.
        int med = f.indexOf("rec_med_lnCvhr");
        int iqr = f.indexOf("rec_iqr_lnCvhr");
        double[] lnCvhr = new double[240];
        for (int m = 0; m < 240; m++) {
            assertEquals(v[0][med], v[m][med], 0.0);
            lnCvhr[m] = v[m][cv];
        }
        java.util.Arrays.sort(lnCvhr);
        assertEquals(0.5 * (lnCvhr[119] + lnCvhr[120]), v[0][med], 1e-9);
        assertTrue(v[0][iqr] > 3, "half the night apnoeic: wide IQR " + v[0][iqr]);
        // low_ = z relative to the night's 10th percentile: the quiet half sits near 0, the apnoeic half well above.
        int low = f.indexOf("low_lnCvhr");
        int z = f.indexOf("z_lnCvhr");
        assertEquals(v[60][z] - v[180][z], v[60][low] - v[180][low], 1e-9);
        assertTrue(Math.abs(v[180][low]) < 0.5 && v[60][low] > 1, "low_ " + v[60][low] + " vs " + v[180][low]);
    }

    @Test
    void severeNightStillStandsOutAgainstItsQuietTenthPercentile() {
        // 85 % of the night with CVHR: the median is apnoeic, so z ~ 0 in the apnoeic part, but low_ stays high.
        SplittableRandom r = new SplittableRandom(9);
        double[] t = new double[40000];
        int n = 0;
        double time = 0;
        while (time < 200 * 60) {
            boolean apnea = time >= 30 * 60;
            double rr = 0.9 + (apnea ? 0.12 * Math.sin(2 * Math.PI * time / 60.0) : 0) + 0.01 * r.nextGaussian();
            time += rr;
            t[n++] = time;
        }
        EpochFeatures f = ApneaMinuteFeatures.compute(NnSeries.fromBeats(java.util.Arrays.copyOf(t, n), null), 200);
        double[][] v = f.values();
        int z = f.indexOf("z_lnCvhr");
        int low = f.indexOf("low_lnCvhr");
        for (int m : new int[] {100, 120, 150}) {
            assertTrue(Math.abs(v[m][z]) < 2, "z in the apnoeic bulk " + v[m][z]);
            assertTrue(v[m][low] > 10, "low_ in the apnoeic bulk " + v[m][low]);
            // The shift from z to low_ is one constant per night.
            assertEquals(v[100][low] - v[100][z], v[m][low] - v[m][z], 1e-9);
        }
    }
}
