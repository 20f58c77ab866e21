package org.cardiosleep.io.ctg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.cardiosleep.io.RecordingFormatException;

/**
 * Reads FHRMA {@code .fhr} files: little-endian; a {@code uint32} start timestamp (seconds since
 * 1970, 0 when unknown), then one 6-byte frame per sample at 4 Hz: {@code uint16} FHR1 in
 * quarter-bpm, {@code uint16} FHR2 in quarter-bpm, one byte of uterine activity in half-units and
 * one reserved byte. A value of 0 means signal loss. FHR1 is used, FHR2 fills its gaps.
 */
public final class FhrmaReader {
    /** Sampling rate of the format. */
    public static final double SAMPLING_RATE_HZ = 4.0;
    private static final int FRAME_BYTES = 6;
    private static final long MAX_BYTES = 1L << 30;

    private FhrmaReader() {
    }

    public static CtgRecord read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RecordingFormatException(file, "file not found");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new RecordingFormatException(file, "implausibly large for an FHRMA .fhr file (" + size + " bytes)");
        }
        return parse(file, Files.readAllBytes(file));
    }

    static CtgRecord parse(Path file, byte[] b) throws RecordingFormatException {
        if (b.length < 4) {
            throw new RecordingFormatException(file, "too short for an FHRMA .fhr file (" + b.length + " bytes)");
        }
        if ((b.length - 4) % FRAME_BYTES != 0) {
            throw new RecordingFormatException(file, "size " + b.length + " is not a 4-byte header plus whole 6-byte frames"
                    + " (truncated file?)");
        }
        long ts = (b[0] & 0xffL) | ((b[1] & 0xffL) << 8) | ((b[2] & 0xffL) << 16) | ((b[3] & 0xffL) << 24);
        int n = (b.length - 4) / FRAME_BYTES;
        double[] fhr = new double[n];
        double[] ua = new double[n];
        int p = 4;
        for (int i = 0; i < n; i++, p += FRAME_BYTES) {
            int f1 = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
            int f2 = (b[p + 2] & 0xff) | ((b[p + 3] & 0xff) << 8);
            int toco = b[p + 4] & 0xff;
            int f = f1 != 0 ? f1 : f2;
            fhr[i] = f == 0 ? Double.NaN : f / 4.0;
            ua[i] = toco / 2.0;
        }
        Optional<LocalDateTime> start = ts == 0 ? Optional.empty()
                : Optional.of(LocalDateTime.ofInstant(Instant.ofEpochSecond(ts), ZoneOffset.UTC));
        return new CtgRecord(file, SAMPLING_RATE_HZ, fhr, ua, start);
    }
}
