package org.cardiosleep.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ExtremaTest {

    @Test
    void agreesWithTheLibraryAndKeepsNaN() {
        Random r = new Random(3);
        double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
        double libMax = max, libMin = min;
        for (int i = 0; i < 1000; i++) {
            double v = r.nextGaussian();
            max = Extrema.max(max, v);
            min = Extrema.min(min, v);
            libMax = Math.max(libMax, v);
            libMin = Math.min(libMin, v);
        }
        assertEquals(libMax, max, 0.0);
        assertEquals(libMin, min, 0.0);
        assertTrue(Double.isNaN(Extrema.max(Extrema.max(1, Double.NaN), 5)), "NaN sticks, as in Math.max");
        assertTrue(Double.isNaN(Extrema.min(Extrema.min(1, Double.NaN), -5)), "NaN sticks, as in Math.min");
        assertTrue(Double.isNaN(Extrema.max(Double.NaN, 2)));
    }
}
