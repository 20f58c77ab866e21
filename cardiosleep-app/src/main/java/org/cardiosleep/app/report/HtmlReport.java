package org.cardiosleep.app.report;


import org.cardiosleep.pheno.analyze.EcgStrip;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.RecordingSummary;
import org.cardiosleep.pheno.analyze.VariableCatalog;

/**
 * The self-contained HTML report: one file, inline CSS and inline SVG charts, no scripts and no
 * external URLs, readable in any browser and printable.
 */
public final class HtmlReport {
    static final double WIDTH = 1100;

    private HtmlReport() {
    }

    private static final String CSS = """
            :root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--accent:#2e86c1;--bg:#f5f7fa}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 "Helvetica Neue",Helvetica,Arial,sans-serif}
            main{max-width:1180px;margin:0 auto;padding:24px 28px 40px}
            header{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid var(--ink);padding-bottom:10px;margin-bottom:18px}
            h1{font-size:26px;margin:0;letter-spacing:-.3px}
            h1 span{color:var(--accent)}
            .meta{color:var(--muted);font-size:12.5px;text-align:right}
            h2{font-size:17px;margin:26px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
            .cards{display:grid;grid-template-columns:repeat(5,1fr);gap:10px}
            .card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 12px}
            .card .label{font-size:11.5px;color:var(--muted);text-transform:uppercase;letter-spacing:.4px}
            .card .value{font-size:20px;font-weight:600;margin-top:2px}
            .card .value.na{font-size:13px;font-weight:400;color:#9aa5b1;padding-top:6px}
            .panel{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 6px}
            .panel svg{display:block;width:100%;height:auto}
            .strips{display:grid;grid-template-columns:1fr;gap:10px}
            .grid{display:grid;grid-template-columns:1fr 1fr;gap:14px;align-items:start}
            table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:6px;overflow:hidden;font-size:13px}
            caption{text-align:left;font-weight:600;padding:8px 10px;background:#fff;border:1px solid var(--line);border-bottom:none;border-radius:6px 6px 0 0}
            th,td{padding:5px 10px;border-top:1px solid var(--line);text-align:left;vertical-align:top}
            th{background:#f0f3f7;font-weight:600;font-size:12px;color:var(--muted)}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.var{font-family:Menlo,Consolas,monospace;font-size:11px;color:#7b8794}
            td.na{color:#9aa5b1;text-align:right;white-space:nowrap}
            td.missing{color:#7b8794;font-style:italic}
            .note{font-size:11.5px;color:var(--muted);margin:4px 2px 0}
            .wide{grid-column:1/-1}
            footer{margin-top:30px;color:var(--muted);font-size:11.5px;border-top:1px solid var(--line);padding-top:10px}
            @media print{body{background:#fff}main{padding:0}.panel,table,.card{break-inside:avoid}}
            """;

    /** Renders the report. */
    public static String render(NightAnalysis a, String version) {
        StringBuilder b = new StringBuilder(64 * 1024);
        RecordingSummary r = a.recording();
        head(b, "cardiosleep report: " + r.source());
        b.append("<header><h1><span>cardiosleep</span> night report</h1><div class=\"meta\">")
                .append("<b>").append(esc(r.source())).append("</b> (").append(esc(r.format())).append(")<br>")
                .append(r.startTime().isEmpty() ? "start time unknown" : "start " + esc(r.startTime().replace('T', ' ')))
                .append(" · ").append(esc(duration(r.durationSec()))).append("<br>ECG from channel ").append(esc(r.ecgChannel()))
                .append(" at ").append(SvgCanvas.n(r.ecgRateHz())).append(" Hz").append(esc(choiceNote(r)))
                .append(r.spo2Channel().isEmpty() ? " · no SpO2" : " · SpO2 from channel " + esc(r.spo2Channel()))
                .append("</div></header>\n");

        cards(b, ReportModel.cards(a));

        b.append("<h2>The night at a glance</h2><div class=\"panel\" id=\"overview\">");
        SvgCanvas hyp = new SvgCanvas("hypnogram", "chart", WIDTH, 130, "Hypnogram");
        Charts.hypnogram(hyp, a, WIDTH, 130);
        b.append(hyp.finish());
        SvgCanvas hr = new SvgCanvas("hr-trend", "chart", WIDTH, 92, "Heart rate per 30-s epoch");
        Charts.epochTrend(hr, a, a.epochs().hrBpm(), "beats", "Heart rate", "bpm", Charts.HR, WIDTH, 92, false);
        b.append(hr.finish());
        SvgCanvas hrv = new SvgCanvas("hrv-trend", "chart", WIDTH, 92, "RMSSD per 30-s epoch");
        Charts.epochTrend(hrv, a, a.epochs().rmssdMs(), "beats", "RMSSD", "ms", Charts.HRV, WIDTH, 92, false);
        b.append(hrv.finish());
        SvgCanvas cpc = new SvgCanvas("cpc-trend", "chart", WIDTH, 92, "High-frequency coupling per 30-s epoch");
        Charts.epochTrend(cpc, a, a.epochs().cpcHfcSharePct(), "cardiopulmonaryCoupling", "HF coupling", "%", Charts.CPC,
                WIDTH, 92, false);
        b.append(cpc.finish());
        SvgCanvas resp = new SvgCanvas("resp-trend", "chart", WIDTH, 92, "Breathing rate per 30-s epoch");
        Charts.epochTrend(resp, a, a.epochs().respRatePerMin(), "cardiopulmonaryCoupling", "Breathing rate (ECG)",
                "/min", Charts.RESP, WIDTH, 92, false);
        b.append(resp.finish());
        SvgCanvas sp = new SvgCanvas("spo2-trend", "chart", WIDTH, 92, "SpO2");
        Charts.spo2Trend(sp, a, WIDTH, 92, false);
        b.append(sp.finish());
        SvgCanvas ev = new SvgCanvas("event-timeline", "chart", WIDTH, 150, "Event timeline");
        Charts.eventTimeline(ev, a, WIDTH, 150);
        b.append(ev.finish());
        b.append("</div>\n");

        strips(b, a.strips(), Charts.TimeAxis.parse(a.recording().startTime()), a.recording().durationSec());

        tablesAndEnd(b, ReportModel.tables(a), java.util.Set.of("cross-table"), version, "summary.json", "docs/VARIABLES.md",
                "Parts marked “not available” were not computed; no value is estimated in their place. ");
        return b.toString();
    }

    /**
     * The phenotype tables (those named in {@code wide} across the page), the footer naming the JSON
     * file and the variable docs, and the end of the document.
     */
    static void tablesAndEnd(StringBuilder b, java.util.List<ReportModel.Table> tables, java.util.Set<String> wide,
                             String version, String jsonFile, String docs, String missingNote) {
        b.append("<h2>Phenotypes</h2><div class=\"grid\">");
        for (ReportModel.Table t : tables) {
            b.append("<div").append(wide.contains(t.id()) ? " class=\"wide\"" : "").append(">");
            table(b, t);
            b.append("</div>");
        }
        b.append("</div>\n");
        b.append("<footer>Generated by cardiosleep ").append(esc(version)).append(". Every number is in ")
                .append("<code>").append(jsonFile).append("</code> under the variable name shown; definitions in ")
                .append(docs).append(". ").append(missingNote)
                .append("For research use; not a medical device.</footer>");
        b.append("</main></body></html>\n");
    }

    /** The document head (inline CSS, no external resources) up to the opening {@code <main>}. */
    static void head(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<link rel=\"icon\" href=\"data:,\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(CSS)
                .append("</style></head><body><main>\n");
    }

    /** The "ECG strips" section (nothing when there are none). */
    static void strips(StringBuilder b, java.util.List<EcgStrip> strips, java.time.LocalDateTime start,
                       double durationSec) {
        if (strips.isEmpty()) {
            return;
        }
        b.append("<h2>ECG strips</h2><div class=\"strips\">");
        int i = 0;
        for (EcgStrip s : strips) {
            SvgCanvas c = new SvgCanvas("strip-" + i++, "chart strip", WIDTH, 170, s.title());
            Charts.strip(c, s, WIDTH, 170, start, durationSec);
            b.append("<div class=\"panel\">").append(c.finish()).append("</div>");
        }
        b.append("</div>\n");
    }

    /** The headline cards ("not available" or "–" values in grey). */
    static void cards(StringBuilder b, java.util.List<ReportModel.Card> cards) {
        b.append("<section id=\"headline\" class=\"cards\">");
        for (ReportModel.Card c : cards) {
            boolean na = ReportModel.NA.equals(c.value()) || c.value().startsWith("–");
            b.append("<div class=\"card\" title=\"").append(c.variable()).append("\"><div class=\"label\">")
                    .append(esc(c.label())).append("</div><div class=\"value").append(na ? " na" : "").append("\">")
                    .append(esc(c.value())).append("</div></div>");
        }
        b.append("</section>\n");
    }

    static void table(StringBuilder b, ReportModel.Table t) {
        b.append("<table id=\"").append(t.id()).append("\"><caption>").append(esc(t.title())).append("</caption><tr>");
        for (String h : t.header()) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr>");
        if (t.rows().isEmpty()) {
            b.append("<tr><td class=\"missing\" colspan=\"").append(t.header().length).append("\">")
                    .append(esc(t.note())).append("</td></tr></table>");
            return;
        }
        for (String[] row : t.rows()) {
            b.append("<tr>");
            for (int i = 0; i < row.length; i++) {
                String cls = "";
                if (i == 0 && t.header().length == 3 && VariableCatalog.contains(row[2])) {
                    cls = " title=\"" + esc(VariableCatalog.get(row[2]).definition()) + "\"";
                } else if (t.header()[i].equals("variable")) {
                    cls = " class=\"var\"";
                } else if (i > 0 && !t.id().equals("parts-table")) {
                    cls = ReportModel.NA.equals(row[i]) || "–".equals(row[i]) ? " class=\"na\"" : " class=\"num\"";
                }
                b.append("<td").append(cls).append('>').append(esc(row[i])).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table>");
        if (!t.note().isEmpty()) {
            b.append("<p class=\"note\">").append(esc(t.note())).append("</p>");
        }
    }

    /**
     * " (chosen for signal quality)" when the ECG lead was taken over the label's choice because
     * the preferred lead was off or noisy for much of the recording, and what a second lead filled
     * in or refuted ("second lead channel …: …"); empty otherwise.
     */
    static String choiceNote(org.cardiosleep.pheno.analyze.RecordingSummary r) {
        String c = r.ecgChoice() == null ? "" : r.ecgChoice();
        int second = c.indexOf("; second lead ");
        return (c.startsWith("by signal quality") ? " (chosen for signal quality)" : "")
                + (second >= 0 ? " · " + c.substring(second + 2) : "")
                + (lowRate(r.ecgRateHz()) ? " · beat times interpolated between samples" : "");
    }

    /**
     * Below 250 Hz the Task Force (1996) asks for the R-wave time to be interpolated between samples:
     * {@code analyze} and {@code holter} do that for the beats they detect ({@code RWaveTimes}); beats
     * read from an annotation file keep the file's sample grid.
     */
    public static boolean lowRate(double ecgRateHz) {
        return ecgRateHz < org.cardiosleep.signal.qrs.RWaveTimes.INTERPOLATE_BELOW_HZ;
    }

    /** The one-line note for detected beats of ECG below 250 Hz: their times were interpolated. */
    public static String interpolatedNote(double ecgRateHz) {
        return "cardiosleep: note: the ECG is sampled at " + SvgCanvas.n(ecgRateHz) + " Hz; beat times were "
                + "interpolated between samples (R-wave parabola, as the Task Force 1996 asks below 250 Hz)";
    }

    /** The one-line note for beats on a grid coarser than 250 Hz that could not be interpolated (annotation files). */
    public static String lowRateNote(double ecgRateHz) {
        return "cardiosleep: note: beat times are on a " + SvgCanvas.n(ecgRateHz) + "-Hz grid ("
                + SvgCanvas.n(Math.round(10000 / ecgRateHz) / 10.0) + " ms steps), so HRV indices such as pNN50 are approximate "
                + "(the Task Force 1996 asks for 250 Hz or an interpolated R-wave time)";
    }

    static String duration(double sec) {
        long m = Math.round(sec / 60);
        return m / 60 + " h " + Numbers.twoDigits(m % 60) + " min";
    }

    private static String esc(String s) {
        return HtmlText.escape(s);
    }
}
