package org.cardiosleep.io.wfdb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes WFDB annotation files in the MIT format ({@code annot(5)}), as the WFDB library's
 * {@code putann} does: an annotation word {@code code << 10 | delta}; a SKIP before it when the
 * time step is negative or over 1023 (several for steps beyond 32 bits); SUB when the subtype is not zero; CHN and NUM only when they
 * change (readers carry them over); AUX with the string padded to an even length; a zero word at
 * the end. {@link WfdbAnnotationReader} reads the result back to the same annotations.
 */
public final class WfdbAnnotationWriter {
    private static final int MAX_DELTA = 1023;
    /** Longest aux string the 10-bit length field can hold. */
    public static final int MAX_AUX_BYTES = 1023;

    private WfdbAnnotationWriter() {
    }

    /** Writes the annotations to {@code file} (via a temporary file, then renamed). */
    public static void write(Path file, List<WfdbAnnotation> annotations) throws IOException {
        WfdbHeaderWriter.writeAtomically(file, encode(annotations));
    }

    /**
     * Encodes annotations in file order.
     *
     * @throws IllegalArgumentException for a code outside 0..49, a field out of its 10-bit range or an
     *                                  aux string over 1023 bytes
     */
    public static byte[] encode(List<WfdbAnnotation> annotations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(annotations.size() * 2 + 2);
        try {
            write(out, annotations);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array stream does not fail
        }
        return out.toByteArray();
    }

    /** Writes the encoded annotations to a stream. */
    public static void write(OutputStream out, List<WfdbAnnotation> annotations) throws IOException {
        long prevTime = 0;
        int prevChan = 0, prevNum = 0;
        for (WfdbAnnotation a : annotations) {
            if (a.code() < 0 || a.code() > AnnotationCodes.ACMAX) {
                throw new IllegalArgumentException("annotation code " + a.code() + " cannot be written (0.."
                        + AnnotationCodes.ACMAX + ")");
            }
            long delta = a.sample() - prevTime;
            // code 0 with a zero step is the end-of-file word: NOTQRS (which WFDB uses to close the
            // "## ..." header notes) is written with a step of 1 after a SKIP of delta - 1, as WFDB does
            int rest = a.code() == 0 ? 1 : 0;
            if (delta < rest || delta > MAX_DELTA) {
                // one SKIP holds a signed 32-bit step; longer steps (huge.qrs) take several
                long skip = delta - rest;
                while (skip != 0) {
                    int d = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, skip));
                    word(out, WfdbAnnotationReader.SKIP, 0);
                    word16(out, d >>> 16);
                    word16(out, d & 0xffff);
                    skip -= d;
                }
                delta = rest;
            }
            word(out, a.code(), (int) delta);
            prevTime = a.sample();
            if (a.subtype() != 0) {
                word(out, WfdbAnnotationReader.SUB, tenBits(a.subtype(), "subtype"));
            }
            if (a.channel() != prevChan) {
                if (a.channel() < 0 || a.channel() > 1023) {
                    throw new IllegalArgumentException("channel " + a.channel() + " outside 0..1023");
                }
                word(out, WfdbAnnotationReader.CHN, a.channel());
                prevChan = a.channel();
            }
            if (a.number() != prevNum) {
                word(out, WfdbAnnotationReader.NUM, tenBits(a.number(), "num"));
                prevNum = a.number();
            }
            if (!a.aux().isEmpty()) {
                byte[] aux = a.aux().getBytes(StandardCharsets.ISO_8859_1);
                if (aux.length > MAX_AUX_BYTES) {
                    throw new IllegalArgumentException("aux string of " + aux.length + " bytes (at most "
                            + MAX_AUX_BYTES + ")");
                }
                word(out, WfdbAnnotationReader.AUX, aux.length);
                out.write(aux);
                if ((aux.length & 1) == 1) {
                    out.write(0);
                }
            }
        }
        word16(out, 0);
    }

    private static int tenBits(int v, String what) {
        if (v < -512 || v > 511) {
            throw new IllegalArgumentException(what + " " + v + " outside -512..511");
        }
        return v & 0x3ff;
    }

    private static void word(OutputStream out, int code, int value) throws IOException {
        word16(out, (code << 10) | value);
    }

    private static void word16(OutputStream out, int w) throws IOException {
        out.write(w & 0xff);
        out.write((w >>> 8) & 0xff);
    }
}
