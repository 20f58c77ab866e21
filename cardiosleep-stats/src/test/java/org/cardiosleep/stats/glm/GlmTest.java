package org.cardiosleep.stats.glm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link Glm} with R's glm() on fixed datasets; the reference fits were produced once by
 * src/test/resources/glm/make_reference.R (R 4.2.2) and are committed beside it.
 */
class GlmTest {
    private static final double REL = 1e-6;

    @ParameterizedTest
    @CsvSource({"gaussian_mtcars,GAUSSIAN", "binomial_mtcars,BINOMIAL", "poisson_dobson,POISSON",
            "poisson_warpbreaks,POISSON"})
    void matchesR(String name, Family family) throws Exception {
        List<String[]> data = csv("/glm/" + name + ".data.csv");
        String[] header = data.remove(0);
        int n = data.size();
        double[] y = new double[n];
        double[][] cols = new double[header.length - 1][n];
        for (int i = 0; i < n; i++) {
            y[i] = Double.parseDouble(data.get(i)[0]);
            for (int j = 1; j < header.length; j++) {
                cols[j - 1][i] = Double.parseDouble(data.get(i)[j]);
            }
        }
        String[] names = java.util.Arrays.copyOfRange(header, 1, header.length);
        GlmFit fit = Glm.fit(DesignMatrix.withIntercept(names, cols), y, family);

        List<String[]> ref = csv("/glm/" + name + ".fit.csv");
        ref.remove(0);
        assertEquals(ref.size(), fit.terms().length);
        for (int j = 0; j < ref.size(); j++) {
            String[] r = ref.get(j);
            String term = fit.terms()[j];
            close(Double.parseDouble(r[1]), fit.coefficients()[j], name + " " + term + " estimate");
            close(Double.parseDouble(r[2]), fit.standardErrors()[j], name + " " + term + " SE");
            close(Double.parseDouble(r[3]), fit.statistics()[j], name + " " + term + " statistic");
            close(Double.parseDouble(r[4]), fit.pValues()[j], name + " " + term + " p");
        }
        String[] s = csv("/glm/" + name + ".summary.csv").get(1);
        close(Double.parseDouble(s[0]), fit.deviance(), name + " deviance");
        close(Double.parseDouble(s[1]), fit.nullDeviance(), name + " null deviance");
        close(Double.parseDouble(s[2]), fit.aic(), name + " AIC");
        assertEquals(Integer.parseInt(s[3]), fit.dfResidual());
        close(Double.parseDouble(s[4]), fit.dispersion(), name + " dispersion");
        assertTrue(fit.converged());
        assertTrue(fit.warnings().isEmpty(), fit.warnings().toString());
    }

    /** Relative 1e-6, with an absolute floor for values that are zero up to rounding (e.g. 1e-15 in R). */
    private static void close(double expected, double actual, String what) {
        double tol = REL * Math.abs(expected) + 1e-12;
        assertEquals(expected, actual, tol, what);
    }

    @Test
    void gaussianWaldIntervalUsesT() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {1.1, 1.9, 3.2, 3.9, 5.1, 5.8};
        GlmFit fit = Glm.fit(DesignMatrix.withIntercept(new String[] {"x"}, new double[][] {x}), y, Family.GAUSSIAN);
        double halfWidth = fit.ciUpper()[1] - fit.coefficients()[1];
        // t quantile with 4 df at 0.975 = 2.776445
        assertEquals(2.7764451051977987 * fit.standardErrors()[1], halfWidth, 1e-9);
    }

    @Test
    void warnsOnCompleteSeparation() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {0, 0, 0, 0, 1, 1, 1, 1};
        GlmFit fit = Glm.fit(DesignMatrix.withIntercept(new String[] {"x"}, new double[][] {x}), y, Family.BINOMIAL);
        assertFalse(fit.warnings().isEmpty());
        assertTrue(fit.warnings().stream().anyMatch(w -> w.contains("separation")), fit.warnings().toString());
    }

    @Test
    void rejectsCollinearTermsAndBadResponses() {
        double[] x = {1, 2, 3, 4, 5};
        double[] x2 = {2, 4, 6, 8, 10};
        double[] y = {1, 0, 1, 0, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glm.fit(
                DesignMatrix.withIntercept(new String[] {"x", "x2"}, new double[][] {x, x2}), y, Family.GAUSSIAN));
        assertTrue(e.getMessage().contains("x2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Glm.fit(
                DesignMatrix.withIntercept(new String[] {"x"}, new double[][] {x}), new double[] {0, 1, 2, 0, 1},
                Family.BINOMIAL));
        assertThrows(IllegalArgumentException.class, () -> Glm.fit(
                DesignMatrix.withIntercept(new String[] {"x"}, new double[][] {x}), new double[] {0, 1.5, 2, 0, 1},
                Family.POISSON));
    }

    @Test
    void poissonOffsetRecoversRate() {
        // counts over exposure hours; rate 2/h in group 0 and 6/h in group 1 exactly
        double[] g = {0, 0, 1, 1};
        double[] hours = {1, 2, 1, 2};
        double[] counts = {2, 4, 6, 12};
        double[] off = new double[4];
        for (int i = 0; i < 4; i++) {
            off[i] = Math.log(hours[i]);
        }
        GlmFit fit = Glm.fit(DesignMatrix.withIntercept(new String[] {"g"}, new double[][] {g}), counts, off,
                Family.POISSON, 0.95, 1e-10, 50);
        assertEquals(Math.log(2), fit.coefficients()[0], 1e-8);
        assertEquals(Math.log(3), fit.coefficients()[1], 1e-8);
        assertEquals(0.0, fit.deviance(), 1e-9);
    }

    static List<String[]> csv(String resource) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GlmTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        }
        return rows;
    }
}
