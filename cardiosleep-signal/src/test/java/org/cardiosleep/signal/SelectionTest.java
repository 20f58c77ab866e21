package org.cardiosleep.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SelectionTest {

    private static double sortedQuantile(double[] v, int n, double q) {
        double[] s = Arrays.copyOf(v, n);
        Arrays.sort(s);
        double pos = q * (n - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(n - 1, i + 1);
        return s[i] + (pos - i) * (s[j] - s[i]);
    }

    /** Quantiles by selection equal interpolation in the sorted values, with ties, for every size. */
    @Test
    void quantilesEqualSorting() {
        Random r = new Random(12);
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + r.nextInt(300);
            double[] v = new double[n + 5];
            for (int i = 0; i < v.length; i++) {
                v[i] = trial % 3 == 0 ? r.nextInt(7) : 60 / (0.5 + r.nextDouble());
            }
            for (double q : new double[] {0, 0.05, 0.1, 0.5, 0.9, 0.95, 1}) {
                double expected = sortedQuantile(v, n, q);
                assertEquals(expected, Selection.quantile(Arrays.copyOf(v, v.length), n, q), 0.0, "n=" + n + " q=" + q);
            }
            int k = r.nextInt(n);
            double[] s = Arrays.copyOf(v, n);
            Arrays.sort(s);
            assertEquals(s[k], Selection.select(Arrays.copyOf(v, n), n, k), 0.0);
        }
    }

    @Test
    void nanSortsLastAsInASort() {
        double[] v = {3, Double.NaN, 1, 2};
        assertEquals(sortedQuantile(v, 4, 0.5), Selection.quantile(v.clone(), 4, 0.5), 0.0);
        assertEquals(Double.NaN, Selection.quantile(v.clone(), 4, 1.0));
    }
}
