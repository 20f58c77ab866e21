package org.cardiosleep.pheno.maternal;

import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.signal.fhr.FhrAnalysis;
import org.cardiosleep.signal.fhr.FhrEvent;

/**
 * FHR responses around maternal hypoxic events: a pre window before onset, the event itself
 * extended by a response lag, and a post window after the end. A deceleration (acceleration) of
 * the FHR that starts within [onset, end + lag] is the event's response; decelerations take
 * precedence, since they are the clinically feared response. Events whose windows hold less than
 * half valid FHR are unusable rather than "no response".
 */
public final class EventLockedAnalysis {
    /** Window lengths, seconds. */
    public record Windows(double preSec, double responseLagSec, double postSec) {
        public static final Windows DEFAULT = new Windows(60, 60, 120);
    }

    private EventLockedAnalysis() {
    }

    /**
     * @param fhr          FHR morphology of the CTG
     * @param events       maternal events on the CTG clock (shift PSG times by the alignment first)
     */
    public static List<FhrResponse> responses(FhrAnalysis fhr, List<HypoxicEvent> events, Windows w) {
        List<FhrResponse> out = new ArrayList<>(events.size());
        double[] x = fhr.clean().bpm();
        double fs = fhr.fsHz();
        for (HypoxicEvent e : events) {
            double respEnd = e.endSec() + w.responseLagSec();
            double[] pre = stats(x, fs, e.onsetSec() - w.preSec(), e.onsetSec());
            double[] dur = stats(x, fs, e.onsetSec(), respEnd);
            double[] post = stats(x, fs, e.endSec(), e.endSec() + w.postSec());
            double valid = (pre[1] + dur[1]) / Math.max(1, pre[2] + dur[2]);
            if (valid < 0.5 || pre[1] == 0) {
                out.add(new FhrResponse(e, FhrResponse.Kind.UNUSABLE, Double.NaN, Double.NaN, pre[0], dur[0], post[0], valid));
                continue;
            }
            FhrEvent dec = null, acc = null;
            for (FhrEvent f : fhr.events()) {
                if (f.startSec() >= e.onsetSec() && f.startSec() <= respEnd) {
                    if (f.kind().isDeceleration() && dec == null) {
                        dec = f;
                    } else if (!f.kind().isDeceleration() && acc == null) {
                        acc = f;
                    }
                }
            }
            FhrEvent r = dec != null ? dec : acc;
            FhrResponse.Kind kind = dec != null ? FhrResponse.Kind.DECELERATION
                    : acc != null ? FhrResponse.Kind.ACCELERATION : FhrResponse.Kind.NONE;
            out.add(new FhrResponse(e, kind, r == null ? Double.NaN : r.startSec() - e.onsetSec(),
                    r == null ? Double.NaN : r.amplitudeBpm(), pre[0], dur[0], post[0], valid));
        }
        return out;
    }

    /** {mean of valid samples, valid count, total count} of x over [fromSec, toSec). */
    static double[] stats(double[] x, double fs, double fromSec, double toSec) {
        int a = (int) Math.max(0, Math.round(fromSec * fs));
        int b = (int) Math.min(x.length, Math.round(toSec * fs));
        double sum = 0;
        int c = 0;
        for (int i = a; i < b; i++) {
            if (!Double.isNaN(x[i])) {
                sum += x[i];
                c++;
            }
        }
        int total = Math.max(0, (int) Math.round((toSec - fromSec) * fs));
        return new double[] {c == 0 ? Double.NaN : sum / c, c, total};
    }

    /**
     * The event-locked average FHR change: for offsets {@code -preSec .. +afterSec} at 1 s, the mean
     * and SD over events of (FHR − event's pre-window mean). Returns {offsets, mean, sd, n}.
     */
    public static double[][] average(FhrAnalysis fhr, List<HypoxicEvent> events, double preSec, double afterSec) {
        int m = (int) (preSec + afterSec) + 1;
        double[] off = new double[m], sum = new double[m], sq = new double[m], n = new double[m];
        double[] x = fhr.clean().bpm();
        double fs = fhr.fsHz();
        for (HypoxicEvent e : events) {
            double ref = stats(x, fs, e.onsetSec() - preSec, e.onsetSec())[0];
            if (Double.isNaN(ref)) {
                continue;
            }
            for (int k = 0; k < m; k++) {
                int i = (int) Math.round((e.onsetSec() - preSec + k) * fs);
                if (i >= 0 && i < x.length && !Double.isNaN(x[i])) {
                    double d = x[i] - ref;
                    sum[k] += d;
                    sq[k] += d * d;
                    n[k]++;
                }
            }
        }
        double[] mean = new double[m], sd = new double[m];
        for (int k = 0; k < m; k++) {
            off[k] = k - preSec;
            mean[k] = n[k] == 0 ? Double.NaN : sum[k] / n[k];
            sd[k] = n[k] < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sq[k] - n[k] * mean[k] * mean[k]) / (n[k] - 1)));
        }
        return new double[][] {off, mean, sd, n};
    }
}
