package org.cardiosleep.io.ishne;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cardiosleep.io.RecordingFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ISHNE annotation files laid out byte by byte from the format, independently of any writer. */
class IshneAnnotationsTest {

    private static byte[] file(int varSize, int rate, long origin, Object... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(522 + varSize + 4).order(ByteOrder.LITTLE_ENDIAN);
        h.put("ANN  1.0".getBytes(StandardCharsets.US_ASCII));
        h.putInt(10, varSize);
        h.putShort(272, (short) rate);
        h.putInt(522 + varSize, (int) origin);
        out.writeBytes(h.array());
        for (int i = 0; i < records.length; i += 2) {
            int toc = (Integer) records[i + 1];
            out.write((Character) records[i]);
            out.write('x');
            out.write(toc & 0xFF);
            out.write(toc >> 8);
        }
        return out.toByteArray();
    }

    @Test
    void beatsTimeOutsAndNonBeatLabels(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.ann");
        // origin 1000; N after 200, a time-out of 65535 and a beat 100 later (an interval longer than
        // 16 bits), a calibration pulse, then V, S, an artefact, B, P and an analyser's own label Z
        Files.write(f, file(6, 200, 1000, 'N', 200, '!', 65535, 'N', 100, 'C', 50, 'V', 150, 'S', 120, 'X', 10,
                'B', 190, 'P', 200, 'Z', 180));
        IshneAnnotations a = IshneAnnotations.read(f);
        assertEquals(200, a.samplingRateHz());
        long t1 = 1200, t2 = t1 + 65535 + 100, t3 = t2 + 50 + 150, t4 = t3 + 120, t5 = t4 + 10 + 190, t6 = t5 + 200,
                t7 = t6 + 180;
        assertArrayEquals(new long[] {t1, t2, t3, t4, t5, t6, t7}, a.samples());
        assertEquals("NNVSBPZ", new String(a.labels(), StandardCharsets.ISO_8859_1));
        assertEquals(Map.of('Z', 1), a.otherLabels());
    }

    @Test
    void malformedFilesAreOneLineErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.ann");
        byte[] good = file(0, 200, 0, 'N', 10, 'N', 200);
        Files.write(f, java.util.Arrays.copyOf(good, good.length - 1));
        assertTrue(assertThrows(RecordingFormatException.class, () -> IshneAnnotations.read(f)).getMessage()
                .contains("not a whole number"));
        byte[] ecg = good.clone();
        System.arraycopy("ISHNE1.0".getBytes(StandardCharsets.US_ASCII), 0, ecg, 0, 8);
        Files.write(f, ecg);
        assertTrue(assertThrows(RecordingFormatException.class, () -> IshneAnnotations.read(f)).getMessage()
                .contains("not an ISHNE annotation file"));
        Files.write(f, file(0, 0, 0, 'N', 10));
        assertTrue(assertThrows(RecordingFormatException.class, () -> IshneAnnotations.read(f)).getMessage()
                .contains("sampling rate"));
        byte[] shortVar = file(0, 200, 0);
        ByteBuffer.wrap(shortVar).order(ByteOrder.LITTLE_ENDIAN).putInt(10, 1 << 20);
        Files.write(f, shortVar);
        assertTrue(assertThrows(RecordingFormatException.class, () -> IshneAnnotations.read(f)).getMessage()
                .contains("variable-length block"));
        Files.write(f, new byte[100]);
        assertTrue(assertThrows(RecordingFormatException.class, () -> IshneAnnotations.read(f)).getMessage()
                .contains("too short"));
    }
}
