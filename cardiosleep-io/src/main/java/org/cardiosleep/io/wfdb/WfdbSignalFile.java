package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.cardiosleep.io.RecordingFormatException;

/**
 * One signal file of a record and the layout of its frames: which signals it holds, in which slots
 * of a frame. Files in formats that cannot be decoded from the middle (first differences, FLAC) are
 * decoded once, whole, and kept.
 */
final class WfdbSignalFile {
    /** Files decoded whole stop at this many samples, refused rather than exhausting memory. */
    static final long MAX_WHOLE_SAMPLES = 1L << 26;

    final Path path;
    final int format;
    final long byteOffset;
    /** Samples per frame, all signals of the file together. */
    int frameSamples;
    MappedSignalFile mapped;
    /** Frames the file holds after its byte offset. */
    long fileFrames;
    /** Per signal of the file, in frame order: samples per frame and initial value (format 8). */
    private int[] signalSpf = new int[0];
    private int[] signalInitial = new int[0];
    private int[] wholeFile;

    WfdbSignalFile(Path path, int format, long byteOffset) {
        this.path = path;
        this.format = format;
        this.byteOffset = byteOffset;
    }

    /** Adds the next signal of the file; returns its offset within a frame. */
    int addSignal(int samplesPerFrame, int initialValue) {
        int n = signalSpf.length;
        signalSpf = Arrays.copyOf(signalSpf, n + 1);
        signalInitial = Arrays.copyOf(signalInitial, n + 1);
        signalSpf[n] = samplesPerFrame;
        signalInitial[n] = initialValue;
        int offset = frameSamples;
        frameSamples += samplesPerFrame;
        return offset;
    }

    /** Formats decoded once for the whole file: first differences (8) and FLAC (508, 516, 524). */
    boolean decodedWhole() {
        return format == 8 || WfdbFormats.isFlac(format);
    }

    /** Frames after the byte offset, from the file size, or from STREAMINFO for FLAC. */
    long countFrames(Path header) throws IOException {
        if (!WfdbFormats.isFlac(format)) {
            return WfdbFormats.samplesIn(format, mapped.size - byteOffset) / frameSamples;
        }
        byte[] head = new byte[(int) Math.min(64, mapped.size - byteOffset)];
        mapped.read(byteOffset, head, 0, head.length);
        WfdbFlac.Info info = WfdbFlac.info(path, head);
        for (int s : signalSpf) {
            if (s != signalSpf[0]) {
                throw new RecordingFormatException(header, "signals of FLAC file " + path.getFileName()
                        + " have different samples per frame");
            }
        }
        if (info.channels() != signalSpf.length) {
            throw new RecordingFormatException(path, "FLAC stream has " + info.channels() + " channels for "
                    + signalSpf.length + " signals");
        }
        return info.samplesPerChannel() / signalSpf[0];
    }

    /** Every file sample, interleaved in frames, decoded once. */
    int[] wholeFile() throws IOException {
        if (wholeFile == null) {
            wholeFile = format == 8 ? format8() : flac();
        }
        return wholeFile;
    }

    /** A FLAC file: channel c holds the c-th signal of the file, all samples of a frame in turn. */
    private int[] flac() throws IOException {
        long size = mapped.size - byteOffset;
        if (size > Integer.MAX_VALUE - 8) {
            throw new RecordingFormatException(path, "FLAC files over 2 GiB are not supported");
        }
        byte[] b = new byte[(int) size];
        mapped.read(byteOffset, b, 0, b.length);
        int[][] ch = WfdbFlac.decode(path, b, MAX_WHOLE_SAMPLES);
        int fs = frameSamples;
        int s = fs / ch.length;
        int[] out = new int[(int) (fileFrames * fs)];
        for (int c = 0; c < ch.length; c++) {
            int[] x = ch[c];
            for (long fr = 0; fr < fileFrames; fr++) {
                System.arraycopy(x, (int) (fr * s), out, (int) (fr * fs) + c * s, s);
            }
        }
        return out;
    }

    /** Format 8: first differences per signal, starting from each signal's initial value. */
    private int[] format8() throws IOException {
        long total = fileFrames * frameSamples;
        if (total > MAX_WHOLE_SAMPLES) {
            throw new RecordingFormatException(path, "format 8 files over " + MAX_WHOLE_SAMPLES
                    + " samples are not supported");
        }
        int fs = frameSamples;
        int[] slotSignal = new int[fs];
        for (int i = 0, slot = 0; i < signalSpf.length; i++) {
            for (int j = 0; j < signalSpf[i]; j++) {
                slotSignal[slot++] = i;
            }
        }
        int[] last = signalInitial.clone();
        byte[] b = new byte[(int) total];
        mapped.read(byteOffset, b, 0, b.length);
        int[] out = new int[(int) total];
        for (int k = 0, slot = 0; k < total; k++) {
            int sig = slotSignal[slot];
            last[sig] += b[k];
            out[k] = last[sig];
            if (++slot == fs) {
                slot = 0;
            }
        }
        return out;
    }
}
