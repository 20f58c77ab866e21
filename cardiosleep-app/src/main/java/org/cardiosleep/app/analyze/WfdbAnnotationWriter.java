package org.cardiosleep.app.analyze;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cardiosleep.pheno.analyze.BeatTable;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.NightEvent;

/**
 * WFDB outputs: a signal-less header {@code night.hea} (so WFDB tools know the sampling rate),
 * the beats as {@code night.qrs} and the events as {@code night.evt} (NOTE annotations whose aux
 * string is the event type, at the event onset), both in MIT annotation format (WFDB
 * {@code annot(5)}: 16-bit little-endian words, 6-bit code and 10-bit time difference; SKIP for
 * longer differences; AUX for text).
 */
final class WfdbAnnotationWriter {
    static final String RECORD = "night";
    private static final int SKIP = 59, AUX = 63, NOTE = 22;

    private WfdbAnnotationWriter() {
    }

    static void write(NightAnalysis a, Path dir) throws IOException {
        double fs = a.recording().ecgRateHz();
        long n = Math.round(a.recording().durationSec() * fs);
        // concatenation, not String.format: the formatter's first use loads the locale data (about 10 ms)
        String nl = System.lineSeparator();
        Files.writeString(dir.resolve(RECORD + ".hea"), RECORD + " 0 " + TableWriters.fmt(fs, 6) + " " + n + nl
                + "# cardiosleep annotations of " + a.recording().source() + ": " + RECORD + ".qrs (beats), " + RECORD
                + ".evt (events)" + nl, StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(RECORD + ".qrs")))) {
            BeatTable b = a.beats();
            long prev = 0;
            if (b != null) {
                for (int i = 0; i < b.size(); i++) {
                    prev = annotation(out, prev, b.samples()[i], code(b.symbols()[i]), null);
                }
            }
            word(out, 0);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(RECORD + ".evt")))) {
            long prev = 0;
            for (NightEvent e : a.events()) {
                prev = annotation(out, prev, Math.round(e.onsetSec() * fs), NOTE, e.type());
            }
            word(out, 0);
        }
    }

    /** WFDB beat code of a class symbol: N 1, S 9 (SVPB), V 5 (PVC), F 6, Q 13; unclassified beats are written N. */
    static int code(byte symbol) {
        return switch (symbol) {
            case 'S' -> 9;
            case 'V' -> 5;
            case 'F' -> 6;
            case 'Q' -> 13;
            default -> 1;
        };
    }

    private static long annotation(OutputStream out, long prev, long sample, int code, String aux) throws IOException {
        long d = sample - prev;
        if (d < 0 || d > 1023) {
            word(out, SKIP << 10);
            // the 32-bit interval in PDP-11 order: high 16 bits first, each half little-endian
            word(out, (int) ((d >>> 16) & 0xFFFF));
            word(out, (int) (d & 0xFFFF));
            d = 0;
        }
        word(out, (code << 10) | (int) d);
        if (aux != null) {
            byte[] t = aux.getBytes(StandardCharsets.US_ASCII);
            int len = Math.min(255, t.length);
            word(out, (AUX << 10) | len);
            out.write(t, 0, len);
            if ((len & 1) == 1) {
                out.write(0);
            }
        }
        return sample;
    }

    private static void word(OutputStream out, int w) throws IOException {
        out.write(w & 0xFF);
        out.write((w >>> 8) & 0xFF);
    }
}
