package org.cardiosleep.signal.beat;

import org.cardiosleep.signal.filter.Butterworth;
import org.cardiosleep.signal.filter.ZeroPhase;

/**
 * The band-pass used before beat morphology features: a zero-phase (forward–backward) 2nd-order
 * Butterworth high-pass at 0.5 Hz, which removes baseline wander, then a zero-phase 2nd-order
 * Butterworth low-pass at 40 Hz, which removes mains and muscle noise while keeping the QRS slopes
 * that the QRS width needs. Built on the project's {@link Butterworth} and {@link ZeroPhase}.
 */
final class BeatFilter {
    static final double HIGH_PASS_HZ = 0.5;
    static final double LOW_PASS_HZ = 40.0;

    private BeatFilter() {
    }

    /** The band-passed copy of {@code ecg}. */
    static double[] bandPass(double[] ecg, double fsHz) {
        if (ecg.length < 2) {
            return new double[ecg.length];
        }
        double[] y = ZeroPhase.filtfilt(Butterworth.highpass(2, HIGH_PASS_HZ, fsHz), ecg);
        if (LOW_PASS_HZ < 0.45 * fsHz) {
            y = ZeroPhase.filtfilt(Butterworth.lowpass(2, LOW_PASS_HZ, fsHz), y);
        }
        return y;
    }
}
