package org.cardiosleep.io.ishne;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;

import org.cardiosleep.io.RecordingFormatException;

/**
 * The header of an ISHNE 1.0 Holter ECG file (Badilini F, for the ISHNE Standard Output Format Task
 * Force: "The ISHNE Holter Standard Output File Format", Ann Noninvasive Electrocardiol
 * 1998;3:263–266), the exchange format of Holter recorders and of the THEW Holter databases.
 *
 * <p>Layout, all integers little-endian: an 8-byte magic number ({@code ISHNE1.0}), a 16-bit CRC
 * (CCITT, polynomial 0x1021, start 0xFFFF) over everything from byte 10 to the start of the ECG,
 * a 512-byte fixed block from byte 10, a variable-length text block from byte 522, then the
 * samples as 16-bit integers, leads interleaved sample by sample. Byte offsets of the fixed block:
 *
 * <pre>
 *  10 int32 size of the variable-length block      156 int16 number of leads (1-12)
 *  14 int32 samples per lead                       158 int16[12] lead specification (Table 1)
 *  18 int32 offset of the variable-length block    182 int16[12] lead quality (Table 2)
 *  22 int32 offset of the ECG block                206 int16[12] amplitude resolution, nV per unit
 *  26 int16 file version                           230 int16 pacemaker code
 *  28 char[40] first name, 68 char[40] last name   232 char[40] recorder type
 * 108 char[20] subject ID                          272 int16 sampling rate (Hz)
 * 128 int16 sex, 130 int16 race                    274 char[80] proprietary
 * 132 int16[3] birth date (day, month, year)       354 char[80] copyright
 * 138 int16[3] recording date, 144 file date       434 char[88] reserved
 * 150 int16[3] start time (hour, minute, second)
 * </pre>
 *
 * Absent values are written as -9.
 *
 * @param samplesPerLead  "ECG sample size" as written: samples per lead (some writers put the total
 *                        over all leads here; {@link IshneRecording} accepts both)
 * @param ecgBlockOffset  byte offset of the first sample
 * @param leadSpec        lead specification code of each present lead (Table 1 of the standard)
 * @param leadQuality     lead quality code of each present lead (Table 2)
 * @param resolutionNv    amplitude resolution of each present lead, nanovolts per digital unit
 * @param storedCrc       the CRC written in the file
 * @param computedCrc     the CRC of the file's header bytes
 */
public record IshneHeader(long samplesPerLead, int ecgBlockOffset, int fileVersion, String firstName,
                          String lastName, String subjectId, int sex, int race, int[] birthDate, int[] recordDate,
                          int[] fileDate, int[] startTime, int[] leadSpec, int[] leadQuality, int[] resolutionNv,
                          int pacemaker, String recorder, int samplingRateHz, String proprietary, String copyright,
                          String reserved, String variableBlock, int storedCrc, int computedCrc) {

    /** Magic number of an ISHNE ECG file. */
    public static final String MAGIC = "ISHNE1.0";
    /** Magic number of an ISHNE beat-annotation file. */
    public static final String ANNOTATION_MAGIC = "ANN  1.0";
    /** Bytes before the variable-length block: magic, CRC and the fixed block. */
    public static final int FIXED_BYTES = 522;
    /** At most this many leads. */
    public static final int MAX_LEADS = 12;

    private static final String[] LEAD_NAMES = {"unknown", "bipolar", "X", "Y", "Z", "I", "II", "III", "aVR", "aVL",
        "aVF", "V1", "V2", "V3", "V4", "V5", "V6", "ES", "AS", "AI"};

    /** Number of leads. */
    public int leadCount() {
        return leadSpec.length;
    }

    /** Whether the CRC written in the file matches its header bytes. */
    public boolean crcMatches() {
        return storedCrc == computedCrc;
    }

    /**
     * The label of lead {@code i} (0-based): the standard's name for the 12 standard leads
     * ("II", "V5"), otherwise "ECG" and the name or the lead number ("ECG X", "ECG ES",
     * "ECG 2" for a generic bipolar or unknown lead), so every lead is recognisably an ECG.
     */
    public String leadLabel(int i) {
        int code = leadSpec[i];
        if (code >= 5 && code <= 16) {
            return LEAD_NAMES[code];
        }
        if (code >= 2 && code < LEAD_NAMES.length) {
            return "ECG " + LEAD_NAMES[code];
        }
        return "ECG " + (i + 1);
    }

    private static final String[] QUALITY_NAMES = {"unknown", "good", "intermittent noise", "frequent noise",
        "intermittent disconnect", "frequent disconnect"};
    private static final String[] PACEMAKER_NAMES = {"none", "unknown type", "single chamber unipolar",
        "dual chamber unipolar", "single chamber bipolar", "dual chamber bipolar"};

    /** Name of a lead quality code (Table 2 of the standard); -9 is "absent". */
    public static String qualityName(int code) {
        return code == -9 ? "absent" : code >= 0 && code < QUALITY_NAMES.length ? QUALITY_NAMES[code] : "unknown";
    }

    /** Name of a pacemaker code; -9 and unknown codes are "not stated". */
    public static String pacemakerName(int code) {
        return code >= 0 && code < PACEMAKER_NAMES.length ? PACEMAKER_NAMES[code] : "not stated";
    }

    /** Recording date and start time, when both are valid. */
    public Optional<LocalDateTime> start() {
        try {
            return Optional.of(LocalDateTime.of(recordDate[2], recordDate[1], recordDate[0], startTime[0],
                    startTime[1], startTime[2]));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The largest header (fixed and variable-length block) read: a larger one is not a Holter header. */
    static final int MAX_HEADER_BYTES = 64 << 20;

    /**
     * The ECG block offset written in a header's first {@link #FIXED_BYTES} bytes, so the whole
     * header can be read before {@link #parse}.
     */
    static int ecgBlockOffset(byte[] fixed) {
        return ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN).getInt(22);
    }

    /**
     * Parses and checks the header in {@code bytes}: the file's first bytes up to the ECG block
     * (at least {@link #FIXED_BYTES}), all of which the CRC covers.
     *
     * @throws RecordingFormatException naming {@code file} and the problem
     */
    static IshneHeader parse(Path file, byte[] bytes, long fileSize) throws RecordingFormatException {
        if (fileSize < FIXED_BYTES || bytes.length < FIXED_BYTES) {
            throw new RecordingFormatException(file, "too short for an ISHNE Holter file (" + fileSize
                    + " bytes; the header alone has " + FIXED_BYTES + ")");
        }
        String magic = new String(bytes, 0, 8, StandardCharsets.ISO_8859_1);
        if (magic.equals(ANNOTATION_MAGIC)) {
            throw new RecordingFormatException(file, "is an ISHNE beat-annotation file, not an ECG: give the ECG file it"
                    + " belongs to (holter REC.ecg --beats REC.ann uses these beats)");
        }
        if (!magic.equals(MAGIC)) {
            throw new RecordingFormatException(file, "not an ISHNE Holter file (it does not start with " + MAGIC + ")");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int storedCrc = b.getShort(8) & 0xFFFF;
        int varSize = b.getInt(10);
        long samples = b.getInt(14) & 0xFFFFFFFFL;
        int ecgOffset = b.getInt(22);
        if (varSize < 0 || (long) FIXED_BYTES + varSize > fileSize) {
            throw new RecordingFormatException(file, "ISHNE header: variable-length block of " + varSize
                    + " bytes does not fit in the file (" + fileSize + " bytes)");
        }
        if (ecgOffset < FIXED_BYTES + varSize || ecgOffset > fileSize) {
            throw new RecordingFormatException(file, "ISHNE header: ECG block offset " + ecgOffset
                    + " is not between the end of the header (" + (FIXED_BYTES + varSize) + ") and the end of the file ("
                    + fileSize + ")");
        }
        int leads = b.getShort(156);
        if (leads < 1 || leads > MAX_LEADS) {
            throw new RecordingFormatException(file, "ISHNE header: " + leads + " leads (the format holds 1 to "
                    + MAX_LEADS + ")");
        }
        int[] spec = new int[leads], quality = new int[leads], res = new int[leads];
        for (int i = 0; i < leads; i++) {
            spec[i] = b.getShort(158 + 2 * i);
            quality[i] = b.getShort(182 + 2 * i);
            res[i] = b.getShort(206 + 2 * i);
            if (res[i] <= 0) {
                throw new RecordingFormatException(file, "ISHNE header: lead " + (i + 1) + " has amplitude resolution "
                        + res[i] + " nV (must be positive)");
            }
        }
        int rate = b.getShort(272);
        if (rate <= 0) {
            throw new RecordingFormatException(file, "ISHNE header: sampling rate " + rate + " Hz (must be positive)");
        }
        if (bytes.length < ecgOffset) {
            throw new RecordingFormatException(file, "ISHNE header: ECG block offset " + ecgOffset
                    + " makes a header of more than " + (MAX_HEADER_BYTES >> 20) + " MB");
        }
        int computedCrc = crc16(bytes, 10, ecgOffset - 10);
        String var = text(bytes, FIXED_BYTES, varSize);
        return new IshneHeader(samples, ecgOffset, b.getShort(26), text(bytes, 28, 40), text(bytes, 68, 40),
                text(bytes, 108, 20), b.getShort(128), b.getShort(130), triple(b, 132), triple(b, 138), triple(b, 144),
                triple(b, 150), spec, quality, res, b.getShort(230), text(bytes, 232, 40), rate, text(bytes, 274, 80),
                text(bytes, 354, 80), text(bytes, 434, 88), var, storedCrc, computedCrc);
    }

    /**
     * CRC-16/CCITT as the ISHNE standard specifies it (polynomial 0x1021, initial value 0xFFFF, bits
     * most significant first, no final XOR; "123456789" gives 0x29B1).
     */
    public static int crc16(byte[] data, int from, int length) {
        int crc = 0xFFFF;
        for (int i = from; i < from + length; i++) {
            crc ^= (data[i] & 0xFF) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }

    private static int[] triple(ByteBuffer b, int at) {
        return new int[] {b.getShort(at), b.getShort(at + 2), b.getShort(at + 4)};
    }

    /** A fixed-width text field: up to the first NUL, trimmed. */
    private static String text(byte[] bytes, int at, int width) {
        int end = at;
        while (end < at + width && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, at, end - at, StandardCharsets.ISO_8859_1).trim();
    }
}
