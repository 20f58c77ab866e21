package org.cardiosleep.signal.spo2;

/**
 * Whole-night SpO2 statistics over the samples selected by a mask (e.g. sleep only).
 *
 * @param validMin  minutes of valid SpO2 in the selection
 * @param meanPct   mean SpO2, %
 * @param minPct    lowest SpO2, %
 * @param t90Min    minutes with SpO2 below 90 % (T90)
 * @param t90Pct    T90 as a percentage of the valid minutes
 * @param t88Min    minutes below 88 %
 */
public record Spo2Summary(double validMin, double meanPct, double minPct, double t90Min, double t90Pct,
                          double t88Min) {

    /**
     * Computes the summary.
     *
     * @param spo2    SpO2 in %
     * @param fsHz    its sampling rate
     * @param include which samples count (same length as spo2), or null for all; invalid samples
     *                (see {@link DesaturationDetector#valid}) never count
     */
    public static Spo2Summary of(float[] spo2, double fsHz, boolean[] include) {
        long valid = 0, below90 = 0, below88 = 0;
        double sum = 0, min = Double.NaN;
        for (int i = 0; i < spo2.length; i++) {
            float v = spo2[i];
            if ((include != null && !include[i]) || !DesaturationDetector.valid(v)) {
                continue;
            }
            valid++;
            sum += v;
            min = Double.isNaN(min) ? v : Math.min(min, v);
            below90 += v < 90f ? 1 : 0;
            below88 += v < 88f ? 1 : 0;
        }
        double perMin = 1 / (fsHz * 60);
        return new Spo2Summary(valid * perMin, valid > 0 ? sum / valid : Double.NaN, min, below90 * perMin,
                valid > 0 ? 100.0 * below90 / valid : Double.NaN, below88 * perMin);
    }
}
