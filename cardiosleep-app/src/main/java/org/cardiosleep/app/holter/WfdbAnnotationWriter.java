package org.cardiosleep.app.holter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal writer of MIT-format WFDB annotation files ({@code annot(5)}), enough for beat labels
 * and rhythm aux strings: each annotation is a 16-bit word (code in the top 6 bits, time
 * increment in the bottom 10), preceded by a SKIP when the increment exceeds 1023 and followed
 * by an AUX word and its bytes when it carries a string. Kept private to the Holter command until
 * the io module has a general writer.
 */
final class WfdbAnnotationWriter {
    private static final int SKIP = 59, AUX = 63;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long last;

    /** Appends an annotation; samples must not decrease. */
    void add(long sample, int code, String aux) {
        long d = sample - last;
        if (d < 0) {
            throw new IllegalArgumentException("annotations out of order at sample " + sample);
        }
        if (d > 1023) {
            word(SKIP << 10);
            // 32-bit interval, high 16-bit word first, each little-endian (PDP-11 order)
            word((int) ((d >>> 16) & 0xffff));
            word((int) (d & 0xffff));
            d = 0;
        }
        word((code << 10) | (int) d);
        last = sample;
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
