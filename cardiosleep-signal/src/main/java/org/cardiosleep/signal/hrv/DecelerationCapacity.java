package org.cardiosleep.signal.hrv;

/**
 * Deceleration and acceleration capacity by phase-rectified signal averaging (Bauer et al.,
 * Lancet 2006; T = 1, s = 2): anchors are NN intervals longer (DC) or shorter (AC) than their
 * predecessor by at most 5 % (larger jumps are treated as artefacts); the NN intervals around the
 * anchors are averaged to X(−2..1) and DC = [X(0) + X(1) − X(−1) − X(−2)] / 4. Only runs of four
 * adjacent NN intervals are used.
 */
public final class DecelerationCapacity {
    private DecelerationCapacity() {
    }

    /** {DC, AC} in ms (AC is negative in health), NaN without anchors. */
    public static double[] compute(NnSeries nn) {
        double[] x = nn.nnMs();
        double[] dec = new double[4];
        double[] acc = new double[4];
        int nd = 0, na = 0;
        for (int i = 2; i + 1 < x.length; i++) {
            if (!nn.adjacent(i - 1) || !nn.adjacent(i) || !nn.adjacent(i + 1)) {
                continue;
            }
            double prev = x[i - 1];
            double cur = x[i];
            if (cur > prev && cur <= 1.05 * prev) {
                for (int k = 0; k < 4; k++) {
                    dec[k] += x[i - 2 + k];
                }
                nd++;
            } else if (cur < prev && cur >= 0.95 * prev) {
                for (int k = 0; k < 4; k++) {
                    acc[k] += x[i - 2 + k];
                }
                na++;
            }
        }
        double dc = nd > 0 ? (dec[2] + dec[3] - dec[1] - dec[0]) / (4.0 * nd) : Double.NaN;
        double ac = na > 0 ? (acc[2] + acc[3] - acc[1] - acc[0]) / (4.0 * na) : Double.NaN;
        return new double[] {dc, ac};
    }
}
