package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import org.cardiosleep.io.RecordingFormatException;

/**
 * Reads WFDB annotation files in the MIT format ({@code annot(5)}): a sequence of little-endian
 * 16-bit words whose top 6 bits are the code and bottom 10 bits the time increment; the pseudo
 * codes SKIP (59), NUM (60), SUB (61), CHN (62) and AUX (63) modify the time or the fields of the
 * annotation before them. As in the WFDB library, {@code chan} and {@code num} carry over from one
 * annotation to the next; a zero word ends the file.
 */
public final class WfdbAnnotationReader {
    static final int SKIP = 59, NUM = 60, SUB = 61, CHN = 62, AUX = 63;
    /** Annotation files larger than this are refused rather than loaded (about 1 G annotations). */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

    private WfdbAnnotationReader() {
    }

    /** Receives the annotations of a file in order; the aux string is bytes of the file's array. */
    interface Sink {
        void accept(long sample, int code, int subtype, int channel, int number, byte[] b, int auxOff, int auxLen);
    }

    /**
     * Beat times and codes as parallel primitive arrays, for evaluating detectors on long records
     * without one object per beat.
     *
     * @param samples annotation times in samples, ascending as in the file
     * @param codes   annotation codes ({@link AnnotationCodes})
     */
    public record Columns(long[] samples, byte[] codes) {
        public int size() {
            return samples.length;
        }
    }

    /** Reads all annotations of a file. */
    public static List<WfdbAnnotation> read(Path file) throws IOException {
        return parse(file, bytes(file));
    }

    /** Parses annotation bytes; {@code file} names the source in messages. */
    public static List<WfdbAnnotation> parse(Path file, byte[] b) throws RecordingFormatException {
        List<WfdbAnnotation> out = new ArrayList<>(Math.min(b.length / 2, 1 << 20));
        scan(file, b, (sample, code, sub, chan, num, buf, auxOff, auxLen) -> out.add(new WfdbAnnotation(sample, code,
                sub, chan, num, auxLen == 0 ? "" : new String(buf, auxOff, auxLen, StandardCharsets.ISO_8859_1))));
        return out;
    }

    /**
     * The time resolution an annotation file declares in its leading {@code "## time resolution: F"}
     * note (as the WFDB library's {@code annopen} reads it): its sample numbers count at F Hz rather
     * than at the record's sampling frequency. Empty when the file declares none.
     */
    public static OptionalDouble timeResolutionHz(List<WfdbAnnotation> annotations) {
        for (WfdbAnnotation a : annotations) {
            if (a.sample() != 0) {
                break; // the declarations come first, at time 0
            }
            String t = a.auxText();
            if (a.code() == AnnotationCodes.NOTE && t.startsWith(TIME_RESOLUTION)) {
                try {
                    double f = Double.parseDouble(t.substring(TIME_RESOLUTION.length()).strip());
                    if (f > 0 && Double.isFinite(f)) {
                        return OptionalDouble.of(f);
                    }
                } catch (NumberFormatException e) {
                    return OptionalDouble.empty();
                }
            }
        }
        return OptionalDouble.empty();
    }

    private static final String TIME_RESOLUTION = "## time resolution:";

    /** Reads only the beat annotations ({@link AnnotationCodes#isBeat}) as primitive arrays. */
    public static Columns readBeats(Path file) throws IOException {
        return columns(file, bytes(file), true);
    }

    /** Reads the times and codes of all annotations as primitive arrays. */
    public static Columns readColumns(Path file) throws IOException {
        return columns(file, bytes(file), false);
    }

    static Columns columns(Path file, byte[] b, boolean beatsOnly) throws RecordingFormatException {
        long[][] t = {new long[Math.max(16, b.length / 2)]};
        byte[][] c = {new byte[t[0].length]};
        int[] n = {0};
        scan(file, b, (sample, code, sub, chan, num, buf, auxOff, auxLen) -> {
            if (beatsOnly && !AnnotationCodes.isBeat(code)) {
                return;
            }
            t[0][n[0]] = sample; // at most one annotation per two bytes: the arrays never overflow
            c[0][n[0]++] = (byte) code;
        });
        return new Columns(Arrays.copyOf(t[0], n[0]), Arrays.copyOf(c[0], n[0]));
    }

    private static byte[] bytes(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RecordingFormatException(file, "annotation file not found");
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new RecordingFormatException(file, "annotation file is too large (" + size + " bytes)");
        }
        return Files.readAllBytes(file);
    }

    /** Decodes the words of an MIT annotation file and hands each annotation to {@code sink}. */
    static void scan(Path file, byte[] b, Sink sink) throws RecordingFormatException {
        long time = 0;
        int chan = 0, num = 0;
        // fields of the annotation being assembled
        boolean pending = false;
        long pTime = 0;
        int pCode = 0, pSub = 0, pChan = 0, pNum = 0, pAuxOff = 0, pAuxLen = 0;
        int p = 0;
        int n = b.length;
        boolean ended = false;
        while (p + 1 < n) {
            int word = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
            p += 2;
            int a = word >>> 10;
            int i = word & 0x3ff;
            if (a == 0 && i == 0) {
                ended = true;
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
                        throw new RecordingFormatException(file, "AUX string of " + len + " bytes at byte " + (p - 2)
                                + " runs past the end of the file");
                    }
                    if (pending) {
                        pAuxOff = p;
                        pAuxLen = len;
                    }
                    p += len + (len & 1);
                }
                default -> {
                    if (a > AnnotationCodes.ACMAX) {
                        throw new RecordingFormatException(file, "invalid annotation code " + a + " at byte " + (p - 2));
                    }
                    if (pending) {
                        sink.accept(pTime, pCode, pSub, pChan, pNum, b, pAuxOff, pAuxLen);
                    }
                    time += i;
                    pending = true;
                    pTime = time;
                    pCode = a;
                    pSub = 0;
                    pChan = chan;
                    pNum = num;
                    pAuxLen = 0;
                }
            }
        }
        if (!ended && p < n) {
            throw new RecordingFormatException(file, "odd number of bytes (" + n + "): truncated annotation file");
        }
        if (pending) {
            sink.accept(pTime, pCode, pSub, pChan, pNum, b, pAuxOff, pAuxLen);
        }
    }
}
