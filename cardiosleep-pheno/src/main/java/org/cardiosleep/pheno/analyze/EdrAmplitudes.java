package org.cardiosleep.pheno.analyze;

import java.io.IOException;

import org.cardiosleep.io.Recording;
import org.cardiosleep.pheno.beats.ChunkedClassification;
import org.cardiosleep.signal.resp.Edr;

/**
 * The ECG-derived respiration amplitude ({@link Edr#amplitude}) of every beat of one lead, taken from
 * chunks of the signal as another pass reads them (the beat classifier's), or read for itself.
 * Chunks arrive in order; a beat is measured in the first chunk that holds its whole window (or
 * reaches the recording's end), so the amplitudes equal those of {@link Edr#fromEcg} on the whole
 * signal.
 */
final class EdrAmplitudes implements ChunkedClassification.ChunkSamples {
    /** Chunk length when the amplitudes are read for themselves. */
    static final double CHUNK_SEC = 600;

    private final long[] peaks;
    private final double fs;
    private final long samples;
    private final int before;
    private final int after;
    private final double[] amp;
    private final double[] buf;
    private int next;

    /** For the beats {@code peaks} (ascending sample indices) of a channel of {@code samples} samples. */
    EdrAmplitudes(long[] peaks, double fs, long samples) {
        this.peaks = peaks;
        this.fs = fs;
        this.samples = samples;
        this.before = Edr.baselineSamples(fs) + Edr.halfWindow(fs);
        this.after = Edr.halfWindow(fs);
        this.amp = new double[peaks.length];
        this.buf = new double[Edr.baselineSamples(fs)];
    }

    @Override
    public void accept(double[] x, int len, long from) {
        long to = from + len;
        while (next < peaks.length) {
            long p = peaks[next];
            if ((p - before < from && from > 0) || (p + after >= to && to < samples)) {
                // the window is not all in this chunk: a later chunk, or readRest, measures the beat
                return;
            }
            amp[next] = Edr.amplitude(x, len, (int) (p - from), fs, buf);
            next++;
        }
    }

    /** Whether every beat has its amplitude. */
    boolean complete() {
        return next == peaks.length;
    }

    /** The amplitudes, one per beat. */
    double[] amplitudes() {
        if (!complete()) {
            throw new IllegalStateException(next + " of " + peaks.length + " beats measured");
        }
        return amp;
    }

    /** Reads channel {@code ch} in chunks for the beats not measured yet, and returns all amplitudes. */
    double[] readRest(Recording rec, int ch) throws IOException {
        long chunk = Math.round(CHUNK_SEC * fs);
        double[] x = null;
        while (!complete()) {
            long from = Math.max(0, peaks[next] - before), to = Math.min(samples, from + chunk);
            int len = (int) (to - from);
            if (x == null) {
                x = new double[(int) Math.min(chunk, samples)];
            }
            rec.readPhysical(ch, from, len, x, 0);
            accept(x, len, from);
        }
        return amplitudes();
    }
}
