package org.cardiosleep.io.edf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;

/**
 * The EDF files of wfdb-python's sample data. Expected values are decoded here by hand from the
 * raw bytes (header fields at their fixed offsets, TALs split on 0x14/0x15/0x00), not by the reader.
 */
class EdfRealFilesTest {

    @Test
    void testGenerator2() throws Exception {
        Path p = TestData.require("wfdb-samples/test_generator_2.edf");
        byte[] raw = Files.readAllBytes(p);
        int ns = 12; // header bytes 252..255 = "12"
        assertEquals("12", ascii(raw, 252, 4).trim());
        try (EdfRecording r = EdfReader.open(p)) {
            assertEquals("EDF+C", r.format());
            assertEquals(11, r.signals().size()); // 12 header signals, one is "EDF Annotations"
            assertEquals(600, r.recordCount());
            assertEquals(1.0, r.recordDurationSec());
            for (SignalInfo s : r.signals()) {
                assertEquals(200.0, s.samplingRateHz());
                assertEquals(120_000, s.sampleCount());
                assertEquals(-1000.0, s.physicalMin(), 1e-9);
                assertEquals(1000.0, s.physicalMax(), 1e-9);
            }
            assertEquals("ECG", r.signals().get(3).label());
            assertEquals("°", r.signals().get(8).physicalUnit()); // byte 0xB0 in the dimension field
            assertEquals(600.0, r.durationSec(), 1e-9);
            assertEquals(LocalDateTime.of(2009, 12, 10, 12, 44, 2), r.startTime().orElseThrow());

            // ECG (signal 4) samples 1000..1009: record 5, samples 0..9; decode the bytes by hand
            int headerBytes = 256 * (ns + 1), recordBytes = 2 * (11 * 200 + 51);
            ByteBuffer bb = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
            int[] got = r.readDigital(3, 1000, 10);
            for (int k = 0; k < 10; k++) {
                assertEquals(bb.getShort(headerBytes + 5 * recordBytes + 3 * 400 + 2 * k), got[k]);
            }

            List<String[]> tals = new ArrayList<>();
            for (int rec = 0; rec < 600; rec++) {
                int off = headerBytes + rec * recordBytes + 11 * 400;
                tals.addAll(splitTals(raw, off, 102));
            }
            List<Annotation> expected = new ArrayList<>();
            for (String[] t : tals) {
                for (int i = 2; i < t.length; i++) {
                    if (!t[i].isEmpty()) {
                        expected.add(new Annotation(Double.parseDouble(t[0]),
                                t[1].isEmpty() ? 0 : Double.parseDouble(t[1]), t[i]));
                    }
                }
            }
            assertEquals(List.of(new Annotation(0, 0, "RECORD START"), new Annotation(600, 0, "REC STOP")), expected);
            assertEquals(expected, r.annotations());
        }
    }

    @Test
    void testEdfann() throws Exception {
        Path p = TestData.require("wfdb-samples/test_edfann.edf");
        byte[] raw = Files.readAllBytes(p);
        try (EdfRecording r = EdfReader.open(p)) {
            assertEquals("EDF+C", r.format());
            assertEquals(0, r.signals().size()); // the only signal is "EDF Annotations"
            assertEquals(1, r.recordCount());
            assertEquals(0.0, r.recordDurationSec());
            assertEquals(LocalDateTime.of(2001, 1, 1, 23, 59, 30), r.startTime().orElseThrow());

            List<String[]> tals = splitTals(raw, 512, raw.length - 512);
            assertEquals("+0", "+" + tals.get(0)[0].replace("+", "")); // time-keeping TAL first
            assertEquals("", tals.get(0)[2]);
            List<Annotation> expected = new ArrayList<>();
            for (String[] t : tals.subList(1, tals.size())) {
                assertEquals(3, t.length); // one text per TAL in this file
                expected.add(new Annotation(Double.parseDouble(t[0]), Double.parseDouble(t[1]), t[2]));
            }
            assertEquals(856, expected.size());
            assertEquals(new Annotation(0, 30, "Sleep stage W"), expected.get(0));
            assertEquals(new Annotation(33.43, 0, "Lights off@@EEG F4-A1"), expected.get(2));
            assertEquals(new Annotation(25618.74, 0, "Lights on@@EEG Fpz-Cz"), expected.get(855));
            List<Annotation> sorted = new ArrayList<>(expected);
            sorted.sort(java.util.Comparator.comparingDouble(Annotation::onsetSec));
            assertEquals(sorted, r.annotations());
            assertTrue(r.annotations().stream().filter(a -> a.text().startsWith("Sleep stage")).count() > 800);
        }
    }

    /** TALs as {onset, duration or "", text...}, split by hand on the TAL separators. */
    private static List<String[]> splitTals(byte[] raw, int off, int len) {
        List<String[]> out = new ArrayList<>();
        String s = new String(raw, off, len, StandardCharsets.UTF_8);
        for (String tal : s.split("\u0014\u0000")) {
            String t = tal.replace("\u0000", "");
            if (t.isEmpty()) {
                continue;
            }
            String[] parts = t.split("\u0014", -1);
            String[] od = parts[0].split("\u0015");
            String[] row = new String[parts.length + 1];
            row[0] = od[0];
            row[1] = od.length > 1 ? od[1] : "";
            System.arraycopy(parts, 1, row, 2, parts.length - 1);
            out.add(row);
        }
        return out;
    }

    private static String ascii(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.US_ASCII);
    }
}
