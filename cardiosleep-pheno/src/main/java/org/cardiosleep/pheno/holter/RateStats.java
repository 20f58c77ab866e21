package org.cardiosleep.pheno.holter;

import java.util.Map;

import org.cardiosleep.signal.SortedArrays;

/**
 * Heart rate of a stretch of beats: mean rate (beats per time), and the minimum and maximum of
 * the 1-min mean heart rate (with the time of the minute's start), minutes needing at least 10
 * beats over at least 30 s so that noise and gaps do not make extremes. Intervals across lost
 * signal ({@link SignalLoss}) count in neither: the mean is taken over the other intervals, and a
 * minute holding such an interval gives no extreme.
 */
final class RateStats {
    private RateStats() {
    }

    static void put(HolterInput in, double fromSec, double toSec, Map<String, Object> v) {
        double[] t = in.beatTimeSec();
        int a = SortedArrays.lowerBound(t, fromSec), b = SortedArrays.lowerBound(t, toSec);
        double mean = b - a >= 2 ? 60.0 * (b - a - 1) / (t[b - 1] - t[a]) : Double.NaN;
        if (in.signalLoss().any() && b - a >= 2) {
            int k = 0;
            double sum = 0;
            for (int i = a + 1; i < b; i++) {
                if (!in.crossesLoss(i)) {
                    k++;
                    sum += t[i] - t[i - 1];
                }
            }
            mean = k > 0 ? 60.0 * k / sum : Double.NaN;
        }
        double min = Double.NaN, max = Double.NaN, minT = Double.NaN, maxT = Double.NaN;
        int i = a;
        while (i < b) {
            double minuteStart = fromSec + Math.floor((t[i] - fromSec) / 60.0) * 60.0;
            int j = SortedArrays.lowerBound(t, Math.min(minuteStart + 60.0, toSec));
            j = Math.max(j, i + 1);
            int k = j - i;
            if (k >= 10 && t[j - 1] - t[i] >= 30.0 && !in.signalLoss().spans(t[i], t[j - 1])) {
                double hr = 60.0 * (k - 1) / (t[j - 1] - t[i]);
                if (Double.isNaN(min) || hr < min) {
                    min = hr;
                    minT = minuteStart;
                }
                if (Double.isNaN(max) || hr > max) {
                    max = hr;
                    maxT = minuteStart;
                }
            }
            i = j;
        }
        v.put("HR_MEAN", mean);
        v.put("HR_MIN", min);
        v.put("HR_MIN_T", minT);
        v.put("HR_MAX", max);
        v.put("HR_MAX_T", maxT);
    }
}
