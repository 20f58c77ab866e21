package org.cardiosleep.signal;

/**
 * Order statistics without sorting: Hoare's selection in expected linear time, for the medians and
 * quantiles of windows that are taken once per beat, epoch or minute. The values returned are those a
 * full sort would give.
 */
public final class Selection {
    private Selection() {
    }

    /**
     * The {@code k}-th smallest of {@code a[0..n)}; reorders {@code a} so that {@code a[0..k)} holds
     * values ≤ it and {@code a(k..n)} values ≥ it. No NaN allowed.
     */
    public static double select(double[] a, int n, int k) {
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double tmp = a[i];
                    a[i++] = a[j];
                    a[j--] = tmp;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return a[k];
    }

    /** Quantile {@code q} of the ascending {@code v[0..n)}, interpolating linearly at position {@code q·(n−1)}. */
    public static double quantileSorted(double[] v, int n, double q) {
        double pos = q * (n - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(n - 1, i + 1);
        return v[i] + (pos - i) * (v[j] - v[i]);
    }

    /**
     * Quantile {@code q} of {@code a[0..n)} with linear interpolation between order statistics
     * (position {@code q·(n−1)}, as {@code numpy.quantile}'s default), equal to interpolating in the
     * sorted values; reorders {@code a}. Falls back to sorting when a value is NaN (sorted last).
     */
    public static double quantile(double[] a, int n, double q) {
        double pos = q * (n - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(n - 1, i + 1);
        for (int k = 0; k < n; k++) {
            if (a[k] != a[k]) {
                java.util.Arrays.sort(a, 0, n);
                return quantileSorted(a, n, q);
            }
        }
        double vi = select(a, n, i);
        double vj = vi;
        if (j > i) {
            vj = a[i + 1];
            for (int k = i + 2; k < n; k++) {
                if (a[k] < vj) {
                    vj = a[k];
                }
            }
        }
        return vi + (pos - i) * (vj - vi);
    }
}
