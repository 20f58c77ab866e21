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
        if (Math.abs(x) >= 1e12 || decimals > 6) {
            return java.math.BigDecimal.valueOf(x).setScale(Math.min(decimals, 12), java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        }
        long scale = POW10[decimals];
        long v = Math.round(Math.abs(x) * scale);
        if (v == 0) {
            return "0";
        }
        StringBuilder b = new StringBuilder(24);
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
            String f = Long.toString(frac);
            b.append('.');
            for (int k = f.length(); k < d; k++) {
                b.append('0');
            }
            b.append(f);
        }
        return b.toString();
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
}
