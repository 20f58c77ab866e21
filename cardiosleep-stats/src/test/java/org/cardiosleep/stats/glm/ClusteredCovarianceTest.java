package org.cardiosleep.stats.glm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClusteredCovarianceTest {

    /** With one observation per cluster, CR1 equals White's HC1 = n/(n−k) · HC0, computed here by hand. */
    @Test
    void singletonClustersGiveHc1ForSimpleRegression() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] y = {2.1, 3.9, 6.2, 8.1, 9.7, 12.5, 13.8, 16.4, 18.1, 19.6};
        int n = x.length;
        DesignMatrix d = DesignMatrix.withIntercept(new String[] {"x"}, new double[][] {x});
        GlmFit fit = Glm.fit(d, y, Family.GAUSSIAN);
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = i;
        }
        GlmFit r = ClusteredCovariance.robust(fit, d, y, cluster);
        double mx = 0;
        for (double v : x) {
            mx += v / n;
        }
        double sxx = 0, num = 0;
        for (int i = 0; i < n; i++) {
            double e = y[i] - fit.coefficients()[0] - fit.coefficients()[1] * x[i];
            sxx += (x[i] - mx) * (x[i] - mx);
            num += (x[i] - mx) * (x[i] - mx) * e * e;
        }
        double hc1 = n / (n - 2.0) * num / (sxx * sxx);
        assertEquals(Math.sqrt(hc1), r.standardErrors()[1], 1e-10);
        assertEquals(fit.coefficients()[1], r.coefficients()[1], 0);
    }

    @Test
    void oneClusterIsRejected() {
        double[] x = {1, 2, 3, 4};
        double[] y = {1, 0, 1, 1};
        DesignMatrix d = DesignMatrix.withIntercept(new String[] {"x"}, new double[][] {x});
        GlmFit fit = Glm.fit(d, y, Family.BINOMIAL);
        assertThrows(IllegalArgumentException.class, () -> ClusteredCovariance.robust(fit, d, y, new int[4]));
    }
}
