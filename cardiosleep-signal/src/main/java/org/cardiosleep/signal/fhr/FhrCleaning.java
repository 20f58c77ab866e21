package org.cardiosleep.signal.fhr;

/**
 * Fetal-heart-rate preprocessing: signal loss, implausible values, spikes, and gap filling.
 *
 * <p>Rules, in order (after Houzé de l'Aulnoit et al. 2019 and FIGO 2015 practice):
 * <ol>
 *   <li>values outside 50–210 bpm are signal loss;</li>
 *   <li>a jump of more than {@value #JUMP_BPM} bpm from the previous valid sample that comes back
 *       (opposite jump) within {@value #SPIKE_MAX_SEC} s marks the excursion between them as artefact
 *       (doubling/halving and maternal-capture glitches);</li>
 *   <li>gaps up to {@value #MAX_INTERPOLATED_GAP_SEC} s are filled by linear interpolation; longer
 *       gaps stay {@code NaN} (masked, never guessed).</li>
 * </ol>
 */
public final class FhrCleaning {
    public static final double MIN_BPM = 50;
    public static final double MAX_BPM = 210;
    public static final double JUMP_BPM = 25;
    public static final double SPIKE_MAX_SEC = 10;
    public static final double MAX_INTERPOLATED_GAP_SEC = 15;

    /** Sample flag: an observed value. */
    public static final byte OBSERVED = 0;
    /** Sample flag: filled by interpolation across a short gap. */
    public static final byte INTERPOLATED = 1;
    /** Sample flag: lost (NaN in the cleaned series). */
    public static final byte LOST = 2;

    private FhrCleaning() {
    }

    /**
     * The cleaned series.
     *
     * @param bpm   FHR with artefacts removed and short gaps filled; {@code NaN} in long gaps
     * @param flags per-sample {@link #OBSERVED}, {@link #INTERPOLATED} or {@link #LOST}
     */
    public record CleanFhr(double[] bpm, byte[] flags) {
        /** Fraction of samples lost after cleaning. */
        public double lossFraction() {
            if (flags.length == 0) {
                return 1;
            }
            int n = 0;
            for (byte f : flags) {
                if (f == LOST) {
                    n++;
                }
            }
            return n / (double) flags.length;
        }
    }

    public static CleanFhr clean(double[] fhrBpm, double fsHz) {
        int n = fhrBpm.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = fhrBpm[i];
            x[i] = v >= MIN_BPM && v <= MAX_BPM ? v : Double.NaN;
        }
        removeSpikes(x, fsHz);
        byte[] flags = new byte[n];
        int maxGap = (int) Math.round(MAX_INTERPOLATED_GAP_SEC * fsHz);
        int i = 0;
        while (i < n) {
            if (!Double.isNaN(x[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Double.isNaN(x[i])) {
                i++;
            }
            int len = i - start;
            boolean bounded = start > 0 && i < n;
            if (bounded && len <= maxGap) {
                double a = x[start - 1], b = x[i];
                for (int k = start; k < i; k++) {
                    x[k] = a + (b - a) * (k - start + 1) / (len + 1);
                    flags[k] = INTERPOLATED;
                }
            } else {
                for (int k = start; k < i; k++) {
                    flags[k] = LOST;
                }
            }
        }
        return new CleanFhr(x, flags);
    }

    /** Marks short excursions bounded by a jump and a return to the level before it as lost. */
    private static void removeSpikes(double[] x, double fsHz) {
        int n = x.length;
        int maxLen = (int) Math.round(SPIKE_MAX_SEC * fsHz);
        int prev = -1;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            if (prev >= 0 && Math.abs(x[i] - x[prev]) > JUMP_BPM) {
                double level = x[prev];
                int end = -1;
                for (int k = i + 1; k < n && k - i <= maxLen; k++) {
                    if (!Double.isNaN(x[k]) && Math.abs(x[k] - level) <= JUMP_BPM / 2) {
                        end = k;
                        break;
                    }
                }
                if (end > 0) {
                    for (int k = i; k < end; k++) {
                        x[k] = Double.NaN;
                    }
                    i = end;
                }
            }
            prev = i;
        }
    }
}
