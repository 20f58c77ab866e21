package org.cardiosleep.stats.multiple;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Against R's p.adjust(p, "BH"); reference from src/test/resources/agreement/make_reference.R. */
class BenjaminiHochbergTest {
    @Test
    void matchesRPAdjust() throws Exception {
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/agreement/bh.reference.csv"), StandardCharsets.UTF_8))) {
            lines = r.lines().skip(1).filter(l -> !l.isBlank()).toList();
        }
        double[] p = new double[lines.size()];
        double[] q = new double[lines.size()];
        for (int i = 0; i < p.length; i++) {
            String[] f = lines.get(i).split(",");
            p[i] = Double.parseDouble(f[0]);
            q[i] = Double.parseDouble(f[1]);
        }
        assertArrayEquals(q, BenjaminiHochberg.adjust(p), 1e-15);
        boolean[] rej = BenjaminiHochberg.reject(p, 0.05);
        assertTrue(rej[8]); // p = 0.001 -> q = 0.01
        assertTrue(rej[3]); // p = 0.005 -> q = 0.025
        assertFalse(rej[1]); // p = 0.04 -> q = 0.067
    }

    @Test
    void keepsNaNOutOfTheCount() {
        double[] q = BenjaminiHochberg.adjust(new double[] {0.01, Double.NaN, 0.02});
        assertEquals(0.02, q[0], 1e-15);
        assertTrue(Double.isNaN(q[1]));
        assertEquals(0.02, q[2], 1e-15);
    }
}
