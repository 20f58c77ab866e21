package org.cardiosleep.signal.spo2;

/**
 * One oxygen desaturation.
 *
 * @param startSec    onset: the last sample at the baseline value before the fall, s from start
 * @param nadirSec    time of the lowest SpO2 (first occurrence), s
 * @param endSec      end: first sample after the nadir that has recovered two thirds of the drop, s
 * @param baselinePct the pre-event baseline SpO2, %
 * @param nadirPct    the lowest SpO2, %
 */
public record DesaturationEvent(double startSec, double nadirSec, double endSec, double baselinePct,
                                double nadirPct) {

    /** Drop from baseline to nadir, in % SpO2. */
    public double depthPct() {
        return baselinePct - nadirPct;
    }

    public double durationSec() {
        return endSec - startSec;
    }
}
