package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.io.RecordingFormatException;

/**
 * Reads WFDB annotation files in the MIT format ({@code annot(5)}): a sequence of little-endian
 * 16-bit words whose top 6 bits are the code and bottom 10 bits the time increment; the pseudo
 * codes SKIP (59), NUM (60), SUB (61), CHN (62) and AUX (63) modify the time or the fields.
 * As in the WFDB library, {@code chan} and {@code num} carry over from one annotation to the next.
 */
public final class WfdbAnnotationReader {
    private static final int SKIP = 59, NUM = 60, SUB = 61, CHN = 62, AUX = 63;

    private WfdbAnnotationReader() {
    }

    /** Reads all annotations of a file. */
    public static List<WfdbAnnotation> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RecordingFormatException(file, "annotation file not found");
        }
        return parse(file, Files.readAllBytes(file));
    }

    /** Parses annotation bytes; {@code file} names the source in messages. */
    public static List<WfdbAnnotation> parse(Path file, byte[] b) throws RecordingFormatException {
        List<WfdbAnnotation> out = new ArrayList<>(b.length / 2);
        long time = 0;
        int chan = 0, num = 0;
        // fields of the annotation being assembled
        boolean pending = false;
        long pTime = 0;
        int pCode = 0, pSub = 0, pChan = 0, pNum = 0;
        String pAux = "";
        int p = 0;
        int n = b.length;
        while (p + 1 < n) {
            int word = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
            p += 2;
            int a = word >>> 10;
            int i = word & 0x3ff;
            if (a == 0 && i == 0) {
                break; // end of file
            }
            switch (a) {
                case SKIP -> {
                    if (p + 4 > n) {
                        throw new RecordingFormatException(file, "truncated SKIP at byte " + (p - 2));
                    }
                    // 32-bit interval stored as two 16-bit little-endian words, high word first (PDP-11 order)
                    int hi = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
                    int lo = (b[p + 2] & 0xff) | ((b[p + 3] & 0xff) << 8);
                    time += (hi << 16) | lo;
                    p += 4;
                }
                case NUM -> {
                    num = (i << 22) >> 22;
                    if (pending) {
                        pNum = num;
                    }
                }
                case SUB -> {
                    if (pending) {
                        pSub = (i << 22) >> 22;
                    }
                }
                case CHN -> {
                    chan = i;
                    if (pending) {
                        pChan = chan;
                    }
                }
                case AUX -> {
                    int len = i;
                    if (p + len > n) {
                        throw new RecordingFormatException(file, "AUX string of " + len + " bytes runs past the end of the file");
                    }
                    if (pending) {
                        pAux = new String(b, p, len, StandardCharsets.ISO_8859_1);
                    }
                    p += len + (len & 1);
                }
                default -> {
                    if (a > AnnotationCodes.ACMAX && a < SKIP) {
                        throw new RecordingFormatException(file, "invalid annotation code " + a + " at byte " + (p - 2));
                    }
                    if (pending) {
                        out.add(new WfdbAnnotation(pTime, pCode, pSub, pChan, pNum, pAux));
                    }
                    time += i;
                    pending = true;
                    pTime = time;
                    pCode = a;
                    pSub = 0;
                    pChan = chan;
                    pNum = num;
                    pAux = "";
                }
            }
        }
        if (pending) {
            out.add(new WfdbAnnotation(pTime, pCode, pSub, pChan, pNum, pAux));
        }
        return out;
    }
}
