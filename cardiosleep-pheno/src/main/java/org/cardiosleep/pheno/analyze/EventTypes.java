package org.cardiosleep.pheno.analyze;

/** The stable names of {@link NightEvent#type()}. */
public final class EventTypes {
    /** SpO2 drop ≥ 3 % (AASM), value = depth in %. */
    public static final String DESATURATION_3 = "desaturation_3pct";
    /** SpO2 drop ≥ 4 % (AASM), value = depth in %. */
    public static final String DESATURATION_4 = "desaturation_4pct";
    /** ECG unusable (flat, clipped at the amplifier limits, or swamped by artefact) for at least 5 s. */
    public static final String ECG_SIGNAL_LOSS = "ecg_signal_loss";
    /** Atrial fibrillation episode. */
    public static final String AF = "atrial_fibrillation";
    /** Pause (RR ≥ threshold), value = length in s. */
    public static final String PAUSE = "pause";
    /**
     * A pause that could not be read: the ECG baseline inside swung more than a QRS complex, so beats
     * may have been lost in it (not counted as a pause; value = length in s).
     */
    public static final String PAUSE_DOUBTFUL = "pause_doubtful";
    /** Ventricular run (≥ 3 consecutive V beats), value = rate in bpm. */
    public static final String VENTRICULAR_RUN = "ventricular_run";
    /** Supraventricular run (≥ 3 consecutive S beats), value = rate in bpm. */
    public static final String SUPRAVENTRICULAR_RUN = "supraventricular_run";
    /** Bradycardia episode (rate below 50 bpm over 8 beats, Holter analysis), value = rate in bpm. */
    public static final String BRADYCARDIA = "bradycardia";
    /** Tachycardia episode (rate above 100 bpm over 8 beats), value = rate in bpm. */
    public static final String TACHYCARDIA = "tachycardia";
    /** Apnea (per-minute detection merged into episodes). */
    public static final String APNEA = "apnea";

    private EventTypes() {
    }
}
