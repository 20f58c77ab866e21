package org.cardiosleep.signal.beat;

import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.signal.filter.Biquad;
import org.cardiosleep.signal.filter.Butterworth;
import org.cardiosleep.signal.filter.SosFilter;
import org.cardiosleep.signal.filter.ZeroPhase;

/**
 * The band-pass used before beat morphology features: a 2nd-order Butterworth high-pass at 0.5 Hz,
 * which removes baseline wander, cascaded with a 2nd-order Butterworth low-pass at 40 Hz, which
 * removes mains and muscle noise while keeping the QRS slopes that the QRS width needs; applied
 * forward and backward (zero phase). One two-section pass each way: the filters commute, and the
 * two sections run interleaved. Built on the project's {@link Butterworth} and {@link ZeroPhase}.
 */
final class BeatFilter {
    static final double HIGH_PASS_HZ = 0.5;
    static final double LOW_PASS_HZ = 40.0;

    private BeatFilter() {
    }

    /** The band-passed copy of {@code ecg}. */
    static double[] bandPass(double[] ecg, double fsHz) {
        return bandPass(ecg, 0, ecg.length, 1, fsHz, null);
    }

    /**
     * The band-passed {@code scale · ecg[from..from+n)}, written into {@code out} when it has exactly
     * {@code n} elements, else into a new array.
     */
    static double[] bandPass(double[] ecg, int from, int n, double scale, double fsHz, double[] out) {
        if (n < 2) {
            return new double[n];
        }
        SosFilter hp = Butterworth.highpass(2, HIGH_PASS_HZ, fsHz);
        if (!(LOW_PASS_HZ < 0.45 * fsHz)) {
            return ZeroPhase.filtfilt(hp, ecg, from, n, scale, out);
        }
        List<Biquad> sections = new ArrayList<>(hp.sections());
        sections.addAll(Butterworth.lowpass(2, LOW_PASS_HZ, fsHz).sections());
        return ZeroPhase.filtfilt(new SosFilter(sections.toArray(new Biquad[0])), ecg, from, n, scale, out);
    }
}
