package org.cardiosleep.stats.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    /** Worked example: 50 pairs, po = 0.70, pe = 0.50, kappa = 0.40 (the standard textbook 2x2 case). */
    @Test
    void kappaOfTextbookTable() {
        ConfusionMatrix m = new ConfusionMatrix(2);
        fill(m, 0, 0, 20);
        fill(m, 0, 1, 5);
        fill(m, 1, 0, 10);
        fill(m, 1, 1, 15);
        assertEquals(0.70, m.accuracy(), 1e-12);
        assertEquals(0.40, m.kappa(), 1e-12);
        assertEquals(20.0 / 25, m.recall(0), 1e-12);
        assertEquals(20.0 / 30, m.precision(0), 1e-12);
        assertEquals(2.0 * 20 / (40 + 10 + 5), m.f1(0), 1e-12);
        assertEquals(15.0 / 25, m.specificity(0), 1e-12);
    }

    @Test
    void perfectAndChanceAgreement() {
        int[] ref = {0, 1, 2, 2, 1, 0};
        assertEquals(1.0, ConfusionMatrix.of(3, ref, ref).kappa(), 1e-12);
        // Predicting one class always: po = pe, kappa 0.
        int[] constant = {0, 0, 0, 0, 0, 0};
        assertEquals(0.0, ConfusionMatrix.of(3, ref, constant).kappa(), 1e-12);
        // Both raters always the same single class: agreement is perfect.
        assertEquals(1.0, ConfusionMatrix.of(3, constant, constant).kappa(), 1e-12);
    }

    @Test
    void ignoresOutOfRangeLabelsAndMergesClasses() {
        ConfusionMatrix m = ConfusionMatrix.of(4, new int[] {0, 1, 2, 3, -1, 3}, new int[] {0, 2, 1, 3, 0, -1});
        assertEquals(4, m.total());
        assertFalse(m.add(-1, 0));
        assertTrue(Double.isNaN(new ConfusionMatrix(2).kappa()));
        ConfusionMatrix merged = m.merge(3, new int[] {0, 1, 1, 2});
        assertEquals(1.0, merged.accuracy(), 1e-12);
        assertEquals(2, merged.count(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(1));
    }

    private static void fill(ConfusionMatrix m, int r, int p, int n) {
        for (int i = 0; i < n; i++) {
            m.add(r, p);
        }
    }
}
