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
        int half = halfWindow(fsHz);
        int base = baselineSamples(fsHz);
        double[] buf = new double[base];
        for (int i = 0; i < n; i++) {
            int r = (int) rPeaks[i];
            t[i] = r / fsHz;
            double baseline = baseline(ecg, ecg.length, r, half, base, buf);
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

    /** Samples either side of the R peak over which the amplitude is taken (50 ms). */
    public static int halfWindow(double fsHz) {
        return Math.max(1, (int) Math.round(0.05 * fsHz));
    }

    /** Samples of the baseline before the amplitude's window (100 ms). */
    public static int baselineSamples(double fsHz) {
        return Math.max(2, (int) Math.round(0.1 * fsHz));
    }

    /**
     * The amplitude {@link #fromEcg} gives the beat whose R peak is {@code ecg[r]}, reading only
     * {@code ecg[0..len)}: a window of {@link #baselineSamples} + {@link #halfWindow} samples before
     * the peak and {@link #halfWindow} after it suffices (fewer where the recording ends). {@code buf}
     * holds at least {@link #baselineSamples} values.
     */
    public static double amplitude(double[] ecg, int len, int r, double fsHz, double[] buf) {
        int half = halfWindow(fsHz);
        double baseline = baseline(ecg, len, r, half, baselineSamples(fsHz), buf);
        double peak = 0;
        for (int j = Math.max(0, r - half); j <= Math.min(len - 1, r + half); j++) {
            double d = ecg[j] - baseline;
            if (Math.abs(d) > Math.abs(peak)) {
                peak = d;
            }
        }
        return peak;
    }

    /** The median of the {@code base} samples before the window of {@code half} samples around {@code r}. */
    private static double baseline(double[] ecg, int len, int r, int half, int base, double[] buf) {
        int b0 = Math.max(0, r - half - base);
        int b1 = Math.max(0, r - half);
        int k = 0;
        for (int j = b0; j < b1 && k < base; j++) {
            buf[k++] = ecg[j];
        }
        if (k == 0) {
            return ecg[Math.max(0, Math.min(len - 1, r))];
        }
        return org.cardiosleep.signal.Selection.select(buf, k, k / 2); // the element a sort would put at k / 2
    }
}
