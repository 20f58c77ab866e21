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
    public record Variable(String name, String label, String unit, String group, String definition) {
    }

    /** Stage names used in per-stage variables, in table order. */
    public static final String[] STAGES = {"Wake", "Light", "Deep", "Rem"};

    private static final Map<String, Variable> ALL = new LinkedHashMap<>();

    static {
        String g = "recording";
        add("recordingDurationMin", "Recording duration", "min", g, "Duration of the recording.");
        add("ecgUsableMin", "Usable ECG", "min", g, "Minutes of ECG that are neither flat (peak-to-peak < 0.05 mV per second), nor beyond 10 mV peak-to-peak, nor clipped (10 % or more of the second at the digital limits).");
        add("ecgUsablePct", "Usable ECG (share)", "%", g, "ecgUsableMin over recordingDurationMin.");
        g = "heart rate";
        add("beatCount", "Beats detected", "beats", g, "Beats detected.");
        add("meanHrBpm", "Mean heart rate", "bpm", g, "Mean of the per-epoch heart rates (NN intervals, see epochs.csv).");
        add("minHrBpm", "Lowest heart rate (epoch)", "bpm", g, "Lowest per-epoch heart rate.");
        add("maxHrBpm", "Highest heart rate (epoch)", "bpm", g, "Highest per-epoch heart rate.");
        add("epochRmssdMedianMs", "RMSSD, median of epochs", "ms", g, "Median over epochs of the per-epoch RMSSD (Task Force 1996).");
        add("epochSdnnMedianMs", "SDNN, median of epochs", "ms", g, "Median over epochs of the per-epoch SDNN.");
        add("longestRrSec", "Longest RR interval", "s", g, "Longest interval between consecutive detected beats in usable ECG.");
        add("fastest10BeatHrBpm", "Fastest 10 beats", "bpm", g, "Highest heart rate over 10 consecutive beats (9 intervals) in usable ECG.");
        g = "hrv";
        add("nnCount", "NN intervals", "intervals", g, "NN intervals kept: both beats normal or unclassified, not in AF, 300-2000 ms, within 20 % of the running reference (Holter analysis).");
        add("sdnnMs", "SDNN", "ms", g, "SDNN over the whole recording (Task Force 1996).");
        add("rmssdMs", "RMSSD", "ms", g, "RMSSD of adjacent NN intervals over the whole recording.");
        add("pnn50Pct", "pNN50", "%", g, "Adjacent NN differences above 50 ms.");
        add("vlfMs2", "VLF power", "ms²", g, "VLF power 0.0033-0.04 Hz, mean of 5-min Welch windows (4 Hz spline resampling).");
        add("lfMs2", "LF power", "ms²", g, "LF power 0.04-0.15 Hz.");
        add("hfMs2", "HF power", "ms²", g, "HF power 0.15-0.4 Hz.");
        add("lfHfRatio", "LF/HF ratio", "ratio", g, "LF / HF.");
        g = "holter";
        add("ventricularBeats", "Ventricular ectopic beats", "beats", g, "Ventricular ectopic beats (AAMI class V).");
        add("ventricularPerHour", "Ventricular ectopy per hour", "/h", g, "Ventricular ectopic beats per hour of usable ECG.");
        add("ventricularBurdenPct", "Ventricular burden", "%", g, "Ventricular ectopic beats over all beats.");
        add("supraventricularBeats", "Supraventricular ectopic beats", "beats", g, "Supraventricular ectopic beats (AAMI class S) outside atrial fibrillation: beats of detected AF/AFL episodes count as N.");
        add("supraventricularPerHour", "Supraventricular ectopy per hour", "/h", g, "Supraventricular ectopic beats per hour of usable ECG.");
        add("supraventricularBurdenPct", "Supraventricular burden", "%", g, "Supraventricular ectopic beats over all beats.");
        add("afBurdenPct", "AF burden", "%", g, "Time in atrial fibrillation over usable ECG time.");
        add("afEpisodes", "AF episodes", "count", g, "Atrial fibrillation episodes.");
        add("pauses", "Pauses", "count", g, "Pauses: RR intervals of 2 s or more in usable ECG (Holter analysis).");
        add("longestPauseSec", "Longest pause", "s", g, "Longest pause; 0 when there is none.");
        add("pausesDoubtful", "Doubtful pauses", "count", g, "Gaps of 2 s or more between beats whose ECG baseline "
                + "swung more than a QRS complex inside, so beats may be lost there: listed as events, not counted "
                + "as pauses.");
        add("ventricularRuns", "Ventricular runs", "count", g, "Runs of 3 or more consecutive ventricular beats.");
        add("fastestVentricularRunBpm", "Fastest ventricular run", "bpm", g, "Rate of the fastest ventricular run.");
        g = "sleep";
        add("timeInBedMin", "Time in bed", "min", g, "TIB: all epochs from lights off (recording start) to lights on (SleepMetrics, AASM 2012 / Luna HYPNO).");
        add("totalSleepTimeMin", "Total sleep time (TST)", "min", g, "TST: minutes of epochs staged light (N1+N2), deep (N3) or REM.");
        add("sleepEfficiencyPct", "Sleep efficiency", "%", g, "TST over time in bed.");
        add("sleepOnsetLatencyMin", "Sleep onset latency", "min", g, "SOL: minutes from lights off to the first sleep epoch.");
        add("wasoMin", "Wake after sleep onset (WASO)", "min", g, "WASO: wake minutes between sleep onset and the end of the last sleep epoch.");
        add("remLatencyMin", "REM latency", "min", g, "Minutes from sleep onset to the first REM epoch.");
        add("awakenings", "Awakenings", "count", g, "Runs of consecutive wake epochs within the sleep period.");
        add("stageTransitions", "Stage transitions", "count", g, "Adjacent pairs of scored epochs whose 4-class stages differ (N1 and N2 are one class from the ECG).");
        for (String s : STAGES) {
            String shown = s.equals("Rem") ? "REM" : s;
            add(lc(s) + "Min", s.equals("Wake") ? "Wake" : shown + " sleep", "min", g, "Minutes staged " + shown + ".");
            add(lc(s) + "Pct", shown + " share", "%", g, shown + " minutes over time in bed (Wake) or over TST (sleep stages).");
        }
        g = "apnea";
        add("apneaMinutes", "Apnea minutes", "min", g, "Minutes classified as apnea by the ECG apnea detector (per-minute, Apnea-ECG protocol).");
        add("ahiEstimate", "Apnea-minute index (AHI surrogate)", "/h", g, "Apnea minutes per hour of recording: the ECG surrogate of the AHI (Penzel et al. 2000).");
        g = "coupling";
        add("cpcWindows", "Coupling windows in sleep", "windows", g, "Cardiopulmonary coupling (after Thomas et al. 2005): 8.5-min windows, advanced by 2.1 min, of the cleaned NN intervals against the ECG-derived respiration (R amplitude of normal beats), whose centre lies in a sleep epoch (every window when the night is not staged) and that overlap no detected AF episode.");
        add("cpcHfcSharePct", "High-frequency coupling share", "%", g, "Mean over those windows of the coupling (coherence x cross-power) in 0.1-0.4 Hz over that in 0.0039-0.4 Hz: the share of stable, respiration-locked coupling. A continuous measure; the categorical HFC/LFC/VLFC scoring of the literature is not applied.");
        add("cpcLogHfcLfc", "HFC/LFC ratio (log10)", "log10", g, "Median over those windows of log10(coupling in 0.1-0.4 Hz / coupling in 0.01-0.1 Hz); high in stable NREM sleep, low in unstable sleep and periodic breathing.");
        add("respRatePerMin", "Breathing rate (ECG-derived)", "/min", g, "Median over sleep epochs (every epoch when unstaged) of the breathing rate from the ECG-derived respiration: the largest spectral peak at 6-36 /min of the R-amplitude series in the 64-s window centred on the epoch, kept when it holds at least half the band's power.");
        add("respRateCoveragePct", "Breathing rate coverage", "%", g, "Share of those epochs with a breathing rate (a clear, regular respiratory modulation).");
        g = "oximetry";
        add("spo2MeanPct", "Mean SpO2", "%", g, "Mean SpO2 over valid samples (50-100 %) of sleep, or of the recording when unstaged.");
        add("spo2MinPct", "Lowest SpO2", "%", g, "Lowest valid SpO2 (same selection).");
        add("t90Min", "T90 (time below 90 %)", "min", g, "T90: minutes with SpO2 below 90 % (same selection).");
        add("t90RecordingMin", "T90 over the recording", "min", g, "Minutes with SpO2 below 90 % over every valid sample, staged or not (oximetry-only convention).");
        add("t90Pct", "T90 (share)", "%", g, "T90 over valid minutes.");
        add("t88Min", "T88 (time below 88 %)", "min", g, "Minutes with SpO2 below 88 %.");
        add("desat3Count", "Desaturations ≥ 3 %", "count", g, "Desaturations ≥ 3 % (AASM; baseline = max of preceding 120 s; 10-120 s), nadir in the selection.");
        add("desat4Count", "Desaturations ≥ 4 %", "count", g, "Desaturations ≥ 4 % (same rules).");
        add("odi3PerHour", "ODI 3 %", "/h", g, "ODI 3 %: desat3Count over odiDenominatorHours.");
        add("odi4PerHour", "ODI 4 %", "/h", g, "ODI 4 %: desat4Count over odiDenominatorHours.");
        add("odiDenominatorHours", "ODI denominator", "h", g, "Total sleep time when the night is staged, else valid SpO2 time.");
        add("hypoxicBurdenPctMinPerHour", "Hypoxic burden", "%·min/h", g, "Hypoxic burden (Azarbarzin 2019): area under the pre-event baseline in the event-specific window, over the ODI denominator hours.");
        add("hypoxicBurdenAreaPctMin", "Desaturation area", "%·min", g, "Total desaturation area behind the hypoxic burden.");
        g = "cardio-sleep";
        for (String s : STAGES) {
            String shown = s.equals("Rem") ? "REM" : s;
            add("hr" + s + "Bpm", "Heart rate, " + shown, "bpm", g, "Mean per-epoch heart rate in " + shown + " epochs.");
            add("rmssd" + s + "Ms", "RMSSD, " + shown, "ms", g, "Median per-epoch RMSSD in " + shown + " epochs.");
            add("ventricularPerHour" + s, "Ventricular ectopy per hour, " + shown, "/h", g, "Ventricular ectopic beats per hour of " + shown + ".");
            add("supraventricularPerHour" + s, "Supraventricular ectopy per hour, " + shown, "/h", g, "Supraventricular ectopic beats per hour of " + shown + ".");
            add("desat3PerHour" + s, "Desaturations ≥ 3 % per hour, " + shown, "/h", g, "Desaturations ≥ 3 % (by nadir time) per hour of " + shown + ".");
        }
    }

    private VariableCatalog() {
    }

    private static String lc(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static void add(String name, String label, String unit, String group, String definition) {
        if (ALL.put(name, new Variable(name, label, unit, group, definition)) != null) {
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
                .append("| name | label | unit | group | definition |\n|---|---|---|---|---|\n");
        for (Variable v : ALL.values()) {
            b.append("| `").append(v.name()).append("` | ").append(v.label()).append(" | ").append(v.unit()).append(" | ").append(v.group())
                    .append(" | ").append(v.definition()).append(" |\n");
        }
        return b.toString();
    }
}
