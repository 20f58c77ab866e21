package org.cardiosleep.io.text;

/** Parses the elapsed-time column that WFDB's text tools print: {@code [[h:]m]m:ss.sss}. */
final class ElapsedTime {
    private ElapsedTime() {
    }

    /** Seconds for {@code text}, or NaN when it is not an elapsed time. */
    static double parseSec(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        double total = 0;
        int start = 0;
        int parts = 0;
        try {
            while (true) {
                int colon = s.indexOf(':', start);
                if (colon < 0) {
                    double sec = Double.parseDouble(s.substring(start));
                    if (sec < 0 || parts == 0) {
                        return Double.NaN;
                    }
                    return total * 60 + sec;
                }
                int v = Integer.parseInt(s.substring(start, colon));
                if (v < 0) {
                    return Double.NaN;
                }
                total = total * 60 + v;
                start = colon + 1;
                if (++parts > 2) {
                    return Double.NaN;
                }
            }
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
