package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cardiosleep.io.SignalInfo;

/**
 * Writes a single-segment WFDB record: one signal file {@code name.dat} holding all signals
 * interleaved (one sample per frame), in format 16 or 212, and its header {@code name.hea} with the
 * checksums of the samples. Derived signals (filtered ECG, a respiration estimate) can so be read
 * by any WFDB tool. Files are written to temporaries, then renamed.
 */
public final class WfdbWriter {
    private static final Pattern RECORD_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private WfdbWriter() {
    }

    /**
     * A signal to write.
     *
     * @param description the label ("ECG", "EDR")
     * @param units       physical units ("mV")
     * @param gain        digital units per physical unit (non-zero)
     * @param baseline    digital value of physical zero
     * @param samples     digital samples
     */
    public record Signal(String description, String units, double gain, int baseline, int[] samples) {
        /** Quantises physical values with {@code gain} and {@code baseline}; NaN becomes the invalid value. */
        public static Signal ofPhysical(String description, String units, double gain, int baseline, double[] physical,
                                        int format) {
            int invalid = invalidValue(format);
            int[] d = new int[physical.length];
            for (int i = 0; i < d.length; i++) {
                double v = physical[i];
                if (Double.isNaN(v)) {
                    d[i] = invalid;
                } else {
                    long q = Math.round(v * gain + baseline);
                    d[i] = (int) Math.max(invalid + 1, Math.min(maxValue(format), q)); // saturate, keep invalid free
                }
            }
            return new Signal(description, units, gain, baseline, d);
        }

        /** The signal of a recording, with its calibration. */
        public static Signal of(SignalInfo info, int[] samples) {
            return new Signal(info.label(), info.physicalUnit(), info.gain(), (int) Math.round(info.baseline()), samples);
        }
    }

    /** The value WFDB reads as "no sample" in a format: the most negative one. */
    public static int invalidValue(int format) {
        return format == 212 ? -2048 : -32768;
    }

    private static int maxValue(int format) {
        return format == 212 ? 2047 : 32767;
    }

    /**
     * Writes {@code dir/recordName.dat} and {@code dir/recordName.hea}.
     *
     * @param format       16 or 212
     * @param frameRateHz  sampling frequency of every signal
     * @param start        base date and time, or null
     * @param comments     header comment lines
     * @return the header that was written
     * @throws IllegalArgumentException for another format, signals of different lengths, samples
     *                                  outside the format's range, or names a header cannot hold
     */
    public static WfdbHeader write(Path dir, String recordName, int format, double frameRateHz, List<Signal> signals,
                                   LocalDateTime start, List<String> comments) throws IOException {
        if (format != 16 && format != 212) {
            throw new IllegalArgumentException("WFDB writer supports formats 16 and 212, not " + format);
        }
        if (!RECORD_NAME.matcher(recordName).matches()) {
            throw new IllegalArgumentException("record name '" + recordName + "' must be letters, digits, _ or -");
        }
        if (!(frameRateHz > 0) || Double.isInfinite(frameRateHz)) {
            throw new IllegalArgumentException("sampling frequency must be positive: " + frameRateHz);
        }
        int nsig = signals.size();
        int n = nsig == 0 ? 0 : signals.get(0).samples().length;
        int lo = invalidValue(format), hi = maxValue(format);
        List<WfdbSignalSpec> specs = new ArrayList<>();
        String datName = recordName + ".dat";
        for (Signal s : signals) {
            if (s.samples().length != n) {
                throw new IllegalArgumentException("signals must have the same number of samples");
            }
            if (s.gain() == 0 || !Double.isFinite(s.gain())) {
                throw new IllegalArgumentException("gain of '" + s.description() + "' must be finite and non-zero");
            }
            int sum = 0;
            for (int v : s.samples()) {
                if (v < lo || v > hi) {
                    throw new IllegalArgumentException("sample " + v + " of '" + s.description()
                            + "' outside the range of format " + format + " (" + lo + ".." + hi + ")");
                }
                sum += v;
            }
            int bits = format == 212 ? 12 : 16;
            specs.add(new WfdbSignalSpec(datName, format, 1, 0, 0, s.gain(), s.baseline(), s.units(), bits, 0,
                    n == 0 ? 0 : s.samples()[0], (int) (short) sum, 0, s.description(), true));
        }
        Optional<LocalDateTime> t = Optional.ofNullable(start);
        WfdbHeader h = new WfdbHeader(dir.resolve(recordName + ".hea"), recordName, 0, nsig, frameRateHz, 0, 0, n,
                t.map(LocalDateTime::toLocalTime), t.map(LocalDateTime::toLocalDate), List.copyOf(specs), List.of(),
                List.copyOf(comments));
        String text = WfdbHeaderWriter.format(h); // validates names before any file is written
        WfdbHeaderWriter.writeAtomically(dir.resolve(datName), encode(format, signals, n));
        WfdbHeaderWriter.writeAtomically(h.file(), text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return h;
    }

    /** The interleaved samples in the format's bytes. */
    static byte[] encode(int format, List<Signal> signals, int n) {
        int nsig = signals.size();
        long total = (long) n * nsig;
        long bytes = WfdbFormats.bytesFor(format, total);
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("record too large to write at once (" + bytes + " bytes)");
        }
        byte[] b = new byte[(int) bytes];
        int[][] s = new int[nsig][];
        for (int c = 0; c < nsig; c++) {
            s[c] = signals.get(c).samples();
        }
        if (format == 16) {
            int p = 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < nsig; c++) {
                    int v = s[c][i];
                    b[p++] = (byte) v;
                    b[p++] = (byte) (v >> 8);
                }
            }
        } else { // 212: file samples k, k+1 share three bytes
            int p = 0;
            long k = 0;
            int first = 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < nsig; c++, k++) {
                    int v = s[c][i] & 0xfff;
                    if ((k & 1) == 0) {
                        first = v;
                        b[p] = (byte) v;
                        b[p + 1] = (byte) (v >> 8);
                    } else {
                        b[p + 1] = (byte) ((first >> 8) | ((v >> 4) & 0xf0));
                        b[p + 2] = (byte) v;
                        p += 3;
                    }
                }
            }
        }
        return b;
    }
}
