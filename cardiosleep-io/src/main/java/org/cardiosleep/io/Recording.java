package org.cardiosleep.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recording opened for reading: its signals are read on demand, by channel and by sample range,
 * so that a few minutes of a 7-day Holter cost only what they contain. Implementations are
 * memory-mapped or streamed; none loads the whole file on open.
 *
 * <p>Sample indices are per signal (signals may have different rates). Close the recording to
 * release mapped files.
 */
public interface Recording extends AutoCloseable {

    /** The file this recording was read from (for WFDB: the header). */
    Path source();

    /** Format name, e.g. "EDF", "EDF+C", "EDF+D", "BDF", "WFDB", "CSV". */
    String format();

    /** Start date and time as written in the file, when the file has one. */
    Optional<LocalDateTime> startTime();

    /** The signals, in file order. */
    List<SignalInfo> signals();

    /** Recording-level annotations (EDF+ TALs, NSRR events, ...); empty when there are none (the default). */
    default List<Annotation> annotations() {
        return List.of();
    }

    /**
     * The contiguous stretches of data; a continuous recording has exactly one segment starting at
     * 0 s (the default: the first signal's samples from 0 s). Gaps between segments are real time
     * without data.
     */
    default List<Segment> segments() {
        return List.of(new Segment(0, 0, signals().isEmpty() ? 0 : signals().get(0).sampleCount()));
    }

    /** Reads {@code count} digital samples of signal {@code channel} starting at {@code startSample}. */
    int[] readDigital(int channel, long startSample, int count) throws IOException;

    /** Reads {@code count} samples of signal {@code channel} in physical units. */
    default double[] readPhysical(int channel, long startSample, int count) throws IOException {
        int[] d = readDigital(channel, startSample, count);
        SignalInfo s = signals().get(channel);
        double b = s.baseline(), perUnit = 1.0 / s.gain(); // one multiply per sample instead of a divide
        double[] out = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (d[i] - b) * perUnit;
        }
        return out;
    }

    /**
     * Reads {@code count} samples of signal {@code channel} in physical units into
     * {@code dst[offset..offset+count)}, the same values {@link #readPhysical(int, long, int)} returns
     * (formats that can decode in place override it, sparing a copy of long signals).
     */
    default void readPhysical(int channel, long startSample, int count, double[] dst, int offset) throws IOException {
        System.arraycopy(readPhysical(channel, startSample, count), 0, dst, offset, count);
    }

    /** Reads a whole signal in physical units. */
    default double[] readPhysical(int channel) throws IOException {
        long n = signals().get(channel).sampleCount();
        if (n > Integer.MAX_VALUE - 8) {
            throw new IOException(source() + ": signal " + channel + " has too many samples to read at once ("
                    + n + "); read it in windows");
        }
        return readPhysical(channel, 0, (int) n);
    }

    /**
     * Header fields particular to the format that say what the recording is (EDF patient and
     * recording identification; ISHNE subject, recorder, pacemaker, lead quality, header CRC), in
     * the file's order; empty when the format has none.
     */
    default Map<String, String> details() {
        return Map.of();
    }

    /** Duration in seconds of the longest signal, including gaps for discontinuous recordings. */
    default double durationSec() {
        double d = 0;
        for (SignalInfo s : signals()) {
            d = Math.max(d, s.durationSec());
        }
        List<Segment> segs = segments();
        if (!segs.isEmpty()) {
            Segment last = segs.get(segs.size() - 1);
            if (!signals().isEmpty()) {
                double fs = signals().get(0).samplingRateHz();
                d = Math.max(d, last.onsetSec() + last.sampleCount() / fs);
            }
        }
        return d;
    }

    @Override
    void close() throws IOException;
}
