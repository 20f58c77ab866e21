package org.cardiosleep.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The strip's gain (10 mm/mV, halved while the largest deflection does not fit, at most twice) and its
 * time label.
 */
class StripGainTest {

    @Test
    void standardGainWhenTheComplexesFit() {
        assertEquals(10, Charts.stripGain(new float[] {-0.5f, 0f, 1.2f}, 0, 16.8));
    }

    @Test
    void halvedForLargeComplexes() {
        // a 3-mV ventricular complex in a strip 16.8 mm high either side of the baseline
        assertEquals(5, Charts.stripGain(new float[] {-3f, 0f, 1f}, 0, 16.8));
        assertEquals(2.5, Charts.stripGain(new float[] {-6f, 0f, 1f}, 0, 16.8));
        // beyond a quarter of the standard gain the trace is clipped rather than shrunk further
        assertEquals(2.5, Charts.stripGain(new float[] {-20f, 0f}, 0, 16.8));
    }

    @Test
    void missingSamplesAreIgnored() {
        assertEquals(5, Charts.stripGain(new float[] {-3f, 0f, Float.NaN, Float.NaN}, 0, 16.8));
        assertEquals(10, Charts.stripGain(new float[] {Float.NaN}, 0, 16.8));
        assertEquals(10, Charts.stripGain(new float[0], 0, 16.8));
    }

    @Test
    void timeLabelIsTheClockWhenTheStartIsKnown() {
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 1, 1, 22, 30);
        assertEquals("01:34:32", Charts.stripTime(3 * 3600 + 4 * 60 + 32, start, 8 * 3600));
        assertEquals("day 2 01:34:32", Charts.stripTime(3 * 3600 + 4 * 60 + 32, start, 48 * 3600));
        assertEquals("+3:04:32", Charts.stripTime(3 * 3600 + 4 * 60 + 32, null, 8 * 3600));
        assertEquals("23:00:00", Charts.stripTime(1800, start, 8 * 3600), "seconds shown even when zero");
    }
}
