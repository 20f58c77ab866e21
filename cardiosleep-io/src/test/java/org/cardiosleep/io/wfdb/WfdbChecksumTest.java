package org.cardiosleep.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.io.Recording;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;

/** Record 100: checksums, annotations, windowed reads (the full sweep is {@link WfdbAllSamplesTest}). */
class WfdbChecksumTest {

    static int checksum(int[] v) {
        int sum = 0;
        for (int x : v) {
            sum += x;
        }
        return (short) sum;
    }

    static void assertChecksums(Path hea) throws Exception {
        WfdbHeader h = WfdbHeader.read(hea);
        try (Recording r = WfdbReader.open(hea)) {
            for (int c = 0; c < r.signals().size(); c++) {
                Integer expected = h.signals().get(c).checksum();
                if (expected == null) {
                    continue;
                }
                int[] d = r.readDigital(c, 0, (int) r.signals().get(c).sampleCount());
                assertEquals((short) (int) expected, checksum(d), hea + " signal " + c);
            }
        }
    }

    @Test
    void record100AnnotationsAndWindow() throws Exception {
        Path dir = TestData.require("wfdb-samples");
        assertChecksums(dir.resolve("100.hea"));
        List<WfdbAnnotation> atr = WfdbAnnotationReader.read(dir.resolve("100.atr"));
        long beats = atr.stream().filter(WfdbAnnotation::isBeat).count();
        // MIT-BIH record 100: 2273 beats (2239 N, 33 A, 1 V) per the database directory
        assertEquals(2273, beats);
        assertEquals(33, atr.stream().filter(a -> a.code() == AnnotationCodes.APC).count());
        assertEquals("(N", atr.stream().filter(a -> a.code() == AnnotationCodes.RHYTHM).findFirst().orElseThrow().auxText());
        try (Recording r = WfdbReader.open(dir.resolve("100"))) {
            int[] all = r.readDigital(0, 0, 10_000);
            int[] part = r.readDigital(0, 1234, 777);
            for (int i = 0; i < part.length; i++) {
                assertEquals(all[1234 + i], part[i]);
            }
            assertEquals(360.0, r.signals().get(0).samplingRateHz());
            assertEquals("MLII", r.signals().get(0).label());
        }
    }
}
