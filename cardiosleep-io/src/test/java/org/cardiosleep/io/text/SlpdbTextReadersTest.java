package org.cardiosleep.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlpdbTextReadersTest {
    @TempDir
    Path tmp;

    @Test
    void readsRdannRowsWithAux() throws Exception {
        Path f = tmp.resolve("x.an");
        Files.writeString(f, "Elapsed time  Sample #  Type  Sub Chan  Num\tAux\n"
                + "    0:00.004        1     \"    0    0    0\t4 LA LA\n"
                + "    1:02:30.000   937500     \"    0    0    0\tR\n"
                + "    0:31.000     7750     N    0    0    0\n");
        List<TextAnnotation> a = RdannTextReader.read(f);
        assertEquals(3, a.size());
        assertEquals(0.004, a.get(0).timeSec(), 1e-9);
        assertEquals("4 LA LA", a.get(0).aux());
        assertEquals(3750.0, a.get(1).timeSec(), 1e-9);
        assertEquals(937500, a.get(1).sample());
        assertEquals("N", a.get(2).type());
        assertEquals("", a.get(2).aux());
    }

    @Test
    void badRowsNameTheFileAndLine() throws Exception {
        Path f = tmp.resolve("bad.an");
        Files.writeString(f, "    0:00.004        1     \"    0\t4\n");
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> RdannTextReader.read(f));
        assertTrue(e.getMessage().contains("bad.an") && e.getMessage().contains("line 1"), e.getMessage());
        Path g = tmp.resolve("bad.rr");
        Files.writeString(g, "0:00.000\t[0]\t0.076\tN\t  0:xx.076\n");
        assertThrows(RecordingFormatException.class, () -> Ann2rrTextReader.read(g));
    }

    @Test
    void rebuildsBeatsFromIntervalsAndGaps() throws Exception {
        Path f = tmp.resolve("x.rr");
        Files.writeString(f, "    0:00.000\t[0]\t0.076\tN\t    0:00.076\n"
                + "    0:00.076\tN\t0.860\tV\t    0:00.936\n"
                + "    0:00.936\tV\t0.892\tN\t    0:01.828\n"
                + "    0:05.000\tN\t0.900\tN\t    0:05.900\n");
        BeatTimes b = Ann2rrTextReader.read(f);
        assertEquals(5, b.size());
        assertEquals(0.076, b.timeSec()[0], 1e-9);
        assertEquals('V', b.type()[1]);
        assertEquals(5.0, b.timeSec()[3], 1e-9);
        assertEquals(5.9, b.timeSec()[4], 1e-9);
    }

    @Test
    void readsSlpdbTextExport() throws Exception {
        Path dir = TestData.require("slpdb-text");
        List<TextAnnotation> st = RdannTextReader.read(dir.resolve("slp01a.an"));
        assertEquals(240, st.size());
        assertEquals("4 LA LA", st.get(0).aux());
        assertEquals(1792500, st.get(239).sample());
        BeatTimes b = Ann2rrTextReader.read(dir.resolve("slp01a.rr"));
        long lines = Files.lines(dir.resolve("slp01a.rr")).filter(s -> !s.isBlank()).count();
        assertEquals(lines, b.size());
        assertEquals(7199.744, b.timeSec()[b.size() - 1], 1e-9);
    }
}
