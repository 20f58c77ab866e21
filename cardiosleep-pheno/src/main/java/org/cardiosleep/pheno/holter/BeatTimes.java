package org.cardiosleep.pheno.holter;

import java.io.IOException;

import org.cardiosleep.io.Recording;
import org.cardiosleep.signal.qrs.RWaveTimes;

/** Beat times of detected beats: between samples for ECG below 250 Hz ({@link RWaveTimes}), else the samples over the rate. */
public final class BeatTimes {
    private BeatTimes() {
    }

    /**
     * Times (s) of {@code samples} on channel {@code ch} of {@code rec}; below 250 Hz interpolated on
     * the ECG, read an hour at a time (with a sample either side) so memory stays bounded.
     */
    public static double[] of(Recording rec, int ch, long[] samples, double fs) throws IOException {
        double[] t = new double[samples.length];
        if (!RWaveTimes.interpolates(fs)) {
            for (int i = 0; i < t.length; i++) {
                t[i] = samples[i] / fs;
            }
            return t;
        }
        long n = rec.signals().get(ch).sampleCount();
        long chunk = Math.max(2, Math.round(3600 * fs));
        int i = 0;
        for (long start = 0; start < n && i < samples.length; start += chunk) {
            long end = Math.min(n, start + chunk);
            long from = Math.max(0, start - 1), to = Math.min(n, end + 1);
            double[] x = null;
            for (; i < samples.length && samples[i] < end; i++) {
                if (x == null) {
                    x = rec.readPhysical(ch, from, (int) (to - from));
                }
                t[i] = (samples[i] + RWaveTimes.offset(x, from, samples[i])) / fs;
            }
        }
        for (; i < samples.length; i++) {
            t[i] = samples[i] / fs;
        }
        return t;
    }

    /** The same for beats as {@code int} sample indices. */
    public static double[] of(Recording rec, int ch, int[] samples, double fs) throws IOException {
        long[] s = new long[samples.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = samples[i];
        }
        return of(rec, ch, s, fs);
    }
}
