package org.cardiosleep.app.holter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.cardiosleep.app.Main;
import org.cardiosleep.app.analyze.DemoCommand;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.io.wfdb.AnnotationCodes;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;
import org.cardiosleep.signal.sim.SimEpisode;
import org.cardiosleep.signal.sim.SimulatedNight;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolterCommandTest {

    @Test
    void writesAllOutputsForMitdbRecord(@TempDir Path tmp) throws Exception {
        Path mitdb = TestData.require("mitdb");
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("holter", mitdb.resolve("201").toString(), "--reference", "-o", out.toString()));
        for (String f : new String[] {"holter.json", "beats.csv", "events.csv", "201.hol", "report.html", "report.pdf"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        // the signal beside the annotations gives the report its strips (201 has pauses and AF)
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("id=\"strip-0\"") && html.contains("Atrial fibrillation onset"), "strips");
        assertTrue(html.contains("<table id=\"hourly-table\""));
        // the PDF reads back with an independent parser (OpenPDF), its table of contents as written
        com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(out.resolve("report.pdf")));
        assertTrue(!pdf.isRebuilt(), "cross-reference table rebuilt");
        com.lowagie.text.pdf.parser.PdfTextExtractor x = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            text.append(x.getTextFromPage(p)).append('\n');
        }
        assertTrue(text.indexOf("Holter report") >= 0 && text.indexOf("Hour by hour") >= 0
                && text.indexOf("Atrial fibrillation onset") >= 0 && text.indexOf("DFA alpha") >= 0, text.toString());
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

        // the reference beats as an ISHNE annotation file beside it, laid out byte by byte from the
        // format (header with the ANN magic and the rate at offset 272, a 32-bit origin, then
        // label, spare byte, 16-bit samples since the previous record), with a calibration pulse
        // and a time-out record that only carry time
        List<WfdbAnnotation> ref = WfdbAnnotationReader.read(mitdb.resolve("201.atr")).stream()
                .filter(WfdbAnnotation::isBeat).toList();
        java.io.ByteArrayOutputStream ann = new java.io.ByteArrayOutputStream();
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(526).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        head.put("ANN  1.0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        head.putShort(272, (short) 360);
        head.putInt(522, 0);
        ann.write(head.array());
        long prev = 0;
        for (int i = 0; i < ref.size(); i++) {
            WfdbAnnotation r = ref.get(i);
            long toc = r.sample() - prev;
            if (i == 10) {                       // a calibration pulse, then a time-out, inside one interval
                record(ann, 'C', 7);
                record(ann, '!', 5);
                toc -= 12;
            }
            record(ann, ishneLabel(r.mnemonic()), toc);
            prev = r.sample();
        }
        Files.write(tmp.resolve("201.ann"), ann.toByteArray());
        Path refWfdb = tmp.resolve("ref-wfdb"), refIshne = tmp.resolve("ref-ishne");
        assertEquals(0, Main.execute("holter", mitdb.resolve("201").toString(), "--reference", "-o", refWfdb.toString()));
        assertEquals(0, Main.execute("holter", ishne.toString(), "--reference", "-o", refIshne.toString()));
        Map<?, ?> w = om.readValue(refWfdb.resolve("holter.json").toFile(), Map.class);
        Map<?, ?> i = om.readValue(refIshne.resolve("holter.json").toFile(), Map.class);
        assertEquals("ISHNE beat annotations", i.get("format"));
        assertTrue(((String) i.get("classSource")).contains("ISHNE labels"), (String) i.get("classSource"));
        Map<?, ?> wv = (Map<?, ?>) w.get("variables"), iv = (Map<?, ?>) i.get("variables");
        for (String k : new String[] {"BEATS", "N_BEATS", "S_BEATS", "V_BEATS", "DUR_H", "HR_MEAN", "SDNN", "AF_BURDEN_PCT"}) {
            assertEquals(wv.get(k), iv.get(k), k);
        }
        assertEquals(((Number) wv.get("F_BEATS")).intValue() + ((Number) wv.get("Q_BEATS")).intValue(),
                ((Number) iv.get("Q_BEATS")).intValue(), "ISHNE has no fusion label: F beats read as Q");
        List<String> ws = Files.readAllLines(refWfdb.resolve("beats.csv")), is = Files.readAllLines(refIshne.resolve("beats.csv"));
        assertEquals(ws.size(), is.size());
        for (int k = 1; k < ws.size(); k++) {
            assertEquals(ws.get(k).split(",")[1], is.get(k).split(",")[1], "sample of beat " + k);
        }
        assertTrue(Files.readString(refIshne.resolve("report.html")).contains("id=\"strip-0\""), "strips from 201.ecg");
    }

    private static void record(java.io.ByteArrayOutputStream out, char label, long toc) {
        assertTrue(toc >= 0 && toc <= 0xFFFF, "toc " + toc);
        out.write(label);
        out.write(0);
        out.write((int) (toc & 0xFF));
        out.write((int) (toc >> 8));
    }

    private static char ishneLabel(String mitMnemonic) {
        return switch (mitMnemonic) {
            case "N", "L", "R", "e", "j" -> 'N';
            case "A", "a", "J", "S" -> 'S';
            case "V", "E" -> 'V';
            case "/" -> 'P';
            default -> 'U';
        };
    }

    /**
     * A simulated hour (simulated data) whose lead comes off for 2 min: the flat stretch is signal
     * loss (a SIGNAL_LOSS event, analysable time short by it), not a 2-min pause of the heart.
     */
    @Test
    void leadOffInASimulatedRecordIsSignalLossNotAPause(@TempDir Path tmp) throws Exception {
        SimConfig cfg = SimConfig.night(5).withDurationSec(3600);
        SimulatedNight sim = NightSimulator.simulate(cfg);
        SimEpisode off = sim.leadOff();
        assertTrue(off != null && off.endSec() - off.startSec() >= 60, "the simulation has a lead-off gap");
        Path edf = tmp.resolve("sim.edf");
        DemoCommand.writeEdf(sim, edf);
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("holter", edf.toString(), "-o", out.toString()));
        Map<?, ?> v = (Map<?, ?>) new ObjectMapper().readValue(out.resolve("holter.json").toFile(), Map.class)
                .get("variables");
        double gap = off.endSec() - off.startSec();
        assertTrue(((Number) v.get("RR_MAX_S")).doubleValue() < 5, "no RR across the gap: " + v.get("RR_MAX_S"));
        assertEquals(1, ((Number) v.get("SIGNAL_LOSS_N")).intValue());
        assertEquals(gap / 60, ((Number) v.get("SIGNAL_LOSS_MIN")).doubleValue(), 2 / 60.0);
        assertEquals((3600 - gap) / 3600, ((Number) v.get("ANALYSABLE_H")).doubleValue(), 2 / 3600.0);
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertTrue(events.stream().anyMatch(l -> l.startsWith("SIGNAL_LOSS,")), String.join("\n", events));
        for (String l : events.subList(1, events.size())) {
            String[] f = l.split(",");
            if (f[0].startsWith("PAUSE")) {
                double a = Double.parseDouble(f[1]), b = Double.parseDouble(f[2]);
                assertTrue(b <= off.startSec() || a >= off.endSec(), "pause across the lead-off gap: " + l);
            }
        }
        // the first beat after the gap has no interval, only the LOSS flag
        List<String> beats = Files.readAllLines(out.resolve("beats.csv"));
        String after = beats.stream().skip(1).filter(l -> Double.parseDouble(l.split(",")[0]) > off.endSec())
                .findFirst().orElseThrow();
        assertTrue(after.matches("[^,]*,[^,]*,[^,]*,,,.*LOSS.*"), after);
        assertEquals(1, beats.stream().filter(l -> l.contains("LOSS")).count());
        // the WFDB annotations mark the loss as noise (unreadable, then clean), with no beat inside
        List<WfdbAnnotation> anns = WfdbAnnotationReader.read(out.resolve("sim.hol"));
        List<WfdbAnnotation> noise = anns.stream().filter(x -> x.code() == AnnotationCodes.NOISE).toList();
        assertEquals(2, noise.size());
        assertEquals(-1, noise.get(0).subtype());
        assertEquals(0, noise.get(1).subtype());
        double fs = cfg.ecgRateHz();
        assertEquals(off.startSec(), noise.get(0).sample() / fs, 1.0);
        assertEquals(off.endSec(), noise.get(1).sample() / fs, 1.0);
        assertTrue(anns.stream().filter(WfdbAnnotation::isBeat)
                .noneMatch(x -> x.sample() > noise.get(0).sample() && x.sample() < noise.get(1).sample()));
        for (int i = 1; i < anns.size(); i++) {
            assertTrue(anns.get(i).sample() >= anns.get(i - 1).sample(), "annotations in time order");
        }
    }

    /**
     * Two leads of two simulated hours (simulated data), the first off for 2 min and blocked for 6 s:
     * the second lead fills the gap (no signal loss, the beats inside it there, unclassified) and
     * refutes the false pause of the block, while the simulated sinus pause, on both leads, stands.
     */
    @Test
    void aLeadThatComesOffIsFilledFromTheSecondLead(@TempDir Path tmp) throws Exception {
        SimConfig gap = SimConfig.night(5).withDurationSec(7200);     // sinus at 1000 s, a sinus pause later
        SimulatedNight a = org.cardiosleep.app.TwoLeadRecord.write(tmp, gap, 1000);
        double fs = gap.ecgRateHz();
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("holter", tmp.resolve("twolead.hea").toString(), "-o", out.toString()));
        Map<?, ?> json = new ObjectMapper().readValue(out.resolve("holter.json").toFile(), Map.class);
        Map<?, ?> v = (Map<?, ?>) json.get("variables");
        assertTrue(((String) json.get("beatSource")).contains("second lead channel 1 (V5)"), (String) json.get("beatSource"));
        assertEquals(0, ((Number) v.get("SIGNAL_LOSS_N")).intValue());
        assertEquals(2.0, ((Number) v.get("ANALYSABLE_H")).doubleValue(), 1e-6);
        assertTrue(((Number) v.get("RR_MAX_S")).doubleValue() < 5, "no RR across the gap: " + v.get("RR_MAX_S"));
        assertTrue(((String) json.get("beatSource")).contains("1 pauses refuted"), (String) json.get("beatSource"));
        // the true sinus pause (no QRS on either lead) stands
        SimEpisode pause = a.pause();
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertTrue(events.stream().anyMatch(l -> l.startsWith("PAUSE_3S,") && Math.abs(Double.parseDouble(l.split(",")[3])
                - pause.magnitude()) < 0.1 && l.endsWith(";second_lead=confirmed")),
                "the simulated " + pause.magnitude() + "-s pause, confirmed on the second lead\n" + String.join("\n", events));
        assertTrue(events.stream().noneMatch(l -> l.startsWith("PAUSE") && Double.parseDouble(l.split(",")[1]) > 990
                && Double.parseDouble(l.split(",")[1]) < 1006), "no pause where lead 1 blocked");
        SimEpisode off = a.leadOff();
        long inGap = java.util.Arrays.stream(a.beatSamples()).filter(s -> s / fs > off.startSec() + 1 && s / fs < off.endSec() - 1)
                .count();
        long found = Files.readAllLines(out.resolve("beats.csv")).stream().skip(1).map(l -> l.split(","))
                .filter(f -> Double.parseDouble(f[0]) > off.startSec() + 1 && Double.parseDouble(f[0]) < off.endSec() - 1)
                .filter(f -> f[2].equals("U")).count();
        assertTrue(inGap > 100 && Math.abs(found - inGap) <= 2, "beats in the gap: truth " + inGap + ", filled " + found);
    }

    /**
     * One lead with electrode motion (simulated): the gap it leaves is a doubtful pause, listed but not
     * counted, with a strip; the simulated sinus pause (a quiet baseline) still counts.
     */
    @Test
    void aGapInElectrodeMotionIsADoubtfulPause(@TempDir Path tmp) throws Exception {
        SimConfig cfg = SimConfig.night(5).withDurationSec(7200);
        SimulatedNight a = org.cardiosleep.app.TwoLeadRecord.writeMotion(tmp, cfg, 1000);
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("holter", tmp.resolve("onelead.hea").toString(), "-o", out.toString()));
        Map<?, ?> v = (Map<?, ?>) new ObjectMapper().readValue(out.resolve("holter.json").toFile(), Map.class).get("variables");
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        String all = String.join("\n", events);
        assertEquals(1, ((Number) v.get("PAUSE_DOUBTFUL_N")).intValue(), all);
        assertTrue(events.stream().anyMatch(l -> l.startsWith("PAUSE_DOUBTFUL,") && Double.parseDouble(l.split(",")[1]) > 998
                && Double.parseDouble(l.split(",")[2]) > 1005), all);
        assertTrue(events.stream().noneMatch(l -> l.startsWith("PAUSE_2S,") && Double.parseDouble(l.split(",")[1]) > 990
                && Double.parseDouble(l.split(",")[1]) < 1006), "no pause counted where the electrode moved\n" + all);
        SimEpisode pause = a.pause();
        assertTrue(events.stream().anyMatch(l -> l.startsWith("PAUSE_3S,")
                && Math.abs(Double.parseDouble(l.split(",")[3]) - pause.magnitude()) < 0.1), all);
        assertEquals(pause.magnitude(), ((Number) v.get("RR_MAX_S")).doubleValue(), 0.1, "the longest RR is the true pause");
        assertTrue(Files.readString(out.resolve("report.html")).contains("Longest doubtful pause"));
    }

    /** Beat annotations whose record has no signal file (as nsr2db, Apnea-ECG): all outputs, a report without strips. */
    @Test
    void annotationsWithoutSignalGiveAReportWithoutStrips(@TempDir Path tmp) throws Exception {
        Path mitdb = TestData.require("mitdb");
        Files.copy(mitdb.resolve("100.hea"), tmp.resolve("100.hea"));
        Files.copy(mitdb.resolve("100.atr"), tmp.resolve("100.atr"));
        Path out = tmp.resolve("out");
        assertEquals(0, Main.execute("holter", tmp.resolve("100").toString(), "--reference", "-o", out.toString()));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("id=\"hr-trend\""));
        assertTrue(!html.contains("id=\"strip-"), "no signal, no strips");
    }

    @Test
    void jsonGoesToStdoutAndTheSummaryToStderr(@TempDir Path tmp) throws Exception {
        Path mitdb = TestData.require("mitdb");
        org.cardiosleep.app.CliRun r = org.cardiosleep.app.CliRun.of("holter", mitdb.resolve("100").toString(),
                "--reference", "-o", tmp.resolve("out").toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        Map<?, ?> printed = new ObjectMapper().readValue(r.out(), Map.class);
        Map<?, ?> written = new ObjectMapper().readValue(tmp.resolve("out").resolve("holter.json").toFile(), Map.class);
        assertEquals(written, printed);
        assertTrue(r.err().contains("100: 2273 beats"), r.err());
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
