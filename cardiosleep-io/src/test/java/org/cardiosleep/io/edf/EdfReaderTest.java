package org.cardiosleep.io.edf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdfReaderTest {
    @TempDir
    Path dir;

    @Test
    void plainEdfWithDifferentRatesReadsAcrossRecords() throws Exception {
        EdfBuilder b = new EdfBuilder();
        b.reserved = "";
        b.records = "3";
        b.signal("ECG", 8).signal("SpO2", 2);
        try (EdfRecording r = EdfReader.open(b.write(dir, "a.edf"))) {
            assertEquals("EDF", r.format());
            assertEquals(2, r.signals().size());
            assertEquals(8.0, r.signals().get(0).samplingRateHz());
            assertEquals(2.0, r.signals().get(1).samplingRateHz());
            assertEquals(24, r.signals().get(0).sampleCount());
            assertEquals(List.of(new Segment(0, 0, 24)), r.segments());
            assertEquals(LocalDateTime.of(2004, 3, 2, 5, 6, 7), r.startTime().orElseThrow());
            // samples 6..11 of ECG span records 0 and 1: values (s+1)*1000 + r*100 + k - 50
            assertArrayEquals(new int[] {956, 957, 1050, 1051, 1052, 1053}, r.readDigital(0, 6, 6));
            assertArrayEquals(new int[] {1951, 2050, 2051, 2150}, r.readDigital(1, 1, 4));
            assertEquals(0, r.readDigital(0, 24, 0).length);
            assertThrows(IndexOutOfBoundsException.class, () -> r.readDigital(0, 20, 5));
            assertThrows(IndexOutOfBoundsException.class, () -> r.readDigital(2, 0, 1));
            // physical: -100..100 over -32768..32767
            double g = 65535.0 / 200.0;
            assertEquals((956 - (-32768 + 100 * g)) / g, r.readPhysical(0, 6, 1)[0], 1e-9);
            // decoding into a caller's array at an offset gives the same values, and nothing else moves
            double[] into = new double[10];
            java.util.Arrays.fill(into, -7);
            r.readPhysical(0, 6, 6, into, 3);
            assertArrayEquals(r.readPhysical(0, 6, 6), java.util.Arrays.copyOfRange(into, 3, 9), 0.0);
            assertEquals(-7, into[2]);
            assertEquals(-7, into[9]);
            assertThrows(IndexOutOfBoundsException.class, () -> r.readPhysical(0, 6, 6, into, 5));
        }
    }

    @Test
    void smallMappedChunksGiveTheSameSamples() throws Exception {
        EdfBuilder b = new EdfBuilder();
        b.records = "7";
        b.signal("ECG", 5).annotations(8).signal("Resp", 3);
        Path p = b.write(dir, "c.edf");
        try (EdfRecording whole = EdfReader.open(p); EdfRecording tiny = EdfReader.open(p, 1)) {
            assertEquals(2, tiny.signals().size());
            assertArrayEquals(whole.readDigital(0, 0, 35), tiny.readDigital(0, 0, 35));
            assertArrayEquals(whole.readDigital(1, 2, 17), tiny.readDigital(1, 2, 17));
            assertEquals(1 * 1000 + 6 * 100 + 4 - 50, tiny.readDigital(0, 34, 1)[0]);
            assertEquals(3 * 1000 + 6 * 100 + 2 - 50, tiny.readDigital(1, 20, 1)[0]); // file signal 2 = channel 1
        }
    }

    @Test
    void bdfDecodesSigned24BitLittleEndian() throws Exception {
        EdfBuilder b = new EdfBuilder().bdf();
        b.reserved = "24BIT";
        b.signal("EEG", 4);
        b.signals.get(0).dmin = "-8388608";
        b.signals.get(0).dmax = "8388607";
        int[] vals = {-8388608, -1, 0, 8388607, 123456, -654321, 1, -2};
        b.samples = (s, r, k) -> vals[r * 4 + k];
        try (EdfRecording r = EdfReader.open(b.write(dir, "x.bdf"))) {
            assertEquals("BDF", r.format());
            assertArrayEquals(vals, r.readDigital(0, 0, 8));
        }
    }

    @Test
    void bdfPlusWithAnnotations() throws Exception {
        EdfBuilder b = new EdfBuilder().bdf();
        b.signal("EEG", 4).annotations(10);
        b.tals = r -> ("+" + r + "\u0014\u0014\u0000" + (r == 1 ? "+1.5\u0014spike\u0014\u0000" : ""))
                .getBytes(StandardCharsets.US_ASCII);
        try (EdfRecording r = EdfReader.open(b.write(dir, "x.bdf"))) {
            assertEquals("BDF+C", r.format());
            assertEquals(1, r.signals().size());
            assertEquals(List.of(new Annotation(1.5, 0, "spike")), r.annotations());
        }
    }

    @Test
    void subsecondStartOffsetShiftsStartAndOnsets() throws Exception {
        EdfBuilder b = new EdfBuilder();
        b.signal("ECG", 4).annotations(30);
        b.tals = r -> ("+" + (r + 0.25) + "\u0014\u0014\u0000" + (r == 0
                ? "+1.25\u00150.5\u0014apnea\u0014hypopnea\u0014\u0000-0.75\u0014lights off\u0014\u0000" : ""))
                .getBytes(StandardCharsets.US_ASCII);
        try (EdfRecording r = EdfReader.open(b.write(dir, "s.edf"))) {
            assertEquals(LocalDateTime.of(2004, 3, 2, 5, 6, 7, 250_000_000), r.startTime().orElseThrow());
            assertEquals(List.of(new Annotation(-1.0, 0, "lights off"), new Annotation(1.0, 0.5, "apnea"),
                    new Annotation(1.0, 0.5, "hypopnea")), r.annotations());
        }
    }

    @Test
    void discontinuousSegmentsFromTimeKeepingTals() throws Exception {
        EdfBuilder b = new EdfBuilder();
        b.reserved = "EDF+D";
        b.records = "5";
        b.signal("ECG", 4).annotations(10);
        double[] onsets = {0.5, 1.5, 10.5, 11.5, 20.5};
        b.tals = r -> ("+" + onsets[r] + "\u0014\u0014\u0000").getBytes(StandardCharsets.US_ASCII);
        try (EdfRecording r = EdfReader.open(b.write(dir, "d.edf"))) {
            assertEquals("EDF+D", r.format());
            assertEquals(List.of(new Segment(0, 0, 8), new Segment(10, 8, 8), new Segment(20, 16, 4)),
                    r.segments());
            assertEquals(21.0, r.durationSec(), 1e-9);
            assertEquals(20, r.signals().get(0).sampleCount());
        }
    }

    @Test
    void recordCountMinusOneIsComputedFromTheFileSize() throws Exception {
        EdfBuilder b = new EdfBuilder();
        b.records = "4";
        b.signal("ECG", 4);
        byte[] valid = b.build();
        b.records = "-1";
        b.data = java.util.Arrays.copyOfRange(valid, b.header().length, valid.length);
        try (EdfRecording r = EdfReader.open(b.write(dir, "m.edf"))) {
            assertEquals(4, r.recordCount());
            assertEquals(16, r.signals().get(0).sampleCount());
        }
    }

    @Test
    void twoDigitYearFollowsThe1985RuleAndEdfPlusYearWins() throws Exception {
        EdfBuilder b = new EdfBuilder();
        b.signal("ECG", 1).annotations(10);
        b.date = "31.12.85";
        assertEquals(1985, startYear(b));
        b.date = "31.12.84";
        assertEquals(2084, startYear(b));
        b.recording = "Startdate 02-MAR-2102 X X X";
        b.date = "02.03.yy";
        assertEquals(LocalDateTime.of(2102, 3, 2, 5, 6, 7), start(b));
        b.recording = "Startdate 02-MAR-1999 X X X";
        b.date = "02.03.99";
        assertEquals(1999, startYear(b));
    }

    private int startYear(EdfBuilder b) throws Exception {
        return start(b).getYear();
    }

    private LocalDateTime start(EdfBuilder b) throws Exception {
        try (EdfRecording r = EdfReader.open(b.write(dir, "y.edf"))) {
            return r.startTime().orElseThrow();
        }
    }

    @Test
    void sevenDayHolterBeyond2GiBReadsThroughChunkedMappings() throws Exception {
        // 3 leads at 1000 Hz for 7 days: 3.6 GB, written sparse (only the probed samples are set)
        EdfBuilder b = new EdfBuilder();
        b.reserved = "";
        b.records = Integer.toString(7 * 24 * 3600);
        b.signal("ECG1", 1000).signal("ECG2", 1000).signal("ECG3", 1000);
        b.data = new byte[0];
        byte[] header = b.header();
        long recordBytes = 3 * 2000;
        long size = header.length + 604_800L * recordBytes;
        Path p = dir.resolve("holter.edf");
        long boundaryRecord = EdfReader.DEFAULT_CHUNK_BYTES / recordBytes; // first record of the second mapping
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(p.toFile(), "rw")) {
            f.write(header);
            f.setLength(size);
            putShort(f, header.length + 500_000L * recordBytes + 2 * 2000 + 2 * 999, -12345);
            putShort(f, header.length + (boundaryRecord - 1) * recordBytes + 2000 + 2 * 999, 111);
            putShort(f, header.length + boundaryRecord * recordBytes + 2000, 222);
        }
        try (EdfRecording r = EdfReader.open(p)) {
            assertEquals(604_800_000L, r.signals().get(2).sampleCount());
            assertEquals(7 * 24 * 3600.0, r.durationSec());
            assertArrayEquals(new int[] {0, -12345, 0}, r.readDigital(2, 500_000L * 1000 + 998, 3));
            assertArrayEquals(new int[] {0, 111, 222, 0}, r.readDigital(1, boundaryRecord * 1000 - 2, 4));
        }
    }

    private static void putShort(java.io.RandomAccessFile f, long pos, int v) throws java.io.IOException {
        f.seek(pos);
        f.write(v & 0xFF);
        f.write(v >> 8 & 0xFF);
    }

    @Test
    void closedRecordingRefusesReads() throws Exception {
        EdfBuilder b = new EdfBuilder();
        b.signal("ECG", 4);
        EdfRecording r = EdfReader.open(b.write(dir, "z.edf"));
        r.close();
        assertThrows(java.io.IOException.class, () -> r.readDigital(0, 0, 1));
        assertTrue(r.signals().size() == 1);
    }
}
