package org.cardiosleep.pheno.analyze;

/**
 * The detected beats of a night.
 *
 * @param rateHz   sampling rate of the ECG the indices refer to
 * @param samples  R-peak sample indices, ascending
 * @param symbols  beat class per beat ({@link org.cardiosleep.signal.rhythm.BeatLabels}: 'N', 'S',
 *                 'V', 'F', 'Q'); all 'U' (unclassified) when no beat classifier ran
 * @param classified true when a beat classifier labelled the beats
 */
public record BeatTable(double rateHz, int[] samples, byte[] symbols, boolean classified) {

    public int size() {
        return samples.length;
    }

    public double timeSec(int i) {
        return samples[i] / rateHz;
    }
}
