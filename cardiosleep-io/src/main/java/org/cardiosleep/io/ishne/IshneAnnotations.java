package org.cardiosleep.io.ishne;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.cardiosleep.io.RecordingFormatException;

/**
 * An ISHNE beat-annotation file (the {@code .ann} beside an ISHNE {@code .ecg}, as the THEW
 * databases ship them). It has the ECG file's header, with magic {@value IshneHeader#ANNOTATION_MAGIC}
 * (so the two files stay linked). After the header and its variable-length block comes a 32-bit
 * sample number, the time origin of the first annotation. Then one 4-byte record per annotation: a
 * label character, a second character for the analyser's own use, and a 16-bit unsigned count of
 * samples since the previous annotation.
 *
 * <p>A {@code !} record is a time-out. It only carries time across an interval longer than 16 bits
 * can count, so it adds its samples and is no beat. Beat labels: {@code N} normal, {@code B} bundle
 * branch block (both class N), {@code S} supraventricular and {@code V} ventricular ectopic, {@code P}
 * paced and {@code U} unknown (class Q). {@code C} (calibration pulse) and {@code X} (artefact) mark
 * no beat. Any other label is counted in {@link #otherLabels()} and read as class Q, so a file from
 * an analyser with its own labels is still read, and says so.
 *
 * @param samplingRateHz the header's sampling rate
 * @param samples        beat sample numbers, ascending
 * @param labels         each beat's label character as written
 * @param otherLabels    labels outside the set above, with their counts
 */
public record IshneAnnotations(double samplingRateHz, long[] samples, byte[] labels, Map<Character, Integer> otherLabels) {
    /** The beat labels read as such; {@code C}, {@code X} and {@code !} are read but mark no beat. */
    public static final String BEAT_LABELS = "NBSVPU";

    /** Reads {@code file}. */
    public static IshneAnnotations read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < IshneHeader.FIXED_BYTES + 4) {
                throw new RecordingFormatException(file, "too short for an ISHNE annotation file (" + size + " bytes)");
            }
            if (size > Integer.MAX_VALUE) {
                throw new RecordingFormatException(file, "ISHNE annotation file larger than 2 GiB");
            }
            ByteBuffer all = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
            while (all.hasRemaining() && ch.read(all) >= 0) {
                // read the whole file: an annotation file is 4 bytes per beat
            }
            byte[] bytes = all.array();
            String magic = new String(bytes, 0, 8, StandardCharsets.ISO_8859_1);
            if (!magic.equals(IshneHeader.ANNOTATION_MAGIC)) {
                throw new RecordingFormatException(file, "not an ISHNE annotation file (it does not start with '"
                        + IshneHeader.ANNOTATION_MAGIC + "')");
            }
            int varSize = all.getInt(10);
            long start = (long) IshneHeader.FIXED_BYTES + varSize;
            if (varSize < 0 || start + 4 > size) {
                throw new RecordingFormatException(file, "ISHNE annotation header: variable-length block of " + varSize
                        + " bytes does not fit in the file (" + size + " bytes)");
            }
            int rate = all.getShort(272);
            if (rate <= 0) {
                throw new RecordingFormatException(file, "ISHNE annotation header: sampling rate " + rate
                        + " Hz (must be positive)");
            }
            if ((size - start - 4) % 4 != 0) {
                throw new RecordingFormatException(file, "ISHNE annotation block of " + (size - start - 4)
                        + " bytes is not a whole number of 4-byte annotations (truncated?)");
            }
            long sample = all.getInt((int) start) & 0xFFFFFFFFL;
            int count = (int) ((size - start - 4) / 4);
            long[] s = new long[count];
            byte[] l = new byte[count];
            Map<Character, Integer> other = new TreeMap<>();
            int n = 0;
            for (int k = 0, at = (int) start + 4; k < count; k++, at += 4) {
                byte label = bytes[at];
                sample += all.getShort(at + 2) & 0xFFFF;
                char c = (char) (label & 0xFF);
                if (c == '!' || c == 'C' || c == 'X') {
                    continue;
                }
                if (BEAT_LABELS.indexOf(c) < 0) {
                    other.merge(c, 1, Integer::sum);
                }
                s[n] = sample;
                l[n++] = label;
            }
            return new IshneAnnotations(rate, Arrays.copyOf(s, n), Arrays.copyOf(l, n), other);
        }
    }

    /** Whether {@code head} (a file's first bytes) starts an ISHNE annotation file. */
    public static boolean isAnnotationFile(byte[] head) {
        return head.length >= 8 && new String(head, 0, 8, StandardCharsets.ISO_8859_1).equals(IshneHeader.ANNOTATION_MAGIC);
    }
}
