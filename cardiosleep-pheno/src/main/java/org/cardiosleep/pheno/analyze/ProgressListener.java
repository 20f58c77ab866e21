package org.cardiosleep.pheno.analyze;

/** Receives the progress of a long analysis (e.g. to drive a terminal progress bar). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (step, done, total) -> { };
    /** Steps whose units are seconds of signal: QRS detection (with signal quality), beat classification. */
    String ECG = "ECG", CLASSES = "classes";

    /**
     * Called as work advances.
     *
     * @param step  what is being done, e.g. "ECG"
     * @param done  units done so far (seconds of signal for "ECG")
     * @param total total units of this step
     */
    void progress(String step, long done, long total);
}
