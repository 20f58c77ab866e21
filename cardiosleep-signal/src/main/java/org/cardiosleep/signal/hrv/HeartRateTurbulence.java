package org.cardiosleep.signal.hrv;

import org.cardiosleep.signal.rhythm.BeatLabels;

/**
 * Heart-rate turbulence after isolated ventricular premature beats (Schmidt et al., Lancet 1999;
 * criteria of the Bauer et al. 2008 international consensus, JACC 52:1353). A PVC qualifies
 * when it is preceded by at least 5 and followed by at least 16 normal beats, its coupling
 * interval is at most 80 % and its compensatory pause at least 120 % of the reference (mean of
 * the 5 preceding sinus intervals), and every sinus interval around it lies in 300–2000 ms,
 * within 200 ms of its predecessor and within 20 % of the reference.
 * Turbulence onset TO = [(RR₁ + RR₂) − (RR₋₂ + RR₋₁)] / (RR₋₂ + RR₋₁) · 100, averaged over
 * PVCs; turbulence slope TS = the steepest slope of a regression line over any 5 consecutive
 * of the first 15 sinus intervals of the PVC-averaged tachogram (ms/beat).
 */
public final class HeartRateTurbulence {
    /** Result; NaN when no PVC qualifies. */
    public record Result(int pvcCount, double onsetPct, double slopeMsPerBeat) {
    }

    private HeartRateTurbulence() {
    }

    /** HRT from beat times (s) and classes ({@link BeatLabels}); V beats are the candidate PVCs. */
    public static Result compute(double[] beatTimeSec, byte[] classes) {
        int n = beatTimeSec.length;
        double[] avg = new double[15];
        double toSum = 0;
        int used = 0;
        for (int p = 6; p + 16 < n; p++) {
            if (classes[p] != BeatLabels.V || !qualifies(beatTimeSec, classes, p, avg, false)) {
                continue;
            }
            double before = rr(beatTimeSec, p - 2) + rr(beatTimeSec, p - 1);
            double after = rr(beatTimeSec, p + 2) + rr(beatTimeSec, p + 3);
            toSum += (after - before) / before * 100.0;
            qualifies(beatTimeSec, classes, p, avg, true);
            used++;
        }
        if (used == 0) {
            return new Result(0, Double.NaN, Double.NaN);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int s = 0; s + 5 <= 15; s++) {
            // least-squares slope over x = 0..4
            double sy = 0, sxy = 0;
            for (int k = 0; k < 5; k++) {
                double v = avg[s + k] / used;
                sy += v;
                sxy += k * v;
            }
            double slope = (5 * sxy - 10 * sy) / (5 * 30 - 100);
            best = Math.max(best, slope);
        }
        return new Result(used, toSum / used, best);
    }

    private static double rr(double[] t, int i) {
        return (t[i] - t[i - 1]) * 1000.0;
    }

    /** Checks the consensus criteria for the PVC at beat p; when {@code accumulate}, adds its 15 post-pause RRs. */
    private static boolean qualifies(double[] t, byte[] c, int p, double[] avg, boolean accumulate) {
        for (int i = p - 6; i <= p + 16; i++) {
            if (i != p && c[i] != BeatLabels.N) {
                return false;
            }
        }
        double ref = 0;
        for (int i = p - 5; i <= p - 1; i++) {
            ref += rr(t, i);
        }
        ref /= 5;
        if (rr(t, p) > 0.8 * ref || rr(t, p + 1) < 1.2 * ref) {
            return false;
        }
        double prev = Double.NaN;
        for (int i = p - 5; i <= p + 16; i++) {
            if (i == p || i == p + 1) {
                prev = Double.NaN;
                continue;
            }
            double r = rr(t, i);
            if (r < 300 || r > 2000 || Math.abs(r - ref) > 0.2 * ref
                    || (!Double.isNaN(prev) && Math.abs(r - prev) > 200)) {
                return false;
            }
            prev = r;
        }
        if (accumulate) {
            for (int k = 0; k < 15; k++) {
                avg[k] += rr(t, p + 2 + k);
            }
        }
        return true;
    }
}
