package org.cardiosleep.signal.hrv;

/** Natural cubic spline through points with increasing abscissae, evaluated on a uniform grid. */
final class CubicSpline {
    private CubicSpline() {
    }

    /**
     * Fills {@code out[g]} for grid times {@code t0 + g/fs} inside [x[from], x[to-1]] with the
     * natural cubic spline through points {@code from..to-1}; other grid entries are untouched.
     * Linear time (Thomas algorithm for the second derivatives).
     */
    static void evaluate(double[] x, double[] y, int from, int to, double t0, double fs, double[] out) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        double[] m = new double[n]; // second derivatives, natural: m[0] = m[n-1] = 0
        if (n > 2) {
            double[] c = new double[n];
            double[] d = new double[n];
            for (int i = 1; i < n - 1; i++) {
                double h0 = x[from + i] - x[from + i - 1];
                double h1 = x[from + i + 1] - x[from + i];
                double a = h0, b = 2 * (h0 + h1), cc = h1;
                double r = 6 * ((y[from + i + 1] - y[from + i]) / h1 - (y[from + i] - y[from + i - 1]) / h0);
                double denom = b - a * c[i - 1];
                c[i] = cc / denom;
                d[i] = (r - a * d[i - 1]) / denom;
            }
            for (int i = n - 2; i >= 1; i--) {
                m[i] = d[i] - c[i] * m[i + 1];
            }
        }
        int gFirst = (int) Math.ceil((x[from] - t0) * fs - 1e-9);
        int gLast = (int) Math.floor((x[to - 1] - t0) * fs + 1e-9);
        gFirst = Math.max(gFirst, 0);
        gLast = Math.min(gLast, out.length - 1);
        int k = 0;
        for (int g = gFirst; g <= gLast; g++) {
            double t = t0 + g / fs;
            while (k < n - 2 && x[from + k + 1] < t) {
                k++;
            }
            double xa = x[from + k], xb = x[from + k + 1];
            double h = xb - xa;
            double a = (xb - t) / h, b = (t - xa) / h;
            out[g] = a * y[from + k] + b * y[from + k + 1]
                    + ((a * a * a - a) * m[k] + (b * b * b - b) * m[k + 1]) * h * h / 6.0;
        }
    }
}
