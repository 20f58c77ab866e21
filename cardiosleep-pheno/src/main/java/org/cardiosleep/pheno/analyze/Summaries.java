package org.cardiosleep.pheno.analyze;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cardiosleep.pheno.oximetry.OximetryResult;
import org.cardiosleep.signal.spo2.DesaturationEvent;

/** Computes the whole-night variables of the {@link VariableCatalog} from the parts that ran. */
final class Summaries {
    private Summaries() {
    }

    static void fill(Map<String, Double> v, double durationSec, boolean[] usable, BeatTable beats, EpochTable ep,
                     List<NightEvent> events, OximetryResult oxi) {
        // the long loops live in small methods, so the compiler does not compile this one for them
        int good = count(usable);
        put(v, "recordingDurationMin", durationSec / 60);
        put(v, "ecgUsableMin", good / 60.0);
        put(v, "ecgUsablePct", 100.0 * good / Math.max(1, usable.length));
        if (beats != null) {
            put(v, "beatCount", beats.size());
            put(v, "meanHrBpm", mean(ep.hrBpm(), null, -1));
            put(v, "minHrBpm", extreme(ep.hrBpm(), false));
            put(v, "maxHrBpm", extreme(ep.hrBpm(), true));
            put(v, "epochRmssdMedianMs", median(ep.rmssdMs(), null, -1));
            put(v, "epochSdnnMedianMs", median(ep.sdnnMs(), null, -1));
            if (beats.classified()) {
                int ve = count(beats.symbols(), (byte) 'V'), sv = count(beats.symbols(), (byte) 'S');
                double hours = good / 3600.0;
                put(v, "ventricularBeats", ve);
                put(v, "ventricularPerHour", hours > 0 ? ve / hours : Double.NaN);
                put(v, "ventricularBurdenPct", 100.0 * ve / Math.max(1, beats.size()));
                put(v, "supraventricularBeats", sv);
                put(v, "supraventricularPerHour", hours > 0 ? sv / hours : Double.NaN);
                put(v, "supraventricularBurdenPct", 100.0 * sv / Math.max(1, beats.size()));
            }
            int[] lr = longestRr(beats, usable);
            if (lr[0] >= 0) {
                put(v, "longestRrSec", beats.rrSec(lr[0] + 1));
            }
            int f = fastest(beats, usable, 10);
            if (f >= 0) {
                put(v, "fastest10BeatHrBpm", beats.timesSec() == null
                        ? 60.0 * 9 * beats.rateHz() / (beats.samples()[f + 9] - beats.samples()[f])
                        : 60.0 * 9 / (beats.timeSec(f + 9) - beats.timeSec(f)));
            }
        }
        if (oxi != null) {
            put(v, "spo2MeanPct", oxi.summary().meanPct());
            put(v, "spo2MinPct", oxi.summary().minPct());
            put(v, "t90Min", oxi.summary().t90Min());
            put(v, "t90RecordingMin", oxi.recordingSummary().t90Min());
            put(v, "t90Pct", oxi.summary().t90Pct());
            put(v, "t88Min", oxi.summary().t88Min());
            put(v, "desat3Count", oxi.desat3Counted());
            put(v, "desat4Count", oxi.desat4Counted());
            put(v, "odi3PerHour", oxi.odi3PerHour());
            put(v, "odi4PerHour", oxi.odi4PerHour());
            put(v, "odiDenominatorHours", oxi.denominatorHours());
            put(v, "hypoxicBurdenPctMinPerHour", oxi.hypoxicBurden().burdenPctMinPerHour());
            put(v, "hypoxicBurdenAreaPctMin", oxi.hypoxicBurden().totalAreaPctMin());
        }
        if (ep.staged()) {
            perStage(v, ep, beats, oxi);
        }
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    private static int count(byte[] symbols, byte symbol) {
        int n = 0;
        for (byte c : symbols) {
            n += c == symbol ? 1 : 0;
        }
        return n;
    }

    private static void perStage(Map<String, Double> v, EpochTable ep, BeatTable beats, OximetryResult oxi) {
        byte[] st = ep.stage();
        for (int s = 0; s < VariableCatalog.STAGES.length; s++) {
            String name = VariableCatalog.STAGES[s];
            double hours = 0;
            long ve = 0, sv = 0;
            for (int e = 0; e < st.length; e++) {
                if (st[e] == s) {
                    hours += ep.epochSec() / 3600;
                    ve += Math.max(0, ep.ventricular()[e]);
                    sv += Math.max(0, ep.supraventricular()[e]);
                }
            }
            if (hours <= 0) {
                continue;
            }
            if (beats != null) {
                put(v, "hr" + name + "Bpm", mean(ep.hrBpm(), st, s));
                put(v, "rmssd" + name + "Ms", median(ep.rmssdMs(), st, s));
                if (beats.classified()) {
                    put(v, "ventricularPerHour" + name, ve / hours);
                    put(v, "supraventricularPerHour" + name, sv / hours);
                }
            }
            if (oxi != null) {
                int d = 0;
                for (DesaturationEvent e : oxi.desat3()) {
                    int k = (int) (e.nadirSec() / ep.epochSec());
                    d += k < st.length && st[k] == s ? 1 : 0;
                }
                put(v, "desat3PerHour" + name, d / hours);
            }
        }
    }

    static void put(Map<String, Double> v, String name, double value) {
        VariableCatalog.get(name);
        v.put(name, value);
    }

    /** Index i of the longest interval (i, i+1) lying wholly in usable ECG, -1 when none. */
    static int[] longestRr(BeatTable b, boolean[] usable) {
        int best = -1;
        int[] s = b.samples();
        for (int i = 0; i + 1 < s.length; i++) {
            if ((best < 0 || s[i + 1] - s[i] > s[best + 1] - s[best]) && usableSpan(b, i, i + 1, usable)) {
                best = i;
            }
        }
        return new int[] {best};
    }

    /** Start index of the shortest span of {@code k} beats in usable ECG, -1 when none. */
    static int fastest(BeatTable b, boolean[] usable, int k) {
        int best = -1;
        int[] s = b.samples();
        for (int i = 0; i + k - 1 < s.length; i++) {
            if ((best < 0 || s[i + k - 1] - s[i] < s[best + k - 1] - s[best]) && usableSpan(b, i, i + k - 1, usable)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean usableSpan(BeatTable b, int i, int j, boolean[] usable) {
        int a = (int) b.timeSec(i), c = (int) b.timeSec(j);
        for (int t = a; t <= c && t < usable.length; t++) {
            if (!usable[t]) {
                return false;
            }
        }
        return true;
    }

    static double mean(float[] x, byte[] stage, int s) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Float.isNaN(x[i]) && (stage == null || stage[i] == s)) {
                sum += x[i];
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    static double median(float[] x, byte[] stage, int s) {
        float[] y = new float[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Float.isNaN(x[i]) && (stage == null || stage[i] == s)) {
                y[n++] = x[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(y, 0, n);
        return n % 2 == 1 ? y[n / 2] : 0.5 * (y[n / 2 - 1] + y[n / 2]);
    }

    private static double extreme(float[] x, boolean max) {
        double best = Double.NaN;
        for (float f : x) {
            if (!Float.isNaN(f) && (Double.isNaN(best) || (max ? f > best : f < best))) {
                best = f;
            }
        }
        return best;
    }
}
