package org.cardiosleep.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.VariableCatalog;
import org.cardiosleep.pheno.beats.ShippedModelValidation;

/** The words and numbers of the report (cards and tables), shared by the HTML and PDF renderers. */
final class ReportModel {
    static final String NA = "not available";

    record Card(String label, String value, String variable) {
    }

    record Table(String id, String title, String[] header, List<String[]> rows, String note) {
    }

    private ReportModel() {
    }

    static List<Card> cards(NightAnalysis a) {
        List<Card> c = new ArrayList<>();
        c.add(card(a, "Total sleep time", "totalSleepTimeMin"));
        c.add(card(a, "Sleep efficiency", "sleepEfficiencyPct"));
        c.add(card(a, "Mean heart rate", "meanHrBpm"));
        c.add(card(a, "RMSSD", "rmssdMs"));
        c.add(card(a, "ODI 4 %", "odi4PerHour"));
        c.add(card(a, "T90", "t90Min"));
        c.add(card(a, "Hypoxic burden", "hypoxicBurdenPctMinPerHour"));
        c.add(card(a, "Apnea minutes / h (ECG)", "ahiEstimate"));
        c.add(card(a, "Ventricular ectopy", "ventricularPerHour"));
        c.add(card(a, "AF burden", "afBurdenPct"));
        return c;
    }

    private static Card card(NightAnalysis a, String label, String var) {
        return new Card(label, value(a, var), var);
    }

    /** The value with its unit, or "not available". */
    static String value(NightAnalysis a, String var) {
        double v = a.value(var);
        String unit = VariableCatalog.get(var).unit();
        if (!Double.isFinite(v)) {
            return NA;
        }
        return number(v, unit) + (unit.isEmpty() || unit.equals("count") || unit.equals("beats")
                || unit.equals("intervals") || unit.equals("ratio") ? "" : " " + unit);
    }

    static String number(double v, String unit) {
        int decimals = switch (unit) {
            case "count", "beats", "intervals", "windows", "ms²" -> 0;
            case "ratio", "s" -> 2;
            default -> 1;
        };
        return Numbers.grouped(v, decimals);
    }

    /** AF burden (% of the recording) from which the sleep and apnea tables carry {@link #afCaveat}. */
    static final double AF_CAVEAT_PCT = 5;

    /**
     * A sentence for the sleep and apnea tables when atrial fibrillation takes {@value #AF_CAVEAT_PCT} % of the
     * recording or more (empty otherwise): the stager and the apnea detector read the heart-rate patterns of
     * sinus rhythm, which AF replaces with an irregular ventricular response.
     */
    static String afCaveat(NightAnalysis a) {
        double pct = a.value("afBurdenPct");
        if (!(pct >= AF_CAVEAT_PCT)) {
            return "";
        }
        double min = pct / 100 * a.value("recordingDurationMin");
        return " Atrial fibrillation for " + Math.round(min) + " min (" + Math.round(pct) + " % of the recording): "
                + "stages and apnea minutes there are unreliable, since both are read from the heart-rate patterns of "
                + "sinus rhythm.";
    }

    static List<Table> tables(NightAnalysis a) {
        List<Table> t = new ArrayList<>();
        String afNote = afCaveat(a);
        t.add(varTable(a, "sleep-table", "Sleep", "sleep", "Sleep stages from the ECG: 4 classes (wake, light N1+N2, "
                + "deep N3, REM), 30-s epochs (AASM 2012)." + afNote));
        t.add(varTable(a, "hr-table", "Heart rate and heart-rate variability", "heart rate", ""));
        Table hrv = varTable(a, "hrv-table", "HRV, whole recording (Task Force 1996)", "hrv", "");
        t.add(hrv);
        t.add(varTable(a, "holter-table", "Arrhythmia (Holter)", "holter",
                a.has("beatClasses") ? ShippedModelValidation.reportNote() : ""));
        t.add(varTable(a, "apnea-table", "Sleep apnea (ECG)", "apnea", afNote.strip()));
        t.add(varTable(a, "coupling-table", "Breathing and cardiopulmonary coupling (ECG)", "coupling", "From the "
                + "ECG-derived respiration (R amplitude): breathing rate per epoch, and its coupling with the NN "
                + "intervals in 8.5-min windows of sleep (after Thomas 2005); continuous measures, no categorical "
                + "scoring."));
        String oxNote = a.oximetry() == null ? "" : "Desaturations by AASM rules (drop from the maximum of the "
                + "preceding 120 s, 10-120 s). Indices per hour of " + (a.oximetry().sleepDenominator() ? "sleep"
                : "valid SpO2 recording (night not staged)") + ". Hypoxic burden (Azarbarzin 2019) anchored on "
                + a.oximetry().burdenAnchor() + ".";
        t.add(varTable(a, "oximetry-table", "Oximetry", "oximetry", oxNote));
        t.add(crossTable(a));
        List<String[]> parts = new ArrayList<>();
        for (Map.Entry<String, String> p : a.parts().entrySet()) {
            parts.add(new String[] {p.getKey(), p.getValue()});
        }
        t.add(new Table("parts-table", "Pipeline parts", new String[] {"part", "status"}, parts, ""));
        return t;
    }

    private static Table varTable(NightAnalysis a, String id, String title, String group, String note) {
        List<String[]> rows = new ArrayList<>();
        boolean any = false;
        for (VariableCatalog.Variable v : VariableCatalog.all()) {
            if (v.group().equals(group)) {
                String value = value(a, v.name());
                any |= !NA.equals(value);
                rows.add(new String[] {label(v), value, v.name()});
            }
        }
        if (!any) {
            // a whole part missing: one line saying why, rather than a column of "not available"
            String part = switch (group) {
                case "heart rate" -> "beats";
                default -> group;
            };
            return new Table(id, title, new String[] {"measure", "value", "variable"}, List.of(),
                    "Not available: " + Charts.reason(a, part) + ".");
        }
        return new Table(id, title, new String[] {"measure", "value", "variable"}, rows, note);
    }

    private static String label(VariableCatalog.Variable v) {
        return v.label();
    }

    private static Table crossTable(NightAnalysis a) {
        String[] header = {"stage", "minutes", "heart rate (bpm)", "RMSSD (ms)", "V ectopy /h", "S ectopy /h",
            "desaturations ≥3 % /h"};
        List<String[]> rows = new ArrayList<>();
        String[] names = {"Wake", "Light", "Deep", "REM"};
        for (int s = 0; s < VariableCatalog.STAGES.length; s++) {
            String st = VariableCatalog.STAGES[s];
            String lc = Character.toLowerCase(st.charAt(0)) + st.substring(1);
            rows.add(new String[] {names[s], bare(a, lc + "Min", "min"), bare(a, "hr" + st + "Bpm", "bpm"),
                bare(a, "rmssd" + st + "Ms", "ms"), bare(a, "ventricularPerHour" + st, "/h"),
                bare(a, "supraventricularPerHour" + st, "/h"), bare(a, "desat3PerHour" + st, "/h")});
        }
        String note = a.epochs().staged() ? "Per sleep stage of the ECG hypnogram."
                : "Needs sleep staging, which is not available: " + Charts.reason(a, "sleep") + ".";
        return new Table("cross-table", "Cardio-sleep cross-table", header, rows, note);
    }

    private static String bare(NightAnalysis a, String var, String unit) {
        double v = a.value(var);
        return Double.isFinite(v) ? number(v, unit) : "–";
    }
}
