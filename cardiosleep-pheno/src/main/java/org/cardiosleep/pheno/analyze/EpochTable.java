package org.cardiosleep.pheno.analyze;

/**
 * One row per 30-s epoch (AASM 2012), as written to {@code epochs.csv}. Arrays all have
 * {@link #size()} entries; NaN (or -1 for stages) means "not available for this epoch".
 *
 * @param epochSec      epoch length, s
 * @param stage         4-class stage: 0 wake, 1 light (N1+N2), 2 deep (N3), 3 REM, -1 unknown
 * @param stageProb     per class (wake, light, deep, REM) the stager's probability, or null when no stager ran
 * @param hrBpm         mean heart rate from normal-to-normal intervals, bpm
 * @param rmssdMs       root mean square of successive NN differences, ms (Task Force 1996)
 * @param sdnnMs        standard deviation of NN intervals in the epoch, ms
 * @param beats         beats detected in the epoch
 * @param ventricular   ventricular ectopic beats in the epoch (-1 when beats are unclassified)
 * @param supraventricular supraventricular ectopic beats in the epoch (-1 when unclassified)
 * @param quality       fraction (0-1) of the epoch's seconds with a usable ECG
 * @param spo2MeanPct   mean SpO2 in the epoch, %
 * @param cpcHfcSharePct share of the cardiopulmonary coupling in the high-frequency band (0.1-0.4 Hz), %, of
 *                      the 8.5-min coupling window centred nearest the epoch ({@link CpcPart})
 * @param respRatePerMin breathing rate from the ECG-derived respiration, breaths per minute
 */
public record EpochTable(double epochSec, byte[] stage, float[][] stageProb, float[] hrBpm, float[] rmssdMs,
                         float[] sdnnMs, int[] beats, int[] ventricular, int[] supraventricular, float[] quality,
                         float[] spo2MeanPct, float[] cpcHfcSharePct, float[] respRatePerMin) {

    /** Labels of the 4-class stages, index = stage value. */
    public static final String[] STAGE_LABELS = {"W", "Light", "Deep", "REM"};

    public int size() {
        return hrBpm.length;
    }

    /** Label of epoch {@code i}'s stage, "" when unknown. */
    public String stageLabel(int i) {
        int s = stage[i];
        return s >= 0 && s < STAGE_LABELS.length ? STAGE_LABELS[s] : "";
    }

    /** True when at least one epoch has a stage. */
    public boolean staged() {
        for (byte s : stage) {
            if (s >= 0) {
                return true;
            }
        }
        return false;
    }
}
