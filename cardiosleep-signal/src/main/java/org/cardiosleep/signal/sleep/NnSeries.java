package org.cardiosleep.signal.sleep;

import java.util.Arrays;

import org.cardiosleep.signal.SortedWindow;

/**
 * Normal-to-normal (NN) intervals: the RR intervals between two consecutive normal beats that pass
 * a plausibility filter, each stamped with the time of the beat that ends it.
 *
 * @param timeSec end-beat time of each interval, seconds, increasing
 * @param rrSec   interval length, seconds
 */
public record NnSeries(double[] timeSec, double[] rrSec) {
    /** Shortest and longest plausible RR interval (30 and 200 bpm). */
    public static final double MIN_RR_SEC = 0.3;
    public static final double MAX_RR_SEC = 2.0;
    /** Largest relative deviation from the local median accepted as a normal interval. */
    public static final double MAX_RELATIVE_DEVIATION = 0.2;

    public NnSeries {
        if (timeSec.length != rrSec.length) {
            throw new IllegalArgumentException("times and intervals differ in length");
        }
    }

    public int size() {
        return rrSec.length;
    }

    /**
     * NN intervals from beat times: keeps an interval when both its beats are normal, it lies in
     * [0.3, 2.0] s, and it deviates by less than 20 % from the median of the 11 surrounding RR
     * intervals (a common ectopic/artefact filter, e.g. sleepecg and Task Force 1996 practice).
     *
     * @param beatTimeSec beat times, seconds, increasing
     * @param normal      whether each beat is a normal (sinus) beat; null = all normal
     */
    public static NnSeries fromBeats(double[] beatTimeSec, boolean[] normal) {
        int n = beatTimeSec.length;
        if (n < 2) {
            return new NnSeries(new double[0], new double[0]);
        }
        double[] rr = new double[n - 1];
        for (int i = 1; i < n; i++) {
            rr[i - 1] = beatTimeSec[i] - beatTimeSec[i - 1];
        }
        double[] t = new double[n - 1];
        double[] v = new double[n - 1];
        // the median of the 11 intervals around each one, kept sorted as the window slides (its
        // bounds only move forward)
        SortedWindow window = new SortedWindow(12);
        int wLo = 0, wHi = 0;
        int m = 0;
        for (int i = 0; i < rr.length; i++) {
            if (normal != null && (!normal[i] || !normal[i + 1])) {
                continue;
            }
            double r = rr[i];
            if (r < MIN_RR_SEC || r > MAX_RR_SEC) {
                continue;
            }
            int lo = Math.max(0, i - 5);
            int hi = Math.min(rr.length, lo + 11);
            lo = Math.max(0, hi - 11);
            if (lo >= wHi) {
                window = new SortedWindow(12);
                wLo = lo;
                wHi = lo;
            }
            for (; wLo < lo; wLo++) {
                window.remove(rr[wLo]);
            }
            for (; wHi < hi; wHi++) {
                window.add(rr[wHi]);
            }
            double med = window.median();
            if (Math.abs(r - med) > MAX_RELATIVE_DEVIATION * med) {
                continue;
            }
            t[m] = beatTimeSec[i + 1];
            v[m++] = r;
        }
        return new NnSeries(Arrays.copyOf(t, m), Arrays.copyOf(v, m));
    }

    /** Index of the first interval ending at or after {@code sec}. */
    public int indexAtOrAfter(double sec) {
        int i = Arrays.binarySearch(timeSec, sec);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The NN series resampled to a uniform grid by linear interpolation (the tachogram used for
     * spectral HRV, Task Force 1996). Samples in a gap longer than {@code maxGapSec} hold the mean
     * interval so that they add no spectral power.
     *
     * @return {@code n} samples of RR in seconds at {@code startSec + i / fsHz}
     */
    public double[] resample(double fsHz, double startSec, int n, double maxGapSec) {
        double[] out = new double[n];
        if (size() == 0) {
            return out;
        }
        double mean = 0;
        for (double r : rrSec) {
            mean += r;
        }
        mean /= size();
        int j = 0;
        for (int i = 0; i < n; i++) {
            double t = startSec + i / fsHz;
            while (j < size() && timeSec[j] < t) {
                j++;
            }
            if (j == 0 || j == size()) {
                out[i] = mean;
                continue;
            }
            double t0 = timeSec[j - 1];
            double t1 = timeSec[j];
            if (t1 - t0 > maxGapSec) {
                out[i] = mean;
            } else {
                double w = (t - t0) / (t1 - t0);
                out[i] = rrSec[j - 1] + w * (rrSec[j] - rrSec[j - 1]);
            }
        }
        return out;
    }
}
