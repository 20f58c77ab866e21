package org.cardiosleep.pheno.beats;

/**
 * One record's ECG lead with its reference beats, for training and evaluation.
 *
 * @param name        record name ("100")
 * @param ecg         one ECG lead (mV)
 * @param fsHz        sampling rate
 * @param beatSamples every reference beat (ascending sample indices), including beats without an AAMI class
 * @param aamiClass   the AAMI class of each beat ({@link AamiClass}), {@link AamiClass#NONE} when it has none
 */
public record LabeledBeats(String name, double[] ecg, double fsHz, int[] beatSamples, byte[] aamiClass) {

    public LabeledBeats {
        if (beatSamples.length != aamiClass.length) {
            throw new IllegalArgumentException(name + ": " + beatSamples.length + " beats but "
                    + aamiClass.length + " labels");
        }
    }

    /** Number of beats with an AAMI class. */
    public int labeledCount() {
        int c = 0;
        for (byte b : aamiClass) {
            if (b >= 0) {
                c++;
            }
        }
        return c;
    }
}
