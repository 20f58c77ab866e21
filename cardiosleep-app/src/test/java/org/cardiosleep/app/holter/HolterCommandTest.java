package org.cardiosleep.app.holter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.cardiosleep.app.Main;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolterCommandTest {

    @Test
    void writesAllOutputsForMitdbRecord(@TempDir Path tmp) throws Exception {
        Path mitdb = TestData.require("mitdb");
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("holter", mitdb.resolve("201").toString(), "--reference", "-o", out.toString()));
        for (String f : new String[] {"holter.json", "beats.csv", "events.csv", "201.hol"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        Map<?, ?> json = new ObjectMapper().readValue(out.resolve("holter.json").toFile(), Map.class);
        Map<?, ?> v = (Map<?, ?>) json.get("variables");
        assertEquals(1963, ((Number) v.get("BEATS")).intValue());
        assertTrue(((Number) v.get("AF_BURDEN_PCT")).doubleValue() > 20, "201 has AF episodes");
        // the annotation file reads back: same beats, rhythm changes carried in aux strings
        List<WfdbAnnotation> anns = WfdbAnnotationReader.read(out.resolve("201.hol"));
        long beats = anns.stream().filter(WfdbAnnotation::isBeat).count();
        assertEquals(1963, beats);
        assertTrue(anns.stream().anyMatch(a -> a.auxText().equals("(AFIB")));
        List<String> csv = Files.readAllLines(out.resolve("beats.csv"));
        assertEquals(1964, csv.size());
        assertEquals("time_s,sample,class,rr_ms,hr_bpm,flags", csv.get(0));
    }

    /**
     * The same record as an ISHNE Holter file (samples copied exactly, resolution 5000 nV = 1/200 mV
     * as MIT-BIH's gain, start time absent as in the WFDB header): the same beats, classes, events and
     * variables as from the WFDB original.
     */
    @Test
    void ishneCopyOfAMitdbRecordGivesTheSameHolter(@TempDir Path tmp) throws Exception {
        Path mitdb = TestData.require("mitdb");
        Path ishne = tmp.resolve("201.ecg");
        try (org.cardiosleep.io.Recording r = org.cardiosleep.io.Recordings.open(mitdb.resolve("201.hea"))) {
            short[][] d = new short[2][];
            for (int c = 0; c < 2; c++) {
                org.cardiosleep.io.SignalInfo s = r.signals().get(c);
                assertEquals(200, s.gain());
                int[] v = r.readDigital(c, 0, (int) s.sampleCount());
                d[c] = new short[v.length];
                for (int i = 0; i < v.length; i++) {
                    d[c][i] = (short) (v[i] - (int) s.baseline());
                }
            }
            org.cardiosleep.io.ishne.IshneWriter.write(ishne, new org.cardiosleep.io.ishne.IshneWriter.Header(null,
                    "201", 360, new int[] {6, 11}, new int[] {5000, 5000}), d);
        }
        // a WFDB header beside the .ecg does not make the ISHNE file a WFDB beat-annotation file
        Files.copy(mitdb.resolve("201.hea"), tmp.resolve("201.hea"));
        Path fromWfdb = tmp.resolve("wfdb"), fromIshne = tmp.resolve("ishne");
        assertEquals(0, Main.execute("holter", mitdb.resolve("201").toString(), "-o", fromWfdb.toString()));
        assertEquals(0, Main.execute("holter", ishne.toString(), "-o", fromIshne.toString()));
        for (String f : new String[] {"beats.csv", "events.csv"}) {
            assertEquals(Files.readAllLines(fromWfdb.resolve(f)), Files.readAllLines(fromIshne.resolve(f)), f);
        }
        ObjectMapper om = new ObjectMapper();
        Map<?, ?> a = om.readValue(fromWfdb.resolve("holter.json").toFile(), Map.class);
        Map<?, ?> b = om.readValue(fromIshne.resolve("holter.json").toFile(), Map.class);
        assertEquals(a.get("variables"), b.get("variables"));
        assertTrue(((Map<?, ?>) a.get("variables")).size() > 50);
        assertEquals("ISHNE", b.get("format"));
        assertEquals("WFDB", a.get("format"));
    }

    @Test
    void missingRecordIsAOneLineFailure(@TempDir Path tmp) {
        assertEquals(1, Main.execute("holter", tmp.resolve("nothing").toString(), "-o", tmp.resolve("o").toString()));
        assertTrue(!Files.exists(tmp.resolve("o")));
    }

    @Test
    void afBenchmarkOnMitdbRhythmAnnotations() throws Exception {
        Path mitdb = TestData.require("mitdb");
        BenchReport r = AfBenchCommand.AfBenchmark.run(mitdb, false);
        Map<String, Object> m = r.metrics();
        // regression guard for the leave-one-record-out figures (96.05 / 96.37 when written)
        assertTrue((double) m.get("se") > 94, "Se " + m.get("se"));
        assertTrue((double) m.get("sp") > 94, "Sp " + m.get("sp"));
        assertEquals(48, r.toMap().get("records"));
    }
}
