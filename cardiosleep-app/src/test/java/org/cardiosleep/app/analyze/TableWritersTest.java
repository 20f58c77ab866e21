package org.cardiosleep.app.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableWritersTest {
    @Test
    void formatsLikeBigDecimalHalfUpWithoutTrailingZeros() {
        assertEquals("1.5", TableWriters.fmt(1.5, 2));
        assertEquals("0.04", TableWriters.fmt(0.04, 3));
        assertEquals("-2.25", TableWriters.fmt(-2.249999999, 2));
        assertEquals("3", TableWriters.fmt(2.9999, 2));
        assertEquals("1234.0101", TableWriters.fmt(1234.0101, 4));
        assertEquals("0.001", TableWriters.fmt(0.0005, 3));
        assertEquals("0", TableWriters.fmt(0.0004, 3));
        assertEquals("", TableWriters.fmt(Double.NaN, 2));
        assertEquals("120", TableWriters.fmt(120, 1));
    }
}
