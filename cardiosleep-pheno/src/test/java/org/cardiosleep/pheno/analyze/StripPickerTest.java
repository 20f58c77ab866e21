package org.cardiosleep.pheno.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StripPickerTest {

    /** Strip titles print numbers exactly as %.Nf did. */
    @Test
    void fixedMatchesFormat() {
        Random r = new Random(6);
        for (int i = 0; i < 10_000; i++) {
            double x = r.nextDouble() * Math.pow(10, r.nextInt(6) - 2);
            for (int d = 0; d <= 2; d++) {
                assertEquals(String.format(Locale.ROOT, "%." + d + "f", x), StripPicker.fixed(x, d), "x=" + x);
            }
        }
        assertEquals("2.50", StripPicker.fixed(2.5, 2));
        assertEquals("3", StripPicker.fixed(2.5, 0));
    }
}
