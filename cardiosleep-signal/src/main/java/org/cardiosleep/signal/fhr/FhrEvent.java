package org.cardiosleep.signal.fhr;

/**
 * An acceleration or deceleration of the fetal heart rate (FIGO 2015).
 *
 * @param kind          acceleration or a deceleration type
 * @param startSec      departure from the baseline
 * @param endSec        return to the baseline
 * @param extremumSec   time of the peak (acceleration) or nadir (deceleration)
 * @param amplitudeBpm  signed distance of the extremum from the baseline (negative for decelerations)
 */
public record FhrEvent(Kind kind, double startSec, double endSec, double extremumSec, double amplitudeBpm) {

    /** Event kinds. Deceleration types need uterine activity; without it they are {@code DECELERATION}. */
    public enum Kind {
        ACCELERATION, DECELERATION, EARLY_DECELERATION, LATE_DECELERATION, VARIABLE_DECELERATION,
        PROLONGED_DECELERATION;

        public boolean isDeceleration() {
            return this != ACCELERATION;
        }
    }

    public double durationSec() {
        return endSec - startSec;
    }
}
