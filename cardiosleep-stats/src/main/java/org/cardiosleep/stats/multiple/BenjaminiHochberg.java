package org.cardiosleep.stats.multiple;

/**
 * Benjamini–Hochberg (1995) false-discovery-rate control for independent or positively dependent
 * tests. Adjusted p-values are R's {@code p.adjust(p, "BH")}: q_(i) = min_{j &gt;= i} min(1, m p_(j) / j).
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /**
     * Adjusted p-values (q-values), in the input order. NaN p-values are kept NaN and not counted
     * among the m tests.
     */
    public static double[] adjust(double[] p) {
        int m = 0;
        for (double v : p) {
            if (!Double.isNaN(v)) {
                if (v < 0 || v > 1) {
                    throw new IllegalArgumentException("p-value out of [0, 1]: " + v);
                }
                m++;
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0, k = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[k++] = i;
            }
        }
        // ascending p; a one-off sort over m tests, not a hot loop
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] q = new double[p.length];
        java.util.Arrays.fill(q, Double.NaN);
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, Math.min(1.0, p[i] * m / rank));
            q[i] = running;
        }
        return q;
    }

    /** Which tests are discoveries at false-discovery rate {@code fdr}: adjusted p &lt;= fdr. */
    public static boolean[] reject(double[] p, double fdr) {
        double[] q = adjust(p);
        boolean[] r = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            r[i] = q[i] <= fdr;
        }
        return r;
    }
}
