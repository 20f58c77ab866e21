package org.cardiosleep.signal;

/**
 * Binary searches on ascending arrays that, unlike {@link java.util.Arrays#binarySearch}, give a
 * defined position when keys repeat: the first element {@code >= key} (lower bound) or the first
 * element {@code > key} (upper bound), as C++ {@code std::lower_bound}/{@code std::upper_bound}.
 */
public final class SortedArrays {
    private SortedArrays() {
    }

    /** Index of the first element {@code >= key} in ascending {@code a}, or {@code a.length}. */
    public static int lowerBound(double[] a, double key) {
        return lowerBound(a, 0, a.length, key);
    }

    /** Index in {@code [from, to]} of the first element of {@code a[from..to)} that is {@code >= key}. */
    public static int lowerBound(double[] a, int from, int to, double key) {
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index in {@code [from, to]} of the first element of {@code a[from..to)} that is {@code > key}. */
    public static int upperBound(double[] a, int from, int to, double key) {
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first element {@code >= key} in ascending {@code a}, or {@code a.length}. */
    public static int lowerBound(long[] a, long key) {
        return lowerBound(a, 0, a.length, key);
    }

    /** Index in {@code [from, to]} of the first element of {@code a[from..to)} that is {@code >= key}. */
    public static int lowerBound(long[] a, int from, int to, long key) {
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
