package org.cardiosleep.io.edf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cardiosleep.io.RecordingFormatException;

/**
 * The parsed header of an EDF, EDF+ or BDF(+) file (Kemp et al. 1992, EDF; Kemp & Olivan 2003,
 * EDF+; BioSemi BDF). Parsing validates everything the reader later relies on, so that a bad file
 * fails here with one line naming the file and the field, and never with another exception type.
 *
 * <p>Numeric and structural fields must be printable US-ASCII (bytes 32..126) as the EDF
 * specification requires. Free-text fields (patient, recording, label, transducer, dimension,
 * prefiltering) are decoded as ISO-8859-1 instead of being rejected, because real files carry
 * bytes such as 0xB0 ("°") there (e.g. wfdb-python's {@code test_generator_2.edf}).
 *
 * @param bdf            true for BDF (24-bit samples), false for EDF (16-bit)
 * @param plus           true for EDF+/BDF+ ("EDF+C", "EDF+D", "BDF+C", "BDF+D" in the reserved field)
 * @param discontinuous  true for EDF+D / BDF+D
 * @param patient        local patient identification, trimmed
 * @param recording      local recording identification, trimmed
 * @param startTime      start date and time of the header (second resolution)
 * @param headerBytes    number of header bytes: 256 * (signals + 1)
 * @param recordCount    number of data records (computed from the file size when the file says -1)
 * @param recordDurationSec duration of a data record in seconds
 * @param signals        all signals including annotation signals, in file order
 * @param recordBytes    bytes of one data record
 */
record EdfHeader(boolean bdf, boolean plus, boolean discontinuous, String patient, String recording,
                 LocalDateTime startTime, int headerBytes, long recordCount, double recordDurationSec,
                 List<EdfSignalHeader> signals, int recordBytes) {

    static final int FIXED_BYTES = 256;
    static final int BYTES_PER_SIGNAL = 256;
    /** Upper bound on a data record (bytes): one record is decoded at a time and mapped whole. */
    static final int MAX_RECORD_BYTES = 1 << 28;

    /** Bytes per sample: 3 for BDF, 2 for EDF. */
    int bytesPerSample() {
        return bdf ? 3 : 2;
    }

    /** The format name used by {@link org.cardiosleep.io.Recording#format()}. */
    String formatName() {
        String base = bdf ? "BDF" : "EDF";
        if (!plus) {
            return base;
        }
        return base + (discontinuous ? "+D" : "+C");
    }

    /**
     * Validates the fixed 256-byte part and returns the total header size the file declares. The
     * size is checked against the number of signals and the file size before anything is allocated,
     * so a header claiming millions of signals fails here.
     */
    static int declaredHeaderBytes(Path file, byte[] fixed, long fileSize) throws RecordingFormatException {
        if (fixed.length < FIXED_BYTES) {
            throw new RecordingFormatException(file, "truncated EDF header: " + fixed.length
                    + " bytes, the fixed part alone has 256");
        }
        versionIsBdf(file, fixed);
        long ns = parseLong(file, fixed, 252, 4, "number of signals");
        if (ns < 0) {
            throw new RecordingFormatException(file, "negative number of signals: " + ns);
        }
        long declared = parseLong(file, fixed, 184, 8, "number of header bytes");
        long expected = FIXED_BYTES + BYTES_PER_SIGNAL * ns;
        if (declared != expected) {
            throw new RecordingFormatException(file, "header says " + declared + " header bytes but "
                    + ns + " signals need " + expected);
        }
        if (expected > fileSize) {
            throw new RecordingFormatException(file, "truncated EDF header: " + ns + " signals need "
                    + expected + " header bytes but the file has " + fileSize);
        }
        return (int) expected; // expected <= fileSize and ns has at most 4 digits
    }

    /**
     * Parses a complete header.
     *
     * @param header   at least the first {@code declaredHeaderBytes} bytes of the file
     * @param fileSize size of the whole file, to check or compute the number of records
     */
    static EdfHeader parse(Path file, byte[] header, long fileSize) throws RecordingFormatException {
        int headerBytes = declaredHeaderBytes(file, header, fileSize);
        if (header.length < headerBytes) {
            throw new RecordingFormatException(file, "truncated EDF header: " + header.length
                    + " bytes of " + headerBytes);
        }
        boolean bdf = versionIsBdf(file, header);
        String patient = text(header, 8, 80);
        String recording = text(header, 88, 80);
        String reserved = ascii(file, header, 192, 44, "reserved field");
        boolean plus = reserved.startsWith("EDF+") || reserved.startsWith("BDF+");
        boolean discontinuous = plus && reserved.startsWith("+D", 3);
        if (plus && !reserved.startsWith("+C", 3) && !discontinuous) {
            throw new RecordingFormatException(file, "unknown EDF+ variant in the reserved field: '"
                    + reserved.trim() + "'");
        }
        LocalDateTime start = EdfStartTime.parse(file, ascii(file, header, 168, 8, "start date"),
                ascii(file, header, 176, 8, "start time"), plus ? recording : "");
        long records = parseLong(file, header, 236, 8, "number of data records");
        double duration = parseDouble(file, header, 244, 8, "duration of a data record");
        if (duration < 0) {
            throw new RecordingFormatException(file, "negative duration of a data record: " + duration);
        }
        int ns = (headerBytes - FIXED_BYTES) / BYTES_PER_SIGNAL;
        List<EdfSignalHeader> signals = parseSignals(file, header, ns, bdf, plus);
        long recordBytes = 0;
        boolean ordinary = false;
        for (EdfSignalHeader s : signals) {
            recordBytes += (long) s.samplesPerRecord() * (bdf ? 3 : 2);
            ordinary |= !s.annotation();
        }
        if (recordBytes > MAX_RECORD_BYTES) {
            throw new RecordingFormatException(file, "data record of " + recordBytes
                    + " bytes is larger than supported (" + MAX_RECORD_BYTES + ")");
        }
        if (duration == 0 && ordinary) {
            // EDF+ allows a zero record duration only for annotation-only files.
            throw new RecordingFormatException(file, "zero duration of a data record in a file with signals");
        }
        long dataBytes = fileSize - headerBytes;
        if (recordBytes == 0) {
            if (records != 0 && records != -1 || dataBytes != 0) {
                throw new RecordingFormatException(file, "data records of 0 bytes but " + dataBytes
                        + " bytes of data");
            }
            records = 0;
        } else if (records == -1) {
            // -1: the recorder did not finish the header; the spec says to count records from the size.
            if (dataBytes % recordBytes != 0) {
                throw new RecordingFormatException(file, "truncated last data record: " + dataBytes
                        + " data bytes is not a multiple of the record size " + recordBytes);
            }
            records = dataBytes / recordBytes;
        } else if (records < 0) {
            throw new RecordingFormatException(file, "negative number of data records: " + records);
        } else if (dataBytes != records * recordBytes) {
            String what = dataBytes < records * recordBytes && dataBytes > (records - 1) * recordBytes
                    ? "truncated last data record: " : "data size disagrees with the number of records: ";
            throw new RecordingFormatException(file, what + records + " records of " + recordBytes
                    + " bytes need " + records * recordBytes + " bytes but the file has " + dataBytes);
        }
        return new EdfHeader(bdf, plus, discontinuous, patient, recording, start, headerBytes, records,
                duration, List.copyOf(signals), (int) recordBytes);
    }

    private static boolean versionIsBdf(Path file, byte[] h) throws RecordingFormatException {
        if ((h[0] & 0xFF) == 0xFF) {
            if (new String(h, 1, 7, StandardCharsets.ISO_8859_1).equals("BIOSEMI")) {
                return true;
            }
            throw new RecordingFormatException(file, "unknown BDF identification: 0xFF followed by '"
                    + printable(h, 1, 7) + "' (expected \"BIOSEMI\")");
        }
        if (!new String(h, 0, 8, StandardCharsets.ISO_8859_1).equals("0       ")) {
            throw new RecordingFormatException(file, "not an EDF/BDF file: version field is '"
                    + printable(h, 0, 8) + "' (expected \"0\" or 0xFF \"BIOSEMI\")");
        }
        return false;
    }

    private static List<EdfSignalHeader> parseSignals(Path file, byte[] h, int ns, boolean bdf, boolean plus)
            throws RecordingFormatException {
        int base = FIXED_BYTES;
        int labels = base, transducers = labels + 16 * ns, dims = transducers + 80 * ns;
        int pmins = dims + 8 * ns, pmaxs = pmins + 8 * ns, dmins = pmaxs + 8 * ns, dmaxs = dmins + 8 * ns;
        int prefilters = dmaxs + 8 * ns, nsamps = prefilters + 80 * ns;
        int limitMin = bdf ? -(1 << 23) : Short.MIN_VALUE;
        int limitMax = bdf ? (1 << 23) - 1 : Short.MAX_VALUE;
        List<EdfSignalHeader> out = new ArrayList<>(ns);
        int offset = 0;
        for (int i = 0; i < ns; i++) {
            String label = text(h, labels + 16 * i, 16);
            boolean annotation = plus && (label.equals("EDF Annotations") || label.equals("BDF Annotations"));
            String where = "signal " + (i + 1) + " ('" + label + "'): ";
            double pmin = parseDouble(file, h, pmins + 8 * i, 8, where + "physical minimum");
            double pmax = parseDouble(file, h, pmaxs + 8 * i, 8, where + "physical maximum");
            long dmin = parseLong(file, h, dmins + 8 * i, 8, where + "digital minimum");
            long dmax = parseLong(file, h, dmaxs + 8 * i, 8, where + "digital maximum");
            long spr = parseLong(file, h, nsamps + 8 * i, 8, where + "samples per record");
            if (spr < 0 || spr > MAX_RECORD_BYTES) {
                throw new RecordingFormatException(file, where + "invalid number of samples per record: " + spr);
            }
            if (!annotation) {
                if (spr == 0) {
                    throw new RecordingFormatException(file, where + "zero samples per record");
                }
                if (dmin >= dmax) {
                    throw new RecordingFormatException(file, where + "digital minimum " + dmin
                            + " is not below the digital maximum " + dmax);
                }
                if (dmin < limitMin || dmax > limitMax) {
                    throw new RecordingFormatException(file, where + "digital range " + dmin + ".." + dmax
                            + " exceeds the " + (bdf ? 24 : 16) + "-bit range");
                }
                if (pmin == pmax) {
                    throw new RecordingFormatException(file, where + "physical minimum equals physical maximum ("
                            + pmin + ")");
                }
            } else {
                dmin = Math.max(limitMin, Math.min(dmin, limitMax));
                dmax = Math.max(limitMin, Math.min(dmax, limitMax));
            }
            out.add(new EdfSignalHeader(label, text(h, transducers + 80 * i, 80), text(h, dims + 8 * i, 8),
                    pmin, pmax, (int) dmin, (int) dmax, text(h, prefilters + 80 * i, 80), (int) spr,
                    annotation, offset));
            offset += (int) spr * (bdf ? 3 : 2); // bounded by MAX_RECORD_BYTES per signal; sum checked by caller
            if (offset < 0 || offset > MAX_RECORD_BYTES) {
                throw new RecordingFormatException(file, "data record larger than supported ("
                        + MAX_RECORD_BYTES + " bytes)");
            }
        }
        return out;
    }

    /** A free-text field, ISO-8859-1, trimmed. */
    private static String text(byte[] h, int off, int len) {
        return new String(h, off, len, StandardCharsets.ISO_8859_1).trim();
    }

    /** A structural field: printable US-ASCII required. */
    static String ascii(Path file, byte[] h, int off, int len, String field) throws RecordingFormatException {
        for (int i = off; i < off + len; i++) {
            int b = h[i] & 0xFF;
            if (b < 32 || b > 126) {
                throw new RecordingFormatException(file, "non-ASCII byte "
                        + String.format(Locale.ROOT, "0x%02X", b) + " in the " + field
                        + " (header offset " + i + ")");
            }
        }
        return new String(h, off, len, StandardCharsets.US_ASCII);
    }

    private static long parseLong(Path file, byte[] h, int off, int len, String field)
            throws RecordingFormatException {
        String s = ascii(file, h, off, len, field).trim();
        if (s.isEmpty() || s.length() > 9 || !s.matches("[+-]?[0-9]+")) {
            throw new RecordingFormatException(file, field + " is not an integer: '" + s + "'");
        }
        return Long.parseLong(s);
    }

    private static double parseDouble(Path file, byte[] h, int off, int len, String field)
            throws RecordingFormatException {
        String s = ascii(file, h, off, len, field).trim();
        // Only plain decimal numbers: Double.parseDouble would also accept "NaN", "Infinity", "1d".
        if (!s.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            throw new RecordingFormatException(file, field + " is not a number: '" + s + "'");
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new RecordingFormatException(file, field + " is not finite: '" + s + "'");
        }
        return v;
    }

    private static String printable(byte[] h, int off, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = off; i < off + len && i < h.length; i++) {
            int b = h[i] & 0xFF;
            sb.append(b >= 32 && b < 127 ? String.valueOf((char) b) : String.format("\\x%02X", b));
        }
        return sb.toString();
    }

    /** Checked start date-time construction (the fields were validated as digits). */
    static LocalDateTime dateTime(Path file, int y, int mo, int d, int h, int mi, int s)
            throws RecordingFormatException {
        try {
            return LocalDateTime.of(y, mo, d, h, mi, s);
        } catch (DateTimeException e) {
            throw new RecordingFormatException(file, "invalid start date/time: " + e.getMessage());
        }
    }
}
