package org.cardiosleep.pheno.analyze;

/**
 * The detected beats of a night.
 *
 * @param rateHz   sampling rate of the ECG the indices refer to
 * @param samples  R-peak sample indices, ascending
 * @param symbols  beat class per beat ({@link org.cardiosleep.signal.rhythm.BeatLabels}: 'N', 'S',
 *                 'V', 'F', 'Q'); all 'U' (unclassified) when no beat classifier ran
 * @param classified true when a beat classifier labelled the beats
 * @param timesSec beat times (s) between samples ({@link org.cardiosleep.signal.qrs.RWaveTimes}, for ECG
 *                 below 250 Hz), or null when the times are the samples over the rate
 */
public record BeatTable(double rateHz, int[] samples, byte[] symbols, boolean classified, double[] timesSec) {

    public BeatTable {
        if (timesSec != null && timesSec.length != samples.length) {
            throw new IllegalArgumentException(timesSec.length + " beat times for " + samples.length + " beats");
        }
    }

    /** Beats whose times are their samples over the rate. */
    public BeatTable(double rateHz, int[] samples, byte[] symbols, boolean classified) {
        this(rateHz, samples, symbols, classified, null);
    }

    public int size() {
        return samples.length;
    }

    public double timeSec(int i) {
        return timesSec != null ? timesSec[i] : samples[i] / rateHz;
    }

    /** Interval before beat {@code i} (s), {@code i ≥ 1}. */
    public double rrSec(int i) {
        return timesSec != null ? timesSec[i] - timesSec[i - 1] : (samples[i] - samples[i - 1]) / rateHz;
    }

    /** The same beats and times with other classes. */
    public BeatTable withSymbols(byte[] newSymbols, boolean newClassified) {
        return new BeatTable(rateHz, samples, newSymbols, newClassified, timesSec);
    }

    /** The same beats with interpolated times. */
    public BeatTable withTimes(double[] times) {
        return new BeatTable(rateHz, samples, symbols, classified, times);
    }
}
