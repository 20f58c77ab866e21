package org.cardiosleep.signal.hrv;

/**
 * Time-domain HRV indices per the Task Force of the ESC and NASPE (Circulation 1996;93:1043):
 * statistical measures (SDNN, RMSSD, pNN50), the geometric HRV triangular index and TINN from the
 * NN histogram with bins of 1/128 s (7.8125 ms), and SDANN / SDNN index over 5-min segments.
 */
public final class TimeDomain {
    /** Histogram bin width of the geometric methods: 1/128 s (Task Force 1996). */
    public static final double BIN_MS = 1000.0 / 128.0;

    private TimeDomain() {
    }

    /** All time-domain indices of an NN series. */
    public static TimeDomainHrv compute(NnSeries nn) {
        int n = nn.size();
        double[] x = nn.nnMs();
        if (n < 2) {
            return new TimeDomainHrv(n, n == 1 ? x[0] : Double.NaN, n == 1 ? 60000.0 / x[0] : Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sdnn = Math.sqrt(ss / (n - 1));
        double sumSq = 0;
        int pairs = 0, over50 = 0;
        for (int k = 1; k < n; k++) {
            if (!nn.adjacent(k)) {
                continue;
            }
            double d = x[k] - x[k - 1];
            sumSq += d * d;
            pairs++;
            if (Math.abs(d) > 50.0) {
                over50++;
            }
        }
        double rmssd = pairs > 0 ? Math.sqrt(sumSq / pairs) : Double.NaN;
        double pnn50 = pairs > 0 ? 100.0 * over50 / pairs : Double.NaN;
        int[] hist = histogram(x);
        double triIndex = Double.NaN;
        double tinn = Double.NaN;
        if (hist.length > 0) {
            int max = 0;
            for (int h : hist) {
                max = Math.max(max, h);
            }
            triIndex = (double) n / max;
            tinn = tinnMs(hist);
        }
        return new TimeDomainHrv(n, mean, 60000.0 / mean, sdnn, rmssd, pnn50, triIndex, tinn);
    }

    /** NN histogram with bins of 1/128 s starting at 0 ms (bin k covers [k, k+1)·BIN_MS). */
    static int[] histogram(double[] nnMs) {
        if (nnMs.length == 0) {
            return new int[0];
        }
        double max = 0;
        for (double v : nnMs) {
            max = Math.max(max, v);
        }
        int[] h = new int[(int) (max / BIN_MS) + 2];
        for (double v : nnMs) {
            h[(int) (v / BIN_MS)]++;
        }
        return h;
    }

    /**
     * TINN (Task Force 1996): the histogram D is approximated by a triangle q with q = 0 outside
     * [N, M], q(X) = D(X) at the mode X, linear in between; N and M are chosen to minimise
     * the integral of (D - q)^2 over all bins, and TINN = M - N. Searched exhaustively over bin
     * edges N &lt; X &lt; M, with prefix sums so each candidate costs O(width).
     */
    static double tinnMs(int[] h) {
        int x = 0;
        for (int i = 1; i < h.length; i++) {
            if (h[i] > h[x]) {
                x = i;
            }
        }
        int first = 0;
        while (first < h.length && h[first] == 0) {
            first++;
        }
        int last = h.length - 1;
        while (last > 0 && h[last] == 0) {
            last--;
        }
        double y = h[x];
        // squared error left of the mode depends only on N, right of the mode only on M: minimise separately
        // (the sum over bins outside [N, M] of D^2 plus the fit error inside)
        double[] sq = new double[h.length + 1];
        for (int i = 0; i < h.length; i++) {
            sq[i + 1] = sq[i] + (double) h[i] * h[i];
        }
        int bestN = x;
        double bestLeft = Double.POSITIVE_INFINITY;
        for (int nIdx = Math.max(0, first - 1); nIdx < x; nIdx++) {
            double err = sq[nIdx + 1]; // bins 0..nIdx are outside the triangle (q = 0 at N)
            for (int i = nIdx + 1; i < x; i++) {
                double q = y * (i - nIdx) / (x - nIdx);
                err += (h[i] - q) * (h[i] - q);
            }
            if (err < bestLeft) {
                bestLeft = err;
                bestN = nIdx;
            }
        }
        int bestM = x;
        double bestRight = Double.POSITIVE_INFINITY;
        for (int mIdx = x + 1; mIdx <= Math.min(h.length, last + 1); mIdx++) {
            double err = sq[h.length] - sq[Math.min(mIdx, h.length)];
            for (int i = x + 1; i < mIdx && i < h.length; i++) {
                double q = y * (mIdx - i) / (mIdx - x);
                err += (h[i] - q) * (h[i] - q);
            }
            if (err < bestRight) {
                bestRight = err;
                bestM = mIdx;
            }
        }
        if (bestN == x || bestM == x) {
            return Double.NaN;
        }
        return (bestM - bestN) * BIN_MS;
    }

    /**
     * SDANN and SDNN index (Task Force 1996) over consecutive segments of {@code segmentSec}
     * (5 min) from the first beat: SDANN is the SD of the segment means, SDNN index the mean of the
     * segment SDs. A segment counts when its NN intervals cover at least half of it.
     *
     * @return {sdannMs, sdnnIndexMs, segmentsUsed}
     */
    public static double[] sdannAndIndex(NnSeries nn, double segmentSec) {
        int n = nn.size();
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN, 0};
        }
        double[] t = nn.timeSec();
        double[] x = nn.nnMs();
        double t0 = Math.floor(t[0] / segmentSec) * segmentSec;
        double sumMeans = 0, sumMeansSq = 0, sumSd = 0;
        int segs = 0;
        int i = 0;
        while (i < n) {
            double end = t0 + (Math.floor((t[i] - t0) / segmentSec) + 1) * segmentSec;
            int j = i;
            double s = 0, s2 = 0;
            while (j < n && t[j] < end) {
                s += x[j];
                s2 += x[j] * x[j];
                j++;
            }
            int m = j - i;
            if (m >= 2 && s >= 0.5 * segmentSec * 1000.0) {
                double mean = s / m;
                double var = Math.max(0, (s2 - m * mean * mean) / (m - 1));
                sumMeans += mean;
                sumMeansSq += mean * mean;
                sumSd += Math.sqrt(var);
                segs++;
            }
            i = j;
        }
        if (segs == 0) {
            return new double[] {Double.NaN, Double.NaN, 0};
        }
        double meanOfMeans = sumMeans / segs;
        double sdann = segs >= 2 ? Math.sqrt(Math.max(0, (sumMeansSq - segs * meanOfMeans * meanOfMeans) / (segs - 1)))
                : Double.NaN;
        return new double[] {sdann, sumSd / segs, segs};
    }
}
