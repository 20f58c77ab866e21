package org.cardiosleep.pheno.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every whole-night variable of {@code summary.json}, with its unit and definition: the names are
 * stable (researchers' scripts rely on them), the same for every recording, and a variable that
 * could not be computed is present with value null.
 */
public final class VariableCatalog {

    /** One documented variable. */
    public record Variable(String name, String unit, String group, String definition) {
    }

    /** Stage names used in per-stage variables, in table order. */
    public static final String[] STAGES = {"Wake", "Light", "Deep", "Rem"};

    private static final Map<String, Variable> ALL = new LinkedHashMap<>();

    static {
        String g = "recording";
        add("recordingDurationMin", "min", g, "Duration of the recording.");
        add("ecgUsableMin", "min", g, "Minutes of ECG that are neither flat (peak-to-peak < 0.05 mV per second) nor saturated (> 10 mV).");
        add("ecgUsablePct", "%", g, "ecgUsableMin over recordingDurationMin.");
        g = "heart rate";
        add("beatCount", "beats", g, "Beats detected.");
        add("meanHrBpm", "bpm", g, "Mean of the per-epoch heart rates (NN intervals, see epochs.csv).");
        add("minHrBpm", "bpm", g, "Lowest per-epoch heart rate.");
        add("maxHrBpm", "bpm", g, "Highest per-epoch heart rate.");
        add("epochRmssdMedianMs", "ms", g, "Median over epochs of the per-epoch RMSSD (Task Force 1996).");
        add("epochSdnnMedianMs", "ms", g, "Median over epochs of the per-epoch SDNN.");
        add("longestRrSec", "s", g, "Longest interval between consecutive detected beats in usable ECG.");
        add("fastest10BeatHrBpm", "bpm", g, "Highest heart rate over 10 consecutive beats (9 intervals) in usable ECG.");
        g = "holter";
        add("ventricularBeats", "beats", g, "Ventricular ectopic beats (AAMI class V).");
        add("ventricularPerHour", "/h", g, "Ventricular ectopic beats per hour of usable ECG.");
        add("ventricularBurdenPct", "%", g, "Ventricular ectopic beats over all beats.");
        add("supraventricularBeats", "beats", g, "Supraventricular ectopic beats (AAMI class S).");
        add("supraventricularPerHour", "/h", g, "Supraventricular ectopic beats per hour of usable ECG.");
        add("supraventricularBurdenPct", "%", g, "Supraventricular ectopic beats over all beats.");
        add("afBurdenPct", "%", g, "Time in atrial fibrillation over usable ECG time.");
        add("afEpisodes", "count", g, "Atrial fibrillation episodes.");
        add("pauses", "count", g, "Pauses (RR interval at or above the pause threshold).");
        add("longestPauseSec", "s", g, "Longest pause.");
        add("ventricularRuns", "count", g, "Runs of 3 or more consecutive ventricular beats.");
        add("fastestVentricularRunBpm", "bpm", g, "Rate of the fastest ventricular run.");
        g = "sleep";
        add("timeInBedMin", "min", g, "Recording (lights-off to lights-on) time, from the first to the last staged epoch.");
        add("totalSleepTimeMin", "min", g, "TST: epochs staged light, deep or REM.");
        add("sleepEfficiencyPct", "%", g, "TST over time in bed.");
        add("sleepOnsetLatencyMin", "min", g, "SOL: time to the first sleep epoch.");
        add("wasoMin", "min", g, "Wake after sleep onset, until the last sleep epoch.");
        add("remLatencyMin", "min", g, "From sleep onset to the first REM epoch.");
        add("awakenings", "count", g, "Wake bouts after sleep onset (before the last sleep epoch).");
        add("stageTransitions", "count", g, "Changes of stage between consecutive epochs.");
        for (String s : STAGES) {
            add(lc(s) + "Min", "min", g, "Minutes staged " + s + ".");
            add(lc(s) + "Pct", "%", g, s + " minutes over time in bed (Wake) or over TST (sleep stages).");
        }
        g = "apnea";
        add("apneaMinutes", "min", g, "Minutes with sleep apnea detected from the ECG.");
        add("ahiEstimate", "/h", g, "Apnea-hypopnea index estimated from the ECG.");
        g = "oximetry";
        add("spo2MeanPct", "%", g, "Mean SpO2 over valid samples (50-100 %) of sleep, or of the recording when unstaged.");
        add("spo2MinPct", "%", g, "Lowest valid SpO2 (same selection).");
        add("t90Min", "min", g, "T90: minutes with SpO2 below 90 % (same selection).");
        add("t90Pct", "%", g, "T90 over valid minutes.");
        add("t88Min", "min", g, "Minutes with SpO2 below 88 %.");
        add("desat3Count", "count", g, "Desaturations ≥ 3 % (AASM; baseline = max of preceding 120 s; 10-120 s), nadir in the selection.");
        add("desat4Count", "count", g, "Desaturations ≥ 4 % (same rules).");
        add("odi3PerHour", "/h", g, "ODI 3 %: desat3Count over odiDenominatorHours.");
        add("odi4PerHour", "/h", g, "ODI 4 %: desat4Count over odiDenominatorHours.");
        add("odiDenominatorHours", "h", g, "Total sleep time when the night is staged, else valid SpO2 time.");
        add("hypoxicBurdenPctMinPerHour", "%·min/h", g, "Hypoxic burden (Azarbarzin 2019): area under the pre-event baseline in the event-specific window, over the ODI denominator hours.");
        add("hypoxicBurdenAreaPctMin", "%·min", g, "Total desaturation area behind the hypoxic burden.");
        g = "cardio-sleep";
        for (String s : STAGES) {
            add("hr" + s + "Bpm", "bpm", g, "Mean per-epoch heart rate in " + s + " epochs.");
            add("rmssd" + s + "Ms", "ms", g, "Median per-epoch RMSSD in " + s + " epochs.");
            add("ventricularPerHour" + s, "/h", g, "Ventricular ectopic beats per hour of " + s + ".");
            add("supraventricularPerHour" + s, "/h", g, "Supraventricular ectopic beats per hour of " + s + ".");
            add("desat3PerHour" + s, "/h", g, "Desaturations ≥ 3 % (by nadir time) per hour of " + s + ".");
        }
    }

    private VariableCatalog() {
    }

    private static String lc(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static void add(String name, String unit, String group, String definition) {
        if (ALL.put(name, new Variable(name, unit, group, definition)) != null) {
            throw new IllegalStateException("duplicate variable " + name);
        }
    }

    /** All variables in document order. */
    public static List<Variable> all() {
        return Collections.unmodifiableList(new ArrayList<>(ALL.values()));
    }

    public static boolean contains(String name) {
        return ALL.containsKey(name);
    }

    public static Variable get(String name) {
        Variable v = ALL.get(name);
        if (v == null) {
            throw new IllegalArgumentException("undocumented variable " + name);
        }
        return v;
    }

    /** A new ordered map with every variable set to NaN (not available). */
    public static Map<String, Double> emptyValues() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String k : ALL.keySet()) {
            m.put(k, Double.NaN);
        }
        return m;
    }

    /** The catalog as a Markdown table (docs/VARIABLES.md is this text). */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Variables of `summary.json`\n\n")
                .append("Generated from `VariableCatalog`; a variable that could not be computed is `null`.\n\n")
                .append("| name | unit | group | definition |\n|---|---|---|---|\n");
        for (Variable v : ALL.values()) {
            b.append("| `").append(v.name()).append("` | ").append(v.unit()).append(" | ").append(v.group())
                    .append(" | ").append(v.definition()).append(" |\n");
        }
        return b.toString();
    }
}
