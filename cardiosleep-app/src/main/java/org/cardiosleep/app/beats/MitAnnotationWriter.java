package org.cardiosleep.app.beats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes annotations in the WFDB MIT format ({@code annot(5)}): per annotation a little-endian
 * 16-bit word with the code in the top 6 bits and the time increment in the bottom 10; longer
 * increments go in a SKIP pseudo-annotation (32-bit, high word first); subtype and aux string
 * follow as SUB and AUX pseudo-annotations; a zero word ends the file. Channel and number are 0.
 * Kept small and private to the beat commands until the io module has a writer.
 */
final class MitAnnotationWriter {
    private static final int SKIP = 59, SUB = 61, AUX = 63;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long time;

    /** Appends one annotation; times must not decrease. */
    void add(long sample, int code, int subtype, String aux) {
        if (sample < time) {
            throw new IllegalArgumentException("annotation times must not decrease: " + sample + " after " + time);
        }
        long delta = sample - time;
        if (delta > 1023) {
            word(SKIP << 10);
            word((int) ((delta >>> 16) & 0xffff));
            word((int) (delta & 0xffff));
            delta = 0;
        }
        word((code << 10) | (int) delta);
        time = sample;
        if (subtype != 0) {
            word((SUB << 10) | (subtype & 0x3ff));
        }
        if (aux != null && !aux.isEmpty()) {
            byte[] b = aux.getBytes(StandardCharsets.ISO_8859_1);
            int len = Math.min(255, b.length);
            word((AUX << 10) | len);
            out.write(b, 0, len);
            if ((len & 1) == 1) {
                out.write(0);
            }
        }
    }

    /** The file's bytes, with the end-of-file word. */
    byte[] toBytes() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        copy.write(0);
        copy.write(0);
        return copy.toByteArray();
    }

    private void word(int w) {
        out.write(w & 0xff);
        out.write((w >>> 8) & 0xff);
    }
}
