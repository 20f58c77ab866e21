package org.cardiosleep.app.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.signal.sim.SimTruth;
import org.cardiosleep.signal.sim.SimulatedNight;

/**
 * The demo's headline numbers beside the simulation's truth, each with a documented tolerance
 * (also listed in the README and checked by DemoCommandTest):
 * <ul>
 * <li>beats in usable ECG: ±1 %; usable ECG: ±1 min; heart rate (beats per usable minute): ±1 bpm;</li>
 * <li>longest RR interval (the simulated sinus pause): ±0.05 s;</li>
 * <li>desaturations ≥ 3 % and ≥ 4 % over the recording: ±10 % (at least ±2); T90 over the recording: ±1 min;</li>
 * <li>ventricular beats: ±10 %; AF burden: ±2 points.</li>
 * <li>sleep (TST, efficiency, N3, REM), apnea minutes per hour, and ODI per hour of sleep (whose
 *     denominator is the ECG-staged sleep) depend on models trained on real recordings; on a
 *     simulated night they are printed for information, without a tolerance.</li>
 * </ul>
 * A measure whose part of the pipeline is not in the build is shown "not available".
 */
public final class DemoComparison {
    public enum Status { WITHIN, OUTSIDE, NOT_AVAILABLE, INFO }

    public record Row(String measure, String unit, double truth, double measured, double tolerance, Status status) {
    }

    private DemoComparison() {
    }

    public static List<Row> compare(SimulatedNight night, NightAnalysis a) {
        SimTruth t = night.truth();
        List<Row> rows = new ArrayList<>();
        rows.add(rel("Beats in usable ECG", "beats", t.beatsInUsableEcg(), a.value("beatCount"), 0.01, 0));
        rows.add(abs("Usable ECG", "min", t.usableEcgMin(), a.value("ecgUsableMin"), 1));
        rows.add(abs("Heart rate (beats per usable minute)", "bpm", t.beatsInUsableEcg() / t.usableEcgMin(),
                a.value("beatCount") / a.value("ecgUsableMin"), 1));
        rows.add(abs("Longest RR interval (sinus pause)", "s", t.longestPauseSec(), a.value("longestRrSec"), 0.05));
        // desaturations over the whole recording are checked; per hour of sleep they also depend on
        // the ECG stager (see below) and are shown for information
        double d3 = a.oximetry() == null ? Double.NaN : a.oximetry().desat3().size();
        double d4 = a.oximetry() == null ? Double.NaN : a.oximetry().desat4().size();
        rows.add(rel("Desaturations >= 3 % (recording)", "count", t.desat3Count(), d3, 0.10, 2));
        rows.add(rel("Desaturations >= 4 % (recording)", "count", t.desat4Count(), d4, 0.10, 2));
        rows.add(abs("T90 over the recording", "min", t.t90Min(), a.value("t90RecordingMin"), 1));
        // The stager and the apnea detector are models trained on real recordings (slpdb, Apnea-ECG);
        // the simulator's physiology is not theirs (and its AF episode lies in sleep), so on a
        // simulated night their output is shown beside the truth for information, not checked:
        // their accuracy is what `bench staging` and `bench apnea` measure on real data.
        rows.add(info("Total sleep time", "min", t.totalSleepTimeMin(), a.value("totalSleepTimeMin")));
        rows.add(info("Sleep efficiency", "%", t.sleepEfficiencyPct(), a.value("sleepEfficiencyPct")));
        rows.add(info("Deep sleep (N3)", "min", t.n3Min(), a.value("deepMin")));
        rows.add(info("REM sleep", "min", t.remMin(), a.value("remMin")));
        rows.add(info("Apnea minutes per hour", "/h", t.apneaMinutesPerHour(), a.value("ahiEstimate")));
        rows.add(info("ODI 3 % (per hour of sleep)", "/h", t.odi3(), a.value("odi3PerHour")));
        rows.add(info("ODI 4 % (per hour of sleep)", "/h", t.odi4(), a.value("odi4PerHour")));
        rows.add(rel("Ventricular ectopic beats", "beats", t.pvcCount(), a.value("ventricularBeats"), 0.10, 2));
        // the beat classifier is a model trained on real recordings (MIT-BIH DS1) as well; it calls
        // some sinus beats of the simulated heart-rate accelerations S, so its S count is shown, not checked
        rows.add(info("Supraventricular ectopic beats", "beats", t.pacCount(), a.value("supraventricularBeats")));
        rows.add(abs("AF burden", "%", t.afBurdenPct(), a.value("afBurdenPct"), 2));
        return rows;
    }

    private static Row info(String m, String unit, double truth, double measured) {
        return new Row(m, unit, truth, measured, Double.NaN,
                Double.isFinite(measured) ? Status.INFO : Status.NOT_AVAILABLE);
    }

    private static Row abs(String m, String unit, double truth, double measured, double tol) {
        return new Row(m, unit, truth, measured, tol, status(truth, measured, tol));
    }

    private static Row rel(String m, String unit, double truth, double measured, double frac, double floor) {
        double tol = Math.max(floor, frac * truth);
        return new Row(m, unit, truth, measured, tol, status(truth, measured, tol));
    }

    static Status status(double truth, double measured, double tol) {
        if (!Double.isFinite(measured)) {
            return Status.NOT_AVAILABLE;
        }
        return Math.abs(measured - truth) <= tol + 1e-9 ? Status.WITHIN : Status.OUTSIDE;
    }

    /** A plain-text table for the terminal. */
    public static String format(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-38s %12s %12s %12s  %s%n", "measure", "truth", "measured", "tolerance",
                "result"));
        for (Row r : rows) {
            String measured = Double.isFinite(r.measured()) ? num(r.measured()) : "n/a";
            String result = switch (r.status()) {
                case WITHIN -> "ok";
                case OUTSIDE -> "OUTSIDE";
                case NOT_AVAILABLE -> "not available";
                case INFO -> "info (model trained on real data)";
            };
            b.append(String.format(Locale.ROOT, "%-38s %12s %12s %12s  %s%n", r.measure() + " (" + r.unit() + ")",
                    num(r.truth()), measured, Double.isNaN(r.tolerance()) ? "-" : "±" + num(r.tolerance()), result));
        }
        return b.toString();
    }

    private static String num(double v) {
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
