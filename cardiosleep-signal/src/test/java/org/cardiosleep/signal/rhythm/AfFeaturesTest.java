package org.cardiosleep.signal.rhythm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Known answers of the per-beat AF features on simulated RR series and a simulated ECG. */
class AfFeaturesTest {
    private static int col(String name) {
        int k = AfFeatures.names().indexOf(name);
        assertTrue(k >= 0, "no feature " + name);
        return k;
    }

    @Test
    void irregularityFeaturesSeparateSinusFromAfAndAreLocal() {
        Random rnd = new Random(3);
        int n = 600;
        double[] rr = new double[n];
        for (int i = 0; i < n; i++) {
            rr[i] = i >= 300 ? 450 + 500 * rnd.nextDouble() : 850 + 5 * rnd.nextGaussian();
        }
        double[] t = AfDetectorTest.times(rr);
        double[][] x = AfFeatures.compute(t, null);
        assertEquals(t.length, x.length);
        assertEquals(AfFeatures.count(), x[0].length);
        int nrmssd = col("A_nrmssd_c16"), left = col("A_rel_L32"), right = col("A_rel_R32");
        assertTrue(x[150][nrmssd] < 0.02, "sinus nRMSSD " + x[150][nrmssd]);
        assertTrue(x[450][nrmssd] > 0.3, "AF nRMSSD " + x[450][nrmssd]);
        // at the onset the window after the beat is irregular, the one before regular
        assertTrue(x[302][right] > 0.2 && x[302][left] < 0.05, "one-sided windows at the onset");
        // no ECG given: atrial columns missing
        assertTrue(Double.isNaN(x[100][col("atrialCorr_c17")]));
    }

    @Test
    void bigeminySpansAreIntegerMultiplesButAfIntervalsAreNot() {
        Random rnd = new Random(4);
        int n = 400;
        double[] rr = new double[n];
        byte[] cls = new byte[n + 1];
        cls[0] = BeatLabels.N;
        for (int i = 0; i < n; i++) {
            boolean af = i >= 200;
            if (af) {
                rr[i] = 450 + 500 * rnd.nextDouble();
                cls[i + 1] = BeatLabels.N;
            } else {
                boolean pvc = i % 6 == 2; // premature beat, full compensatory pause
                rr[i] = pvc ? 500 : i % 6 == 3 ? 1100 : 800;
                cls[i + 1] = pvc ? BeatLabels.V : BeatLabels.N;
            }
        }
        double[][] x = AfFeatures.compute(AfDetectorTest.times(rr), cls);
        int resid = col("C_intResid_c32");
        assertTrue(x[100][resid] < 0.05, "sinus with PVCs residual " + x[100][resid]);
        assertTrue(x[320][resid] > 0.15, "AF residual " + x[320][resid]);
        assertTrue(x[100][col("fracV_c64")] > 0.1);
    }

    @Test
    void repeatedPWaveIsOrganisedRandomAtrialActivityIsNot() {
        double fs = 250;
        int beats = 80;
        long[] r = new long[beats];
        double[] ecg = new double[(int) (fs * (beats + 2))];
        Random rnd = new Random(5);
        for (int b = 0; b < beats; b++) {
            r[b] = (long) (fs * (b + 1));
        }
        for (int i = 0; i < ecg.length; i++) {
            double sec = i / fs;
            int b = (int) Math.round(sec) - 1;
            double f = 0.05 * Math.sin(2 * Math.PI * (6 + rnd.nextGaussian() * 0.0) * sec + 0.7 * (int) sec);
            if (b < beats / 2) { // first half: P wave 160 ms before each R peak
                double d = sec - (Math.round(sec) - 0.16);
                ecg[i] = 0.15 * Math.exp(-d * d / (2 * 0.02 * 0.02));
            } else { // second half: fibrillatory waves with random phase per second
                ecg[i] = f + 0.02 * rnd.nextGaussian();
            }
        }
        double[][] a = AtrialActivity.features(ecg, fs, r, null);
        List<String> names = List.of(AtrialActivity.names());
        assertEquals(2, names.size());
        assertTrue(a[15][0] > 0.9 && a[15][1] > 0.8, "sinus: corr " + a[15][0] + ", organisation " + a[15][1]);
        assertTrue(a[65][0] < 0.6 && a[65][1] < 0.4, "AF: corr " + a[65][0] + ", organisation " + a[65][1]);
    }
}
