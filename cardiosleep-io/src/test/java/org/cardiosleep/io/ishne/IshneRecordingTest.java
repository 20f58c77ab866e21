package org.cardiosleep.io.ishne;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ISHNE 1.0 Holter files: a file laid out byte by byte from the standard's table reads back with
 * its lead names, rate, start time and millivolt values; the writer round-trips through mapped
 * chunks; damaged files give one-line errors that name the file.
 */
class IshneRecordingTest {
    @TempDir
    Path dir;

    @Test
    void crcIsTheStandardsCcitt() {
        assertEquals(0x29B1, IshneHeader.crc16("123456789".getBytes(StandardCharsets.US_ASCII), 0, 9));
        assertEquals(0xFFFF, IshneHeader.crc16(new byte[0], 0, 0));
    }

    /** Built from the byte offsets of the standard, independently of {@link IshneWriter}. */
    @Test
    void handBuiltFileReadsAsTheStandardDescribesIt() throws Exception {
        int leads = 2, n = 1000;
        byte[] var = "recorded at home".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(522 + var.length + 2 * leads * n).order(ByteOrder.LITTLE_ENDIAN);
        b.put("ISHNE1.0".getBytes(StandardCharsets.ISO_8859_1));
        b.putInt(10, var.length).putInt(14, n).putInt(18, 522).putInt(22, 522 + var.length);
        b.putShort(26, (short) 1);
        b.position(108);
        b.put("SUBJ-042".getBytes(StandardCharsets.ISO_8859_1));
        b.putShort(128, (short) 2);
        b.putShort(138, (short) 12).putShort(140, (short) 3).putShort(142, (short) 2024); // recording date
        b.putShort(150, (short) 22).putShort(152, (short) 15).putShort(154, (short) 30); // start time
        b.putShort(156, (short) leads);
        for (int i = 0; i < 12; i++) {
            b.putShort(158 + 2 * i, (short) (i == 0 ? 6 : i == 1 ? 17 : -9)); // II, ES
            b.putShort(182 + 2 * i, (short) (i < leads ? 1 : -9));
            b.putShort(206 + 2 * i, (short) (i == 0 ? 2500 : i == 1 ? 5000 : -9));
        }
        b.putShort(272, (short) 200);
        b.position(522);
        b.put(var);
        for (int i = 0; i < n; i++) {
            b.putShort((short) (i - 500)).putShort((short) (3 * i));
        }
        byte[] bytes = b.array();
        int crc = IshneHeader.crc16(bytes, 10, 522 + var.length - 10);
        bytes[8] = (byte) crc;
        bytes[9] = (byte) (crc >> 8);
        Path f = dir.resolve("holter.ecg");
        Files.write(f, bytes);

        try (Recording r = Recordings.open(f)) {
            assertTrue(r instanceof IshneRecording);
            assertEquals("ISHNE", r.format());
            assertEquals(2, r.signals().size());
            assertEquals("II", r.signals().get(0).label());
            assertEquals("ECG ES", r.signals().get(1).label());
            assertEquals("mV", r.signals().get(0).physicalUnit());
            assertEquals(200, r.signals().get(0).samplingRateHz());
            assertEquals(n, r.signals().get(1).sampleCount());
            assertEquals(5.0, r.durationSec(), 1e-12);
            assertEquals(LocalDateTime.of(2024, 3, 12, 22, 15, 30), r.startTime().orElseThrow());
            IshneHeader h = ((IshneRecording) r).header();
            assertEquals("SUBJ-042", h.subjectId());
            assertEquals("recorded at home", h.variableBlock());
            assertEquals(2, h.sex());
            assertArrayEquals(new int[] {1, 1}, h.leadQuality());
            assertArrayEquals(new int[] {-500, -499, -498}, r.readDigital(0, 0, 3));
            assertArrayEquals(new int[] {2997}, r.readDigital(1, 999, 1));
            // mV = digital x resolution (nV) / 1e6
            assertEquals(-500 * 2500e-6, r.readPhysical(0, 0, 1)[0], 1e-15);
            assertEquals(2997 * 5000e-6, r.readPhysical(1, 999, 1)[0], 1e-15);
            assertThrows(IndexOutOfBoundsException.class, () -> r.readDigital(0, 999, 2));
        }

        // a header that counts the samples of both leads together is recognised by the file size
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(14, leads * n);
        Files.write(f, bytes);
        try (Recording r = Recordings.open(f)) {
            assertEquals(n, r.signals().get(0).sampleCount());
            assertEquals("ISHNE, header CRC mismatch", r.format()); // the count is covered by the CRC
        }
    }

    @Test
    void writerRoundTripsAcrossMappedChunks() throws Exception {
        Random rnd = new Random(5);
        int leads = 3, n = 20_011;
        short[][] d = new short[leads][n];
        for (short[] lead : d) {
            for (int i = 0; i < n; i++) {
                lead[i] = (short) (rnd.nextInt(65536) - 32768);
            }
        }
        Path f = dir.resolve("three-leads.bin");
        LocalDateTime start = LocalDateTime.of(2025, 1, 2, 3, 4, 5);
        IshneWriter.write(f, new IshneWriter.Header(start, "abc", 128, new int[] {1, 15, 11},
                new int[] {1000, 2000, 3000}), d);
        assertEquals(522 + 2L * leads * n, Files.size(f));
        try (IshneRecording whole = (IshneRecording) Recordings.open(f);
             IshneRecording tiny = IshneRecording.open(f, 6 * 1001 + 4)) { // chunks of 1001 frames
            assertEquals("ISHNE", whole.format());
            assertEquals(start, whole.startTime().orElseThrow());
            assertEquals(Arrays.asList("ECG 1", "V5", "V1"),
                    whole.signals().stream().map(s -> s.label()).toList());
            for (int l = 0; l < leads; l++) {
                int[] all = tiny.readDigital(l, 0, n);
                for (int i = 0; i < n; i++) {
                    assertEquals(d[l][i], all[i], "lead " + l + " sample " + i);
                }
            }
            for (int k = 0; k < 30; k++) {
                int l = rnd.nextInt(leads), from = rnd.nextInt(n), count = rnd.nextInt(n - from + 1);
                double[] dst = new double[count + 4];
                tiny.readPhysical(l, from, count, dst, 2);
                double[] expected = whole.readPhysical(l, from, count);
                int[] digital = whole.readDigital(l, from, count);
                for (int i = 0; i < count; i++) {
                    assertEquals(expected[i], dst[2 + i]);
                    assertEquals(d[l][from + i] * (l + 1) * 1000e-6, expected[i], 1e-12);
                    assertEquals(d[l][from + i], digital[i]);
                }
                assertEquals(0.0, dst[1]);
                assertEquals(0.0, dst[2 + count]);
            }
        }
    }

    @Test
    void damagedFilesGiveOneLineErrorsNamingTheFile() throws Exception {
        short[][] d = {new short[400]};
        Path good = dir.resolve("good.ecg");
        IshneWriter.write(good, new IshneWriter.Header(LocalDateTime.of(2025, 1, 1, 0, 0), "", 200,
                new int[] {6}, new int[] {2500}), d);
        byte[] bytes = Files.readAllBytes(good);

        assertError("truncated: the ISHNE header announces 400 samples per lead, the file holds 399",
                Arrays.copyOf(bytes, bytes.length - 1));
        assertError("too short for an ISHNE Holter file", Arrays.copyOf(bytes, 300));
        assertError("ISHNE header: 13 leads", patch(bytes, 156, 13));
        assertError("ISHNE header: 0 leads", patch(bytes, 156, 0));
        assertError("ISHNE header: sampling rate 0 Hz", patch(bytes, 272, 0));
        assertError("ISHNE header: lead 1 has amplitude resolution -9 nV", patch(bytes, 206, -9));
        byte[] ann = bytes.clone();
        System.arraycopy("ANN  1.0".getBytes(StandardCharsets.ISO_8859_1), 0, ann, 0, 8);
        assertError("is an ISHNE beat-annotation file, not an ECG", ann);
        byte[] offset = bytes.clone();
        ByteBuffer.wrap(offset).order(ByteOrder.LITTLE_ENDIAN).putInt(22, 100);
        assertError("ISHNE header: ECG block offset 100 is not between", offset);

        // a wrong CRC is reported, not fatal: the fields the samples depend on are checked one by one
        byte[] crc = bytes.clone();
        crc[8] ^= 1;
        Path f = dir.resolve("crc.ecg");
        Files.write(f, crc);
        try (Recording r = Recordings.open(f)) {
            assertEquals("ISHNE, header CRC mismatch", r.format());
            assertFalse(((IshneRecording) r).header().crcMatches());
            assertEquals(400, r.readDigital(0, 0, 400).length);
        }
    }

    /**
     * Random damage to the header of a valid file (1 to 4 bytes of the first 540, or a cut anywhere):
     * opening either fails with a one-line {@link RecordingFormatException} or gives a recording whose
     * every lead reads in full.
     */
    @Test
    void randomHeaderDamageIsRefusedOrReadsInFull() throws Exception {
        short[][] d = {new short[300], new short[300]};
        Path good = dir.resolve("base.ecg");
        IshneWriter.write(good, new IshneWriter.Header(LocalDateTime.of(2025, 6, 1, 8, 0), "id", 250,
                new int[] {6, 16}, new int[] {1000, 1000}), d);
        byte[] bytes = Files.readAllBytes(good);
        Random rnd = new Random(17);
        Path f = dir.resolve("mutant.ecg");
        int refused = 0, read = 0;
        for (int k = 0; k < 2000; k++) {
            byte[] m = k % 10 == 0 ? Arrays.copyOf(bytes, rnd.nextInt(bytes.length + 1)) : bytes.clone();
            if (k % 10 != 0) {
                for (int j = rnd.nextInt(4); j >= 0; j--) {
                    m[rnd.nextInt(540)] = (byte) rnd.nextInt(256);
                }
            }
            Files.write(f, m);
            try (Recording r = Recordings.open(f)) {
                for (int c = 0; c < r.signals().size(); c++) {
                    long n = r.signals().get(c).sampleCount();
                    r.readPhysical(c, 0, (int) n);
                }
                read++;
            } catch (RecordingFormatException e) {
                assertEquals(1, e.getMessage().lines().count(), e.getMessage());
                refused++;
            }
        }
        assertTrue(refused > 100 && read > 100, refused + " refused, " + read + " read");
    }

    private static byte[] patch(byte[] bytes, int at, int value) {
        byte[] b = bytes.clone();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(at, (short) value);
        return b;
    }

    private void assertError(String expected, byte[] content) throws Exception {
        Path f = dir.resolve("bad.ecg");
        Files.write(f, content);
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> Recordings.open(f).close());
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
