package org.cardiosleep.signal.spo2;

import java.util.ArrayList;
import java.util.List;

/**
 * Oxygen desaturation events after the AASM scoring manual (2012, v2.x: a drop of ≥ 3 % or ≥ 4 %
 * from the pre-event baseline), with explicit choices where the manual leaves room:
 * <ul>
 * <li><b>baseline</b>: the highest valid SpO2 in the preceding {@value #BASELINE_WINDOW_SEC} s, not
 *     reaching back past the end of the previous event;</li>
 * <li><b>onset</b>: where the fall leaves the baseline: the last sample before the drop reaches the
 *     threshold whose value is within {@value #ONSET_TOLERANCE_PCT} % of the baseline (so sensor
 *     noise at the baseline does not move the onset back to an old maximum; with whole-percent
 *     oximeter data this is the last sample at the baseline value);</li>
 * <li><b>nadir</b>: the lowest value until recovery (first occurrence);</li>
 * <li><b>end</b>: the first sample after the nadir that has recovered two thirds of the drop;</li>
 * <li><b>duration</b> (onset to end) within {@value #MIN_DURATION_SEC}-{@value #MAX_DURATION_SEC} s,
 *     else the event is discarded;</li>
 * <li>samples outside 50-100 % (or NaN) are invalid: they are never a baseline, and an event that
 *     meets one is discarded.</li>
 * </ul>
 * One pass, linear time (a monotone deque keeps the sliding maximum).
 */
public final class DesaturationDetector {
    public static final int BASELINE_WINDOW_SEC = 120;
    public static final int MIN_DURATION_SEC = 10;
    public static final int MAX_DURATION_SEC = 120;
    /** Fraction of the drop that must be recovered to end an event. */
    public static final double RECOVERY_FRACTION = 2.0 / 3.0;
    /** Distance from the baseline (in % SpO2) within which a sample is still "at baseline". */
    public static final double ONSET_TOLERANCE_PCT = 0.5;

    private DesaturationDetector() {
    }

    /** True for a physiologically plausible SpO2 sample. */
    public static boolean valid(float v) {
        return v >= 50f && v <= 100f;
    }

    /**
     * Detects desaturations of at least {@code minDropPct} (3 or 4 under AASM rules).
     *
     * @param spo2 SpO2 in %, one value per sample
     * @param fsHz sampling rate of {@code spo2}
     */
    public static List<DesaturationEvent> detect(float[] spo2, double fsHz, double minDropPct) {
        if (!(fsHz > 0)) {
            throw new IllegalArgumentException("sampling rate must be positive: " + fsHz);
        }
        if (!(minDropPct > 0)) {
            throw new IllegalArgumentException("drop must be positive: " + minDropPct);
        }
        int window = Math.max(1, (int) Math.round(BASELINE_WINDOW_SEC * fsHz));
        int[] deque = new int[window + 1];
        int head = 0, size = 0; // ring buffer of indices with decreasing values
        List<DesaturationEvent> out = new ArrayList<>();
        int n = spo2.length;
        float thr = (float) minDropPct;
        for (int i = 0; i < n; i++) {
            float v = spo2[i];
            // drop indices that left the window
            while (size > 0 && deque[head] <= i - window) {
                head = (head + 1) % deque.length;
                size--;
            }
            if (!valid(v)) {
                continue;
            }
            while (size > 0 && spo2[deque[(head + size - 1) % deque.length]] <= v) {
                size--;
            }
            deque[(head + size) % deque.length] = i;
            size++;
            float baseline = spo2[deque[head]];
            if (baseline - v < thr - 1e-6f) {
                continue;
            }
            // onset: walk back from the crossing to the last sample near the baseline; never past
            // the baseline sample itself (the deque keeps the latest maximum)
            int onset = i;
            float near = baseline - (float) ONSET_TOLERANCE_PCT;
            while (onset > deque[head] && !(valid(spo2[onset]) && spo2[onset] >= near)) {
                onset--;
            }
            // walk to the recovery, tracking the nadir
            int nadir = i;
            int end = -1;
            boolean invalid = false;
            int j = i;
            for (; j < n; j++) {
                float w = spo2[j];
                if (!valid(w)) {
                    invalid = true;
                    break;
                }
                if (w < spo2[nadir]) {
                    nadir = j;
                }
                if (w >= spo2[nadir] + RECOVERY_FRACTION * (baseline - spo2[nadir]) - 1e-6f) {
                    end = j;
                    break;
                }
            }
            if (end < 0) {
                end = Math.min(j, n - 1);
            }
            double dur = (end - onset) / fsHz;
            if (!invalid && end > nadir && dur >= MIN_DURATION_SEC && dur <= MAX_DURATION_SEC) {
                out.add(new DesaturationEvent(onset / fsHz, nadir / fsHz, end / fsHz, baseline, spo2[nadir]));
            }
            // restart the baseline after this event
            i = end;
            size = 0;
            head = 0;
            if (valid(spo2[end])) {
                deque[0] = end;
                size = 1;
            }
        }
        return out;
    }
}
