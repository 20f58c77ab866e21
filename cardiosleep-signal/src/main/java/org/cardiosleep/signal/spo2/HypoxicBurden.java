package org.cardiosleep.signal.spo2;

/**
 * Hypoxic burden after Azarbarzin et al., Eur Heart J 2019;40:1149-57: the total area under the
 * pre-event SpO2 baseline within an event-specific search window, summed over respiratory events
 * and divided by sleep time (%·min/h).
 *
 * <ol>
 * <li>SpO2 is ensemble-averaged over all events, aligned on event end, from -120 s to +120 s.</li>
 * <li>The nadir of the average is sought between -(mean event duration) and
 *     +min(90 s, mean gap between event ends).</li>
 * <li>The search window runs from the highest point of the average in the
 *     {@value #PEAK_SEARCH_SEC} s before the nadir to the highest point in the
 *     {@value #PEAK_SEARCH_SEC} s after it (the "peaks" bounding the averaged desaturation).</li>
 * <li>For each event the baseline is the highest valid SpO2 in the 100 s before event end; the area is
 *     the sum of (baseline − SpO2) over the window where positive, times the sample interval. A sample
 *     already counted for an earlier event is not counted again.</li>
 * </ol>
 */
public final class HypoxicBurden {
    static final int HALF_SPAN_SEC = 120;
    static final int BASELINE_SEC = 100;
    static final int PEAK_SEARCH_SEC = 60;

    private HypoxicBurden() {
    }

    /**
     * The result.
     *
     * @param burdenPctMinPerHour total area over sleep hours, %·min/h
     * @param totalAreaPctMin     summed area, %·min
     * @param windowStartSec      search-window start relative to event end, s
     * @param windowEndSec        search-window end relative to event end, s
     * @param events              number of events used
     */
    public record Result(double burdenPctMinPerHour, double totalAreaPctMin, double windowStartSec,
                         double windowEndSec, int events) {
    }

    /**
     * Computes the hypoxic burden.
     *
     * @param spo2        SpO2 in %
     * @param fsHz        its sampling rate
     * @param eventEndSec respiratory event ends, ascending, s from start
     * @param eventDurSec their durations, s
     * @param sleepHours  total sleep time in hours (the denominator)
     */
    public static Result compute(float[] spo2, double fsHz, double[] eventEndSec, double[] eventDurSec,
                                 double sleepHours) {
        int m = eventEndSec.length;
        if (m == 0 || !(sleepHours > 0)) {
            return new Result(m == 0 ? 0 : Double.NaN, 0, Double.NaN, Double.NaN, 0);
        }
        int half = (int) Math.round(HALF_SPAN_SEC * fsHz);
        double[] sum = new double[2 * half + 1];
        int[] count = new int[2 * half + 1];
        double meanDur = 0, meanGap = 0;
        for (int e = 0; e < m; e++) {
            meanDur += eventDurSec[e] / m;
            if (e > 0) {
                meanGap += (eventEndSec[e] - eventEndSec[e - 1]) / (m - 1);
            }
            int c = (int) Math.round(eventEndSec[e] * fsHz);
            for (int k = -half; k <= half; k++) {
                int i = c + k;
                if (i >= 0 && i < spo2.length && DesaturationDetector.valid(spo2[i])) {
                    sum[k + half] += spo2[i];
                    count[k + half]++;
                }
            }
        }
        double[] avg = new double[sum.length];
        for (int k = 0; k < avg.length; k++) {
            avg[k] = count[k] > 0 ? sum[k] / count[k] : Double.NaN;
        }
        double gapLimit = m > 1 ? Math.min(90, meanGap) : 90;
        int nadir = argExtreme(avg, half - (int) Math.round(meanDur * fsHz), half + (int) Math.round(gapLimit * fsHz),
                false);
        if (nadir < 0) {
            return new Result(Double.NaN, 0, Double.NaN, Double.NaN, 0);
        }
        int peakSpan = (int) Math.round(PEAK_SEARCH_SEC * fsHz);
        int start = argExtreme(avg, nadir - peakSpan, nadir, true);
        int end = argExtreme(avg, nadir, nadir + peakSpan, true);
        int ws = start - half, we = end - half;
        int baseSpan = (int) Math.round(BASELINE_SEC * fsHz);
        double area = 0;
        long counted = Long.MIN_VALUE; // last sample index already counted
        int used = 0;
        for (int e = 0; e < m; e++) {
            int c = (int) Math.round(eventEndSec[e] * fsHz);
            double base = Double.NaN;
            for (int i = Math.max(0, c - baseSpan); i <= c && i < spo2.length; i++) {
                if (DesaturationDetector.valid(spo2[i]) && !(spo2[i] <= base)) {
                    base = spo2[i];
                }
            }
            if (Double.isNaN(base)) {
                continue;
            }
            used++;
            for (long i = Math.max(c + (long) ws, counted + 1); i <= c + (long) we; i++) {
                if (i < 0 || i >= spo2.length) {
                    continue;
                }
                float v = spo2[(int) i];
                if (DesaturationDetector.valid(v) && v < base) {
                    area += base - v;
                }
                counted = i;
            }
        }
        double areaPctMin = area / fsHz / 60;
        return new Result(areaPctMin / sleepHours, areaPctMin, ws / fsHz, we / fsHz, used);
    }

    /** Index of the minimum (or maximum) of the non-NaN values in [from, to], first occurrence; -1 if none. */
    private static int argExtreme(double[] a, int from, int to, boolean max) {
        int best = -1;
        for (int k = Math.max(0, from); k <= Math.min(a.length - 1, to); k++) {
            if (Double.isNaN(a[k])) {
                continue;
            }
            if (best < 0 || (max ? a[k] > a[best] : a[k] < a[best])) {
                best = k;
            }
        }
        return best;
    }
}
