package org.cardiosleep.pheno.analyze;

/**
 * How to analyse a night.
 *
 * @param ecgChannel   label or 0-based index of the ECG channel; null to pick it automatically
 * @param spo2Channel  label or index of the SpO2 channel; null to pick it automatically
 * @param chunkSec     seconds of ECG read and processed at a time (bounds memory)
 * @param progress     progress receiver
 * @param stager       sleep stager: {@link #STAGER_TREES} (boosted trees + HMM, the default: fast) or
 *                     {@link #STAGER_DJL} (the DJL sequence model: higher κ on slpdb, about a second
 *                     more to load PyTorch)
 */
public record AnalysisOptions(String ecgChannel, String spo2Channel, double chunkSec, ProgressListener progress,
                              String stager) {
    /** The boosted-tree + HMM stager. */
    public static final String STAGER_TREES = "trees";
    /** The DJL sequence stager. */
    public static final String STAGER_DJL = "djl";

    /** Epoch length, AASM 2012. */
    public static final double EPOCH_SEC = 30;

    public AnalysisOptions {
        if (!(chunkSec >= 60)) {
            throw new IllegalArgumentException("chunk must be at least 60 s: " + chunkSec);
        }
        progress = progress == null ? ProgressListener.NONE : progress;
        stager = stager == null ? STAGER_TREES : stager;
        if (!stager.equals(STAGER_TREES) && !stager.equals(STAGER_DJL)) {
            throw new IllegalArgumentException("stager must be '" + STAGER_TREES + "' or '" + STAGER_DJL + "': " + stager);
        }
    }

    /** With the default stager. */
    public AnalysisOptions(String ecgChannel, String spo2Channel, double chunkSec, ProgressListener progress) {
        this(ecgChannel, spo2Channel, chunkSec, progress, STAGER_TREES);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null, null, 600, ProgressListener.NONE);
    }

    public AnalysisOptions withEcgChannel(String c) {
        return new AnalysisOptions(c, spo2Channel, chunkSec, progress, stager);
    }

    public AnalysisOptions withProgress(ProgressListener p) {
        return new AnalysisOptions(ecgChannel, spo2Channel, chunkSec, p, stager);
    }

    public AnalysisOptions withStager(String s) {
        return new AnalysisOptions(ecgChannel, spo2Channel, chunkSec, progress, s);
    }
}
