package org.cardiosleep.pheno.holter;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.signal.SortedArrays;
import org.cardiosleep.signal.hrv.NnSeries;
import org.cardiosleep.signal.rhythm.AfDetector;
import org.cardiosleep.signal.rhythm.BeatLabels;
import org.cardiosleep.signal.rhythm.RhythmEvent;
import org.cardiosleep.signal.rhythm.RhythmEvents;

/**
 * The Holter phenotype of a beat series: rate, rhythm (AF, pauses, brady/tachycardia, ectopy
 * patterns), HRV (Task Force 1996 time and frequency domain, nonlinear, HRT, DC), for the whole
 * recording, per hour, per day/night and per sleep stage. Linear in the number of beats
 * (sample entropy is quadratic only within 5-min segments).
 *
 * <p>Where the ECG was lost ({@link HolterInput#signalLoss()}: lead off, saturation), an RR interval
 * spanning the loss is no interval of the heart: it is not a pause, not part of any event but AF,
 * not an NN interval and not counted in rates; rates per hour, AF burden and heart rate are taken
 * over the analysable time, and each lost stretch is listed as a {@code SIGNAL_LOSS} event.
 */
public final class HolterAnalysis {
    /** Clock-based periods: night 00:00–06:00, day 10:00–20:00 (transition hours left out). */
    public static final int NIGHT_FROM_H = 0, NIGHT_TO_H = 6, DAY_FROM_H = 10, DAY_TO_H = 20;

    private HolterAnalysis() {
    }

    /** Analyses one recording, its beat classes taken as they are (for example reference annotations). */
    public static HolterResult analyze(HolterInput in) {
        return analyze(in, false);
    }

    /**
     * Analyses one recording. With {@code supraventricularOutsideAf}, beats classed S inside a detected
     * AF/AFL episode become N before anything is counted: in atrial fibrillation there is no sinus
     * rhythm for a beat to be premature to, so a Holter counts supraventricular ectopy outside AF
     * only (AAMI EC57 labels the beats of AF N; the irregular intervals make a classifier call some
     * of them premature). For classes from the beat classifier; reference labels are kept as given.
     */
    public static HolterResult analyze(HolterInput in, boolean supraventricularOutsideAf) {
        double[] t = in.beatTimeSec();
        byte[] c = in.classes();
        int n = t.length;
        boolean[] af = n > 0 ? AfDetector.withDefaults(c != null).detect(t, c) : new boolean[0];
        if (supraventricularOutsideAf && c != null) {
            c = supraventricularOutside(c, af);
            in = new HolterInput(t, c, in.classSource(), in.durationSec(), in.startClock(), in.stages(), in.epochSec(),
                    in.signalLoss());
        }
        NnSeries nn = NnSeries.fromBeats(t, knownNormal(c));
        // AF beats are not sinus, and intervals across lost signal are not intervals: HRV excludes both
        nn = sinusOnly(nn, af, in);
        boolean[] nnBeat = new boolean[n];
        for (int idx : nn.beatIndex()) {
            nnBeat[idx] = true;
        }
        List<RhythmEvent> events = withSignalLoss(RhythmEvents.find(t, c, af), in);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("BEAT_CLASSES", in.classSource());
        v.put("DUR_H", in.durationSec() / 3600.0);
        double analysable = in.analysableSec(0, in.durationSec());
        v.put("ANALYSABLE_H", analysable / 3600.0);
        int lossEvents = 0;
        for (RhythmEvent e : events) {
            lossEvents += e.type().equals("SIGNAL_LOSS") ? 1 : 0;
        }
        v.put("SIGNAL_LOSS_N", lossEvents);
        v.put("SIGNAL_LOSS_MIN", (in.durationSec() - analysable) / 60.0);
        v.put("BEATS", n);
        RateStats.put(in, 0, in.durationSec(), v);
        rhythmVariables(in, c, af, events, v);
        HrvVariables.fullSet(nn, t, c, v);
        List<Map<String, Object>> hourly = hourly(in, af, nn);
        Map<String, Map<String, Object>> periods = periods(in, af, nn);
        Map<String, Map<String, Object>> stages = stages(in, af, nn);
        return new HolterResult(v, hourly, daily(in, af, nn, events), periods, stages, events, af, nnBeat, c);
    }

    /**
     * {@code classes} (beat symbols, {@code BeatLabels}) with S turned into N where {@code af} is set:
     * supraventricular ectopy counted outside AF. A copy when anything changes, else {@code classes}.
     */
    public static byte[] supraventricularOutside(byte[] classes, boolean[] af) {
        byte[] out = classes;
        for (int i = 0; i < classes.length; i++) {
            if (af[i] && classes[i] == BeatLabels.S) {
                if (out == classes) {
                    out = classes.clone();
                }
                out[i] = BeatLabels.N;
            }
        }
        return out;
    }

    /**
     * The classes for NN intervals: where a classifier labelled the beats, an unclassified beat (one
     * added from a second lead) is not known to be normal, so it ends no NN interval; without any
     * classes every beat is a candidate, as before.
     */
    static byte[] knownNormal(byte[] classes) {
        if (classes == null) {
            return null;
        }
        boolean anyClassified = false;
        for (byte c : classes) {
            anyClassified |= c != BeatLabels.UNCLASSIFIED;
        }
        if (!anyClassified) {
            return classes;
        }
        byte[] out = classes.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == BeatLabels.UNCLASSIFIED) {
                out[i] = BeatLabels.Q;
            }
        }
        return out;
    }

    /** The NN intervals whose beats are not AF and that do not span lost signal. */
    private static NnSeries sinusOnly(NnSeries nn, boolean[] af, HolterInput in) {
        int k = 0;
        int[] keep = new int[nn.size()];
        for (int i = 0; i < nn.size(); i++) {
            int b = nn.beatIndex()[i];
            if (!af[b] && !af[b - 1] && !in.crossesLoss(b)) {
                keep[k++] = i;
            }
        }
        if (k == nn.size()) {
            return nn;
        }
        return nn.subset(keep, k);
    }

    /**
     * The events without those that span lost signal (AF excepted: the detector sees the rhythm on
     * either side), followed by one {@code PAUSE_DOUBTFUL} event per pause whose ECG could not be read
     * ({@link PauseBaseline}) and one {@code SIGNAL_LOSS} event per other lost stretch of at least
     * {@link SignalLoss#MIN_EVENT_SEC}.
     */
    static List<RhythmEvent> withSignalLoss(List<RhythmEvent> events, HolterInput in) {
        SignalLoss loss = in.signalLoss();
        if (!loss.any()) {
            return events;
        }
        double[] t = in.beatTimeSec();
        List<RhythmEvent> out = new ArrayList<>(events.size());
        for (RhythmEvent e : events) {
            if (e.type().equals("AF") || !loss.spans(e.onsetSec(), e.offsetSec())) {
                out.add(e);
            }
        }
        for (double[] p : loss.doubtfulPauses()) {
            int first = SortedArrays.lowerBound(t, p[0]), last = SortedArrays.lowerBound(t, p[1]);
            out.add(new RhythmEvent("PAUSE_DOUBTFUL", first, last, p[0], p[1], 60.0 / (p[1] - p[0]), 2));
        }
        for (double[] s : loss.stretches()) {
            double to = Math.min(s[1], in.durationSec());
            if (to - s[0] >= SignalLoss.MIN_EVENT_SEC && !loss.insideDoubtfulPause(s[0], to)) {
                out.add(new RhythmEvent("SIGNAL_LOSS", SortedArrays.lowerBound(t, s[0]) - 1, SortedArrays.lowerBound(t, to),
                        s[0], to, Double.NaN, 0));
            }
        }
        return out;
    }

    private static void rhythmVariables(HolterInput in, byte[] c, boolean[] af, List<RhythmEvent> events,
                                        Map<String, Object> v) {
        double[] t = in.beatTimeSec();
        double hours = in.analysableSec(0, in.durationSec()) / 3600;
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Double> longestSec = new LinkedHashMap<>();
        Map<String, Integer> longestBeats = new LinkedHashMap<>();
        Map<String, Double> totalSec = new LinkedHashMap<>();
        double firstAf = Double.NaN;
        for (RhythmEvent e : events) {
            count.merge(e.type(), 1, Integer::sum);
            longestSec.merge(e.type(), e.durationSec(), Math::max);
            longestBeats.merge(e.type(), e.beats(), Math::max);
            totalSec.merge(e.type(), e.durationSec(), Double::sum);
            if (e.type().equals("AF") && Double.isNaN(firstAf)) {
                firstAf = e.onsetSec();
            }
        }
        v.put("AF_BURDEN_PCT", afBurdenPct(in, af, 0, t.length, 0, in.durationSec()));
        v.put("AF_EPISODES", count.getOrDefault("AF", 0));
        v.put("AF_LONGEST_S", longestSec.getOrDefault("AF", 0.0));
        v.put("AF_FIRST_ONSET_S", firstAf);
        v.put("PAUSE_2S_N", count.getOrDefault("PAUSE_2S", 0));
        v.put("PAUSE_3S_N", count.getOrDefault("PAUSE_3S", 0));
        v.put("PAUSE_DOUBTFUL_N", count.getOrDefault("PAUSE_DOUBTFUL", 0));
        double maxRr = 0;
        for (int i = 1; i < t.length; i++) {
            if (!in.crossesLoss(i)) {
                maxRr = Math.max(maxRr, t[i] - t[i - 1]);
            }
        }
        v.put("RR_MAX_S", maxRr);
        v.put("BRADY_EPISODES", count.getOrDefault("BRADY", 0));
        v.put("BRADY_DUR_S", totalSec.getOrDefault("BRADY", 0.0));
        v.put("TACHY_EPISODES", count.getOrDefault("TACHY", 0));
        v.put("TACHY_DUR_S", totalSec.getOrDefault("TACHY", 0.0));
        if (c == null) {
            for (String k : new String[] {"N_BEATS", "S_BEATS", "V_BEATS", "F_BEATS", "Q_BEATS", "V_PER_H", "S_PER_H",
                "V_COUPLETS", "V_TRIPLETS", "NSVT_N", "NSVT_LONGEST_BEATS", "VT_N", "V_RUN_SLOW_N", "V_BIGEMINY_N",
                "V_TRIGEMINY_N", "S_COUPLETS", "SVT_N", "SVT_LONGEST_BEATS"}) {
                v.put(k, Double.NaN);
            }
            return;
        }
        int[] cls = classCounts(c, 0, c.length);
        v.put("N_BEATS", cls[0]);
        v.put("S_BEATS", cls[1]);
        v.put("V_BEATS", cls[2]);
        v.put("F_BEATS", cls[3]);
        v.put("Q_BEATS", cls[4]);
        v.put("V_PER_H", hours > 0 ? cls[2] / hours : Double.NaN);
        v.put("S_PER_H", hours > 0 ? cls[1] / hours : Double.NaN);
        v.put("V_COUPLETS", count.getOrDefault("V_COUPLET", 0));
        v.put("V_TRIPLETS", count.getOrDefault("V_TRIPLET", 0));
        v.put("NSVT_N", count.getOrDefault("NSVT", 0));
        v.put("NSVT_LONGEST_BEATS", longestBeats.getOrDefault("NSVT", 0));
        v.put("VT_N", count.getOrDefault("VT", 0));
        v.put("V_RUN_SLOW_N", count.getOrDefault("V_RUN_SLOW", 0));
        v.put("V_BIGEMINY_N", count.getOrDefault("V_BIGEMINY", 0));
        v.put("V_TRIGEMINY_N", count.getOrDefault("V_TRIGEMINY", 0));
        v.put("S_COUPLETS", count.getOrDefault("S_COUPLET", 0));
        v.put("SVT_N", count.getOrDefault("SVT", 0));
        v.put("SVT_LONGEST_BEATS", longestBeats.getOrDefault("SVT", 0));
    }

    /** {N, S, V, F, Q} counts of beats [from, to); unclassified beats count as none. */
    static int[] classCounts(byte[] c, int from, int to) {
        int[] k = new int[5];
        for (int i = from; i < to; i++) {
            switch (c[i]) {
                case BeatLabels.N -> k[0]++;
                case BeatLabels.S -> k[1]++;
                case BeatLabels.V -> k[2]++;
                case BeatLabels.F -> k[3]++;
                case BeatLabels.Q -> k[4]++;
                default -> { }
            }
        }
        return k;
    }

    /**
     * Percentage of the analysable time of [fromSec, toSec) spent in AF: the RR intervals ending at
     * AF beats {@code [from, to)} (those across lost signal left out) over that time.
     */
    static double afBurdenPct(HolterInput in, boolean[] af, int from, int to, double fromSec, double toSec) {
        double[] t = in.beatTimeSec();
        double s = 0;
        for (int i = Math.max(1, from); i < to; i++) {
            if (af[i] && !in.crossesLoss(i)) {
                s += t[i] - t[i - 1];
            }
        }
        double span = in.analysableSec(fromSec, toSec);
        return span > 0 ? 100.0 * s / span : Double.NaN;
    }

    /** Variables of the beats in [fromSec, toSec): rate, AF burden, classes, short HRV set. */
    static Map<String, Object> window(HolterInput in, boolean[] af, NnSeries nn, double fromSec, double toSec) {
        double[] t = in.beatTimeSec();
        Map<String, Object> v = new LinkedHashMap<>();
        int a = SortedArrays.lowerBound(t, fromSec), b = SortedArrays.lowerBound(t, toSec);
        v.put("BEATS", b - a);
        RateStats.put(in, fromSec, toSec, v);
        v.put("AF_BURDEN_PCT", afBurdenPct(in, af, a, b, fromSec, toSec));
        if (in.classes() != null) {
            int[] k = classCounts(in.classes(), a, b);
            v.put("V_BEATS", k[2]);
            v.put("S_BEATS", k[1]);
        } else {
            v.put("V_BEATS", Double.NaN);
            v.put("S_BEATS", Double.NaN);
        }
        HrvVariables.shortSet(nn.slice(fromSec, toSec), v);
        return v;
    }

    private static List<Map<String, Object>> hourly(HolterInput in, boolean[] af, NnSeries nn) {
        List<Map<String, Object>> rows = new ArrayList<>();
        // align hours to the clock when the start time is known
        double offset = in.startClock().map(lt -> (double) (lt.toSecondOfDay() % 3600)).orElse(0.0);
        double start = -offset;
        for (int h = 0; start + h * 3600.0 < in.durationSec(); h++) {
            double from = Math.max(0, start + h * 3600.0);
            double to = Math.min(in.durationSec(), start + (h + 1) * 3600.0);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("HOUR", h);
            row.put("START_S", from);
            row.put("END_S", to);
            in.startClock().ifPresent(lt -> row.put("CLOCK", lt.plusSeconds((long) from).withSecond(0).toString()));
            row.putAll(window(in, af, nn, from, to));
            rows.add(row);
        }
        return rows;
    }

    /**
     * One row per 24 h from the start (day 1, day 2, ...), for recordings longer than a day: the
     * hourly variables over the day, its analysable hours and its pauses (multi-day patch and Holter
     * reports give each day of wear).
     */
    private static List<Map<String, Object>> daily(HolterInput in, boolean[] af, NnSeries nn, List<RhythmEvent> events) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (in.durationSec() <= 86400) {
            return rows;
        }
        for (int d = 0; d * 86400.0 < in.durationSec(); d++) {
            double from = d * 86400.0, to = Math.min(in.durationSec(), from + 86400.0);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("DAY", d + 1);
            row.put("START_S", from);
            row.put("END_S", to);
            in.startClock().ifPresent(lt -> row.put("CLOCK", lt.withSecond(0).toString()));
            row.put("ANALYSABLE_H", in.analysableSec(from, to) / 3600.0);
            row.putAll(window(in, af, nn, from, to));
            int pauses = 0;
            for (RhythmEvent e : events) {
                pauses += e.type().equals("PAUSE_2S") && e.onsetSec() >= from && e.onsetSec() < to ? 1 : 0;
            }
            row.put("PAUSE_2S_N", pauses);
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Map<String, Object>> periods(HolterInput in, boolean[] af, NnSeries nn) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (in.startClock().isPresent()) {
            LocalTime st = in.startClock().get();
            out.put("NIGHT", clockPeriod(in, af, nn, st, NIGHT_FROM_H, NIGHT_TO_H));
            out.put("DAY", clockPeriod(in, af, nn, st, DAY_FROM_H, DAY_TO_H));
        }
        return out;
    }

    /** Variables of the first occurrence of the clock interval [fromH, toH) within the recording. */
    private static Map<String, Object> clockPeriod(HolterInput in, boolean[] af, NnSeries nn, LocalTime st, int fromH,
                                                   int toH) {
        double startOfDay = st.toSecondOfDay();
        double firstFrom = fromH * 3600.0 - startOfDay;
        if (firstFrom + (toH - fromH) * 3600.0 <= 0) {
            firstFrom += 86400;
        }
        double from = Math.max(0, firstFrom);
        double to = Math.min(in.durationSec(), firstFrom + (toH - fromH) * 3600.0);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("START_S", from);
        v.put("END_S", Math.max(from, to));
        if (to > from) {
            v.putAll(window(in, af, nn, from, to));
        }
        return v;
    }

    private static Map<String, Map<String, Object>> stages(HolterInput in, boolean[] af, NnSeries nn) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        String[] st = in.stages();
        if (st == null) {
            return out;
        }
        for (String stage : new String[] {"W", "N1", "N2", "N3", "REM"}) {
            out.put(stage, StageSubset.variables(in, af, nn, stage));
        }
        return out;
    }
}
