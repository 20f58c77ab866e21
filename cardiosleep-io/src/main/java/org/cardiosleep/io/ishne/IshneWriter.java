package org.cardiosleep.io.ishne;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cardiosleep.io.AtomicFiles;

/**
 * Writes ISHNE 1.0 Holter ECG files ({@link IshneHeader} gives the layout) from 16-bit samples,
 * with a correct header CRC. Absent fields are written as the standard's -9, unused lead slots
 * too. The file is written to a temporary file beside the target and renamed over it, so no
 * half-written file is left.
 */
public final class IshneWriter {

    /**
     * What the header says.
     *
     * @param start          recording date and start time; null when unknown (written as -9)
     * @param subjectId      subject ID (at most 20 characters are kept)
     * @param samplingRateHz sampling rate, 1 to 32767 Hz
     * @param leadSpec       lead specification code of each lead (Table 1 of the standard: 6 = II, 15 = V5, ...)
     * @param resolutionNv   amplitude resolution of each lead, nanovolts per digital unit
     */
    public record Header(LocalDateTime start, String subjectId, int samplingRateHz, int[] leadSpec,
                         int[] resolutionNv) {
    }

    private IshneWriter() {
    }

    /** Writes {@code digital[lead][sample]} (every lead as long, values within 16 bits) to {@code file}. */
    public static void write(Path file, Header header, short[][] digital) throws IOException {
        int leads = digital.length;
        if (leads < 1 || leads > IshneHeader.MAX_LEADS || header.leadSpec().length != leads
                || header.resolutionNv().length != leads) {
            throw new IllegalArgumentException(leads + " leads with " + header.leadSpec().length + " lead codes and "
                    + header.resolutionNv().length + " resolutions (1 to 12 leads, one code and resolution each)");
        }
        int n = digital[0].length;
        for (short[] lead : digital) {
            if (lead.length != n) {
                throw new IllegalArgumentException("leads of different lengths: " + n + " and " + lead.length);
            }
        }
        if (header.samplingRateHz() < 1 || header.samplingRateHz() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("sampling rate " + header.samplingRateHz() + " Hz does not fit ISHNE");
        }
        byte[] head = headerBytes(header, leads, n);
        AtomicFiles.write(file, tmp -> {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                os.write(head);
                int perBlock = Math.max(1, (1 << 16) / (2 * leads));
                byte[] block = new byte[perBlock * 2 * leads];
                for (int first = 0; first < n; first += perBlock) {
                    int m = Math.min(perBlock, n - first);
                    int at = 0;
                    for (int i = first; i < first + m; i++) {
                        for (short[] lead : digital) {
                            block[at++] = (byte) lead[i];
                            block[at++] = (byte) (lead[i] >> 8);
                        }
                    }
                    os.write(block, 0, at);
                }
            }
        });
    }

    private static byte[] headerBytes(Header h, int leads, int samples) {
        ByteBuffer b = ByteBuffer.allocate(IshneHeader.FIXED_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put(IshneHeader.MAGIC.getBytes(StandardCharsets.ISO_8859_1));
        b.putShort((short) 0); // CRC, filled in below
        b.putInt(0); // no variable-length block
        b.putInt(samples);
        b.putInt(IshneHeader.FIXED_BYTES);
        b.putInt(IshneHeader.FIXED_BYTES);
        b.putShort((short) 1); // file version
        text(b, "", 40);
        text(b, "", 40);
        text(b, h.subjectId(), 20);
        b.putShort((short) 0).putShort((short) 0); // sex, race unknown
        absentTriple(b); // birth date
        LocalDateTime s = h.start();
        if (s == null) {
            absentTriple(b);
        } else {
            triple(b, s.getDayOfMonth(), s.getMonthValue(), s.getYear());
        }
        LocalDate today = LocalDate.now();
        triple(b, today.getDayOfMonth(), today.getMonthValue(), today.getYear());
        if (s == null) {
            absentTriple(b);
        } else {
            triple(b, s.getHour(), s.getMinute(), s.getSecond());
        }
        b.putShort((short) leads);
        for (int[] field : new int[][] {h.leadSpec(), null, h.resolutionNv()}) {
            for (int i = 0; i < IshneHeader.MAX_LEADS; i++) {
                b.putShort((short) (i >= leads ? -9 : field == null ? 0 : field[i])); // quality 0: unknown
            }
        }
        b.putShort((short) -9); // pacemaker unknown
        text(b, "digital", 40);
        b.putShort((short) h.samplingRateHz());
        text(b, "", 80);
        text(b, "", 80);
        text(b, "", 88);
        byte[] bytes = b.array();
        int crc = IshneHeader.crc16(bytes, 10, bytes.length - 10);
        bytes[8] = (byte) crc;
        bytes[9] = (byte) (crc >> 8);
        return bytes;
    }

    private static void text(ByteBuffer b, String s, int width) {
        byte[] t = s.getBytes(StandardCharsets.ISO_8859_1);
        int n = Math.min(t.length, width);
        b.put(t, 0, n);
        b.put(new byte[width - n]);
    }

    private static void triple(ByteBuffer b, int x, int y, int z) {
        b.putShort((short) x).putShort((short) y).putShort((short) z);
    }

    private static void absentTriple(ByteBuffer b) {
        triple(b, -9, -9, -9);
    }
}
