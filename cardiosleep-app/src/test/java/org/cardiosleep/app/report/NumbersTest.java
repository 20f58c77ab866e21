package org.cardiosleep.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NumbersTest {

    /**
     * The hand-made fixed-point text agrees with String.format on ordinary values and signs, except that
     * a negative value that rounds to zero is written without the minus sign.
     */
    @Test
    void paddedMatchesFormat() {
        Random r = new Random(2);
        for (int i = 0; i < 20_000; i++) {
            double x = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(8) - 2);
            int d = r.nextInt(5);
            String expected = String.format(Locale.ROOT, "%." + d + "f", x);
            if (expected.matches("-0(\\.0*)?")) {
                expected = expected.substring(1);
            }
            assertEquals(expected, Numbers.padded(x, d), "x=" + x + ", d=" + d);
        }
        assertEquals("0.0000", Numbers.padded(-0.00001, 4));
        assertEquals("-1.50", Numbers.padded(-1.5, 2));
        assertEquals("12", Numbers.padded(12.4, 0));
        assertEquals("", Numbers.padded(Double.NaN, 1));
    }

    @Test
    void fixedDropsTrailingZeros() {
        assertEquals("1.5", Numbers.fixed(1.5, 3));
        assertEquals("0", Numbers.fixed(0.0001, 3));
        assertEquals("-2", Numbers.fixed(-2.0, 2));
        assertEquals("", Numbers.fixed(Double.POSITIVE_INFINITY, 2));
    }

    /** The grouped form is String.format's %,.Nf (the report's numbers), signs and grouping included. */
    @Test
    void groupedMatchesFormat() {
        Random r = new Random(4);
        for (int i = 0; i < 20_000; i++) {
            double x = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(10) - 3);
            int d = r.nextInt(4);
            assertEquals(String.format(Locale.ROOT, "%,." + d + "f", x), Numbers.grouped(x, d), "x=" + x + ", d=" + d);
        }
        for (double x : new double[] {0.15, 2.5, -2.5, 1_234_567.85, -0.04, 0, 999.95, 1e15}) {
            for (int d = 0; d < 3; d++) {
                assertEquals(String.format(Locale.ROOT, "%,." + d + "f", x), Numbers.grouped(x, d), "x=" + x + ", d=" + d);
            }
        }
        assertEquals("07", Numbers.twoDigits(7));
        assertEquals("59", Numbers.twoDigits(59));
        assertEquals("123", Numbers.twoDigits(123));
    }
}
