package org.cardiosleep.pheno.holter;

import java.time.LocalTime;
import java.util.Optional;

/**
 * What the Holter analysis needs: the beats of one recording.
 *
 * @param beatTimeSec  beat times (s from the recording start), increasing
 * @param classes      AAMI beat classes ({@link org.cardiosleep.signal.rhythm.BeatLabels}), or null when no
 *                     classifier ran (ectopy variables are then reported as unavailable)
 * @param classSource  where the classes came from ("reference annotations 100.atr", "classifier", "none")
 * @param durationSec  length of the recording (s); at least the last beat time
 * @param startClock   clock time of the recording start, when known (enables day/night periods)
 * @param stages       sleep stage per epoch ("W", "N1", "N2", "N3", "REM"; anything else is not scored),
 *                     or null when no hypnogram is available
 * @param epochSec     epoch length of {@code stages} (30 s)
 * @param signalLoss   the seconds whose ECG could not be analysed ({@link SignalLoss#NONE} when all could,
 *                     or when the beats come without their signal)
 */
public record HolterInput(double[] beatTimeSec, byte[] classes, String classSource, double durationSec,
                          Optional<LocalTime> startClock, String[] stages, double epochSec, SignalLoss signalLoss) {

    public HolterInput {
        if (classes != null && classes.length != beatTimeSec.length) {
            throw new IllegalArgumentException("beat classes and beat times differ in length");
        }
        for (int i = 1; i < beatTimeSec.length; i++) {
            if (!(beatTimeSec[i] > beatTimeSec[i - 1])) {
                throw new IllegalArgumentException("beat times are not increasing at beat " + i);
            }
        }
        startClock = startClock == null ? Optional.empty() : startClock;
        classSource = classSource == null ? (classes == null ? "none" : "unknown") : classSource;
        signalLoss = signalLoss == null ? SignalLoss.NONE : signalLoss;
    }

    /** The same without signal-loss information (every second analysable). */
    public HolterInput(double[] beatTimeSec, byte[] classes, String classSource, double durationSec,
                       Optional<LocalTime> startClock, String[] stages, double epochSec) {
        this(beatTimeSec, classes, classSource, durationSec, startClock, stages, epochSec, SignalLoss.NONE);
    }

    /** The analysable time of [fromSec, toSec) within the recording (s). */
    public double analysableSec(double fromSec, double toSec) {
        double a = Math.max(0, fromSec), b = Math.min(durationSec, toSec);
        return signalLoss.usableSec(a, b);
    }

    /** Whether the interval ending at beat {@code i} crosses lost signal. */
    public boolean crossesLoss(int i) {
        return signalLoss.spans(beatTimeSec[i - 1], beatTimeSec[i]);
    }

    /** Beats only, no classes, clock or stages. */
    public static HolterInput ofBeats(double[] beatTimeSec) {
        double d = beatTimeSec.length == 0 ? 0 : beatTimeSec[beatTimeSec.length - 1];
        return new HolterInput(beatTimeSec, null, "none", d, Optional.empty(), null, 30);
    }

    /** Whether {@code stage} is a stage the analysis scores (W, N1, N2, N3, REM or an R&amp;K spelling of one). */
    public static boolean isScoredStage(String stage) {
        return !StageSubset.normal(stage).isEmpty();
    }
}
