package org.cardiosleep.signal.beat;

import org.cardiosleep.signal.Extrema;

/** Small numeric kernels over signal segments; indices outside the signal read the nearest edge sample. */
final class BeatMath {
    private BeatMath() {
    }

    static double at(double[] x, int i) {
        return x[i < 0 ? 0 : (i >= x.length ? x.length - 1 : i)];
    }

    /** True when {@code x[from..to]} lies inside the signal, so a kernel may index it directly (the common case). */
    static boolean inside(double[] x, int from, int to) {
        return from >= 0 && to < x.length;
    }

    /**
     * Pearson correlation of {@code x[xStart..xStart+len)} with {@code t[tStart..tStart+len)}; 0 when
     * either segment is flat.
     */
    static double pearson(double[] x, int xStart, double[] t, int tStart, int len) {
        if (xStart < 0 || xStart + len > x.length) {
            return pearsonClamped(x, xStart, t, tStart, len);
        }
        // one pass of raw sums; segments are short (tens of samples) and centred near zero by the
        // band-pass, so the cancellation in sxx - sx²/n is far below float precision of the features
        double sx = 0, st = 0, sxx = 0, stt = 0, sxy = 0;
        int k = 0;
        for (; k + 1 < len; k += 2) { // two samples per turn for the quick compiler, sums in the same order
            double a = x[xStart + k], b = t[tStart + k];
            sx += a;
            st += b;
            sxx += a * a;
            stt += b * b;
            sxy += a * b;
            a = x[xStart + k + 1];
            b = t[tStart + k + 1];
            sx += a;
            st += b;
            sxx += a * a;
            stt += b * b;
            sxy += a * b;
        }
        if (k < len) {
            double a = x[xStart + k], b = t[tStart + k];
            sx += a;
            st += b;
            sxx += a * a;
            stt += b * b;
            sxy += a * b;
        }
        double cxx = sxx - sx * sx / len, ctt = stt - st * st / len;
        if (cxx <= 1e-12 * sxx || ctt <= 1e-12 * stt) {
            return 0; // a flat segment (up to rounding)
        }
        return (sxy - sx * st / len) / Math.sqrt(cxx * ctt);
    }

    /**
     * A fixed segment {@code t[tStart..tStart+len)} that many segments are correlated with (a window of
     * the dominant beat): its sums are taken once, in the order {@link #pearson(double[], int, double[], int, int)}
     * takes them, so {@link #pearson(double[], int, Reference)} returns exactly what that would.
     */
    static final class Reference {
        final double[] t;
        final int tStart, len;
        final double st, stt, ctt;

        Reference(double[] t, int tStart, int len) {
            this.t = t;
            this.tStart = tStart;
            this.len = len;
            double s = 0, ss = 0;
            for (int k = 0; k < len; k++) {
                double b = t[tStart + k];
                s += b;
                ss += b * b;
            }
            st = s;
            stt = ss;
            ctt = ss - s * s / len;
        }
    }

    /** Pearson correlation of {@code x[xStart..xStart+len)} with the reference segment; 0 when either is flat. */
    static double pearson(double[] x, int xStart, Reference ref) {
        int len = ref.len;
        if (xStart < 0 || xStart + len > x.length) {
            return pearsonClamped(x, xStart, ref.t, ref.tStart, len);
        }
        double[] t = ref.t;
        int tStart = ref.tStart;
        double sx = 0, sxx = 0, sxy = 0;
        int k = 0;
        for (; k + 1 < len; k += 2) { // two samples per turn for the quick compiler, sums in the same order
            double a = x[xStart + k];
            sx += a;
            sxx += a * a;
            sxy += a * t[tStart + k];
            a = x[xStart + k + 1];
            sx += a;
            sxx += a * a;
            sxy += a * t[tStart + k + 1];
        }
        if (k < len) {
            double a = x[xStart + k];
            sx += a;
            sxx += a * a;
            sxy += a * t[tStart + k];
        }
        double cxx = sxx - sx * sx / len;
        if (cxx <= 1e-12 * sxx || ref.ctt <= 1e-12 * ref.stt) {
            return 0; // a flat segment (up to rounding)
        }
        return (sxy - sx * ref.st / len) / Math.sqrt(cxx * ref.ctt);
    }

    /**
     * Smallest value, largest value and mean of {@code x[from..to]} in one pass, into {@code out[0..2]};
     * the same values as {@link #min}, {@link #max} and {@link #mean}.
     */
    static void extremesAndMean(double[] x, int from, int to, double[] out) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, s = 0;
        if (inside(x, from, to)) {
            for (int i = from; i <= to; i++) {
                double v = x[i];
                lo = Extrema.min(lo, v);
                hi = Extrema.max(hi, v);
                s += v;
            }
        } else {
            for (int i = from; i <= to; i++) {
                double v = at(x, i);
                lo = Extrema.min(lo, v);
                hi = Extrema.max(hi, v);
                s += v;
            }
        }
        out[0] = lo;
        out[1] = hi;
        out[2] = s / (to - from + 1);
    }

    private static double pearsonClamped(double[] x, int xStart, double[] t, int tStart, int len) {
        double sx = 0, st = 0;
        for (int k = 0; k < len; k++) {
            sx += at(x, xStart + k);
            st += t[tStart + k];
        }
        double mx = sx / len, mt = st / len;
        double sxy = 0, sxx = 0, stt = 0;
        for (int k = 0; k < len; k++) {
            double a = at(x, xStart + k) - mx;
            double b = t[tStart + k] - mt;
            sxy += a * b;
            sxx += a * a;
            stt += b * b;
        }
        double d = Math.sqrt(sxx * stt);
        return d > 0 ? sxy / d : 0;
    }

    /** Peak-to-peak amplitude of {@code x[from..to]} (inclusive). */
    static double peakToPeak(double[] x, int from, int to) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        boolean inside = inside(x, from, to);
        for (int i = from; i <= to; i++) {
            double v = inside ? x[i] : at(x, i);
            lo = Extrema.min(lo, v);
            hi = Extrema.max(hi, v);
        }
        return hi - lo;
    }

    /** Largest value of {@code x[from..to]}. */
    static double max(double[] x, int from, int to) {
        double hi = Double.NEGATIVE_INFINITY;
        boolean inside = inside(x, from, to);
        for (int i = from; i <= to; i++) {
            hi = Extrema.max(hi, inside ? x[i] : at(x, i));
        }
        return hi;
    }

    /** Smallest value of {@code x[from..to]}. */
    static double min(double[] x, int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        boolean inside = inside(x, from, to);
        for (int i = from; i <= to; i++) {
            lo = Extrema.min(lo, inside ? x[i] : at(x, i));
        }
        return lo;
    }

    /** Mean of {@code x[from..to]}. */
    static double mean(double[] x, int from, int to) {
        double s = 0;
        if (inside(x, from, to)) {
            for (int i = from; i <= to; i++) {
                s += x[i];
            }
        } else {
            for (int i = from; i <= to; i++) {
                s += at(x, i);
            }
        }
        return s / (to - from + 1);
    }

    /** Sum of squares of {@code x[from..to]} about {@code ref}. */
    static double energy(double[] x, int from, int to, double ref) {
        double s = 0;
        boolean inside = inside(x, from, to);
        for (int i = from; i <= to; i++) {
            double v = (inside ? x[i] : at(x, i)) - ref;
            s += v * v;
        }
        return s;
    }

    /** Largest absolute central difference {@code (x[i+1]-x[i-1])/2} in {@code [from..to]}. */
    static double maxSlope(double[] x, int from, int to) {
        double m = 0;
        if (inside(x, from - 1, to + 1)) {
            for (int i = from; i <= to; i++) {
                m = Extrema.max(m, Math.abs(x[i + 1] - x[i - 1]) * 0.5);
            }
            return m;
        }
        for (int i = from; i <= to; i++) {
            m = Extrema.max(m, Math.abs(at(x, i + 1) - at(x, i - 1)) * 0.5);
        }
        return m;
    }

    /**
     * QRS duration in samples around {@code center}: the span over which the absolute slope stays above
     * 15 % of its maximum in the QRS window, allowing gaps shorter than {@code gap} samples (a
     * slope-threshold delineation in the manner of Laguna 1994, simplified to one lead).
     */
    static int qrsWidth(double[] x, int center, int before, int after, int gap) {
        return qrsWidth(x, center, before, after, gap, maxSlope(x, center - before, center + after));
    }

    /** The same, given {@code maxSlope(x, center - before, center + after)}. */
    static int qrsWidth(double[] x, int center, int before, int after, int gap, double maxSlope) {
        double thr = 0.15 * maxSlope;
        if (thr <= 0) {
            return 0;
        }
        int onset = center, below = 0;
        for (int i = center; i >= center - before - before / 2 && below < gap; i--) {
            if (Math.abs(at(x, i + 1) - at(x, i - 1)) * 0.5 >= thr) {
                onset = i;
                below = 0;
            } else {
                below++;
            }
        }
        int offset = center;
        below = 0;
        for (int i = center; i <= center + after + after / 2 && below < gap; i++) {
            if (Math.abs(at(x, i + 1) - at(x, i - 1)) * 0.5 >= thr) {
                offset = i;
                below = 0;
            } else {
                below++;
            }
        }
        return offset - onset;
    }

    /**
     * Median of {@code a[0..n)} (mean of the two middle values when {@code n} is even), by selection
     * in expected linear time; reorders {@code a}.
     */
    static double median(double[] a, int n) {
        double hi = select(a, n, n / 2);
        return n % 2 == 1 ? hi : 0.5 * (maxBelow(a, n / 2) + hi);
    }

    /**
     * The {@code k}-th smallest of {@code a[0..n)} (Hoare's selection, expected linear time); on return
     * {@code a[0..k)} holds values ≤ it, so the median of an even count needs only their maximum.
     */
    static double select(double[] a, int n, int k) {
        return org.cardiosleep.signal.Selection.select(a, n, k);
    }

    static double maxBelow(double[] a, int k) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            m = Extrema.max(m, a[i]);
        }
        return m;
    }
}
