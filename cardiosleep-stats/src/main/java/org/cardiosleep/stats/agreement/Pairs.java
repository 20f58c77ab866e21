package org.cardiosleep.stats.agreement;

/** Complete (non-NaN) pairs of two equally long arrays. */
record Pairs(double[] x, double[] y, int n) {
    static Pairs complete(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired arrays differ in length: " + a.length + " vs " + b.length);
        }
        double[] x = new double[a.length];
        double[] y = new double[a.length];
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                x[n] = a[i];
                y[n] = b[i];
                n++;
            }
        }
        return new Pairs(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n), n);
    }
}
