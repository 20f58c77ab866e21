package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Writes WFDB header ({@code .hea}) files in the form {@code header(5)} describes and
 * {@link WfdbHeader#parse} reads back to the same header: every signal field is written (a gain
 * that was absent is written as 0, which means "default" to readers).
 */
public final class WfdbHeaderWriter {
    private WfdbHeaderWriter() {
    }

    /** Writes the header text to {@code file} (via a temporary file, then renamed). */
    public static void write(Path file, WfdbHeader header) throws IOException {
        writeAtomically(file, format(header).getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * The header text.
     *
     * @throws IllegalArgumentException when a name, unit or description cannot be written (spaces
     *                                  in names or units, '#', line breaks, characters outside Latin-1)
     */
    public static String format(WfdbHeader h) {
        StringBuilder b = new StringBuilder();
        b.append(token(h.recordName(), "record name"));
        if (h.isMultiSegment()) {
            b.append('/').append(h.segmentCount());
        }
        b.append(' ').append(h.signalCount()).append(' ').append(number(h.frameRateHz()));
        if (h.counterFrequency() != 0) {
            b.append('/').append(number(h.counterFrequency()));
            if (h.baseCounter() != 0) {
                b.append('(').append(number(h.baseCounter())).append(')');
            }
        }
        boolean time = h.baseTime().isPresent();
        if (h.samplesPerSignal() >= 0 || time) {
            b.append(' ').append(Math.max(0, h.samplesPerSignal()));
        }
        if (time) {
            b.append(' ').append(time(h.baseTime().get()));
            h.baseDate().ifPresent(d -> b.append(' ').append(date(d)));
        }
        b.append('\n');
        for (WfdbHeader.SegmentSpec s : h.segments()) {
            b.append(token(s.recordName(), "segment name")).append(' ').append(s.frames()).append('\n');
        }
        for (WfdbSignalSpec s : h.signals()) {
            b.append(token(s.fileName(), "signal file name")).append(' ').append(s.format());
            if (s.samplesPerFrame() != 1) {
                b.append('x').append(s.samplesPerFrame());
            }
            if (s.skew() != 0) {
                b.append(':').append(s.skew());
            }
            if (s.byteOffset() != 0) {
                b.append('+').append(s.byteOffset());
            }
            b.append(' ').append(s.gainGiven() ? number(s.adcGain()) : "0");
            b.append('(').append(s.baseline()).append(')');
            b.append('/').append(token(s.units(), "units"));
            b.append(' ').append(s.adcResolution()).append(' ').append(s.adcZero()).append(' ').append(s.initialValue());
            b.append(' ').append(s.checksum() == null ? 0 : s.checksum());
            b.append(' ').append(s.blockSize());
            if (!s.description().isEmpty()) {
                b.append(' ').append(text(s.description(), "description"));
            }
            b.append('\n');
        }
        for (String c : h.comments()) {
            b.append("# ").append(text(c, "comment")).append('\n');
        }
        return b.toString();
    }

    /** A number as the shortest plain decimal that parses back to the same double. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String time(LocalTime t) {
        String s = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int ms = t.getNano() / 1_000_000;
        return t.getNano() == 0 ? s : s + String.format(".%03d", ms);
    }

    private static String date(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String token(String s, String what) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty " + what);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || !printable(c) || c == '#' || (c == '/' && !what.equals("units"))) {
                throw new IllegalArgumentException(what + " '" + s + "' cannot be written in a WFDB header");
            }
        }
        return s;
    }

    private static String text(String s, String what) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || !printable(c) || (c == '#' && !what.equals("comment"))) {
                throw new IllegalArgumentException(what + " '" + s + "' cannot be written in a WFDB header");
            }
        }
        return s.strip();
    }

    /** Printable ASCII and Latin-1 (headers are read as ISO-8859-1; EDF-derived units such as "°C" use it). */
    private static boolean printable(char c) {
        return (c >= ' ' && c <= '~') || (c >= 0xa1 && c <= 0xff);
    }

    /** Writes {@code bytes} to a temporary file beside {@code file}, then renames it into place. */
    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        org.cardiosleep.io.AtomicFiles.write(file, tmp -> Files.write(tmp, bytes));
    }
}
