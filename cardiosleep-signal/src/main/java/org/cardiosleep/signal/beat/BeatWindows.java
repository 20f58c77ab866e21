package org.cardiosleep.signal.beat;

/**
 * The sample offsets, relative to a beat's fiducial point, of the windows the features read; fixed
 * in milliseconds so the features mean the same at any sampling rate.
 */
final class BeatWindows {
    /** Whole beat: from 250 ms before to 450 ms after the fiducial point. */
    static final double BEAT_BEFORE_SEC = 0.250, BEAT_AFTER_SEC = 0.450;
    /** QRS complex: 80 ms before to 100 ms after. */
    static final double QRS_BEFORE_SEC = 0.080, QRS_AFTER_SEC = 0.100;
    /** Search for the best alignment to the template: ±40 ms. */
    static final double LAG_SEC = 0.040;
    /** P wave region: 250 to 70 ms before the fiducial point. */
    static final double P_FROM_SEC = -0.250, P_TO_SEC = -0.070;
    /** T wave region: 150 to 400 ms after the fiducial point. */
    static final double T_FROM_SEC = 0.150, T_TO_SEC = 0.400;
    /** Points (s) where the beat's difference to the template is sampled. */
    static final double[] SHAPE_POINTS_SEC = {-0.200, -0.150, -0.100, -0.060, -0.030, 0, 0.030, 0.060, 0.100,
        0.150, 0.200, 0.250, 0.300, 0.350};

    final double fsHz;
    final int beatBefore, beatAfter, beatLength;
    final int qrsBefore, qrsAfter, qrsLength;
    final int maxLag, lagStep;
    final int pFrom, pTo, tFrom, tTo;
    final int[] shapePoints;

    BeatWindows(double fsHz) {
        if (!(fsHz >= 50) || Double.isInfinite(fsHz)) {
            throw new IllegalArgumentException("sampling rate must be at least 50 Hz for beat morphology: " + fsHz);
        }
        this.fsHz = fsHz;
        beatBefore = samples(BEAT_BEFORE_SEC);
        beatAfter = samples(BEAT_AFTER_SEC);
        beatLength = beatBefore + beatAfter + 1;
        qrsBefore = samples(QRS_BEFORE_SEC);
        qrsAfter = samples(QRS_AFTER_SEC);
        qrsLength = qrsBefore + qrsAfter + 1;
        maxLag = samples(LAG_SEC);
        lagStep = Math.max(1, (int) Math.round(fsHz / 250));
        pFrom = (int) Math.round(P_FROM_SEC * fsHz);
        pTo = (int) Math.round(P_TO_SEC * fsHz);
        tFrom = samples(T_FROM_SEC);
        tTo = samples(T_TO_SEC);
        shapePoints = new int[SHAPE_POINTS_SEC.length];
        for (int i = 0; i < shapePoints.length; i++) {
            shapePoints[i] = (int) Math.round(SHAPE_POINTS_SEC[i] * fsHz);
        }
    }

    int samples(double sec) {
        return (int) Math.round(sec * fsHz);
    }
}
