package org.cardiosleep.pheno.holter;

import java.util.ArrayList;
import java.util.List;

/**
 * The seconds of a recording whose ECG could not be analysed (lead off, saturated or clipped; see
 * {@link EcgQuality}). No beats are found there because there is no signal, not because the heart
 * stopped, so an RR interval that spans such a second is not a pause, not a heart rate and not an NN
 * interval, and rates and burdens are taken over the analysable time. Span queries are O(1) from a
 * prefix count.
 */
public final class SignalLoss {
    /** Shortest lost stretch listed as an event (s); shorter ones still count in the analysable time. */
    public static final double MIN_EVENT_SEC = 5;
    /** Every second analysable (nothing known about the signal, e.g. beats from an annotation file). */
    public static final SignalLoss NONE = new SignalLoss(null);

    /** Unusable seconds before second s: lost[s]; null when nothing is lost. */
    private final int[] lostBefore;
    private final List<double[]> doubtfulPauses;

    private SignalLoss(int[] lostBefore) {
        this(lostBefore, List.of());
    }

    private SignalLoss(int[] lostBefore, List<double[]> doubtfulPauses) {
        this.lostBefore = lostBefore;
        this.doubtfulPauses = doubtfulPauses;
    }

    /**
     * From per-second usability and the pauses that could not be read ({@link PauseBaseline}), whose
     * inner seconds {@code usableSec} already marks lost, in time order.
     */
    public static SignalLoss of(boolean[] usableSec, List<double[]> doubtfulPauses) {
        SignalLoss s = of(usableSec);
        return doubtfulPauses.isEmpty() || !s.any() ? s : new SignalLoss(s.lostBefore, List.copyOf(doubtfulPauses));
    }

    /** The pauses that could not be read, as {first, last} beat times (s); their inner seconds are lost. */
    public List<double[]> doubtfulPauses() {
        return doubtfulPauses;
    }

    /** Whether the stretch [fromSec, toSec) lies inside one of the {@link #doubtfulPauses()} (in time order). */
    public boolean insideDoubtfulPause(double fromSec, double toSec) {
        // the last pause whose first second starts at or before the stretch: the pauses do not overlap
        int lo = 0, hi = doubtfulPauses.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Math.floor(doubtfulPauses.get(mid)[0]) <= fromSec) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && toSec <= Math.floor(doubtfulPauses.get(lo - 1)[1]) + 1;
    }

    /** From per-second usability (index = whole second of the recording); null means all usable. */
    public static SignalLoss of(boolean[] usableSec) {
        if (usableSec == null) {
            return NONE;
        }
        int[] c = new int[usableSec.length + 1];
        for (int s = 0; s < usableSec.length; s++) {
            c[s + 1] = c[s] + (usableSec[s] ? 0 : 1);
        }
        return c[usableSec.length] == 0 ? NONE : new SignalLoss(c);
    }

    /** Whether any second is lost. */
    public boolean any() {
        return lostBefore != null;
    }

    /**
     * Whether the interval between beats at {@code fromSec} and {@code toSec} touches a lost second
     * (the seconds holding either beat included).
     */
    public boolean spans(double fromSec, double toSec) {
        if (lostBefore == null) {
            return false;
        }
        int a = clamp((long) Math.floor(fromSec)), b = clamp((long) Math.floor(toSec) + 1);
        return lostBefore[b] > lostBefore[a];
    }

    /** Analysable seconds in [fromSec, toSec) (a partly covered second counts by its covered part). */
    public double usableSec(double fromSec, double toSec) {
        if (!(toSec > fromSec)) {
            return 0;
        }
        return toSec - fromSec - lostSec(fromSec, toSec);
    }

    private double lostSec(double fromSec, double toSec) {
        if (lostBefore == null) {
            return 0;
        }
        int n = lostBefore.length - 1;
        double a = Math.max(0, fromSec), b = Math.min(n, toSec);
        if (!(b > a)) {
            return 0;
        }
        int sa = (int) Math.floor(a), sb = (int) Math.floor(b);
        if (sa == sb) {
            return lost(sa) * (b - a);
        }
        double s = lost(sa) * (sa + 1 - a) + (lostBefore[sb] - lostBefore[sa + 1]);
        return sb < n ? s + lost(sb) * (b - sb) : s;
    }

    private int lost(int s) {
        return lostBefore[s + 1] - lostBefore[s];
    }

    /** The lost stretches, each {start, end} in seconds, in order. */
    public List<double[]> stretches() {
        List<double[]> out = new ArrayList<>();
        if (lostBefore == null) {
            return out;
        }
        int n = lostBefore.length - 1;
        int s = 0;
        while (s < n) {
            if (lost(s) == 0) {
                s++;
                continue;
            }
            int e = s;
            while (e < n && lost(e) == 1) {
                e++;
            }
            out.add(new double[] {s, e});
            s = e;
        }
        return out;
    }

    private int clamp(long s) {
        return (int) Math.max(0, Math.min(lostBefore.length - 1, s));
    }
}
