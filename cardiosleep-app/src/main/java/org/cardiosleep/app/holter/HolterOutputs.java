package org.cardiosleep.app.holter;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cardiosleep.app.report.Numbers;
import org.cardiosleep.io.wfdb.AnnotationCodes;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationWriter;
import org.cardiosleep.pheno.holter.HolterResult;
import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.signal.rhythm.BeatLabels;
import org.cardiosleep.signal.rhythm.RhythmEvent;

/** Writes the Holter outputs: holter.json, beats.csv, events.csv and a WFDB annotation file. */
final class HolterOutputs {
    private HolterOutputs() {
    }

    /** The text of {@code holter.json}. */
    static String json(Map<String, Object> header, HolterResult r, Function<RhythmEvent, String> secondLead) {
        Map<String, Object> m = new LinkedHashMap<>(header);
        m.put("variables", clean(r.variables()));
        m.put("hourly", r.hourly().stream().map(HolterOutputs::clean).toList());
        m.put("daily", r.daily().stream().map(HolterOutputs::clean).toList());
        Map<String, Object> periods = new LinkedHashMap<>();
        r.periods().forEach((k, v) -> periods.put(k, clean(v)));
        m.put("periods", periods);
        Map<String, Object> stages = new LinkedHashMap<>();
        r.stages().forEach((k, v) -> stages.put(k, clean(v)));
        m.put("stages", stages);
        List<Map<String, Object>> ev = new ArrayList<>();
        for (RhythmEvent e : r.events()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", e.type());
            row.put("onset_s", round(e.onsetSec()));
            row.put("offset_s", round(e.offsetSec()));
            row.put("duration_s", round(e.durationSec()));
            row.put("beats", e.beats());
            row.put("rate_bpm", finite(round(e.rateBpm())));
            String lead = secondLead.apply(e);
            if (lead != null) {
                row.put("second_lead", lead);
            }
            ev.add(row);
        }
        m.put("events", ev);
        return org.cardiosleep.app.analyze.JsonText.write(m) + "\n";
    }

    /** NaN and infinities become null (JSON has no NaN); doubles rounded to 6 significant decimals. */
    static Map<String, Object> clean(Map<String, Object> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, v instanceof Double d ? finite(round(d)) : v));
        return out;
    }

    private static Object finite(double d) {
        return Double.isFinite(d) ? d : null;
    }

    private static double round(double d) {
        if (!Double.isFinite(d)) {
            return d;
        }
        return Math.round(d * 1e6) / 1e6;
    }

    static void beatsCsv(Path file, long[] samples, double[] t, byte[] classes, HolterResult r, SignalLoss loss)
            throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("time_s,sample,class,rr_ms,hr_bpm,flags\n");
            StringBuilder sb = new StringBuilder(64);
            for (int i = 0; i < t.length; i++) {
                sb.setLength(0);
                // hand-made fixed-point text: String.format would cost more than the whole analysis here
                sb.append(Numbers.padded(t[i], 4)).append(',').append(samples[i]).append(',');
                sb.append(classes == null ? "U" : String.valueOf((char) classes[i])).append(',');
                boolean acrossLoss = i > 0 && loss.spans(t[i - 1], t[i]);
                if (i > 0 && !acrossLoss) {
                    double rr = (t[i] - t[i - 1]) * 1000;
                    sb.append(Numbers.padded(rr, 1)).append(',').append(Numbers.padded(60000 / rr, 2));
                } else {
                    sb.append(',');
                }
                sb.append(',');
                boolean any = false;
                if (r.afBeat()[i]) {
                    sb.append("AF");
                    any = true;
                }
                if (r.nnBeat()[i]) {
                    sb.append(any ? ";" : "").append("NN");
                    any = true;
                }
                if (acrossLoss) {
                    sb.append(any ? ";" : "").append("LOSS");
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        }
    }

    /**
     * {@code secondLead} says, per event, what a second ECG lead made of it ("confirmed",
     * "unchecked"), or null when there is nothing to say; it becomes {@code second_lead=…} in the details.
     */
    static void eventsCsv(Path file, List<RhythmEvent> events, Function<RhythmEvent, String> secondLead) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("type,onset_s,offset_s,duration_s,details\n");
            for (RhythmEvent e : events) {
                String lead = secondLead.apply(e);
                w.write(e.type() + "," + Numbers.padded(e.onsetSec(), 3) + "," + Numbers.padded(e.offsetSec(), 3) + ","
                        + Numbers.padded(e.durationSec(), 3) + ",beats=" + e.beats() + ";rate_bpm="
                        + (Double.isFinite(e.rateBpm()) ? Numbers.padded(e.rateBpm(), 1) : Double.toString(e.rateBpm()))
                        + (lead == null ? "" : ";second_lead=" + lead) + "\n");
            }
        }
    }

    /**
     * Beat annotations (class → WFDB code: N→N, S→A, V→V, F→F, Q→Q, unclassified→N) with rhythm
     * annotations "(AFIB" / "(N" at every change of the AF decision, at the time of the first beat
     * of the new rhythm; and WFDB noise annotations around each {@code SIGNAL_LOSS} event
     * ({@code ~} with subtype −1, all signals unreadable, at its start; subtype 0, clean, at its end).
     */
    static void annotations(Path file, long[] samples, byte[] classes, boolean[] af, List<RhythmEvent> events,
                            double fs) throws Exception {
        List<WfdbAnnotation> list = new ArrayList<>(samples.length + 16);
        List<long[]> loss = new ArrayList<>();
        for (RhythmEvent e : events) {
            if (e.type().equals("SIGNAL_LOSS")) {
                loss.add(new long[] {Math.round(e.onsetSec() * fs), Math.round(e.offsetSec() * fs)});
            }
        }
        int next = 0;
        boolean inAf = false;
        for (int i = 0; i <= samples.length; i++) {
            // noise marks before the first beat at or after them, in time order
            long until = i < samples.length ? samples[i] : Long.MAX_VALUE;
            while (next < 2 * loss.size() && loss.get(next / 2)[next % 2] <= until) {
                list.add(new WfdbAnnotation(loss.get(next / 2)[next % 2], AnnotationCodes.NOISE, next % 2 == 0 ? -1 : 0,
                        0, 0, ""));
                next++;
            }
            if (i == samples.length) {
                break;
            }
            if (i == 0 || af[i] != inAf) {
                inAf = af[i];
                list.add(new WfdbAnnotation(samples[i], AnnotationCodes.RHYTHM, 0, 0, 0, inAf ? "(AFIB" : "(N"));
            }
            list.add(new WfdbAnnotation(samples[i], code(classes == null ? BeatLabels.UNCLASSIFIED : classes[i]), 0, 0, 0,
                    ""));
        }
        Files.write(file, WfdbAnnotationWriter.encode(list));
    }

    private static int code(byte c) {
        return switch (c) {
            case BeatLabels.S -> AnnotationCodes.APC;
            case BeatLabels.V -> AnnotationCodes.PVC;
            case BeatLabels.F -> AnnotationCodes.FUSION;
            case BeatLabels.Q -> AnnotationCodes.UNKNOWN;
            default -> AnnotationCodes.NORMAL;
        };
    }
}
