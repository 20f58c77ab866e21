package org.cardiosleep.app.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SummaryJsonRoundTest {

    /** Six significant digits exactly as printing with %.6g and parsing back gives them. */
    @Test
    void roundsAsSixSignificantDigitsPrinted() {
        Random r = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            double x = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(16) - 8);
            double expected = Double.parseDouble(String.format(Locale.ROOT, "%.6g", x));
            assertEquals(expected, ((Number) SummaryJson.round(x)).doubleValue(), 0.0, "x=" + x);
        }
        for (double x : new double[] {1.0000005, 0.1234565, 123456.5, 2.5e-7, -3.14159265}) {
            assertEquals(Double.parseDouble(String.format(Locale.ROOT, "%.6g", x)),
                    ((Number) SummaryJson.round(x)).doubleValue(), 0.0, "x=" + x);
        }
        assertEquals(42L, SummaryJson.round(42.0));
    }
}
