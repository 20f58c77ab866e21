package org.cardiosleep.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SortedArraysTest {
    @Test
    void boundsWithRepeatedKeys() {
        double[] a = {1, 2, 2, 2, 5};
        assertEquals(0, SortedArrays.lowerBound(a, 0.5));
        assertEquals(1, SortedArrays.lowerBound(a, 2));
        assertEquals(4, SortedArrays.upperBound(a, 0, a.length, 2));
        assertEquals(4, SortedArrays.lowerBound(a, 3));
        assertEquals(5, SortedArrays.lowerBound(a, 6));
        assertEquals(3, SortedArrays.upperBound(a, 0, 3, 2)); // searches a[0..3) only
        assertEquals(2, SortedArrays.lowerBound(a, 2, 4, 1));
        assertEquals(0, SortedArrays.lowerBound(new double[0], 1));
        long[] b = {10, 20, 20, 30};
        assertEquals(1, SortedArrays.lowerBound(b, 20));
        assertEquals(3, SortedArrays.lowerBound(b, 21));
        assertEquals(4, SortedArrays.lowerBound(b, 31));
        assertEquals(0, SortedArrays.lowerBound(b, Long.MIN_VALUE));
    }
}
