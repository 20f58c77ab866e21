package org.cardiosleep.signal.resp;

/**
 * ECG-derived respiration (EDR) from QRS morphology: breathing moves the heart's electrical axis
 * and changes thoracic impedance, which modulates the amplitude and area of each QRS complex
 * (Moody et al. 1985). One value per beat, for cardiopulmonary coupling and apnea features.
 */
public final class Edr {
    private Edr() {
    }

    /** Per-beat EDR series.
     *
     * @param beatTimeSec time of each beat (seconds)
     * @param amplitude   R amplitude above the local baseline (signal units)
     * @param area        QRS area above the baseline over ±50 ms (signal units × s)
     */
    public record Series(double[] beatTimeSec, double[] amplitude, double[] area) {
    }

    /**
     * EDR from an ECG and its R-peak sample indices: the amplitude is the peak value (largest
     * absolute deviation) in ±50 ms around the R peak minus the baseline, the median of the 100 ms
     * before the QRS onset window; the area integrates the deviation from that baseline over ±50 ms.
     */
    public static Series fromEcg(double[] ecg, double fsHz, long[] rPeaks) {
        int n = rPeaks.length;
        double[] t = new double[n];
        double[] amp = new double[n];
        double[] area = new double[n];
        int half = Math.max(1, (int) Math.round(0.05 * fsHz));
        int base = Math.max(2, (int) Math.round(0.1 * fsHz));
        double[] buf = new double[base];
        for (int i = 0; i < n; i++) {
            int r = (int) rPeaks[i];
            t[i] = r / fsHz;
            int b0 = Math.max(0, r - half - base);
            int b1 = Math.max(0, r - half);
            int k = 0;
            for (int j = b0; j < b1 && k < buf.length; j++) {
                buf[k++] = ecg[j];
            }
            double baseline;
            if (k == 0) {
                baseline = ecg[Math.max(0, Math.min(ecg.length - 1, r))];
            } else {
                baseline = org.cardiosleep.signal.Selection.select(buf, k, k / 2); // the element a sort would put at k / 2
            }
            double peak = 0;
            double s = 0;
            for (int j = Math.max(0, r - half); j <= Math.min(ecg.length - 1, r + half); j++) {
                double d = ecg[j] - baseline;
                if (Math.abs(d) > Math.abs(peak)) {
                    peak = d;
                }
                s += d;
            }
            amp[i] = peak;
            area[i] = s / fsHz;
        }
        return new Series(t, amp, area);
    }
}
