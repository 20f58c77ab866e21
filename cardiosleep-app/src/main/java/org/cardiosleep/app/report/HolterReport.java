package org.cardiosleep.app.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cardiosleep.pheno.analyze.EcgStrip;
import org.cardiosleep.pheno.holter.HolterResult;
import org.cardiosleep.pheno.holter.SignalLoss;
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

        b.append("<section id=\"headline\" class=\"cards\">");
        card(b, "Heart rate mean", fixed(v, "HR_MEAN", 0, " bpm"), "HR_MEAN");
        card(b, "Lowest 1-min rate", fixed(v, "HR_MIN", 0, " bpm") + at(in, v, "HR_MIN_T"), "HR_MIN");
        card(b, "Highest 1-min rate", fixed(v, "HR_MAX", 0, " bpm") + at(in, v, "HR_MAX_T"), "HR_MAX");
        card(b, "Ventricular ectopy", count(v, "V_BEATS") + perHour(v, "V_PER_H"), "V_BEATS");
        card(b, "Supraventricular ectopy", count(v, "S_BEATS") + perHour(v, "S_PER_H"), "S_BEATS");
        card(b, "AF burden", fixed(v, "AF_BURDEN_PCT", 1, " %"), "AF_BURDEN_PCT");
        card(b, "Longest RR", fixed(v, "RR_MAX_S", 2, " s"), "RR_MAX_S");
        card(b, "NSVT runs", count(v, "NSVT_N"), "NSVT_N");
        card(b, "SDNN", fixed(v, "SDNN", 0, " ms"), "SDNN");
        card(b, "RMSSD", fixed(v, "RMSSD", 0, " ms"), "RMSSD");
        b.append("</section>\n");

        Charts.TimeAxis ax = new Charts.TimeAxis(in.durationSec(), in.start(), in.dateKnown(), WIDTH);
        b.append("<h2>The recording at a glance</h2><div class=\"panel\" id=\"overview\">");
        SvgCanvas hr = new SvgCanvas("hr-trend", "chart", WIDTH, 120, "Heart rate per minute");
        Charts.trend(hr, ax, minuteRates(in), 60, "Heart rate per minute", "bpm", Charts.HR, 120, true,
                "Heart rate not available: too few beats");
        b.append(hr.finish());
        SvgCanvas ect = new SvgCanvas("ectopy-per-hour", "chart", WIDTH, 110, "Ectopic beats per hour");
        ectopyBars(ect, ax, in.result(), 110);
        b.append(ect.finish());
        SvgCanvas ev = new SvgCanvas("event-timeline", "chart", WIDTH, 150, "Event timeline");
        Charts.lanes(ev, ax, 150, lanes(in.result().events()));
        b.append(ev.finish());
        b.append("</div>\n");

        HtmlReport.strips(b, in.strips());

        b.append("<h2>Phenotypes</h2><div class=\"grid\">");
        variableTable(b, "rate-table", "Heart rate and rhythm", v, new String[][] {
            {"Beats", "BEATS", "0"}, {"Mean heart rate (bpm)", "HR_MEAN", "1"}, {"Lowest 1-min rate (bpm)", "HR_MIN", "1"},
            {"Highest 1-min rate (bpm)", "HR_MAX", "1"}, {"AF burden (%)", "AF_BURDEN_PCT", "2"},
            {"AF episodes", "AF_EPISODES", "0"}, {"Longest AF episode (min)", "AF_LONGEST_S", "m"},
            {"Pauses ≥ 2 s", "PAUSE_2S_N", "0"}, {"Pauses ≥ 3 s", "PAUSE_3S_N", "0"}, {"Longest RR (s)", "RR_MAX_S", "2"},
            {"Bradycardia episodes (< 50 bpm)", "BRADY_EPISODES", "0"}, {"Tachycardia episodes (> 100 bpm)", "TACHY_EPISODES", "0"},
            {"Analysable time (h)", "ANALYSABLE_H", "2"}, {"Signal loss (min)", "SIGNAL_LOSS_MIN", "1"}});
        variableTable(b, "ectopy-table", "Ectopy", v, new String[][] {
            {"N beats", "N_BEATS", "0"}, {"V beats", "V_BEATS", "0"}, {"V per hour", "V_PER_H", "1"},
            {"V couplets", "V_COUPLETS", "0"}, {"V triplets", "V_TRIPLETS", "0"}, {"NSVT runs", "NSVT_N", "0"},
            {"Longest NSVT (beats)", "NSVT_LONGEST_BEATS", "0"}, {"Sustained VT", "VT_N", "0"},
            {"Slow V runs (≤ 100 bpm)", "V_RUN_SLOW_N", "0"}, {"Bigeminy episodes", "V_BIGEMINY_N", "0"},
            {"Trigeminy episodes", "V_TRIGEMINY_N", "0"}, {"S beats", "S_BEATS", "0"}, {"S per hour", "S_PER_H", "1"},
            {"S couplets", "S_COUPLETS", "0"}, {"SVT runs", "SVT_N", "0"}, {"Longest SVT (beats)", "SVT_LONGEST_BEATS", "0"},
            {"F beats", "F_BEATS", "0"}, {"Q beats", "Q_BEATS", "0"}});
        variableTable(b, "hrv-table", "Heart-rate variability (NN intervals outside AF)", v, new String[][] {
            {"NN intervals", "NN_N", "0"}, {"Mean NN (ms)", "MEAN_NN", "1"}, {"SDNN (ms)", "SDNN", "1"},
            {"SDANN (ms)", "SDANN", "1"}, {"SDNN index (ms)", "SDNN_INDEX", "1"}, {"RMSSD (ms)", "RMSSD", "1"},
            {"pNN50 (%)", "PNN50", "1"}, {"HRV triangular index", "HRV_TI", "1"}, {"TINN (ms)", "TINN", "0"},
            {"VLF (ms²)", "VLF", "0"}, {"LF (ms²)", "LF", "0"}, {"HF (ms²)", "HF", "0"}, {"LF/HF", "LF_HF", "2"},
            {"SD1 (ms)", "SD1", "1"}, {"SD2 (ms)", "SD2", "1"}, {"DFA α1", "DFA_A1", "2"}, {"DFA α2", "DFA_A2", "2"},
            {"Sample entropy", "SAMPEN", "2"}, {"Deceleration capacity (ms)", "DC", "2"},
            {"Turbulence onset (%)", "HRT_TO", "2"}, {"Turbulence slope (ms/beat)", "HRT_TS", "2"}});
        periodTable(b, in.result());
        b.append("<div class=\"wide\">");
        hourlyTable(b, in);
        b.append("</div></div>\n");
        b.append("<footer>Generated by cardiosleep ").append(esc(version)).append(". Every number is in ")
                .append("<code>holter.json</code> under the variable name shown; definitions in docs/holter-variables.md. ")
                .append("“–” marks a value that could not be computed (no beat classes, HRV during AF, too few beats). ")
                .append("For research use; not a medical device.</footer>");
        b.append("</main></body></html>\n");
        return b.toString();
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

    /** Side-by-side bars of V (red) and S (blue) beats per hour, from the hourly rows. */
    private static void ectopyBars(Canvas c, Charts.TimeAxis ax, HolterResult r, double h) {
        double top = Charts.TOP, bottom = h - Charts.AXIS;
        ax.draw(c, top, bottom, true);
        Charts.frame(c, ax, top, bottom, "Ectopic beats per hour", "V red, S blue");
        double max = 0;
        for (Map<String, Object> row : r.hourly()) {
            max = Math.max(max, Math.max(nz(row.get("V_BEATS")), nz(row.get("S_BEATS"))));
        }
        if (r.classes() == null) {
            c.text((ax.x0 + ax.x1) / 2, (top + bottom) / 2 + 4, "No beat classes: ectopy not available", 11,
                    Charts.MUTED, Canvas.CENTER, false);
            return;
        }
        double scale = max > 0 ? (bottom - top - 4) / max : 0;
        c.text(ax.x0 - 5, top + 8, SvgCanvas.n(max), 9, Charts.MUTED, Canvas.RIGHT, false);
        c.text(ax.x0 - 5, bottom, "0", 9, Charts.MUTED, Canvas.RIGHT, false);
        for (Map<String, Object> row : r.hourly()) {
            double x0 = ax.x(nz(row.get("START_S"))), x1 = ax.x(nz(row.get("END_S")));
            double wBar = Math.max(0.8, (x1 - x0) * 0.38);
            double vh = nz(row.get("V_BEATS")) * scale, sh = nz(row.get("S_BEATS")) * scale;
            c.rect(x0 + (x1 - x0) * 0.1, bottom - vh, wBar, vh, Charts.HR);
            c.rect(x0 + (x1 - x0) * 0.52, bottom - sh, wBar, sh, Charts.HRV);
        }
    }

    /** Timeline lanes from the rhythm events. */
    static List<Charts.Lane> lanes(List<RhythmEvent> events) {
        String[][] rows = {
            {"AF", Charts.AF, "AF"}, {"Pause ≥ 2 s", Charts.HR, "PAUSE_2S"},
            {"V run", Charts.HR, "NSVT VT V_RUN_SLOW"}, {"SVT", Charts.HRV, "SVT"},
            {"Brady", Charts.SLEEP, "BRADY"}, {"Tachy", Charts.SLEEP, "TACHY"},
            {"Signal loss", Charts.LOSS, "SIGNAL_LOSS"}};
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

    private static void variableTable(StringBuilder b, String id, String title, Map<String, Object> v, String[][] rows) {
        b.append("<div><table id=\"").append(id).append("\"><caption>").append(esc(title))
                .append("</caption><tr><th>measure</th><th>value</th><th>variable</th></tr>");
        for (String[] r : rows) {
            String value = r[2].equals("m") ? fixedOf(num(v, r[1]) / 60, 1) : fixedOf(num(v, r[1]), Integer.parseInt(r[2]));
            b.append("<tr><td>").append(esc(r[0])).append("</td><td class=\"").append(value.equals(NA) ? "na" : "num")
                    .append("\">").append(esc(value)).append("</td><td class=\"var\">").append(r[1]).append("</td></tr>");
        }
        b.append("</table></div>");
    }

    private static void periodTable(StringBuilder b, HolterResult r) {
        List<String> cols = new ArrayList<>();
        List<Map<String, Object>> maps = new ArrayList<>();
        r.periods().forEach((k, m) -> {
            if (num(m, "END_S") > num(m, "START_S")) {      // a period the recording covers
                cols.add(k.equals("NIGHT") ? "night 00–06 h" : k.equals("DAY") ? "day 10–20 h" : k);
                maps.add(m);
            }
        });
        r.stages().forEach((k, m) -> {
            if (((Number) m.getOrDefault("EPOCHS", 0)).intValue() > 0) {
                cols.add(k);
                maps.add(m);
            }
        });
        b.append("<div><table id=\"period-table\"><caption>Day, night and sleep stages</caption>");
        if (cols.isEmpty()) {
            b.append("<tr><td class=\"missing\">No clock start time (give --start-time) and no hypnogram")
                    .append(" (give --stages): no day/night or per-stage figures.</td></tr></table></div>");
            return;
        }
        b.append("<tr><th>measure</th>");
        for (String c : cols) {
            b.append("<th>").append(esc(c)).append("</th>");
        }
        b.append("</tr>");
        String[][] rows = {{"Mean heart rate (bpm)", "HR_MEAN", "1"}, {"AF burden (%)", "AF_BURDEN_PCT", "1"},
            {"SDNN (ms)", "SDNN", "1"}, {"RMSSD (ms)", "RMSSD", "1"}, {"pNN50 (%)", "PNN50", "1"},
            {"LF (ms²)", "LF", "0"}, {"HF (ms²)", "HF", "0"}, {"LF/HF", "LF_HF", "2"}};
        for (String[] row : rows) {
            b.append("<tr><td>").append(esc(row[0])).append("</td>");
            for (Map<String, Object> m : maps) {
                String value = fixedOf(num(m, row[1]), Integer.parseInt(row[2]));
                b.append("<td class=\"").append(value.equals(NA) ? "na" : "num").append("\">").append(esc(value))
                        .append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table></div>");
    }

    private static void hourlyTable(StringBuilder b, Input in) {
        b.append("<table id=\"hourly-table\"><caption>Hour by hour</caption><tr><th>hour</th><th>from</th>")
                .append("<th>beats</th><th>HR mean</th><th>HR min</th><th>HR max</th><th>V</th><th>S</th>")
                .append("<th>AF %</th><th>SDNN</th><th>RMSSD</th></tr>");
        String[][] cols = {{"BEATS", "0"}, {"HR_MEAN", "0"}, {"HR_MIN", "0"}, {"HR_MAX", "0"}, {"V_BEATS", "0"},
            {"S_BEATS", "0"}, {"AF_BURDEN_PCT", "1"}, {"SDNN", "0"}, {"RMSSD", "0"}};
        for (Map<String, Object> row : in.result().hourly()) {
            b.append("<tr><td>").append(row.get("HOUR")).append("</td><td>")
                    .append(esc(clock(in, num(row, "START_S")))).append("</td>");
            for (String[] c : cols) {
                String value = fixedOf(num(row, c[0]), Integer.parseInt(c[1]));
                b.append("<td class=\"").append(value.equals(NA) ? "na" : "num").append("\">").append(esc(value))
                        .append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table>");
    }

    private static void card(StringBuilder b, String label, String value, String variable) {
        boolean na = value.startsWith(NA);
        b.append("<div class=\"card\" title=\"").append(variable).append("\"><div class=\"label\">").append(esc(label))
                .append("</div><div class=\"value").append(na ? " na" : "").append("\">").append(esc(value))
                .append("</div></div>");
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

    private static double nz(Object o) {
        return o instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : 0;
    }

    private static String esc(String s) {
        return HtmlText.escape(s == null ? "" : s);
    }
}
