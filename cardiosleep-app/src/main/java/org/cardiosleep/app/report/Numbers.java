package org.cardiosleep.app.report;

/** Fast, locale-free number formatting for the CSV tables, the JSON summary and the SVG charts. */
public final class Numbers {
    private Numbers() {
    }

    private static final long[] POW10 = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000};

    /**
     * At most {@code decimals} decimals (half-up), trailing zeros dropped, '.' separator, empty for
     * NaN; written by hand because BigDecimal/String.format cost more than the rest of a night's CSV.
     */
    public static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return "";
        }
        return appendFixed(new StringBuilder(24), x, decimals).toString();
    }

    /** {@link #fixed} appended to {@code b} (nothing for NaN), without a String per number. */
    public static StringBuilder appendFixed(StringBuilder b, double x, int decimals) {
        if (!Double.isFinite(x)) {
            return b;
        }
        if (Math.abs(x) >= 1e12 || decimals > 6) {
            return b.append(java.math.BigDecimal.valueOf(x).setScale(Math.min(decimals, 12),
                    java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
        long scale = POW10[decimals];
        long v = Math.round(Math.abs(x) * scale);
        if (v == 0) {
            return b.append('0');
        }
        if (x < 0) {
            b.append('-');
        }
        b.append(v / scale);
        long frac = v % scale;
        if (frac != 0) {
            int d = decimals;
            while (frac % 10 == 0) {
                frac /= 10;
                d--;
            }
            b.append('.');
            for (long p = POW10[d - 1]; p > frac; p /= 10) {
                b.append('0'); // leading zeros of the fraction's d digits
            }
            b.append(frac);
        }
        return b;
    }

    /**
     * Exactly {@code decimals} decimals (half-up, trailing zeros kept, as {@code %.Nf} prints them up
     * to the last binary digit), '.' separator, empty for NaN; for large tables where String.format
     * would dominate the cost of writing them.
     */
    public static String padded(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return "";
        }
        if (Math.abs(x) >= 1e12 || decimals > 6) {
            return java.math.BigDecimal.valueOf(x).setScale(Math.min(decimals, 12), java.math.RoundingMode.HALF_UP)
                    .toPlainString();
        }
        long scale = POW10[decimals];
        long v = Math.round(Math.abs(x) * scale);
        StringBuilder b = new StringBuilder(24);
        if (x < 0 && v != 0) {
            b.append('-');
        }
        b.append(v / scale);
        if (decimals > 0) {
            String f = Long.toString(v % scale);
            b.append('.');
            for (int k = f.length(); k < decimals; k++) {
                b.append('0');
            }
            b.append(f);
        }
        return b.toString();
    }

    /** {@code v} as two digits with a leading zero ({@code %02d}) for 0..99, else as is. */
    public static String twoDigits(long v) {
        return v >= 0 && v < 10 ? "0" + v : Long.toString(v);
    }

    /**
     * {@code %,.Nf} in the root locale: {@code decimals} decimals, rounded half-up from the shortest
     * decimal form of {@code v} as {@link java.util.Formatter} does, thousands grouped with ','.
     */
    public static String grouped(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        String plain = new java.math.BigDecimal(Double.toString(v))
                .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        int start = negative ? 1 : 0;
        int dot = plain.indexOf('.');
        int intEnd = dot < 0 ? plain.length() : dot;
        StringBuilder b = new StringBuilder(plain.length() + 8);
        if (negative || v < 0 || (v == 0 && 1 / v < 0)) {
            b.append('-');
        }
        for (int i = start; i < intEnd; i++) {
            if (i > start && (intEnd - i) % 3 == 0) {
                b.append(',');
            }
            b.append(plain.charAt(i));
        }
        return b.append(plain, intEnd, plain.length()).toString();
    }
}
