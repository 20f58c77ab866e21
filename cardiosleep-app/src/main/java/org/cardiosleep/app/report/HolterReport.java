package org.cardiosleep.app.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cardiosleep.pheno.analyze.EcgStrip;
import org.cardiosleep.pheno.beats.ShippedModelValidation;
import org.cardiosleep.pheno.holter.HolterResult;
import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.signal.rhythm.BeatLabels;
import org.cardiosleep.signal.rhythm.RhythmEvent;

/**
 * The Holter report of {@code cardiosleep holter}: one self-contained HTML file (inline CSS and
 * SVG, no scripts, no external URLs) with the headline figures, the heart rate per minute, ectopy
 * per hour and an event timeline over the whole recording, ECG strips of the notable events, and
 * the tables a Holter report gives (rate and rhythm, ectopy, HRV, hour by hour, day and night,
 * sleep stages). Every number shown is a variable of {@code holter.json}, named in the tables.
 */
public final class HolterReport {
    private static final double WIDTH = HtmlReport.WIDTH;
    private static final String NA = "–";

    private HolterReport() {
    }

    /**
     * What the report shows.
     *
     * @param start     clock start of the recording, or null when unknown (elapsed time is shown)
     * @param dateKnown whether {@code start} carries the real date (else midnights read "day 2", ...)
     * @param strips    ECG strips (empty when the beats came without their signal)
     */
    public record Input(String record, String source, String format, String beatSource, String classSource,
                        LocalDateTime start, boolean dateKnown, double durationSec, double[] beatTimeSec,
                        HolterResult result, SignalLoss signalLoss, List<EcgStrip> strips) {
    }

    /** Renders the report. */
    public static String render(Input in, String version) {
        Map<String, Object> v = in.result().variables();
        StringBuilder b = new StringBuilder(64 * 1024);
        HtmlReport.head(b, "cardiosleep Holter report: " + in.record());
        b.append("<header><h1><span>cardiosleep</span> Holter report</h1><div class=\"meta\">")
                .append("<b>").append(esc(in.source())).append("</b> (").append(esc(in.format())).append(")<br>")
                .append(in.start() == null ? "start time unknown"
                        : "start " + esc(in.dateKnown() ? in.start().toString().replace('T', ' ')
                        : in.start().toLocalTime().toString()))
                .append(" · ").append(esc(HtmlReport.duration(in.durationSec()))).append(" recorded, ")
                .append(esc(HtmlReport.duration(3600 * num(v, "ANALYSABLE_H")))).append(" analysable<br>")
                .append(esc(in.beatSource())).append("<br>beat classes: ").append(esc(in.classSource()))
                .append("</div></header>\n");

        HtmlReport.cards(b, cards(in));

        Charts.TimeAxis ax = axis(in, WIDTH);
        b.append("<h2>The recording at a glance</h2><div class=\"panel\" id=\"overview\">");
        SvgCanvas hr = new SvgCanvas("hr-trend", "chart", WIDTH, 120, "Heart rate per minute");
        Charts.trend(hr, ax, minuteRates(in), 60, "Heart rate per minute", "bpm", Charts.HR, 120, true,
                "Heart rate not available: too few beats");
        b.append(hr.finish());
        SvgCanvas ect = new SvgCanvas("ectopy-per-hour", "chart", WIDTH, 110, "Ectopic beats per hour");
        ectopyBars(ect, ax, in, 110);
        b.append(ect.finish());
        SvgCanvas ev = new SvgCanvas("event-timeline", "chart", WIDTH, 150, "Event timeline");
        Charts.lanes(ev, ax, 150, lanes(in.result().events()));
        b.append(ev.finish());
        b.append("</div>\n");

        HtmlReport.strips(b, in.strips(), in.start(), in.durationSec());

        HtmlReport.tablesAndEnd(b, tables(in), java.util.Set.of("hourly-table", "daily-table"), version, "holter.json",
                "docs/holter-variables.md",
                "“–” marks a value that could not be computed (no beat classes, HRV during AF, too few beats). ");
        return b.toString();
    }

    /** Writes the PDF version (A4 landscape: cards and charts, strips, tables) to {@code out} (not closed). */
    public static void writePdf(Input in, String version, java.io.OutputStream out) throws Exception {
        PdfLayout l = PdfReport.layout();
        PdfReport.title(l, " Holter report", PdfReport.clean(provenance(in)));
        PdfReport.cards(l, cards(in));
        PdfReport.heading(l, "The recording at a glance");
        float[] rates = minuteRates(in);
        l.chart(80, 2, (c, wd, ht) -> Charts.trend(c, axis(in, wd), rates, 60, "Heart rate per minute", "bpm",
                Charts.HR, ht, true, "Heart rate not available: too few beats"));
        l.chart(70, 2, (c, wd, ht) -> ectopyBars(c, axis(in, wd), in, ht));
        l.chart(110, 2, (c, wd, ht) -> Charts.lanes(c, axis(in, wd), ht, lanes(in.result().events())));
        PdfReport.strips(l, in.strips(), in.start(), in.durationSec());
        PdfReport.tables(l, tables(in), "Generated by cardiosleep " + version + ". Every number is in holter.json under "
                + "the variable name shown; \"–\" marks a value that could not be computed. For research use; not a "
                + "medical device.");
        l.finish("cardiosleep Holter report: " + in.record(), "cardiosleep " + version, out);
    }

    private static Charts.TimeAxis axis(Input in, double width) {
        return new Charts.TimeAxis(in.durationSec(), in.start(), in.dateKnown(), width);
    }

    /** Source, format, start, recorded and analysable time, beat and class sources, on one line. */
    private static String provenance(Input in) {
        Map<String, Object> v = in.result().variables();
        return in.source() + " (" + in.format() + ") · " + (in.start() == null ? "start unknown" : "start "
                + (in.dateKnown() ? in.start().toString().replace('T', ' ') : in.start().toLocalTime().toString()))
                + " · " + HtmlReport.duration(in.durationSec()) + " recorded, "
                + HtmlReport.duration(3600 * num(v, "ANALYSABLE_H")) + " analysable · " + in.beatSource()
                + " · beat classes: " + in.classSource();
    }

    /** Mean heart rate per minute from the intervals ending in it (none across lost signal); NaN below 10 beats over 30 s. */
    static float[] minuteRates(Input in) {
        double[] t = in.beatTimeSec();
        int minutes = (int) Math.ceil(in.durationSec() / 60);
        float[] out = new float[Math.max(0, minutes)];
        int[] k = new int[out.length];
        double[] sum = new double[out.length];
        for (int i = 1; i < t.length; i++) {
            int m = (int) (t[i] / 60);
            if (m < out.length && !in.signalLoss().spans(t[i - 1], t[i])) {
                k[m]++;
                sum[m] += t[i] - t[i - 1];
            }
        }
        for (int m = 0; m < out.length; m++) {
            out[m] = k[m] >= 10 && sum[m] >= 30 ? (float) (60 * k[m] / sum[m]) : Float.NaN;
        }
        return out;
    }

    /** Bin lengths the ectopy chart chooses from (min): the shortest giving at most 30 bins. */
    private static final int[] ECTOPY_BIN_MIN = {5, 10, 15, 30, 60};

    /** Bin length of the ectopy chart (s) for a recording of {@code durationSec}. */
    static double ectopyBinSec(double durationSec) {
        for (int m : ECTOPY_BIN_MIN) {
            if (durationSec / (60.0 * m) <= 30) {
                return 60.0 * m;
            }
        }
        return 3600;
    }

    /**
     * Side-by-side bars of V (red) and S (blue) beats per hour of analysable time, in bins of 5 min
     * to 1 h by the recording's length (a 30-min record in 5-min bins, 24 h in hours), so a short
     * recording or a last partial hour is neither one wide bar nor an understated count.
     */
    private static void ectopyBars(Canvas c, Charts.TimeAxis ax, Input in, double h) {
        double top = Charts.TOP, bottom = h - Charts.AXIS;
        ax.draw(c, top, bottom, true);
        double bin = ectopyBinSec(in.durationSec());
        String every = bin >= 3600 ? "hourly bins" : Math.round(bin / 60) + "-min bins";
        Charts.frame(c, ax, top, bottom, "Ectopic beats per hour", "V red, S blue; " + every);
        byte[] cls = in.result().classes();
        if (cls == null) {
            c.text((ax.x0 + ax.x1) / 2, (top + bottom) / 2 + 4, "No beat classes: ectopy not available", 11,
                    Charts.MUTED, Canvas.CENTER, false);
            return;
        }
        double[][] rate = ectopyRates(in.beatTimeSec(), cls, in.durationSec(), bin, in.signalLoss());
        double max = 0;
        for (double[] r : rate) {
            max = Math.max(max, Math.max(r[0], r[1]));
        }
        double scale = max > 0 ? (bottom - top - 4) / max : 0;
        c.text(ax.x0 - 5, top + 8, SvgCanvas.n(Math.round(max)), 9, Charts.MUTED, Canvas.RIGHT, false);
        c.text(ax.x0 - 5, bottom, "0", 9, Charts.MUTED, Canvas.RIGHT, false);
        for (int k = 0; k < rate.length; k++) {
            double x0 = ax.x(k * bin), x1 = ax.x(Math.min(in.durationSec(), (k + 1) * bin));
            double wBar = Math.max(0.8, (x1 - x0) * 0.38);
            double vh = rate[k][0] * scale, sh = rate[k][1] * scale;
            c.rect(x0 + (x1 - x0) * 0.1, bottom - vh, wBar, vh, Charts.HR);
            c.rect(x0 + (x1 - x0) * 0.52, bottom - sh, wBar, sh, Charts.HRV);
        }
    }

    /**
     * Per bin of {@code binSec}: {V, S} beats per hour of the bin's analysable time; 0 where less than
     * a tenth of the bin could be analysed.
     */
    static double[][] ectopyRates(double[] t, byte[] cls, double durationSec, double binSec, SignalLoss loss) {
        int bins = Math.max(1, (int) Math.ceil(durationSec / binSec));
        double[][] out = new double[bins][2];
        for (int i = 0; i < t.length; i++) {
            int k = (int) Math.min(bins - 1, Math.max(0, Math.floor(t[i] / binSec)));
            if (cls[i] == BeatLabels.V) {
                out[k][0]++;
            } else if (cls[i] == BeatLabels.S) {
                out[k][1]++;
            }
        }
        for (int k = 0; k < bins; k++) {
            double from = k * binSec, to = Math.min(durationSec, (k + 1) * binSec);
            double hours = (loss == null ? to - from : loss.usableSec(from, to)) / 3600;
            boolean enough = hours * 3600 >= 0.1 * binSec;
            out[k][0] = enough ? out[k][0] / hours : 0;
            out[k][1] = enough ? out[k][1] / hours : 0;
        }
        return out;
    }

    /** Timeline lanes from the rhythm events. */
    static List<Charts.Lane> lanes(List<RhythmEvent> events) {
        String[][] rows = {
            {"AF", Charts.AF, "AF"}, {"Pause ≥ 2 s", Charts.HR, "PAUSE_2S"},
            {"V run", Charts.HR, "NSVT VT V_RUN_SLOW"}, {"SVT", Charts.HRV, "SVT"},
            {"Brady", Charts.SLEEP, "BRADY"}, {"Tachy", Charts.SLEEP, "TACHY"},
            {"Signal loss", Charts.LOSS, "SIGNAL_LOSS PAUSE_DOUBTFUL"}};
        List<Charts.Lane> out = new ArrayList<>();
        for (String[] row : rows) {
            List<String> types = List.of(row[2].split(" "));
            List<double[]> spans = new ArrayList<>();
            for (RhythmEvent e : events) {
                if (types.contains(e.type())) {
                    spans.add(new double[] {e.onsetSec(), e.offsetSec()});
                }
            }
            out.add(new Charts.Lane(row[0], row[1], spans));
        }
        return out;
    }

    /** The headline cards. */
    static List<ReportModel.Card> cards(Input in) {
        Map<String, Object> v = in.result().variables();
        List<ReportModel.Card> c = new ArrayList<>();
        c.add(new ReportModel.Card("Heart rate mean", fixed(v, "HR_MEAN", 0, " bpm"), "HR_MEAN"));
        c.add(new ReportModel.Card("Lowest 1-min rate", fixed(v, "HR_MIN", 0, " bpm") + at(in, v, "HR_MIN_T"), "HR_MIN"));
        c.add(new ReportModel.Card("Highest 1-min rate", fixed(v, "HR_MAX", 0, " bpm") + at(in, v, "HR_MAX_T"), "HR_MAX"));
        c.add(new ReportModel.Card("Ventricular ectopy", count(v, "V_BEATS") + perHour(v, "V_PER_H"), "V_BEATS"));
        c.add(new ReportModel.Card("Supraventricular ectopy", count(v, "S_BEATS") + perHour(v, "S_PER_H"), "S_BEATS"));
        c.add(new ReportModel.Card("AF burden", fixed(v, "AF_BURDEN_PCT", 1, " %"), "AF_BURDEN_PCT"));
        c.add(new ReportModel.Card("Longest RR", fixed(v, "RR_MAX_S", 2, " s"), "RR_MAX_S"));
        c.add(new ReportModel.Card("NSVT runs", count(v, "NSVT_N"), "NSVT_N"));
        c.add(new ReportModel.Card("SDNN", fixed(v, "SDNN", 0, " ms"), "SDNN"));
        c.add(new ReportModel.Card("RMSSD", fixed(v, "RMSSD", 0, " ms"), "RMSSD"));
        return c;
    }

    /** The tables: rate and rhythm, ectopy, HRV, day/night/stages, hour by hour. */
    static List<ReportModel.Table> tables(Input in) {
        Map<String, Object> v = in.result().variables();
        List<ReportModel.Table> t = new ArrayList<>();
        t.add(variables("rate-table", "Heart rate and rhythm", v, new String[][] {
            {"Beats", "BEATS", "0"}, {"Mean heart rate (bpm)", "HR_MEAN", "1"}, {"Lowest 1-min rate (bpm)", "HR_MIN", "1"},
            {"Highest 1-min rate (bpm)", "HR_MAX", "1"}, {"AF burden (%)", "AF_BURDEN_PCT", "2"},
            {"AF episodes", "AF_EPISODES", "0"}, {"Longest AF episode (min)", "AF_LONGEST_S", "m"},
            {"Pauses ≥ 2 s", "PAUSE_2S_N", "0"}, {"Pauses ≥ 3 s", "PAUSE_3S_N", "0"},
            {"Doubtful pauses (baseline swing, not counted)", "PAUSE_DOUBTFUL_N", "0"}, {"Longest RR (s)", "RR_MAX_S", "2"},
            {"Bradycardia episodes (< 50 bpm)", "BRADY_EPISODES", "0"}, {"Tachycardia episodes (> 100 bpm)", "TACHY_EPISODES", "0"},
            {"Analysable time (h)", "ANALYSABLE_H", "2"}, {"Signal loss (min)", "SIGNAL_LOSS_MIN", "1"}}));
        t.add(variables("ectopy-table", "Ectopy", v, new String[][] {
            {"N beats", "N_BEATS", "0"}, {"V beats", "V_BEATS", "0"}, {"V per hour", "V_PER_H", "1"},
            {"V couplets", "V_COUPLETS", "0"}, {"V triplets", "V_TRIPLETS", "0"}, {"NSVT runs", "NSVT_N", "0"},
            {"Longest NSVT (beats)", "NSVT_LONGEST_BEATS", "0"}, {"Sustained VT", "VT_N", "0"},
            {"Slow V runs (≤ 100 bpm)", "V_RUN_SLOW_N", "0"}, {"Bigeminy episodes", "V_BIGEMINY_N", "0"},
            {"Trigeminy episodes", "V_TRIGEMINY_N", "0"}, {"S beats", "S_BEATS", "0"}, {"S per hour", "S_PER_H", "1"},
            {"S couplets", "S_COUPLETS", "0"}, {"SVT runs", "SVT_N", "0"}, {"Longest SVT (beats)", "SVT_LONGEST_BEATS", "0"},
            {"F beats", "F_BEATS", "0"}, {"Q beats", "Q_BEATS", "0"}},
            in.classSource().startsWith("beat classifier") ? ShippedModelValidation.reportNote() : ""));
        t.add(variables("hrv-table", "Heart-rate variability (NN intervals outside AF)", v, new String[][] {
            {"NN intervals", "NN_N", "0"}, {"Mean NN (ms)", "MEAN_NN", "1"}, {"SDNN (ms)", "SDNN", "1"},
            {"SDANN (ms)", "SDANN", "1"}, {"SDNN index (ms)", "SDNN_INDEX", "1"}, {"RMSSD (ms)", "RMSSD", "1"},
            {"pNN50 (%)", "PNN50", "1"}, {"HRV triangular index", "HRV_TI", "1"}, {"TINN (ms)", "TINN", "0"},
            {"VLF (ms²)", "VLF", "0"}, {"LF (ms²)", "LF", "0"}, {"HF (ms²)", "HF", "0"}, {"LF/HF", "LF_HF", "2"},
            {"SD1 (ms)", "SD1", "1"}, {"SD2 (ms)", "SD2", "1"}, {"DFA α1", "DFA_A1", "2"}, {"DFA α2", "DFA_A2", "2"},
            {"Sample entropy", "SAMPEN", "2"}, {"Deceleration capacity (ms)", "DC", "2"},
            {"Turbulence onset (%)", "HRT_TO", "2"}, {"Turbulence slope (ms/beat)", "HRT_TS", "2"}}));
        t.add(periods(in.result()));
        if (!in.result().daily().isEmpty()) {
            t.add(daily(in));
        }
        t.add(hourly(in));
        return t;
    }

    private static ReportModel.Table variables(String id, String title, Map<String, Object> v, String[][] rows) {
        return variables(id, title, v, rows, "");
    }

    private static ReportModel.Table variables(String id, String title, Map<String, Object> v, String[][] rows,
                                               String note) {
        List<String[]> out = new ArrayList<>();
        for (String[] r : rows) {
            String value = r[2].equals("m") ? fixedOf(num(v, r[1]) / 60, 1) : fixedOf(num(v, r[1]), Integer.parseInt(r[2]));
            out.add(new String[] {r[0], value, r[1]});
        }
        return new ReportModel.Table(id, title, new String[] {"measure", "value", "variable"}, out, note);
    }

    private static ReportModel.Table periods(HolterResult r) {
        List<String> cols = new ArrayList<>(List.of("measure"));
        List<Map<String, Object>> maps = new ArrayList<>();
        r.periods().forEach((k, m) -> {
            if (num(m, "END_S") > num(m, "START_S")) {      // a period the recording covers
                cols.add(k.equals("NIGHT") ? "night 00–06 h" : k.equals("DAY") ? "day 10–20 h" : k);
                maps.add(m);
            }
        });
        r.stages().forEach((k, m) -> {
            if (num(m, "EPOCHS") > 0) {
                cols.add(k);
                maps.add(m);
            }
        });
        String[][] rows = {{"Mean heart rate (bpm)", "HR_MEAN", "1"}, {"AF burden (%)", "AF_BURDEN_PCT", "1"},
            {"SDNN (ms)", "SDNN", "1"}, {"RMSSD (ms)", "RMSSD", "1"}, {"pNN50 (%)", "PNN50", "1"},
            {"LF (ms²)", "LF", "0"}, {"HF (ms²)", "HF", "0"}, {"LF/HF", "LF_HF", "2"}};
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < rows.length && !maps.isEmpty(); i++) {
            String[] row = new String[cols.size()];
            row[0] = rows[i][0];
            for (int k = 0; k < maps.size(); k++) {
                row[k + 1] = fixedOf(num(maps.get(k), rows[i][1]), Integer.parseInt(rows[i][2]));
            }
            out.add(row);
        }
        return new ReportModel.Table("period-table", "Day, night and sleep stages", cols.toArray(new String[0]), out,
                maps.isEmpty() ? "No clock start time (give --start-time) and no hypnogram (give --stages): no day/night"
                        + " or per-stage figures." : "");
    }

    private static ReportModel.Table daily(Input in) {
        return rows(in, in.result().daily(), "DAY", "daily-table", "Day by day (24 h from the start)",
                new String[] {"day", "from", "analysable h", "beats", "HR mean", "HR min", "HR max", "V", "S", "AF %",
                    "pauses ≥ 2 s", "SDNN"},
                new String[][] {{"ANALYSABLE_H", "1"}, {"BEATS", "0"}, {"HR_MEAN", "0"}, {"HR_MIN", "0"}, {"HR_MAX", "0"},
                    {"V_BEATS", "0"}, {"S_BEATS", "0"}, {"AF_BURDEN_PCT", "1"}, {"PAUSE_2S_N", "0"}, {"SDNN", "0"}});
    }

    private static ReportModel.Table hourly(Input in) {
        return rows(in, in.result().hourly(), "HOUR", "hourly-table", "Hour by hour",
                new String[] {"hour", "from", "beats", "HR mean", "HR min", "HR max", "V", "S", "AF %", "SDNN", "RMSSD"},
                new String[][] {{"BEATS", "0"}, {"HR_MEAN", "0"}, {"HR_MIN", "0"}, {"HR_MAX", "0"}, {"V_BEATS", "0"},
                    {"S_BEATS", "0"}, {"AF_BURDEN_PCT", "1"}, {"SDNN", "0"}, {"RMSSD", "0"}});
    }

    /** A table of result rows: their number ({@code key}), start clock, then {@code cols} (variable, decimals). */
    private static ReportModel.Table rows(Input in, List<Map<String, Object>> rows, String key, String id, String title,
                                          String[] header, String[][] cols) {
        List<String[]> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String[] r = new String[cols.length + 2];
            r[0] = String.valueOf(row.get(key));
            r[1] = clock(in, num(row, "START_S"));
            for (int k = 0; k < cols.length; k++) {
                r[k + 2] = fixedOf(num(row, cols[k][0]), Integer.parseInt(cols[k][1]));
            }
            out.add(r);
        }
        return new ReportModel.Table(id, title, header, out, "");
    }

    /** Clock time hh:mm of a time from the start, or the elapsed time +h:mm when the start is unknown. */
    static String clock(Input in, double sec) {
        if (Double.isNaN(sec)) {
            return NA;
        }
        if (in.start() == null) {
            long m = Math.round(sec / 60);
            return "+" + m / 60 + ":" + Numbers.twoDigits(m % 60);
        }
        LocalDateTime t = in.start().plusSeconds(Math.round(sec));
        return Numbers.twoDigits(t.getHour()) + ":" + Numbers.twoDigits(t.getMinute());
    }

    private static String at(Input in, Map<String, Object> v, String key) {
        double t = num(v, key);
        return Double.isNaN(t) ? "" : " at " + clock(in, t);
    }

    private static String fixed(Map<String, Object> v, String key, int decimals, String unit) {
        String s = fixedOf(num(v, key), decimals);
        return s.equals(NA) ? NA : s + unit;
    }

    private static String count(Map<String, Object> v, String key) {
        return fixedOf(num(v, key), 0);
    }

    private static String perHour(Map<String, Object> v, String key) {
        double x = num(v, key);
        return Double.isNaN(x) ? "" : " (" + Numbers.fixed(x, 1) + "/h)";
    }

    private static String fixedOf(double x, int decimals) {
        return Double.isFinite(x) ? Numbers.padded(x, decimals) : NA;
    }

    private static double num(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String esc(String s) {
        return HtmlText.escape(s == null ? "" : s);
    }
}
