package org.cardiosleep.io.edf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.io.RecordingFormatException;

/**
 * Parses the Time-stamped Annotations Lists (TALs) of one EDF+ annotation signal in one data record
 * (Kemp & Olivan 2003, section 2.2.2): {@code +onset[\x15duration]\x14text\x14...text\x14\x00},
 * repeated, then zero padding. Onsets are signed decimal seconds relative to the header start
 * time; durations are unsigned decimal seconds; texts are UTF-8 and a TAL may carry several.
 *
 * <p>The first TAL of the first annotation signal of every record is the time-keeping TAL: its
 * first text is empty and its onset is the start of that record. Any further texts in the same TAL
 * are ordinary annotations.
 */
public final class TalParser {

    /**
     * One TAL.
     *
     * @param onsetSec    seconds relative to the header's start date-time
     * @param durationSec seconds, or NaN when the TAL has no duration
     * @param texts       the annotation texts (the first is "" for a time-keeping TAL)
     */
    public record Tal(double onsetSec, double durationSec, List<String> texts) {
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};
    private static final List<String> TIME_KEEPING = List.of("");

    private TalParser() {
    }

    /**
     * Parses all TALs in {@code bytes[offset, offset + length)}.
     *
     * @param file   named in error messages
     * @param record data record index (0-based), named in error messages
     * @throws RecordingFormatException on any syntax error
     */
    public static List<Tal> parse(Path file, long record, byte[] bytes, int offset, int length)
            throws RecordingFormatException {
        List<Tal> out = new ArrayList<>();
        int end = offset + length;
        int p = offset;
        while (p < end && bytes[p] != 0) {
            int start = p;
            // onset
            int q = p;
            while (q < end && bytes[q] != 0x14 && bytes[q] != 0x15 && bytes[q] != 0) {
                q++;
            }
            if (q >= end || bytes[q] == 0) {
                throw error(file, record, start, "TAL without the \\x14 after its onset");
            }
            double onset = number(file, record, bytes, p, q, true, "onset");
            double duration = Double.NaN;
            if (bytes[q] == 0x15) {
                int r = q + 1;
                while (r < end && bytes[r] != 0x14 && bytes[r] != 0) {
                    r++;
                }
                if (r >= end || bytes[r] == 0) {
                    throw error(file, record, start, "TAL without the \\x14 after its duration");
                }
                duration = number(file, record, bytes, q + 1, r, false, "duration");
                q = r;
            }
            // q points at the \x14 that ends onset/duration; texts follow, each ended by \x14, until \x00
            p = q + 1;
            List<String> texts = new ArrayList<>(1);
            while (true) {
                int t = p;
                while (t < end && bytes[t] != 0x14 && bytes[t] != 0) {
                    t++;
                }
                if (t >= end) {
                    throw error(file, record, start, "TAL not terminated by \\x14\\x00");
                }
                if (bytes[t] == 0) {
                    if (t != p) {
                        throw error(file, record, start, "annotation text not terminated by \\x14");
                    }
                    p = t + 1;
                    break;
                }
                texts.add(t == p ? "" : new String(bytes, p, t - p, StandardCharsets.UTF_8));
                p = t + 1;
            }
            if (texts.isEmpty()) {
                throw error(file, record, start, "TAL without any annotation text");
            }
            boolean keeping = texts.size() == 1 && texts.get(0).isEmpty();
            out.add(new Tal(onset, duration, keeping ? TIME_KEEPING : List.copyOf(texts)));
        }
        // the rest must be padding
        for (int i = p; i < end; i++) {
            if (bytes[i] != 0) {
                throw error(file, record, i, "unexpected byte after the TAL padding");
            }
        }
        return out;
    }

    /**
     * The onset of the TAL in {@code bytes[offset, offset + length)} when the slice holds exactly one
     * TAL, a time-keeping one without annotations ({@code +onset\x14\x14\x00}), and zero padding; NaN
     * otherwise (then {@link #parse} reads it, and reports what is wrong). The onset is read as
     * {@link #parse} reads it.
     */
    static double timeKeepingOnly(Path file, long record, byte[] bytes, int offset, int length)
            throws RecordingFormatException {
        int end = offset + length;
        int q = offset;
        while (q < end && bytes[q] != 0x14 && bytes[q] != 0x15 && bytes[q] != 0) {
            q++;
        }
        if (q == offset || q + 2 >= end || bytes[q] != 0x14 || bytes[q + 1] != 0x14 || bytes[q + 2] != 0) {
            return Double.NaN;
        }
        int any = 0, i = q + 3;
        for (; i + 7 < end; i += 8) { // the padding, eight bytes per loop turn
            any |= bytes[i] | bytes[i + 1] | bytes[i + 2] | bytes[i + 3] | bytes[i + 4] | bytes[i + 5] | bytes[i + 6]
                    | bytes[i + 7];
        }
        for (; i < end; i++) {
            any |= bytes[i];
        }
        return any != 0 ? Double.NaN : number(file, record, bytes, offset, q, true, "onset");
    }

    private static double number(Path file, long record, byte[] b, int from, int to, boolean signed, String what)
            throws RecordingFormatException {
        int i = from;
        if (signed) {
            if (i >= to || b[i] != '+' && b[i] != '-') {
                throw error(file, record, from, "TAL " + what + " must start with '+' or '-': '"
                        + show(b, from, to) + "'");
            }
            i++;
        }
        int digits = 0, dots = 0;
        for (int k = i; k < to; k++) {
            if (b[k] >= '0' && b[k] <= '9') {
                digits++;
            } else if (b[k] == '.' && dots == 0) {
                dots++;
            } else {
                digits = -1;
                break;
            }
        }
        if (digits <= 0 || to - from > 40) {
            throw error(file, record, from, "bad TAL " + what + ": '" + show(b, from, to) + "'");
        }
        if (digits <= 15) {
            // Exact fast path: an integer below 2^53 divided by an exact power of ten is correctly
            // rounded, so this equals Double.parseDouble (Clinger 1990) without building a String.
            long mantissa = 0;
            int scale = 0;
            boolean afterDot = false;
            for (int k = i; k < to; k++) {
                if (b[k] == '.') {
                    afterDot = true;
                } else {
                    mantissa = mantissa * 10 + (b[k] - '0');
                    scale += afterDot ? 1 : 0;
                }
            }
            double v = scale == 0 ? mantissa : mantissa / POW10[scale];
            return b[from] == '-' ? -v : v;
        }
        return Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
    }

    private static String show(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(to, from + 40); i++) {
            int c = b[i] & 0xFF;
            sb.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02X", c));
        }
        return sb.toString();
    }

    private static RecordingFormatException error(Path file, long record, int at, String problem) {
        return new RecordingFormatException(file, "EDF+ annotations in data record " + (record + 1)
                + ": " + problem);
    }
}
