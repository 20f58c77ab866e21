package org.cardiosleep.signal.rhythm;

/**
 * Atrial-activity evidence from the ECG before each QRS: sinus rhythm has a P wave of the same
 * shape at the same distance before every conducted beat, AF has none, only fibrillatory waves
 * unrelated to the QRS. For each beat the segment from 300 ms to 70 ms before the R peak (where
 * the P wave lies for PR intervals of 120–200 ms) is detrended (line through its end points) and
 * compared with the mean segment of the surrounding beats (atrial template, ±{@link #HALF_BEATS}
 * beats): the Pearson correlation of the beat's segment with the template, averaged over the
 * window, and the organisation index — energy of the template over the mean energy of the
 * segments (≈ 1 when every beat carries the same P wave, → 1/window for random activity). Both
 * follow the "P-wave absence" criterion of AF detectors combining RR and atrial features (e.g.
 * Ladavich &amp; Ghoraani, Biomed Signal Process Control 2015). Beats classed V, F or Q (no
 * conducted P wave) are left out of templates and averages; their value is NaN.
 */
public final class AtrialActivity {
    /** Beats either side of the beat in the template window. */
    public static final int HALF_BEATS = 8;
    private static final double FROM_SEC = 0.30, TO_SEC = 0.07;

    private AtrialActivity() {
    }

    /** Names of the columns returned by {@link #features}. */
    public static String[] names() {
        return new String[] {"atrialCorr_c17", "atrialOrganisation_c17"};
    }

    /**
     * Per-beat {correlation, organisation}; NaN where the segment leaves the signal or the beat is
     * ectopic (classes may be null).
     */
    public static double[][] features(double[] ecg, double samplingRateHz, long[] beatSample, byte[] classes) {
        int n = beatSample.length;
        int from = (int) Math.round(FROM_SEC * samplingRateHz), to = (int) Math.round(TO_SEC * samplingRateHz);
        int len = from - to;
        double[][] out = new double[n][2];
        float[][] seg = new float[n][];
        double[] energy = new double[n];
        for (int i = 0; i < n; i++) {
            long a = beatSample[i] - from;
            boolean ectopic = classes != null && (classes[i] == BeatLabels.V || classes[i] == BeatLabels.F
                    || classes[i] == BeatLabels.Q);
            if (a < 0 || beatSample[i] - to >= ecg.length || len < 4 || ectopic) {
                continue;
            }
            float[] s = new float[len];
            double x0 = ecg[(int) a], x1 = ecg[(int) (a + len - 1)];
            double mean = 0;
            for (int k = 0; k < len; k++) {
                double v = ecg[(int) a + k] - (x0 + (x1 - x0) * k / (len - 1));
                s[k] = (float) v;
                mean += v;
            }
            mean /= len;
            double e = 0;
            for (int k = 0; k < len; k++) {
                s[k] -= (float) mean;
                e += s[k] * s[k];
            }
            seg[i] = s;
            energy[i] = e;
        }
        double[] tmpl = new double[len];
        double[] corr = new double[n];
        java.util.Arrays.fill(corr, Double.NaN);
        double[] organisation = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(tmpl, 0);
            int used = 0;
            double eSum = 0;
            for (int j = Math.max(0, i - HALF_BEATS); j <= Math.min(n - 1, i + HALF_BEATS); j++) {
                if (seg[j] == null) {
                    continue;
                }
                for (int k = 0; k < len; k++) {
                    tmpl[k] += seg[j][k];
                }
                eSum += energy[j];
                used++;
            }
            if (used < 4 || seg[i] == null) {
                organisation[i] = Double.NaN;
                continue;
            }
            double te = 0, dot = 0;
            for (int k = 0; k < len; k++) {
                tmpl[k] /= used;
                te += tmpl[k] * tmpl[k];
                dot += tmpl[k] * seg[i][k];
            }
            organisation[i] = eSum > 0 ? te / (eSum / used) : Double.NaN;
            corr[i] = te > 0 && energy[i] > 0 ? dot / Math.sqrt(te * energy[i]) : Double.NaN;
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            int c = 0;
            for (int j = Math.max(0, i - HALF_BEATS); j <= Math.min(n - 1, i + HALF_BEATS); j++) {
                if (!Double.isNaN(corr[j])) {
                    s += corr[j];
                    c++;
                }
            }
            out[i][0] = c > 0 ? s / c : Double.NaN;
            out[i][1] = organisation[i];
        }
        return out;
    }
}
