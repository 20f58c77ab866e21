package org.cardiosleep.pheno.analyze;

/**
 * How to analyse a night.
 *
 * @param ecgChannel   label or 0-based index of the ECG channel; null to pick it automatically
 * @param spo2Channel  label or index of the SpO2 channel; null to pick it automatically
 * @param chunkSec     seconds of ECG read and processed at a time (bounds memory)
 * @param progress     progress receiver
 */
public record AnalysisOptions(String ecgChannel, String spo2Channel, double chunkSec, ProgressListener progress) {

    /** Epoch length, AASM 2012. */
    public static final double EPOCH_SEC = 30;

    public AnalysisOptions {
        if (!(chunkSec >= 60)) {
            throw new IllegalArgumentException("chunk must be at least 60 s: " + chunkSec);
        }
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null, null, 600, ProgressListener.NONE);
    }

    public AnalysisOptions withEcgChannel(String c) {
        return new AnalysisOptions(c, spo2Channel, chunkSec, progress);
    }

    public AnalysisOptions withProgress(ProgressListener p) {
        return new AnalysisOptions(ecgChannel, spo2Channel, chunkSec, p);
    }
}
