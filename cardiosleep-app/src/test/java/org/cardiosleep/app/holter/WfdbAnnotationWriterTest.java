package org.cardiosleep.app.holter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.io.wfdb.AnnotationCodes;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.junit.jupiter.api.Test;

class WfdbAnnotationWriterTest {

    @Test
    void roundTripsThroughTheReaderIncludingLongGapsAndAuxStrings() throws Exception {
        WfdbAnnotationWriter w = new WfdbAnnotationWriter();
        w.add(10, AnnotationCodes.RHYTHM, "(N");
        w.add(10, AnnotationCodes.NORMAL, null);
        w.add(400, AnnotationCodes.PVC, null);
        w.add(400 + 5_000_000L, AnnotationCodes.RHYTHM, "(AFIB"); // needs a SKIP; odd-length aux is padded
        w.add(400 + 5_000_000L, AnnotationCodes.NORMAL, null);
        List<WfdbAnnotation> a = WfdbAnnotationReader.parse(Path.of("mem.hol"), w.toBytes());
        assertEquals(5, a.size());
        assertEquals(10, a.get(0).sample());
        assertEquals("(N", a.get(0).auxText());
        assertEquals(AnnotationCodes.PVC, a.get(2).code());
        assertEquals(400, a.get(2).sample());
        assertEquals(5_000_400L, a.get(3).sample());
        assertEquals("(AFIB", a.get(3).auxText());
        assertEquals(5_000_400L, a.get(4).sample());
        assertEquals(AnnotationCodes.NORMAL, a.get(4).code());
    }

    @Test
    void refusesDecreasingTimes() {
        WfdbAnnotationWriter w = new WfdbAnnotationWriter();
        w.add(100, AnnotationCodes.NORMAL, null);
        assertThrows(IllegalArgumentException.class, () -> w.add(50, AnnotationCodes.NORMAL, null));
    }
}
