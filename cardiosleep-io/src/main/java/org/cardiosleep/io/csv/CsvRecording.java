package org.cardiosleep.io.csv;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.SignalInfo;

/**
 * A CSV recording held in memory (text cannot be read by sample range without scanning it). The
 * physical values are kept exactly as parsed; the digital view is {@code round(value * gain)} with
 * {@code gain = 10^decimals}, the decimals being the most the column was written with, so the
 * digital samples of a decimal CSV are exact integers.
 */
public final class CsvRecording implements Recording {
    private final Path file;
    private final LocalDateTime start;
    private final List<SignalInfo> signals;
    private final double[][] values;

    CsvRecording(Path file, LocalDateTime start, List<SignalInfo> signals, double[][] values) {
        this.file = file;
        this.start = start;
        this.signals = List.copyOf(signals);
        this.values = values;
    }

    @Override
    public Path source() {
        return file;
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public Optional<LocalDateTime> startTime() {
        return Optional.ofNullable(start);
    }

    @Override
    public List<SignalInfo> signals() {
        return signals;
    }


    @Override
    public int[] readDigital(int channel, long startSample, int count) {
        check(channel, startSample, count);
        double g = signals.get(channel).gain();
        int[] out = new int[count];
        double[] v = values[channel];
        for (int i = 0; i < count; i++) {
            out[i] = (int) Math.round(v[(int) startSample + i] * g);
        }
        return out;
    }

    /** The values exactly as written in the file. */
    @Override
    public double[] readPhysical(int channel, long startSample, int count) {
        check(channel, startSample, count);
        double[] out = new double[count];
        System.arraycopy(values[channel], (int) startSample, out, 0, count);
        return out;
    }

    private void check(int channel, long startSample, int count) {
        if (channel < 0 || channel >= values.length) {
            throw new IndexOutOfBoundsException(file + ": no channel " + channel);
        }
        long n = values[channel].length;
        if (startSample < 0 || count < 0 || startSample > n - count) {
            throw new IndexOutOfBoundsException(file + ": samples " + startSample + ".." + (startSample + count)
                    + " outside 0.." + n);
        }
    }

    @Override
    public void close() {
        // nothing to release
    }
}
