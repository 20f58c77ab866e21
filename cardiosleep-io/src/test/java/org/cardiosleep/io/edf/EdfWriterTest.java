package org.cardiosleep.io.edf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.Segment;
import org.cardiosleep.io.SignalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdfWriterTest {
    @TempDir
    Path dir;

    private static final LocalDateTime START = LocalDateTime.of(2021, 7, 14, 22, 30, 5);

    @Test
    void roundTripKeepsDigitalSamplesAndAnnotations() throws Exception {
        Random rnd = new Random(42);
        SignalInfo ecg = SignalInfo.fromRanges("ECG II", "AgAgCl", "mV", 256, 0, -5, 5, -32768, 32767);
        SignalInfo spo2 = SignalInfo.fromRanges("SpO2", "", "%", 1, 0, 0, 100, 0, 1000);
        SignalInfo resp = SignalInfo.fromRanges("Thor", "", "uV", 25, 0, -2000, 2000, -2048, 2047);
        // 61.5 s of ECG, 61 s of SpO2, 60.2 s of respiration: none is a whole number of 1-s records
        int[] e = randomInts(rnd, 256 * 61 + 128, -32768, 32767);
        int[] s = randomInts(rnd, 61, 0, 1000);
        int[] r = randomInts(rnd, 25 * 60 + 5, -2048, 2047);
        List<Annotation> anns = List.of(
                new Annotation(-0.5, 0, "lights off"),
                new Annotation(0, 30, "Sleep stage W"),
                new Annotation(12.125, 14.75, "Obstructive apnea"),
                new Annotation(12.125, 0, "Arousal (ASDA)"),
                new Annotation(1.0 / 3, 0.1, "Café ≠ tea, 睡眠"),
                new Annotation(61.9, 0, "end"));
        Path p = dir.resolve("rt.edf");
        EdfWriter.write(p, EdfWriter.Header.of(START), List.of(ecg, spo2, resp), new int[][] {e, s, r}, anns);
        try (EdfRecording rec = EdfReader.open(p)) {
            assertEquals("EDF+C", rec.format());
            assertEquals(START, rec.startTime().orElseThrow());
            assertEquals(62, rec.recordCount()); // padded up to whole 1-s records
            assertEquals(3, rec.signals().size());
            assertEquals(256.0, rec.signals().get(0).samplingRateHz());
            assertEquals(1.0, rec.signals().get(1).samplingRateHz());
            assertEquals(25.0, rec.signals().get(2).samplingRateHz());
            assertEquals("ECG II", rec.signals().get(0).label());
            assertEquals("%", rec.signals().get(1).physicalUnit());
            assertArrayEquals(e, rec.readDigital(0, 0, e.length));
            assertArrayEquals(s, rec.readDigital(1, 0, s.length));
            assertArrayEquals(r, rec.readDigital(2, 0, r.length));
            // padding: the digital value of physical zero
            assertEquals(Math.round(ecg.baseline()), rec.readDigital(0, e.length, 1)[0]);
            assertEquals(Math.round(resp.baseline()), rec.readDigital(2, 62 * 25 - 1, 1)[0]);
            assertEquals(0.0, rec.signals().get(2).toPhysical(rec.readDigital(2, 62 * 25 - 1, 1)[0]), 1.0);
            assertEquals(ecg.physicalMax(), rec.signals().get(0).physicalMax(), 1e-9);
            List<Annotation> sorted = new java.util.ArrayList<>(anns);
            sorted.sort(java.util.Comparator.comparingDouble(Annotation::onsetSec));
            assertEquals(sorted, rec.annotations());
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count()); // no temporary file left behind
        }
    }

    @Test
    void discontinuousRoundTrip() throws Exception {
        SignalInfo ecg = SignalInfo.fromRanges("ECG", "", "mV", 4, 0, -1, 1, -100, 100);
        int[] e = randomInts(new Random(1), 16, -100, 100);
        double[] onsets = {0, 1, 5, 9};
        Path p = dir.resolve("d.edf");
        EdfWriter.write(p, new EdfWriter.Header(START, "X X X X", "X X X", 1, onsets), List.of(ecg),
                new int[][] {e}, List.of(new Annotation(5.5, 0, "gap over")));
        try (EdfRecording rec = EdfReader.open(p)) {
            assertEquals("EDF+D", rec.format());
            assertEquals(List.of(new Segment(0, 0, 8), new Segment(5, 8, 4), new Segment(9, 12, 4)), rec.segments());
            assertArrayEquals(e, rec.readDigital(0, 0, 16));
            assertEquals(List.of(new Annotation(5.5, 0, "gap over")), rec.annotations());
        }
    }

    @Test
    void subsecondStartAndOddRatesChooseRecordDuration() throws Exception {
        SignalInfo a = SignalInfo.fromRanges("Pleth", "", "", 0.5, 0, 0, 1, 0, 1);
        SignalInfo b = SignalInfo.fromRanges("ECG", "", "mV", 3, 0, -1, 1, -10, 10);
        LocalDateTime start = START.withNano(500_000_000);
        Path p = dir.resolve("o.edf");
        EdfWriter.write(p, EdfWriter.Header.of(start), List.of(a, b), new int[][] {{1, 0, 1}, new int[18]},
                List.of(new Annotation(2, 0, "x")));
        try (EdfRecording rec = EdfReader.open(p)) {
            assertEquals(2.0, rec.recordDurationSec());
            assertEquals(start, rec.startTime().orElseThrow());
            assertArrayEquals(new int[] {1, 0, 1}, rec.readDigital(0, 0, 3));
            assertEquals(List.of(new Annotation(2, 0, "x")), rec.annotations());
        }
    }

    @Test
    void rejectsWhatEdfCannotHold() {
        SignalInfo ecg = SignalInfo.fromRanges("ECG", "", "mV", 4, 0, -1, 1, -100, 100);
        Path p = dir.resolve("bad.edf");
        EdfWriter.Header h = EdfWriter.Header.of(START);
        assertThrows(IllegalArgumentException.class,
                () -> EdfWriter.write(p, h, List.of(ecg), new int[][] {{101}}, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> EdfWriter.write(p, h, List.of(ecg), new int[][] {{1}}, List.of(new Annotation(0, 0, "a\u0014b"))));
        assertThrows(IllegalArgumentException.class,
                () -> EdfWriter.write(p, h, List.of(SignalInfo.fromRanges("X", "", "", Math.PI, 0, 0, 1, 0, 1)),
                        new int[][] {{1}}, List.of()));
        assertEquals(false, Files.exists(p));
    }

    @Test
    void headerNumbersFitEightCharacters() {
        assertEquals("-1000", EdfNumbers.fit(-1000.0, 8, "x"));
        assertEquals("0.001221", EdfNumbers.fit(0.00122070312, 8, "x"));
        assertEquals("-3276.8", EdfNumbers.fit(-3276.8, 8, "x"));
        assertEquals("12345679", EdfNumbers.fit(12345678.9, 8, "x"));
        assertThrows(IllegalArgumentException.class, () -> EdfNumbers.fit(-123456789, 8, "x"));
    }

    private static int[] randomInts(Random rnd, int n, int min, int max) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = min + rnd.nextInt(max - min + 1);
        }
        return out;
    }
}
