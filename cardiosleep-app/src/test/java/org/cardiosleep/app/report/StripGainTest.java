package org.cardiosleep.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The strip's gain: 10 mm/mV, halved while the largest deflection does not fit, at most twice. */
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
}
