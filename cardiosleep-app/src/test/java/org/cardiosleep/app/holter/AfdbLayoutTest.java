package org.cardiosleep.app.holter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cardiosleep.app.Main;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.io.wfdb.AnnotationCodes;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationWriter;
import org.cardiosleep.io.wfdb.WfdbHeader;
import org.cardiosleep.io.wfdb.WfdbWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench af} on a simulated database laid out as PhysioNet ships the MIT-BIH Atrial Fibrillation
 * database: 250 Hz two-lead format-212 records whose {@code .atr} holds rhythm annotations only, beats
 * in {@code .qrs} (all labelled N), a {@code RECORDS} list, and one record distributed without signal
 * files (as AFDB's 00735 and 03665 are). Simulated data: sinus stretches with P waves, AF stretches
 * with irregular intervals and no P wave.
 */
class AfdbLayoutTest {
    private static final double FS = 250;
    private static final List<String> WITH_SIGNALS = List.of("04015", "04043", "04048");
    private static final String WITHOUT_SIGNALS = "00735";

    @TempDir
    static Path db;

    @BeforeAll
    static void writeDatabase() throws Exception {
        List<String> records = new ArrayList<>();
        records.add(WITHOUT_SIGNALS);
        for (int r = 0; r < WITH_SIGNALS.size(); r++) {
            writeRecord(WITH_SIGNALS.get(r), 100 + r, true);
            records.add(WITH_SIGNALS.get(r));
        }
        writeRecord(WITHOUT_SIGNALS, 99, false);
        Files.write(db.resolve("RECORDS"), records);
    }

    /** 4 min sinus, 3 min AF, 3 min sinus; {@code .hea}/{@code .dat} (or the header alone), {@code .atr}, {@code .qrs}. */
    private static void writeRecord(String name, long seed, boolean signals) throws Exception {
        Random rnd = new Random(seed);
        List<Double> times = new ArrayList<>();
        List<Boolean> af = new ArrayList<>();
        double afFrom = 240, afTo = 420, end = 600;
        for (double t = 1.0; t < end - 1.5; ) {
            boolean inAf = t >= afFrom && t < afTo;
            times.add(t);
            af.add(inAf);
            t += inAf ? 0.4 + 0.7 * rnd.nextDouble() : 0.85 + 0.02 * rnd.nextGaussian();
        }
        int n = (int) (end * FS);
        double[] lead1 = new double[n], lead2 = new double[n];
        for (int i = 0; i < times.size(); i++) {
            double c = times.get(i);
            if (!af.get(i)) {
                wave(lead1, c - 0.16, 0.15, 0.025);
                wave(lead2, c - 0.16, 0.08, 0.025);
            }
            wave(lead1, c, 1.2, 0.012);
            wave(lead1, c + 0.03, -0.25, 0.01);
            wave(lead1, c + 0.28, 0.3, 0.05);
            wave(lead2, c, 0.7, 0.012);
            wave(lead2, c + 0.28, 0.2, 0.05);
        }
        for (int i = 0; i < n; i++) {
            lead1[i] += 0.01 * rnd.nextGaussian();
            lead2[i] += 0.01 * rnd.nextGaussian();
        }
        WfdbHeader h = WfdbWriter.write(db, name, 212, FS, List.of(
                WfdbWriter.Signal.ofPhysical("ECG1", "mV", 200, 0, lead1, 212),
                WfdbWriter.Signal.ofPhysical("ECG2", "mV", 200, 0, lead2, 212)), null, List.of());
        if (!signals) {
            Files.delete(db.resolve(name + ".dat"));
        }
        assertEquals(signals, h.signalFilesPresent());
        List<WfdbAnnotation> rhythm = List.of(
                new WfdbAnnotation(0, AnnotationCodes.RHYTHM, 0, 0, 0, "(N"),
                new WfdbAnnotation(Math.round(afFrom * FS), AnnotationCodes.RHYTHM, 0, 0, 0, "(AFIB"),
                new WfdbAnnotation(Math.round(afTo * FS), AnnotationCodes.RHYTHM, 0, 0, 0, "(N"));
        WfdbAnnotationWriter.write(db.resolve(name + ".atr"), rhythm);
        List<WfdbAnnotation> beats = new ArrayList<>();
        for (double t : times) {
            beats.add(new WfdbAnnotation(Math.round(t * FS), AnnotationCodes.NORMAL, 0, 0, 0, ""));
        }
        WfdbAnnotationWriter.write(db.resolve(name + ".qrs"), beats);
    }

    private static void wave(double[] x, double centreSec, double amplitude, double widthSec) {
        int from = Math.max(0, (int) ((centreSec - 4 * widthSec) * FS));
        int to = Math.min(x.length - 1, (int) ((centreSec + 4 * widthSec) * FS));
        for (int i = from; i <= to; i++) {
            double z = (i / FS - centreSec) / widthSec;
            x[i] += amplitude * Math.exp(-0.5 * z * z);
        }
    }

    @Test
    void headersTellWhichRecordsHaveSignals() throws Exception {
        assertTrue(WfdbHeader.read(db.resolve("04015.hea")).signalFilesPresent());
        assertFalse(WfdbHeader.read(db.resolve(WITHOUT_SIGNALS + ".hea")).signalFilesPresent());
    }

    @Test
    void referenceBeatsScoreEveryRecordFromItsQrsFile() throws Exception {
        BenchReport r = AfBenchCommand.AfBenchmark.run(db, false);
        Map<String, Object> m = r.metrics();
        assertEquals(4, r.toMap().get("records"));
        assertEquals("none", m.get("inputClasses")); // .qrs beats carry no classes
        assertEquals(0, m.get("recordsWithoutSignal"));
        assertTrue((double) m.get("se") > 90, "Se " + m.get("se"));
        assertTrue((double) m.get("sp") > 90, "Sp " + m.get("sp"));
    }

    @Test
    void ownDetectorLeavesOutTheRecordWithoutSignalsAndSaysSo() throws Exception {
        BenchReport r = AfBenchCommand.AfBenchmark.run(db, false, true, null);
        Map<String, Object> m = r.metrics();
        assertEquals(3, r.toMap().get("records"));
        assertEquals(1, m.get("recordsWithoutSignal"));
        assertEquals(List.of(WITHOUT_SIGNALS), r.toMap().get("recordsLeftOut"));
        assertTrue((double) m.get("se") > 90, "Se " + m.get("se"));
        assertTrue((double) m.get("sp") > 90, "Sp " + m.get("sp"));
    }

    @Test
    void holterTakesTheQrsBeatsWhereTheAtrHoldsRhythmOnly(@TempDir Path tmp) throws Exception {
        for (String rec : List.of("04015", WITHOUT_SIGNALS)) {
            Path out = tmp.resolve(rec);
            assertEquals(0, Main.execute("holter", db.resolve(rec + ".hea").toString(), "--reference", "-o",
                    out.toString()));
            String json = Files.readString(out.resolve("holter.json"));
            assertTrue(json.contains(rec + ".qrs"), json.substring(0, Math.min(400, json.length())));
        }
        Path lone = tmp.resolve("lone");
        Files.createDirectories(lone);
        Files.copy(db.resolve("04043.hea"), lone.resolve("04043.hea"));
        Files.copy(db.resolve("04043.atr"), lone.resolve("04043.atr"));
        assertEquals(1, Main.execute("holter", lone.resolve("04043.hea").toString(), "--reference", "-o",
                tmp.resolve("none").toString()));
        assertFalse(Files.exists(tmp.resolve("none")));
    }
}
