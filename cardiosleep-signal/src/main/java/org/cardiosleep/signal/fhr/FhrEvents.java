package org.cardiosleep.signal.fhr;

import java.util.ArrayList;
import java.util.List;

/**
 * Accelerations and decelerations against a baseline (FIGO 2015): an excursion above (below) the
 * baseline whose extremum reaches at least {@value #AMPLITUDE_BPM} bpm and that lasts at least
 * {@value #MIN_DURATION_SEC} s. The excursion starts and ends where the FHR crosses
 * baseline ± {@value #EDGE_BPM} bpm; gaps longer than the cleaning's interpolation limit end an
 * excursion. Decelerations longer than 3 min are prolonged. With uterine activity, decelerations
 * are typed by their relation to contractions: variable when onset-to-nadir is under 30 s; late
 * when the nadir follows the contraction peak by more than 20 s; early otherwise.
 */
public final class FhrEvents {
    public static final double AMPLITUDE_BPM = 15;
    public static final double MIN_DURATION_SEC = 15;
    public static final double EDGE_BPM = 5;
    public static final double PROLONGED_SEC = 180;
    public static final double MAX_ACCELERATION_SEC = 600;
    static final double VARIABLE_ONSET_SEC = 30;
    static final double LATE_LAG_SEC = 20;

    private FhrEvents() {
    }

    /**
     * Detects events in cleaned FHR {@code bpm} against {@code baseline}; {@code contractions} may be
     * empty (then decelerations are untyped, except prolonged ones).
     */
    public static List<FhrEvent> detect(double[] bpm, double[] baseline, double fsHz, List<Contraction> contractions) {
        List<FhrEvent> out = new ArrayList<>();
        scan(bpm, baseline, fsHz, +1, out, contractions);
        scan(bpm, baseline, fsHz, -1, out, contractions);
        out.sort((a, b) -> Double.compare(a.startSec(), b.startSec()));
        return out;
    }

    private static void scan(double[] x, double[] b, double fs, int sign, List<FhrEvent> out, List<Contraction> uc) {
        int n = x.length;
        int i = 0;
        while (i < n) {
            double d = sign * (x[i] - b[i]);
            if (Double.isNaN(d) || d <= EDGE_BPM) {
                i++;
                continue;
            }
            int start = i;
            int ext = i;
            double extVal = d;
            while (i < n) {
                double di = sign * (x[i] - b[i]);
                if (Double.isNaN(di) || di <= EDGE_BPM) {
                    break;
                }
                if (di > extVal) {
                    extVal = di;
                    ext = i;
                }
                i++;
            }
            double dur = (i - start) / fs;
            if (extVal >= AMPLITUDE_BPM && dur >= MIN_DURATION_SEC && (sign < 0 || dur <= MAX_ACCELERATION_SEC)) {
                double s = start / fs, e = i / fs, t = ext / fs;
                FhrEvent.Kind kind = sign > 0 ? FhrEvent.Kind.ACCELERATION : decelerationKind(s, e, t, uc);
                out.add(new FhrEvent(kind, s, e, t, sign * extVal));
            }
        }
    }

    static FhrEvent.Kind decelerationKind(double start, double end, double nadir, List<Contraction> uc) {
        if (end - start > PROLONGED_SEC) {
            return FhrEvent.Kind.PROLONGED_DECELERATION;
        }
        if (uc == null || uc.isEmpty()) {
            return FhrEvent.Kind.DECELERATION;
        }
        if (nadir - start < VARIABLE_ONSET_SEC) {
            return FhrEvent.Kind.VARIABLE_DECELERATION;
        }
        Contraction best = null;
        for (Contraction c : uc) {
            if (c.endSec() >= start && c.startSec() <= end) {
                if (best == null || Math.abs(c.peakSec() - nadir) < Math.abs(best.peakSec() - nadir)) {
                    best = c;
                }
            }
        }
        if (best == null) {
            return FhrEvent.Kind.DECELERATION;
        }
        return nadir - best.peakSec() > LATE_LAG_SEC ? FhrEvent.Kind.LATE_DECELERATION : FhrEvent.Kind.EARLY_DECELERATION;
    }
}
