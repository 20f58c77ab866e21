package org.cardiosleep.pheno.beats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cardiosleep.io.wfdb.AnnotationCodes;
import org.junit.jupiter.api.Test;

class AamiConfusionTest {
    @Test
    void aamiMapping() {
        String[][] groups = {{"N", "L", "R", "e", "j"}, {"A", "a", "J", "S"}, {"V", "E"}, {"F"}, {"/", "f", "Q"}};
        for (int k = 0; k < groups.length; k++) {
            for (String m : groups[k]) {
                assertEquals(k, AamiClass.fromMitCode(AnnotationCodes.code(m)), m);
            }
        }
        for (String m : new String[] {"+", "~", "|", "x", "!", "\""}) {
            assertEquals(AamiClass.NONE, AamiClass.fromMitCode(AnnotationCodes.code(m)), m);
        }
        assertEquals("S", AamiClass.name(AamiClass.S));
        assertThrows(IllegalArgumentException.class, () -> AamiClass.name(5));
    }

    @Test
    void perClassFigures() {
        // reference: 6 N, 3 S, 2 V, 1 unlabelled; predictions with known errors
        byte[] ref = {0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, -1};
        byte[] pred = {0, 0, 0, 0, 1, 2, 1, 1, 0, 2, 2, 1};
        AamiConfusion c = new AamiConfusion().add(ref, pred);
        assertEquals(11, c.total());
        assertEquals(100.0 * 2 / 3, c.sensitivity(AamiClass.S), 1e-9);
        assertEquals(100.0 * 2 / 3, c.ppv(AamiClass.S), 1e-9);
        assertEquals(2.0 * 2 / (3 + 3), c.f1(AamiClass.S), 1e-9);
        assertEquals(100.0, c.sensitivity(AamiClass.V), 1e-9);
        assertEquals(100.0 * 2 / 3, c.ppv(AamiClass.V), 1e-9);
        assertEquals(0.8, c.f1(AamiClass.V), 1e-9);
        assertEquals(100.0 * 8 / 11, c.accuracy(), 1e-9);
        assertTrue(Double.isNaN(c.sensitivity(AamiClass.F)));
        AamiConfusion twice = new AamiConfusion().add(c).add(c);
        assertEquals(2 * c.count(0, 2), twice.count(0, 2));
        assertThrows(IllegalArgumentException.class, () -> c.add(new byte[2], new byte[3]));
    }

    @Test
    void decisionScales() {
        float[] p = {0.6f, 0.3f, 0.1f, 0, 0, 0.2f, 0.1f, 0.7f, 0, 0};
        assertEquals(0, BeatModel.decide(p, new float[] {1, 1, 1, 1, 1})[0]);
        assertEquals(1, BeatModel.decide(p, new float[] {1, 2.5f, 1, 1, 1})[0]);
        assertEquals(2, BeatModel.decide(p, new float[] {1, 2.5f, 1, 1, 1})[1]);
    }
}
