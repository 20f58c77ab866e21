package org.cardiosleep.app.beats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cardiosleep.app.Main;
import org.cardiosleep.io.wfdb.AnnotationCodes;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeatCommandsTest {
    @TempDir
    Path tmp;

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        try {
            int code = Main.execute(args);
            assertEquals(0, code, "exit code of " + String.join(" ", args) + ": " + buf);
        } finally {
            System.setOut(old);
        }
        return buf.toString();
    }

    @Test
    void detectBeatsMarksAFlatStretchUnusableWithNoiseAnnotations() throws Exception {
        // simulated: a 1.2-mV spike every 0.8 s at 250 Hz, flat (lead off) from 120 s to 200 s
        StringBuilder csv = new StringBuilder("# fs=250\nECG (mV)\n");
        for (int i = 0; i < 250 * 400; i++) {
            double t = i / 250.0;
            double ph = t % 0.8;
            double v = t >= 120 && t < 200 ? 0 : 1.2 * Math.exp(-Math.pow((ph - 0.1) / 0.012, 2)) + 0.1 * Math.sin(2 * Math.PI * 0.3 * t);
            csv.append(String.format(java.util.Locale.ROOT, "%.4f%n", v));
        }
        Path in = tmp.resolve("sim.csv");
        Files.writeString(in, csv);
        run("detect-beats", in.toString(), "-o", tmp.resolve("sim").toString());
        List<WfdbAnnotation> a = WfdbAnnotationReader.read(tmp.resolve("sim.qrs"));
        List<WfdbAnnotation> noise = a.stream().filter(x -> x.code() == AnnotationCodes.NOISE).toList();
        assertEquals(2, noise.size(), noise.toString());
        assertEquals(-1, noise.get(0).subtype());
        assertEquals(0, noise.get(1).subtype());
        assertEquals(120.0, noise.get(0).sample() / 250.0, 10.0);
        assertEquals(200.0, noise.get(1).sample() / 250.0, 10.0);
        long beats = a.stream().filter(WfdbAnnotation::isBeat).count();
        assertEquals(400, beats, 3);
        assertTrue(a.stream().filter(WfdbAnnotation::isBeat)
                .noneMatch(x -> x.sample() > 121 * 250 && x.sample() < 199 * 250), "a beat inside the flat stretch");
    }

    @Test
    void compareBeatsScoresTheShippedDetectorOutputOfRecord100() throws Exception {
        Path dir = TestData.require("wfdb-samples");
        Path json = tmp.resolve("cmp.json");
        String out = run("compare-beats", "--ref", dir.resolve("100.atr").toString(), "--test",
                dir.resolve("100.qrs").toString(), "--json", json.toString());
        assertTrue(out.contains("TP"), out);
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertEquals(360.0, j.get("samplingRateHz").asDouble());
        assertTrue(j.get("tp").asInt() > 1800);
        assertEquals(j.get("tp").asInt() + j.get("fn").asInt(),
                ReferenceBeats.read(dir.resolve("100.atr")).beats().length
                        - countBefore(ReferenceBeats.read(dir.resolve("100.atr")).beats(), 300 * 360));
    }

    @Test
    void detectBeatsWritesQrsAndCsvThatScorePerfectlyOnRecord100() throws Exception {
        Path dir = TestData.require("wfdb-samples");
        Path base = tmp.resolve("out/100");
        run("detect-beats", dir.resolve("100.hea").toString(), "-o", base.toString());
        Path qrs = tmp.resolve("out/100.qrs");
        assertTrue(Files.size(qrs) > 1000);
        assertTrue(Files.readAllLines(tmp.resolve("out/100.beats.csv")).size() > 2000);
        assertEquals(182, Files.readAllLines(tmp.resolve("out/100.quality.csv")).size()); // header + 181 windows (650000 samples)
        Path json = tmp.resolve("cmp.json");
        run("compare-beats", "--ref", dir.resolve("100.atr").toString(), "--test", qrs.toString(), "--fs", "360",
                "--start", "0", "--json", json.toString());
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertEquals(0, j.get("fn").asInt());
        assertEquals(0, j.get("fp").asInt());
    }

    @Test
    void benchQrsOnAnyWfdbDirectoryWithAtrFiles() throws Exception {
        Path dir = TestData.require("wfdb-samples");
        Path json = tmp.resolve("qrs.json");
        run("bench", "qrs", "--data", dir.toString(), "--json", json.toString(), "--nstdb", tmp.resolve("none").toString());
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        JsonNode m = j.get("metrics");
        for (String k : new String[] {"grossSe", "grossPpv", "grossF1", "avgSe", "avgPpv", "ec57Start", "tp", "fn", "fp",
            "samplesPerSecond", "wholeRecordGrossSe"}) {
            assertTrue(m.has(k), "metric " + k);
        }
        assertTrue(j.get("records").asInt() >= 1);
        assertTrue(m.get("grossSe").asDouble() > 99.5);
        assertEquals(false, j.get("nstdb").get("present").asBoolean());
    }

    @Test
    void nstdbRecordNamesGiveTheirSnr() {
        assertEquals("24", QrsBenchCommand.snrOf("118e24"));
        assertEquals("-6", QrsBenchCommand.snrOf("119e_6"));
        assertEquals("0", QrsBenchCommand.snrOf("118e00"));
        assertEquals(null, QrsBenchCommand.snrOf("100"));
    }

    private static int countBefore(long[] beats, long sample) {
        int c = 0;
        for (long b : beats) {
            c += b < sample ? 1 : 0;
        }
        return c;
    }
}
