package org.cardiosleep.signal.beat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RrContextTest {
    @Test
    void upperQuantileStaysOnTheSinusIntervalsWhenEctopicBeatsDominate() {
        // trigeminy-like pattern where two of three intervals are short (0.5 s) and one is sinus (1.0 s):
        // the median is the short interval, the upper quantile the sinus one
        double fs = 100;
        int n = 600;
        int[] beats = new int[n];
        for (int i = 1; i < n; i++) {
            beats[i] = beats[i - 1] + (i % 3 == 0 ? 100 : 50);
        }
        RrContext rr = RrContext.of(beats, fs);
        assertEquals(0.5, rr.recordMedianSec, 1e-9);
        assertEquals(1.0, rr.recordUpperSec, 1e-9);
        assertEquals(0.5, rr.longMedianSec[300], 1e-9);
        assertEquals(1.0, rr.longUpperSec[300], 1e-9);
    }
}
