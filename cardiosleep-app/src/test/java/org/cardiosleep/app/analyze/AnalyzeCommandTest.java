package org.cardiosleep.app.analyze;

import org.cardiosleep.app.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.pheno.analyze.VariableCatalog;
import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    static Path dir;
    static Path edf;

    @BeforeAll
    static void simulate() throws Exception {
        edf = dir.resolve("one-hour.edf");
        DemoCommand.writeEdf(NightSimulator.simulate(SimConfig.night(5).withDurationSec(3600)), edf);
    }

    @Test
    void writesEveryOutput() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("analyze", edf.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String f : AnalysisOutputs.FILES) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode vars = s.get("variables");
        assertEquals(VariableCatalog.all().size(), vars.size());
        for (VariableCatalog.Variable v : VariableCatalog.all()) {
            assertTrue(vars.has(v.name()), v.name());
        }
        assertEquals(60, vars.get("recordingDurationMin").asDouble(), 1e-9);
        int beats = vars.get("beatCount").asInt();
        assertTrue(beats > 3000 && beats < 6000, "beats " + beats);

        List<String> epochs = Files.readAllLines(out.resolve("epochs.csv"));
        assertEquals(121, epochs.size());
        assertTrue(epochs.get(0).startsWith("epoch,onsetSec,stage,"));
        List<String> beatRows = Files.readAllLines(out.resolve("beats.csv"));
        assertEquals(beats + 1, beatRows.size());
        // the simulated 2-min lead-off holds no beats, and the interval across it is no RR interval:
        // exactly two rows without rrMs (the first beat and the first beat after the gap), none over 5 s
        assertEquals(2, beatRows.stream().skip(1).filter(l -> l.endsWith(",")).count());
        assertTrue(beatRows.stream().skip(1).filter(l -> !l.endsWith(","))
                .allMatch(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)) < 5000));

        // the WFDB beat annotations read back with the project's reader give the same beats
        List<WfdbAnnotation> ann = WfdbAnnotationReader.read(out.resolve("night.qrs"));
        assertEquals(beats, ann.size());
        String[] row = Files.readAllLines(out.resolve("beats.csv")).get(beats).split(",");
        assertEquals(Long.parseLong(row[1]), ann.get(beats - 1).sample());
        List<WfdbAnnotation> ev = WfdbAnnotationReader.read(out.resolve("night.evt"));
        assertEquals(Files.readAllLines(out.resolve("events.csv")).size() - 1, ev.size());

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("id=\"hypnogram\""));
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "no external URLs");
        assertFalse(html.contains("https://"));
        assertFalse(html.contains("<script"));
        assertTrue(new String(Files.readAllBytes(out.resolve("report.pdf")), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
    }

    /**
     * A 2-lead ISHNE Holter whose preferred lead is off (noise) for most of the hour: the other lead
     * is analysed, and the summary and the report say so.
     */
    @Test
    void multiLeadHolterUsesTheCleanLead() throws Exception {
        Path ishne = dir.resolve("two-leads.ecg");
        try (org.cardiosleep.io.Recording r = org.cardiosleep.io.Recordings.open(edf)) {
            double[] mv = r.readPhysical(0);
            short[] clean = new short[mv.length], off = new short[mv.length];
            java.util.Random rnd = new java.util.Random(2);
            for (int i = 0; i < mv.length; i++) {
                clean[i] = (short) Math.round(Math.max(-30, Math.min(30, mv[i])) * 1000);
                off[i] = i < mv.length * 9 / 10 ? (short) Math.round(30 * rnd.nextGaussian()) : clean[i];
            }
            org.cardiosleep.io.ishne.IshneWriter.write(ishne, new org.cardiosleep.io.ishne.IshneWriter.Header(
                    java.time.LocalDateTime.of(2026, 1, 1, 22, 30), "", (int) r.signals().get(0).samplingRateHz(),
                    new int[] {1, 1}, new int[] {1000, 1000}), new short[][] {off, clean});
        }
        Path out = dir.resolve("out-ishne");
        CliRun run = CliRun.of("analyze", ishne.toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode rec = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("recording");
        assertEquals("ISHNE", rec.get("format").asText());
        assertEquals("ECG 2", rec.get("ecgChannel").asText());
        assertTrue(rec.get("ecgChannelChoice").asText().startsWith("by signal quality"), rec.toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("ECG from channel ECG 2 at"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("(chosen for signal quality)"));
    }

    @Test
    void jsonGoesToStdout() throws Exception {
        CliRun r = CliRun.of("analyze", edf.toString(), "-o", dir.resolve("out-json").toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertEquals("one-hour.edf", s.get("recording").get("source").asText());
        assertTrue(s.get("parts").get("oximetry").asText().equals("available"));
    }

    @Test
    void corruptInputGivesOneLineAndNoOutput() throws Exception {
        Path bad = dir.resolve("corrupt.edf");
        byte[] junk = new byte[3000];
        System.arraycopy("0       garbage".getBytes(), 0, junk, 0, 15);
        Files.write(bad, junk);
        Path out = dir.resolve("out-bad");
        CliRun r = CliRun.of("analyze", bad.toString(), "-o", out.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("cardiosleep: ") && r.err().contains("corrupt.edf"), r.err());
        assertFalse(Files.exists(out));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".out-bad")), "temporary left behind");
        }
    }

    @Test
    void unsupportedInputGivesOneLineAndNoOutput() throws Exception {
        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "not a recording\n");
        Path out = dir.resolve("out-txt");
        CliRun r = CliRun.of("analyze", txt.toString(), "-o", out.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("notes.txt"), r.err());
        assertFalse(Files.exists(out));
        CliRun missing = CliRun.of("analyze", dir.resolve("nope.edf").toString(), "-o", out.toString());
        assertEquals(1, missing.exit());
        assertFalse(Files.exists(out));
    }

    @Test
    void missingOutputOptionIsUsageError() {
        assertEquals(2, CliRun.of("analyze", edf.toString()).exit());
    }

    @Test
    void realHolterRecordFromMitBih() throws Exception {
        Path rec = TestData.require("mitdb/100.hea");
        Path out = dir.resolve("out-mitdb");
        CliRun r = CliRun.of("analyze", rec.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String f : AnalysisOutputs.FILES) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        JsonNode vars = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("variables");
        // record 100 has 2273 reference beats in 30:05 min (MIT-BIH Arrhythmia Database directory)
        assertEquals(2273, vars.get("beatCount").asInt(), 25);
        assertTrue(vars.get("oximetryMeanPct") == null || vars.get("spo2MeanPct").isNull());
    }

    /**
     * A simulated two-lead hour (simulated data): the second lead fills the first's lead-off gap and
     * refutes the false pause of its 6-s block, as in holter.
     */
    @Test
    void secondLeadFillsTheGapAndRefutesAFalsePause(@TempDir Path tmp) throws Exception {
        org.cardiosleep.app.TwoLeadRecord.write(tmp, SimConfig.night(5).withDurationSec(3600), 1000);
        JsonNode s = summaryOf(tmp.resolve("twolead.hea"), tmp.resolve("out"));
        String choice = s.get("recording").get("ecgChannelChoice").asText();
        assertTrue(choice.contains("second lead channel 1 (V5)") && choice.contains("1 pauses refuted"), choice);
        assertEquals(0, s.get("variables").get("pauses").asInt());
        assertEquals(100, s.get("variables").get("ecgUsablePct").asDouble(), 1e-9);
    }

    /** One lead whose electrode moved (simulated): the gap is listed as a doubtful pause, not counted. */
    @Test
    void aGapInElectrodeMotionIsADoubtfulPause(@TempDir Path tmp) throws Exception {
        org.cardiosleep.app.TwoLeadRecord.writeMotion(tmp, SimConfig.night(5).withDurationSec(3600), 1000);
        Path out = tmp.resolve("out");
        JsonNode v = summaryOf(tmp.resolve("onelead.hea"), out).get("variables");
        assertEquals(1, v.get("pausesDoubtful").asInt());
        assertEquals(0, v.get("pauses").asInt());
        List<String> doubtful = Files.readAllLines(out.resolve("events.csv")).stream()
                .filter(l -> l.contains("pause_doubtful")).toList();
        assertEquals(1, doubtful.size(), doubtful::toString);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Longest doubtful pause"));
    }

    /** Runs {@code analyze FILE -o OUT}, which must succeed, and returns its summary.json. */
    private static JsonNode summaryOf(Path file, Path out) throws Exception {
        CliRun r = CliRun.of("analyze", file.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    }
}
