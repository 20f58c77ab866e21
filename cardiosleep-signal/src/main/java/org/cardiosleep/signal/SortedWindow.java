package org.cardiosleep.signal;

import java.util.Arrays;

/**
 * A sliding window of values kept sorted, for running medians over beats: adding or removing a value
 * costs a binary search and a short array shift, so a median over ±k beats costs O(k) per beat with
 * small constants instead of a sort or a selection of the whole window.
 */
public final class SortedWindow {
    private final double[] v;
    private int size;

    /** An empty window holding at most {@code capacity} values. */
    public SortedWindow(int capacity) {
        v = new double[capacity];
    }

    /** Number of values in the window. */
    public int size() {
        return size;
    }

    /** Adds {@code x}. */
    public void add(double x) {
        int at = lowerBound(x);
        System.arraycopy(v, at, v, at + 1, size - at);
        v[at] = x;
        size++;
    }

    /** Removes one occurrence of {@code x}, which must be in the window. */
    public void remove(double x) {
        int at = lowerBound(x);
        if (at >= size || Double.compare(v[at], x) != 0) {
            throw new IllegalStateException("value not in the window: " + x);
        }
        System.arraycopy(v, at + 1, v, at, size - at - 1);
        size--;
    }

    /** Median (mean of the two middle values when the size is even); NaN when empty. */
    public double median() {
        if (size == 0) {
            return Double.NaN;
        }
        return size % 2 == 1 ? v[size / 2] : 0.5 * (v[size / 2 - 1] + v[size / 2]);
    }

    /** The value at rank {@code floor(q · size)} (clamped to the largest), an upper quantile for q ≥ 0.5; NaN when empty. */
    public double quantile(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        return v[Math.min(size - 1, Math.max(0, (int) (q * size)))];
    }

    private int lowerBound(double x) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double a = v[mid];
            // Double.compare's order (−0.0 before 0.0, NaN last), by plain comparisons where they decide
            if (a < x || (!(a > x) && Double.compare(a, x) < 0)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.copyOf(v, size));
    }
}
