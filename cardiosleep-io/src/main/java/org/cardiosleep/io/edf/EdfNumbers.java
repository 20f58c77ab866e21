package org.cardiosleep.io.edf;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of numbers into EDF's fixed-width ASCII header fields. */
final class EdfNumbers {
    private EdfNumbers() {
    }

    /**
     * The most precise plain decimal of {@code v} that fits {@code width} characters (no exponent,
     * trailing zeros removed), as EDF header fields require.
     */
    static String fit(double v, int width, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " is not finite: " + v);
        }
        BigDecimal exact = new BigDecimal(Double.toString(v));
        for (int scale = width; scale >= 0; scale--) {
            BigDecimal r = exact.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
            if (r.scale() < 0) {
                r = r.setScale(0);
            }
            String s = r.toPlainString();
            if (s.equals("-0")) {
                s = "0";
            }
            if (s.length() <= width) {
                return s;
            }
        }
        throw new IllegalArgumentException(what + " " + v + " does not fit " + width + " characters");
    }
}
